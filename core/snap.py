"""Zone boundaries snapped to boundary features (Z 4.5: zone boundaries follow roads,
rivers, ridges and administrative lines), and ridge and valley lines from a DEM.

Method (documented in docs/decisions):

* :class:`LineIndex` — the given boundary lines (roads, rivers, township boundaries, the
  DEM's ridge and valley lines), each a coordinate array, cut into segments that are filed
  in square grid buckets (numpy, bucket side = the snap tolerance), so that the segments
  near an arc are found without looking at the others: it scales to thousands of arcs and
  lines.
* :func:`snap_arc` — an arc (a zone boundary between two nodes, after Douglas–Peucker and
  Chaikin) is sampled every tolerance / 2. Where, over a stretch, every sample lies within
  the tolerance of one line and the samples' projections run along that line in one
  direction (over at least ``min_length``, default 2 × tolerance), the stretch is replaced
  by the line's own substring: the projection of the stretch's first sample, the line's
  vertices between, the projection of its last sample. Stretches on several lines are
  taken longest first, without overlapping. The arc's end points (the nodes it shares with
  other arcs) stay where they are — a stretch that reaches an end runs from the node to
  the line. A substring much longer than the stretch (the line leaves the arc and comes
  back: a meander) is not taken. If the result crosses itself the stretches are added one
  by one and those that make it cross are left out; the rest of the arc is unchanged.
* :func:`valley_lines` and :func:`ridge_lines` — valleys: depressions filled, D8 flow
  directions and flow accumulation (core/hydro.py); cells draining at least
  ``min_area`` m² are traced downstream through their cell centres as polylines from each
  head or junction to the next junction or outlet. Ridges: the same on the inverted DEM
  (not filled: peaks are its sinks), so the lines run along the crests, where the
  steepest-ascent paths gather. Every line is simplified (Douglas–Peucker, 0.75 cell: the
  D8 zigzag goes) and smoothed (Chaikin, 3 times) with its end points fixed, so that the
  network stays connected and the lines are not staircases on cell edges.
* :func:`on_lines` — the length of the boundaries the zoning draws itself (between two
  non-legal zones) that lies on a given line, the measure of the snap.
"""

import math

import numpy as np
from osgeo import ogr

from . import hydro as H

ogr.UseExceptions()

#: a snapped vertex this close (m) to a line counts as on it (rounding of the projection)
ON_LINE = 1e-3


