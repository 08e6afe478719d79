"""The four sensitivity algorithms through processing.run (run_alg) and qgis_process, on
small hand-made layers with values worked out by hand from Z annex-1 tables 1-1…1-3 and
the coastal a/b/c rule."""

import math
import os

import numpy as np
import pytest
from osgeo import osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from envzoning.core import raster as R

X0, Y1 = 560000.0, 3190000.0   # inside EPSG:4549 (CGCS2000 / GK CM 120E), near 仙居


def _wkt(epsg=4549):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def write_raster(path, arr, cell=100.0, nodata=None, dtype=None):
    arr = np.asarray(arr, dtype=dtype) if dtype else np.asarray(arr)
    grid = R.Grid(_wkt(), (X0, cell, 0.0, Y1, 0.0, -cell), arr.shape[1], arr.shape[0])
    return R.write_array(str(path), arr, grid, nodata=nodata)


def layer(geom_type, fields, rows, crs="EPSG:4549"):
    """A memory layer: rows = [(wkt, [attrs...]), ...]; fields = 'name:type' strings."""
    uri = geom_type + ("?crs=%s" % crs if crs else "?") + "".join(
        "&field=%s" % f for f in fields)
    lyr = QgsVectorLayer(uri, "hand_" + geom_type.lower(), "memory")
    assert lyr.isValid()
    if not crs:
        lyr.setCrs(QgsCoordinateReferenceSystem())   # memory layers default to EPSG:4326
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def save_gpkg(lyr, path):
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    err = QgsVectorFileWriter.writeAsVectorFormatV3(lyr, str(path),
                                                    QgsCoordinateTransformContext(), opts)
    assert err[0] == QgsVectorFileWriter.NoError, err
    return str(path)


def rect(c0, r0, c1, r1, inset=1.0, cell=100.0):
    """Polygon over grid cells cols c0..c1, rows r0..r1 (inclusive), inset by ``inset`` m."""
    x0, x1 = X0 + c0 * cell + inset, X0 + (c1 + 1) * cell - inset
    y1, y0 = Y1 - r0 * cell - inset, Y1 - (r1 + 1) * cell + inset
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


def feats(path):
    lyr = QgsVectorLayer(path, "out", "ogr")
    assert lyr.isValid(), path
    return list(lyr.getFeatures())


# -- riparianzone -------------------------------------------------------------------------------
def test_riparian_lines_by_field(run_alg, tmp_path):
    rivers = layer("LineString", ["name:string", "szmb:string", "qsqd:string"], [
        ("LINESTRING(560000 3189000, 561000 3189000)", ["甲溪", "II", "中度"]),      # 5, 35 m
        ("LINESTRING(560000 3185000, 560000 3186000)", ["乙溪", "Ⅳ类", "无明显"]),   # 3, 15 m
        ("LINESTRING(562000 3185000, 563000 3185000)", ["丙溪", "劣Ⅴ", "6"]),        # 1, 15 m
        ("LINESTRING(564000 3185000, 565000 3185000)", ["丁溪", "3", "强烈"]),       # 4, 25 m
    ])
    out = str(tmp_path / "rip.gpkg")
    res = run_alg("riparianzone", {"INPUT": rivers, "TARGET_FIELD": "szmb",
                                   "EROSION_FIELD": "qsqd", "OUTPUT": out})
    got = feats(res["OUTPUT"])
    assert [(f["name"], f["szmb"], f["level"], f["width"], f["intensity"]) for f in got] == [
        ("甲溪", "II", 5, 35.0, "中度"), ("乙溪", "Ⅳ类", 3, 15.0, "无明显"),
        ("丙溪", "劣Ⅴ", 1, 15.0, "剧烈"), ("丁溪", "3", 4, 25.0, "强烈")]
    for f, (h, length) in zip(got, [(35, 1000), (15, 1000), (15, 1000), (25, 1000)]):
        # both sides by H plus the round caps: 2·H·L + π·H²
        assert f.geometry().area() == pytest.approx(2 * h * length + math.pi * h * h, rel=2e-3)
    assert os.path.exists(str(tmp_path / "rip.qml"))
    qml = open(str(tmp_path / "rip.qml"), encoding="utf-8").read()
    assert 'attr="level"' in qml and "极敏感" in qml


