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


def test_window_cells_is_odd():
    assert window_cells(1000, 30) == 33
    assert window_cells(1000, 100) == 11
    assert window_cells(1000, 250) == 5
    assert window_cells(10, 100) == 1


def test_relief_difference_in_float64_grades_above_the_break():
    """Issue 16.3: an exact 300.0000057 m relief is > 300 (table 1-1: grade 9). In float32
    1300.0000057 − 1000 would be 300.0 (grade 7)."""
    from envzoning.core import tables as T

    dem = np.array([[1000.0, 1300.0000057, 1100.0]], dtype="float64")
    rng = moving_range(dem, np.ones(dem.shape, bool), 3)
    assert rng.dtype == np.float64
    assert rng[0, 0] == 1300.0000057 - 1000.0 > 300.0
    grades = T.Breaks(T.load("relief_breaks"), "grade")
    idx = grades.class_index(rng, np.ones(rng.shape, bool))
    # the last cell's window holds 1300.0000057 and 1100: 200 m → grade 7
    assert [grades.values[i - 1] for i in idx[0]] == [9, 9, 7]
    # integer DEMs: exact metres, 300 m stays grade 7 (101–300)
    r2 = moving_range(np.array([[0, 300]], dtype="int16"), np.ones((1, 2), bool), 3)
    assert r2.tolist() == [[300.0, 300.0]]
    assert grades.values[grades.class_index(r2, np.ones((1, 2), bool))[0, 0] - 1] == 7
