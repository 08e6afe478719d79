"""Codes and names of zones (Z 4.4) on a hand-made county: three townships, six zones."""

import pytest

from envzoning.core import naming as N
from envzoning.core.errors import EnvZoningError

# Three townships 甲乡, 乙镇, 丙街道; overlaps in km² of each zone (area 10 unless given).
# Interior points: z1 and z3 lie on one row (y 899.8 / 900.4 round to 900 at 1 m), z1 west.
ZONES = [
    {"id": 1, "zone_type": "II", "subtype": "II-1", "x": 100.0, "y": 899.8, "area": 10.0,
     "overlaps": {"甲乡": 7.01, "乙镇": 2.99}},            # 29.9 %: not joined
    {"id": 2, "zone_type": "II", "subtype": "II-1", "x": 50.0, "y": 500.0, "area": 10.0,
     "overlaps": {"乙镇": 7.0, "甲乡": 3.0}},              # exactly 30 %: joined
    {"id": 3, "zone_type": "Ⅱ", "subtype": "Ⅱ-1", "x": 300.0, "y": 900.4, "area": 5.0,
     "overlaps": {"丙街道": 5.0}},
    {"id": 4, "zone_type": "V", "subtype": "V-0", "x": 0.0, "y": 0.0, "area": 6.0,
     "overlaps": {"乙镇": 3.0, "丙街道": 3.0}},             # tie: code-point order 丙 < 乙
    {"id": 5, "zone_type": "II", "subtype": "II-2", "x": 0.0, "y": 800.0, "area": 1.0,
     "overlaps": {"甲乡": 1.0}},
    {"id": 6, "zone_type": "II", "subtype": "II-2", "x": 0.0, "y": 700.0, "area": 2.5,
     "overlaps": [("甲乡", 1.0), ("甲乡", 1.0), ("乙镇", 0.5)]},  # repeated name adds up
]


def test_codes_unicode_serial_north_to_south_then_west_to_east():
    out = N.name_zones(ZONES, "331024")
    assert out[1]["code"] == "1024-Ⅱ-1-1"   # same row as z3, west of it
    assert out[3]["code"] == "1024-Ⅱ-1-2"
    assert out[2]["code"] == "1024-Ⅱ-1-3"   # further south
    assert out[4]["code"] == "1024-Ⅴ-0-1"
    assert out[5]["code"] == "1024-Ⅱ-2-1"
    assert out[6]["code"] == "1024-Ⅱ-2-2"


def test_codes_ascii():
    out = N.name_zones(ZONES, "331024", unicode=False)
    assert [out[i]["code"] for i in range(1, 7)] == [
        "1024-II-1-1", "1024-II-1-3", "1024-II-1-2", "1024-V-0-1", "1024-II-2-1", "1024-II-2-2"]


def test_row_precision_zero_orders_strictly_by_y():
    out = N.name_zones(ZONES, "331024", precision=0)
    assert out[3]["code"] == "1024-Ⅱ-1-1"   # 900.4 is north of 899.8
    assert out[1]["code"] == "1024-Ⅱ-1-2"


def test_names_place_function_and_join_at_30_percent():
    out = N.name_zones(ZONES, "331024")
    assert out[1]["name"] == "甲乡水源涵养区"
    assert out[2]["name"] == "乙镇-甲乡水源涵养区"
    assert out[3]["name"] == "丙街道水源涵养区"
    assert out[4]["name"] == "丙街道-乙镇环境优化准入区"


def test_duplicate_names_take_a_position_not_an_ordinal():
    out = N.name_zones(ZONES, "331024")
    # z6: 甲乡 2.0 of 2.5, 乙镇 20 % → 甲乡水土保持区, the same as z5. In the county frame
    # (interior points: x 0…300, y 0…900.4, centre (150, 450.2)) both lie 西北部:
    # z5 (u, v) = (-1, 0.777) at 142°, z6 (-1, 0.555) at 151° — no help. Within the frame
    # of the two (x 0…0, y 700…800): z5 at the top (北部), z6 at the bottom (南部).
    assert out[5]["name"] == "甲乡北部水土保持区"
    assert out[6]["name"] == "甲乡南部水土保持区"
    assert all("一" not in r["name"] and "（" not in r["name"] for r in out.values())