def test_riparian_polygon_is_a_ring_outside_the_shore(run_alg, tmp_path):
    lakes = layer("Polygon", ["name:string", "target:string", "erosion:string"], [
        ("POLYGON((560000 3189000,560100 3189000,560100 3189100,560000 3189100,560000 3189000))",
         ["水库", "Ⅳ", "无明显"]),                                                     # 3, 15 m
    ])
    res = run_alg("riparianzone", {"INPUT": lakes, "TARGET_FIELD": "target",
                                   "EROSION_FIELD": "erosion",
                                   "OUTPUT": str(tmp_path / "lake.gpkg")})
    (f,) = feats(res["OUTPUT"])
    assert (f["level"], f["width"]) == (3, 15.0)
    # (100 + 2·15)² − 4 corners of 15² + 4 quarter circles − the water 100²
    assert f.geometry().area() == pytest.approx(4 * 100 * 15 + math.pi * 15 ** 2, rel=2e-3)
    assert not f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(560050, 3189050)))
    assert f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(560050, 3189110)))


def test_riparian_erosion_from_raster(run_alg, tmp_path):
    # soil-erosion levels: left half 4 (强烈), right half 2 (轻度)
    lv = np.array([[4] * 10 + [2] * 10] * 20, "uint8")
    ras = write_raster(tmp_path / "lvl.tif", lv, nodata=0)
    rivers = layer("LineString", ["target:string"], [
        ("LINESTRING(560100 3189000, 560800 3189000)", ["III"]),   # over level 4 → 强烈 → 25
        ("LINESTRING(561200 3189000, 561900 3189000)", ["III"]),   # over level 2 → 轻度 → 20
        ("LINESTRING(560500 3188000, 561900 3188000)", ["II"]),    # 4 cells of 4, 9 of 2
    ])
    res = run_alg("riparianzone", {"INPUT": rivers, "TARGET_FIELD": "target",
                                   "EROSION_RASTER": ras, "EROSION_DISTANCE": 100,
                                   "OUTPUT": str(tmp_path / "r.gpkg")})
    got = [(f["level"], f["width"], f["intensity"]) for f in feats(res["OUTPUT"])]
    assert got == [(4, 25.0, "强烈"), (4, 20.0, "轻度"), (5, 30.0, "轻度")]
    res = run_alg("riparianzone", {"INPUT": rivers, "TARGET_FIELD": "target",
                                   "EROSION_RASTER": ras, "EROSION_DISTANCE": 100,
                                   "EROSION_STAT": 1, "OUTPUT": str(tmp_path / "m.gpkg")})
    assert [f["width"] for f in feats(res["OUTPUT"])] == [25.0, 20.0, 35.0]  # max → 强烈


