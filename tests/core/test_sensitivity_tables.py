"""Z annex-1 section 1 as data: every cell of tables 1-1, 1-2, 1-3, the SS grading, the
coastal a/b/c rule and the max combination, against values worked out by hand from the
seed (004, annex 1, 1(1)–1(3)) and SPEC section 2 (boundary rule min < v <= max)."""

import math

import numpy as np
import pytest

from envzoning.core import sensitivity as S
from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError


def grade(table, value, column="grade"):
    return float(T.Breaks(T.load(table), column).classify(np.array([value]))[0])


# -- table 1-1: rainfall erosivity <25 | 25-100 | 100-400 | 400-600 | >600 -------------------
@pytest.mark.parametrize("r, g", [
    (0, 1), (24.9, 1), (25, 1),            # R = 25 belongs to the lower class → 1
    (25.01, 3), (60, 3), (100, 3),         # R = 100 → 3
    (100.5, 5), (250, 5), (400, 5),
    (400.5, 7), (500, 7), (600, 7),
    (600.01, 9), (3000, 9),
])
def test_erosivity_breaks(r, g):
    assert grade("erosivity_breaks", r) == g


# -- relief 0-20 | 20-50 | 51-100 | 101-300 | >300 m -----------------------------------------
@pytest.mark.parametrize("rel, g", [
    (0, 1), (10, 1), (20, 1),              # relief 20 m → 1
    (20.5, 3), (50, 3),
    (51, 5), (100, 5),
    (101, 7), (300, 7),
    (301, 9), (1200, 9),
])
def test_relief_breaks(rel, g):
    assert grade("relief_breaks", rel) == g



def test_relief_just_above_300_m_is_computed_in_float64_and_grades_9():
    # a Float64 DEM of 1000 m and 1300.0000057 m: relief 300.0000057 m > 300 → 9.
    # In float32 both heights round (1300.0000057 → 1300.0) and the relief is 300.0 → 7.
    dem = np.array([[1000.0, 1300.0000057, 1000.0]] * 3)
    valid = np.ones(dem.shape, dtype=bool)
    rel = S.relief_block(dem, valid, 3, 0)
    assert rel.dtype == np.float64
    assert rel[1, 1] == pytest.approx(300.0000057, abs=1e-9) and rel[1, 1] > 300.0
    b = T.Breaks(T.load("relief_breaks"), "grade")
    idx = b.class_index(rel, valid)
    assert float(b.values[idx[1, 1] - 1]) == 9
    assert float(np.float32(1300.0000057) - np.float32(1000.0)) == 300.0   # the old loss
    # an exact 300 m stays 7 (the break belongs to the lower class)
    rel300 = S.relief_block(np.array([[0.0, 300.0, 0.0]] * 3), valid, 3, 0)
    assert float(b.values[b.class_index(rel300, valid)[1, 1] - 1]) == 7

def test_negative_values_take_the_first_class_and_nan_is_nodata():
    b = T.Breaks(T.load("erosivity_breaks"), "grade")
    got = b.classify(np.array([-5.0, np.nan]), 0)
    assert list(got) == [1, 0]


# -- soil texture: all 12 codes and the seed's names -----------------------------------------
TEXTURE = [
    (1, "石砾", 1), (2, "沙", 1),
    (3, "粗砂土", 3), (4, "细砂土", 3), (5, "粘土", 3),
    (6, "面砂土", 5), (7, "壤土", 5),
    (8, "砂壤土", 7), (9, "粉粘土", 7), (10, "壤粘土", 7),
    (11, "砂粉土", 9), (12, "粉土", 9),
]


@pytest.mark.parametrize("code, name, g", TEXTURE)
def test_soil_texture_table(code, name, g):
    table = T.load("soil_texture")
    row = [r for r in table.dicts() if int(r["code"]) == code]
    assert len(row) == 1 and row[0]["name_zh"] == name
    cm = T.CodeMap(table, "code", "grade")
    assert cm.apply(np.array([code]), np.array([True]))[0] == g


def test_soil_texture_table_has_exactly_the_12_codes():
    assert sorted(T.CodeMap(T.load("soil_texture")).mapping) == list(range(1, 13))