class LineIndex:
    """Segments of ``lines`` (sequences of (x, y); closed rings have first == last) in grid
    buckets of side ``cell`` m."""

    def __init__(self, lines, cell):
        self.cell = float(max(cell, 1.0))
        self.lines = []
        self.closed = []
        self.cum = []
        seg = []
        for coords in lines:
            a = np.asarray(coords, dtype=np.float64).reshape(-1, 2)
            if len(a) >= 2:
                keep = np.ones(len(a), dtype=bool)
                keep[1:] = np.any(a[1:] != a[:-1], axis=1)
                a = a[keep]
            if len(a) < 2:
                continue
            lid = len(self.lines)
            d = np.hypot(*(a[1:] - a[:-1]).T)
            cum = np.concatenate([[0.0], np.cumsum(d)])
            self.lines.append(a)
            self.closed.append(bool(len(a) > 3 and np.all(a[0] == a[-1])))
            self.cum.append(cum)
            seg.append(np.column_stack([a[:-1], a[1:], np.full(len(d), lid),
                                        np.arange(len(d))]))
        self.seg = np.concatenate(seg) if seg else np.zeros((0, 6))
        if len(self.seg):
            # buckets no smaller than a typical segment (a long diagonal segment in tiny
            # buckets would fill very many of them)
            lens = np.hypot(self.seg[:, 2] - self.seg[:, 0], self.seg[:, 3] - self.seg[:, 1])
            self.cell = max(self.cell, float(np.median(lens)), 1.0)
        self.buckets = {}
        c = self.cell
        for k, (x0, y0, x1, y1, _, _) in enumerate(self.seg):
            for bx in range(int(math.floor(min(x0, x1) / c)), int(math.floor(max(x0, x1) / c)) + 1):
                for by in range(int(math.floor(min(y0, y1) / c)),
                                int(math.floor(max(y0, y1) / c)) + 1):
                    self.buckets.setdefault((bx, by), []).append(k)
        self.buckets = {k: np.array(v, dtype=np.int64) for k, v in self.buckets.items()}

    def __len__(self):
        return len(self.lines)

    def near(self, pts, radius):
        """Indices of the segments in the buckets within ``radius`` of any of ``pts``."""
        if not self.buckets or len(pts) == 0:
            return np.zeros(0, dtype=np.int64)
        r = int(math.ceil(radius / self.cell))
        keys = np.unique(np.floor(np.asarray(pts) / self.cell).astype(np.int64), axis=0)
        found = []
        for bx, by in keys:
            for dx in range(-r, r + 1):
                for dy in range(-r, r + 1):
                    v = self.buckets.get((int(bx + dx), int(by + dy)))
                    if v is not None:
                        found.append(v)
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def project(self, pts, segs):
        """(distance, segment, t) of each point to its nearest segment among ``segs``."""
        s = self.seg[segs]
        p = np.asarray(pts, dtype=np.float64)
        ax, ay = s[:, 0][None, :], s[:, 1][None, :]
        dx, dy = (s[:, 2] - s[:, 0])[None, :], (s[:, 3] - s[:, 1])[None, :]
        l2 = dx * dx + dy * dy
        px, py = p[:, 0][:, None], p[:, 1][:, None]
        t = np.clip(((px - ax) * dx + (py - ay) * dy) / np.where(l2 > 0, l2, 1.0), 0.0, 1.0)
        d = np.hypot(ax + t * dx - px, ay + t * dy - py)
        k = np.argmin(d, axis=1)
        rows = np.arange(len(p))
        return d[rows, k], segs[k], t[rows, k]

    def distance(self, pts, radius):
        """Distance of each point to the nearest line (inf beyond ``radius``)."""
        pts = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
        out = np.full(len(pts), np.inf)
        if len(pts) == 0 or not self.buckets:
            return out
        keys = np.floor(pts / self.cell).astype(np.int64)
        order = np.lexsort((keys[:, 1], keys[:, 0]))
        ks = keys[order]
        cut = np.nonzero(np.any(ks[1:] != ks[:-1], axis=1))[0] + 1
        for grp in np.split(order, cut):
            segs = self.near(pts[grp[:1]], radius)
            if len(segs):
                out[grp] = self.project(pts[grp], segs)[0]
        return out

    def point_at(self, lid, m):
        a, cum = self.lines[lid], self.cum[lid]
        k = int(np.clip(np.searchsorted(cum, m, side="right") - 1, 0, len(a) - 2))
        seg = cum[k + 1] - cum[k]
        t = 0.0 if seg <= 0 else min(1.0, max(0.0, (m - cum[k]) / seg))
        return (float(a[k, 0] + t * (a[k + 1, 0] - a[k, 0])),
                float(a[k, 1] + t * (a[k + 1, 1] - a[k, 1])))

    def substring(self, lid, m0, m1):
        """The line between measures m0 and m1 (reversed when m1 < m0)."""
        lo, hi = min(m0, m1), max(m0, m1)
        a, cum = self.lines[lid], self.cum[lid]
        inner = [(float(x), float(y)) for (x, y), c in zip(a, cum) if lo < c < hi]
        out = [self.point_at(lid, lo)] + inner + [self.point_at(lid, hi)]
        return out if m0 <= m1 else out[::-1]


def _densify(pts, step):
    """Samples of the polyline every <= ``step``: (samples, position = segment + fraction)."""
    out, pos = [pts[:1]], [np.zeros(1)]
    for k in range(len(pts) - 1):
        seg = math.hypot(*(pts[k + 1] - pts[k]))
        n = max(1, int(math.ceil(seg / step)))
        f = np.arange(1, n + 1) / n
        out.append(pts[k] + f[:, None] * (pts[k + 1] - pts[k]))
        pos.append(k + f)
    return np.concatenate(out), np.concatenate(pos)


def _stretches(d, lid_m, closed_len, tol, min_length):
    """[(a, b)] index runs of samples within ``tol`` whose measures ``lid_m`` move one way
    along the line by at least ``min_length``."""
    out = []
    n = len(d)
    k = 0
    while k < n:
        if d[k] > tol:
            k += 1
            continue
        a = k
        lo = hi = lid_m[k]
        sign = 0
        k += 1
        while k < n and d[k] <= tol:
            m = lid_m[k]
            if closed_len and abs(m - lid_m[k - 1]) > closed_len / 2:
                break   # the seam of a closed line
            if sign == 0:
                if m > lo + tol:
                    sign = 1
                elif m < hi - tol:
                    sign = -1
            elif (sign > 0 and m < hi - tol) or (sign < 0 and m > lo + tol):
                break   # turns back along the line
            lo, hi = min(lo, m), max(hi, m)
            k += 1
        b = k - 1
        if b > a and abs(lid_m[b] - lid_m[a]) >= min_length:
            out.append((a, b))
        # after a turn or a seam the next stretch starts at sample k
    return out


