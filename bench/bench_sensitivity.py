"""make bench — soil-erosion sensitivity on N × N cells (default 10 000²) against
(a) the I/O floor: read the four inputs and write one output, same strips, same GDAL
    creation options, nothing computed;
(b) the chain of native QGIS algorithms an analyst would build in the Modeler:
    4 × native:reclassifybytable, native:rastercalculator (the product and its 4th root),
    native:reclassifybytable (SS → level).
Each measurement runs in its own child process: wall time of the step (start-up excluded)
and the child's peak resident memory. Usage: bench_sensitivity.py [N] [--no-native]
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLUGINPATH = os.path.join(ROOT, "build", "pluginpath")
sys.path.insert(0, PLUGINPATH)

CHILD = r"""
import json, os, sys, time
sys.path.insert(0, %(pluginpath)r)
mode, work = sys.argv[1], sys.argv[2]
inputs = {k: os.path.join(work, k + ".tif") for k in ("r", "soil", "relief", "cover")}
if mode == "floor":
    from envzoning.core import raster as R
    import numpy as np
    grid = R.Grid.from_raster(inputs["r"])
    t = time.perf_counter()
    def fn(b):
        return {"out": b.data["cover"]}  # read all four, write one, compute nothing
    R.block_map(fn, grid, {k: {"path": p} for k, p in inputs.items()},
                {"out": {"path": os.path.join(work, "floor.tif"), "dtype": "uint8", "nodata": 0}})
    print(json.dumps({"seconds": time.perf_counter() - t}))
    sys.exit(0)
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
app = QgsApplication([], False); app.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
import processing
from processing.core.Processing import Processing
Processing.initialize()
import envzoning
plugin = envzoning.classFactory(None); plugin.initProcessing()
ctx = QgsProcessingContext(); fb = QgsProcessingFeedback()
def run(alg, params):
    return processing.run(alg, params, context=ctx, feedback=fb)
t = time.perf_counter()
if mode == "envzoning":
    run("envzoning:soilerosionsensitivity", {
        "EROSIVITY": inputs["r"], "SOIL": inputs["soil"], "RELIEF": inputs["relief"],
        "LANDCOVER": inputs["cover"], "OUTPUT_INDEX": None,
        "OUTPUT_LEVEL": os.path.join(work, "envzoning_level.tif")})
    extra = 0
elif mode == "envzoning_both":
    run("envzoning:soilerosionsensitivity", {
        "EROSIVITY": inputs["r"], "SOIL": inputs["soil"], "RELIEF": inputs["relief"],
        "LANDCOVER": inputs["cover"], "OUTPUT_INDEX": os.path.join(work, "envzoning_ss.tif"),
        "OUTPUT_LEVEL": os.path.join(work, "envzoning_level2.tif")})
    extra = 0
else:
    out_type = 5 if mode == "native" else 0   # 5 = Float32, 0 = Byte (the default)
    tabs = {
        "r": [-1e30, 25, 1, 25, 100, 3, 100, 400, 5, 400, 600, 7, 600, 1e30, 9],
        "relief": [-1e30, 20, 1, 20, 50, 3, 50, 100, 5, 100, 300, 7, 300, 1e30, 9],
        "soil": [0.5, 2.5, 1, 2.5, 5.5, 3, 5.5, 7.5, 5, 7.5, 10.5, 7, 10.5, 12.5, 9],
        "cover": [0.5, 1.5, 5, 1.5, 4.5, 3, 4.5, 5.5, 1, 5.5, 7.5, 9, 7.5, 9.5, 1],
    }
    graded = {}
    for k, table in tabs.items():
        graded[k] = os.path.join(work, "%%s_%%s_grade.tif" %% (mode, k))
        run("native:reclassifybytable", {"INPUT_RASTER": inputs[k], "RASTER_BAND": 1,
            "TABLE": table, "NO_DATA": 0, "RANGE_BOUNDARIES": 0, "NODATA_FOR_MISSING": True,
            "DATA_TYPE": out_type, "OUTPUT": graded[k]})
    names = ["%%s_%%s_grade" %% (mode, k) for k in ("r", "soil", "relief", "cover")]
    ss = os.path.join(work, "%%s_ss.tif" %% mode)
    run("qgis:rastercalculator", {
        "EXPRESSION": "(%%s) ^ 0.25" %% " * ".join('"%%s@1"' %% n for n in names),
        "LAYERS": [os.path.join(work, n + ".tif") for n in names], "CELLSIZE": 0,
        "EXTENT": None, "CRS": None, "OUTPUT": ss})
    run("native:reclassifybytable", {"INPUT_RASTER": ss, "RASTER_BAND": 1,
        "TABLE": [-1e30, 2.0, 1, 2.0, 4.0, 2, 4.0, 6.0, 3, 6.0, 8.0, 4, 8.0, 1e30, 5],
        "NO_DATA": 0, "RANGE_BOUNDARIES": 0, "NODATA_FOR_MISSING": True, "DATA_TYPE": 0,
        "OUTPUT": os.path.join(work, "%%s_level.tif" %% mode)})
    extra = sum(os.path.getsize(p) for p in list(graded.values()) + [ss])
