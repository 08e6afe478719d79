"""Zoning control (SPEC section 6, N 5.7–5.14): element rules, unit precedence, codes,
sliver merging, the access list, site-check verdicts, the transition matrix — all worked out
by hand on small cases."""

import json
import os

import pytest

from envzoning.core import control as C
from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError


@pytest.fixture(scope="module")
def rules():
    return C.load_element_rules(T.load("element_rules"))


@pytest.fixture(scope="module")
def catalogue():
    return T.load("industry_catalogue")


@pytest.fixture(scope="module")
def negative():
    return T.load("negative_lists").dicts()


@pytest.fixture(scope="module")
def requirements():
    return C.load_requirements(T.load("access_requirements"))


# -- element rules (one hand case per shipped rule) ----------------------------------------

CASES = [  # attributes of a source feature → the (rule, element, class) it must give
    ({"role": "redline"}, {("ECO-1", "ecology", 1)}),
    ({"role": "nature_reserve"}, {("ECO-2", "ecology", 1)}),
    ({"role": "water_source_protection"}, {("ECO-2", "ecology", 1), ("WAT-1", "water", 1)}),
    ({"p1": 4}, {("ECO-3", "ecology", 1)}),
    ({"p1": 5.0}, {("ECO-3", "ecology", 1)}),
    ({"p1": 3}, set()),
    ({"subtype": "II-1", "zone_type": "II"}, {("ECO-4", "ecology", 1)}),   # zones layer
    ({"subtype": "Ⅱ-3"}, {("ECO-4", "ecology", 1)}),
    ({"subtype": "II-2", "zone_type": "II"}, set()),   # soil conservation: not by default
    ({"role": "air_class1"}, {("AIR-1", "air", 1)}),
    ({"role": "industrial_existing"}, {("AIR-2", "air", 2), ("WAT-2", "water", 2)}),
    ({"role": "urban"}, {("AIR-3", "air", 2), ("WAT-3", "water", 2)}),
    ({"role": "air_weak_diffusion"}, {("AIR-4", "air", 2)}),
    ({"role": "aquaculture"}, {("WAT-4", "water", 2)}),
    ({"role": "marine_redline"}, {("SEA-1", "coastal", 1)}),
    ({"role": "port"}, {("SEA-2", "coastal", 2)}),
    ({"role": "farmland_priority"}, {("SOIL-1", "soil", 1)}),
    ({"role": "suspected_contaminated_plot"}, {("SOIL-2", "soil", 2)}),
    ({"role": "contaminated_plot"}, {("SOIL-2", "soil", 2)}),
    ({"role": "farmland_strict_control"}, {("SOIL-3", "soil", 2)}),
    ({"role": "gw_protection"}, {("GW-1", "groundwater", 1)}),
    ({"role": "gw_pollution"}, {("GW-2", "groundwater", 2)}),
    ({"role": "noise_0"}, {("NOISE-1", "noise", 1)}),
    ({"role": "noise_1"}, {("NOISE-1", "noise", 1)}),
    ({"role": "noise_sensitive"}, {("NOISE-2", "noise", 1)}),
    ({"role": "noise_3"}, {("NOISE-3", "noise", 2)}),
    ({"role": "4类声环境功能区"}, {("NOISE-3", "noise", 2)}),
    ({"role": "carbon_high"}, {("GHG-1", "ghg", 1)}),
    ({"role": "co_emission_high"}, {("GHG-2", "ghg", 2)}),
    ({"role": "water_critical"}, {("WR-1", "water_resources", 2)}),
    ({"role": "fuel_ban"}, {("EN-1", "energy", 2)}),
    ({"role": "shore_reserve"}, {("SH-1", "shoreline", 1)}),
    ({"role": "shore_development"}, {("SH-2", "shoreline", 2)}),
    ({"role": "shore_controlled"}, {("SH-3", "shoreline", 3)}),
    ({"role": "farmland"}, set()),
    ({"role": None}, set()),
]


