"""core.indices: P2, air/water/soil quality, emission, K and A, worked by hand from the
seed's tables (Z 3.1, 3.2.2, 3.2.3, annex-1 3–7, tables 6-1…6-3; SPEC 3a)."""

import math

import numpy as np
import pytest

from envzoning.core import indices as X
from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError

NAMES = ["A", "B", "C", "D"]
POP = [1000, 4000, 500, 2500]        # total 8 000
GDP = [2000, 12000, 500, 5500]       # total 20 000
AREA = [10, 20, 50, 20]              # total 100 km²


def test_p2_four_townships_by_hand():
    r = X.p2(POP, GDP, AREA, NAMES)
    # D = 8000/100 = 80; pGDP0 = 20000/8000 = 2.5; d0 = 20000/100 = 200
    assert r["region"] == pytest.approx({"D": 80, "pGDP0": 2.5, "d0": 200})
    # Di = 100, 200, 10, 125
    assert r["pop_idx"] == pytest.approx([1.25, 2.5, 0.125, 1.5625])
    # pGDPi/pGDP0 = 0.8, 1.2, 0.4, 0.88; di/d0 = 1, 3, 0.05, 1.375
    assert r["eco_idx"] == pytest.approx([1.8, 4.2, 0.45, 2.255])
    # 4 distinct values < 5 classes: each its own class, lowest 1 -> grades 1/3/5/7
    assert r["pop_class"].tolist() == [2, 4, 1, 3]
    assert r["pop_grade"].tolist() == [3, 7, 1, 5]
    assert r["eco_grade"].tolist() == [3, 7, 1, 5]
    assert r["p2"].tolist() == [9, 49, 1, 25]


def test_p2_combinations_and_three_classes():
    r = X.p2(POP, GDP, AREA, NAMES, k=3)
    # pop_idx natural breaks: {0.125} {1.25 1.5625} {2.5}; eco_idx: {0.45} {1.8 2.255} {4.2}
    assert r["pop_grade"].tolist() == [3, 5, 1, 3]
    assert r["eco_grade"].tolist() == [3, 5, 1, 3]
    assert X.combine([3, 7], [5, 1], "mean").tolist() == [4, 4]
    assert X.combine([3, 7], [5, 1], "max").tolist() == [5, 7]
    assert X.combine([3, 7], [5, 1], "geometric_mean") == pytest.approx([math.sqrt(15),
                                                                        math.sqrt(7)])
    assert X.combine([3, 7], [5, 1], "product").tolist() == [15, 7]


def test_p2_bad_input_names_the_unit():
    with pytest.raises(EnvZoningError, match="Unit 'C'.*population"):
        X.p2([1, 2, 0, 4], GDP, AREA, NAMES)
    with pytest.raises(EnvZoningError, match="Unit 'B'.*area"):
        X.p2(POP, GDP, [1, np.nan, 1, 1], NAMES)


def test_k_and_a_four_townships_by_hand():
    air = [5, 4, 5, 3]
    water = [4, 3, 5, 2]
    soil = [5, 5, 4, 4]
    q = X.quality_index({"air": air, "water": water, "soil": soil}, NAMES)
    assert q.tolist() == [4, 3, 4, 2]
    em = [2, 5, 1, 4]
    # k = (q/5)((6-e)/5): .8*.8, .6*.2, .8*1, .4*.4
    assert X.k_index(q, em, "product") == pytest.approx([0.64, 0.12, 0.8, 0.16])
    assert X.k_index(q, em, "min") == pytest.approx([0.8, 0.2, 0.8, 0.4])
    assert X.k_index(q, em, "mean") == pytest.approx([0.8, 0.4, 0.9, 0.4])
    p2 = [9, 49, 1, 25]
    p1 = [1, 2, 5, 3]
    a, cls = X.composite(p1, p2, X.k_index(q, em))
    # 0.64*9-1, 0.12*49-2, 0.8*1-5, 0.16*25-3
    assert a == pytest.approx([4.76, 3.88, -4.2, 1.0])
    assert cls.tolist() == [4, 3, 1, 2]  # 4 distinct values: each its class, lowest 1


def test_k_rejects_levels_outside_1_to_5():
    with pytest.raises(EnvZoningError, match="Unit 'D'.*emission"):
        X.k_index([3, 3, 3, 3], [1, 2, 3, 0], names=NAMES)
    with pytest.raises(EnvZoningError, match="Unit 'B'.*water"):
        X.quality_index({"water": [1, np.nan, 2, 3]}, NAMES)


