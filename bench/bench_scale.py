"""make bench — the evaluation chain at growing sizes (issue 8: province scale).

soilerosionsensitivity → ecosensitivity → ecoimportance (from the sensitivity level and a
second synthetic importance factor) → p1 (1 km grid), on N × N cells of 30 m for
N = 2 500 and a 20 000 × 500 strip (the quick default); pass sizes as arguments, N for
N × N or WxH for W columns × H rows (`bench_scale.py 20000 200000x500` for the figures of
bench/README.md: every raster step under 1 GiB at 20 000² and at 200 000 × 500). Each size runs in its
own child process; reports wall time per step, cells per second and the child's peak
resident memory, and checks that time grows linearly with the number of cells.
Usage: bench_scale.py [N | WxH ...]
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLUGINPATH = os.path.join(ROOT, "build", "pluginpath")
sys.path.insert(0, PLUGINPATH)
sys.path.insert(0, HERE)

from bench_sensitivity import make_inputs  # noqa: E402

CHILD = r"""
import json, os, sys, time
sys.path.insert(0, %(pluginpath)r)
work = sys.argv[1]
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
app = QgsApplication([], False); app.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
import processing
from processing.core.Processing import Processing
Processing.initialize()
import envzoning
plugin = envzoning.classFactory(None); plugin.initProcessing()
ids = {a.name() for a in plugin.provider.algorithms()}
ctx = QgsProcessingContext(); fb = QgsProcessingFeedback()
p = lambda name: os.path.join(work, name)
times = {}
def step(name, alg, params):
    if alg not in ids:
        return
    t = time.perf_counter()
    processing.run("envzoning:" + alg, params, context=ctx, feedback=fb)
    times[name] = time.perf_counter() - t
step("soilerosionsensitivity", "soilerosionsensitivity", {
    "EROSIVITY": p("r.tif"), "SOIL": p("soil.tif"), "RELIEF": p("relief.tif"),
    "LANDCOVER": p("cover.tif"), "OUTPUT_INDEX": None, "OUTPUT_LEVEL": p("se_level.tif")})
step("ecosensitivity", "ecosensitivity", {
    "SOIL_EROSION": p("se_level.tif"), "OUTPUT_LEVEL": p("sens.tif"),
    "OUTPUT_DOMINANT": p("sens_dom.tif")})
step("ecoimportance", "ecoimportance", {
    "SOIL": p("se_level.tif"), "WATER": p("sens.tif"), "OUTPUT_LEVEL": p("imp.tif"),
    "OUTPUT_DOMINANT": p("imp_dom.tif")})
step("p1", "p1", {"SENSITIVITY": p("sens.tif"), "IMPORTANCE": p("imp.tif"),
    "CELL_SIZE": 1000, "AGGREGATION": 0, "OUTPUT": p("p1.gpkg")})
print(json.dumps(times))
"""


def parse_size(arg):
    """'5000' → (5000, 5000); '200000x500' → (200000 columns, 500 rows)."""
    if "x" in str(arg):
        nx, ny = str(arg).lower().split("x")
        return int(nx), int(ny)
    return int(arg), int(arg)


def run_size(size):
    nx, ny = size
    work = os.path.join(tempfile.gettempdir(), "envzoning_bench_%dx%d" % (nx, ny))
    os.makedirs(work, exist_ok=True)
    make_inputs(work, nx, ny)
    for f in ("p1.gpkg",):
        if os.path.exists(os.path.join(work, f)):
            os.remove(os.path.join(work, f))
    script = os.path.join(work, "scale_child.py")
    with open(script, "w") as fh:
        fh.write(CHILD % {"pluginpath": PLUGINPATH})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, script, work], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read(), proc.stderr.read()
    if status != 0:
        raise SystemExit("size %dx%d failed:\n%s\n%s" % (nx, ny, out, err[-3000:]))
    times = json.loads(out.strip().splitlines()[-1])
    return times, usage.ru_maxrss / 1024.0


def main():
    sizes = [parse_size(a) for a in sys.argv[1:]] or [(2500, 2500), (20000, 500)]
    rows = []
    for nx, ny in sizes:
        times, peak = run_size((nx, ny))
        total = sum(times.values())
        rows.append((nx * ny, times, total, peak))
        print("%6d × %d cells: %s | total %.1f s, %.1f Mcells/s, peak %.0f MiB%s" % (
            nx, ny, ", ".join("%s %.1f s" % kv for kv in times.items()), total,
            nx * ny / total / 1e6, peak, "" if peak < 1024 else "  OVER 1 GiB"))
    if len(rows) > 1:
        base_c, _, base_t, _ = rows[0]
        for cells, _, total, _ in rows[1:]:
            print("%d vs %d cells: cells × %.0f, time × %.1f" % (
                cells, base_c, cells / base_c, total / base_t))


if __name__ == "__main__":
    main()
