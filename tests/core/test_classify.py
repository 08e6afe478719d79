"""core.classify: exact natural breaks (checked by brute force), quantile, equal interval."""

import itertools

import numpy as np
import pytest

from envzoning.core import classify as C
from envzoning.core.errors import EnvZoningError


def brute_force_ssd(values, k):
    """Minimum within-class SSD over every split of the sorted distinct values into k
    consecutive groups (ties kept together)."""
    vals, counts = np.unique(values, return_counts=True)
    full = [np.repeat(v, c) for v, c in zip(vals, counts)]
    best = np.inf
    for cuts in itertools.combinations(range(1, len(vals)), k - 1):
        edges = (0,) + cuts + (len(vals),)
        total = 0.0
        for a, b in zip(edges[:-1], edges[1:]):
            g = np.concatenate(full[a:b])
            total += ((g - g.mean()) ** 2).sum()
        best = min(best, total)
    return best


def test_textbook_clusters_are_found():
    # three obvious groups; and the classic 4-value example 4 5 | 9 10
    assert C.natural_breaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3).tolist() == \
        [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert C.natural_breaks([10, 4, 9, 5], 2).tolist() == [2, 1, 2, 1]
    # the 4-township pop_idx of test_indices with 3 classes: {0.125} {1.25, 1.5625} {2.5}
    # (SSD 0.0488 against 0.633 and 0.439 for the two other splits)
    assert C.natural_breaks([1.25, 2.5, 0.125, 1.5625], 3).tolist() == [2, 3, 1, 2]


@pytest.mark.parametrize("seed", range(12))
def test_natural_breaks_is_the_optimal_partition(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(7, 11))
    k = int(rng.integers(2, 5))
    # rounded values: ties occur and must never be split
    values = np.round(rng.gamma(2.0, 3.0, size=n), 0 if seed % 3 == 0 else 2)
    if np.unique(values).size <= k:
        values = values + np.arange(n)
    cls = C.natural_breaks(values, k)
    assert sorted(set(cls.tolist())) == list(range(1, k + 1))
    assert C.within_ssd(values, cls) == pytest.approx(brute_force_ssd(values, k), abs=1e-9)
    # classes are ordered: every value of class c is below every value of class c+1
    for c in range(1, k):
        assert values[cls == c].max() < values[cls == c + 1].min()
    # ties share a class
    for v in np.unique(values):
        assert np.unique(cls[values == v]).size == 1


def test_value_on_a_break_goes_to_the_lower_class():
    b = C.breaks([1, 2, 3, 10, 11, 12], 2)
    assert b.tolist() == [3, 12]
    assert C.classify([1, 2, 3, 10, 11, 12, np.nan], 2).tolist() == [1, 1, 1, 2, 2, 2, 0]


def test_fewer_distinct_values_than_classes():
    assert C.natural_breaks([7, 7, 7], 5).tolist() == [1, 1, 1]
    assert C.natural_breaks([3, 1, 3, 2], 5).tolist() == [3, 1, 3, 2]
    assert C.quantile([5, 9], 5).tolist() == [1, 2]
    assert C.equal_interval([4, 4, 8], 5).tolist() == [1, 1, 2]
    assert C.natural_breaks([np.nan, np.nan], 5).tolist() == [0, 0]


def test_quantile_and_equal_interval():
    assert C.quantile(np.arange(1, 11), 5).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert C.equal_interval([0, 1, 2.5, 5, 7.5, 10], 4).tolist() == [1, 1, 1, 2, 3, 4]
    # heavy ties: coinciding quantile bounds merge, classes stay 1..m without holes
    cls = C.quantile([1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6], 5)
    assert sorted(set(cls.tolist())) == list(range(1, cls.max() + 1))
    assert cls[:6].tolist() == [1] * 6


def test_large_input_is_grouped_deterministically():
    rng = np.random.default_rng(1)
    v = np.concatenate([rng.normal(0, 1, 4000), rng.normal(50, 1, 4000)])
    cls = C.natural_breaks(v, 2)
    assert (cls[:4000] == 1).all() and (cls[4000:] == 2).all()
    assert C.natural_breaks(v, 2).tolist() == cls.tolist()


def test_bad_input_is_named():
    with pytest.raises(EnvZoningError, match="pop_idx"):
        C.classify([1, np.inf], 5, label="pop_idx")
    with pytest.raises(EnvZoningError, match="Unknown classification"):
        C.classify([1, 2, 3, 4, 5, 6], 5, method="kmeans")