# -- air -------------------------------------------------------------------------------

API_ROWS = [(0, 0, 0, 0), (50, 0.050, 0.080, 0.050), (100, 0.150, 0.120, 0.150),
            (200, 0.800, 0.280, 0.350), (300, 1.600, 0.565, 0.420),
            (400, 2.100, 0.750, 0.500), (500, 2.620, 0.940, 0.600)]


@pytest.mark.parametrize("row", API_ROWS)
def test_api_subindex_at_every_breakpoint(row):
    t = X.ApiTable()
    api_, so2, no2, pm10 = row
    assert t.subindex("so2", so2) == pytest.approx(api_)
    assert t.subindex("no2", no2) == pytest.approx(api_)
    assert t.subindex("pm10", pm10) == pytest.approx(api_)


def test_api_interpolation_between_breakpoints_and_max():
    t = X.ApiTable()
    assert t.subindex("so2", 0.100) == pytest.approx(75)     # halfway 50..100
    assert t.subindex("no2", 0.200) == pytest.approx(150)    # halfway 0.12..0.28
    assert t.subindex("pm10", 0.385) == pytest.approx(250)   # halfway 0.35..0.42
    assert t.subindex("pm10", 0.070) == pytest.approx(60)    # 50 + 50*(0.02/0.10)
    assert t.subindex("so2", 5.0) == pytest.approx(500)      # above the table: capped
    api_, subs = X.api({"so2": [0.1, 0.01], "no2": [0.2, 0.04], "pm10": [0.07, 0.03]})
    assert api_ == pytest.approx([150, 30])                   # max of 75/150/60; 10/25/30
    assert subs["no2"] == pytest.approx([150, 25])


def test_air_quality_levels_of_table_6_1():
    api_ = [0, 50, 50.5, 100, 101, 150, 151, 200, 201, 300, 301, 600]
    assert X.air_quality(api_).tolist() == [5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 1, 1]


def test_air_unit_aggregations_and_nearest():
    # unit 0 holds stations 0, 1; unit 1 holds none (nearest: station 2)
    d = np.array([[0.0, 0.0, 900.0], [500.0, 300.0, 120.0]])
    members, flags = X.assign_points(d)
    assert members == [[0, 1], [2]] and flags.tolist() == [0, 1]
    conc = {"so2": [0.05, 0.15, 0.0], "no2": [0.0, 0.0, 0.0], "pm10": [0.0, 0.0, 0.35]}
    mean_c, st = X.air_unit_api(members, concentrations=conc)
    assert st == pytest.approx([50, 100, 200])
    assert mean_c == pytest.approx([75, 200])          # API of mean SO2 0.10 = 75
    assert X.air_unit_api(members, concentrations=conc, aggregation="max_api")[0] == \
        pytest.approx([100, 200])
    assert X.air_unit_api(members, api_values=[40, 80, 10], aggregation="mean_api")[0] == \
        pytest.approx([60, 10])


# -- water -----------------------------------------------------------------------------

def test_gb3838_classes_per_indicator():
    lim = X.WaterLimits()
    assert lim.classes("CODMn", [2, 2.01, 4, 6, 10, 15, 15.1]).tolist() == [1, 2, 2, 3, 4, 5, 6]
    assert lim.classes("NH3-N", [0.15, 0.5, 1.0, 1.5, 2.0, 2.5]).tolist() == [1, 2, 3, 4, 5, 6]
    assert lim.classes("DO", [8, 7.5, 6, 5.5, 5, 3, 2, 1.9]).tolist() == [1, 1, 2, 3, 3, 4, 5, 6]
    assert lim.classes("COD", [15, 16]).tolist() == [1, 3]   # I and II share 15 mg/L
    assert lim.classes("总磷", [0.2]).tolist() == [3]
    with pytest.raises(EnvZoningError, match="'chlorophyll'"):
        lim.classes("chlorophyll", [1])