def test_duplicate_names_take_the_distinguishing_place_layer_first():
    zones = [dict(z) for z in ZONES]
    zones[4]["distinct"] = ["黄坦村", "石盟垟"]
    zones[5]["distinct"] = ["石盟垟"]
    out = N.name_zones(zones, "331024")
    # first candidates 黄坦村 / 石盟垟 differ → both kept, before the function word
    assert out[5]["name"] == "甲乡黄坦村水土保持区"
    assert out[6]["name"] == "甲乡石盟垟水土保持区"
    # the same first candidate for both: the layer cannot tell them apart as a strategy
    zones[5]["distinct"] = ["黄坦村"]
    out = N.name_zones(zones, "331024")
    assert out[5]["name"] == "甲乡北部水土保持区"
    assert out[6]["name"] == "甲乡南部水土保持区"


def test_position_word():
    frame = (0.0, 0.0, 100.0, 100.0)      # centre (50, 50), half-extent 50
    assert N.position_word(50, 60, frame) == "中部"        # 0.2 < 1/3
    assert N.position_word(50, 100, frame) == "北部"
    assert N.position_word(100, 100, frame) == "东北部"
    assert N.position_word(100, 50, frame) == "东部"
    assert N.position_word(0, 0, frame) == "西南部"
    assert N.position_word(90, 0, frame) == "东南部"       # (0.8, -1) at 309°
    assert N.position_word(40, 0, frame) == "南部"         # (-0.2, -1) at 259°
    assert N.position_word(0, 40, frame) == "西部"
    assert N.position_word(5, 90, frame) == "西北部"
    # a frame without width tells north from south only
    assert N.position_word(3, 10, (3, 0, 3, 10)) == "北部"


def test_county_frame_gives_the_position():
    # two zones of one township, one in the north-east of the county, one in its south-west
    zones = [{"id": i, "zone_type": "II", "subtype": "II-1", "x": x, "y": y, "area": 1.0,
              "overlaps": {"淡竹乡": 1.0}} for i, (x, y) in ((1, (90.0, 95.0)), (2, (10.0, 5.0)))]
    out = N.name_zones(zones, "331024", frame=(0.0, 0.0, 100.0, 100.0))
    assert out[1]["name"] == "淡竹乡东北部水源涵养区"
    assert out[2]["name"] == "淡竹乡西南部水源涵养区"


def test_second_share_parameter():
    out = N.name_zones(ZONES, "331024", second_share=0.25)
    assert out[1]["name"] == "甲乡-乙镇水源涵养区"   # 29.9 % ≥ 25 %


def test_strip_suffixes():
    out = N.name_zones(ZONES, "331024", strip_suffixes=["乡", "镇", "街道"])
    assert out[2]["name"] == "乙-甲水源涵养区"
    assert out[3]["name"] == "丙水源涵养区"


def test_name_words_of_table_4():
    words = N.name_words()
    assert words["I-3"] == ("3", "森林公园区")
    assert words["II-4"] == ("4", "生态功能保障区")
    assert words["III-1"] == ("1", "粮食及优势农作物环境保障区")
    assert words["VI-0"] == ("0", "环境重点准入区")
    assert len(words) == 15


def test_choose_places_share_of_sum_without_area():
    assert N.choose_places({"A": 6, "B": 3, "C": 1}) == ["A", "B"]   # 30 % of 10
    assert N.choose_places({"A": 7, "B": 2, "C": 1}) == ["A"]
    assert N.choose_places({}) == []


def test_type_and_subtype_forms():
    assert N.normalize_type("Ⅳ") == "IV"
    assert N.normalize_type("6") == "VI"
    assert N.normalize_subtype("Ⅱ", "Ⅱ-3") == ("II", "II-3")
    assert N.normalize_subtype("IV", "") == ("IV", "IV-0")
    assert N.roman("iii") == "Ⅲ"


def test_cn_numeral():
    assert [N.cn_numeral(i) for i in (1, 9, 10, 12, 20, 21)] == [
        "一", "九", "十", "十二", "二十", "二十一"]


@pytest.mark.parametrize("code", ["1024", "33102", "3310245", "33A024", ""])
def test_bad_admin_code(code):
    with pytest.raises(EnvZoningError, match="6-digit"):
        N.name_zones(ZONES, code)


def test_bad_type_subtype_and_missing_place_name_the_zone():
    bad = [dict(ZONES[0], zone_type="VII")]
    with pytest.raises(EnvZoningError, match="VII"):
        N.name_zones(bad, "331024")
    bad = [dict(ZONES[0], subtype="III-1")]
    with pytest.raises(EnvZoningError, match="does not belong"):
        N.name_zones(bad, "331024")
    bad = [dict(ZONES[0], subtype="II-7")]
    with pytest.raises(EnvZoningError, match="II-7"):
        N.name_zones(bad, "331024")
    bad = [dict(ZONES[0], id=42, overlaps={})]
    with pytest.raises(EnvZoningError, match="Zone 42"):
        N.name_zones(bad, "331024")


