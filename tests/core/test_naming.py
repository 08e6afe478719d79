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


def test_duplicate_names_get_numerals_in_serial_order():
    out = N.name_zones(ZONES, "331024")
    # z6: 甲乡 2.0 of 2.5, 乙镇 20 % → 甲乡水土保持区, the same as z5
    assert out[5]["name"] == "甲乡水土保持一区"
    assert out[6]["name"] == "甲乡水土保持二区"
    names = [r["name"] for r in out.values()]
    assert len(set(names)) == len(names)


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


def test_two_zones_of_one_feature_are_numbered_before_the_final_character():
    from envzoning.core.naming import name_zones

    zones = [{"id": i, "zone_type": "I", "subtype": "I-2", "x": 0, "y": -i, "area": 10.0,
              "overlaps": {"淡竹乡": 10.0}, "features": {"神仙居风景名胜区": 10.0}}
             for i in (1, 2)]
    out = name_zones(zones, "331024")
    assert [out[1]["name"], out[2]["name"]] == ["神仙居风景名胜一区", "神仙居风景名胜二区"]


def test_word_ending_in_qu_and_protection_zones_are_not_numbered_like_grades():
    from envzoning.core.naming import join_word, name_zones

    assert join_word("仙居国家森林公园", "森林公园区") == "仙居国家森林公园区"
    zones = [{"id": i, "zone_type": "I", "subtype": "I-5", "x": 0, "y": -i, "area": 1.0,
              "overlaps": {"淡竹乡": 1.0}, "features": {"里林水库饮用水源保护区": 1.0}}
             for i in (1, 2)]
    out = name_zones(zones, "331024")
    # not 饮用水源保护一区, which reads as a first-grade (一级) protection zone
    assert [out[1]["name"], out[2]["name"]] == ["里林水库饮用水源保护区（一）",
                                                "里林水库饮用水源保护区（二）"]