def test_riparian_rivers_and_lakes_in_one_run(run_alg, tmp_path):
    """LAKES (issue 14 item 1): lakes and reservoirs buffered outward from the shore into the
    rivers' output; the river's erosion from its field, the lake's from the raster."""
    ras = write_raster(tmp_path / "lvl4.tif", np.full((20, 20), 4, "uint8"), nodata=0)
    rivers = layer("LineString", ["name:string", "target:string", "erosion:string"], [
        ("LINESTRING(561000 3188500, 561500 3188500)", ["甲溪", "II", "中度"])])   # 5, 35 m
    lakes = layer("Polygon", ["name:string", "target:string"], [
        ("POLYGON((560500 3189000,560600 3189000,560600 3189100,560500 3189100,"
         "560500 3189000))", ["乙水库", "Ⅳ"])])          # 3; raster level 4 → 强烈 → 20 m
    res = run_alg("riparianzone", {"INPUT": rivers, "TARGET_FIELD": "target",
                                   "EROSION_FIELD": "erosion", "LAKES": lakes,
                                   "EROSION_RASTER": ras, "EROSION_DISTANCE": 100,
                                   "OUTPUT": str(tmp_path / "rl.gpkg")})
    river, lake = feats(res["OUTPUT"])
    assert (river["name"], river["level"], river["width"], river["intensity"]) == (
        "甲溪", 5, 35.0, "中度")
    assert (lake["name"], lake["target"], lake["erosion"], lake["level"], lake["width"],
            lake["intensity"]) == ("乙水库", "Ⅳ", None, 3, 20.0, "强烈")
    assert river.geometry().area() == pytest.approx(2 * 35 * 500 + math.pi * 35 ** 2, rel=2e-3)
    assert lake.geometry().area() == pytest.approx(4 * 100 * 20 + math.pi * 20 ** 2, rel=2e-3)
    assert not lake.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(560550, 3189050)))

    # no raster: the lakes need the rivers' erosion field, or LAKE_EROSION_FIELD
    with pytest.raises(QgsProcessingException, match="hand_polygon.*erosion"):
        run_alg("riparianzone", {"INPUT": rivers, "TARGET_FIELD": "target",
                                 "EROSION_FIELD": "erosion", "LAKES": lakes,
                                 "OUTPUT": str(tmp_path / "no.gpkg")})
    assert not os.path.exists(str(tmp_path / "no.gpkg"))


def test_riparian_bad_inputs_name_the_layer(run_alg, tmp_path):
    ok = [("LINESTRING(560000 3189000, 561000 3189000)", ["II", "中度"])]
    rivers = layer("LineString", ["szmb:string", "qsqd:string"], ok)
    with pytest.raises(QgsProcessingException, match="nope"):
        run_alg("riparianzone", {"INPUT": rivers, "TARGET_FIELD": "nope",
                                 "EROSION_FIELD": "qsqd", "OUTPUT": str(tmp_path / "a.gpkg")})
    bad = layer("LineString", ["szmb:string", "qsqd:string"],
                [("LINESTRING(560000 3189000, 561000 3189000)", ["VII", "中度"])])
    with pytest.raises(QgsProcessingException, match=r"hand_linestring.*szmb.*'VII'"):
        run_alg("riparianzone", {"INPUT": bad, "TARGET_FIELD": "szmb",
                                 "EROSION_FIELD": "qsqd", "OUTPUT": str(tmp_path / "b.gpkg")})
    assert not os.path.exists(str(tmp_path / "b.gpkg"))
    wrong = layer("LineString", ["szmb:string", "qsqd:string"], ok, crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="hand_linestring.*cannot be transformed"):
        run_alg("riparianzone", {"INPUT": wrong, "TARGET_FIELD": "szmb",
                                 "EROSION_FIELD": "qsqd", "OUTPUT": str(tmp_path / "w.gpkg")})
    nocrs = layer("LineString", ["szmb:string", "qsqd:string"], ok, crs=None)
    with pytest.raises(QgsProcessingException, match="hand_linestring.*no CRS"):
        run_alg("riparianzone", {"INPUT": nocrs, "TARGET_FIELD": "szmb",
                                 "EROSION_FIELD": "qsqd", "OUTPUT": str(tmp_path / "c.gpkg")})
    empty = layer("LineString", ["szmb:string", "qsqd:string"], [])
    with pytest.raises(QgsProcessingException, match="hand_linestring.*empty"):
        run_alg("riparianzone", {"INPUT": empty, "TARGET_FIELD": "szmb",
                                 "EROSION_FIELD": "qsqd", "OUTPUT": str(tmp_path / "d.gpkg")})
    with pytest.raises(QgsProcessingException, match="EROSION_RASTER"):
        run_alg("riparianzone", {"INPUT": rivers, "TARGET_FIELD": "szmb",
                                 "OUTPUT": str(tmp_path / "e.gpkg")})


# -- coastalhazardzone --------------------------------------------------------------------------
COAST = "LINESTRING(560000 3189000, 561000 3189000)"
LAND = "POLYGON((555000 3180000,570000 3180000,570000 3189000,555000 3189000,555000 3180000))"
K1 = 1.0 / math.tan(math.radians(1.0))        # 57.28996


