"""envzoning:airzones on a hand-made 4 × 4 km county (EPSG:4549, origin 500000, 3000000):
a class-1 area 0–1000 × 0–1000 (1 km²) → priority; a synthetic hot spot of four 100 m cells
of 10 000 t/km²·a in 1 t/km²·a background (40 000 of 41 596 t = 96 % ≥ 80 %) → 0.04 km²
high emission; a low-ventilation band along the north edge (y 3500–4000, 1 000 < 2 000
m²/s) → 2 km² weak diffusion; a school at (2000, 2000) buffered 200 m → ≈ 0.125 km²
receptor-sensitive; a town 500–1000 × 2000–2500 with the wind from the north → a
layout-sensitive sector north of it."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

X0, Y0 = 500000.0, 3000000.0


def box(x1, y1, x2, y2):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        X0 + x1, Y0 + y1, X0 + x2, Y0 + y1, X0 + x2, Y0 + y2, X0 + x1, Y0 + y2, X0 + x1, Y0 + y1)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    d = tmp_path_factory.mktemp("air")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)

    def raster(name, arr):
        path = str(d / name)
        ds = gdal.GetDriverByName("GTiff").Create(path, 40, 40, 1, gdal.GDT_Float32)
        ds.SetGeoTransform((X0, 100.0, 0, Y0 + 4000.0, 0, -100.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(arr)
        ds.GetRasterBand(1).SetNoDataValue(-9999)
        ds = None
        return path

    em = np.ones((40, 40))
    em[30:32, 30:32] = 10000.0          # x 3000–3200, y 800–1000
    vent = np.full((40, 40), 5000.0)
    vent[0:5, :] = 1000.0               # y 3500–4000
    gp = str(d / "v.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gp)
    for name, wkts, gt in (("region", [box(0, 0, 4000, 4000)], ogr.wkbPolygon),
                           ("class1", [box(0, 0, 1000, 1000)], ogr.wkbPolygon),
                           ("schools", ["POINT(%f %f)" % (X0 + 2000, Y0 + 2000)], ogr.wkbPoint),
                           ("town", [box(500, 2000, 1000, 2500)], ogr.wkbPolygon)):
        lyr = ds.CreateLayer(name, srs, gt)
        for w in wkts:
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetGeometry(ogr.CreateGeometryFromWkt(w))
            lyr.CreateFeature(f)
    ds = None
    L = {k: gp + "|layername=" + k for k in ("region", "class1", "schools", "town")}
    L.update(em=raster("em.tif", em), vent=raster("vent.tif", vent), dir=str(d))
    return L


def test_airzones_by_hand(run_alg, county):
    out = os.path.join(county["dir"], "air.gpkg")
    run_alg("airzones", {"REGION": county["region"], "CLASS1_AREAS": county["class1"],
                         "RECEPTORS": county["schools"], "RECEPTOR_BUFFER": 200,
                         "EMISSIONS": county["em"], "VENTILATION": county["vent"],
                         "URBAN": county["town"], "WIND_FROM": 0, "SECTOR": 22.5,
                         "UPWIND_DISTANCE": 1.0, "OUTPUT": out})
    ds = ogr.Open(out)
    rows = {f["kind"]: (f["class"], f.GetGeometryRef().GetArea() / 1e6,
                        f.GetGeometryRef().Centroid().GetY() - Y0, f["unit_kind"], f["rule"])
            for f in ds.GetLayer(0)}
    assert rows["环境空气一类功能区"][:2] == (1, pytest.approx(1.0))
    assert rows["高排放区"][:2] == (2, pytest.approx(0.04))
    assert rows["高排放区"][3] == "产业集聚类" and rows["高排放区"][4] == "AIR-2"
    assert rows["受体敏感区"][0] == 2 and rows["受体敏感区"][1] == pytest.approx(0.1249, abs=1e-3)
    assert rows["弱扩散区"][:2] == (2, pytest.approx(2.0))
    assert rows["布局敏感区"][0] == 2 and rows["布局敏感区"][2] > 2500   # north of the town
    assert rows["一般管控区"][0] == 3
    assert sum(r[1] for r in rows.values()) == pytest.approx(16.0)