# -- land cover: all CLCD and WorldCover codes -------------------------------------------------
CLCD = {1: 5, 2: 3, 3: 3, 4: 3, 5: 1, 6: 9, 7: 9, 8: 1, 9: 1}
WORLDCOVER = {10: 3, 20: 3, 30: 3, 40: 5, 50: 1, 60: 9, 70: 9, 80: 1, 90: 1, 95: 3, 100: 5}


@pytest.mark.parametrize("table, expected", [("vegetation_clcd", CLCD),
                                             ("vegetation_worldcover", WORLDCOVER)])
def test_cover_tables_every_code(table, expected):
    cm = T.CodeMap(T.load(table))
    assert cm.mapping == {k: float(v) for k, v in expected.items()}
    codes = np.array(sorted(expected))
    got = cm.apply(codes, np.ones(codes.shape, bool))
    assert list(got) == [expected[c] for c in sorted(expected)]


def test_custom_vegetation_table_is_the_seed_row():
    rows = T.load("vegetation_custom").dicts()
    assert [(r["name_zh"], int(r["grade"])) for r in rows] == [
        ("水体/草本沼泽/稻田", 1), ("阔叶林/针叶林/草甸/灌丛和萌生矮林", 3),
        ("稀疏灌木草原/一年二熟粮作/一年水旱两熟", 5), ("荒漠/一年一熟粮作", 7), ("无植被", 9)]


# -- SS levels: 1.0-2.0 | 2.1-4.0 | 4.1-6.0 | 6.1-8.0 | >8.0 ------------------------------------
@pytest.mark.parametrize("ss, lvl", [
    (1.0, 1), (2.0, 1),                    # SS = 2.0 → level 1
    (2.05, 2), (4.0, 2), (4.1, 3), (6.0, 3), (6.1, 4), (8.0, 4), (8.01, 5), (9.0, 5),
])
def test_ss_level_breaks(ss, lvl):
    assert grade("ss_level_breaks", ss, "level") == lvl


# -- SS = (R·K·LS·C)^(1/4) for hand-worked grade combinations ----------------------------------
# raw inputs that give each grade: R, soil code, relief (m), custom cover code
R_FOR = {1: 10.0, 3: 50.0, 5: 200.0, 7: 500.0, 9: 700.0}
SOIL_FOR = {1: 1, 3: 3, 5: 7, 7: 8, 9: 12}
RELIEF_FOR = {1: 10.0, 3: 30.0, 5: 80.0, 7: 200.0, 9: 400.0}
COVER_FOR = {1: 1, 3: 2, 5: 3, 7: 4, 9: 5}


@pytest.mark.parametrize("grades, ss, lvl", [
    ((1, 1, 1, 1), 1.0, 1),
    ((1, 1, 1, 9), 1.7320508, 1),      # 9^(1/4) = √3
    ((1, 1, 3, 5), 1.9679897, 1),      # 15^(1/4)
    ((1, 1, 3, 7), 2.1406949, 2),      # 21^(1/4)
    ((1, 3, 3, 3), 2.2795070, 2),      # 27^(1/4)
    ((3, 3, 3, 3), 3.0, 2),
    ((3, 3, 5, 5), 3.8729833, 2),      # √15
    ((3, 5, 5, 5), 4.4005587, 3),      # 375^(1/4)
    ((5, 5, 5, 5), 5.0, 3),
    ((5, 5, 7, 7), 5.9160798, 3),      # √35
    ((5, 7, 7, 7), 6.4352590, 4),      # 1715^(1/4)
    ((7, 7, 7, 7), 7.0, 4),
    ((5, 7, 9, 9), 7.2968978, 4),      # 2835^(1/4)
    ((7, 9, 9, 9), 8.4519397, 5),      # 5103^(1/4)
    ((9, 9, 9, 9), 9.0, 5),
])
def test_ss_index_and_level(grades, ss, lvl):
    model = S.SoilErosionModel(T.load("erosivity_breaks"), T.load("relief_breaks"),
                               T.load("soil_texture"), T.load("vegetation_custom"),
                               T.load("ss_level_breaks"))
    gr, gk, gl, gc = grades
    ok = np.array([True])
    got_ss, got_lvl = model.evaluate(np.array([R_FOR[gr]]), ok, np.array([SOIL_FOR[gk]]), ok,
                                     np.array([RELIEF_FOR[gl]]), ok, np.array([COVER_FOR[gc]]),
                                     ok)
    assert got_ss[0] == pytest.approx(ss, abs=1e-5)
    assert got_lvl[0] == lvl


