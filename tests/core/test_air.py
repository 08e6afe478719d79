"""Air control zones from data (core/air.py), worked by hand."""

import math

import numpy as np
import pytest

from envzoning.core import air as A
from envzoning.core.errors import EnvZoningError


def test_synthetic_hot_spot():
    # 10 × 10 cells: 96 of 1 t/km²·a background and a 2 × 2 hot spot of 100 each: total
    # 496, the 4 hot cells hold 400 / 496 = 80.6 % ≥ 80 %
    v = np.ones((10, 10))
    v[4:6, 4:6] = 100.0
    m = A.high_emission_mask(v, np.ones(v.shape, bool), 0.8)
    assert m.sum() == 4 and m[4:6, 4:6].all()
    # 90 % needs background cells too: all ties of the threshold value (1.0) come in
    assert A.high_emission_mask(v, np.ones(v.shape, bool), 0.9).sum() == 100
    assert not A.high_emission_mask(np.zeros((3, 3)), np.ones((3, 3), bool)).any()
    with pytest.raises(EnvZoningError, match="HIGH_EMISSION_SHARE"):
        A.high_emission_mask(v, np.ones(v.shape, bool), 0.0)


def test_low_ventilation_band():
    # a valley band (rows 3–5) with ventilation 1 500 m²/s in 4 000 elsewhere; threshold 2 000
    vent = np.full((9, 6), 4000.0)
    vent[3:6, :] = 1500.0
    valid = np.ones(vent.shape, bool)
    valid[0, 0] = False
    m = A.low_ventilation_mask(vent, valid, 2000.0)
    assert m.sum() == 18 and m[3:6].all()


def test_upwind_sector():
    # wind from the north-east (45°): the sector opens towards NE of the city
    ring = A.sector_ring(0.0, 0.0, 1000.0, 45.0, 22.5, steps=2)
    assert ring[0] == ring[-1] == (0.0, 0.0)
    mid = ring[2]
    assert mid[0] == pytest.approx(1000 * math.sin(math.radians(45)))
    assert mid[1] == pytest.approx(1000 * math.cos(math.radians(45)))
    first = ring[1]   # 22.5° from north
    assert first[0] == pytest.approx(1000 * math.sin(math.radians(22.5)))
    with pytest.raises(EnvZoningError):
        A.sector_ring(0, 0, 0, 45, 22.5)


def test_synthetic_valley_from_a_dem():
    # a V valley along column 20: z = 200 + 20·|col − 20| m (100 m cells). Window 11 cells:
    # col 20: window mean = 200 + 20·30/11 = 254.5 → 54.5 m below; col 21: 200 + 20·31/11
    # = 256.4 vs z 220 → 36.4 below; col 22: 261.8 vs 240 → 21.8. Depth 30 → cols 19–21;
    # cells within 5 of the raster edge have a clipped window and are not classed.
    cols = np.arange(40)
    dem = np.tile(200.0 + 20.0 * np.abs(cols - 20), (40, 1))
    valid = np.ones(dem.shape, bool)
    mask, unclassed = A.valley_mask(dem, valid, 11, 30.0)
    assert sorted(set(np.nonzero(mask)[1])) == [19, 20, 21]
    assert sorted(set(np.nonzero(mask)[0])) == list(range(5, 35))
    assert mask.sum() == 90 and unclassed == 40 * 40 - 30 * 30
    mask40, _ = A.valley_mask(dem, valid, 11, 40.0)
    assert sorted(set(np.nonzero(mask40)[1])) == [20]
    # a plane has no valley anywhere, its edges included
    plane = np.tile(20.0 * cols, (40, 1))
    assert not A.valley_mask(plane, valid, 11, 1.0)[0].any()
    # a nodata cell leaves its window unclassed, the rest still works
    valid[20, 20] = False
    m2, _ = A.valley_mask(dem, valid, 11, 30.0)
    assert not m2[15:26, 15:26].any() and m2[5:15, 20].all()
    mean, n = A.moving_mean(np.arange(9.0).reshape(3, 3), np.ones((3, 3), bool), 3)
    assert mean[1, 1] == 4.0 and n[0, 0] == 4 and mean[0, 0] == (0 + 1 + 3 + 4) / 4
    with pytest.raises(EnvZoningError, match="VALLEY_WINDOW"):
        A.valley_mask(dem, valid, 4, 30.0)
