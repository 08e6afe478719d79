"""Ecological importance (Z annex-1 section 2, tables 2-1…2-4, 2(4)); expected values read
off the seed's tables by hand, words → levels by SPEC section 2 (5/3/2/1)."""

import math

import numpy as np
import pytest

from envzoning.core import importance as I
from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError

# Table 2-1 as printed in Z annex-1 2(1): type × 干旱/半干旱/半湿润/湿润
TABLE_2_1 = {
    "城市水源地": ("极重要", "极重要", "极重要", "极重要"),
    "农灌取水区": ("极重要", "极重要", "中等重要", "不重要"),
    "洪水调蓄": ("不重要", "不重要", "中等重要", "极重要"),
}
WORD = {"极重要": 5, "中等重要": 3, "较重要": 2, "比较重要": 2, "不重要": 1}


@pytest.mark.parametrize("climate", range(4))
@pytest.mark.parametrize("type_name,code", [("城市水源地", 1), ("农灌取水区", 2), ("洪水调蓄", 3)])
def test_table_2_1_every_cell(type_name, code, climate):
    m = I.WaterConservationModel()
    expected = WORD[TABLE_2_1[type_name][climate]]
    assert m.level(type_name, I.CLIMATES[climate]) == expected
    assert m.level(code, climate) == expected
    assert m.level(str(float(code)), I.CLIMATES_EN[climate]) == expected


def test_table_2_1_values_written_out():
    m = I.WaterConservationModel()
    humid = [m.level(t, "湿润") for t in ("城市水源地", "农灌取水区", "洪水调蓄")]
    assert humid == [5, 1, 5]
    semi_humid = [m.level(t, "半湿润") for t in ("城市水源地", "农灌取水区", "洪水调蓄")]
    assert semi_humid == [5, 3, 3]
    assert [m.level("农灌取水区", c) for c in I.CLIMATES] == [5, 5, 3, 1]
    # the flood row caps flood regulation: humid no cap, arid → 1
    assert [m.flood_cap(c) for c in I.CLIMATES] == [1, 1, 3, 5]


def test_table_2_1_unknown_type_names_layer_field_and_value():
    m = I.WaterConservationModel()
    with pytest.raises(EnvZoningError) as e:
        m.level("水库", "湿润", layer="water_sources", field="type", fid=7)
    msg = str(e.value)
    assert "water_sources" in msg and "'type'" in msg and "水库" in msg and "feature 7" in msg
    with pytest.raises(EnvZoningError, match="热带"):
        m.level("城市水源地", "热带")


# Table 2-2: receiving water (rows) × 不敏感/轻度/中度/高度/极敏感 (sensitivity 1…5)
TABLE_2_2 = {
    1: ("不重要", "中等重要", "极重要", "极重要", "极重要"),
    2: ("不重要", "较重要", "中等重要", "中等重要", "极重要"),
    3: ("不重要", "不重要", "较重要", "中等重要", "中等重要"),
}


@pytest.mark.parametrize("water_class", [1, 2, 3])
@pytest.mark.parametrize("sens", [1, 2, 3, 4, 5])
def test_table_2_2_every_cell(water_class, sens):
    m = I.SoilConservationModel()
    got = m.evaluate(np.array([[sens]]), np.array([[True]]), np.array([[water_class]]))
    assert got[0, 0] == WORD[TABLE_2_2[water_class][sens - 1]]


def test_table_2_2_rows_outside_and_nodata():
    m = I.SoilConservationModel()
    sens = np.array([[1, 2, 3, 4, 5, 0]] * 4)
    valid = sens > 0
    cls = np.array([[1] * 6, [2] * 6, [3] * 6, [0] * 6])
    got = m.evaluate(sens, valid, cls)
    assert got.tolist() == [[1, 3, 5, 5, 5, 0],
                            [1, 2, 3, 3, 5, 0],
                            [1, 1, 2, 3, 3, 0],
                            [1, 1, 1, 1, 1, 0]]  # no catchment → 1; nodata → 0


def test_table_2_2_bad_class_and_bad_level():
    m = I.SoilConservationModel()
    assert m.water_class("2") == 2 and m.water_class(3.0) == 3
    with pytest.raises(EnvZoningError) as e:
        m.water_class(4, layer="catchments", field="water_class", fid=3)
    assert "catchments" in str(e.value) and "'4'" in str(e.value)
    with pytest.raises(EnvZoningError, match="soil_level.*value 7"):
        m.evaluate(np.array([[7]]), np.array([[True]]), np.array([[1]]), label="soil_level")


# Table 2-3: ratio of the unit's species to the province's (percent), min < r <= max
@pytest.mark.parametrize("species,expected", [
    (301, 5), (1000, 5),   # > 30 % 极重要
    (300, 3), (151, 3),    # 15–30 % 中等重要 (30 % itself is the lower class)
    (150, 2), (51, 2),     # 5–15 % 比较重要
    (50, 1), (0, 1),       # < 5 % 不重要
])
def test_table_2_3_ratio(species, expected):
    m = I.BiodiversityModel()
    assert m.ratio_level(species, 1000) == expected


def test_table_2_3_priority_ecosystem_is_top_class():
    m = I.BiodiversityModel()
    assert m.ratio_level(10, 1000, priority=True) == 5
    assert I.parse_priority(1) is True and I.parse_priority(None) is False
    with pytest.raises(EnvZoningError, match="units.*'species'.*abc"):
        m.ratio_level("abc", 1000, layer="units", field="species")


