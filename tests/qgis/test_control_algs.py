"""The five zoning-control algorithms on a hand-made county of 4 townships (4 × 4 km,
EPSG:4549), every expected figure worked out by hand:

    y 4000 ┌─────────┬─────────┐   甲镇 (NW): red line 200–1200 × 2800–3800 (1 km²)
           │  甲镇    │  乙镇    │   乙镇 (NE): urban 2200–3800 × 2200–3800 (2.56 km²);
    y 2000 ├─────────┼─────────┤             noise class 2 over the whole township,
           │  丙乡    │  丁乡    │             noise-sensitive cluster 3000–3500 × 3000–3500
    y 0    └─────────┴─────────┘   丙乡 (SW): P1 grid cell p1=4 at 0–1000 × 0–1000 (1 km²),
         x 0       2000      4000            p1=2 cell 1000–2000 × 0–1000; contaminated
                                             plot 1000–1100 × 1000–1100 (0.01 km², a sliver)
                                   丁乡 (SE): industrial park 2400–3600 × 400–1600 (1.44 km²)
Coordinates are offsets from (500000, 3000000)."""

import json
import os

import pytest
from osgeo import ogr, osr

X0, Y0 = 500000.0, 3000000.0


def box(x1, y1, x2, y2):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        X0 + x1, Y0 + y1, X0 + x2, Y0 + y1, X0 + x2, Y0 + y2, X0 + x1, Y0 + y2, X0 + x1, Y0 + y1)


def write_layer(path, name, fields, rows, geom_type=ogr.wkbPolygon):
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.Open(path, 1) if os.path.exists(path) else drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    lyr = ds.CreateLayer(name, srs, geom_type)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    for wkt, values in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for (fname, _), v in zip(fields, values):
            f.SetField(fname, v)
        lyr.CreateFeature(f)
    ds = None
    return "%s|layername=%s" % (path, name)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    d = tmp_path_factory.mktemp("county")
    p = str(d / "county.gpkg")
    S, I = ogr.OFTString, ogr.OFTInteger
    L = {}
    L["towns"] = write_layer(p, "townships", [("name", S)], [
        (box(0, 2000, 2000, 4000), ["甲镇"]), (box(2000, 2000, 4000, 4000), ["乙镇"]),
        (box(0, 0, 2000, 2000), ["丙乡"]), (box(2000, 0, 4000, 2000), ["丁乡"])])
    L["region"] = write_layer(p, "region", [("name", S)], [(box(0, 0, 4000, 4000), ["县"])])
    L["protect"] = write_layer(p, "protect", [("role", S)], [
        (box(200, 2800, 1200, 3800), ["redline"])])
    L["planning"] = write_layer(p, "planning", [("role", S)], [
        (box(2400, 400, 3600, 1600), ["industrial_existing"]),
        (box(2200, 2200, 3800, 3800), ["urban"])])
    L["noise"] = write_layer(p, "noise", [("role", S)], [
        (box(2000, 2000, 4000, 4000), ["noise_2"]), (box(3000, 3000, 3500, 3500),
                                                     ["noise_sensitive"])])
    L["p1"] = write_layer(p, "p1grid", [("p1", I)], [
        (box(0, 0, 1000, 1000), [4]), (box(1000, 0, 2000, 1000), [2])])
    L["plots"] = write_layer(p, "plots", [("role", S)], [
        (box(1000, 1000, 1100, 1100), ["contaminated_plot"])])
    L["parks"] = write_layer(p, "parks", [("name", S)], [
        (box(2400, 400, 3600, 1600), ["开发区"])])
    L["bad"] = write_layer(p, "bad", [("role", S)], [(box(0, 0, 100, 100), ["golf_course"])])
    L["zones"] = write_layer(p, "zones", [("zone_type", S), ("subtype", S), ("code", S),
                                          ("name", S), ("measures", S)], [
        (box(2400, 400, 3000, 1600), ["VI", "VI-0", "1024-Ⅵ-0-1", "开发区环境重点准入区", "措施"]),
        (box(3000, 400, 3600, 1600), ["V", "V-0", "1024-Ⅴ-0-1", "丁乡环境优化准入区", "措施"])])
    L["project"] = write_layer(p, "project", [("name", S)], [
        (box(2900, 800, 3100, 1000), ["水泥粉磨站"])])
    L["point"] = write_layer(p, "point", [("name", S)], [
        ("POINT(%f %f)" % (X0 + 700, Y0 + 3300), ["红线内项目"])], ogr.wkbPoint)
    L["new"] = write_layer(p, "newversion", [("unit_class", I)], [
        (box(0, 2000, 2000, 4000), [1]), (box(2000, 2000, 4000, 4000), [2]),
        (box(0, 0, 2000, 2000), [3]), (box(2000, 0, 4000, 2000), [3])])
    L["dir"] = str(d)
    return L


def read(path):
    """Features of an output file as a list of dicts (with '_area' in km² and '_wkt')."""
    ds = ogr.Open(path.split("|")[0])
    lyr = ds.GetLayer(0)
    out = []
    for f in lyr:
        row = {k: f.GetField(k) for k in f.keys()}
        g = f.GetGeometryRef()
        if g is not None:
            row["_area"] = g.GetArea() / 1e6
            row["_wkt"] = g.ExportToWkt()
        out.append(row)
    return out


