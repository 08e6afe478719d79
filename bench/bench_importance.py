"""make bench — ecoimportance + p1 at 10 000 × 10 000 cells against the I/O floor (issue 3).

Inputs (generated once, strip by strip, into $TMPDIR/envzoning_bench_importance_<N>): four
importance factor level rasters and a sensitivity level raster, Byte, 30 m cells, tiled
256², DEFLATE, plus a region polygon covering the grid. Every measurement runs in its own
child process, which reports the step's wall time (QGIS start-up excluded); the parent
reads the child's peak resident memory (``ru_maxrss`` from ``os.wait4``).

* floor_combine — read the 4 factor rasters and write 2 Byte rasters (what ecoimportance
  reads and writes), same strips, through core.raster.block_map;
* ecoimportance — ``envzoning:ecoimportance`` (level + dominant);
* floor_p1 — read the 2 level rasters with GDAL, same strips, and write the same km-grid
  polygons (squares as WKB, the 16 fields) with OGR in one transaction (issue 19 item 2);
* p1 — ``envzoning:p1`` with REGION (region mask rasterised at 30 m) and 1 000 m cells.

Usage: bench_importance.py [N]   (default 10000); prints a Markdown table.
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

FACTORS = ("water", "soil", "bio", "flood")

CHILD = r"""
import json, os, sys, time
sys.path.insert(0, %(pluginpath)r)
mode, work = sys.argv[1], sys.argv[2]
p = lambda name: os.path.join(work, name)
if mode == "floor_combine":
    # what ecoimportance reads and writes, nothing computed: the 4 factors in, two Byte
    # rasters (level, dominant) out, through the engine's own strip pipeline
    from envzoning.core import raster as R
    names = ["water", "soil", "bio", "flood"]
    grid = R.Grid.from_raster(p("water.tif"))
    t = time.perf_counter()
    R.block_map(lambda b: {"a": b.data["water"], "b": b.data["soil"]}, grid,
                {n: {"path": p(n + ".tif")} for n in names},
                {"a": {"path": p("floor_out.tif"), "dtype": "uint8", "nodata": 0},
                 "b": {"path": p("floor_out2.tif"), "dtype": "uint8", "nodata": 0}})
    print(json.dumps({"seconds": time.perf_counter() - t}))
    sys.exit(0)
