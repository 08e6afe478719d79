"""Targets, measures and negative lists (Z 5, tables 5 and 6); the provenance record."""

import json

import pytest

from envzoning.core import provenance as P
from envzoning.core import tables as T
from envzoning.core import targets as TG
from envzoning.core.errors import EnvZoningError

CLASS3 = "表6 三类（22、32、33、34、37、38、40、47、75、76、77、79、100、106、107、108）"
CLASS2 = ("表6 二类（D、E、F、31、35、36、39、I、J、K、76、77、M、N、108、109、110、129、137）")
CLASS1 = "表6 一类（69、70、71、83、99、101、105、108、109、110）"


def lines(text):
    return text.split("\n") if text else []


def test_catalogue_transcribes_table_6():
    cat = TG.Catalogue()
    assert len(cat.by_class["一类"]) == 10
    assert len(cat.by_class["二类"]) == 19
    assert len(cat.by_class["三类"]) == 16
    assert cat.items["三类-47"]["name"] == "水泥制造"
    assert cat.items["二类-D"]["name"].startswith("煤炭（不含19、焦化、电石")
    assert cat.items["一类-71"]["name"] == "电子元件及组件（不含分割、焊接、有机溶剂清洗工艺的）"
    # the seed's numbers repeat across classes; the item keys do not
    t = T.load("industry_catalogue")
    assert len(set(t.column("item"))) == len(t.rows)
    assert sorted(r["class"] for r in cat.items.values() if r["no"] == "108") == ["一类", "三类", "二类"]


def test_type_i_rows_of_table_5():
    f = TG.zone_fields("I", "I-1")
    assert lines(f["env_target"]) == [
        "表5 环境目标1 地表水达到Ⅰ类标准或水环境功能区要求",
        "表5 环境目标2 环境空气达到一级或功能区要求",
        "表5 环境目标3 土壤环境质量保持本底状态或达到功能区要求"]
    m = lines(f["measures"])
    assert len(m) == 3 and m[0] == "表5 管控措施1 禁止一切工业项目进入，现有的要限期关闭搬迁"
    neg = lines(f["negative_list"])
    assert neg[:3] == [CLASS1 + "禁止：禁止一切工业项目进入，现有的要限期关闭搬迁",
                       CLASS2 + "禁止：禁止一切工业项目进入，现有的要限期关闭搬迁",
                       CLASS3 + "禁止：禁止一切工业项目进入，现有的要限期关闭搬迁"]
    assert any("畜禽养殖 禁止" in x for x in neg)
    assert lines(f["main_function"])[0].startswith("Z 4.2.1 ")


def test_type_ii_subtypes():
    f = TG.zone_fields("II", "II-1")
    fn = lines(f["main_function"])
    assert fn[0].startswith("Z 4.2.2 区域生态系统功能重要")
    assert fn[1].startswith("Z 4.2.2(1) 水源涵养区")
    assert len(fn) == 2
    assert "水源涵养区" not in TG.zone_fields("II", "II-3")["main_function"]
    assert lines(f["env_target"])[0] == "表5 环境目标1 地表水达到II类或水环境功能区要求"
    assert len(lines(f["measures"])) == 7
    neg = lines(f["negative_list"])
    assert not any(x.startswith(CLASS1) for x in neg)
    assert neg[0].startswith(CLASS2 + "禁止：禁止新建、扩建、改建二类工业项目")
    assert neg[1].startswith(CLASS3 + "禁止：")
    assert "表5 生态功能保障区 管控措施2 规模化畜禽养殖 限制：严格实施畜禽养殖禁养区、限养区规定，控制规模化畜禽养殖项目规模" in neg
    assert len(neg) == 8


def test_type_v_prohibits_class_3_only():
    f = TG.zone_fields("Ⅴ", "")
    neg = lines(f["negative_list"])
    assert neg[0] == CLASS3 + "禁止：禁止新建、扩建三类工业项目，但鼓励对三类工业项目进行淘汰和提升改造"
    assert not any(x.startswith(CLASS2) or x.startswith(CLASS1) for x in neg)
    assert lines(f["env_target"])[2] == "表5 环境目标3 声环境质量达到2类标准或声环境功能区要求"
    assert len(lines(f["measures"])) == 5


def test_type_vi_restricts_class_3_and_source_counties_prohibit_it():
    neg = lines(TG.zone_fields("VI", "VI-0")["negative_list"])
    assert neg[0] == CLASS3 + "限制：禁止某些行业三类工业项目进入，严控三类工业项目数量和排污总量"
    neg = lines(TG.zone_fields("VI", "VI-0", source_region=True)["negative_list"])
    assert neg[0] == CLASS3 + "禁止：对源头地区则禁止三类工业项目准入"
    assert not any(x.startswith(CLASS3 + "限制") for x in neg)


def test_type_iii_restricts_class_2():
    neg = lines(TG.zone_fields("III", "III-2")["negative_list"])
    assert neg[0].startswith(CLASS3 + "禁止")
    assert neg[1].startswith(CLASS2 + "限制：禁止新建、扩建、改建涉及重金属")
    fn = lines(TG.zone_fields("III", "III-2")["main_function"])
    assert fn[1].startswith("Z 4.2.3(2) 水产品环境保障区")


