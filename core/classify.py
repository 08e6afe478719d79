"""Classing a set of values into k classes (SPEC section 3, "P2, K, A"; Z annex-1 3–4:
"按样本数的分布频率自然分等 … 依次划分为5个等级").

Three methods, all returning class numbers 1…k (1 = lowest values, k = highest), 0 for NaN:

* :func:`natural_breaks` — the exact Jenks / Fisher optimal partition: the k groups of
  consecutive sorted values that minimise the total within-group sum of squared deviations
  (Fisher 1958; Jenks 1967). Solved by dynamic programming over the *distinct* values,
  weighted by how often each occurs, so identical values are never split across classes
  and a break always falls between two distinct values. Time O(k·d²) with d distinct values,
  each step a numpy vector operation; memory O(k·d).
  Above :data:`EXACT_LIMIT` (5 000) distinct values the sorted values are first merged into
  5 000 consecutive groups of (nearly) equal count — deterministic, no random sampling —
  and the optimum is exact over breaks at those group edges (the candidate breaks are then
  every n/5 000-th value instead of every value).
* :func:`quantile` — upper bounds at the i/k quantiles (numpy "lower" method: each bound is
  a data value), so classes hold about n/k values each; ties stay together.
* :func:`equal_interval` — k intervals of equal width between min and max.

Boundary rule (SPEC section 2): a value equal to an upper bound belongs to the lower class.

**Fewer distinct values than classes** (d ≤ k, for every method): each distinct value is its
own class, numbered 1…d from the lowest; a single value is class 1. The class numbers then
stop at d < k — there is no "most" class to claim without data showing one.
"""

import numpy as np

from .errors import EnvZoningError

EXACT_LIMIT = 5000
METHODS = ("natural_breaks", "quantile", "equal_interval")


def _clean(values, label):
    v = np.asarray(values, dtype="float64").ravel()
    if np.isinf(v).any():
        raise EnvZoningError("%s: infinite value(s) cannot be classed / %s 含无穷大值，无法分级"
                             % (label, label))
    return v


def _check_k(k):
    if int(k) != k or k < 1:
        raise EnvZoningError("Number of classes must be a positive integer, not %r / 分级数须为正整数"
                             % (k,))
    return int(k)


def breaks(values, k=5, method="natural_breaks", label="values"):
    """Upper bounds of the classes (ascending; the last is the maximum). Length ≤ k:
    shorter when there are fewer distinct values than classes. Empty for no valid value."""
    k = _check_k(k)
    v = _clean(values, label)
    v = v[~np.isnan(v)]
    if v.size == 0:
        return np.array([], dtype="float64")
    distinct = np.unique(v)
    if distinct.size <= k:
        return distinct
    if method in ("natural_breaks", 0):
        return _fisher_breaks(v, k)
    if method in ("quantile", 1):
        qs = np.quantile(v, np.arange(1, k) / k, method="lower")
        return np.unique(np.append(qs, distinct[-1]))
    if method in ("equal_interval", 2):
        lo, hi = distinct[0], distinct[-1]
        return np.append(lo + (hi - lo) * np.arange(1, k) / k, hi)
    raise EnvZoningError("Unknown classification method %r (use %s) / 未知分级方法"
                         % (method, ", ".join(METHODS)))


def classify(values, k=5, method="natural_breaks", label="values"):
    """Class numbers 1…k (1 = lowest) of ``values``; NaN → 0. See the module notes."""
    v = _clean(values, label)
    b = breaks(v, k, method, label)
    out = np.zeros(v.shape, dtype="int64")
    ok = ~np.isnan(v)
    if b.size:
        idx = np.searchsorted(b, v[ok], side="left")
        out[ok] = np.minimum(idx, b.size - 1) + 1
        if method in ("quantile", 1) and b.size < k and np.unique(v[ok]).size > k:
            # quantile bounds that coincide (many ties) are merged: renumber densely
            used = np.unique(out[ok])
            out[ok] = np.searchsorted(used, out[ok]) + 1
    return out


def natural_breaks(values, k=5, label="values"):
    return classify(values, k, "natural_breaks", label)


def quantile(values, k=5, label="values"):
    return classify(values, k, "quantile", label)


def equal_interval(values, k=5, label="values"):
    return classify(values, k, "equal_interval", label)


def _grouped(v):
    """Distinct values with their counts; above EXACT_LIMIT, equal-count groups of the
    sorted values (value = the group's mean, upper = the group's largest value)."""
    vals, counts = np.unique(v, return_counts=True)
    if vals.size <= EXACT_LIMIT:
        return vals.astype("float64"), counts.astype("float64"), vals.astype("float64")
    s = np.sort(v)
    edges = np.linspace(0, s.size, EXACT_LIMIT + 1).round().astype(int)
    # never cut inside a run of equal values: move each edge to the end of its run
    cut = np.searchsorted(s, s[np.maximum(edges[1:-1] - 1, 0)], side="right")
    edges = np.unique(np.concatenate([[0], cut, [s.size]]))
    sums = np.add.reduceat(s, edges[:-1])
    cnt = np.diff(edges).astype("float64")
    return sums / cnt, cnt, s[edges[1:] - 1]


def _fisher_breaks(v, k):
    """Exact optimal (minimum within-class sum of squares) upper bounds, k classes."""
    x, w, upper = _grouped(v)
    x = x - np.average(x, weights=w)  # centre: less cancellation in S2 − S1²/W
    n = x.size
    cw = np.concatenate([[0.0], np.cumsum(w)])
    c1 = np.concatenate([[0.0], np.cumsum(w * x)])
    c2 = np.concatenate([[0.0], np.cumsum(w * x * x)])

    def ssd(i, j):
        """Weighted SSD of groups i..j-1 (arrays i, scalar j)."""
        ww = cw[j] - cw[i]
        s1 = c1[j] - c1[i]
        return np.maximum((c2[j] - c2[i]) - s1 * s1 / ww, 0.0)

    # cost[m][j]: best SSD of the first j groups in m+1 classes; arg[m][j]: start of last class
    cost = np.full((k, n + 1), np.inf)
    arg = np.zeros((k, n + 1), dtype=np.int64)
    js = np.arange(1, n + 1)
    cost[0, 1:] = ssd(np.zeros(n, dtype=np.int64), js)
    for m in range(1, k):
        prev = cost[m - 1]
        for j in range(m + 1, n + 1):
            i = np.arange(m, j)  # last class = groups i..j-1, previous m classes take 0..i-1
            total = prev[i] + ssd(i, j)
            best = int(np.argmin(total))  # first minimum: deterministic on ties
            cost[m, j] = total[best]
            arg[m, j] = i[best]
    ends = [n]
    j = n
    for m in range(k - 1, 0, -1):
        j = int(arg[m, j])
        ends.append(j)
    ends = sorted(ends)
    return np.array([upper[e - 1] for e in ends])


def within_ssd(values, classes):
    """Total within-class sum of squared deviations (for checks and reports)."""
    v = np.asarray(values, dtype="float64")
    c = np.asarray(classes)
    total = 0.0
    for cl in np.unique(c[c > 0]):
        g = v[c == cl]
        total += float(((g - g.mean()) ** 2).sum())
    return total