@pytest.mark.parametrize("attrs,expected", CASES)
def test_each_element_rule(rules, attrs, expected):
    got = {(r.rule, r.element, r.cls) for r in C.match_feature(rules, attrs)}
    assert got == expected


def test_every_shipped_rule_has_a_case(rules):
    covered = {rule for _, exp in CASES for rule, _, _ in exp}
    assert covered == {r.rule for r in rules}
    assert C.elements(rules) == ["ecology", "air", "water", "coastal", "soil", "groundwater",
                                 "noise", "ghg", "water_resources", "energy", "shoreline"]
    assert all(r.clause.startswith("N 5.") for r in rules)


def test_role_field_name_and_numeric_text(rules):
    # the layer's role field is called 'kind'; '4.0' read from a text field is 4
    hits = C.match_feature(rules, {"kind": "噪声敏感建筑物集中区域", "p1": "4.0"}, "kind")
    assert {r.rule for r in hits} == {"NOISE-2", "ECO-3"}
    assert C.rule_fields(rules, "kind") == ["kind", "p1", "subtype"]


def test_noise_highest_class_wins(rules):
    # a class-3 noise zone (key, NOISE-3) overlapped by a sensitive-building cluster
    # (priority, NOISE-2): the cluster keeps priority; the rest of the zone stays key
    overlap = C.match_feature(rules, {"role": "noise_3"}) + \
        C.match_feature(rules, {"role": "noise_sensitive"})
    assert C.winning_rule(overlap, "noise").rule == "NOISE-2"
    only_zone = C.match_feature(rules, {"role": "noise_3"})
    assert C.winning_rule(only_zone, "noise").rule == "NOISE-3"
    assert C.winning_rule(only_zone, "ecology") is None
    # within a class the first rule in table order wins (ECO-1 before ECO-3)
    eco = C.match_feature(rules, {"p1": 5}) + C.match_feature(rules, {"role": "redline"})
    assert C.winning_rule(eco, "ecology").rule == "ECO-1"
    order = [r.rule for r in C.precedence([r for r in rules if r.element == "shoreline"])]
    assert order == ["SH-1", "SH-2", "SH-3"]
    g = C.general_rule(rules, "noise")
    assert (g.rule, g.cls, g.clause) == ("NOISE-G", 3, "N 5.8.3(6)")
    assert g.zone_name() == "声环境一般管控区"
    assert C.zone_label("岸线", 1) == "优先保护岸线"


def test_rule_table_errors():
    head = ["rule", "element", "element_zh", "class", "match_field", "op", "value",
            "unit_kind", "clause", "text"]
    bad_class = T.Table(head, [["X-1", "air", "大气", "4", "role", "in", "a", "", "N", ""]], "r")
    with pytest.raises(EnvZoningError, match="class '4'"):
        C.load_element_rules(bad_class)
    bad_op = T.Table(head, [["X-1", "air", "大气", "1", "role", "~", "a", "", "N", ""]], "r")
    with pytest.raises(EnvZoningError, match="operator '~'"):
        C.load_element_rules(bad_op)
    bad_num = T.Table(head, [["X-1", "eco", "生态", "1", "p1", ">=", "high", "", "N", ""]], "r")
    with pytest.raises(EnvZoningError, match="value 'high'"):
        C.load_element_rules(bad_num)


# -- control units -------------------------------------------------------------------------

def test_unit_precedence():
    assert C.unit_class([("ecology", 1), ("air", 2), ("noise", 3)]) == 1
    assert C.unit_class([("water", 1), ("air", 2)]) == 2   # water priority is no priority unit
    assert C.unit_class([("water", 1), ("noise", 3)]) == 3
    assert C.unit_class([("water", 1)], priority_elements=("ecology", "water")) == 1
    assert C.unit_class([], in_park=True) == 2
    assert C.unit_class([("ecology", 1)], in_park=True) == 1
    assert C.unit_class([]) == 3
    assert C.key_kind(["城镇生活类", "产业集聚类"]) == "产业集聚类"
    assert C.key_kind(["城镇生活类", ""]) == "城镇生活类"
    assert C.key_kind([""]) == ""
    assert C.key_kind([], in_park=True) == "产业集聚类"