# -- named features (Z 4.4.1: 地名、山脉名称或河流名称) --------------------------------------

def test_feature_covering_half_the_zone_names_it_without_doubling_the_word():
    from envzoning.core.naming import feature_name, join_word, name_zones

    assert feature_name({"括苍山自然保护区": 60.0, "别的": 30.0}, 100.0) == "括苍山自然保护区"
    assert feature_name({"括苍山自然保护区": 49.0}, 100.0) is None
    assert feature_name({"括苍山自然保护区": 50.0}, 100.0) == "括苍山自然保护区"  # share is ≥
    assert join_word("括苍山自然保护区", "自然保护区") == "括苍山自然保护区"
    assert join_word("括苍山", "水源涵养区") == "括苍山水源涵养区"
    zones = [
        {"id": 1, "zone_type": "I", "subtype": "I-1", "x": 0, "y": 10, "area": 100.0,
         "overlaps": {"朱溪镇": 70.0, "广度乡": 30.0}, "features": {"括苍山自然保护区": 95.0}},
        {"id": 2, "zone_type": "II", "subtype": "II-1", "x": 0, "y": 5, "area": 100.0,
         "overlaps": {"朱溪镇": 100.0}, "features": {"括苍山": 80.0}},
        {"id": 3, "zone_type": "II", "subtype": "II-1", "x": 0, "y": 0, "area": 100.0,
         "overlaps": {"朱溪镇": 100.0}, "features": {"括苍山": 20.0}},
    ]
    out = name_zones(zones, "331024")
    assert out[1]["name"] == "括苍山自然保护区"
    assert out[2]["name"] == "括苍山水源涵养区"
    assert out[3]["name"] == "朱溪镇水源涵养区"  # the feature covers only 20 %


def test_two_zones_of_one_feature_are_parts_of_it_not_numbered():
    from envzoning.core.naming import name_zones

    zones = [{"id": i, "zone_type": "I", "subtype": "I-2", "x": 0, "y": -i, "area": 10.0,
              "overlaps": {"淡竹乡": 10.0}, "features": {"神仙居风景名胜区": 10.0}}
             for i in (1, 2)]
    out = name_zones(zones, "331024")
    # the legal name stays whole; the county frame (x 0, y -2…-1) tells north from south
    assert [out[1]["name"], out[2]["name"]] == ["神仙居风景名胜区北部片区",
                                                "神仙居风景名胜区南部片区"]


def test_protection_zones_are_not_numbered_like_grades():
    from envzoning.core.naming import join_word, name_zones

    assert join_word("仙居国家森林公园", "森林公园区") == "仙居国家森林公园区"
    zones = [{"id": i, "zone_type": "I", "subtype": "I-5", "x": 0, "y": -i, "area": 1.0,
              "overlaps": {"淡竹乡": 1.0}, "features": {"里林水库饮用水源保护区": 1.0}}
             for i in (1, 2)]
    out = name_zones(zones, "331024")
    # not 饮用水源保护一区 nor （一）, which read as first-grade (一级) protection zones
    assert [out[1]["name"], out[2]["name"]] == ["里林水库饮用水源保护区北部片区",
                                                "里林水库饮用水源保护区南部片区"]


def test_same_place_same_position_takes_the_township():
    # two zones of one feature at one interior point (a ring and its hole's island, say):
    # positions are equal (中部), the townships differ
    zones = [{"id": 1, "zone_type": "I", "subtype": "I-1", "x": 5.0, "y": 5.0, "area": 4.0,
              "overlaps": {"安岭乡": 3.0, "淡竹乡": 1.0}, "features": {"括苍山自然保护区": 4.0}},
             {"id": 2, "zone_type": "I", "subtype": "I-1", "x": 5.0, "y": 5.0, "area": 2.0,
              "overlaps": {"淡竹乡": 2.0}, "features": {"括苍山自然保护区": 2.0}}]
    out = N.name_zones(zones, "331024")
    assert out[1]["name"] == "括苍山自然保护区安岭乡片区"
    assert out[2]["name"] == "括苍山自然保护区淡竹乡片区"