@pytest.fixture(scope="module")
def element_zones(run_alg, county):
    out = os.path.join(county["dir"], "element_zones.gpkg")
    run_alg("elementzones", {
        "INPUTS": [county[k] for k in ("protect", "planning", "noise", "p1", "plots")],
        "REGION": county["region"], "OUTPUT": out})
    return out


def test_elementzones(element_zones):
    rows = read(element_zones)
    got = {(r["element"], r["rule"], r["class"]): round(r["_area"], 4) for r in rows}
    assert got == {
        ("ecology", "ECO-1", 1): 1.0, ("ecology", "ECO-3", 1): 1.0, ("ecology", "ECO-G", 3): 14.0,
        ("air", "AIR-2", 2): 1.44, ("air", "AIR-3", 2): 2.56, ("air", "AIR-G", 3): 12.0,
        ("water", "WAT-2", 2): 1.44, ("water", "WAT-3", 2): 2.56, ("water", "WAT-G", 3): 12.0,
        ("noise", "NOISE-2", 1): 0.25, ("noise", "NOISE-3", 2): 3.75,
        ("noise", "NOISE-G", 3): 12.0,
        ("soil", "SOIL-2", 2): 0.01, ("soil", "SOIL-G", 3): 15.99}
    by_rule = {r["rule"]: r for r in rows}
    assert by_rule["AIR-2"]["unit_kind"] == "产业集聚类"
    assert by_rule["WAT-3"]["unit_kind"] == "城镇生活类"
    assert by_rule["NOISE-2"]["zone_name"] == "声环境优先保护区"
    assert by_rule["ECO-3"]["clause"] == "N 5.7; Z 3.2.1"
    assert by_rule["ECO-3"]["sources"] == "p1grid:p1>=4"


def test_elementzones_unknown_role(run_alg, county):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="golf_course"):
        run_alg("elementzones", {"INPUTS": [county["bad"]], "REGION": county["region"],
                                 "OUTPUT": "memory:"})
    res = run_alg("elementzones", {"INPUTS": [county["bad"], county["protect"]],
                                   "REGION": county["region"], "UNMATCHED": 1,
                                   "OUTPUT": "memory:"})
    assert res["OUTPUT"].featureCount() == 2   # ECO-1 and ECO-G


@pytest.fixture(scope="module")
def units(run_alg, county, element_zones):
    out = os.path.join(county["dir"], "units.gpkg")
    run_alg("controlunits", {
        "ELEMENT_ZONES": element_zones, "TOWNSHIPS": county["towns"],
        "TOWNSHIP_FIELD": "name", "PARKS": county["parks"], "PARK_FIELD": "name",
        "ADMIN_CODE": "331024", "MIN_AREA": 0.5, "OUTPUT": out})
    return out


def test_controlunits(units):
    rows = read(units)
    got = {(r["name"], r["unit_class"], r["kind"]): round(r["_area"], 4) for r in rows}
    assert got == {
        ("甲镇优先保护单元", 1, ""): 1.0, ("甲镇一般管控单元", 3, ""): 3.0,
        ("乙镇城镇生活重点管控单元", 2, "城镇生活类"): 2.56, ("乙镇重点管控单元", 2, ""): 1.44,
        ("丙乡优先保护单元", 1, ""): 1.0, ("丙乡一般管控单元", 3, ""): 3.0,   # + merged plot
        ("开发区产业集聚重点管控单元", 2, "产业集聚类"): 1.44, ("丁乡一般管控单元", 3, ""): 2.56}
    codes = {r["name"]: r["HJZHGKDYBM"] for r in rows}
    assert codes["甲镇优先保护单元"] == "ZH33102410001"     # north of 丙乡's
    assert codes["丙乡优先保护单元"] == "ZH33102410002"
    assert codes["开发区产业集聚重点管控单元"] == "ZH33102420003"   # south of 乙镇's two
    assert codes["甲镇一般管控单元"] == "ZH33102430001"
    assert len(set(codes.values())) == 8
    for r in rows:
        assert r["HJZHGKDYBM"] == r["code"] and r["HJZHGKDYMC"] == r["name"]
        assert r["ZHGKDYFL"] == {1: "优先保护单元", 2: "重点管控单元", 3: "一般管控单元"}[r["unit_class"]]
        assert r["admin_code"] == "331024"
    park = [r for r in rows if r["kind"] == "产业集聚类"][0]
    assert park["township"] == "丁乡"
    assert "air/2/AIR-2" in park["zones"] and "water/2/WAT-2" in park["zones"]
    # the noise-sensitive cluster is a noise priority zone: no priority unit (not ecology)
    assert not [r for r in rows if r["township"] == "乙镇" and r["unit_class"] == 1]


def test_controlunits_cover_region_exactly(units):
    ds = ogr.Open(units)
    geoms = [f.GetGeometryRef().Clone() for f in ds.GetLayer(0)]
    total = sum(g.GetArea() for g in geoms)
    union = geoms[0]
    for g in geoms[1:]:
        union = union.Union(g)
    assert abs(total - 16e6) / 16e6 < 1e-4
    assert abs(union.GetArea() - 16e6) / 16e6 < 1e-4
    overlap = sum(geoms[i].Intersection(geoms[j]).GetArea()
                  for i in range(len(geoms)) for j in range(i + 1, len(geoms)))
    assert overlap < 1.0   # m²