def test_unit_names():
    assert C.unit_name("安洲街道", 1) == "安洲街道优先保护单元"
    assert C.unit_name("仙居经济开发区", 2, "产业集聚类") == "仙居经济开发区产业集聚重点管控单元"
    assert C.unit_name("横溪镇", 2, "城镇生活类") == "横溪镇城镇生活重点管控单元"
    assert C.unit_name("横溪镇", 2) == "横溪镇重点管控单元"
    assert C.unit_name("横溪镇", 3, "城镇生活类") == "横溪镇一般管控单元"


def test_codes():
    assert C.unit_code("331024", 1, 1) == "ZH33102410001"
    assert C.unit_code("331024", 3, 27) == "ZH33102430027"
    units = [{"cls": 1, "x": 0.0, "y": 100.0},    # A
             {"cls": 1, "x": 50.0, "y": 200.0},   # B: north-most priority unit
             {"cls": 1, "x": 10.0, "y": 100.0},   # C: same row as A, east of it
             {"cls": 3, "x": 0.0, "y": 0.0},      # D
             {"cls": 2, "x": 9.0, "y": 9.0}]      # E
    assert C.assign_codes(units, "331024") == [
        "ZH33102410002", "ZH33102410001", "ZH33102410003", "ZH33102430001", "ZH33102420001"]
    with pytest.raises(EnvZoningError, match="ADMIN_CODE '3310'"):
        C.unit_code("3310", 1, 1)
    with pytest.raises(EnvZoningError, match="Serial"):
        C.unit_code("331024", 1, 10000)


def test_merge_plan_longest_border_same_township():
    pieces = {"a": {"area": 0.2, "group": "t1"}, "b": {"area": 3.0, "group": "t1"},
              "c": {"area": 2.0, "group": "t1"}, "d": {"area": 0.1, "group": "t2"},
              "e": {"area": 0.3, "group": "t1", "keep": True}}
    borders = {("a", "b"): 100.0, ("c", "a"): 300.0, ("a", "d"): 500.0, ("e", "b"): 50.0}
    plan, isolated = C.merge_plan(pieces, borders, 0.5)
    # a: c shares 300 m (d shares more but lies in another township); e is priority: kept;
    # d has no neighbour in its township: isolated
    assert plan == {"a": "c"}
    assert isolated == ["d"]


def test_merge_plan_chain():
    pieces = {"x": {"area": 0.1, "group": 1}, "y": {"area": 0.2, "group": 1},
              "z": {"area": 5.0, "group": 1}}
    borders = {("x", "y"): 10.0, ("y", "z"): 5.0, ("x", "z"): 1.0}
    # x (smallest) joins y (10 m > 1 m); x+y = 0.3 km² is still small and joins z
    plan, isolated = C.merge_plan(pieces, borders, 0.5)
    assert plan == {"x": "z", "y": "z"}
    assert isolated == []
    assert C.merge_plan(pieces, borders, 0.05) == ({}, [])


def test_zones_field_round_trip():
    text = C.zones_field([("water", 2, "WAT-2"), ("ecology", 1, "ECO-1"), ("air", 2, "AIR-2"),
                          ("water", 2, "WAT-2")])
    assert text == "ecology/1/ECO-1;air/2/AIR-2;water/2/WAT-2"
    assert C.parse_zones_field(text) == [("ecology", 1, "ECO-1"), ("air", 2, "AIR-2"),
                                         ("water", 2, "WAT-2")]
    assert C.parse_zones_field(None) == []
    with pytest.raises(EnvZoningError, match="ecology-1"):
        C.parse_zones_field("ecology-1")


# -- access list ---------------------------------------------------------------------------