# GB 3838-2002 表1 地表水环境质量标准基本项目标准限值, classes I…V (the table SPEC 3 "Water"
# ships for annex-1 5(2), seed 004 lines 1009–1012: "按照表6-2方法评价" of the mean
# concentrations). Every basic item with a single at-least / at-most limit; pH (6–9) and
# water temperature (change limits) have no such limit and are not in the table.
# se, cn, las, sulfide and fecal_coliform were missing from the shipped table (18 of 23).
GB3838 = {
    "do": ("min", [7.5, 6, 5, 3, 2]),
    "codmn": ("max", [2, 4, 6, 10, 15]),
    "cod": ("max", [15, 15, 20, 30, 40]),
    "bod5": ("max", [3, 3, 4, 6, 10]),
    "nh3n": ("max", [0.15, 0.5, 1.0, 1.5, 2.0]),
    "tp": ("max", [0.02, 0.1, 0.2, 0.3, 0.4]),
    "tp_lake": ("max", [0.01, 0.025, 0.05, 0.1, 0.2]),
    "tn": ("max", [0.2, 0.5, 1.0, 1.5, 2.0]),
    "cu": ("max", [0.01, 1.0, 1.0, 1.0, 1.0]),
    "zn": ("max", [0.05, 1.0, 1.0, 2.0, 2.0]),
    "f": ("max", [1.0, 1.0, 1.0, 1.5, 1.5]),
    "se": ("max", [0.01, 0.01, 0.01, 0.02, 0.02]),
    "as": ("max", [0.05, 0.05, 0.05, 0.1, 0.1]),
    "hg": ("max", [0.00005, 0.00005, 0.0001, 0.001, 0.001]),
    "cd": ("max", [0.001, 0.005, 0.005, 0.005, 0.01]),
    "cr6": ("max", [0.01, 0.05, 0.05, 0.05, 0.1]),
    "pb": ("max", [0.01, 0.01, 0.05, 0.05, 0.1]),
    "cn": ("max", [0.005, 0.05, 0.2, 0.2, 0.2]),
    "phenol": ("max", [0.002, 0.002, 0.005, 0.01, 0.1]),
    "oil": ("max", [0.05, 0.05, 0.05, 0.5, 1.0]),
    "las": ("max", [0.2, 0.2, 0.2, 0.3, 0.3]),
    "sulfide": ("max", [0.05, 0.1, 0.2, 0.5, 1.0]),
    "fecal_coliform": ("max", [200, 2000, 10000, 20000, 40000]),   # 个/L
}


def test_gb3838_table_is_the_standard():
    rows = {r["item"]: r for r in T.load("gb3838_limits").dicts()}
    assert set(rows) == set(GB3838)
    for item, (bound, limits) in GB3838.items():
        r = rows[item]
        assert r["bound"] == bound, item
        assert [float(r[c]) for c in ("I", "II", "III", "IV", "V")] == limits, item
    assert rows["fecal_coliform"]["unit"] == "个/L"
    lim = X.WaterLimits()
    assert lim.classes("硒", [0.01, 0.015, 0.02, 0.03]).tolist() == [1, 4, 4, 6]
    assert lim.classes("cn", [0.005, 0.05, 0.2, 0.21]).tolist() == [1, 2, 3, 6]
    assert lim.classes("sulfide", [0.1, 0.5, 1.0]).tolist() == [2, 4, 5]


def test_fewer_than_five_sections_use_mean_concentrations():
    # codmn mean 4 -> II; nh3n mean 0.6 -> III; do mean 6 -> II; worst III -> 良 4
    conc = {"codmn": [3, 5], "nh3n": [0.4, 0.8], "do": [7, 5]}
    r = X.water_unit_quality([[0, 1]], concentrations=conc)
    assert r["water_class"].tolist() == [3] and r["quality"].tolist() == [4]
    assert r["method"] == ["mean"] and r["n"].tolist() == [2]
    # classes only: mean class rounded up (II, III -> III -> 良 4; I, II -> II -> 优 5)
    r = X.water_unit_quality([[0, 1], [2, 3]], section_class=[2, 3, 1, 2])
    assert r["quality"].tolist() == [4, 5]


def _shares(classes):
    return X.water_unit_quality([list(range(len(classes)))], section_class=classes)


@pytest.mark.parametrize("classes, quality, rule", [
    ([1, 2, 3, 3, 2, 1, 2, 3, 3, 6], 5, "1"),          # I–III 90 %
    ([1, 2, 3, 3, 2, 1, 2, 3, 4, 4], 4, "2"),          # 80 %
    ([1, 2, 3, 3, 2, 3, 4, 4], 4, "2"),                # exactly 75 %
    ([1, 2, 3, 3, 2, 1, 2, 4, 5, 6], 3, "3"),          # 70 %, 劣V 10 %
    ([1, 2, 3, 4, 6], 2, "4"),                         # 60 %, 劣V 20 %
    ([1, 2, 4, 4, 6], 2, "4"),                         # 40 %, 劣V exactly 20 %
    ([1, 2, 3, 1, 2, 5, 6, 6, 6, 6], 1, "5"),          # 50 %, 劣V 40 %
    ([1, 2, 3, 6, 6], 1, "6"),                         # the gap: 60 % and 40 % (Decision)
])
def test_every_branch_of_table_6_3(classes, quality, rule):
    r = _shares(classes)
    assert r["quality"].tolist() == [quality]
    assert r["method"] == ["table 6-3 rule %s" % rule]