@pytest.mark.parametrize("value,expected", [
    ("国家一级", 5), (1, 5), ("国家Ⅰ级", 5),
    ("国家二级", 3), ("2", 3), ("国家II级", 3),
    ("其他", 2), ("其他国家与省级保护物种", 2), ("省级", 2), (3, 2),
    ("无保护物种", 1), (0, 1),
])
def test_table_2_4_protection(value, expected):
    assert I.BiodiversityModel().protection_level(value) == expected


def test_table_2_4_unknown_class_names_it():
    with pytest.raises(EnvZoningError) as e:
        I.BiodiversityModel().protection_level("CITES", layer="species_points",
                                               field="protection", fid=2)
    assert "species_points" in str(e.value) and "CITES" in str(e.value)


def test_biodiversity_max_of_unit_and_occurrence():
    unit = np.array([[0, 2, 3, 5]])
    occ = np.array([[0, 3, 0, 2]])
    inside = np.array([[True, True, True, False]])
    assert I.BiodiversityModel.evaluate(unit, occ, inside).tolist() == [[1, 3, 3, 0]]


# Flood regulation: Limin 100, Limax 110 → Q = 10 / (dem − 100)
def test_flood_q_and_levels_by_hand():
    m = I.FloodModel()
    dem = np.array([[95.0, 100.0, 105.0, 110.0, 115.0, 120.0, 121.0, 130.0, 500.0]])
    inside = np.ones(dem.shape, bool)
    inside[0, -1] = False
    q, lvl = m.evaluate(dem, np.ones(dem.shape, bool), 110.0, 100.0, inside)
    assert math.isnan(q[0, 0]) and math.isnan(q[0, 1])     # below / at Limin: permanent water
    assert q[0, 2] == pytest.approx(2.0)                   # storage band
    assert q[0, 3] == pytest.approx(1.0)                   # at Limax
    assert q[0, 4] == pytest.approx(10 / 15)
    assert q[0, 5] == pytest.approx(0.5)                   # the 0.5 break
    assert q[0, 6] == pytest.approx(10 / 21)
    assert q[0, 7] == pytest.approx(1 / 3)
    assert math.isnan(q[0, 8])                             # outside every water body
    assert lvl.tolist() == [[5, 5, 5, 5, 3, 3, 1, 1, 1]]


def test_flood_cap_nodata_and_mask():
    dem = np.array([[95.0, 105.0, 115.0, -9999.0]])
    valid = dem > -9000
    inside = np.ones(dem.shape, bool)
    _, lvl = I.FloodModel(cap=3).evaluate(dem, valid, 110.0, 100.0, inside)
    assert lvl.tolist() == [[3, 3, 3, 0]]
    _, lvl = I.FloodModel(cap=1).evaluate(dem, valid, 110.0, 100.0, inside,
                                          mask=np.array([[True, False, True, True]]))
    assert lvl.tolist() == [[1, 0, 1, 0]]


def test_flood_levels_must_be_ordered():
    assert I.FloodModel.check_levels("254.6", 236.6) == (254.6, 236.6)
    with pytest.raises(EnvZoningError, match="lakes.*feature 4.*Limax 200"):
        I.FloodModel.check_levels(200, 210, layer="lakes", fid=4)
    with pytest.raises(EnvZoningError, match="'limin'.*NULL"):
        I.FloodModel.check_levels(200, "NULL", fid=1)


def test_left_closed_breaks_edges():
    b = I.LeftClosedBreaks(T.Table(["min", "max", "level"],
                                   [["0", "0.5", "1"], ["0.5", "1", "3"], ["1", "inf", "5"]]))
    got = b.classify(np.array([0.0, 0.4999, 0.5, 0.999, 1.0, 1e9, -0.1, np.nan]), 0)
    assert got.tolist() == [1, 1, 3, 3, 5, 5, 0, 0]


def test_user_table_can_reach_level_4():
    t = T.Table(["code", "type", "干旱", "半干旱", "半湿润", "湿润"],
                [["1", "城市水源地", "极重要", "极重要", "重要性较高", "4"]])
    m = I.WaterConservationModel(t)
    assert m.level(1, "半湿润") == 4 and m.level(1, "湿润") == 4
    bad = T.Table(["code", "type", "干旱", "半干旱", "半湿润", "湿润"],
                  [["1", "城市水源地", "极重要", "很重要", "极重要", "极重要"]])
    with pytest.raises(EnvZoningError, match="row 1, column '半干旱'.*很重要"):
        I.WaterConservationModel(bad)


def test_combination_max_and_dominant():
    water = np.array([[5, 1, 0, 3]])
    soil = np.array([[3, 3, 0, 3]])
    bio = np.array([[2, 2, 0, 5]])
    flood = np.array([[1, 3, 0, 255]])
    valids = [water > 0, soil > 0, bio > 0, flood < 255]
    lvl, dom = I.combine([water, soil, bio, flood], valids)
    assert lvl.tolist() == [[5, 3, 0, 5]]
    assert dom.tolist() == [[1, 2, 0, 3]]  # tie soil = flood → the first (soil)
    with pytest.raises(EnvZoningError, match="bio.*value 9"):
        I.combine([np.array([[9]])], [np.array([[True]])], ["bio"])