REQ_HEAD = ["id", "element", "class", "rule", "dimension", "item", "source", "industry_class",
            "action"]


def test_access_list_dedup_and_overall():
    table = T.Table(REQ_HEAD, [
        ["R1", "unit", "3", "", "空间布局约束", "三类工业项目应入园。", "N 5.11", "", ""],
        ["R2", "ecology", "1", "ECO-1", "空间布局约束", "禁止开发性建设活动", "N 5.7", "", ""],
        ["R3", "air", "2", "", "污染物排放管控", "执行特别排放限值", "N 5.8.4", "", ""],
        ["R4", "water", "", "", "污染物排放管控", " 执行特别排放限值 。", "N 5.8.4", "", ""],
        ["R5", "water", "2", "WAT-3", "资源利用效率", "节水", "N 5.9.3", "", ""],
        ["R6", "water", "2", "WAT-2", "环境风险防控", "建设事故应急池", "N 5.8.4", "", ""],
    ], "req")
    reqs = C.load_requirements(table)
    assert reqs[4]["dimension"] == "资源开发效率要求"   # SPEC's 资源利用效率 is an alias
    zones = [("air", 2, "AIR-2"), ("water", 2, "WAT-2")]
    lists, dup, dropped = C.unit_requirements(3, zones, reqs, overall=["1. 三类工业项目应入园"])
    assert lists == {"空间布局约束": [], "污染物排放管控": ["执行特别排放限值"],
                     "环境风险防控": ["建设事故应急池"], "资源开发效率要求": []}
    assert (dup, dropped) == (1, 1)
    lists, dup, dropped = C.unit_requirements(1, [("ecology", 1, "ECO-1")], reqs)
    assert lists["空间布局约束"] == ["禁止开发性建设活动"] and (dup, dropped) == (0, 0)
    assert C.format_items(["甲", "乙"]) == "1. 甲\n2. 乙"
    assert C.format_items([]) == ""


def test_access_list_shipped_table(requirements):
    # an urban key unit: U2-* for the class, AIR3-1 and AIR3-2 share one text → listed once
    lists, dup, _ = C.unit_requirements(2, [("air", 2, "AIR-3")], requirements)
    assert lists["空间布局约束"] == ["城镇生活区禁止新建三类工业项目，二类工业项目应入园集聚。"]
    assert len(lists["污染物排放管控"]) == 2 and dup == 1
    assert all(r["source"].startswith("N 5.") for r in requirements)


def test_requirement_table_errors():
    bad = T.Table(REQ_HEAD, [["R1", "unit", "3", "", "空间约束", "x", "N", "", ""]], "req")
    with pytest.raises(EnvZoningError, match="dimension '空间约束'"):
        C.load_requirements(bad)
    bad = T.Table(REQ_HEAD, [["R1", "unit", "", "", "空间布局约束", "x", "N", "", ""]], "req")
    with pytest.raises(EnvZoningError, match="unit row needs its class"):
        C.load_requirements(bad)
    bad = T.Table(REQ_HEAD, [["R1", "unit", "1", "", "空间布局约束", "x", "N", "", "禁止"]], "req")
    with pytest.raises(EnvZoningError, match="industry_class"):
        C.load_requirements(bad)


# -- site check ----------------------------------------------------------------------------

def test_resolve_industry(catalogue):
    assert C.resolve_industry("47", catalogue)["item"] == "三类-47"
    assert C.resolve_industry("k", catalogue)["class"] == "二类"
    assert C.resolve_industry("三类-76", catalogue)["class"] == "三类"
    assert C.resolve_industry("99", catalogue)["class"] == "一类"
    assert C.resolve_industry("一类", catalogue) == {
        "input": "一类", "class": "一类", "item": "", "no": "", "name": "一类工业项目", "sector": ""}
    with pytest.raises(EnvZoningError, match="ambiguous.*二类-76.*三类-76"):
        C.resolve_industry("76", catalogue)
    with pytest.raises(EnvZoningError, match="'999' is not in table 6"):
        C.resolve_industry("999", catalogue)