def test_coastal_zone_widths_and_area(run_alg, tmp_path):
    coast = layer("LineString", ["name:string", "a:double", "s:double", "theta:double",
                                 "h:double", "dike:string"], [
        (COAST, ["无堤", 20.0, 0.5, 1.0, 1.0, "否"]),   # b = 28.645, c = 57.290 → 57.290
        (COAST, ["有堤", 80.0, 2.0, 1.0, 1.0, "是"]),   # b = 0 (dyked), c = 57.290 → a = 80
        (COAST, ["只有a", 30.0, None, None, None, None]),  # a only: 30
    ])
    land = layer("Polygon", ["id:integer"], [(LAND, [1])])
    res = run_alg("coastalhazardzone", {
        "INPUT": coast, "LAND": land, "RETREAT_FIELD": "a", "SLR_FIELD": "s",
        "SLOPE_FIELD": "theta", "SURGE_FIELD": "h", "DYKED_FIELD": "dike",
        "OUTPUT": str(tmp_path / "coast.gpkg")})
    got = feats(res["OUTPUT"])
    assert [f["name"] for f in got] == ["无堤", "有堤", "只有a"]
    expect = [(20.0, 0.5 * K1, 1.0 * K1, 1.0 * K1), (80.0, 0.0, K1, 80.0), (30.0, 0, 0, 30.0)]
    for f, (a, b, c, w) in zip(got, expect):
        assert (f["a"], f["b"], f["c"], f["width"]) == pytest.approx((a, b, c, w), abs=1e-3)
        assert f["level"] == 5
        # landward half of the buffer: L·w + two quarter circles π·w²/2
        assert f.geometry().area() == pytest.approx(1000 * w + math.pi * w * w / 2, rel=3e-3)
        bb = f.geometry().boundingBox()
        assert bb.yMaximum() == pytest.approx(3189000, abs=1e-6)       # nothing seaward
        assert bb.yMinimum() == pytest.approx(3189000 - w, rel=1e-6)
    res = run_alg("coastalhazardzone", {
        "INPUT": coast, "LAND": land, "RETREAT_FIELD": "a", "LEVEL": 4,
        "OUTPUT": str(tmp_path / "c4.gpkg")})
    assert [(f["width"], f["level"]) for f in feats(res["OUTPUT"])] == [
        (20.0, 4), (80.0, 4), (30.0, 4)]


