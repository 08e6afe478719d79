"""make bench — the evaluation chain at growing sizes (issue 8: province scale).

soilerosionsensitivity → ecosensitivity → ecoimportance (from the sensitivity level and a
second synthetic importance factor) → p1 (1 km grid), on N × N cells of 30 m for
N = 2 500, 5 000, 10 000, 20 000 (default; pass sizes as arguments). Each size runs in its
own child process; reports wall time per step, cells per second and the child's peak
resident memory, and checks that time grows linearly with the number of cells.
Usage: bench_scale.py [N ...]
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


def run_size(n):
    work = os.path.join(tempfile.gettempdir(), "envzoning_bench_%d" % n)
    os.makedirs(work, exist_ok=True)
    make_inputs(work, n)
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
        raise SystemExit("size %d failed:\n%s\n%s" % (n, out, err[-3000:]))
    times = json.loads(out.strip().splitlines()[-1])
    return times, usage.ru_maxrss / 1024.0


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [2500, 5000, 10000, 20000]
    rows = []
    for n in sizes:
        times, peak = run_size(n)
        total = sum(times.values())
        rows.append((n, times, total, peak))
        print("%6d² cells: %s | total %.1f s, %.1f Mcells/s, peak %.0f MiB" % (
            n, ", ".join("%s %.1f s" % kv for kv in times.items()), total,
            n * n / total / 1e6, peak))
    if len(rows) > 1:
        base_n, _, base_t, _ = rows[0]
        for n, _, total, _ in rows[1:]:
            print("%d² vs %d²: cells × %.0f, time × %.1f" % (
                n, base_n, (n / base_n) ** 2, total / base_t))


if __name__ == "__main__":
    main()