def test_controlunits_bad_admin_code(run_alg, county, element_zones):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="ADMIN_CODE '33102'"):
        run_alg("controlunits", {"ELEMENT_ZONES": element_zones, "TOWNSHIPS": county["towns"],
                                 "ADMIN_CODE": "33102", "OUTPUT": "memory:"})


@pytest.fixture(scope="module")
def access(run_alg, county, units):
    overall = os.path.join(county["dir"], "overall.csv")
    with open(overall, "w", encoding="utf-8") as fh:
        fh.write("dimension,item\n空间布局约束,一般管控单元落实生态环境保护基本要求，三类工业项目原则上应进入工业集聚区。\n")
    out = {k: os.path.join(county["dir"], "access." + k) for k in ("gpkg", "docx", "xlsx")}
    res = run_alg("accesslist", {"UNITS": units, "OVERALL": overall, "OUTPUT": out["gpkg"],
                                 "OUTPUT_DOCX": out["docx"], "OUTPUT_XLSX": out["xlsx"]})
    assert res["OUTPUT_DOCX"] == out["docx"] and res["OUTPUT_XLSX"] == out["xlsx"]
    return out


def test_accesslist(access):
    rows = {r["name"]: r for r in read(access["gpkg"])}
    park = rows["开发区产业集聚重点管控单元"]
    assert park["space_layout"] is None or park["space_layout"] == ""
    assert park["emission_control"].split("\n") == [
        "1. 严格实施污染物总量控制，新建、改建、扩建项目实行主要污染物排放等量或减量替代。",
        "2. 工业集聚区新建涉气项目执行大气污染物特别排放限值，挥发性有机物实行区域削减替代。",
        "3. 工业集聚区实行雨污分流，工业废水经预处理达到纳管标准后接入污水处理厂。"]
    assert len(park["risk_control"].split("\n")) == 2
    general = rows["甲镇一般管控单元"]
    assert not general["space_layout"]   # its only item is in the overall list
    assert general["emission_control"] == "1. 加强农业面源污染治理，严格控制化肥农药施用量。"
    urban = rows["乙镇城镇生活重点管控单元"]
    # AIR3-1 / AIR3-2 share one text (listed once); the noise-sensitive cluster covers
    # 0.25 / 2.56 = 9.8 % of the unit (≥ MIN_SHARE 1 %) and brings NOISE1-1
    assert urban["space_layout"] == ("1. 城镇生活区禁止新建三类工业项目，二类工业项目应入园集聚。\n"
                                     "2. 声环境优先保护区内禁止新建产生噪声污染的工业项目。")
    xds = ogr.Open(access["xlsx"])
    assert xds.GetLayer(0).GetFeatureCount() == 8
    xds = None
    docx = pytest.importorskip("docx")
    text = [c.text for t in docx.Document(access["docx"]).tables for r in t.rows for c in r.cells]
    assert "开发区产业集聚重点管控单元" in text


def test_sitecheck_units_only(run_alg, county, access, tmp_path):
    out = {k: str(tmp_path / ("p." + k)) for k in ("html", "json")}
    res = run_alg("sitecheck", {"PROJECT": county["point"], "INDUSTRY": "三类",
                                "UNITS": access["gpkg"], "OUTPUT_HTML": out["html"],
                                "OUTPUT_JSON": out["json"]})
    data = json.load(open(out["json"], encoding="utf-8"))
    assert res["VERDICT"] == data["verdict"] == "禁止"
    assert [u["name"] for u in data["units"]] == ["甲镇优先保护单元"]
    assert [(r["item"], r["clause"]) for r in data["reasons"]] == [
        ("U1-2", "N 5.11; N 5.10"), ("ECO1-1", "N 5.7")]
    assert data["source_county"] is True   # admin_code 331024 from the units
    out2 = {k: str(tmp_path / ("q." + k)) for k in ("html", "json")}
    run_alg("sitecheck", {"PROJECT": county["project"], "INDUSTRY": "71",
                          "UNITS": access["gpkg"], "OUTPUT_HTML": out2["html"],
                          "OUTPUT_JSON": out2["json"]})
    data = json.load(open(out2["json"], encoding="utf-8"))
    assert data["verdict"] == "允许" and data["reasons"] == []
    assert data["industry"]["item"] == "一类-71"


def test_sitecheck_qgis_process(qgis_process, county, access, tmp_path):
    html, js = str(tmp_path / "site.html"), str(tmp_path / "site.json")
    qgis_process("run", "envzoning:sitecheck", "--",
                 "PROJECT=" + county["project"], "INDUSTRY=47", "ZONES=" + county["zones"],
                 "UNITS=" + access["gpkg"], "ADMIN_CODE=331024",
                 "OUTPUT_HTML=" + html, "OUTPUT_JSON=" + js)
    data = json.load(open(js, encoding="utf-8"))
    assert data["verdict"] == "禁止"
    assert [(z["code"], z["area_km2"]) for z in data["zones"]] == [
        ("1024-Ⅴ-0-1", 0.02), ("1024-Ⅵ-0-1", 0.02)]
    assert [(u["name"], u["area_km2"]) for u in data["units"]] == [
        ("开发区产业集聚重点管控单元", 0.04)]
    assert [(r["code"], r["action"], r["clause"]) for r in data["reasons"]] == [
        ("1024-Ⅴ-0-1", "禁止", "Z 5.3; 表5 环境优化准入区 管控措施1"),
        ("1024-Ⅵ-0-1", "禁止", "Z 5.3; 表5 环境重点准入区 管控措施1; Z 4.6.1"),
        ("1024-Ⅵ-0-1", "限制", "Z 5.3; 表5 环境重点准入区 管控措施1")]
    page = open(html, encoding="utf-8").read()
    assert "水泥制造" in page and "禁止" in page