@pytest.mark.parametrize("zone_type,source_county,expected,clauses", [
    ("I", False, "禁止", ["Z 5.3; 表5 自然生态红线区 管控措施1"]),
    ("II", False, "禁止", ["Z 5.3; 表5 生态功能保障区 管控措施1"]),
    ("V", False, "禁止", ["Z 5.3; 表5 环境优化准入区 管控措施1"]),
    ("VI", False, "限制", ["Z 5.3; 表5 环境重点准入区 管控措施1"]),
    ("VI", True, "禁止", ["Z 5.3; 表5 环境重点准入区 管控措施1",
                         "Z 5.3; 表5 环境重点准入区 管控措施1; Z 4.6.1"]),
])
def test_class_three_project(catalogue, negative, zone_type, source_county, expected, clauses):
    ind = C.resolve_industry("47", catalogue)   # 水泥制造, 三类
    hits = C.negative_list_hits(zone_type, zone_type + "-1", ind, negative, source_county)
    assert C.verdict(hits) == expected
    assert [h["clause"] for h in hits] == clauses


@pytest.mark.parametrize("zone_type,expected", [
    ("I", "禁止"), ("II", "允许"), ("III", "允许"), ("IV", "允许"), ("V", "允许"), ("VI", "允许")])
def test_class_one_project(catalogue, negative, zone_type, expected):
    ind = C.resolve_industry("71", catalogue)   # 电子元件, 一类
    assert C.verdict(C.negative_list_hits(zone_type, "", ind, negative, True)) == expected


def test_class_two_project_in_type_three_is_restricted(catalogue, negative):
    hits = C.negative_list_hits("III", "III-1", C.resolve_industry("K", catalogue), negative)
    assert C.verdict(hits) == "限制" and hits[0]["clause"].endswith("管控措施1")


def test_unit_screening(catalogue, requirements):
    three = C.resolve_industry("三类", catalogue)
    one = C.resolve_industry("一类", catalogue)
    # general unit: U3-1 restricts class 三类 (into the industrial clusters)
    h = C.requirement_hits(3, [], three, requirements)
    assert C.verdict(h) == "限制" and [x["item"] for x in h] == ["U3-1"]
    # industrial key unit: no screening row for 三类 → allowed
    assert C.verdict(C.requirement_hits(2, [("air", 2, "AIR-2"), ("water", 2, "WAT-2")],
                                        three, requirements)) == "允许"
    # red line: U1-2 (unit class) and ECO1-1 (ECO-1) both prohibit
    h = C.requirement_hits(1, [("ecology", 1, "ECO-1")], three, requirements)
    assert [x["item"] for x in h] == ["U1-2", "ECO1-1"] and C.verdict(h) == "禁止"
    assert C.verdict(C.requirement_hits(1, [("ecology", 1, "ECO-1")], one, requirements)) == "禁止"
    assert C.verdict(C.requirement_hits(1, [("ecology", 1, "ECO-3")], one, requirements)) == "允许"


def test_site_report_is_deterministic(catalogue, negative, requirements):
    ind = C.resolve_industry("47", catalogue)
    zones = [{"code": "1024-Ⅵ-0-1", "name": "城东环境重点准入区", "zone_type": "VI",
              "area_km2": 0.2, "hits": C.negative_list_hits("VI", "VI-0", ind, negative, False)},
             {"code": "1024-Ⅱ-1-1", "name": "<水源>涵养区", "zone_type": "II", "area_km2": 0.1,
              "hits": C.negative_list_hits("II", "II-1", ind, negative, False)}]
    units = [{"code": "ZH33102430001", "name": "横溪镇一般管控单元", "class_name": "一般管控单元",
              "area_km2": 0.3, "hits": C.requirement_hits(3, [], ind, requirements)}]
    rep = C.site_report({"name": "p", "area_km2": 0.3, "geometry": "polygon"}, ind, zones,
                        units, False)
    assert rep["verdict"] == "禁止"
    # strictest first, zones before units, then by code
    assert [(r["action"], r["code"]) for r in rep["reasons"]] == [
        ("禁止", "1024-Ⅱ-1-1"), ("限制", "1024-Ⅵ-0-1"), ("限制", "ZH33102430001")]
    assert all(r["clause"] for r in rep["reasons"])
    again = C.site_report({"name": "p", "area_km2": 0.3, "geometry": "polygon"}, ind,
                          list(reversed(zones)), units, False)
    assert C.report_json(again) != "" and again["reasons"] == rep["reasons"]
    data = json.loads(C.report_json(rep))
    assert data["verdict"] == "禁止" and data["reasons"][0]["clause"].startswith("Z 5.3")
    page = C.report_html(rep)
    assert "&lt;水源&gt;涵养区" in page and "<水源>" not in page
    assert page.count("<tr>") >= 8 and "禁止" in page


