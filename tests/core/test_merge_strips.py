"""Strip-wise labelling, patch table, adjacency and majority (issue 19: mergezones in
bounded memory) equal the whole-array versions on random arrays, for any strip height."""

import numpy as np
import pytest

from envzoning.core import merge as M


def flood_fill(codes, nodata=0):
    """Reference 4-connected labelling by breadth-first search, raster order numbering."""
    rows, cols = codes.shape
    lab = np.zeros(codes.shape, np.int32)
    n = 0
    for r in range(rows):
        for c in range(cols):
            if codes[r, c] == nodata or lab[r, c]:
                continue
            n += 1
            lab[r, c] = n
            todo = [(r, c)]
            while todo:
                y, x = todo.pop()
                for yy, xx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= yy < rows and 0 <= xx < cols and not lab[yy, xx] \
                            and codes[yy, xx] == codes[y, x]:
                        lab[yy, xx] = n
                        todo.append((yy, xx))
    return lab, n


def random_codes(rng, shape, k, blocky):
    a = rng.integers(0, k, shape).astype(np.uint8)
    if blocky:   # patches of several cells, snakes crossing many strips
        a = np.repeat(np.repeat(a[::3, ::3], 3, 0), 3, 1)[:shape[0], :shape[1]]
        if a.shape != shape:
            a = np.pad(a, ((0, shape[0] - a.shape[0]), (0, shape[1] - a.shape[1])))
    return a


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("strip", [1, 2, 3, 7, 256])
def test_strip_labelling_equals_whole_array(seed, strip):
    rng = np.random.default_rng(seed)
    shape = (int(rng.integers(1, 40)), int(rng.integers(1, 40)))
    codes = random_codes(rng, shape, int(rng.integers(2, 5)), seed % 2 == 0)
    lab, n = M.label(codes, strip=strip)
    ref, nref = M.label_whole(codes)
    assert n == nref and np.array_equal(lab, ref)
    bfs, nb = flood_fill(codes)
    assert nb == n and np.array_equal(lab, bfs)
    assert lab.dtype == np.int32


def test_a_spiral_crossing_every_strip_is_one_patch():
    a = np.zeros((21, 21), np.uint8)
    a[0, :] = a[:, 20] = a[20, :] = a[2:, 0] = 5
    a[2, :19] = a[2:19, 18] = a[18, 2:19] = a[4:19, 2] = 5
    for strip in (1, 2, 5):
        lab, n = M.label(a, strip=strip)
        assert np.array_equal(lab, M.label_whole(a)[0])
        assert len(np.unique(lab[a == 5])) == 1


@pytest.mark.parametrize("strip", [1, 3, 256])
def test_patch_table_adjacency_majority_strip_wise(strip):
    rng = np.random.default_rng(11)
    codes = random_codes(rng, (37, 29), 4, True)
    lab, n = M.label_whole(codes)
    code, counts, first = M.patch_table(lab, codes, n, strip=strip)
    for p in range(1, n + 1):
        cells = np.flatnonzero(lab.ravel() == p)
        assert counts[p] == len(cells) and first[p] == cells[0]
        assert code[p] == codes.ravel()[cells[0]]
    # adjacency by brute force over all cell edges
    ref = {}
    for axis in (1, 0):
        x, y = (lab[:, :-1], lab[:, 1:]) if axis == 1 else (lab[:-1], lab[1:])
        for u, v in zip(x.ravel().tolist(), y.ravel().tolist()):
            if u != v and u > 0 and v > 0:
                key = (min(u, v), max(u, v))
                h, w = ref.get(key, (0, 0))
                ref[key] = (h + 1, w) if axis == 1 else (h, w + 1)
    assert M.adjacency(lab, strip=strip) == ref
    vals = rng.integers(0, 6, codes.shape)
    maj = M.majority_per_label(lab, vals, n, strip=strip)
    for p in range(1, n + 1):
        v, c = np.unique(vals[lab == p], return_counts=True)
        assert maj[p] == v[np.argmax(c)]   # first maximum = the smaller value on ties


def test_merge_patches_result_does_not_depend_on_the_strip_height(monkeypatch):
    rng = np.random.default_rng(2)
    codes = rng.choice(np.array([11, 21, 22, 31, 40, 99], np.uint8), (30, 30))
    codes = np.repeat(np.repeat(codes[::2, ::2], 2, 0), 2, 1)
    ref = M.merge_patches(codes, 30.0, 30.0, 8 * 900.0)
    for strip in (1, 4):
        monkeypatch.setattr(M, "STRIP", strip)
        out = M.merge_patches(codes, 30.0, 30.0, 8 * 900.0)
        assert np.array_equal(out[0], ref[0]) and out[1] == ref[1]
        assert np.array_equal(out[2], ref[2])