def _simple(coords):
    if len(coords) < 3:
        return True
    g = ogr.Geometry(ogr.wkbLineString)
    for x, y in coords:
        g.AddPoint_2D(x, y)
    return g.IsSimple()


class Obstacles:
    """Segments the snapped pieces must not cross (the other arcs of the zones), in grid
    buckets: ``edges`` = [((x0, y0), (x1, y1))]."""

    def __init__(self, edges, cell):
        self.edges = list(edges)
        self.key = {e: k for k, e in enumerate(self.edges)}
        self.index = LineIndex([list(e) for e in self.edges], cell)
        # LineIndex drops zero-length edges: map its segments back to the edges
        self.seg_edge = np.array([self.key.get(((a[0, 0], a[0, 1]), (a[1, 0], a[1, 1])), -1)
                                  for a in self.index.lines], dtype=np.int64)

    def crosses(self, piece, own, ends):
        """True when the polyline ``piece`` meets a segment that is not in ``own`` (edge
        keys of the arc itself) and does not end at one of ``ends`` (the arc's nodes)."""
        p = np.asarray(piece, dtype=np.float64)
        if len(p) < 2 or len(self.index) == 0:
            return False
        segs = self.index.near(p, 0.0)
        if len(segs) == 0:
            return False
        q = self.index.seg[segs]
        eid = self.seg_edge[q[:, 4].astype(np.int64)]
        keep = np.array([k < 0 or self.edges[k] not in own for k in eid], dtype=bool)
        for x, y in ends:
            keep &= ~(((q[:, 0] == x) & (q[:, 1] == y)) | ((q[:, 2] == x) & (q[:, 3] == y)))
        q = q[keep]
        if len(q) == 0:
            return False
        a0, a1 = p[:-1][:, None, :], p[1:][:, None, :]
        b0, b1 = q[None, :, 0:2], q[None, :, 2:4]

        def orient(o, u, v):
            return np.sign((u[..., 0] - o[..., 0]) * (v[..., 1] - o[..., 1])
                           - (u[..., 1] - o[..., 1]) * (v[..., 0] - o[..., 0]))

        d1, d2 = orient(a0, a1, b0), orient(a0, a1, b1)
        d3, d4 = orient(b0, b1, a0), orient(b0, b1, a1)
        proper = (d1 * d2 <= 0) & (d3 * d4 <= 0)
        # collinear pairs count only where they overlap
        col = (d1 == 0) & (d2 == 0)
        if col.any():
            lo_a = np.minimum(a0, a1)
            hi_a = np.maximum(a0, a1)
            lo_b = np.minimum(b0, b1)
            hi_b = np.maximum(b0, b1)
            over = np.all((lo_a <= hi_b) & (lo_b <= hi_a), axis=-1)
            proper = np.where(col, over, proper)
        return bool(proper.any())


