"""Soil and resource element zones from data (core.resources, issue 17 item 4): every figure
worked by hand from GB 15618-2018 tables 1 and 3."""

import numpy as np
import pytest

from envzoning.core import resources as R
from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError


@pytest.fixture(scope="module")
def std():
    return R.SoilStandard(T.load("gb15618_farmland"))


def test_screening_and_intervention_values(std):
    # table 1, Cd: paddy 0.3/0.4/0.6/0.8, other 0.3/0.3/0.3/0.6 by pH band
    assert std.value("cd", "screening", "水田", 6.0) == 0.4
    assert std.value("cd", "screening", "paddy", 6.5) == 0.4     # upper bound in the band
    assert std.value("cd", "screening", "paddy", 6.51) == 0.6
    assert std.value("cd", "screening", "other", 8.0) == 0.6
    assert std.value("cd", "screening", "paddy", None) == 0.3    # no pH: strictest band
    # Cu: orchard has its own row, other pollutants fall back to 'other'
    assert std.value("cu", "screening", "果园", 7.0) == 200
    assert std.value("pb", "screening", "orchard", 7.0) == 120
    assert std.value("ni", "screening", "paddy", 5.0) == 60
    # table 3: Cd 1.5/2.0/3.0/4.0; Cu has no intervention value
    assert std.value("cd", "intervention", "other", 8.0) == 4.0
    assert std.value("cu", "intervention", "other", 8.0) is None
    assert std.names["cd"] == "镉"


def test_sample_and_plot_classes(std):
    a = {"cd": 0.35, "pb": 50.0}
    # paddy pH 6.0: Cd 0.35 / 0.4 = 0.875, Pb 50 / 100 = 0.5 → ≤ 1 → 优先保护
    rs, rg, worst = R.sample_ratios(a, std, "paddy", 6.0)
    assert (round(rs, 4), worst) == (0.875, "cd")
    assert R.plot_class([(a, 6.0)], std, "paddy")[0] == "优先保护"
    # the same sample on dry land: Cd 0.35 / 0.3 = 1.1667 > 1, 0.35 / 2.0 = 0.175 → 安全利用
    cls, rs, rg, worst = R.plot_class([(a, 6.0)], std, "other")
    assert (cls, round(rs, 4), round(rg, 4), worst) == ("安全利用", 1.1667, 0.175, "cd")
    # pH 8.0, Cd 4.5: 4.5 / 0.6 = 7.5, 4.5 / 4.0 = 1.125 > 1 → 严格管控
    assert R.plot_class([({"cd": 4.5}, 8.0)], std)[0] == "严格管控"
    # Cu 12000 mg/kg, pH 6: 240 × Si 50, but Cu has no intervention value → 安全利用 at worst
    assert R.plot_class([({"cu": 12000.0}, 6.0)], std)[0] == "安全利用"
    # a plot takes its worst sample; without samples no class
    assert R.plot_class([(a, 6.0), ({"cd": 4.5}, 8.0)], std, "paddy")[0] == "严格管控"
    assert R.plot_class([], std) is None
    # no pH: strictest (Cd 0.3 paddy) → 0.35 / 0.3 > 1
    assert R.plot_class([(a, None)], std, "paddy")[0] == "安全利用"
    with pytest.raises(EnvZoningError, match="cd"):
        R.sample_ratios({"cd": -1.0}, std)


def test_bad_standard_table():
    t = T.Table(["pollutant", "kind", "land"] + R.BANDS, [["cd", "limit", "all", "1", "2", "3",
                                                           "4"]], "user_soil")
    with pytest.raises(EnvZoningError, match="user_soil.*row 1.*limit"):
        R.SoilStandard(t)
    t = T.Table(["pollutant", "kind", "land"] + R.BANDS, [["cd", "screening", "all", "1", "x",
                                                           "3", "4"]], "user_soil")
    with pytest.raises(EnvZoningError, match="row 1"):
        R.SoilStandard(t)


def test_water_overload_and_shoreline_roles():
    assert R.overload_role("超载") == "water_overloaded"
    assert R.overload_role(" 临界超载 ") == "water_critical"
    assert R.overload_role("Critical") == "water_critical"
    assert R.overload_role("不超载") is None
    with pytest.raises(EnvZoningError, match="'轻度超载'"):
        R.overload_role("轻度超载", "Layer 't'")
    assert R.shoreline_role("严格保护") == "shore_protection"
    assert R.shoreline_role("优化利用岸线") == "shore_development"
    assert R.shoreline_role("限制开发") == "shore_controlled"
    with pytest.raises(EnvZoningError, match="'开发'"):
        R.shoreline_role("开发")


