"""Merging small zone patches (SPEC section 4, Z 4.5) on the analysis grid.

* :func:`label` — connected-component labelling of a class raster in numpy (4-connectivity,
  no scipy): runs of equal values along each row are the nodes, vertical contacts between
  runs of the same value are the edges, and the components are found by parallel
  root-hooking with pointer jumping (a Shiloach–Vishkin style union–find), which takes a
  few vectorised rounds even on 10^7 cells.
* :func:`merge_patches` — patches smaller than the minimum area of their zone type join the
  neighbour with which they share the longest border (counted in cell edges, reported in
  metres), smallest first, until no such patch is left; patches of the ``NEIGHBOUR``
  placeholder (rule 9) always join their longest-border neighbour. Type I patches are never
  merged away and, unless ``into_i``, receive no other patch (their legal boundaries are
  kept) — except a NEIGHBOUR patch enclosed by type I alone, which must become something.
  A small patch whose only neighbours are type I stays, with an audit row saying so. Same-subtype neighbours dissolve: a merge that brings two patches of one subtype
  into contact unites them. Every merge, and every dissolve it causes,
  is an audit row: replaying the audit on the input patches reproduces the result.

The class raster and its labels are held in memory (connected components are a global
question): 1 + 4 bytes a cell (uint8 codes, int32 labels), 0.5 GB for 10^8 cells; every
pass over them (labelling, patch table, adjacency, the merged raster) works strip by strip
(:data:`STRIP` rows), so temporaries are per strip and per run, not per cell (issue 19).
"""

import heapq

import numpy as np

from .errors import Canceled, EnvZoningError
from .rules import NEIGHBOUR_CODE, code_subtype

REASON_SMALL = "below minimum area / 小于最小面积"
REASON_NEIGHBOUR = "rule 9: zone of the majority neighbour / 规则9：取多数相邻区"
REASON_ISOLATED = "no neighbour to join, kept / 无可并入的相邻区，保留"
REASON_DISSOLVE = "same subtype now adjacent, dissolved / 同亚类相邻，合并"


def _find_roots(parent):
    while True:
        nxt = parent[parent]
        if np.array_equal(nxt, parent):
            return parent
        parent = nxt


def connected_components(n, a, b):
    """Component root (smallest member) of each of ``n`` nodes given edge arrays ``a``, ``b``."""
    parent = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return parent
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    while True:
        ra, rb = parent[a], parent[b]
        diff = ra != rb
        if not diff.any():
            return parent
        ra, rb = ra[diff], rb[diff]
        lo, hi = np.minimum(ra, rb), np.maximum(ra, rb)
        # hook each root onto the smallest root it touches (hi are roots: parent is compressed)
        order = np.lexsort((lo, hi))
        hi, lo = hi[order], lo[order]
        first = np.ones(len(hi), dtype=bool)
        first[1:] = hi[1:] != hi[:-1]
        parent[hi[first]] = lo[first]
        parent = _find_roots(parent)
        a, b = a[diff], b[diff]


#: rows per strip of the strip-wise passes (labelling, patch table, adjacency)
STRIP = 256


def _strips(rows, strip):
    return range(0, rows, max(1, int(strip)))


def _runs(block, offset):
    """Run starts (bool, flat), global run ids (int64, block-shaped) and run values of a
    block of rows; runs never cross a row."""
    start = np.ones(block.shape, dtype=bool)
    start[:, 1:] = block[:, 1:] != block[:, :-1]
    flat = start.ravel()
    rid = np.cumsum(flat, dtype=np.int64).reshape(block.shape)
    rid += offset - 1
    return flat, rid, block.ravel()[flat]