def snap_arc(arc, index, tol, min_length=None, obstacles=None, own=()):
    """``arc`` (sequence of (x, y)) with its stretches within ``tol`` of a line of ``index``
    replaced by the line's substring (module doc). With ``obstacles`` (:class:`Obstacles`)
    a stretch whose new piece would cross one of them (other than the edges ``own`` of the
    arc itself, or at the arc's end points) is not taken. Returns (new arc as a list of
    tuples, length m of it now on a line); (the arc unchanged, 0.0) when nothing snaps."""
    arc = [tuple(map(float, p)) for p in arc]
    if tol <= 0 or index is None or len(index) == 0 or len(arc) < 2:
        return arc, 0.0
    min_length = 2.0 * tol if min_length is None else float(min_length)
    pts = np.asarray(arc)
    dense, pos = _densify(pts, tol / 2.0)
    segs = index.near(dense, tol)
    if len(segs) == 0:
        return arc, 0.0
    cands = []
    lids = index.seg[segs, 4].astype(np.int64)
    for lid in np.unique(lids):
        mine = segs[lids == lid]
        d, s, t = index.project(dense, mine)
        if not (d <= tol).any():
            continue
        k = index.seg[s, 5].astype(np.int64)
        cum = index.cum[lid]
        m = cum[k] + t * (cum[k + 1] - cum[k])
        closed_len = cum[-1] if index.closed[lid] else 0.0
        for a, b in _stretches(d, m, closed_len, tol, min_length):
            ma, mb = float(m[a]), float(m[b])
            way = 1.0 if mb >= ma else -1.0
            # a stretch that reaches an end off the line leaves the line a little before
            # it: the arc on the node's other side may take the line too, and the two must
            # not run back along the same piece (a spike)
            if a == 0 and d[0] > ON_LINE:
                ma += way * max(tol / 2.0, 2.0 * d[0])
            if b == len(dense) - 1 and d[b] > ON_LINE:
                mb -= way * max(tol / 2.0, 2.0 * d[b])
            if (mb - ma) * way < min_length:
                continue
            along = abs(mb - ma)
            arc_len = float(np.sum(np.hypot(*(dense[a + 1:b + 1] - dense[a:b]).T)))
            if along > 3.0 * arc_len + 2.0 * tol:
                continue   # the line leaves the arc and comes back
            if obstacles is not None:
                before = [arc[v] for v in range(len(arc)) if v < pos[a]][-1:] or [arc[0]]
                after = [arc[v] for v in range(len(arc)) if v > pos[b]][:1] or [arc[-1]]
                piece = before + index.substring(int(lid), ma, mb) + after
                if obstacles.crosses(piece, own, (arc[0], arc[-1])):
                    continue
            cands.append((along, int(lid), a, b, ma, mb))
    if not cands:
        return arc, 0.0
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    chosen = []
    for c in cands:
        if all(c[3] < o[2] or c[2] > o[3] for o in chosen):
            chosen.append(c)

    def build(sel):
        sel = sorted(sel, key=lambda c: c[2])
        out = [arc[0]]
        on = 0.0
        v = 1   # next original vertex to copy
        for _, lid, a, b, ma, mb in sel:
            while v < len(arc) - 1 and v < pos[a]:
                out.append(arc[v])
                v += 1
            sub = index.substring(lid, ma, mb)
            on += abs(mb - ma)
            out.extend(sub)
            while v < len(arc) - 1 and v <= pos[b]:
                v += 1
        out.extend(arc[v:len(arc) - 1])
        out.append(arc[-1])
        clean = [out[0]]
        for p in out[1:]:
            if math.hypot(p[0] - clean[-1][0], p[1] - clean[-1][1]) > 1e-9:
                clean.append(p)
        if clean[-1] != arc[-1]:
            clean[-1] = arc[-1]
        return clean, on

    closed = arc[0] == arc[-1]
    new, on = build(chosen)
    if len(new) >= (4 if closed else 2) and _simple(new):
        return new, on
    # one by one, longest first: keep those that leave the arc simple
    kept = []
    for c in chosen:
        trial, _ = build(kept + [c])
        if len(trial) >= (4 if closed else 2) and _simple(trial):
            kept.append(c)
    if not kept:
        return arc, 0.0
    return build(kept)


def snapper(lines, tol, min_length=None, edges=None):
    """A function (arc, original arc) -> (new arc, length on lines) for
    core.overlay.generalize, with the index built once and results memoised; None when
    there is nothing to snap to. ``edges``: the zones' edges ((x0, y0), (x1, y1)) — a
    snapped piece must not cross those of other arcs (:class:`Obstacles`)."""
    if lines is None or tol <= 0:
        return None
    index = lines if isinstance(lines, LineIndex) else LineIndex(lines, tol)
    if len(index) == 0:
        return None
    obstacles = Obstacles(edges, tol) if edges else None
    memo = {}

    def fn(arc, original=()):
        key = (tuple(arc), tuple(original))
        if key not in memo:
            o = list(original)
            own = {(a, b) if a < b else (b, a) for a, b in zip(o[:-1], o[1:])}
            memo[key] = snap_arc(arc, index, tol, min_length, obstacles, own)
        return memo[key]

    fn.index = index
    return fn


# -- ridge and valley lines --------------------------------------------------------------

def _smooth_line(pts, cell, iterations=3):
    from .overlay import _chaikin, _dp   # noqa: PLC0415 - overlay imports this module

    line = _dp([tuple(p) for p in pts], 0.75 * cell)
    if len(line) >= 3:
        line = _chaikin(line, iterations)
    return line