def test_comparezonings(run_alg, county, units, tmp_path):
    summary = str(tmp_path / "summary.txt")
    res = run_alg("comparezonings", {
        "OLD": units, "OLD_FIELD": "unit_class", "NEW": county["new"],
        "NEW_FIELD": "unit_class", "OUTPUT": "memory:", "OUTPUT_CHANGES": "memory:",
        "OUTPUT_SUMMARY": summary})
    matrix = {f["from_class"]: f for f in res["OUTPUT"].getFeatures()}
    assert round(matrix["1"]["to_1"], 4) == 1.0 and round(matrix["1"]["to_3"], 4) == 1.0
    assert round(matrix["2"]["to_2"], 4) == 4.0 and round(matrix["2"]["to_3"], 4) == 1.44
    assert round(matrix["3"]["to_1"], 4) == 3.0 and round(matrix["3"]["to_3"], 4) == 5.56
    assert round(matrix["total"]["total"], 4) == 16.0
    changes = {(f["from_class"], f["to_class"]): round(f["area_km2"], 4)
               for f in res["OUTPUT_CHANGES"].getFeatures()}
    assert changes == {("1", "3"): 1.0, ("2", "3"): 1.44, ("3", "1"): 3.0}
    text = open(summary, encoding="utf-8").read()
    assert "变化 Changed: 5.4400 km² (34.00%)" in text


def test_elementzones_reads_the_zoning_vocabulary(run_alg, county, element_zones):
    """Issue 14.7: the Chinese names, codes and English keys of core/tables/roles.csv that
    zoning accepts are accepted here too — the same zones as with the English keys."""
    p = os.path.join(county["dir"], "roles_zh.gpkg")
    S = ogr.OFTString
    zh = write_layer(p, "planning_zh", [("role", S)], [
        (box(2400, 400, 3600, 1600), ["现有工业区"]), (box(2200, 2200, 3800, 3800), ["303"])])
    prot = write_layer(p, "protect_zh", [("role", S)], [(box(200, 2800, 1200, 3800), ["生态保护红线"])])
    out = os.path.join(county["dir"], "element_zones_zh.gpkg")
    run_alg("elementzones", {"INPUTS": [prot, zh], "REGION": county["region"], "OUTPUT": out})
    got = {(r["element"], r["rule"]): round(r["_area"], 4) for r in read(out)}
    assert got[("air", "AIR-2")] == 1.44 and got[("air", "AIR-3")] == 2.56
    assert got[("water", "WAT-2")] == 1.44 and got[("ecology", "ECO-1")] == 1.0


def test_controlunits_keep_codes_after_an_edit_elsewhere(run_alg, county, units, tmp_path):
    """N 5.13.2–5.13.3: a 2000–4000 × 0–400 red line (0.8 km²) is added in 丁乡; only 丁乡's
    units change. Old general units: 甲镇 30001 (north), then 丙乡 and 丁乡 (their interior
    points decide); the changed 丁乡一般 (2.56 → 1.76 km², IoU 0.6875 < 0.9) gets 30004 —
    the next free serial, not its retired one — and the new priority unit 10003."""
    p = str(tmp_path / "edit.gpkg")
    from osgeo import ogr as _ogr
    red = write_layer(p, "red2", [("role", _ogr.OFTString)], [(box(2000, 0, 4000, 400),
                                                              ["redline"])])
    ez = str(tmp_path / "ez2.gpkg")
    run_alg("elementzones", {
        "INPUTS": [county[k] for k in ("protect", "planning", "noise", "p1", "plots")] + [red],
        "REGION": county["region"], "OUTPUT": ez})
    out = str(tmp_path / "units2.gpkg")
    params = {"ELEMENT_ZONES": ez, "TOWNSHIPS": county["towns"], "TOWNSHIP_FIELD": "name",
              "PARKS": county["parks"], "PARK_FIELD": "name", "ADMIN_CODE": "331024",
              "MIN_AREA": 0.5, "PREVIOUS": units, "OUTPUT": out}
    run_alg("controlunits", params)
    before = {r["name"]: r["code"] for r in read(units)}
    after = {r["name"]: (r["code"], round(r["_area"], 4)) for r in read(out)}
    assert after["丁乡优先保护单元"] == ("ZH33102410003", 0.8)
    assert after["丁乡一般管控单元"] == ("ZH33102430004", 1.76)
    assert before["丁乡一般管控单元"] not in {c for c, _ in after.values()}
    for name, code in before.items():
        if name != "丁乡一般管控单元":
            assert after[name][0] == code, name
    # without PREVIOUS the same units are numbered afresh (丁乡优先 is south of the others)
    fresh = str(tmp_path / "units3.gpkg")
    run_alg("controlunits", dict(params, PREVIOUS=None, OUTPUT=fresh))
    assert {r["name"]: r["code"] for r in read(fresh)}["丁乡优先保护单元"] == "ZH33102410003"
    # KEEP_IOU 0.6: the shrunk general unit (IoU 0.6875) now keeps its code
    lax = str(tmp_path / "units4.gpkg")
    run_alg("controlunits", dict(params, KEEP_IOU=0.6, OUTPUT=lax))
    assert {r["name"]: r["code"] for r in read(lax)}["丁乡一般管控单元"] == \
        before["丁乡一般管控单元"]
    # comparezonings by code: 7 kept, the new priority unit and the renumbered general
    # unit are new, the old general code retired; against the lax run it is 'changed'
    res = run_alg("comparezonings", {"OLD": units, "OLD_FIELD": "unit_class", "NEW": out, "NEW_FIELD": "unit_class",
                                     "OUTPUT": "memory:", "OUTPUT_CHANGES": "memory:",
                                     "OUTPUT_CODES": "memory:"})
    st = {f["code"]: f["status"] for f in res["OUTPUT_CODES"].getFeatures()}
    assert sorted(c for c, v in st.items() if v == "new") == ["ZH33102410003", "ZH33102430004"]
    assert [c for c, v in st.items() if v == "retired"] == [before["丁乡一般管控单元"]]
    assert sum(v == "kept" for v in st.values()) == 7
    assert "kept 保留 7, changed 变更 0, new 新增 2, retired 撤销 1" in res["SUMMARY"]
    res = run_alg("comparezonings", {"OLD": units, "OLD_FIELD": "unit_class", "NEW": lax, "NEW_FIELD": "unit_class",
                                     "OUTPUT": "memory:", "OUTPUT_CHANGES": "memory:",
                                     "OUTPUT_CODES": "memory:"})
    rows = {f["code"]: (f["status"], f["iou"]) for f in res["OUTPUT_CODES"].getFeatures()}
    assert rows[before["丁乡一般管控单元"]] == ("changed", 0.6875)


