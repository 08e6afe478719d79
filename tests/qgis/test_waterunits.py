"""envzoning:waterunits on a synthetic DEM: two valleys drain to two sections (N 5.8.3(2)).

2 000 × 2 100 m at 100 m cells (EPSG:4549, origin 500000, 3000000): a ridge on column 10
splits a west valley (axis column 5) from an east one (axis column 15); each slopes 2 m a
column towards its axis and 0.1 m a row south. Section 西 at the south end of the west axis
(target II → priority), section 东 at the south end of the east axis (target III, current
IV → key, exceeds)."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

X0, Y0 = 500000.0, 3000000.0


@pytest.fixture(scope="module")
def valleys(tmp_path_factory):
    d = tmp_path_factory.mktemp("valleys")
    rows, cols = 20, 21
    r = np.arange(rows)[:, None].astype(float)
    c = np.arange(cols)[None, :].astype(float)
    dem = 100.0 + 0.1 * r + 2.0 * np.abs(c - np.where(c < 10, 5.0, 15.0))  # row 0 = north
    dem = dem[::-1].copy()                     # south lowest: row 19 is the south end
    dem[:, 10] = 200.0
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    path = str(d / "dem.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 100.0, 0, Y0 + rows * 100.0, 0, -100.0))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(dem)
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds = None
    gp = str(d / "v.gpkg")
    out = ogr.GetDriverByName("GPKG").CreateDataSource(gp)
    lyr = out.CreateLayer("region", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("name", "山谷乡")
    f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        X0, Y0, X0 + 2100, Y0, X0 + 2100, Y0 + 2000, X0, Y0 + 2000, X0, Y0)))
    lyr.CreateFeature(f)
    lyr = out.CreateLayer("sections", srs, ogr.wkbPoint)
    for name in ("name", "target", "class"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for name, x, target, cur in (("西", 550, "II", "II"), ("东", 1550, "III", "IV")):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT(%f %f)" % (X0 + x, Y0 + 50)))
        f.SetField("name", name)
        f.SetField("target", target)
        f.SetField("class", cur)
        lyr.CreateFeature(f)
    out = None
    return {"dem": path, "region": gp + "|layername=region",
            "sections": gp + "|layername=sections", "dir": str(d)}


def test_two_valleys_two_units(run_alg, valleys):
    out = os.path.join(valleys["dir"], "wu.gpkg")
    run_alg("waterunits", {"SECTIONS": valleys["sections"], "TARGET_FIELD": "target",
                           "CURRENT_FIELD": "class", "DEM": valleys["dem"],
                           "REGION": valleys["region"], "MIN_AREA": 0.0, "OUTPUT": out})
    ds = ogr.Open(out)
    rows = {f["section"]: (f["class"], f["exceed"], f.GetGeometryRef().GetArea() / 1e6,
                           f.GetGeometryRef().Centroid().GetX() - X0) for f in ds.GetLayer(0)}
    assert set(rows) == {"西", "东"}
    assert rows["西"][:2] == (1, 0) and rows["东"][:2] == (2, 1)
    # each valley (10 columns × 20 rows = 2 km²) plus some of the ridge column (0.2 km²)
    assert 2.0 <= rows["西"][2] <= 2.2 and 2.0 <= rows["东"][2] <= 2.2
    assert abs(rows["西"][2] + rows["东"][2] - 4.2) < 1e-6
    assert rows["西"][3] < 1050 < rows["东"][3]


def test_controlunits_take_waterunits_directly(run_alg, valleys):
    """The water units are element zones: with PRIORITY_ELEMENTS=water the west valley is a
    priority unit and the east one (exceeding) a key unit; as EXTRA_ZONES next to them the
    same result (one element, the winning rule holds)."""
    wu = os.path.join(valleys["dir"], "wu2.gpkg")
    run_alg("waterunits", {"SECTIONS": valleys["sections"], "TARGET_FIELD": "target",
                           "CURRENT_FIELD": "class", "DEM": valleys["dem"],
                           "REGION": valleys["region"], "MIN_AREA": 0.0, "OUTPUT": wu})
    for extra in ([], [wu]):
        out = os.path.join(valleys["dir"], "cu%d.gpkg" % len(extra))
        run_alg("controlunits", {"ELEMENT_ZONES": wu, "EXTRA_ZONES": extra,
                                 "TOWNSHIPS": valleys["region"], "TOWNSHIP_FIELD": "name",
                                 "ADMIN_CODE": "331024", "MIN_AREA": 0.0,
                                 "PRIORITY_ELEMENTS": "ecology,water", "OUTPUT": out})
        ds = ogr.Open(out)
        got = sorted((f["unit_class"], round(f.GetGeometryRef().GetArea() / 1e6, 4))
                     for f in ds.GetLayer(0))
        ds = None
        areas = {c: a for c, a in got}
        assert [c for c, _ in got] == [1, 2]
        assert abs(areas[1] + areas[2] - 4.2) < 1e-6 and 2.0 <= areas[1] <= 2.2