def test_five_sections_from_concentrations_and_missing_class():
    conc = {"nh3n": [0.1, 0.4, 0.9, 1.2, 3.0]}        # I II III IV 劣V: 60 %, 20 % -> 2
    assert X.water_unit_quality([[0, 1, 2, 3, 4]], concentrations=conc)["quality"].tolist() == [2]
    with pytest.raises(EnvZoningError, match="Unit 'X'.*1 of its sections"):
        X.water_unit_quality([[0, 1, 2, 3, 4]], section_class=[1, 2, 0, 3, 3], names=["X"])


def test_parse_water_class():
    got = [X.parse_water_class(v) for v in ["I", "Ⅱ", "III类", "iv", "V", "劣V", "劣Ⅴ", 6, "2",
                                            None, "", "VI?"]]
    assert got == [1, 2, 3, 4, 5, 6, 6, 6, 2, 0, 0, None]


def test_table_6_2():
    assert X.water_class_quality([1, 2, 3, 4, 5, 6]).tolist() == [5, 5, 4, 3, 2, 1]


# -- soil -------------------------------------------------------------------------------

def test_spi_max_and_nemerow():
    pols = ["cd", "pb", "as"]
    std = [0.3, 90, 40]
    pi = X.soil_pi([[0.63, 45, 20]], std, pols)
    assert pi[0] == pytest.approx([2.1, 0.5, 0.5])
    assert X.soil_index(pi, "max") == pytest.approx([2.1])
    # Pmean = 3.1/3; sqrt((2.1² + Pmean²)/2)
    nem = math.sqrt((2.1 ** 2 + (3.1 / 3) ** 2) / 2)
    assert X.soil_index(pi, "nemerow") == pytest.approx([nem])   # 1.655
    r_max = X.soil_unit_quality([[0]], pi, "max")
    r_nem = X.soil_unit_quality([[0]], pi, "nemerow")
    assert r_max["quality"].tolist() == [3]   # (2, 3] 轻度污染
    assert r_nem["quality"].tolist() == [4]   # (1, 2] 良


def test_soil_levels_and_unit_mean():
    # breaks ≤1 优5, (1,2] 良4, (2,3] 轻度3, (3,5] 中度2, >5 重度1
    t = T.Breaks(T.load("soil_pi_breaks"), "quality")
    assert t.classify([0.2, 1, 1.01, 2, 3, 5, 5.01]).tolist() == [5, 5, 4, 4, 3, 2, 1]
    pi = X.soil_pi([[0.3, 9], [0.9, 27], [1.8, 9]], [0.3, 90], ["cd", "pb"])
    r = X.soil_unit_quality([[0, 1], [2], []], pi)
    # unit 0: cd mean Pi (1+3)/2 = 2 -> 良; unit 1: 6 -> 重度; unit 2: no sample -> 0
    assert r["index"][:2] == pytest.approx([2.0, 6.0])
    assert r["quality"].tolist() == [4, 1, 0]


def test_soil_standards_are_gb15618_screening_values():
    # GB 15618-2018 表1 农用地土壤污染风险筛选值, column 其他 (not 水田 / 果园),
    # 5.5 < pH ≤ 6.5 — the default documented in docs/reference/soilquality.md.
    got = {r["pollutant"]: float(r["standard"]) for r in T.load("soil_standards").dicts()}
    assert got == {"cd": 0.3, "hg": 1.8, "as": 40, "pb": 90, "cr": 150, "cu": 50,
                   "ni": 70, "zn": 200}


def test_soil_bad_standard_named():
    with pytest.raises(EnvZoningError, match="Sample 'S2'.*'pb'"):
        X.soil_pi([[1, 1], [1, 1]], [[1, 1], [1, 0]], ["cd", "pb"], names=["S1", "S2"])


# -- emission ---------------------------------------------------------------------------