def test_controlunits_slivers_legal_and_not(run_alg, county, tmp_path):
    """A red line 200–1200 × 1950–2800 joins 甲镇's: its 0.05 km² piece south of the township
    line (in 丙乡) is legal and joins 甲镇's priority unit across the line (1.0 + 0.8 +
    0.05 = 1.85 km²); a P1 ≥ 4 cell 1900–2000 × 1900–2000 (0.01 km², not legal) is a sliver
    and joins 丙乡's general unit. No unit boundary follows anything but inputs."""
    from osgeo import ogr as _ogr
    p = str(tmp_path / "slivers.gpkg")
    red = write_layer(p, "red3", [("role", _ogr.OFTString)], [(box(200, 1950, 1200, 2800),
                                                              ["redline"])])
    p1 = write_layer(p, "p1b", [("p1", _ogr.OFTInteger)], [(box(1900, 1900, 2000, 2000), [5])])
    ez = str(tmp_path / "ez3.gpkg")
    run_alg("elementzones", {
        "INPUTS": [county[k] for k in ("protect", "planning", "noise", "p1", "plots")]
        + [red, p1], "REGION": county["region"], "OUTPUT": ez})
    out = str(tmp_path / "units5.gpkg")
    run_alg("controlunits", {"ELEMENT_ZONES": ez, "TOWNSHIPS": county["towns"],
                             "TOWNSHIP_FIELD": "name", "ADMIN_CODE": "331024", "MIN_AREA": 0.5,
                             "PARKS": county["parks"], "PARK_FIELD": "name", "OUTPUT": out})
    rows = {r["name"]: round(r["_area"], 4) for r in read(out)}
    assert rows["甲镇优先保护单元"] == 1.85
    assert rows["丙乡优先保护单元"] == 1.0          # the P1 = 4 cell only
    assert rows["丙乡一般管控单元"] == 2.95         # 4 − 1 − 0.05 (+ plot, + p1 sliver)
    assert rows["甲镇一般管控单元"] == 4.0 - 1.8
    assert abs(sum(rows.values()) - 16.0) < 1e-6


def test_namezones_previous_keeps_codes(run_alg, tmp_path):
    """Three II-1 zones north → south get 1024-Ⅱ-1-1, -2, -3. In the update the middle one
    shrinks to half (IoU 0.5 < 0.9) and a fourth appears in the far north: the first and
    the last keep their codes, the shrunk one and the new one take 4 and 5 (north first)."""
    S = ogr.OFTString
    p = str(tmp_path / "nz.gpkg")
    fields = [("zone_type", S), ("subtype", S)]
    v1 = write_layer(p, "v1", fields, [(box(0, 3000, 1000, 4000), ["II", "II-1"]),
                                       (box(0, 1500, 1000, 2500), ["II", "II-1"]),
                                       (box(0, 0, 1000, 1000), ["II", "II-1"])])
    v2 = write_layer(p, "v2", fields, [(box(0, 3000, 1000, 4000), ["II", "II-1"]),
                                       (box(0, 1500, 500, 2500), ["II", "II-1"]),
                                       (box(0, 0, 1000, 1000), ["II", "II-1"]),
                                       (box(2000, 5000, 3000, 6000), ["II", "II-1"])])
    places = write_layer(p, "places", [("name", S)], [(box(-100, -100, 4000, 7000), ["甲镇"])])
    out1 = str(tmp_path / "named1.gpkg")
    run_alg("namezones", {"INPUT": v1, "PLACES": [places], "ADMIN_CODE": "331024",
                          "OUTPUT": out1})
    assert sorted(r["code"] for r in read(out1)) == ["1024-Ⅱ-1-1", "1024-Ⅱ-1-2", "1024-Ⅱ-1-3"]
    out2 = str(tmp_path / "named2.gpkg")
    run_alg("namezones", {"INPUT": v2, "PLACES": [places], "ADMIN_CODE": "331024",
                          "PREVIOUS": out1, "OUTPUT": out2})
    codes = {round(r["_area"], 2): r["code"] for r in read(out2)}
    assert codes[0.5] == "1024-Ⅱ-1-5"          # shrunk: south of the new one
    by_y = sorted(read(out2), key=lambda r: -ogr.CreateGeometryFromWkt(r["_wkt"])
                  .PointOnSurface().GetY())
    assert [r["code"] for r in by_y] == ["1024-Ⅱ-1-4", "1024-Ⅱ-1-1", "1024-Ⅱ-1-5",
                                        "1024-Ⅱ-1-3"]