# -- comparison ----------------------------------------------------------------------------

def test_transition_matrix_sums_to_region():
    # two versions of a 10 km² county, worked by hand
    records = [("I", "I", 3.0), ("I", "II", 1.0), ("II", "II", 4.0), ("V", "VI", 1.5),
               ("V", "VI", 0.5)]
    froms, tos, cells = C.transition_matrix(records)
    assert froms == ["I", "II", "V"] and tos == ["I", "II", "VI"]
    assert cells[("V", "VI")] == 2.0
    assert sum(cells.values()) == pytest.approx(10.0)
    text = C.change_summary(froms, tos, cells)
    assert "总面积 Total area: 10.0000 km²" in text
    assert "变化 Changed: 3.0000 km² (30.00%)" in text
    assert "V → VI: 2.0000 km²" in text.split("Largest transitions:")[1].split("\n")[1]
    assert sorted(["(无)", "VI", "II", "3", "1", "优先保护单元", "II-1"],
                  key=C.class_sort_key) == ["II", "II-1", "VI", "1", "3", "优先保护单元", "(无)"]
    f2, t2, c2 = C.transition_matrix([(None, "I", 1.0), ("1", "", 2.0)])
    assert f2 == ["1", "(无)"] and t2 == ["I", "(无)"]


# -- writers -------------------------------------------------------------------------------

def test_xlsx_and_docx(tmp_path):
    from envzoning.core import control_io as CIO
    rows = [{"code": "ZH33102410001", "name": "安洲街道优先保护单元", "class_name": "优先保护单元",
             "township": "安洲街道", "area_km2": 1.25, "space_layout": "1. 甲\n2. 乙",
             "emission_control": "", "risk_control": "1. 丙", "resource_efficiency": ""}]
    xlsx = CIO.write_xlsx(str(tmp_path / "a.xlsx"), rows)
    from osgeo import ogr
    ds = ogr.Open(xlsx)
    lyr = ds.GetLayer(0)
    f = lyr.GetNextFeature()
    assert f["管控单元编码"] == "ZH33102410001" and f["空间布局约束"] == "1. 甲\n2. 乙"
    assert f["面积(km²)"] == pytest.approx(1.25)
    ds = None
    docx = pytest.importorskip("docx")
    path = CIO.write_docx(str(tmp_path / "a.docx"), rows)
    doc = docx.Document(path)
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "安洲街道优先保护单元" in cells and "1. 甲\n2. 乙" in cells
    assert sorted(os.listdir(tmp_path)) == ["a.docx", "a.xlsx"]