if mode == "floor_p1":
    # what p1 must do at least: read the 2 level rasters (same strips) and write the same
    # km-grid polygons (squares built as WKB, 16 fields) with OGR in one transaction
    import numpy as np
    from osgeo import gdal, ogr, osr
    from envzoning.core import raster as R
    R.configure_gdal()
    t = time.perf_counter()
    dss = [gdal.Open(p(n + ".tif")) for n in ("sens", "imp_in")]
    bands = [d.GetRasterBand(1) for d in dss]
    nx, ny = bands[0].XSize, bands[0].YSize
    for row0 in range(0, ny, R.TILE):
        arrs = [b.ReadAsArray(0, row0, nx, min(R.TILE, ny - row0)) for b in bands]
    x0, cell, _, y1, _, _ = dss[0].GetGeoTransform()
    kx, ky = int(nx * cell // 1000), int(ny * cell // 1000)
    r, c = np.divmod(np.arange(kx * ky), kx)
    xs, ys = x0 + c * 1000.0, y1 - r * 1000.0
    dt = np.dtype([("h", "u1", 9), ("h2", "u1", 13), ("xy", "<f8", (10,))])
    a = np.zeros(kx * ky, dt)
    a["h"] = np.frombuffer(b"\x01\x06\x00\x00\x00\x01\x00\x00\x00", "u1")
    a["h2"] = np.frombuffer(b"\x01\x03\x00\x00\x00\x01\x00\x00\x00\x05\x00\x00\x00", "u1")
    a["xy"] = np.stack([xs, ys - 1000, xs + 1000, ys - 1000, xs + 1000, ys, xs, ys, xs,
                        ys - 1000], axis=1)
    buf, k = a.tobytes(), dt.itemsize
    srs = osr.SpatialReference(); srs.ImportFromWkt(dss[0].GetProjection())
    out = p("floor_p1.gpkg")
    if os.path.exists(out):
        os.remove(out)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
    lyr = ds.CreateLayer("floor_p1", srs, ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
    lyr.CreateField(ogr.FieldDefn("cell_id", ogr.OFTString))
    for name in ("sens", "imp", "p1"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    lyr.CreateField(ogr.FieldDefn("dominant", ogr.OFTString))
    for i in range(11):
        lyr.CreateField(ogr.FieldDefn("d%%d" %% i, ogr.OFTReal))
    defn = lyr.GetLayerDefn()
    from osgeo import _ogr
    set_double = _ogr.Feature_SetField  # as core.vector.write_layer: no Python dispatch
    ds.StartTransaction()
    for j in range(kx * ky):
        f = ogr.Feature(defn)
        f.SetFieldString(0, "E%%gN%%g" %% (xs[j] / 1000, ys[j] / 1000 - 1))
        for i in (1, 2, 3):
            f.SetFieldInteger64(i, 3)
        f.SetFieldString(4, "both")
        for i in range(5, 16):
            set_double(f, i, 0.5)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(buf[j * k:(j + 1) * k]))
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    f = lyr = defn = None
    ds = None
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
if mode == "ecoimportance":
    params = {"WATER": p("water.tif"), "SOIL": p("soil.tif"), "BIODIVERSITY": p("bio.tif"),
              "FLOOD": p("flood.tif"), "OUTPUT_LEVEL": p("imp.tif"),
              "OUTPUT_DOMINANT": p("imp_dom.tif")}
else:
    if os.path.exists(p("p1.gpkg")):
        os.remove(p("p1.gpkg"))
    params = {"SENSITIVITY": p("sens.tif"), "IMPORTANCE": p("imp_in.tif"),
              "REGION": p("region.gpkg") + "|layername=region", "CELL_SIZE": 1000,
              "AGGREGATION": 0, "OUTPUT": p("p1.gpkg")}
t = time.perf_counter()
res = processing.run("envzoning:" + mode, params, context=ctx, feedback=fb)
print(json.dumps({"seconds": time.perf_counter() - t}))
"""


def make_inputs(work, n):
    """Five Byte level rasters (patchy, like real level maps) and a region polygon."""
    import numpy as np
    from osgeo import ogr, osr

    from envzoning.core import raster as R

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    x0, y1, cell = 400000.0, 3300000.0, 30.0
    grid = R.Grid(srs.ExportToWkt(), (x0, cell, 0.0, y1, 0.0, -cell), n, n)
    names = FACTORS + ("sens", "imp_in")
    if all(os.path.exists(os.path.join(work, k + ".tif")) for k in names) and \
            os.path.exists(os.path.join(work, "region.gpkg")):
        return grid
    def fn(b):
        x = np.arange(b.col0, b.col0 + b.cols, dtype=np.int64)
        y = np.arange(b.row0, b.row0 + b.rows, dtype=np.int64)[:, None]
        out = {}
        for k, name in enumerate(names):
            a, c = 31 + 7 * k, 43 + 5 * k
            out[name] = (1 + ((x // a) * (3 + k) + (y // c) * (2 + k) + k) % 5).astype("uint8")
        out["flood"] = np.where(out["flood"] >= 4, out["flood"], 1).astype("uint8")
        return out

    R.block_map(fn, grid, {}, {name: {"path": os.path.join(work, name + ".tif"),
                                      "dtype": "uint8", "nodata": 0} for name in names})
    path = os.path.join(work, "region.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("region", srs, ogr.wkbPolygon)
    f = ogr.Feature(lyr.GetLayerDefn())
    x1, y0 = x0 + n * cell, y1 - n * cell
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)))
    lyr.CreateFeature(f)
    ds = None
    return grid


def measure_rss(mode, work):
    """(seconds, peak MiB) of one child process."""
    script = os.path.join(work, "child_importance.py")
    with open(script, "w") as fh:
        fh.write(CHILD % {"pluginpath": PLUGINPATH})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, script, mode, work], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read(), proc.stderr.read()
    if status != 0:
        raise SystemExit("%s failed:\n%s\n%s" % (mode, out, err[-3000:]))
    seconds = json.loads(out.strip().splitlines()[-1])["seconds"]
    return seconds, usage.ru_maxrss / 1024.0


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    work = os.path.join(tempfile.gettempdir(), "envzoning_bench_importance_%d" % n)
    os.makedirs(work, exist_ok=True)
    make_inputs(work, n)
    rows = []
    for mode in ("floor_combine", "ecoimportance", "floor_p1", "p1"):
        s, mib = measure_rss(mode, work)
        rows.append((mode, s, mib))
        print("%-14s %7.2f s %8.0f MiB" % (mode, s, mib), flush=True)
    t = dict((m, s) for m, s, _ in rows)
    print()
    print("| step (%d × %d cells) | wall time | peak memory |" % (n, n))
    print("|---|---|---|")
    for mode, s, mib in rows:
        print("| %s | %.1f s | %.0f MiB |" % (mode, s, mib))
    print()
    print("ecoimportance / floor = %.2f (target <= 1.5); p1 / floor = %.2f (target <= 3)" % (
        t["ecoimportance"] / t["floor_combine"], t["p1"] / t["floor_p1"]))


if __name__ == "__main__":
    main()
