"""make bench — the province case (issue 19 item 1): zoning → mergezones → namezones on a
generated province at 30 m cells, peak memory (QGIS included) and wall time per step.

The generated province (seeded, so every run sees the same data; inputs are made once into
$TMPDIR/envzoning_bench_province_<N>): N × N cells of 30 m (N = 10 000: 300 km × 300 km,
about Zhejiang's size), a region with a wavy boundary (720 vertices), sensitivity and
importance levels and the importance dominant factor in random blocks of ≈ 4.5 km, CLCD
land cover in blocks of ≈ 1.5 km, N / 50 protected areas (six roles, named) and N / 5
planning polygons (urban, industry, farmland, aquaculture; many below MIN_AREA 0.5 km², so
mergezones has patches to merge), townships in 10 km squares for the names.

Each step runs in its own child process, which reports the step's wall time (QGIS start-up
excluded); the parent reads the child's peak resident memory (``ru_maxrss``, QGIS itself
included). Target (issue 19): < 2 GiB peak and < 2 minutes in all at N = 10 000.

Usage: bench_province.py [N] [--profile] [--generalize M] [--timeout S] [--steps …]
default N = 2 000 (quick), or ``ENVZONING_BENCH_PROVINCE=10000``; ``--profile`` also
writes a cProfile listing of each step (top 25 by cumulative and by own time) next to the
inputs and prints its path; ``--generalize M`` passes GENERALIZE=M to mergezones (0 = the
raster part and the legal overlay only); ``--timeout S`` stops a step after S seconds
(reported as "> S s"); ``--steps a,b`` runs only those steps (their inputs must exist).
"""

import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLUGINPATH = os.path.join(ROOT, "build", "pluginpath")
sys.path.insert(0, PLUGINPATH)

CELL = 30.0
X0, Y1 = 400000.0, 3300000.0
STEPS = ("zoning", "mergezones", "namezones")

CHILD = r"""
import json, os, sys, time
sys.path.insert(0, %(pluginpath)r)
step, work, prof, gen = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
p = lambda name: os.path.join(work, name)
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
app = QgsApplication([], False); app.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
import processing
from processing.core.Processing import Processing
Processing.initialize()
import envzoning
plugin = envzoning.classFactory(None); plugin.initProcessing()
ctx = QgsProcessingContext()
class FB(QgsProcessingFeedback):
    def pushInfo(self, text):
        sys.stderr.write("INFO " + text + "\n")
    def pushWarning(self, text):
        sys.stderr.write("WARN " + text + "\n")
fb = FB()
g = p("province.gpkg")
if step == "zoning":
    params = {"REGION": g + "|layername=region", "CELL_SIZE": 30,
              "PROTECTED": g + "|layername=protected", "PROTECTED_ROLE_FIELD": "role",
              "PLANNING": g + "|layername=planning", "PLANNING_ROLE_FIELD": "role",
              "LANDCOVER": p("landcover.tif"), "SENSITIVITY": p("sens.tif"),
              "IMPORTANCE": p("imp.tif"), "IMPORTANCE_DOMINANT": p("imp_dom.tif"),
              "KEY_ECO_COUNTY": False, "OUTPUT": p("zones_raw.gpkg"),
              "OUTPUT_RASTER": p("zones_raw.tif"), "OUTPUT_SUMMARY": p("zones_summary.csv")}
elif step == "mergezones":
    params = {"INPUT": p("zones_raw.gpkg"), "REGION": g + "|layername=region",
              "MIN_AREA": 0.5, "CELL_SIZE": 30, "PROTECTED": g + "|layername=protected",
              "PROTECTED_ROLE_FIELD": "role", "PROTECTED_NAME_FIELD": "name",
              "OUTPUT": p("zones_merged.gpkg"), "OUTPUT_AUDIT": p("merge_audit.csv")}
    if gen != "default":
        params["GENERALIZE"] = float(gen)
else:
    params = {"INPUT": p("zones_merged.gpkg"), "ADMIN_CODE": "330000",
              "PLACES": [g + "|layername=townships"], "PLACE_NAME_FIELD": "name", "ROMAN": 0,
              "FEATURES": [g + "|layername=protected"], "OUTPUT": p("zones_named.gpkg")}
t = time.perf_counter()
if prof:
    import cProfile, pstats
    pr = cProfile.Profile(); pr.enable()
res = processing.run("envzoning:" + step, params, context=ctx, feedback=fb)
seconds = time.perf_counter() - t
if prof:
    pr.disable()
    with open(p("profile_%%s.txt" %% step), "w") as fh:
        pstats.Stats(pr, stream=fh).sort_stats("cumulative").print_stats(25)
        pstats.Stats(pr, stream=fh).sort_stats("tottime").print_stats(25)
from osgeo import ogr
out = res["OUTPUT"].split("|")[0]
ds = ogr.Open(out)
n = ds.GetLayer(0).GetFeatureCount()
print(json.dumps({"seconds": seconds, "features": n}))
"""