def test_coastal_bad_inputs(run_alg, tmp_path):
    land = layer("Polygon", ["id:integer"], [(LAND, [1])])
    coast = layer("LineString", ["a:double", "s:double", "theta:double"],
                  [(COAST, [10.0, 1.0, 0.0])])
    with pytest.raises(QgsProcessingException, match=r"hand_linestring.*feature.*slope"):
        run_alg("coastalhazardzone", {"INPUT": coast, "LAND": land, "RETREAT_FIELD": "a",
                                      "SLR_FIELD": "s", "SLOPE_FIELD": "theta",
                                      "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not os.path.exists(str(tmp_path / "x.gpkg"))
    with pytest.raises(QgsProcessingException, match="SLOPE_FIELD"):
        run_alg("coastalhazardzone", {"INPUT": coast, "LAND": land, "SLR_FIELD": "s",
                                      "OUTPUT": str(tmp_path / "y.gpkg")})
    empty_land = layer("Polygon", ["id:integer"], [])
    with pytest.raises(QgsProcessingException, match="hand_polygon.*empty"):
        run_alg("coastalhazardzone", {"INPUT": coast, "LAND": empty_land,
                                      "RETREAT_FIELD": "a", "OUTPUT": str(tmp_path / "z.gpkg")})


# -- ecosensitivity -----------------------------------------------------------------------------
SOIL = [[1, 2, 3, 4, 5, 1],
        [2, 2, 2, 2, 2, 2],
        [1, 1, 1, 1, 1, 1],
        [3, 3, 3, 3, 3, 3],
        [5, 4, 1, 1, 1, 0]]          # 0 = nodata
EXPECT_LEVEL = [[4, 4, 4, 4, 5, 2],
                [4, 4, 4, 2, 2, 2],
                [1, 3, 3, 3, 2, 2],
                [3, 3, 3, 3, 3, 3],
                [5, 5, 1, 1, 1, 0]]
EXPECT_DOM = [[2, 2, 2, 1, 1, 4],
              [2, 2, 2, 1, 1, 1],
              [1, 2, 2, 2, 2, 4],
              [1, 1, 1, 1, 1, 1],
              [1, 3, 1, 1, 1, 0]]


def eco_inputs(tmp_path):
    soil = write_raster(tmp_path / "soil_lvl.tif", SOIL, nodata=0, dtype="uint8")
    rip = layer("Polygon", ["level:integer"], [
        (rect(0, 0, 2, 1), [4]),
        (rect(1, 2, 3, 3), [3]),     # listed before the lower, overlapping level 2
        (rect(2, 2, 4, 3), [2]),
    ])
    coast = layer("Polygon", ["level:integer"], [(rect(0, 4, 1, 4), [5])])
    marine = layer("Polygon", ["level:integer"], [(rect(5, 0, 5, 3), [2])])
    return soil, rip, coast, marine


def test_ecosensitivity_max_and_dominant(run_alg, tmp_path):
    soil, rip, coast, marine = eco_inputs(tmp_path)
    out_l, out_d = str(tmp_path / "lvl.tif"), str(tmp_path / "dom.tif")
    res = run_alg("ecosensitivity", {"SOIL_EROSION": soil, "RIPARIAN": rip, "COASTAL": coast,
                                     "MARINE": marine, "OUTPUT_LEVEL": out_l,
                                     "OUTPUT_DOMINANT": out_d})
    lvl, nd = R.read_array(res["OUTPUT_LEVEL"])
    dom, _ = R.read_array(res["OUTPUT_DOMINANT"])
    assert nd == 0
    assert lvl.tolist() == EXPECT_LEVEL
    assert dom.tolist() == EXPECT_DOM
    assert "海洋生物多样性" in open(str(tmp_path / "dom.qml"), encoding="utf-8").read()
    assert "极敏感" in open(str(tmp_path / "lvl.qml"), encoding="utf-8").read()
    # soil erosion only: the input itself
    res = run_alg("ecosensitivity", {"SOIL_EROSION": soil, "OUTPUT_LEVEL": out_l,
                                     "OUTPUT_DOMINANT": out_d})
    assert R.read_array(out_l)[0].tolist() == SOIL
    assert R.read_array(out_d)[0].tolist() == [[1 if v else 0 for v in r] for r in SOIL]


def test_ecosensitivity_reference_grid_and_region(run_alg, tmp_path):
    soil, rip, coast, marine = eco_inputs(tmp_path)
    # a 50 m reference grid: every 100 m cell becomes 2 × 2 cells with the same values
    ref = write_raster(tmp_path / "ref.tif", np.zeros((10, 12), "uint8"), cell=50.0)
    region = layer("Polygon", ["id:integer"], [(rect(0, 0, 2, 4, inset=0.0), [1])])
    res = run_alg("ecosensitivity", {"SOIL_EROSION": soil, "RIPARIAN": rip, "COASTAL": coast,
                                     "MARINE": marine, "REFERENCE": ref, "REGION": region,
                                     "OUTPUT_LEVEL": str(tmp_path / "l50.tif"),
                                     "OUTPUT_DOMINANT": str(tmp_path / "d50.tif")})
    lvl, _ = R.read_array(res["OUTPUT_LEVEL"])
    expect = np.kron(np.array(EXPECT_LEVEL), np.ones((2, 2), int))
    expect[:, 6:] = 0           # outside the region (cols 0–2 of the 100 m grid)
    assert lvl.tolist() == expect.tolist()


def test_ecosensitivity_bad_inputs(run_alg, tmp_path):
    soil, rip, coast, marine = eco_inputs(tmp_path)
    nolevel = layer("Polygon", ["lvl:integer"], [(rect(0, 0, 1, 1), [3])])
    with pytest.raises(QgsProcessingException, match=r"hand_polygon.*level"):
        run_alg("ecosensitivity", {"SOIL_EROSION": soil, "MARINE": nolevel,
                                   "OUTPUT_LEVEL": str(tmp_path / "a.tif"),
                                   "OUTPUT_DOMINANT": str(tmp_path / "b.tif")})
    badlevel = layer("Polygon", ["level:integer"], [(rect(0, 0, 1, 1), [8])])
    with pytest.raises(QgsProcessingException, match=r"hand_polygon.*'8'"):
        run_alg("ecosensitivity", {"SOIL_EROSION": soil, "RIPARIAN": badlevel,
                                   "OUTPUT_LEVEL": str(tmp_path / "a.tif"),
                                   "OUTPUT_DOMINANT": str(tmp_path / "b.tif")})
    nocrs = layer("Polygon", ["level:integer"], [(rect(0, 0, 1, 1), [3])], crs=None)
    with pytest.raises(QgsProcessingException, match="hand_polygon.*no CRS"):
        run_alg("ecosensitivity", {"SOIL_EROSION": soil, "COASTAL": nocrs,
                                   "OUTPUT_LEVEL": str(tmp_path / "a.tif"),
                                   "OUTPUT_DOMINANT": str(tmp_path / "b.tif")})
    empty = layer("Polygon", ["level:integer"], [])
    with pytest.raises(QgsProcessingException, match="hand_polygon.*empty"):
        run_alg("ecosensitivity", {"SOIL_EROSION": soil, "RIPARIAN": empty,
                                   "OUTPUT_LEVEL": str(tmp_path / "a.tif"),
                                   "OUTPUT_DOMINANT": str(tmp_path / "b.tif")})
    notlevels = write_raster(tmp_path / "ss.tif", [[1.5, 7.0]], dtype="float32")
    with pytest.raises(QgsProcessingException, match=r"ss.*1\.5, 7"):
        run_alg("ecosensitivity", {"SOIL_EROSION": notlevels,
                                   "OUTPUT_LEVEL": str(tmp_path / "a.tif"),
                                   "OUTPUT_DOMINANT": str(tmp_path / "b.tif")})
    assert not os.path.exists(str(tmp_path / "a.tif"))


# -- soilerosionsensitivity on hand-made rasters -----------------------------------------------
# (row, col): R, soil code, relief m, CLCD code → grades → SS → level
#  (0,0) 10, 1 石砾, 10, 5 水体   → 1,1,1,1 → 1        → 1
#  (0,1) 25, 12 粉土, 20, 7 裸地  → 1,9,1,9 → 81^¼ = 3  → 2
#  (0,2) 100, 7 壤土, 50, 1 耕地  → 3,5,3,5 → √15 = 3.873 → 2
#  (1,0) 500, 8 砂壤土, 200, 2 林地 → 7,7,7,3 → 1029^¼ = 5.6637470 → 3
#  (1,1) 700, 11 砂粉土, 400, 6 冰雪 → 9,9,9,9 → 9 → 5
#  (1,2) 600, 10 壤粘土, 300, 7 裸地 → 7,7,7,9 → 3087^¼ = 7.4539102 → 4
#  row 2: R nodata / cover nodata / soil nodata → 0
ER = [[10, 25, 100], [500, 700, 600], [-9999, 50, 50]]
SOILC = [[1, 12, 7], [8, 11, 10], [7, 7, 0]]
REL = [[10, 20, 50], [200, 400, 300], [30, 30, 30]]
COVER = [[5, 7, 1], [2, 6, 7], [1, 0, 1]]
SE_LEVEL = [[1, 2, 2], [3, 5, 4], [0, 0, 0]]
SE_SS = [[1.0, 3.0, 3.8729833], [5.6637470, 9.0, 7.4539102]]


def soil_rasters(tmp_path):
    return dict(
        EROSIVITY=write_raster(tmp_path / "r.tif", ER, nodata=-9999, dtype="float32"),
        SOIL=write_raster(tmp_path / "k.tif", SOILC, nodata=0, dtype="uint8"),
        RELIEF=write_raster(tmp_path / "rel.tif", REL, dtype="float32"),
        LANDCOVER=write_raster(tmp_path / "lc.tif", COVER, nodata=0, dtype="uint8"))


def test_soilerosion_hand_made(run_alg, tmp_path):
    p = soil_rasters(tmp_path)
    res = run_alg("soilerosionsensitivity", dict(
        p, OUTPUT_INDEX=str(tmp_path / "ss.tif"), OUTPUT_LEVEL=str(tmp_path / "lv.tif")))
    assert R.read_array(res["OUTPUT_LEVEL"])[0].tolist() == SE_LEVEL
    ss = R.read_array(res["OUTPUT_INDEX"])[0]
    assert np.allclose(ss[:2], SE_SS, atol=1e-5) and np.isnan(ss[2]).all()


# -- qgis_process end to end --------------------------------------------------------------------
def test_qgis_process_lists_the_four(qgis_process):
    out = qgis_process("list").stdout
    for alg in ("soilerosionsensitivity", "riparianzone", "coastalhazardzone",
                "ecosensitivity"):
        assert "envzoning:" + alg in out


def test_qgis_process_soil_erosion_then_ecosensitivity(qgis_process, tmp_path):
    p = soil_rasters(tmp_path)
    lv = str(tmp_path / "lv.tif")
    qgis_process("run", "envzoning:soilerosionsensitivity", "--",
                 *["%s=%s" % kv for kv in p.items()],
                 "OUTPUT_INDEX=%s" % (tmp_path / "ss.tif"), "OUTPUT_LEVEL=%s" % lv)
    assert R.read_array(lv)[0].tolist() == SE_LEVEL
    # a riparian zone of level 4 over cells (0,0),(0,1); a marine area of level 5 over (2,2)
    rip = save_gpkg(layer("Polygon", ["level:integer"], [(rect(0, 0, 1, 0), [4])]),
                    tmp_path / "rip.gpkg")
    marine = save_gpkg(layer("Polygon", ["level:integer"], [(rect(2, 2, 2, 2), [5])]),
                       tmp_path / "marine.gpkg")
    out_l, out_d = str(tmp_path / "eco.tif"), str(tmp_path / "dom.tif")
    qgis_process("run", "envzoning:ecosensitivity", "--", "SOIL_EROSION=%s" % lv,
                 "RIPARIAN=%s" % rip, "MARINE=%s" % marine, "OUTPUT_LEVEL=%s" % out_l,
                 "OUTPUT_DOMINANT=%s" % out_d)
    assert R.read_array(out_l)[0].tolist() == [[4, 4, 2], [3, 5, 4], [0, 0, 5]]
    assert R.read_array(out_d)[0].tolist() == [[2, 2, 1], [1, 1, 1], [0, 0, 4]]
    assert os.path.exists(str(tmp_path / "eco.qml")) and os.path.exists(str(tmp_path / "dom.qml"))


def test_qgis_process_reports_bad_input(qgis_process, tmp_path):
    p = soil_rasters(tmp_path)
    bad = write_raster(tmp_path / "badsoil.tif", [[1, 13, 7], [8, 11, 10], [7, 7, 0]],
                       nodata=0, dtype="uint8")
    p["SOIL"] = bad
    proc = qgis_process("run", "envzoning:soilerosionsensitivity", "--",
                        *["%s=%s" % kv for kv in p.items()],
                        "OUTPUT_LEVEL=%s" % (tmp_path / "x.tif"),
                        "OUTPUT_INDEX=%s" % (tmp_path / "y.tif"), check=False)
    assert proc.returncode != 0
    assert "13" in proc.stdout + proc.stderr and "badsoil" in proc.stdout + proc.stderr
    assert not os.path.exists(str(tmp_path / "x.tif"))
