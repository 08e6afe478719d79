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
                                ["1", "耕地", "5", "1", "80", "", "test"]]))
    lc = np.array([[2, 2, 1, 1], [2, 2, 1, 1]])
    valid = np.ones(lc.shape, bool)
    d = K.density(lc, valid, pools)
    assert d[0, 0] == 140.0 and d[0, 3] == 86.0
    m = K.top_area_mask(d, valid, 0.5)
    assert m.sum() == 4 and m[:, :2].all()


def test_shipped_table_has_no_values():
    pools = K.load_pools(T.load("carbon_pools"))
    assert set(pools) == set(range(1, 10)) and all(v is None for v in pools.values())
    with pytest.raises(EnvZoningError, match="class 2 has no carbon pools"):
        K.density(np.array([[2]]), np.ones((1, 1), bool), pools)
    with pytest.raises(EnvZoningError, match="class 12 is not in"):
        K.density(np.array([[12]]), np.ones((1, 1), bool), pools)
    with pytest.raises(EnvZoningError, match="numbers"):
        K.load_pools(table([["1", "耕地", "x", "", "", "", ""]]))
