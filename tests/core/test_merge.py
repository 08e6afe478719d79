"""Connected components and the merging of small zone patches (SPEC section 4, Z 4.5)."""

from collections import deque

import numpy as np
import pytest

from envzoning.core import merge as M
from envzoning.core import rules as R


def flood_fill(codes, nodata=0):
    """Brute-force 4-connected labelling (BFS), numbered in raster order."""
    rows, cols = codes.shape
    lab = np.zeros(codes.shape, dtype=int)
    n = 0
    for r in range(rows):
        for c in range(cols):
            if codes[r, c] == nodata or lab[r, c]:
                continue
            n += 1
            lab[r, c] = n
            q = deque([(r, c)])
            while q:
                y, x = q.popleft()
                for yy, xx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= yy < rows and 0 <= xx < cols and not lab[yy, xx] \
                            and codes[yy, xx] == codes[y, x]:
                        lab[yy, xx] = n
                        q.append((yy, xx))
    return lab, n


@pytest.mark.parametrize("seed", range(8))
def test_label_matches_flood_fill(seed):
    rng = np.random.default_rng(seed)
    shape = (int(rng.integers(1, 40)), int(rng.integers(1, 40)))
    k = int(rng.integers(2, 5))
    codes = rng.integers(0, k, shape).astype("uint8")
    if seed % 2:  # blobby layouts: smooth a little so patches are large and winding
        codes = np.repeat(np.repeat(codes[::3, ::3], 3, 0), 3, 1)[:shape[0], :shape[1]]
    lab, n = M.label(codes)
    ref, nref = flood_fill(codes)
    assert n == nref
    assert np.array_equal(lab, ref)  # same numbering: raster order of the first cell


def test_label_serpentine_and_edges():
    s = np.ones((9, 7), dtype="uint8")
    s[1::4, :-1] = 2
    s[3::4, 1:] = 2
    lab, n = M.label(s)
    # the 1-cells form one winding snake; each row of 2-cells is its own patch
    assert n == 1 + 4
    assert len(np.unique(lab[s == 1])) == 1
    empty, n0 = M.label(np.zeros((3, 3), "uint8"))
    assert n0 == 0 and not empty.any()
    one, n1 = M.label(np.array([[5]], "uint8"))
    assert n1 == 1 and one.tolist() == [[1]]


def test_adjacency_counts_shared_cell_edges():
    codes = np.array([[1, 1, 2],
                      [1, 3, 2],
                      [0, 3, 3]])
    lab, n = M.label(codes)
    adj = M.adjacency(lab)
    # labels: 1 → code 1, 2 → code 2, 3 → code 3
    assert adj == {(1, 2): (1, 0), (1, 3): (1, 1), (2, 3): (1, 1)}


II4, III1, IV0, I1, V0 = (R.subtype_code(s) for s in ("II-4", "III-1", "IV-0", "I-1", "V-0"))
NB = R.NEIGHBOUR_CODE


def test_small_patch_joins_longest_border_and_same_subtype_dissolves():
    # 100 m cells, min area 0.04 km² = 4 cells. The III-1 patch (3 cells) shares 3 cell
    # edges with II-4 (7 cells) and 4 with IV-0 (10 cells): it joins IV-0.
    c = np.array([[II4, II4, III1, IV0, IV0],
                  [II4, II4, III1, III1, IV0],
                  [II4, II4, II4, IV0, IV0],
                  [IV0, IV0, IV0, IV0, IV0]], dtype="uint8")
    out, audit, _ = M.merge_patches(c, 100.0, 100.0, 40000.0, origin=(0.0, 400.0))
    assert [(a["from_subtype"], a["to_subtype"], a["border_m"]) for a in audit] == [
        ("III-1", "IV-0", 400.0)]
    assert audit[0]["area_km2"] == pytest.approx(0.03)
    assert (audit[0]["x"], audit[0]["y"]) == (250.0, 350.0)
    assert (out == III1).sum() == 0 and (out == IV0).sum() == 13 and (out == II4).sum() == 7


def test_type_i_never_merged_away_nor_grown():
    c = np.array([[I1, II4, II4, II4],
                  [II4, II4, II4, II4],
                  [II4, II4, III1, II4]], dtype="uint8")
    out, audit, _ = M.merge_patches(c, 100.0, 100.0, 1e6)
    assert out[0, 0] == I1  # 1 cell of I-1, far below 1 km²: kept
    assert out[2, 2] == II4  # the III-1 cell joined II-4
    # II-4 (10 cells) is small too but its only other neighbour is type I: kept, audited
    kept = [a for a in audit if a["reason"] == M.REASON_ISOLATED]
    assert [(a["from_subtype"]) for a in kept] == ["II-4"]
    out2, _, _ = M.merge_patches(c, 100.0, 100.0, 1e6, into_i=True)
    assert set(np.unique(out2)) == {I1}


