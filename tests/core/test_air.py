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