def test_emission_grading():
    area = [2] * 6
    loads = {"cod": [2, 4, 20, 23, 60, 120],     # 1 2 10 11.5 30 60 -> merge 1,2
             "nh3n": [0.2] * 5 + [10],           # two distinct values -> 1, 2
             "so2": [100, 2, 4, 8, 14, 22],      # 50 1 2 4 7 11 -> merge 1,2
             "nox": [5] * 6}                     # one value -> 1
    r = X.emission(loads, area)
    assert r["cod_int"] == pytest.approx([1, 2, 10, 11.5, 30, 60])
    assert r["cod_lvl"].tolist() == [1, 1, 2, 3, 4, 5]
    assert r["nh3n_lvl"].tolist() == [1, 1, 1, 1, 1, 2]
    assert r["so2_lvl"].tolist() == [5, 1, 1, 2, 3, 4]
    assert r["nox_lvl"].tolist() == [1] * 6
    assert r["water_emis"].tolist() == [1, 1, 2, 3, 4, 5]
    assert r["air_emis"].tolist() == [5, 1, 1, 2, 3, 4]
    assert r["emission"].tolist() == [5, 1, 2, 3, 4, 5]


def test_majority_unit():
    assert X.majority_unit([[(0, 0.3), (1, 0.7)], [(2, 0.5), (1, 0.5)], []]) == [1, 1, None]


# -- issue 16.2: AQI of HJ 633-2012, exact breaks ------------------------------------------

def test_aqi_classes_of_hj633():
    # 优 ≤50 → 5, 良 51–100 → 4, 轻度 101–150 → 3, 中度 151–200 → 2, 重度 201–300 → 1, 严重 → 1
    assert X.aqi_quality([40, 80, 120, 175, 250, 350]).tolist() == [5, 4, 3, 2, 1, 1]
    assert X.aqi_quality([50, 100, 150, 200, 300, 301]).tolist() == [5, 4, 3, 2, 1, 1]
    # rounded up (HJ 633 5.1): 50.2 is 51, 良
    assert X.aqi_quality([50.2, 100.0000000001]).tolist() == [4, 4]


def test_api_breaks_in_ug_without_float_drift():
    # table 6-1 API breakpoints are in mg/m³; data in µg/m³ meet them exactly:
    # NO2 565 µg/m³ = API 300 → 中度污染 2 (not 重度 1); PM10 350 = API 200 → 轻度 3
    t = X.ApiTable(scale=1000.0)
    assert t.subindex("no2", [565.0]).tolist() == [300.0]
    assert t.subindex("pm10", [350.0]).tolist() == [200.0]
    assert X.air_quality(t.subindex("no2", [565.0])).tolist() == [2]
    assert X.air_quality(t.subindex("pm10", [350.0])).tolist() == [3]
    # the old conversion of the data: 565 × 0.001 lands above the break
    assert 565 * 0.001 > 0.565


def test_iaqi_breakpoints_of_hj633():
    t = X.aqi_table()
    # hand-worked: PM2.5 75 µg/m³ → IAQI 100; 115 → 150; 55 → 50 + 50·(55−35)/40 = 75
    assert t.subindex("pm25", [75, 115, 55]).tolist() == [100.0, 150.0, 75.0]
    # O3 8-h 800 → 300, above it (undefined by HJ 633) stays 300; CO 4 mg/m³ → 100
    assert t.subindex("o3", [800, 900]).tolist() == [300.0, 300.0]
    assert t.subindex("co", [4]).tolist() == [100.0]
    # NO2 565 → IAQI 300 → 重度 1; PM10 350 → 200 → 中度 2
    assert X.aqi_quality(t.subindex("no2", [565])).tolist() == [1]
    assert X.aqi_quality(t.subindex("pm10", [350])).tolist() == [2]
    # mg/m³ data: the table is scaled to mg/m³, CO is not
    tm = X.aqi_table(unit_ug=False)
    assert tm.subindex("no2", [0.565]).tolist() == [300.0]
    assert tm.subindex("co", [4]).tolist() == [100.0]
    aqi, subs = X.api({"pm25": [55], "pm10": [150]}, t)
    assert aqi.tolist() == [100.0]


