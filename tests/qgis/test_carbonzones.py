"""envzoning:carbonzones: a 1 × 1 km county of 100 m cells, forest west (code 2, 140 t C/ha)
and cropland east (code 1, 86 t C/ha). HIGH_SHARE 0.5 → the forest half is priority
(50 ha × 140 = 7 000 t); pollutant and CO2 hot spots on the same 2 × 2 cropland cells →
key (0.04 km²); stock 7 000 + 50 × 86 = 11 300 t."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

X0, Y0 = 500000.0, 3000000.0


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    d = tmp_path_factory.mktemp("carbon")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)

    def raster(name, arr, dtype=gdal.GDT_Float32):
        path = str(d / name)
        ds = gdal.GetDriverByName("GTiff").Create(path, 10, 10, 1, dtype)
        ds.SetGeoTransform((X0, 100.0, 0, Y0 + 1000.0, 0, -100.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(arr)
        ds.GetRasterBand(1).SetNoDataValue(0)
        ds = None
        return path

    lc = np.ones((10, 10), np.uint8)
    lc[:, :5] = 2
    em = np.ones((10, 10))
    em[7:9, 7:9] = 1000.0
    gp = str(d / "v.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gp)
    lyr = ds.CreateLayer("region", srs, ogr.wkbPolygon)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        X0, Y0, X0 + 1000, Y0, X0 + 1000, Y0 + 1000, X0, Y0 + 1000, X0, Y0)))
    lyr.CreateFeature(f)
    ds = None
    csv = str(d / "pools.csv")
    with open(csv, "w", encoding="utf-8") as fh:
        fh.write("code,name_zh,c_above,c_below,c_soil,c_dead,source\n"
                 "1,耕地,5,1,80,0,test\n2,林地,30,8,100,2,test\n")
    return {"lc": raster("lc.tif", lc, gdal.GDT_Byte), "em": raster("em.tif", em),
            "co2": raster("co2.tif", em * 3), "region": gp + "|layername=region",
            "csv": csv, "dir": str(d)}


def test_forest_vs_cropland_zones(run_alg, county):
    out = os.path.join(county["dir"], "ghg.gpkg")
    stock = os.path.join(county["dir"], "stock.tif")
    run_alg("carbonzones", {"LANDCOVER": county["lc"], "REGION": county["region"],
                            "CARBON_CSV": county["csv"], "HIGH_SHARE": 0.5,
                            "POLLUTANT_EMISSIONS": county["em"], "CO2_EMISSIONS": county["co2"],
                            "OUTPUT_STOCK": stock, "OUTPUT": out})
    ds = ogr.Open(out)
    rows = {f["class"]: (round(f.GetGeometryRef().GetArea() / 1e6, 4), f["stock_t"], f["kind"])
            for f in ds.GetLayer(0)}
    assert rows[1][:2] == (0.5, 7000.0) and rows[1][2] == "碳储量较高区域"
    assert rows[2][:2] == (0.04, 344.0)          # 4 cells × 86
    assert rows[3][0] == 0.46
    arr = gdal.Open(stock).ReadAsArray()
    assert arr.sum() == pytest.approx(11300.0)


def test_shipped_table_asks_for_values(run_alg, county):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match=r"class 1 \(耕地\) has no carbon pools c_above, c_below"):
        run_alg("carbonzones", {"LANDCOVER": county["lc"], "REGION": county["region"],
                                "OUTPUT_STOCK": os.path.join(county["dir"], "s2.tif"),
                                "OUTPUT": "memory:"})
