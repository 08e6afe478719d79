"""The default zoning rules of Z 4.2.1 and 4.3.2 (issue 16, decision 16) on generated layers
through the zoning algorithm.

A 2 × 1 km county in EPSG:4549 on whole 100 m cells, all cropland (CLCD 1), importance 2 and
sensitivity 1 (so P1 = max = 2), not a key ecological county:
- west half (x < 501 000): planned industrial land (规划工业区, Chinese role) → VI-0 (rule 8),
  except basic farmland (基本农田) 300 × 300 m inside it → III-1 (rule 7): basic farmland wins
  the planning overlap and comes before rule 8. VI = 1.0 − 0.09 = 0.91 km².
- a level-5 riparian strip 200 m × 1 km (x 501 200–501 400) → I-6 (rule 2), a level-3 strip
  (x 501 600–501 800) → II-4 (rule 5), the coastal hazard zone 200 × 500 m (x 501 000–501 200,
  y < 3 200 500) → I-6 (rule 2): I-6 = 0.2 + 0.1 = 0.3 km², II-4 = 0.2 km².
- the rest of the east half is cropland → III-1 (rule 7 after rule 8):
  1.0 − 0.2 − 0.2 − 0.1 = 0.5 km², III-1 in all 0.59 km².
"""

import os

import numpy as np
from osgeo import gdal, ogr, osr

X0, Y0 = 500000.0, 3200000.0


def rect(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def write_layer(path, rings, fields):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer(os.path.splitext(os.path.basename(path))[0], srs, ogr.wkbPolygon)
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for pts, attrs in rings:
        f = ogr.Feature(lyr.GetLayerDefn())
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in pts + pts[:1]:
            ring.AddPoint_2D(float(x), float(y))
        g = ogr.Geometry(ogr.wkbPolygon)
        g.AddGeometry(ring)
        f.SetGeometry(g)
        for k, v in attrs.items():
            f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return path


def write_raster(path, value, shape=(10, 20)):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds = gdal.GetDriverByName("GTiff").Create(path, shape[1], shape[0], 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, 100.0, 0.0, Y0 + 100.0 * shape[0], 0.0, -100.0))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(np.full(shape, value, dtype="uint8"))
    ds = None
    return path


def test_default_rules_of_z_432_on_generated_layers(run_alg, tmp_path):
    d = str(tmp_path)
    S, I = ogr.OFTString, ogr.OFTInteger
    region = write_layer(os.path.join(d, "region.gpkg"),
                         [(rect(X0, Y0, X0 + 2000, Y0 + 1000), {"name": "县"})], [("name", S)])
    # the farmland polygon comes first in the layer: the overlap priority, not the order, decides
    planning = write_layer(os.path.join(d, "planning.gpkg"), [
        (rect(X0 + 200, Y0 + 200, X0 + 500, Y0 + 500), {"role": "基本农田"}),
        (rect(X0, Y0, X0 + 1000, Y0 + 1000), {"role": "规划工业区"})], [("role", S)])
    riparian = write_layer(os.path.join(d, "riparian.gpkg"), [
        (rect(X0 + 1200, Y0, X0 + 1400, Y0 + 1000), {"level": 5}),
        (rect(X0 + 1600, Y0, X0 + 1800, Y0 + 1000), {"level": 3})], [("level", I)])
    coastal = write_layer(os.path.join(d, "coastal.gpkg"), [
        (rect(X0 + 1000, Y0, X0 + 1200, Y0 + 500), {"level": 1})], [("level", I)])
    res = run_alg("zoning", {
        "REGION": region, "CELL_SIZE": 100, "PLANNING": planning, "PLANNING_ROLE_FIELD": "role",
        "RIPARIAN": riparian, "COASTAL": coastal,
        "LANDCOVER": write_raster(os.path.join(d, "lc.tif"), 1),
        "IMPORTANCE": write_raster(os.path.join(d, "imp.tif"), 2),
        "SENSITIVITY": write_raster(os.path.join(d, "sens.tif"), 1),
        "OUTPUT": os.path.join(d, "zones.gpkg"), "OUTPUT_RASTER": os.path.join(d, "zones.tif")})
    rds = gdal.Open(res["OUTPUT_RASTER"])
    arr = rds.GetRasterBand(1).ReadAsArray()
    rds = None
    cells = {int(v): int((arr == v).sum()) for v in np.unique(arr) if v}
    # 100 m cells: 1 cell = 0.01 km²
    assert cells == {60: 91, 31: 9 + 50, 16: 30, 24: 20}
    ds = ogr.Open(res["OUTPUT"])
    areas = {}
    for f in ds.GetLayer(0):
        k = (f.GetField("subtype"), f.GetField("rule"))
        areas[k] = areas.get(k, 0.0) + f.GetGeometryRef().GetArea() / 1e6
    areas = {k: round(v, 6) for k, v in areas.items()}
    assert areas == {("VI-0", 8): 0.91, ("III-1", 7): 0.59, ("I-6", 2): 0.3, ("II-4", 5): 0.2}