def test_sitecheck_batch(run_alg, county, access, tmp_path):
    """Three projects in one layer, industries as GB/T 4754-2017 codes or table-6 items:
    a cement plant (3011 → 三类-47) planned in 甲镇's red line → 禁止 (U1-2, 新建); the same
    plant existing (现有) there is still 禁止 (U1-2 names 现有); an IC plant (C3973 → 一类-70)
    in 丙乡's general unit → 允许."""
    S = ogr.OFTString
    p = str(tmp_path / "batch.gpkg")
    proj = write_layer(p, "projects", [("name", S), ("hy", S), ("xz", S)], [
        (box(600, 3200, 700, 3300), ["水泥厂", "3011", "新建"]),
        (box(800, 3200, 900, 3300), ["老水泥厂", "C3011", "现有"]),
        (box(1500, 1500, 1600, 1600), ["芯片厂", "C3973", ""])])
    out = {k: str(tmp_path / ("b." + k)) for k in ("html", "json", "xlsx")}
    res = run_alg("sitecheck", {"PROJECT": proj, "INDUSTRY_FIELD": "hy",
                                "PROJECT_KIND_FIELD": "xz", "UNITS": access["gpkg"],
                                "OUTPUT_HTML": out["html"], "OUTPUT_JSON": out["json"],
                                "OUTPUT_XLSX": out["xlsx"]})
    data = json.load(open(out["json"], encoding="utf-8"))
    got = [(r["name"], r["item"], r["project_kind"], r["verdict"]) for r in data["summary"]]
    assert got == [("水泥厂", "三类-47", "新建", "禁止"), ("老水泥厂", "三类-47", "现有", "禁止"),
                   ("芯片厂", "一类-70", "", "允许")]
    assert res["VERDICT"] == "禁止"
    first = data["projects"][0]
    assert [u["name"] for u in first["units"]] == ["甲镇优先保护单元"]
    assert "U1-2" in [r["item"] for r in first["reasons"]]
    # U1-1 (禁止新建、扩建三类…，严格限制二类) does not bind the existing plant
    assert "U1-1" not in [r["item"] for r in data["projects"][1]["reasons"]]
    for proj_report in data["projects"]:
        page = os.path.join(str(tmp_path), proj_report["project"]["report"])
        assert proj_report["project"]["name"] in open(page, encoding="utf-8").read()
    index = open(out["html"], encoding="utf-8").read()
    assert "禁止 2、限制 0、允许 1" in index
    xds = ogr.Open(out["xlsx"])
    lyr = xds.GetLayer(0)
    rows = [{k: f.GetField(k) for k in f.keys()} for f in lyr]
    assert [r["研判结论"] for r in rows] == ["禁止", "禁止", "允许"]
    assert [r["国民经济行业代码"] for r in rows] == ["3011", "3011", "3973"]
    xds = None
    from qgis.core import QgsProcessingException
    bad = write_layer(p, "bad", [("name", S), ("hy", S)], [(box(0, 0, 10, 10), ["x", "5110"])])
    with pytest.raises(QgsProcessingException, match="feature 1 .'x'.*5110"):
        run_alg("sitecheck", {"PROJECT": bad, "INDUSTRY_FIELD": "hy", "UNITS": access["gpkg"],
                              "OUTPUT_HTML": str(tmp_path / "x.html"),
                              "OUTPUT_JSON": str(tmp_path / "x.json")})