def test_single_item_rows(tmp_path):
    neg = T.load("negative_lists")
    rows = neg.rows + [["IV", "IV-0", "", "一类-71", "", "限制", "*", "地方", "仅限园区内"]]
    tables = TG.TargetTables(negatives=T.Table(neg.headers, rows, "neg"))
    out = lines(TG.zone_fields("IV", "IV-0", tables)["negative_list"])
    assert out[-1] == ("表6 一类-71 电子元件及组件（不含分割、焊接、有机溶剂清洗工艺的） 限制：仅限园区内")


def test_local_additions_keyed_by_code_either_numerals(tmp_path):
    p = tmp_path / "local.csv"
    p.write_text("code,kind,text,ref\n"
                 "1024-Ⅱ-1-1,管控措施,禁止新建小水电,\n"
                 "1024-II-1-1,negative,禁止 二类-K 机械、电子,县规划第5条\n"
                 "1024-Ⅴ-0-2,env_target,地表水达到Ⅱ类,\n", encoding="utf-8")
    local = TG.local_additions(T.load(str(p)))
    assert set(local) == {"1024-II-1-1", "1024-V-0-2"}
    f = TG.zone_fields("II", "II-1", local=local[TG.code_key("1024-II-1-1")])
    assert lines(f["measures"])[-1] == "地方 禁止新建小水电"
    assert len(lines(f["measures"])) == 8
    assert lines(f["negative_list"])[-1] == "地方 县规划第5条 禁止 二类-K 机械、电子"


def test_local_table_errors(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("code,kind,text\n1024-Ⅱ-1-1,措施,x\n", encoding="utf-8")
    with pytest.raises(EnvZoningError, match="row 1: kind '措施'"):
        TG.local_additions(T.load(str(p)))
    p.write_text("code,text\n1024-Ⅱ-1-1,x\n", encoding="utf-8")
    with pytest.raises(EnvZoningError, match="no column 'kind'"):
        TG.local_additions(T.load(str(p)))


def test_bad_tables_are_errors_naming_the_row():
    neg = T.load("negative_lists")
    rows = [list(r) for r in neg.rows]
    rows[2][5] = "ban"
    with pytest.raises(EnvZoningError, match="row 3: action 'ban'"):
        TG.TargetTables(negatives=T.Table(neg.headers, rows, "negative_lists"))
    rows = [list(r) for r in neg.rows]
    rows[0][3] = "三类-999"
    with pytest.raises(EnvZoningError, match="三类-999"):
        TG.TargetTables(negatives=T.Table(neg.headers, rows, "negative_lists"))
    with pytest.raises(EnvZoningError, match="VII"):
        TG.zone_fields("VII", "")


def test_every_type_has_targets_and_measures():
    for t in ("I", "II", "III", "IV", "V", "VI"):
        f = TG.zone_fields(t, "")
        assert f["env_target"] and f["measures"] and f["eco_target"] and f["main_function"]
        assert f["negative_list"]


# -- provenance ------------------------------------------------------------------------

def test_provenance_record_is_deterministic_and_traces_tables():
    t = T.load("zone_codes")
    e = P.table_entry(t, "zone_codes")
    assert e["rows"] == 15 and len(e["sha256"]) == 64 and e["origin"] == "shipped"
    r1 = P.record("namezones", {"ROMAN": 0, "ADMIN_CODE": "331024"}, [e], version="0.1.0")
    r2 = P.record("namezones", {"ADMIN_CODE": "331024", "ROMAN": 0}, [e], version="0.1.0")
    assert P.to_json(r1) == P.to_json(r2)
    back = P.from_json(P.to_json(r1))
    assert back["algorithm"] == "envzoning:namezones"
    assert back["tables"][0]["sha256"] == e["sha256"]
    assert "time" not in P.to_json(r1)
    edited = T.Table(t.headers, t.rows[:-1], "zone_codes")
    assert P.table_entry(edited)["sha256"] != e["sha256"]
    assert P.is_shipped(t, "zone_codes") and not P.is_shipped(edited, "zone_codes")


def test_provenance_chain_flattens_upstream_oldest_first():
    a = P.record("zoning", {"CELL_SIZE": 30}, version="0.1.0")
    b = P.record("mergezones", {"MIN_AREA": 0.5}, upstream=[a], version="0.1.0")
    c = P.record("namezones", {}, upstream=[b], version="0.1.0")
    steps = P.chain(c)
    assert [s["algorithm"] for s in steps] == ["envzoning:zoning", "envzoning:mergezones",
                                               "envzoning:namezones"]
    assert steps[2]["upstream"] == ["envzoning:mergezones"]
    # a chain read back (flat steps) and nested again gives the same steps
    nested = P.nest(steps)
    assert [P.to_json(s) for s in P.chain(nested)] == [P.to_json(s) for s in steps]
    assert P.to_json(nested) == P.to_json(c)
    assert P.nest([]) is None
    assert json.loads(P.to_json(c))["schema"] == P.SCHEMA
    assert P.from_json("{}") is None and P.from_json("not json") is None
