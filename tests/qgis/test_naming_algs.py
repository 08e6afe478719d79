"""namezones, checkzoning, zonetargets through processing.run on a hand-made county, one of
them through qgis_process; provenance stored with the outputs.

The county (EPSG:4549, origin 500 000 / 3 200 000): 6 × 4 km, three townships in columns
甲乡 (x 0–2 km), 乙镇 (2–4 km), 丙街道 (4–6 km). Six zones tile it:

    y 2–4 km | za II-1 x0–2.6 | zc I-1 x2.6–4 | zf II-3 x4–6 |
    y 0–2 km | zb II-1 x0–1 | zd V-0 x1–4    | ze VI-0 x4–6 |

Areas (km²): I 2.8; II 5.2 + 2 + 4 = 11.2; V 6; VI 4. za: 甲乡 4, 乙镇 1.2 (23 %) →
甲乡水源涵养区, and so is zb → told apart by their position in the county (bounding box
x 0–6, y 0–4 km, centre (3, 2), half-extent (3, 2)): za's interior point (1.3, 3) is at
(u, v) = (−0.57, 0.5), 139° → 西北部; zb's (0.5, 1) at (−0.83, −0.5), 211° → 西南部. zd: 乙镇 4, 甲乡 2 (33 %) →
乙镇-甲乡环境优化准入区. Land cover (100 m): forest 2 in the north half (12 km²), water 5 in
x 0–1, y 0–2 km (2 km²), cropland 1 elsewhere (10 km²).
"""

import os

import numpy as np
import pytest
from osgeo import gdal, osr

X0, Y0 = 500000.0, 3200000.0
KM = 1000.0


def rect(x0, y0, x1, y1):
    from qgis.core import QgsGeometry, QgsRectangle

    return QgsGeometry.fromRect(QgsRectangle(X0 + x0 * KM, Y0 + y0 * KM, X0 + x1 * KM,
                                             Y0 + y1 * KM))