def test_controlunits_data_standard_fields(run_alg, county, element_zones, units, access,
                                           tmp_path):
    rows = {r["name"]: r for r in read(units)}
    for r in rows.values():   # province / city / county from ADMIN_CODE 331024
        assert (r["SHENGBM"], r["SHENGMC"], r["SHIBM"], r["SHIMC"], r["XIANBM"],
                r["XIANMC"]) == ("330000", "浙江省", "331000", "台州市", "331024", "仙居县")
        # one element-zone code per zones entry
        assert len(r["YSGKFQBM"].split(";")) == len(r["zones"].split(";"))
    park = rows["开发区产业集聚重点管控单元"]
    # air class 2: AIR-3 (乙镇, north) is YS…022001, AIR-2 (the park) YS…022002; water 03
    assert "YS331024022002" in park["YSGKFQBM"] and "YS331024032002" in park["YSGKFQBM"]
    assert "YS331024022001" not in park["YSGKFQBM"]
    assert park["WRWPFGK"].split("\n")[0] == \
        "1. 严格实施污染物总量控制，新建、改建、扩建项目实行主要污染物排放等量或减量替代。"
    urban = rows["乙镇城镇生活重点管控单元"]
    assert urban["KJBJYS"] == ("1. 城镇生活区禁止新建三类工业项目，二类工业项目应入园集聚。\n"
                               "2. 声环境优先保护区内禁止新建产生噪声污染的工业项目。")
    # without OVERALL the general unit lists the item; accesslist's OVERALL rewrites the field
    assert rows["甲镇一般管控单元"]["KJBJYS"] == "1. 一般管控单元落实生态环境保护基本要求，三类工业项目原则上应进入工业集聚区。"
    listed = {r["name"]: r for r in read(access["gpkg"])}
    assert not listed["甲镇一般管控单元"]["KJBJYS"]
    assert listed["乙镇城镇生活重点管控单元"]["KJBJYS"] == urban["KJBJYS"]
    # names the user gives; a Shapefile keeps every field name
    shp = str(tmp_path / "units.shp")
    run_alg("controlunits", {
        "ELEMENT_ZONES": element_zones, "TOWNSHIPS": county["towns"], "TOWNSHIP_FIELD": "name",
        "ADMIN_CODE": "341122", "COUNTY_NAME": "来安县", "CITY_NAME": "滁州市", "OUTPUT": shp})
    got = read(shp)
    assert {(r["SHENGMC"], r["SHIBM"], r["SHIMC"], r["XIANMC"]) for r in got} == {
        ("安徽省", "341100", "滁州市", "来安县")}
    ds = ogr.Open(shp)
    defn = ds.GetLayer(0).GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    for f in ("HJZHGKDYBM", "HJZHGKDYMC", "ZHGKDYFL", "SHENGBM", "XIANMC", "KJBJYS", "WRWPFGK",
              "HJFXFK", "ZYKFXLYQ", "YSGKFQBM"):
        assert f in names


def test_elementzones_soil_water_shoreline_from_data(run_alg, county, tmp_path):
    """Item 4: plots classed by their samples (GB 15618-2018), townships by overload,
    shorelines buffered — each reaching the shipped rules SOIL-1/3, WR-1, SH-1/2."""
    from qgis.core import QgsProcessingException
    p = str(tmp_path / "res.gpkg")
    S, R_ = ogr.OFTString, ogr.OFTReal
    plots = write_layer(p, "plots", [("landuse", S)], [
        (box(0, 1000, 1000, 2000), ["水田"]), (box(1000, 1000, 2000, 2000), ["旱地"]),
        (box(0, 0, 1000, 1000), ["旱地"]), (box(1000, 0, 2000, 1000), ["旱地"])])
    # cd 0.35 at pH 6 on paddy: 0.35 / 0.4 ≤ 1 → 优先保护; the same on dry land 0.35 / 0.3 →
    # 安全利用; cd 5 at pH 8: 5 / 4.0 > 1 → 严格管控; the fourth plot has no sample
    samples = write_layer(p, "samples", [("Cd", R_), ("pb", R_), ("pH", R_)], [
        ("POINT(%f %f)" % (X0 + 500, Y0 + 1500), [0.35, 50.0, 6.0]),
        ("POINT(%f %f)" % (X0 + 1500, Y0 + 1500), [0.35, 50.0, 6.0]),
        ("POINT(%f %f)" % (X0 + 500, Y0 + 500), [5.0, 50.0, 8.0])], ogr.wkbPoint)
    towns = write_layer(p, "water", [("name", S), ("overload", S)], [
        (box(0, 2000, 2000, 4000), ["甲镇", "超载"]), (box(2000, 2000, 4000, 4000), ["乙镇", "临界超载"]),
        (box(0, 0, 2000, 2000), ["丙乡", "不超载"]), (box(2000, 0, 4000, 2000), ["丁乡", "不超载"])])
    shores = write_layer(p, "shores", [("class", S)], [
        ("LINESTRING(%f %f,%f %f)" % (X0, Y0 + 3000, X0 + 4000, Y0 + 3000), ["严格保护"]),
        ("LINESTRING(%f %f,%f %f)" % (X0, Y0 + 1000, X0 + 4000, Y0 + 1000), ["优化利用"])],
        ogr.wkbLineString)
    out = str(tmp_path / "ez.gpkg")
    params = {"INPUTS": [county["protect"]], "REGION": county["region"],
              "SOIL_SAMPLES": samples, "SOIL_PLOTS": plots, "SOIL_PH_FIELD": "pH",
              "SOIL_LAND_FIELD": "landuse", "WATER_TOWNSHIPS": towns, "SHORELINES": shores,
              "SHORELINE_BUFFER": 50, "OUTPUT": out}
    run_alg("elementzones", params)
    got = {(r["element"], r["rule"], r["class"]): round(r["_area"], 4) for r in read(out)}
    assert got == {
        ("ecology", "ECO-1", 1): 1.0, ("ecology", "ECO-G", 3): 15.0,
        ("soil", "SOIL-1", 1): 1.0, ("soil", "SOIL-3", 2): 2.0, ("soil", "SOIL-G", 3): 13.0,
        ("water_resources", "WR-1", 2): 8.0, ("water_resources", "WR-G", 3): 8.0,
        ("shoreline", "SH-1", 1): 0.4, ("shoreline", "SH-2", 2): 0.4,
        ("shoreline", "SH-G", 3): 15.2}
    by_rule = {r["rule"]: r for r in read(out)}
    assert by_rule["SOIL-3"]["sources"] == "plots:farmland_safe_use; plots:farmland_strict_control"
    # the derived zones feed controlunits like any other element zone
    units = str(tmp_path / "u.gpkg")
    run_alg("controlunits", {"ELEMENT_ZONES": out, "TOWNSHIPS": county["towns"],
                             "TOWNSHIP_FIELD": "name", "ADMIN_CODE": "331024",
                             "MIN_AREA": 0.05, "OUTPUT": units})
    rows = read(units)
    assert any("soil/2/SOIL-3" in r["zones"] for r in rows if r["township"] == "丙乡")
    assert all("water_resources/2/WR-1" in r["zones"] for r in rows if r["township"] == "甲镇")
    bad = write_layer(p, "badwater", [("overload", S)], [(box(0, 0, 4000, 4000), ["轻度超载"])])
    with pytest.raises(QgsProcessingException, match="轻度超载"):
        run_alg("elementzones", dict(params, WATER_TOWNSHIPS=bad, OUTPUT="memory:"))
    with pytest.raises(QgsProcessingException, match="SOIL_PLOTS"):
        run_alg("elementzones", dict(params, SOIL_PLOTS=None, OUTPUT="memory:"))