def test_classify_place_uses_core_rules():
    Z = C.ZoneRef
    # red line (ecology 1) over an industrial key zone → priority
    assert C.classify_place([Z("ecology", 1, "ECO-1"), Z("air", 2, "AIR-2", "产业集聚类")])[:2] \
        == (1, "")
    # a noise priority zone is not a priority unit (noise is not a priority element)
    assert C.classify_place([Z("noise", 1, "NOISE-2"), Z("air", 2, "AIR-3", "城镇生活类")])[:2] \
        == (2, "城镇生活类")
    # industrial beats urban; a park alone is a key industrial-cluster place
    assert C.classify_place([Z("air", 2, "AIR-3", "城镇生活类"),
                             Z("water", 2, "WAT-2", "产业集聚类")])[:2] == (2, "产业集聚类")
    assert C.classify_place([], in_park=True)[:2] == (2, "产业集聚类")
    assert C.classify_place([Z("soil", 3, "SOIL-G")])[:2] == (3, "")
    # overlapping zones of one element (other software): the winning rule holds the place
    cls, kind, held = C.classify_place([Z("water", 2, "WAT-3", "城镇生活类", 5),
                                        Z("water", 1, "WAT-1", "", 9)])
    assert (cls, kind) == (3, "") and [z.rule for z in held] == ["WAT-1"]
    # another priority element given
    assert C.classify_place([Z("water", 1, "WAT-1")], ("ecology", "water"))[0] == 1


# -- site check as bureaus use it: GB/T 4754-2017 codes, project kinds --------------------

@pytest.fixture(scope="module")
def gb():
    return T.load("gbt4754_industry"), T.load("industry_catalogue")


def test_gbt4754_codes_map_to_table6(gb):
    mapping, cat = gb
    assert C.resolve_any_industry("3011", cat, mapping)["item"] == "三类-47"   # 水泥制造
    assert C.resolve_any_industry("C3011", cat, mapping)["gbt4754"] == "3011"
    # 3021 水泥制品制造: no 4-digit row, falls back to 30 非金属矿物制品业 → 二类-J
    ind = C.resolve_any_industry("3021", cat, mapping)
    assert (ind["item"], ind["class"], ind["gbt4754"]) == ("二类-J", "二类", "30")
    # 2612 无机碱制造 → 261 基础化学原料制造 → 三类-76; the note says when it is 二类-76
    ind = C.resolve_any_industry("GB/T 4754:2612", cat, mapping)
    assert ind["item"] == "三类-76" and "二类-76" in ind["gbt4754_note"]
    # two- and three-digit numbers and letters stay table-6 items
    assert C.resolve_any_industry("47", cat, mapping)["item"] == "三类-47"
    assert C.resolve_any_industry("K", cat, mapping)["item"] == "二类-K"
    assert C.resolve_any_industry("GB:39", cat, mapping)["item"] == "二类-K"
    with pytest.raises(EnvZoningError, match="9999.*gbt4754_industry"):
        C.resolve_any_industry("9999", cat, mapping)
    with pytest.raises(EnvZoningError, match="5110"):
        C.resolve_any_industry("F5110", cat, mapping)   # 批发业: not an industrial project


def test_every_gbt4754_row_resolves(gb):
    mapping, cat = gb
    for row in mapping.dicts():
        assert C.resolve_gbt4754(row["code"], mapping, cat)["item"] == row["item"], row["code"]


def test_project_kind_reads_the_clause():
    t1 = "优先保护单元内禁止新建、扩建三类工业项目，现有的应限期关闭搬迁。"
    t2 = "禁止一切工业项目进入，现有的要限期关闭搬迁"
    t3 = "禁止新建、扩建三类工业项目"
    assert [C.reason_applies(t1, k) for k in C.PROJECT_KINDS] == [True, False, True, True]
    assert [C.reason_applies(t2, k) for k in C.PROJECT_KINDS] == [True, True, True, True]
    assert [C.reason_applies(t3, k) for k in C.PROJECT_KINDS] == [True, False, True, False]
    assert C.reason_applies(t3, "")                      # no kind given: every row
    assert C.reason_applies(t3, "现有", explicit="现有;改建")  # the column overrides the text
    assert C.check_project_kind("existing") == "现有"
    with pytest.raises(EnvZoningError, match="PROJECT_KIND '搬迁'"):
        C.check_project_kind("搬迁")
    hits = [{"action": "禁止", "text": t3}, {"action": "限制", "text": t2}]
    assert C.verdict(C.filter_by_kind(hits, "现有")) == "限制"
    assert C.verdict(C.filter_by_kind(hits, "新建")) == "禁止"


