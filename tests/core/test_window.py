import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view

from envzoning.core.window import moving_range, window_cells


def brute_range(a, valid, w):
    h = w // 2
    p = np.pad(np.where(valid, a, np.nan), h, constant_values=np.nan)
    win = sliding_window_view(p, (w, w))
    with np.errstate(all="ignore"):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return np.nanmax(win, axis=(2, 3)) - np.nanmin(win, axis=(2, 3))


@pytest.mark.parametrize("w", [1, 3, 5, 7, 33])
def test_moving_range_matches_brute_force(rng, w):
    a = rng.uniform(0, 1000, (61, 47)).astype("float32")
    valid = rng.random(a.shape) > 0.1
    got = moving_range(a, valid, w)
    ref = brute_range(a, valid, w)
    assert np.allclose(np.nan_to_num(got, nan=-1), np.nan_to_num(ref, nan=-1))


def test_moving_range_is_float64_and_keeps_small_differences():
    a = np.array([[1000.0, 1300.0000057], [1000.0, 1000.0]])
    got = moving_range(a, np.ones(a.shape, dtype=bool), 3)
    assert got.dtype == np.float64
    assert np.all(got == 1300.0000057 - 1000.0) and got[0, 0] > 300.0
    # int16 DEM: exact too
    got_i = moving_range(np.array([[0, 301], [5, 7]], dtype="int16"), np.ones((2, 2), bool), 3)
    assert got_i.tolist() == [[301.0, 301.0], [301.0, 301.0]]


def test_window_cells_is_odd():
    assert window_cells(1000, 30) == 33
    assert window_cells(1000, 100) == 11
    assert window_cells(1000, 250) == 5
    assert window_cells(10, 100) == 1