def label(codes, nodata=0, strip=None):
    """4-connected components of equal values. Returns (labels int32 with 0 on ``nodata``
    cells and 1…n elsewhere, numbered in raster order of their first cell; n).

    Strip by strip (``strip`` rows at a time): the runs of equal values along each row are
    the nodes, vertical contacts between runs of equal value — within a strip and across
    the boundary to the previous strip — are the edges of one global equivalence table
    (union–find over all runs, :func:`connected_components`); a second pass writes each
    strip's labels. Besides the labels, memory is a few arrays per run and per strip, not
    per cell (the whole-array version, :func:`label_whole`, needs ≈ 40 bytes a cell)."""
    strip = int(strip or STRIP)
    codes = np.asarray(codes)
    if codes.ndim != 2:
        raise EnvZoningError("label() needs a 2-D array")
    rows, cols = codes.shape
    if codes.size == 0:
        return np.zeros(codes.shape, dtype=np.int32), 0
    offset = 0
    edges_a, edges_b, values, offsets = [], [], [], []
    last_row = last_rid = None
    for r0 in _strips(rows, strip):
        blk = codes[r0:r0 + strip]
        _, rid, vals = _runs(blk, offset)
        offsets.append(offset)
        values.append(vals)
        same = (blk[1:] == blk[:-1]) & (blk[1:] != nodata)
        a, b = rid[:-1][same], rid[1:][same]
        if last_row is not None:
            top = (blk[0] == last_row) & (blk[0] != nodata)
            a = np.concatenate([last_rid[top], a])
            b = np.concatenate([rid[0][top], b])
        if len(a):
            keep = np.ones(len(a), dtype=bool)
            keep[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
            edges_a.append(a[keep])
            edges_b.append(b[keep])
        last_row, last_rid = blk[-1].copy(), rid[-1].copy()
        offset += len(vals)
        del rid, same, a, b
    nruns = offset
    run_value = np.concatenate(values)
    del values
    a = np.concatenate(edges_a) if edges_a else np.zeros(0, np.int64)
    b = np.concatenate(edges_b) if edges_b else np.zeros(0, np.int64)
    del edges_a, edges_b
    root = connected_components(nruns, a, b)
    del a, b
    is_root = (root == np.arange(nruns)) & (run_value != nodata)
    n = int(is_root.sum())
    compact = np.zeros(nruns, dtype=np.int32)
    compact[is_root] = np.arange(1, n + 1, dtype=np.int32)
    run_label = compact[root]
    run_label[run_value == nodata] = 0
    del root, compact, is_root, run_value
    labels = np.empty(codes.shape, dtype=np.int32)
    for r0, off in zip(_strips(rows, strip), offsets):
        _, rid, _ = _runs(codes[r0:r0 + strip], off)
        labels[r0:r0 + strip] = run_label[rid]
    return labels, n


def label_whole(codes, nodata=0):
    """:func:`label` on the whole array at once (the reference the strip-wise version is
    tested against; ≈ 40 bytes of temporaries a cell)."""
    codes = np.asarray(codes)
    if codes.ndim != 2:
        raise EnvZoningError("label() needs a 2-D array")
    if codes.size == 0:
        return np.zeros(codes.shape, dtype=np.int32), 0
    start = np.ones(codes.shape, dtype=bool)
    start[:, 1:] = codes[:, 1:] != codes[:, :-1]
    flat_start = start.ravel()
    run_id = np.cumsum(flat_start, dtype=np.int64).reshape(codes.shape) - 1
    nruns = int(run_id[-1, -1]) + 1
    run_value = codes.ravel()[flat_start]
    # vertical contacts between runs of equal, valid value
    same = (codes[1:] == codes[:-1]) & (codes[1:] != nodata)
    a = run_id[:-1][same]
    b = run_id[1:][same]
    if len(a):
        keep = np.ones(len(a), dtype=bool)
        keep[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
        a, b = a[keep], b[keep]
    root = connected_components(nruns, a, b)
    is_root = (root == np.arange(nruns)) & (run_value != nodata)
    compact = np.zeros(nruns, dtype=np.int32)
    compact[is_root] = np.arange(1, int(is_root.sum()) + 1, dtype=np.int32)
    run_label = compact[root]
    run_label[run_value == nodata] = 0
    return run_label[run_id], int(is_root.sum())


def patch_table(labels, codes, n, strip=None):
    """Per label 1…n: (code, cell count, first cell flat index), strip by strip."""
    strip = int(strip or STRIP)
    rows, cols = labels.shape
    counts = np.zeros(n + 1, dtype=np.int64)
    first = np.full(n + 1, -1, dtype=np.int64)
    for r0 in _strips(rows, strip):
        lab = labels[r0:r0 + strip].ravel()
        counts += np.bincount(lab, minlength=n + 1)
        # a label's first cell starts a stretch of equal labels in raster order
        chg = np.flatnonzero(np.r_[True, lab[1:] != lab[:-1]])
        uniq, idx = np.unique(lab[chg], return_index=True)
        new = first[uniq] < 0
        first[uniq[new]] = chg[idx[new]] + r0 * cols
    code = np.zeros(n + 1, dtype=np.int64)
    code[1:] = np.asarray(codes).ravel()[first[1:]]
    return code, counts, first


def adjacency(labels, strip=None):
    """Shared border between touching labels: {(lo, hi): (horizontal contacts, vertical
    contacts)} — horizontal contacts are cell edges between left/right neighbours.
    Counted strip by strip (each strip with the first row of the next one)."""
    strip = int(strip or STRIP)
    rows = labels.shape[0]
    big = int(labels.max()) + 1 if labels.size else 1
    keys = {1: [], 0: []}
    for r0 in _strips(rows, strip):
        blk = labels[r0:r0 + strip + 1]
        last = r0 + strip >= rows
        for axis in (1, 0):
            if axis == 1:
                part = blk if last else blk[:-1]
                x, y = part[:, :-1], part[:, 1:]
            else:
                x, y = blk[:-1], blk[1:]
            m = (x != y) & (x > 0) & (y > 0)
            if not m.any():
                continue
            xa, ya = x[m].astype(np.int64), y[m].astype(np.int64)
            key = np.minimum(xa, ya) * big + np.maximum(xa, ya)
            keys[axis].append(np.unique(key, return_counts=True))
    out = {}
    for axis in (1, 0):
        if not keys[axis]:
            continue
        uk, inv = np.unique(np.concatenate([k for k, _ in keys[axis]]), return_inverse=True)
        cnt = np.bincount(inv, weights=np.concatenate([c for _, c in keys[axis]]))
        for k, c in zip(uk.tolist(), cnt.astype(np.int64).tolist()):
            pair = (k // big, k % big)
            h, v = out.get(pair, (0, 0))
            out[pair] = (h + c, v) if axis == 1 else (h, v + c)
    return out


def merge_patches(codes, cell_x, cell_y, min_area, nodata=0, into_i=False,
                  is_canceled=None, origin=None):
    """Merge small patches of a subtype-code raster (see module doc).

    ``min_area``: m² — a number, or a dict zone_type → m² (missing types: key ``"*"``, else 0).
    Returns (merged codes array, audit rows list of dicts, labels of the input patches).
    Audit rows: ``patch`` (input patch id, raster order), ``area_km2``, ``from_subtype``,
    ``to_subtype``, ``into_patch``, ``border_m``, ``reason``, ``x``, ``y`` (centre of the
    patch's first cell when ``origin`` = (x0, y_top) is given)."""
    codes = np.asarray(codes)
    labels, n = label(codes, nodata)
    if n == 0:
        return codes.copy(), [], labels
    code, counts, first = patch_table(labels, codes, n)
    cell_area = abs(cell_x * cell_y)
    area = counts.astype("float64") * cell_area
    ztype = [None] + [code_subtype(c)[0] for c in code[1:]]

    def min_of(t):
        if isinstance(min_area, dict):
            return float(min_area.get(t, min_area.get("*", 0.0)))
        return float(min_area)

    # graph: patch -> {neighbour: border length m}
    nbr = [dict() for _ in range(n + 1)]
    for (p, q), (h, v) in adjacency(labels).items():
        length = h * abs(cell_y) + v * abs(cell_x)
        nbr[p][q] = length
        nbr[q][p] = length
    parent = list(range(n + 1))  # merged-into pointers (union–find over patches)

    def find(p):
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    def is_small(p):
        if code[p] == NEIGHBOUR_CODE:
            return True
        if ztype[p] == "I":
            return False
        return area[p] < min_of(ztype[p])

    def absorb(target, p):
        """Unite p into target: areas, borders, union–find."""
        parent[p] = target
        area[target] += area[p]
        for q, length in nbr[p].items():
            if q == target:
                continue
            nbr[q].pop(p, None)
            nbr[q][target] = nbr[q].get(target, 0.0) + length
            nbr[target][q] = nbr[target].get(q, 0.0) + length
        nbr[target].pop(p, None)
        nbr[p] = {}

    def dissolve(p):
        """Same-subtype neighbours of p become one patch (recorded in the audit)."""
        while True:
            same = [q for q in nbr[p] if code[q] == code[p]]
            if not same:
                return
            for q in same:
                row = {"patch": int(q), "area_km2": float(area[q]) / 1e6,
                       "from_subtype": code_subtype(code[q])[1],
                       "to_subtype": code_subtype(code[p])[1], "into_patch": int(p),
                       "border_m": float(nbr[q].get(p, 0.0)), "reason": REASON_DISSOLVE}
                locate(row, q)
                audit.append(row)
                absorb(p, q)

    def locate(row, p):
        if origin is not None:
            r, c = divmod(int(first[p]), codes.shape[1])
            row["x"] = float(origin[0] + (c + 0.5) * cell_x)
            row["y"] = float(origin[1] - (r + 0.5) * abs(cell_y))

    heap = [((0 if code[p] == NEIGHBOUR_CODE else 1), area[p], p) for p in range(1, n + 1)
            if is_small(p)]
    heapq.heapify(heap)
    audit = []
    steps = 0
    while heap:
        phase, a, p = heapq.heappop(heap)
        if find(p) != p or a != area[p] or not is_small(p):
            continue
        steps += 1
        if is_canceled is not None and steps % 256 == 0 and is_canceled():
            raise Canceled()
        cands = [(length, area[q], -q, q) for q, length in nbr[p].items()
                 if code[q] != NEIGHBOUR_CODE and (into_i or ztype[q] != "I")]
        if not cands and code[p] == NEIGHBOUR_CODE:
            cands = [(length, area[q], -q, q) for q, length in nbr[p].items()
                     if code[q] != NEIGHBOUR_CODE]
        row = {"patch": int(p), "area_km2": float(area[p]) / 1e6,
               "from_subtype": code_subtype(code[p])[1]}
        locate(row, p)
        if not cands:
            row.update(to_subtype=row["from_subtype"], into_patch=int(p), border_m=0.0,
                       reason=REASON_ISOLATED)
            audit.append(row)
            continue
        length, _, _, q = max(cands)
        row.update(to_subtype=code_subtype(code[q])[1], into_patch=int(q), border_m=float(length),
                   reason=REASON_NEIGHBOUR if code[p] == NEIGHBOUR_CODE else REASON_SMALL)
        audit.append(row)
        absorb(q, p)
        dissolve(q)
        if is_small(q):
            heapq.heappush(heap, (1, area[q], q))
    roots = np.array([find(p) for p in range(n + 1)], dtype=np.int64)
    final = code[roots].astype(codes.dtype)
    final[0] = nodata
    out = np.empty(codes.shape, dtype=codes.dtype)
    for r0 in _strips(codes.shape[0], STRIP):
        out[r0:r0 + STRIP] = final[labels[r0:r0 + STRIP]]
    return out, audit, labels


def majority_per_label(labels, values, n, strip=None):
    """Most frequent value of ``values`` within each label 1…n (ties: the smaller value);
    counted strip by strip."""
    strip = int(strip or STRIP)
    rows = labels.shape[0]
    big = int(np.max(values)) + 1 if np.size(values) else 1
    parts = []
    for r0 in _strips(rows, strip):
        lab = labels[r0:r0 + strip].ravel()
        m = lab > 0
        if not m.any():
            continue
        key = lab[m].astype(np.int64) * big + np.asarray(values[r0:r0 + strip]).ravel()[m]
        parts.append(np.unique(key, return_counts=True))
    if not parts:
        return np.zeros(n + 1, dtype=np.int64)
    key, inv = np.unique(np.concatenate([k for k, _ in parts]), return_inverse=True)
    cnt = np.bincount(inv, weights=np.concatenate([c for _, c in parts])).astype(np.int64)
    kl, kv = key // big, key % big
    order = np.lexsort((kv, -cnt, kl))
    kl, kv = kl[order], kv[order]
    firsts = np.ones(len(kl), dtype=bool)
    firsts[1:] = kl[1:] != kl[:-1]
    out = np.zeros(n + 1, dtype=np.int64)
    out[kl[firsts]] = kv[firsts]
    return out