def test_nested_positions_when_one_word_cannot_tell_them_apart():
    # frame (0, 0, 100, 100), centre (50, 50), half-extent 50. County positions: A (40, 95)
    # at 102.5° 北部, B (60, 95) 77.5° 北部, E (41, 94) 101.6° 北部, C (40, 5) 257.5° 南部,
    # D (60, 5) 南部. Among the five (x 40…60, y 5…95) A (−1, 1) and E (−0.9, 0.96) are both
    # 西北部: no single word works. Nested: the three 北部 ones in their own frame (x 40…60,
    # y 94…95): A (−1, 1) 偏西北, B (1, 1) 偏东北, E (−0.9, −1) 偏西南; the two 南部 ones
    # (y 5 only): C 偏西, D 偏东.
    pts = {"A": (40, 95), "B": (60, 95), "E": (41, 94), "C": (40, 5), "D": (60, 5)}
    zones = [{"id": k, "zone_type": "II", "subtype": "II-1", "x": float(x), "y": float(y),
              "area": 1.0, "overlaps": {"淡竹乡": 1.0}} for k, (x, y) in pts.items()]
    out = N.name_zones(zones, "331024", frame=(0.0, 0.0, 100.0, 100.0))
    assert {k: out[k]["name"] for k in pts} == {
        "A": "淡竹乡北部偏西北水源涵养区", "B": "淡竹乡北部偏东北水源涵养区",
        "E": "淡竹乡北部偏西南水源涵养区", "C": "淡竹乡南部偏西水源涵养区",
        "D": "淡竹乡南部偏东水源涵养区"}


def test_last_resort_is_the_code_not_an_ordinal():
    zones = [{"id": i, "zone_type": "II", "subtype": "II-1", "x": 5.0, "y": 5.0, "area": 1.0,
              "overlaps": {"淡竹乡": 1.0}} for i in (1, 2)]
    out = N.name_zones(zones, "331024")
    names = sorted(r["name"] for r in out.values())
    assert names == ["淡竹乡水源涵养区（1024-Ⅱ-1-1）", "淡竹乡水源涵养区（1024-Ⅱ-1-2）"]


def test_legal_name_names_the_zone():
    zones = [{"id": 1, "zone_type": "I", "subtype": "I-1", "x": 0.0, "y": 0.0, "area": 10.0,
              "overlaps": {"淡竹乡": 10.0}, "features": {"别的山": 9.0},
              "legal_name": "括苍山省级自然保护区"},
             {"id": 2, "zone_type": "I", "subtype": "I-5", "x": 0.0, "y": 9.0, "area": 1.0,
              "overlaps": {"淡竹乡": 1.0}, "legal_name": "里林水库饮用水源保护区"},
             {"id": 3, "zone_type": "II", "subtype": "II-1", "x": 0.0, "y": 5.0, "area": 1.0,
              "overlaps": {"淡竹乡": 1.0}, "legal_name": ""}]     # empty: the places name it
    out = N.name_zones(zones, "331024")
    assert out[1]["name"] == "括苍山省级自然保护区"
    assert out[2]["name"] == "里林水库饮用水源保护区"
    assert out[3]["name"] == "淡竹乡水源涵养区"


def test_legal_names_are_not_doubled_and_the_red_line_takes_its_place():
    def legal(i, subtype, name, y, towns):
        return {"id": i, "zone_type": "I", "subtype": subtype, "x": 0.0, "y": y, "area": 10.0,
                "overlaps": towns, "legal_name": name}

    zones = [legal(1, "I-3", "仙居国家森林公园", 9.0, {"淡竹乡": 10.0}),
             legal(2, "I-4", "景星岩地质公园", 8.0, {"淡竹乡": 10.0}),
             legal(3, "I-5", "青龙水库饮用水水源保护区", 7.0, {"淡竹乡": 10.0}),
             legal(4, "I-1", "括苍山", 6.0, {"淡竹乡": 10.0}),      # says no kind: word added
             legal(5, "I-6", "生态保护红线", 5.0, {"朱溪镇": 6.0, "上张乡": 4.0}),
             legal(6, "I-6", "示例县生态保护红线", 4.0, {"甲乡": 10.0})]
    out = N.name_zones(zones, "331024")
    assert [out[i]["name"] for i in range(1, 7)] == [
        "仙居国家森林公园", "景星岩地质公园", "青龙水库饮用水水源保护区", "括苍山自然保护区",
        "朱溪镇-上张乡生态保护红线区", "示例县生态保护红线区"]
    # two parts of one red line in one township: told apart by position, no ordinal
    zones = [legal(1, "I-6", "生态保护红线", 100.0, {"甲乡": 10.0}),
             legal(2, "I-6", "生态保护红线 ", 0.0, {"甲乡": 10.0}),
             legal(3, "I-3", "仙居国家森林公园", 100.0, {"甲乡": 10.0}),
             legal(4, "I-3", "仙居国家森林公园", 0.0, {"甲乡": 10.0})]
    names = sorted(r["name"] for r in N.name_zones(zones, "331024").values())
    assert names == ["仙居国家森林公园北部片区", "仙居国家森林公园南部片区",
                     "甲乡北部生态保护红线区", "甲乡南部生态保护红线区"]