# -- data-standard fields (core.datastandard) ----------------------------------------------

def test_admin_levels_from_the_code():
    from envzoning.core import datastandard as D
    names = D.admin_names(T.load("admin_divisions"))
    assert D.admin_levels("331024", names) == {
        "SHENGBM": "330000", "SHENGMC": "浙江省", "SHIBM": "331000", "SHIMC": "台州市",
        "XIANBM": "331024", "XIANMC": "仙居县"}
    # a county the table lacks: codes still derived, names from the user or ''
    got = D.admin_levels("３４１１２２", names, county_name="来安县")   # full-width digits
    assert (got["SHENGBM"], got["SHENGMC"], got["SHIBM"], got["SHIMC"], got["XIANBM"],
            got["XIANMC"]) == ("340000", "安徽省", "341100", "", "341122", "来安县")
    # a municipality: its city level carries the municipality's name
    got = D.admin_levels("110105", names)
    assert (got["SHIBM"], got["SHIMC"], got["XIANMC"]) == ("110100", "北京市", "")
    with pytest.raises(EnvZoningError, match="'99'"):
        D.admin_levels("991024", names)
    with pytest.raises(EnvZoningError, match="33102"):
        D.admin_levels("33102", names)
    assert all(len(f) <= 10 and f.isupper() and f.isascii() for f in D.STANDARD_FIELDS)


def test_element_zone_codes_by_hand():
    from envzoning.core import datastandard as D
    numbers = D.element_numbers(["ecology", "air", "water", "ecology"])
    assert numbers == {"ecology": 1, "air": 2, "water": 3}
    zones = [{"element": "air", "cls": 2, "x": 100.0, "y": 500.0},       # south-west
             {"element": "air", "cls": 2, "x": 900.0, "y": 500.0},       # south-east
             {"element": "air", "cls": 2, "x": 500.0, "y": 900.0},       # north → first
             {"element": "ecology", "cls": 1, "x": 0.0, "y": 0.0},
             {"element": "ecology", "cls": 1, "x": 0.0, "y": 9.0, "code": "HZ-ECO-7"},
             {"element": "ecology", "cls": 1, "x": 5.0, "y": 5.0, "code": "NULL"},
             {"element": "wetland", "cls": 3, "x": 0.0, "y": 0.0}]
    assert D.element_zone_codes(zones, "331024", numbers) == [
        "YS331024022002", "YS331024022003", "YS331024022001",
        "YS331024011002", "HZ-ECO-7", "YS331024011001", "YS331024993001"]
    assert D.zone_codes_field(["b", "a", "b", ""]) == "a;b"
    # codes elementzones wrote are kept and never repeated by a generated one
    mixed = [{"element": "water", "cls": 2, "x": 0.0, "y": 9.0, "code": "YS331024032001"},
             {"element": "water", "cls": 2, "x": 0.0, "y": 5.0},
             {"element": "water", "cls": 2, "x": 0.0, "y": 1.0, "code": "YS331024032002"}]
    assert D.element_zone_codes(mixed, "331024", numbers) == [
        "YS331024032001", "YS331024032003", "YS331024032002"]


def test_dimension_values_follow_the_access_list(requirements):
    from envzoning.core import datastandard as D
    lists, _, _ = C.unit_requirements(2, [("air", 2, "AIR-3")], requirements)
    got = D.dimension_values(lists, C.format_items)
    assert got["KJBJYS"] == "1. 城镇生活区禁止新建三类工业项目，二类工业项目应入园集聚。"
    assert got["WRWPFGK"] == C.format_items(lists["污染物排放管控"]) and \
        got["WRWPFGK"].count("\n") == 1
    assert set(got) == {"KJBJYS", "WRWPFGK", "HJFXFK", "ZYKFXLYQ"}