def test_soil_screening_values_by_ph_band_and_land_use():
    """GB 15618-2018 table 1, hand-read: Cd 其他 0.3/0.3/0.3/0.6, 水田 0.3/0.4/0.6/0.8;
    Pb 其他 70/90/120/170; bands ≤5.5, (5.5, 6.5], (6.5, 7.5], >7.5 (upper limits inclusive)."""
    t = T.load("gb15618_farmland")
    ph = [5.5, 5.6, 6.5, 7.5, 7.6, 8.0]
    assert X.soil_ph_band(ph).tolist() == [0, 1, 1, 2, 3, 3]
    s = X.soil_standards_by_ph(t, ["cd", "铅"], ph)
    assert s[:, 0].tolist() == [0.3, 0.3, 0.3, 0.3, 0.6, 0.6]
    assert s[:, 1].tolist() == [70, 90, 90, 120, 170, 170]
    paddy = X.soil_standards_by_ph(t, ["Cd"], ph, [True] * 6)
    assert paddy[:, 0].tolist() == [0.3, 0.4, 0.4, 0.6, 0.8, 0.8]
    # Pi = C / S with the sample's own band: Cd 0.45 at pH 7.0 paddy → 0.45/0.6 = 0.75
    pi = X.soil_pi(np.array([[0.45]]), X.soil_standards_by_ph(t, ["cd"], [7.0], [True]),
                   ["cd"])
    assert np.asarray(pi).ravel().tolist() == [pytest.approx(0.75)]
    # the 5.5–6.5 其他 column equals the single-band table used before
    flat = {r["pollutant"]: float(r["standard"]) for r in T.load("soil_standards").dicts()}
    assert X.soil_standards_by_ph(t, list(flat), [6.0])[0].tolist() == list(flat.values())
    with pytest.raises(EnvZoningError, match="pH"):
        X.soil_standards_by_ph(t, ["cd"], [float("nan")], names=["S9"])


def test_soil_screening_values_of_orchard_copper():
    """GB 15618-2018 table 1: Cu 果园 150/150/200/200, 其他 50/50/100/100 (水田 has no Cu row
    of its own: it is 其他); Cd has 水田 and 其他 only, so an orchard takes Cd 其他."""
    t = T.load("gb15618_farmland")
    ph = [5.0, 6.0, 7.0, 8.0]
    orchard = X.soil_standards_by_ph(t, ["cu", "cd"], ph, landuse=["果园"] * 4)
    assert orchard[:, 0].tolist() == [150, 150, 200, 200]
    assert orchard[:, 1].tolist() == [0.3, 0.3, 0.3, 0.6]
    paddy = X.soil_standards_by_ph(t, ["cu", "cd"], ph, landuse=["水田"] * 4)
    assert paddy[:, 0].tolist() == [50, 50, 100, 100]
    assert paddy[:, 1].tolist() == [0.3, 0.4, 0.6, 0.8]
    mixed = X.soil_standards_by_ph(t, ["cu"], [6.0] * 3, landuse=["orchard", "paddy", "旱地"])
    assert mixed[:, 0].tolist() == [150, 50, 50]
    assert [X.soil_landuse(v) for v in ("水田", "Paddy", "果园", "旱地", None)] == \
        ["paddy", "paddy", "orchard", "other", "other"]
    only_paddy = T.Table(t.headers, [r for r in t.rows if r[0] == "cd" and r[3] == "paddy"],
                         "cut")
    with pytest.raises(EnvZoningError, match="其他"):
        X.soil_standards_by_ph(only_paddy, ["cd"], [6.0])
    # the intervention rows (表3) are not screening values; the layout before issue 17
    # (landuse 水田/其他, ph_5_5_6_5 …) reads the same
    assert X.soil_standards_by_ph(t, ["cd"], [8.0])[0].tolist() == [0.6]
    old = T.Table(["pollutant", "name_zh", "landuse", "ph_le_5_5", "ph_5_5_6_5", "ph_6_5_7_5",
                   "ph_gt_7_5", "unit"], [["cd", "镉", "水田", "0.3", "0.4", "0.6", "0.8", "mg/kg"],
                                         ["cd", "镉", "其他", "0.3", "0.3", "0.3", "0.6", "mg/kg"]],
                  "old")
    assert X.soil_standards_by_ph(old, ["cd"], [6.0, 6.0], [True, False])[:, 0].tolist() == \
        [0.4, 0.3]


def test_one_table_of_gb15618_values():
    """soil_standards is a view of gb15618_farmland (no file of its own): one table of GB
    15618-2018 values, read by soilquality and elementzones."""
    import os
    assert not os.path.exists(T.table_path("soil_standards"))
    assert not os.path.exists(T.table_path("soil_standards_ph"))
    flat = T.load("soil_standards")
    assert flat.headers == ["pollutant", "name_zh", "standard", "unit"]
    g = X.soil_standards_by_ph(T.load("gb15618_farmland"), flat.column("pollutant"), [6.0])
    assert g[0].tolist() == [float(v) for v in flat.column("standard")]