def write_gpkg(path, layer, fields, rows):
    """rows: (geometry, [attributes]) → a MultiPolygon layer in EPSG:4549."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext,
                           QgsFeature, QgsField, QgsFields, QgsVectorFileWriter, QgsWkbTypes)
    from qgis.PyQt.QtCore import QVariant

    qf = QgsFields()
    for name in fields:
        qf.append(QgsField(name, QVariant.String))
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = layer
    if os.path.exists(path):
        opts.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    w = QgsVectorFileWriter.create(path, qf, QgsWkbTypes.MultiPolygon,
                                   QgsCoordinateReferenceSystem("EPSG:4549"),
                                   QgsCoordinateTransformContext(), opts)
    assert w.hasError() == QgsVectorFileWriter.NoError, w.errorMessage()
    for g, attrs in rows:
        f = QgsFeature(qf)
        g.convertToMultiType()
        f.setGeometry(g)
        f.setAttributes(attrs)
        w.addFeature(f)
    del w
    return "%s|layername=%s" % (path, layer)


ZONES = [  # name, type, subtype, rect
    ("za", "II", "II-1", (0, 2, 2.6, 4)),
    ("zb", "II", "II-1", (0, 0, 1, 2)),
    ("zc", "I", "I-1", (2.6, 2, 4, 4)),
    ("zd", "V", "V-0", (1, 0, 4, 2)),
    ("ze", "VI", "VI-0", (4, 0, 6, 2)),
    ("zf", "II", "II-3", (4, 2, 6, 4)),
]


@pytest.fixture(scope="module")
def county(tmp_path_factory, qgis_app):
    d = tmp_path_factory.mktemp("county")
    gpkg = str(d / "county.gpkg")
    zones = write_gpkg(gpkg, "zones", ["zid", "zone_type", "subtype", "rule"],
                       [(rect(*r), [z, t, s, "1"]) for z, t, s, r in ZONES])
    towns = write_gpkg(gpkg, "townships", ["name"],
                       [(rect(0, 0, 2, 4), ["甲乡"]), (rect(2, 0, 4, 4), ["乙镇"]),
                        (rect(4, 0, 6, 4), ["丙街道"])])
    region = write_gpkg(gpkg, "region", ["name"], [(rect(0, 0, 6, 4), ["县"])])
    # land cover: 60 × 40 cells of 100 m
    lc = np.ones((40, 60), dtype="uint8")
    lc[:20, :] = 2            # north half (rows from the top)
    lc[20:, :10] = 5          # x 0–1 km, y 0–2 km
    tif = str(d / "landcover.tif")
    ds = gdal.GetDriverByName("GTiff").Create(tif, 60, 40, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, 100.0, 0.0, Y0 + 4 * KM, 0.0, -100.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(lc)
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds = None
    local = d / "local.csv"
    local.write_text("code,kind,text,ref\n1024-II-1-1,管控措施,禁止新建小水电,县规划\n",
                     encoding="utf-8")
    return {"dir": d, "zones": zones, "towns": towns, "region": region, "landcover": tif,
            "local": str(local)}


def features(path):
    from qgis.core import QgsVectorLayer

    lyr = QgsVectorLayer(path, "x", "ogr")
    assert lyr.isValid(), path
    return {f["zid"] if "zid" in lyr.fields().names() else f["check"]: f
            for f in lyr.getFeatures()}


def provenance_rows(path):
    """(layer, step, algorithm) of the provenance stored in the GeoPackage's metadata
    (gpkg_metadata); the file holds its one layer and no provenance table (issue 14)."""
    from qgis.core import QgsProviderRegistry

    from envzoning.algorithms import provenance_glue as PG

    file_path = path.split("|")[0]
    subs = QgsProviderRegistry.instance().querySublayers(file_path)
    assert [s.name() for s in subs] == [os.path.splitext(os.path.basename(file_path))[0]]
    lname = subs[0].name()
    return [(lname, i + 1, s["algorithm"]) for i, s in enumerate(PG.read(file_path))]


@pytest.fixture(scope="module")
def named(county, run_alg):
    out = str(county["dir"] / "named.gpkg")
    res = run_alg("namezones", {"INPUT": county["zones"], "ADMIN_CODE": "331024",
                                "PLACES": [county["towns"]], "PLACE_NAME_FIELD": "name",
                                "ROMAN": 0, "OUTPUT": out})
    return res["OUTPUT"]


def test_namezones_codes_names_areas(named):
    f = features(named)
    assert {k: v["code"] for k, v in f.items()} == {
        "za": "1024-Ⅱ-1-1", "zb": "1024-Ⅱ-1-2", "zc": "1024-Ⅰ-1-1", "zd": "1024-Ⅴ-0-1",
        "ze": "1024-Ⅵ-0-1", "zf": "1024-Ⅱ-3-1"}
    assert {k: v["name"] for k, v in f.items()} == {
        "za": "甲乡西北部水源涵养区", "zb": "甲乡西南部水源涵养区", "zc": "乙镇自然保护区",
        "zd": "乙镇-甲乡环境优化准入区", "ze": "丙街道环境重点准入区", "zf": "丙街道生物多样性保护区"}
    assert f["za"]["area_km2"] == pytest.approx(5.2)
    assert f["zd"]["area_km2"] == pytest.approx(6.0)
    assert f["za"]["rule"] == "1"          # input fields kept
    from qgis.core import QgsVectorLayer

    ordered = [ft["code"] for ft in QgsVectorLayer(named, "n", "ogr").getFeatures()]
    assert ordered == ["1024-Ⅰ-1-1", "1024-Ⅱ-1-1", "1024-Ⅱ-1-2", "1024-Ⅱ-3-1", "1024-Ⅴ-0-1",
                       "1024-Ⅵ-0-1"]              # written in code order


def test_namezones_ascii_and_provenance(county, run_alg):
    from qgis.core import QgsVectorLayer

    out = str(county["dir"] / "named_ascii.gpkg")
    res = run_alg("namezones", {"INPUT": county["zones"], "ADMIN_CODE": "331024",
                                "PLACES": [county["towns"]], "PLACE_NAME_FIELD": "name",
                                "ROMAN": 1, "OUTPUT": out})
    f = features(res["OUTPUT"])
    assert f["ze"]["code"] == "1024-VI-0-1"
    assert provenance_rows(out) == [("named_ascii", 1, "envzoning:namezones")]
    md = QgsVectorLayer(out, "n", "ogr").metadata()
    assert any(h.startswith("envzoning provenance: ") and '"ADMIN_CODE": "331024"' in h
               and '"zone_codes"' in h for h in md.history())


def test_namezones_bad_admin_code_names_it(county, run_alg):
    from qgis.core import QgsProcessingException

    out = str(county["dir"] / "bad.gpkg")
    with pytest.raises(QgsProcessingException, match="Admin code '1024'"):
        run_alg("namezones", {"INPUT": county["zones"], "ADMIN_CODE": "1024",
                              "PLACES": [county["towns"]], "PLACE_NAME_FIELD": "name",
                              "OUTPUT": out})
    assert not os.path.exists(out)


def test_namezones_missing_place_field(county, run_alg):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no field 'mc'"):
        run_alg("namezones", {"INPUT": county["zones"], "ADMIN_CODE": "331024",
                              "PLACES": [county["towns"]], "PLACE_NAME_FIELD": "mc",
                              "OUTPUT": str(county["dir"] / "bad2.gpkg")})


def check(run_alg, county, zones, name, **kw):
    params = {"INPUT": zones, "LANDCOVER": county["landcover"], "REGION": county["region"],
              "REGION_KIND": 0, "ADMIN_CODE": "331024",
              "OUTPUT": str(county["dir"] / ("%s.csv" % name))}
    params.update(kw)
    res = run_alg("checkzoning", params)
    return res, features(res["OUTPUT"])


def test_checkzoning_passes_on_the_county(county, named, run_alg):
    res, rows = check(run_alg, county, named, "checks_ok")
    assert float(rows["forest_water"]["figure"]) == pytest.approx(14.0)
    assert float(rows["i_ii_share"]["figure"]) == pytest.approx(14.0)     # 2.8 + 11.2
    assert float(rows["i_ii_share"]["threshold"]) == pytest.approx(12.6)  # 90 % of 14
    assert rows["i_ii_share"]["result"] == "pass"
    assert rows["vi_le_v"]["result"] == "pass"            # 4 ≤ 6
    assert rows["no_vi_key_eco"]["result"] == "n/a"       # 仙居 is a source county
    assert rows["gaps"]["result"] == "pass" and float(rows["gaps"]["figure"]) == pytest.approx(0, abs=1e-9)
    assert rows["overlaps"]["result"] == "pass"
    # ze (VI) shares a border with zf (II-3) only; zc (I) touches it at a corner
    assert rows["vi_next_to_i_ii"]["result"] == "flag"
    assert float(rows["vi_next_to_i_ii"]["figure"]) == 1
    assert "1024-Ⅵ-0-1 丙街道环境重点准入区 – 1024-Ⅱ-3-1" in rows["vi_next_to_i_ii"]["detail"]
    assert rows["overall"]["result"] == "pass"
    assert res["PASSED"] is True


def test_checkzoning_fails_when_it_should(county, named, run_alg):
    # cropland counted as forest: forest + water = 22 km², I + II = 14 < 19.8
    _, rows = check(run_alg, county, named, "checks_crop", FOREST_CODES="1,2")
    assert float(rows["forest_water"]["figure"]) == pytest.approx(24.0)
    assert rows["i_ii_share"]["result"] == "fail"
    # other region: 75 % of 24 = 18 > 14 still fails; 58 % passes with a custom share
    _, rows = check(run_alg, county, named, "checks_other", FOREST_CODES="1,2",
                    REGION_KIND=3, OTHER_RATIO=55)
    assert rows["i_ii_share"]["result"] == "pass"
    # key ecological county: VI present fails
    res, rows = check(run_alg, county, named, "checks_key", REGION_KIND=2)
    assert rows["no_vi_key_eco"]["result"] == "fail"
    assert rows["overall"]["result"] == "fail"
    assert res["PASSED"] is False


def test_checkzoning_gaps_overlaps_multipart(county, run_alg):
    from qgis.core import QgsGeometry

    gpkg = str(county["dir"] / "broken.gpkg")
    two = QgsGeometry.collectGeometry([rect(4, 0, 5, 2), rect(5.5, 0, 6, 2)])
    rows_in = [(rect(*r), [z, t, s, "1"]) for z, t, s, r in ZONES if z != "ze"]
    rows_in.append((two, ["ze", "VI", "VI-0", "1"]))                 # gap 0.5 × 2 km, 2 parts
    rows_in.append((rect(0, 0, 0.5, 0.5), ["zx", "III", "III-1", "1"]))  # overlaps zb 0.25
    zones = write_gpkg(gpkg, "zones", ["zid", "zone_type", "subtype", "rule"], rows_in)
    _, rows = check(run_alg, county, zones, "checks_broken")
    assert rows["gaps"]["result"] == "fail"
    assert float(rows["gaps"]["figure"]) == pytest.approx(1.0)
    assert rows["overlaps"]["result"] == "fail"
    assert float(rows["overlaps"]["figure"]) == pytest.approx(0.25)
    assert rows["multipart"]["result"] == "flag"
    assert rows["multipart"]["detail"].startswith("fid ")   # no code/name field: the fid
    assert float(rows["multipart"]["figure"]) == 1
    assert rows["invalid"]["result"] == "pass"


def test_zonetargets_fields_local_and_provenance_chain(county, named, run_alg):
    out = str(county["dir"] / "targets.gpkg")
    res = run_alg("zonetargets", {"INPUT": named, "LOCAL_TABLE": county["local"],
                                  "OUTPUT": out})
    f = features(res["OUTPUT"])
    za = f["za"]
    assert za["env_target"].split("\n")[0] == "表5 环境目标1 地表水达到II类或水环境功能区要求"
    assert za["measures"].split("\n")[-1] == "地方 县规划 禁止新建小水电"
    assert "地方" not in f["zb"]["measures"]
    assert za["main_function"].split("\n")[1].startswith("Z 4.2.2(1) 水源涵养区")
    assert f["zc"]["negative_list"].split("\n")[0].startswith("表6 一类（69、70、71")
    # 仙居 (33 + 1024) is a source county: VI prohibits class-3 industry
    assert f["ze"]["negative_list"].split("\n")[0] == (
        "表6 三类（22、32、33、34、37、38、40、47、75、76、77、79、100、106、107、108）禁止："
        "对源头地区则禁止三类工业项目准入")
    assert za["code"] == "1024-Ⅱ-1-1" and za["name"] == "甲乡西北部水源涵养区"
    # the chain: namezones (read from the input) then zonetargets
    assert provenance_rows(out) == [("targets", 1, "envzoning:namezones"),
                                    ("targets", 2, "envzoning:zonetargets")]


def test_zonetargets_through_qgis_process(county, named, qgis_process):
    out = str(county["dir"] / "targets_qp.gpkg")
    proc = qgis_process("run", "envzoning:zonetargets", "--",
                        "INPUT=%s" % named, "OUTPUT=%s" % out)
    assert "OUTPUT" in proc.stdout
    f = features(out)
    assert f["zd"]["measures"].split("\n")[0] == (
        "表5 管控措施1 禁止新建、扩建三类工业项目，但鼓励对三类工业项目进行淘汰和提升改造")
    assert [r[2] for r in provenance_rows(out)] == ["envzoning:namezones",
                                                    "envzoning:zonetargets"]


def test_namezones_named_features_take_precedence(county, run_alg):
    """FEATURES: 括苍山自然保护区 covers all of zc (x 2.6–4, y 2–4 km) → its own name; a
    mountain 大雷山 covering 2.0 of za's 5.2 km² (38 % < 50 %) leaves za to the townships."""
    gpkg = str(county["dir"] / "features.gpkg")
    feats = write_gpkg(gpkg, "named", ["name"],
                       [(rect(2.5, 1.9, 4.1, 4.1), ["括苍山自然保护区"]),
                        (rect(0, 3, 2, 4), ["大雷山"])])
    out = str(county["dir"] / "named_features.gpkg")
    res = run_alg("namezones", {"INPUT": county["zones"], "ADMIN_CODE": "331024",
                                "PLACES": [county["towns"]], "PLACE_NAME_FIELD": "name",
                                "FEATURES": [feats], "OUTPUT": out})
    f = features(res["OUTPUT"])
    assert f["zc"]["name"] == "括苍山自然保护区"
    assert f["za"]["name"] == "甲乡西北部水源涵养区"
    res = run_alg("namezones", {"INPUT": county["zones"], "ADMIN_CODE": "331024",
                                "PLACES": [county["towns"]], "PLACE_NAME_FIELD": "name",
                                "FEATURES": [feats], "FEATURE_SHARE": 30,
                                "OUTPUT": str(county["dir"] / "named_features30.gpkg")})
    f = features(res["OUTPUT"])
    assert f["za"]["name"] == "大雷山水源涵养区"