print(json.dumps({"seconds": time.perf_counter() - t, "intermediate_bytes": extra}))
"""


def make_inputs(work, n, ny=None):
    """Four plausible factor rasters of ``n`` columns × ``ny`` (default ``n``) rows,
    written block by block (smooth fields, patches)."""
    import numpy as np

    from envzoning.core import raster as R

    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    grid = R.Grid(srs.ExportToWkt(), (400000.0, 30.0, 0.0, 3300000.0, 0.0, -30.0), n,
                  n if ny is None else ny)
    if all(os.path.exists(os.path.join(work, k + ".tif")) for k in ("r", "soil", "relief", "cover")):
        return grid
    def fn(b):
        x = np.arange(b.col0, b.col0 + b.cols, dtype="float32")
        y = np.arange(b.row0, b.row0 + b.rows, dtype="float32")[:, None]
        r = 350 + 300 * np.sin(x / 900.0) * np.cos(y / 700.0) + 0.02 * (x - y)
        relief = np.abs(200 * np.sin(x / 300.0 + y / 500.0) + 150 * np.cos(y / 130.0))
        soil = (1 + ((x // 37 + y // 53) % 12)).astype("uint8")
        cover = np.array([1, 2, 2, 3, 4, 5, 8, 9], dtype="uint8")[((x // 71) * 7 + (y // 97) * 3).astype(int) % 8]
        return {"r": r, "relief": relief, "soil": soil, "cover": cover}

    R.block_map(fn, grid, {}, {
        "r": {"path": os.path.join(work, "r.tif"), "dtype": "float32", "nodata": -9999.0},
        "relief": {"path": os.path.join(work, "relief.tif"), "dtype": "float32", "nodata": -9999.0},
        "soil": {"path": os.path.join(work, "soil.tif"), "dtype": "uint8", "nodata": 0},
        "cover": {"path": os.path.join(work, "cover.tif"), "dtype": "uint8", "nodata": 0},
    })
    return grid


def measure(mode, work):
    script = os.path.join(work, "child.py")
    with open(script, "w") as fh:
        fh.write(CHILD % {"pluginpath": PLUGINPATH})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, script, mode, work], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, _, _ = None, None, None
    pid, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read()
    err = proc.stderr.read()
    wall = time.perf_counter() - t
    if status != 0:
        raise SystemExit("%s failed:\n%s\n%s" % (mode, out, err[-3000:]))
    res = json.loads(out.strip().splitlines()[-1])
    res["peak_mib"] = usage.ru_maxrss / 1024.0
    res["process_seconds"] = wall
    del before
    return res


def main():
    n = 10000
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        n = int(args[0])
    work = os.environ.get("BENCH_DIR") or os.path.join(tempfile.gettempdir(), "envzoning_bench_%d" % n)
    os.makedirs(work, exist_ok=True)
    print("bench: soil-erosion sensitivity on %d × %d cells, work dir %s" % (n, n, work))
    t = time.perf_counter()
    make_inputs(work, n)
    print("inputs ready (%.1f s)" % (time.perf_counter() - t))
    modes = ["floor", "envzoning", "envzoning_both"]
    if "--no-native" not in sys.argv:
        modes += ["native", "native_byte"]
    results = {}
    for mode in modes:
        results[mode] = measure(mode, work)
        r = results[mode]
        print("%-15s %7.1f s   peak %6.0f MiB   intermediates %6.0f MiB" % (
            mode, r["seconds"], r["peak_mib"], r.get("intermediate_bytes", 0) / 2 ** 20))
    floor = results["floor"]["seconds"]
    ez = results["envzoning"]["seconds"]
    print("envzoning / floor = %.2f (target ≤ 1.5)" % (ez / floor))
    print("envzoning (SS + level) / floor = %.2f" % (results["envzoning_both"]["seconds"] / floor))
    if "native" in results:
        print("native chain / envzoning = %.1f × (target ≥ 5)" % (results["native"]["seconds"] / ez))
        check_byte_overflow(work)
    with open(os.path.join(work, "results.json"), "w") as fh:
        json.dump(results, fh, indent=1)


def check_byte_overflow(work):
    """Share of cells where the Byte-typed native chain gives another level than envzoning."""
    import numpy as np

    from envzoning.core import raster as R

    grid = R.Grid.from_raster(os.path.join(work, "envzoning_level.tif"))
    diff = [0, 0]

    def fn(b):
        ok = b.valid["ez"]
        diff[0] += int(np.count_nonzero(ok & (b.data["ez"] != b.data["nb"])))
        diff[1] += int(np.count_nonzero(ok))
        return {}

    R.block_map(fn, grid, {"ez": {"path": os.path.join(work, "envzoning_level.tif")},
                           "nb": {"path": os.path.join(work, "native_byte_level.tif")}}, {})
    print("native chain with reclassify's default Byte output: %.0f %% of levels differ" % (
        100.0 * diff[0] / max(1, diff[1])))


if __name__ == "__main__":
    main()