def test_any_factor_nodata_gives_nodata():
    model = S.SoilErosionModel(T.load("erosivity_breaks"), T.load("relief_breaks"),
                               T.load("soil_texture"), T.load("vegetation_clcd"),
                               T.load("ss_level_breaks"))
    r = np.array([50.0, 50.0, 50.0, 50.0])
    soil = np.array([7, 7, 7, 7])
    rel = np.array([30.0, 30.0, 30.0, 30.0])
    cover = np.array([2, 2, 2, 2])
    yes = np.ones(4, bool)
    ss, lvl = model.evaluate(r, np.array([False, True, True, True]), soil,
                             np.array([True, False, True, True]), rel,
                             np.array([True, True, False, True]), cover,
                             np.array([True, True, True, False]))
    assert list(lvl) == [0, 0, 0, 0] and np.isnan(ss).all()
    ss, lvl = model.evaluate(r, yes, soil, yes, rel, yes, cover, yes)
    # 3·5·3·3 = 135 → 135^(1/4) = 3.4087 → level 2
    assert ss[0] == pytest.approx(3.4086581, abs=1e-5) and lvl[0] == 2


# -- table 1-2: water-quality target → sensitivity -------------------------------------------
@pytest.fixture
def riparian():
    return S.RiparianModel(T.load("riparian_target"), T.load("riparian_width"))


@pytest.mark.parametrize("target, lvl", [
    ("I", 5), ("II", 5), ("III", 4), ("IV", 3), ("V", 2), ("劣V", 1),
    ("Ⅰ", 5), ("Ⅱ", 5), ("Ⅲ", 4), ("Ⅳ", 3), ("Ⅴ", 2), ("劣Ⅴ", 1),
    ("Ⅱ类", 5), ("Ⅲ类", 4), ("劣Ⅴ类", 1), ("劣V类", 1), ("Ⅱ类以上", 5), (" iii ", 4),
    ("1", 5), ("2", 5), ("3", 4), ("4", 3), ("5", 2), ("6", 1), (2, 5), (6.0, 1),
])
def test_target_levels(riparian, target, lvl):
    assert riparian.level(target) == lvl


@pytest.mark.parametrize("bad", ["VII", "X", "", None, "7", "劣"])
def test_unknown_target_names_layer_field_and_value(riparian, bad):
    with pytest.raises(EnvZoningError) as e:
        riparian.level(bad, "rivers", "szmb", 7)
    msg = str(e.value)
    assert "rivers" in msg and "szmb" in msg and "'%s'" % (bad,) in msg and "feature 7" in msg


# -- table 1-3: level × erosion intensity → width H (m) ----------------------------------------
WIDTHS = {  # seed rows 极敏感, 高度敏感, 中度敏感, 一般敏感 (= 轻度, level 2), 不敏感
    5: (40, 40, 35, 35, 30, 30),
    4: (30, 30, 25, 25, 20, 20),
    3: (25, 25, 20, 20, 15, 15),
    2: (20, 20, 15, 15, 10, 10),
    1: (15, 15, 10, 10, 5, 5),
}


@pytest.mark.parametrize("lvl", [5, 4, 3, 2, 1])
@pytest.mark.parametrize("j, erosion", list(enumerate(S.EROSION_CLASSES)))
def test_width_every_cell(riparian, lvl, j, erosion):
    assert S.EROSION_CLASSES == ("极强烈", "剧烈", "强烈", "中度", "轻度", "无明显")
    assert riparian.width(lvl, erosion) == WIDTHS[lvl][j]