def test_namezones_distinguishing_layer_and_legal_name(county, run_alg):
    """DISTINCT: 黄坦村 lies in za, 石盟垟 in zb → 甲乡黄坦村/甲乡石盟垟水源涵养区 (no ordinal, no
    position). LEGAL_NAME_FIELD: zc carries 括苍山省级自然保护区 → named by it; the others have
    an empty legal name and keep their place names."""
    gpkg = str(county["dir"] / "distinct.gpkg")
    villages = write_gpkg(gpkg, "villages", ["name"],
                          [(rect(0.4, 3.4, 0.6, 3.6), ["黄坦村"]),
                           (rect(0.4, 0.4, 0.6, 0.6), ["石盟垟"])])
    zones = write_gpkg(gpkg, "zones", ["zid", "zone_type", "subtype", "rule", "legal_name"],
                       [(rect(*r), [z, t, s_, "1", "括苍山省级自然保护区" if z == "zc" else ""])
                        for z, t, s_, r in ZONES])
    res = run_alg("namezones", {"INPUT": zones, "ADMIN_CODE": "331024",
                                "PLACES": [county["towns"]], "PLACE_NAME_FIELD": "name",
                                "DISTINCT": [villages],
                                "OUTPUT": str(county["dir"] / "named_distinct.gpkg")})
    f = features(res["OUTPUT"])
    assert f["za"]["name"] == "甲乡黄坦村水源涵养区"
    assert f["zb"]["name"] == "甲乡石盟垟水源涵养区"
    assert f["zc"]["name"] == "括苍山省级自然保护区"
    assert f["zd"]["name"] == "乙镇-甲乡环境优化准入区"
    names = [v["name"] for v in f.values()]
    assert len(set(names)) == len(names)