def _trace(net, down, gt, min_cells=2):
    """Polylines (cell centres) of the D8 network ``net`` (bool array): from every head or
    junction downstream to the next junction or outlet."""
    rows, cols = net.shape
    flat = net.ravel()
    idx = np.nonzero(flat)[0]
    d = down[idx]
    ok = (d != idx) & flat[d]
    n_up = np.bincount(d[ok], minlength=rows * cols)
    starts = idx[n_up[idx] != 1]
    x0, cx, y0, cy = gt[0], gt[1], gt[3], gt[5]
    lines = []
    for s in starts:
        path = [int(s)]
        c = int(s)
        while True:
            n = int(down[c])
            if n == c or not flat[n]:
                break
            path.append(n)
            if n_up[n] != 1:
                break
            c = n
            if len(path) > rows * cols:
                break
        if len(path) < min_cells:
            continue
        r = np.array(path) // cols
        k = np.array(path) % cols
        lines.append(np.column_stack([x0 + (k + 0.5) * cx, y0 + (r + 0.5) * cy]))
    return lines


def valley_lines(dem, valid, gt, min_area=1e6, smooth=3):
    """Valley lines of ``dem`` (2-D array, ``valid`` mask, GDAL geotransform ``gt``): cells
    draining at least ``min_area`` m² (D8 on the depression-filled DEM), traced through
    cell centres and smoothed (module doc). Returns a list of (n, 2) coordinate lists."""
    if not valid.any():
        return []
    cell = abs(gt[1])
    filled = H.fill_depressions(dem, valid)
    down = H.d8(filled, valid)
    acc = H.accumulation(filled, valid, down)
    net = valid & (acc * abs(gt[1] * gt[5]) >= min_area)
    return [_smooth_line(line, cell, smooth) for line in _trace(net, down, gt)]


def ridge_lines(dem, valid, gt, min_area=1e6, smooth=3):
    """Ridge lines: :func:`valley_lines` of the inverted DEM without filling (peaks are its
    sinks), so the lines follow the crests (module doc)."""
    if not valid.any():
        return []
    cell = abs(gt[1])
    inv = np.where(valid, -dem.astype(np.float64), np.nan)
    down = H.d8(inv, valid)
    acc = H.accumulation(inv, valid, down)
    net = valid & (acc * abs(gt[1] * gt[5]) >= min_area)
    return [_smooth_line(line, cell, smooth) for line in _trace(net, down, gt)]


def on_lines(zones, index, eps=ON_LINE, legal_too=False):
    """(length m of the boundaries between two non-legal zones that lies on a line of
    ``index``, total length m of those boundaries): an edge counts when both its ends and
    its midpoint are within ``eps`` of a line."""
    from .overlay import _node, _rings   # noqa: PLC0415

    parts = _node([_rings(z["geom"]) for z in zones])
    edge_faces = {}
    for i, zp in enumerate(parts):
        for rings in zp:
            for ring in rings:
                for a, b in zip(ring[:-1], ring[1:]):
                    key = (a, b) if a < b else (b, a)
                    edge_faces.setdefault(key, set()).add(i)
    edges = [e for e, fs in edge_faces.items() if len(fs) == 2 and
             (legal_too or not any(zones[f].get("legal") for f in fs))]
    if not edges:
        return 0.0, 0.0
    e = np.array(edges, dtype=np.float64)   # (n, 2, 2)
    length = np.hypot(*(e[:, 1] - e[:, 0]).T)
    total = float(length.sum())
    if index is None or len(index) == 0:
        return 0.0, total
    mid = (e[:, 0] + e[:, 1]) / 2.0
    d = np.maximum(np.maximum(index.distance(e[:, 0], eps), index.distance(e[:, 1], eps)),
                   index.distance(mid, eps))
    return float(length[d <= eps].sum()), total


def lines_of(geom):
    """Coordinate lists of an OGR geometry for snapping: the parts of a (multi)line, the
    rings of a (multi)polygon (closed); [] for points or empty geometry."""
    out = []
    if geom is None or geom.IsEmpty():
        return out
    t = ogr.GT_Flatten(geom.GetGeometryType())
    if t in (ogr.wkbLineString, ogr.wkbLinearRing):
        pts = [(geom.GetX(k), geom.GetY(k)) for k in range(geom.GetPointCount())]
        if len(pts) >= 2:
            out.append(pts)
    elif t in (ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbMultiLineString,
               ogr.wkbGeometryCollection):
        for k in range(geom.GetGeometryCount()):
            out.extend(lines_of(geom.GetGeometryRef(k)))
    return out