def test_roles_are_in_the_shipped_rules():
    from envzoning.core import control as C
    rules = C.load_element_rules(T.load("element_rules"))
    want = {"farmland_priority": ("SOIL-1", 1), "farmland_safe_use": ("SOIL-3", 2),
            "farmland_strict_control": ("SOIL-3", 2), "water_overloaded": ("WR-1", 2),
            "water_critical": ("WR-1", 2), "shore_protection": ("SH-1", 1),
            "shore_development": ("SH-2", 2), "shore_controlled": ("SH-3", 3)}
    for role, (rid, cls) in want.items():
        hit = C.match_feature(rules, {"role": role})
        assert [(r.rule, r.cls) for r in hit] == [(rid, cls)], role


# -- interpolation (IDW) ------------------------------------------------------------------

def test_idw_by_hand():
    """Samples 1 at x=0 and 3 at x=10, power 2: at x=5 equal weights → 2; at x=2.5 the
    weights are 1/2.5² : 1/7.5² = 9 : 1 → (9·1 + 1·3)/10 = 1.2; radius 5 keeps only the
    first sample → 1; a point on a sample takes it; nothing within the radius → NaN; a NaN
    sample value is skipped."""
    got = R.idw([0, 10], [0, 0], [1, 3], [5, 2.5, 10, 100], [0, 0, 0, 0], 2.0, 0)
    assert got[:3].tolist() == [pytest.approx(2.0), pytest.approx(1.2), 3.0]
    assert got[3] == pytest.approx((1e-4 + 3 / 8100) / (1e-4 + 1 / 8100))   # d 100 and 90
    near = R.idw([0, 10], [0, 0], [1, 3], [2.5, 100], [0, 0], 2.0, 5.0)
    assert near[0] == 1.0 and np.isnan(near[1])
    assert R.idw([0, 10], [0, 0], [1, float("nan")], [5], [0], 2.0, 0).tolist() == [1.0]
    # power 1: weights 1/2.5 : 1/7.5 = 3 : 1 → (3 + 3)/4 = 1.5
    assert R.idw([0, 10], [0, 0], [1, 3], [2.5], [0], 1.0, 0)[0] == pytest.approx(1.5)
    with pytest.raises(EnvZoningError, match="power"):
        R.idw([0], [0], [1], [0], [0], 0.0)


def test_interpolated_classes_priority_safe_use_strict_control():
    """Cd 0.2 at x=0 and 5.0 at x=1000, both pH 8 (other land: Si 0.6, Gi 4.0): at x=0
    0.2/0.6 ≤ 1 → 优先保护 (1); at x=500 the IDW mean 2.6: 2.6/0.6 > 1, 2.6/4 ≤ 1 → 安全利用
    (2); at x=1000 5/4 > 1 → 严格管控 (3); at x=5000 nothing within 2 000 m → no class (0)."""
    std = R.SoilStandard(T.load("gb15618_farmland"))
    samples = [(0.0, 0.0, {"cd": 0.2}, 8.0), (1000.0, 0.0, {"cd": 5.0}, 8.0)]
    conc, ph = R.interpolate(samples, [0, 500, 1000, 5000], [0, 0, 0, 0])
    assert conc["cd"][1] == pytest.approx(2.6) and ph[1] == pytest.approx(8.0)
    cls, rs, rg = R.classify_points(conc, ph, std)
    assert cls.tolist() == [1, 2, 3, 0]
    assert rs[1] == pytest.approx(2.6 / 0.6) and rg[2] == pytest.approx(1.25)
    # no pH anywhere: the strictest band (Cd other 0.3, Gi 1.5): 0.2/0.3 ≤ 1, 5/1.5 > 1
    conc2, ph2 = R.interpolate([(0.0, 0.0, {"cd": 0.2}, None), (1000.0, 0.0, {"cd": 5.0}, None)],
                               [0, 1000], [0, 0])
    assert np.isnan(ph2).all()
    assert R.classify_points(conc2, ph2, std)[0].tolist() == [1, 3]
    # a plot aggregated: the mean of its points (x 0 and 500: Cd (0.2 + 2.6)/2 = 1.4, pH 8)
    conc3, ph3 = R.interpolate(samples, [0, 500], [0, 0])
    name, si, gi = R.aggregate_plot(conc3, ph3, std)
    assert name == "安全利用" and si == pytest.approx(1.4 / 0.6) and gi == pytest.approx(0.35)
    # paddy Cd at pH 8: Si 0.8 → 1.4/0.8 still > 1
    assert R.aggregate_plot(conc3, ph3, std, "水田")[0] == "安全利用"
    far, far_ph = R.interpolate(samples, [9000], [0])
    assert R.aggregate_plot(far, far_ph, std) is None