def size_arg(argv):
    for i, a in enumerate(argv):
        if a.isdigit() and (i == 0 or not argv[i - 1].startswith("--")):
            return int(a)
    return int(os.environ.get("ENVZONING_BENCH_PROVINCE", "2000"))


def make_inputs(work, n):
    """The generated province (see the module doc); returns the number of features made."""
    import numpy as np
    from osgeo import ogr, osr

    from envzoning.core import raster as R

    done = os.path.join(work, "inputs.done")
    if os.path.exists(done):
        return
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    grid = R.Grid(srs.ExportToWkt(), (X0, CELL, 0.0, Y1, 0.0, -CELL), n, n)
    rng = np.random.default_rng(19)
    big = max(8, n // 66)     # ≈ 4.5 km blocks at N = 10 000
    small = max(4, n // 200)  # ≈ 1.5 km blocks
    nb, ns = n // big + 2, n // small + 2
    tables = {"sens": rng.integers(1, 6, (nb, nb)).astype("uint8"),
              "imp": rng.integers(1, 6, (nb, nb)).astype("uint8"),
              "imp_dom": rng.integers(1, 5, (nb, nb)).astype("uint8"),
              "landcover": rng.choice(np.array([1, 1, 2, 2, 2, 3, 4, 5, 8, 9], "uint8"),
                                      (ns, ns))}
    offs = {"sens": 0, "imp": big // 3, "imp_dom": big // 3, "landcover": 0}

    def fn(b):
        out = {}
        for name, tab in tables.items():
            s = small if name == "landcover" else big
            o = offs[name]
            r = (np.arange(b.row0, b.row0 + b.rows) + o) // s
            c = (np.arange(b.col0, b.col0 + b.cols) + o) // s
            out[name] = tab[r[:, None], c[None, :]]
        return out

    R.block_map(fn, grid, {}, {k: {"path": os.path.join(work, k + ".tif"), "dtype": "uint8",
                                   "nodata": 0} for k in tables})
    side = n * CELL
    cx, cy = X0 + side / 2, Y1 - side / 2
    path = os.path.join(work, "province.gpkg")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)

    def layer(name, fields):
        lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon)
        for f, t in fields:
            lyr.CreateField(ogr.FieldDefn(f, t))
        return lyr

    def add(lyr, geom, **attrs):
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in attrs.items():
            f.SetField(k, v)
        f.SetGeometry(ogr.ForceToMultiPolygon(geom))
        lyr.CreateFeature(f)

    def ring(pts):
        r = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in pts + pts[:1]:
            r.AddPoint_2D(float(x), float(y))
        g = ogr.Geometry(ogr.wkbPolygon)
        g.AddGeometry(r)
        return g

    def radius(t):
        return 0.46 * side * (1 + 0.05 * math.sin(7 * t) + 0.03 * math.sin(23 * t + 1.0))

    th = [2 * math.pi * i / 720 for i in range(720)]
    region = ring([(cx + radius(t) * math.cos(t), cy + radius(t) * math.sin(t)) for t in th])
    lyr = layer("region", [("name", ogr.OFTString)])
    ds.StartTransaction()
    add(lyr, region, name="省")
    ds.CommitTransaction()

    def blob(x, y, area, k):
        """An irregular polygon of about ``area`` m² centred on (x, y)."""
        r0 = math.sqrt(area / math.pi)
        ph = rng.uniform(0, 2 * math.pi, 3)
        pts = []
        for i in range(k):
            t = 2 * math.pi * i / k
            r = r0 * (1 + 0.25 * math.sin(3 * t + ph[0]) + 0.1 * math.sin(5 * t + ph[1]))
            pts.append((x + r * math.cos(t), y + r * math.sin(t)))
        return ring(pts)

    def inside_point():
        while True:
            x, y = rng.uniform(X0, X0 + side), rng.uniform(Y1 - side, Y1)
            t = math.atan2(y - cy, x - cx)
            if math.hypot(x - cx, y - cy) < radius(t) * 0.97:
                return x, y

    scale = (n / 10000.0) ** 2
    roles = ["nature_reserve", "scenic_area", "forest_park", "geopark",
             "water_source_protection", "redline"]
    lyr = layer("protected", [("role", ogr.OFTString), ("name", ogr.OFTString)])
    ds.StartTransaction()
    for i in range(max(4, n // 50)):
        x, y = inside_point()
        area = rng.uniform(2e6, 60e6) * max(scale, 0.05)
        add(lyr, blob(x, y, area, 48), role=roles[i % 6], name="保护地%03d" % (i + 1))
    ds.CommitTransaction()
    proles = ["urban", "urban", "industrial_existing", "industrial_planned", "farmland",
              "farmland", "farmland", "aquaculture"]
    lyr = layer("planning", [("role", ogr.OFTString)])
    ds.StartTransaction()
    for i in range(max(20, n // 5)):
        x, y = inside_point()
        area = rng.uniform(0.1e6, 4e6)
        add(lyr, blob(x, y, area, 16), role=proles[i % len(proles)])
    ds.CommitTransaction()
    lyr = layer("townships", [("name", ogr.OFTString)])
    ds.StartTransaction()
    step = 10000.0
    k = int(math.ceil(side / step))
    for i in range(k):
        for j in range(k):
            x0, y0 = X0 + j * step, Y1 - (i + 1) * step
            add(lyr, ring([(x0, y0), (x0 + step, y0), (x0 + step, y0 + step), (x0, y0 + step)]),
                name="第%d乡" % (i * k + j + 1))
    ds.CommitTransaction()
    ds = None
    open(done, "w").close()


def measure(step, work, profile, generalize="default", timeout=None):
    """(seconds, zones written, peak MiB) of one step in its own child process; the
    child's log (its info and warnings) goes to log_<step>.txt."""
    script = os.path.join(work, "province_child.py")
    with open(script, "w") as fh:
        fh.write(CHILD % {"pluginpath": PLUGINPATH})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out_path = os.path.join(work, "out_%s.txt" % step)
    log_path = os.path.join(work, "log_%s.txt" % step)
    with open(out_path, "w") as out, open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, script, step, work, "1" if profile else "0",
                                 str(generalize)], env=env, stdout=out, stderr=log)
        timer = None
        if timeout:
            import threading
            timer = threading.Timer(timeout, proc.kill)
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        if timer is not None:
            timer.cancel()
    if timeout and status == 9:
        return None, 0, usage.ru_maxrss / 1024.0
    with open(out_path) as fh:
        text = fh.read()
    if status != 0:
        with open(log_path) as fh:
            raise SystemExit("%s failed:\n%s\n%s" % (step, text, fh.read()[-3000:]))
    res = json.loads(text.strip().splitlines()[-1])
    return res["seconds"], res["features"], usage.ru_maxrss / 1024.0


def _opt(name, default):
    if name in sys.argv:
        i = sys.argv.index(name)
        return sys.argv[i + 1]
    return default


def main():
    n = size_arg(sys.argv[1:])
    profile = "--profile" in sys.argv
    generalize = _opt("--generalize", "default")
    timeout = float(_opt("--timeout", 0)) or None
    work = os.path.join(tempfile.gettempdir(), "envzoning_bench_province_%d" % n)
    os.makedirs(work, exist_ok=True)
    make_inputs(work, n)
    rows = []
    steps = _opt("--steps", ",".join(STEPS)).split(",")
    for step in steps:
        s, feats, mib = measure(step, work, profile, generalize, timeout)
        if s is None:
            print("%-11s > %.0f s (stopped) %8.0f MiB" % (step, timeout, mib), flush=True)
            rows.append((step, timeout, None, mib))
            break
        rows.append((step, s, feats, mib))
        print("%-11s %7.1f s %8.0f MiB  %6d zones" % (step, s, mib, feats), flush=True)
    total = sum(r[1] for r in rows)
    peak = max(r[3] for r in rows)
    print()
    print("| step (%d × %d cells of 30 m) | wall time | peak memory | zones out |" % (n, n))
    print("|---|---|---|---|")
    over = "> " if any(r[2] is None for r in rows) else ""
    for step, s, feats, mib in rows:
        if feats is None:
            print("| %s | > %.0f s (stopped) | %.0f MiB so far | — |" % (step, s, mib))
        else:
            print("| %s | %.1f s | %.0f MiB | %d |" % (step, s, mib, feats))
    print("| **total** | **%s%.1f s** | **%.0f MiB** (max) | |" % (over, total, peak))
    print()
    print("province: %s%.1f s (target < 120 s), peak %.0f MiB (target < 2048 MiB)%s"
          % (over, total, peak, "" if peak < 2048 and total < 120 and not over
             else "  — OVER TARGET"))
    if profile:
        for step in steps:
            print("profile:", os.path.join(work, "profile_%s.txt" % step))


if __name__ == "__main__":
    main()