@pytest.mark.parametrize("code, name, h", [
    # SL 190: 1 微度 2 轻度 3 中度 4 强烈 5 极强烈 6 剧烈; widths of the 极敏感 row
    ("1", "无明显", 30), ("2", "轻度", 30), ("3", "中度", 35), ("4", "强烈", 35),
    ("5", "极强烈", 40), (6, "剧烈", 40), ("3.0", "中度", 35),
])
def test_sl190_codes(riparian, code, name, h):
    assert S.normalize_erosion(code) == name
    assert riparian.width(5, code) == h


@pytest.mark.parametrize("alias, name", [("极剧烈", "极强烈"), ("中度侵蚀", "中度"),
                                         ("微度", "无明显"), ("无明显侵蚀", "无明显")])
def test_erosion_aliases(alias, name):
    assert S.normalize_erosion(alias) == name


def test_unknown_erosion_names_the_value(riparian):
    with pytest.raises(EnvZoningError, match="'很强'"):
        riparian.width(4, "很强", "rivers", "qsqd", 3)
    with pytest.raises(EnvZoningError, match="'7'"):
        riparian.width(4, "7")


def test_target_then_width_chain(riparian):
    # Ⅲ类 river, 强烈 erosion → 高度敏感 (4) → 25 m; 劣Ⅴ, 无明显 → 1 → 5 m
    assert riparian.width(riparian.level("Ⅲ类"), "强烈") == 25
    assert riparian.width(riparian.level("劣Ⅴ"), "无明显") == 5


def test_edited_tables_are_used():
    target = T.from_matrix(["I", "5", "II", "4", "III", "4", "IV", "3", "V", "2", "劣V", "1"],
                           ["target", "level"], "TARGET_TABLE")
    width = T.from_matrix(["4", "60", "60", "50", "50", "45", "45"],
                          ["level"] + list(S.EROSION_CLASSES), "WIDTH_TABLE")
    m = S.RiparianModel(target, width)
    assert m.level("II") == 4 and m.width(4, "轻度") == 45


def test_width_table_without_an_erosion_column_is_an_error():
    width = T.from_matrix(["5", "40"], ["level", "极强烈"], "WIDTH_TABLE")
    with pytest.raises(EnvZoningError, match="剧烈"):
        S.RiparianModel(T.load("riparian_target"), width)


# -- erosion intensity from a raster statistic -------------------------------------------------
@pytest.mark.parametrize("value, codes, name", [
    (5, "level", "极强烈"), (4, "level", "强烈"), (3, "level", "中度"), (2, "level", "轻度"),
    (1, "level", "无明显"), (2.5, "level", "中度"), (2.49, "level", "轻度"),
    (4.4, "level", "强烈"), (1, "sl190", "无明显"), (6, "sl190", "剧烈"), (5, "sl190", "极强烈"),
])
def test_erosion_from_raster_value(value, codes, name):
    assert S.erosion_from_raster_value(value, codes) == name


@pytest.mark.parametrize("value, codes", [(None, "level"), (float("nan"), "level"),
                                          (6, "level"), (0, "level"), (7, "sl190")])
def test_erosion_from_raster_value_errors(value, codes):
    with pytest.raises(EnvZoningError, match="erosion_lvl"):
        S.erosion_from_raster_value(value, codes, "erosion_lvl", 4)


# -- coastal hazard: width = max(a, b = S/tanθ, c = H/tanθ) ------------------------------------
@pytest.mark.parametrize("a, s, theta, h, dyked, expected", [
    # θ = 45°: tan = 1, so b = S and c = H
    (1.0, 3.0, 45.0, 2.0, False, (1.0, 3.0, 2.0, 3.0)),
    (1.0, 3.0, 45.0, 2.0, True, (1.0, 0.0, 2.0, 2.0)),      # dyked: b = 0
    (5.0, 3.0, 45.0, 2.0, True, (5.0, 0.0, 2.0, 5.0)),
    # θ = 1°: 1/tan = 57.28996; S = 0.5 → 28.64498; H = 2.5 → 143.2249
    (50.0, 0.5, 1.0, 2.5, False, (50.0, 28.644982, 143.224911, 143.224911)),
    (200.0, 0.5, 1.0, 2.5, False, (200.0, 28.644982, 143.224911, 200.0)),
    # θ = 0.5°: 1/tan = 114.58865; S = 2 → 229.1773, dyked → 0; H = 0 → 0
    (10.0, 2.0, 0.5, 0.0, False, (10.0, 229.177303, 0.0, 229.177303)),
    (10.0, 2.0, 0.5, 0.0, True, (10.0, 0.0, 0.0, 10.0)),
    # θ = 30°: 1/tan = √3
    (0.0, 1.0, 30.0, 0.0, False, (0.0, math.sqrt(3), 0.0, math.sqrt(3))),
    # only a (no S, no H): θ not needed
    (80.0, None, None, None, False, (80.0, 0.0, 0.0, 80.0)),
    (None, None, None, 1.0, False, None),                    # H needs θ
])
def test_coastal_width(a, s, theta, h, dyked, expected):
    if expected is None:
        with pytest.raises(EnvZoningError, match="coast"):
            S.coastal_width(a, s, theta, h, dyked, "coast", 2)
        return
    got = S.coastal_width(a, s, theta, h, dyked)
    assert got == pytest.approx(expected, abs=1e-5)