def test_neighbour_placeholder_takes_majority_neighbour_whatever_its_size():
    c = np.zeros((6, 6), dtype="uint8")
    c[:, :3] = II4
    c[:, 3:] = III1
    c[1:4, 2:4] = NB  # borders: II-4 left 3 + above/below 2 = 5 edges... III-1 likewise
    c[1:4, 4] = NB
    out, audit, _ = M.merge_patches(c, 10.0, 10.0, 0.0)
    assert NB not in out
    assert [a["reason"] for a in audit] == [M.REASON_NEIGHBOUR]
    # NEIGHBOUR block: 3 rows × cols 2..4; touches II-4 along 3 (left) + 2 (above/below col 2)
    # = 5 edges and III-1 along 3 (right) + 4 (above/below cols 3, 4) = 7 edges
    assert audit[0]["to_subtype"] == "III-1" and audit[0]["border_m"] == 70.0


def test_min_area_per_type():
    c = np.array([[II4, II4, IV0, IV0]], dtype="uint8")
    out, _, _ = M.merge_patches(c, 100.0, 100.0, {"II": 30000.0, "*": 0.0})
    assert out.tolist() == [[IV0] * 4]
    out, _, _ = M.merge_patches(c, 100.0, 100.0, {"IV": 30000.0, "*": 0.0})
    assert out.tolist() == [[II4] * 4]


@pytest.mark.parametrize("seed", range(6))
def test_merge_invariants_on_random_layouts(seed):
    rng = np.random.default_rng(100 + seed)
    rows, cols = 60, 70
    palette = np.array([I1, II4, III1, IV0, V0, NB], dtype="uint8")
    coarse = palette[rng.integers(0, len(palette), (rows // 5 + 1, cols // 5 + 1))]
    codes = np.repeat(np.repeat(coarse, 5, 0), 5, 1)[:rows, :cols]
    noise = rng.random((rows, cols)) < 0.08  # speckle: many 1-cell patches
    codes = np.where(noise, palette[rng.integers(0, len(palette), (rows, cols))], codes)
    # region: a disc; outside nodata
    yy, xx = np.mgrid[:rows, :cols]
    inside = (yy - 30) ** 2 + (xx - 35) ** 2 < 29 ** 2
    codes = np.where(inside, codes, 0).astype("uint8")
    cell = 30.0
    min_area = 20 * cell * cell
    out, audit, labels = M.merge_patches(codes, cell, cell, min_area)
    # every cell still assigned, nothing outside; area conserved
    assert np.array_equal(out > 0, inside)
    # type I cells never merged away; I grows only by NEIGHBOUR patches enclosed by type I
    assert (out[codes == I1] == I1).all()
    assert (codes[(out == I1) & (codes != I1)] == NB).all()
    # no NEIGHBOUR left unless isolated (every cell here has a neighbour)
    assert NB not in out
    # no non-I patch below the minimum unless it was audited as having no other neighbour
    lab, n = M.label(out)
    code, counts, first = M.patch_table(lab, out, n)
    kept = {(a["patch"]) for a in audit if a["reason"] == M.REASON_ISOLATED}
    kept_cells = set()
    for p in kept:
        kept_cells |= set(np.flatnonzero(labels.ravel() == p).tolist())
    for k in range(1, n + 1):
        if code[k] != I1 and counts[k] * cell * cell < min_area:
            cells = set(np.flatnonzero(lab.ravel() == k).tolist())
            assert cells & kept_cells, "small patch %d left unmerged" % k
            adj = [q for (p, q) in M.adjacency(lab) if p == k] + \
                  [p for (p, q) in M.adjacency(lab) if q == k]
            assert all(code[q] == I1 for q in adj)
    # audit consistent: replaying the merges on the input labels reproduces the output
    replay = {p: p for p in range(1, int(labels.max()) + 1)}
    pcode, _, _ = M.patch_table(labels, codes, int(labels.max()))
    target = {}
    for a in audit:
        assert R.code_subtype(pcode[a["patch"]])[1] == a["from_subtype"]
        if a["reason"] != M.REASON_ISOLATED:
            target[a["patch"]] = a["into_patch"]
            assert a["border_m"] > 0 and a["border_m"] % cell == 0

    def final(p):
        while p in target:
            p = target[p]
        return p
    lut = np.zeros(int(labels.max()) + 1, dtype="uint8")
    for p in replay:
        lut[p] = pcode[final(p)]
    assert np.array_equal(lut[labels], out)
    # merged area recorded = cells that changed subtype or stayed in a merged patch
    moved = sum(a["area_km2"] for a in audit if a["reason"] != M.REASON_ISOLATED)
    assert moved * 1e6 >= (out != codes).sum() * cell * cell - 1e-6


def test_majority_per_label():
    lab = np.array([[1, 1, 1, 2], [1, 2, 2, 2]])
    val = np.array([[5, 5, 6, 7], [6, 8, 8, 7]])
    assert M.majority_per_label(lab, val, 2).tolist() == [0, 5, 7]
