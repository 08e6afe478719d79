"""The importance algorithms and p1 through processing.run / qgis_process on small
hand-made layers (EPSG:4549, 100 m cells, 10 × 10 cells from (500000, 3200000)); every
expected value is read off tables 2-1…2-4 and the flood grading by hand."""

import json
import math
import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

X0, Y1, CELL = 500000.0, 3200000.0, 100.0
NAN = float("nan")


def _srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(4549)
    return s


def write_raster(path, arr, nodata, dtype=gdal.GDT_Byte, cell=CELL):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, dtype)
    ds.SetGeoTransform((X0, cell, 0, Y1, 0, -cell))
    ds.SetProjection(_srs().ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def box(r0, r1, c0, c1, cell=CELL):
    """Polygon over cell rows r0…r1-1, columns c0…c1-1."""
    x0, x1 = X0 + c0 * cell, X0 + c1 * cell
    y1, y0 = Y1 - r0 * cell, Y1 - r1 * cell
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


def centre(r, c):
    return "POINT(%r %r)" % (X0 + (c + 0.5) * CELL, Y1 - (r + 0.5) * CELL)


def write_vector(path, name, fields, rows):
    """rows: (wkt, {field: value}); fields: [(name, ogr type)]."""
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.Open(str(path), 1) if os.path.exists(str(path)) else drv.CreateDataSource(str(path))
    geom = ogr.CreateGeometryFromWkt(rows[0][0]).GetGeometryType()
    lyr = ds.CreateLayer(name, _srs(), geom)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    for wkt, attrs in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in attrs.items():
            f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return "%s|layername=%s" % (path, name)


def read(path):
    ds = gdal.Open(path)
    return ds.GetRasterBand(1).ReadAsArray()


# sensitivity level by column: 1,1,2,2,3,3,4,4,5,5; the last row nodata (0)
SENS = np.tile(np.repeat(np.arange(1, 6, dtype=np.uint8), 2), (10, 1))
SENS[9, :] = 0


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("importance")
    gpkg = d / "layers.gpkg"
    out = {"dir": d}
    out["sens"] = write_raster(d / "sens.tif", SENS, 0)
    out["sources"] = write_vector(gpkg, "sources", [("type", ogr.OFTString)], [
        (box(0, 5, 0, 5), {"type": "城市水源地"}),
        (box(0, 5, 3, 10), {"type": "2"}),            # 农灌取水区 by code, overlaps the first
        (box(5, 8, 0, 10), {"type": "洪水调蓄"}),
    ])
    out["bad_sources"] = write_vector(gpkg, "bad_sources", [("type", ogr.OFTString)], [
        (box(0, 5, 0, 5), {"type": "城市水源地"}), (box(5, 8, 0, 10), {"type": "水库"})])
    out["catchments"] = write_vector(gpkg, "catchments", [("wc", ogr.OFTInteger)], [
        (box(0, 5, 0, 10), {"wc": 1}),
        (box(5, 10, 0, 5), {"wc": 3}),
        (box(3, 7, 0, 10), {"wc": 2}),                # overlaps class 1 and class 3
    ])
    out["bad_catchments"] = write_vector(gpkg, "bad_catchments", [("wc", ogr.OFTInteger)], [
        (box(0, 5, 0, 10), {"wc": 4})])
    out["units"] = write_vector(gpkg, "units", [("species", ogr.OFTInteger),
                                                ("prio", ogr.OFTInteger)], [
        (box(0, 10, 0, 5), {"species": 200, "prio": 0}),   # 20 % → 3
        (box(0, 10, 5, 10), {"species": 40, "prio": 0}),   # 4 % → 1
    ])
    out["points"] = write_vector(gpkg, "points", [("prot", ogr.OFTString)], [
        (centre(1, 1), {"prot": "国家一级"}),
        (centre(2, 7), {"prot": "国家二级"}),
        (centre(6, 8), {"prot": "3"}),
        (centre(6, 2), {"prot": "其他"}),
    ])
    out["bad_points"] = write_vector(gpkg, "bad_points", [("prot", ogr.OFTString)], [
        (centre(1, 1), {"prot": "CITES I"})])
    dem = np.tile(np.array([95, 100, 105, 110, 115, 120, 121, 130, 150, 200], np.float32),
                  (10, 1))
    dem[9, :] = -9999
    out["dem"] = write_raster(d / "dem.tif", dem, -9999, gdal.GDT_Float32)
    out["lakes"] = write_vector(gpkg, "lakes", [("limax", ogr.OFTReal), ("limin", ogr.OFTReal)],
                                [(box(0, 5, 0, 10), {"limax": 110.0, "limin": 100.0})])
    out["bad_lakes"] = write_vector(gpkg, "bad_lakes", [("limax", ogr.OFTReal),
                                                        ("limin", ogr.OFTReal)],
                                    [(box(0, 5, 0, 10), {"limax": 90.0, "limin": 100.0})])
    return out


def test_waterconservation_table_2_1(run_alg, data):
    res = run_alg("waterconservation", {"INPUT": data["sources"], "TYPE_FIELD": "type",
                                        "REFERENCE": data["sens"], "OUTPUT": "TEMPORARY_OUTPUT"})
    got = read(res["OUTPUT"])
    exp = np.ones((10, 10), np.uint8)
    exp[0:5, 0:5] = 5      # 城市水源地, humid 极重要 (wins over the overlapping 农灌取水区)
    exp[0:5, 5:10] = 1     # 农灌取水区, humid 不重要
    exp[5:8, :] = 5        # 洪水调蓄, humid 极重要
    exp[9, :] = 0          # the reference's nodata
    assert got.tolist() == exp.tolist()
    assert os.path.exists(os.path.splitext(res["OUTPUT"])[0] + ".qml")

    res = run_alg("waterconservation", {"INPUT": data["sources"], "TYPE_FIELD": "type",
                                        "CLIMATE": 2, "REFERENCE": data["sens"],
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    got = read(res["OUTPUT"])
    exp[0:5, 5:10] = 3     # 半湿润: 农灌取水区 中等重要
    exp[5:8, :] = 3        # 洪水调蓄 中等重要
    assert got.tolist() == exp.tolist()


def test_waterconservation_bad_input_names_it(run_alg, data):
    with pytest.raises(QgsProcessingException, match="bad_sources.*'type'.*水库"):
        run_alg("waterconservation", {"INPUT": data["bad_sources"], "TYPE_FIELD": "type",
                                      "REFERENCE": data["sens"], "OUTPUT": "TEMPORARY_OUTPUT"})
    out = str(data["dir"] / "never.tif")
    with pytest.raises(QgsProcessingException, match="no field 'kind'"):
        run_alg("waterconservation", {"INPUT": data["sources"], "TYPE_FIELD": "kind",
                                      "REFERENCE": data["sens"], "OUTPUT": out})
    assert not os.path.exists(out)


def test_soilconservation_table_2_2(run_alg, data):
    res = run_alg("soilconservation", {"SENSITIVITY": data["sens"],
                                       "CATCHMENTS": data["catchments"],
                                       "WATER_CLASS_FIELD": "wc", "OUTPUT": "TEMPORARY_OUTPUT"})
    got = read(res["OUTPUT"])
    class1 = [1, 1, 3, 3, 5, 5, 5, 5, 5, 5]   # row 1 of table 2-2 by sensitivity 1,1,2,2,…
    class2 = [1, 1, 2, 2, 3, 3, 3, 3, 5, 5]
    class3_then_none = [1, 1, 1, 1, 2, 1, 1, 1, 1, 1]
    exp = [class1] * 5 + [class2] * 2 + [class3_then_none] * 2 + [[0] * 10]
    assert got.tolist() == exp


def test_soilconservation_unknown_class_names_it(run_alg, data):
    with pytest.raises(QgsProcessingException, match="bad_catchments.*'wc'.*'4'"):
        run_alg("soilconservation", {"SENSITIVITY": data["sens"],
                                     "CATCHMENTS": data["bad_catchments"],
                                     "WATER_CLASS_FIELD": "wc", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_biodiversity_tables_2_3_and_2_4(run_alg, data):
    params = {"UNITS": data["units"], "SPECIES_FIELD": "species", "PROVINCE_SPECIES": 1000,
              "PRIORITY_FIELD": "prio", "OCCURRENCES": data["points"],
              "PROTECTION_FIELD": "prot", "REFERENCE": data["sens"],
              "OUTPUT": "TEMPORARY_OUTPUT"}
    got = read(run_alg("biodiversity", params)["OUTPUT"])
    exp = np.zeros((10, 10), np.uint8)
    exp[:, 0:5] = 3            # 20 % → 中等重要
    exp[:, 5:10] = 1           # 4 % → 不重要
    exp[1, 1] = 5              # 国家一级
    exp[2, 7] = 3              # 国家二级
    exp[6, 8] = 2              # class 3 → 比较重要
    exp[6, 2] = 3              # 其他 (2) under a unit of 3 → 3
    exp[9, :] = 0
    assert got.tolist() == exp.tolist()

    params["BUFFER"] = 150.0   # the 3 × 3 cells around each point (diagonal 141 m)
    got = read(run_alg("biodiversity", params)["OUTPUT"])
    assert got[0:3, 0:3].tolist() == [[5] * 3] * 3
    assert got[1:4, 6:9].tolist() == [[3] * 3] * 3
    assert got[0, 3] == 3 and got[4, 7] == 1


def test_biodiversity_unknown_protection_class(run_alg, data):
    with pytest.raises(QgsProcessingException, match="bad_points.*'prot'.*CITES I"):
        run_alg("biodiversity", {"UNITS": data["units"], "SPECIES_FIELD": "species",
                                 "PROVINCE_SPECIES": 1000, "OCCURRENCES": data["bad_points"],
                                 "PROTECTION_FIELD": "prot", "REFERENCE": data["sens"],
                                 "OUTPUT": "TEMPORARY_OUTPUT"})


def test_floodregulation_q_and_levels(run_alg, data):
    res = run_alg("floodregulation", {"DEM": data["dem"], "WATERBODIES": data["lakes"],
                                      "LIMAX_FIELD": "limax", "LIMIN_FIELD": "limin",
                                      "OUTPUT_Q": "TEMPORARY_OUTPUT",
                                      "OUTPUT": "TEMPORARY_OUTPUT"})
    lvl, q = read(res["OUTPUT"]), read(res["OUTPUT_Q"])
    # dem 95 100 | 105 110 (storage band) | 115 120 (0.5 ≤ Q < 1) | 121 130 150 200
    assert lvl[0].tolist() == [5, 5, 5, 5, 3, 3, 1, 1, 1, 1]
    assert lvl[5].tolist() == [1] * 10 and lvl[9].tolist() == [0] * 10
    expect_q = [NAN, NAN, 2.0, 1.0, 10 / 15, 0.5, 10 / 21, 1 / 3, 0.2, 0.1]
    for got, want in zip(q[4], expect_q):
        assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want, rel=1e-6)
    assert np.isnan(q[5:]).all()

    res = run_alg("floodregulation", {"DEM": data["dem"], "WATERBODIES": data["lakes"],
                                      "LIMAX_FIELD": "limax", "LIMIN_FIELD": "limin",
                                      "CLIMATE": 2, "OUTPUT_Q": "TEMPORARY_OUTPUT",
                                      "OUTPUT": "TEMPORARY_OUTPUT"})
    assert read(res["OUTPUT"])[0].tolist() == [3, 3, 3, 3, 3, 3, 1, 1, 1, 1]  # 半湿润 cap 3


def test_floodregulation_limax_below_limin(run_alg, data):
    with pytest.raises(QgsProcessingException, match="bad_lakes.*Limax 90"):
        run_alg("floodregulation", {"DEM": data["dem"], "WATERBODIES": data["bad_lakes"],
                                    "LIMAX_FIELD": "limax", "LIMIN_FIELD": "limin",
                                    "OUTPUT_Q": "TEMPORARY_OUTPUT", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_ecoimportance_max_and_dominant(run_alg, data):
    d = data["dir"]
    water = np.ones((10, 10), np.uint8)
    water[0:5, 0:5] = 5
    soil = np.full((10, 10), 3, np.uint8)
    flood = np.ones((10, 10), np.uint8)
    flood[0, 5] = 5
    flood[0, 6] = 3
    water[9, :] = soil[9, :] = flood[9, :] = 0
    soil[8, 9] = 0
    water[8, 9] = 0
    res = run_alg("ecoimportance", {
        "WATER": write_raster(d / "w.tif", water, 0), "SOIL": write_raster(d / "s.tif", soil, 0),
        "FLOOD": write_raster(d / "f.tif", flood, 0),
        "OUTPUT_LEVEL": "TEMPORARY_OUTPUT", "OUTPUT_DOMINANT": "TEMPORARY_OUTPUT"})
    lvl, dom = read(res["OUTPUT_LEVEL"]), read(res["OUTPUT_DOMINANT"])
    assert lvl[0].tolist() == [5, 5, 5, 5, 5, 5, 3, 3, 3, 3]
    assert dom[0].tolist() == [1, 1, 1, 1, 1, 4, 2, 2, 2, 2]  # tie soil = flood (3) → soil
    assert (lvl[8, 9], dom[8, 9]) == (1, 4)                    # only flood has data
    assert lvl[9].tolist() == [0] * 10 and dom[9].tolist() == [0] * 10

    bad = water.copy()
    bad[3, 3] = 7
    with pytest.raises(QgsProcessingException, match="bad_level.*value 7"):
        run_alg("ecoimportance", {"WATER": write_raster(d / "bad_level.tif", bad, 0),
                                  "OUTPUT_LEVEL": "TEMPORARY_OUTPUT",
                                  "OUTPUT_DOMINANT": "TEMPORARY_OUTPUT"})


# -- p1: 3 × 3 km of 100 m cells; the region cuts the eastern km column in half ----------

def p1_inputs(d):
    if os.path.exists(d / "p1.gpkg"):
        return str(d / "p1_sens.tif"), str(d / "p1_imp.tif"), "%s|layername=region" % (
            d / "p1.gpkg")
    sens = np.ones((30, 30), np.uint8)
    sens[0:10, 0:10] = np.array([4] * 60 + [5] * 40, np.uint8).reshape(10, 10)
    imp = np.full((30, 30), 2, np.uint8)
    imp[10:20, 10:20] = 5
    imp[0:10, 20:25] = 3          # km cell (0,2): inside the region 3 …
    imp[0:10, 25:30] = 5          # … outside 5 (not counted)
    region = write_vector(d / "p1.gpkg", "region", [("name", ogr.OFTString)], [(
        "POLYGON((500000 3197000,502500 3197000,502500 3200000,500000 3200000,500000 3197000))",
        {"name": "r"})])
    return write_raster(d / "p1_sens.tif", sens, 0), write_raster(d / "p1_imp.tif", imp, 0), \
        region


def by_cell(layer):
    return {f["cell_id"]: f for f in layer.getFeatures()}


@pytest.mark.parametrize("agg,sens00", [(0, 4), (1, 5), (2, 4)])   # mean 4.4 → 4
def test_p1_grid(run_alg, data, agg, sens00):
    sens, imp, region = p1_inputs(data["dir"])
    out = str(data["dir"] / ("p1_%d.gpkg" % agg))
    res = run_alg("p1", {"SENSITIVITY": sens, "IMPORTANCE": imp, "REGION": region,
                         "AGGREGATION": agg, "OUTPUT": out})
    layer = QgsVectorLayer(res["OUTPUT"], "p1", "ogr")
    cells = by_cell(layer)
    assert len(cells) == 9
    nw, centre_, ne = cells["E500N3199"], cells["E501N3198"], cells["E502N3199"]
    assert (nw["sens"], nw["imp"], nw["p1"], nw["dominant"]) == (sens00, 2, sens00,
                                                                 "sensitivity")
    assert (nw["sens_s4"], nw["sens_s5"], nw["imp_s2"]) == (0.6, 0.4, 1.0)
    assert (centre_["sens"], centre_["imp"], centre_["p1"], centre_["dominant"]) == (
        1, 5, 5, "importance")
    assert (ne["imp"], ne["p1"], ne["imp_s3"], ne["imp_s5"]) == (3, 3, 1.0, 0.0)
    assert ne["area_km2"] == pytest.approx(0.5) and nw["area_km2"] == pytest.approx(1.0)
    assert sum(f["area_km2"] for f in cells.values()) == pytest.approx(7.5)
    assert ne.geometry().boundingBox().xMaximum() == pytest.approx(502500.0)
    assert os.path.exists(os.path.splitext(out)[0] + ".qml")


def test_p1_without_region_uses_the_sensitivity_grid(run_alg, data):
    sens, imp, _ = p1_inputs(data["dir"])
    res = run_alg("p1", {"SENSITIVITY": sens, "IMPORTANCE": imp,
                         "OUTPUT": str(data["dir"] / "p1_noregion.gpkg")})
    cells = by_cell(QgsVectorLayer(res["OUTPUT"], "p1", "ogr"))
    assert len(cells) == 9 and all(f["area_km2"] == pytest.approx(1.0) for f in cells.values())
    # the eastern km cell now counts 50 × 3 and 50 × 5: a majority tie → 5
    assert (cells["E502N3199"]["imp"], cells["E502N3199"]["imp_s5"]) == (5, 0.5)


def test_p1_through_qgis_process(qgis_process, data, plugin):
    sens, imp, region = p1_inputs(data["dir"])
    out = str(data["dir"] / "p1_qp.gpkg")
    proc = qgis_process("run", "envzoning:p1", "--json", "--", "SENSITIVITY=" + sens,
                        "IMPORTANCE=" + imp, "REGION=" + region, "CELL_SIZE=1500",
                        "AGGREGATION=1", "OUTPUT=" + out)
    payload = json.loads(proc.stdout[proc.stdout.index("{"):])
    assert payload["results"]["OUTPUT"].startswith(out)
    cells = by_cell(QgsVectorLayer(out, "p1", "ogr"))
    # 1.5 km cells from whole multiples of 1 500 m: x 499500 | 501000 | 502500 (outside)
    assert sorted(cells) == ["E499.5N3196.5", "E499.5N3198", "E499.5N3199.5",
                             "E501N3196.5", "E501N3198", "E501N3199.5"]
    # cell [501000, 502500] × [3198000, 3199500] holds imp 5 (rows 10-14, cols 10-19) → max 5
    assert cells["E501N3198"]["p1"] == 5 and cells["E501N3198"]["dominant"] == "importance"
    assert cells["E499.5N3198"]["sens"] == 5
    assert cells["E499.5N3198"]["area_km2"] == pytest.approx(1.5 * 1.0)
    assert (cells["E499.5N3199.5"]["sens"], cells["E499.5N3199.5"]["area_km2"]) == (
        4, pytest.approx(0.5))
