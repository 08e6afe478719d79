"""Carbon stock (InVEST structure: four pools per class) and GHG zones, by hand."""

import numpy as np
import pytest

from envzoning.core import carbon as K
from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError


def table(rows):
    return T.Table(["code", "name_zh", "c_above", "c_below", "c_soil", "c_dead", "source"],
                   rows, "pools")


def test_forest_vs_cropland():
    # forest 30 + 8 + 100 + 2 = 140 t C/ha, cropland 5 + 1 + 80 + 0 = 86 t C/ha
    pools = K.load_pools(table([["2", "林地", "30", "8", "100", "2", "test"],
                                ["1", "耕地", "5", "1", "80", "0", "test"]]))
    lc = np.array([[2, 2, 1, 1], [2, 2, 1, 1]])
    valid = np.ones(lc.shape, bool)
    d = K.density(lc, valid, pools)
    assert d[0, 0] == 140.0 and d[0, 3] == 86.0
    m = K.top_area_mask(d, valid, 0.5)
    assert m.sum() == 4 and m[:, :2].all()


def test_empty_pool_is_unknown_not_zero():
    pools = K.load_pools(table([["1", "耕地", "5", "1", "80", "", "test"]]))
    with pytest.raises(EnvZoningError, match=r"class 1 \(耕地\) has no carbon pools c_dead"):
        K.density(np.array([[1]]), np.ones((1, 1), bool), pools)


def test_shipped_table_holds_the_cited_ipcc_defaults_only():
    """IPCC 2019 Refinement Vol.4 Ch.2 Table 2.3 SOCref (warm temperate moist): LAC soils 55,
    wetland soils 135 t C/ha; cropland 55 × F_LU 0.69 (Ch.5 Table 5.5) = 37.95; Tier 1 dead
    organic matter of non-forest land 0; no biomass default, no value for water, snow, bare
    and impervious land."""
    pools = K.load_pools(T.load("carbon_pools"))
    assert set(pools) == set(range(1, 10))
    soil = {c: p[2] for c, p in pools.items() if p is not None}
    assert soil == {1: pytest.approx(55 * 0.69), 2: 55.0, 3: 55.0, 4: 55.0, 9: 135.0}
    assert {c: p[3] for c, p in pools.items() if p is not None} == {
        1: 0.0, 2: None, 3: None, 4: 0.0, 9: 0.0}
    assert all(p[0] is None and p[1] is None for p in pools.values() if p is not None)
    assert all(pools[c] is None for c in (5, 6, 7, 8))
    assert all("IPCC 2019 Refinement Vol.4 Ch.2 Table 2.3" in r["source"]
               for r in T.load("carbon_pools").dicts() if r["c_soil"])
    with pytest.raises(EnvZoningError, match=r"class 2 \(林地\) has no carbon pools c_above, "
                                             r"c_below, c_dead"):
        K.density(np.array([[2]]), np.ones((1, 1), bool), pools)
    with pytest.raises(EnvZoningError, match="class 5 has no carbon pools"):
        K.density(np.array([[5]]), np.ones((1, 1), bool), pools)
    with pytest.raises(EnvZoningError, match="class 12 is not in"):
        K.density(np.array([[12]]), np.ones((1, 1), bool), pools)
    with pytest.raises(EnvZoningError, match="numbers"):
        K.load_pools(table([["1", "耕地", "x", "", "", "", ""]]))