def test_elementzones_soil_by_idw(run_alg, county, tmp_path):
    """Item 4 by interpolation (core/resources.py, IDW power 2, radius 300 m, 100 m cells):
    Cd 0.2 / 2.0 / 5.0 mg/kg at pH 8 (other land: Si 0.6, Gi 4.0) on three cell centres far
    apart → 优先保护 / 安全利用 / 严格管控 around each; only the cell centres within 300 m of a
    sample have a value: 29 lattice points (i² + j² ≤ 9) = 0.29 km² each."""
    p = str(tmp_path / "idw.gpkg")
    R_ = ogr.OFTReal
    samples = write_layer(p, "samples", [("cd", R_), ("ph", R_)], [
        ("POINT(%f %f)" % (X0 + 550, Y0 + 550), [0.2, 8.0]),
        ("POINT(%f %f)" % (X0 + 2050, Y0 + 2050), [2.0, 8.0]),
        ("POINT(%f %f)" % (X0 + 3550, Y0 + 3550), [5.0, 8.0])], ogr.wkbPoint)
    params = {"INPUTS": [county["protect"]], "REGION": county["region"],
              "SOIL_SAMPLES": samples, "SOIL_METHOD": 1, "SOIL_IDW_RADIUS": 300,
              "SOIL_CELL": 100}
    out = str(tmp_path / "grid.gpkg")
    run_alg("elementzones", dict(params, OUTPUT=out))
    rows = [r for r in read(out) if r["element"] == "soil"]
    got = {(r["rule"], r["class"]): round(r["_area"], 4) for r in rows}
    assert got == {("SOIL-1", 1): 0.29, ("SOIL-3", 2): 0.58, ("SOIL-G", 3): 15.13}
    assert {r["rule"]: r["sources"] for r in rows}["SOIL-3"] == \
        "samples (IDW):farmland_safe_use; samples (IDW):farmland_strict_control"
    # the grid within the plots only: the first circle lies inside the first plot
    plots = write_layer(p, "plots", [("landuse", ogr.OFTString)], [
        (box(0, 0, 1000, 1000), ["旱地"]), (box(1500, 1500, 2500, 2500), ["旱地"]),
        (box(3000, 3000, 4000, 4000), ["旱地"]), (box(0, 3000, 1000, 4000), ["旱地"])])
    out2 = str(tmp_path / "grid_plots.gpkg")
    run_alg("elementzones", dict(params, SOIL_PLOTS=plots, OUTPUT=out2))
    got = {(r["rule"], r["class"]): round(r["_area"], 4) for r in read(out2)
           if r["element"] == "soil"}
    assert got[("SOIL-1", 1)] == 0.29 and got[("SOIL-3", 2)] == 0.58
    # aggregated by plot: each plot takes the mean of its cell centres that have a value
    # (0.2, 2.0, 5.0 → classes 1, 2, 3); the fourth plot has no sample within 300 m
    out3 = str(tmp_path / "by_plot.gpkg")
    run_alg("elementzones", dict(params, SOIL_PLOTS=plots, SOIL_METHOD=2,
                                 SOIL_LAND_FIELD="landuse", OUTPUT=out3))
    rows = [r for r in read(out3) if r["element"] == "soil"]
    got = {(r["rule"], r["class"]): round(r["_area"], 4) for r in rows}
    assert got == {("SOIL-1", 1): 1.0, ("SOIL-3", 2): 2.0, ("SOIL-G", 3): 13.0}
    assert {r["rule"]: r["sources"] for r in rows}["SOIL-3"] == \
        "plots:farmland_safe_use; plots:farmland_strict_control"
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="SOIL_PLOTS"):
        run_alg("elementzones", dict(params, SOIL_METHOD=2, OUTPUT="memory:"))