@pytest.mark.parametrize("theta", [0.0, 90.0, -3.0, 120.0])
def test_coastal_bad_slope(theta):
    with pytest.raises(EnvZoningError, match="feature 9"):
        S.coastal_width(10, 1.0, theta, 1.0, False, "coast", 9)


def test_coastal_negative_value():
    with pytest.raises(EnvZoningError, match="a = -5"):
        S.coastal_width(-5, 1.0, 10, 1.0, False, "coast")


@pytest.mark.parametrize("v, flag", [(1, True), ("1", True), ("是", True), ("yes", True),
                                     (True, True), ("有堤防", True), (0, False), ("否", False),
                                     (None, False), ("", False), ("no", False), (1.0, True)])
def test_dyked_flag(v, flag):
    assert S.parse_flag(v) is flag


def test_dyked_flag_unknown_value():
    with pytest.raises(EnvZoningError, match="'maybe'"):
        S.parse_flag("maybe", "coast", "dike")


# -- combination: max with the dominant factor --------------------------------------------------
def test_combine_max_and_dominant_factor():
    soil = np.array([[1, 3, 5, 0], [2, 2, 4, 1]], "uint8")
    soil_ok = soil > 0
    rip = np.array([[4, 3, 0, 2], [0, 0, 5, 0]], "uint8")
    coast = np.array([[0, 5, 0, 0], [3, 1, 0, 0]], "uint8")
    lvl, dom = S.combine_max([soil, rip, coast], [soil_ok, rip > 0, coast > 0], [1, 2, 3])
    assert lvl.tolist() == [[4, 5, 5, 2], [3, 2, 5, 1]]
    # ties go to the first factor: (0,1) soil 3 = riparian 3 < coastal 5 → 3
    assert dom.tolist() == [[2, 3, 1, 2], [3, 1, 2, 1]]
    lvl, dom = S.combine_max([soil], [np.zeros(soil.shape, bool)])
    assert lvl.max() == 0 and dom.max() == 0


def test_combine_codes_follow_the_factor_not_the_position():
    a = np.array([[1, 4]], "uint8")
    b = np.array([[2, 2]], "uint8")
    lvl, dom = S.combine_max([a, b], [a > 0, b > 0], [1, 4])   # soil + marine only
    assert lvl.tolist() == [[2, 4]] and dom.tolist() == [[4, 1]]


def test_check_levels_names_raster_and_values():
    a = np.array([[1, 7, 0], [5, 9, 3]], "uint8")
    with pytest.raises(EnvZoningError, match=r"'soil_lvl'.*7, 9"):
        S.check_levels(a, np.ones(a.shape, bool), "soil_lvl")
    S.check_levels(np.array([[1.0, 5.0, np.nan]]), np.array([[True, True, False]]), "x")


@pytest.mark.parametrize("v, ok", [(1, 1), ("5", 5), (3.0, 3), ("0", None), (6, None),
                                   ("high", None), (None, None), (2.5, None)])
def test_level_value(v, ok):
    if ok is None:
        with pytest.raises(EnvZoningError, match="marine_areas"):
            S.level_value(v, "marine_areas", "level", 11)
    else:
        assert S.level_value(v) == ok
