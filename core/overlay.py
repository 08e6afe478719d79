"""Zones in vector space (Z 4.2.1, 4.5): legal polygons kept exactly, small pieces merged,
same-subtype neighbours dissolved, and the boundaries the zoning draws itself generalised
without gaps or overlaps.

A zone here is a dict: ``subtype`` (``II-1`` …, or ``NEIGHBOUR``), ``zone_type``,
``rule``, ``geom`` (OGR (Multi)Polygon in a projected CRS, metres) and, for a zone that is a
legal protected area, ``legal`` = True and ``legal_name``. The functions take and return
lists of such dicts; geometry through OGR (GEOS), no qgis.

* :func:`overlay_legal` — the legal polygons (in priority order) take their own geometry,
  clipped to the region: the zones of the evaluation are cut by them (priority by
  difference). Pieces of the evaluation's rule-1 zones (the rasterised copy of a protected
  area) that lie outside every legal polygon become orphans, which :func:`merge_small`
  gives to their neighbours.
* :func:`merge_small` — a zone below the minimum area of its type joins the neighbour with
  the longest shared border; same-subtype neighbours dissolve after every step. A legal
  area smaller than the minimum stays. Patches enclosed by type I join it (``enclosed``
  = ``"type_i"``, the absorbed area is in the audit) or the neighbour with the longest
  border (``"longest"``). Every step is an audit row.
* :func:`generalize` — the planar-arc method (TopoJSON, mapshaper, GRASS v.generalize): the
  zones' rings are cut into arcs between nodes (vertices where three or more zones meet),
  each arc between two evaluation zones is simplified (Douglas–Peucker) and smoothed
  (Chaikin) once with its end points fixed, and every zone is rebuilt from its arcs, so
  neighbours share the same new line and stay gap-free. Arcs on a legal polygon or on the
  region boundary are kept as they are.
* :func:`grid_share` — the share of boundary length that runs along the cell grid
  (axis-parallel segments), the staircase measure.
"""

import math

import numpy as np
from osgeo import gdal, ogr

from . import snap as _snap
from .errors import Canceled
from .vector import as_multipolygon, polygon_parts, union_all

ogr.UseExceptions()

#: an arc that makes a zone invalid is retried with tolerance / 2, smoothing only, then kept
LEVELS = 3
#: overlap (m²) between two rebuilt zones that counts as one (below: rounding)
OVERLAP = 0.5
#: a vertex of one zone this close (m) to a segment of another is a node on it
SNAP = 1e-4

REASON_LEGAL = "outside_legal"     # a piece of a rasterised protected area outside it
REASON_SMALL = "small"
REASON_ENCLOSED = "enclosed_by_I"
REASON_DISSOLVE = "dissolve"
REASON_KEPT = "legal_small_kept"


def _invalid_at(g):
    """None if ``g`` is valid, else the point GEOS names in its message (or ``()``)."""
    msgs = []

    def handler(_cls, _no, msg):
        msgs.append(msg)

    gdal.PushErrorHandler(handler)
    try:
        ok = g.IsValid()
    finally:
        gdal.PopErrorHandler()
    if ok:
        return None
    for m in msgs:
        words = m.replace(",", " ").split()
        if "point" in words:
            k = words.index("point")
            try:
                return (float(words[k + 1]), float(words[k + 2]))
            except (IndexError, ValueError):
                pass
    return ()


def _quiet_valid(g):
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return g.IsValid()
    finally:
        gdal.PopErrorHandler()


def _env_hit(e1, e2, tol):
    return not (e1[1] < e2[0] - tol or e2[1] < e1[0] - tol or e1[3] < e2[2] - tol
                or e2[3] < e1[2] - tol)


def _mp(g):
    return as_multipolygon(g) if g is not None else ogr.Geometry(ogr.wkbMultiPolygon)


def _valid(g):
    if g is not None and not g.IsEmpty() and not g.IsValid():
        g = g.MakeValid()
    return _mp(g)


def overlay_legal(zones, legal, region, is_canceled=None):
    """``zones`` cut by ``legal`` = [(subtype, geometry, name)] in priority order (the first
    wins where two overlap). Legal polygons with the same name and subtype form one zone.
    Returns (zones, audit rows for the orphan pieces)."""
    region = _valid(region)
    taken = ogr.Geometry(ogr.wkbMultiPolygon)
    merged = {}
    order = []
    for subtype, geom, name in legal:
        if is_canceled is not None and is_canceled():
            raise Canceled()
        g = _valid(geom).Intersection(region)
        if not taken.IsEmpty():
            g = g.Difference(taken)
        g = _mp(g)
        if g.IsEmpty() or g.GetArea() <= 0:
            continue
        taken = _mp(union_all([taken, g]))
        key = (subtype, name or "")
        if key in merged:
            merged[key] = _mp(union_all([merged[key], g]))
        else:
            merged[key] = g
            order.append(key)
    out = []
    for subtype, name in order:
        out.append({"subtype": subtype, "zone_type": subtype.split("-")[0], "rule": 1,
                    "geom": merged[(subtype, name)], "legal": True, "legal_name": name})
    audit = []
    tenv = taken.GetEnvelope() if not taken.IsEmpty() else None
    for z in zones:
        g = z["geom"]
        if tenv is not None and _env_hit(g.GetEnvelope(), tenv, 0.0) and g.Intersects(taken):
            g = _mp(g.Difference(taken))
        if g.IsEmpty() or g.GetArea() <= 0:
            continue
        nz = dict(z, geom=g, legal=False, legal_name="")
        if tenv is not None and int(z.get("rule") or 0) == 1:
            # the staircase of a rasterised protected area outside its legal polygon
            nz["orphan"] = True
        out.append(nz)
    return out, audit


def shared_length(a, b):
    """Length (m) of the border two polygons share: the length of the edges their noded
    rings have in common (a corner touch is 0)."""
    return neighbours([{"geom": a}, {"geom": b}])[0].get(1, 0.0)


def _edge_faces(zones):
    """(noded rings of every zone, {undirected edge: set of zone indices}) — the arcs of
    the zones' common boundaries, as :func:`generalize` and :func:`grid_share` see them."""
    parts = _node([_rings(z["geom"]) for z in zones])
    edge_faces = {}
    for i, zp in enumerate(parts):
        for rings in zp:
            for ring in rings:
                for a, b in zip(ring[:-1], ring[1:]):
                    key = (a, b) if a < b else (b, a)
                    edge_faces.setdefault(key, set()).add(i)
    return parts, edge_faces


def neighbours(zones, is_canceled=None, corners=None):
    """{i: {j: shared border m}} for zones that share a border: the summed length of the
    edges two zones' noded rings have in common (exact on a partition, no buffers). With a
    dict ``corners``, it is filled with {i: set of j} for zones that touch only at points
    (a common vertex, no common edge)."""
    if is_canceled is not None and is_canceled():
        raise Canceled()
    parts, edge_faces = _edge_faces(zones)
    nbr = {i: {} for i in range(len(zones))}
    for (a, b), fs in edge_faces.items():
        if len(fs) < 2:
            continue
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        fs = sorted(fs)
        for n, i in enumerate(fs):
            for j in fs[n + 1:]:
                nbr[i][j] = nbr[i].get(j, 0.0) + length
                nbr[j][i] = nbr[j].get(i, 0.0) + length
    if corners is not None:
        at = {}
        for i, zp in enumerate(parts):
            for rings in zp:
                for ring in rings:
                    for pt in ring:
                        at.setdefault(pt, set()).add(i)
        for i in range(len(zones)):
            corners[i] = set()
        for fs in at.values():
            if len(fs) < 2:
                continue
            for i in fs:
                corners[i].update(j for j in fs if j != i and j not in nbr[i])
    return nbr


def _point(g):
    p = g.PointOnSurface() if not g.IsEmpty() else None
    return (p.GetX(), p.GetY()) if p is not None else (0.0, 0.0)


def merge_small(zones, min_area, enclosed="type_i", into_i=False, is_canceled=None):
    """Merge small zones into neighbours, dissolve same-subtype neighbours (module doc).

    ``min_area``: m², a number or a dict zone_type → m² (key ``"*"`` for the rest).
    Returns (zones, audit rows: patch, area_km2, from_subtype, to_subtype, into_patch,
    border_m, reason, x, y — patch numbers are the input order, 1-based)."""
    zones = [dict(z) for z in zones]
    for k, z in enumerate(zones):
        z["_id"] = k + 1
    corner = {}
    nbr = neighbours(zones, is_canceled, corners=corner)
    alive = set(range(len(zones)))
    audit = []
    # a zone that absorbs others keeps the list of its pieces (disjoint) and its area; the
    # pieces are unioned once, when the geometry is needed (one cascaded union, not one
    # union per merge)
    pieces = {i: [z["geom"]] for i, z in enumerate(zones)}
    areas = {i: z["geom"].GetArea() for i, z in enumerate(zones)}

    def geom(i):
        if len(pieces[i]) > 1:
            pieces[i] = [_mp(union_all(pieces[i]))]
        zones[i]["geom"] = pieces[i][0]
        return zones[i]["geom"]

    def min_of(t):
        if isinstance(min_area, dict):
            return float(min_area.get(t, min_area.get("*", 0.0)))
        return float(min_area)

    def area(i):
        return areas[i]

    def is_small(i):
        z = zones[i]
        if z.get("orphan") or z["subtype"] == "NEIGHBOUR":
            return True
        if z.get("legal"):
            return False
        return area(i) < min_of(z["zone_type"])

    def row(i, j, reason, border):
        x, y = _point(geom(i))
        audit.append({"patch": zones[i]["_id"], "area_km2": area(i) / 1e6,
                      "from_subtype": zones[i]["subtype"],
                      "to_subtype": zones[j]["subtype"] if j is not None else zones[i]["subtype"],
                      "into_patch": zones[j]["_id"] if j is not None else zones[i]["_id"],
                      "border_m": float(border), "reason": reason, "x": x, "y": y})

    def absorb(t, p):
        pieces[t] += pieces[p]
        areas[t] += areas[p]
        for q, length in nbr[p].items():
            if q == t:
                continue
            nbr[q].pop(p, None)
            nbr[q][t] = nbr[q].get(t, 0.0) + length
            nbr[t][q] = nbr[t].get(q, 0.0) + length
        nbr[t].pop(p, None)
        nbr[p] = {}
        for q in corner[p]:
            corner[q].discard(p)
            if q != t:
                corner[q].add(t)
                corner[t].add(q)
        corner[t].discard(p)
        corner[p] = set()
        alive.discard(p)

    def same(i, j):
        a, b = zones[i], zones[j]
        if a["subtype"] != b["subtype"] or a.get("orphan") or b.get("orphan"):
            return False
        if a.get("legal") or b.get("legal"):  # one legal area is one zone, kept apart
            return a.get("legal") and b.get("legal") and a["legal_name"] == b["legal_name"]
        return True

    def dissolve(i):
        while True:
            # same-subtype zones that touch, along a border or only at a corner (two
            # patches meeting at a vertex after the overlay or the generalisation)
            others = sorted(q for q in set(nbr[i]) | corner[i] if same(i, q))
            if not others:
                return
            for q in others:
                row(q, i, REASON_DISSOLVE, nbr[q].get(i, 0.0))
                absorb(i, q)

    for i in sorted(alive, key=lambda k: -area(k)):
        if i in alive:
            dissolve(i)
    steps = 0
    while True:
        small = sorted((i for i in alive if is_small(i)),
                       key=lambda k: (0 if zones[k].get("orphan") or
                                      zones[k]["subtype"] == "NEIGHBOUR" else 1, area(k), k))
        if not small:
            break
        progressed = False
        for p in small:
            if p not in alive or not is_small(p):
                continue
            steps += 1
            if is_canceled is not None and steps % 32 == 0 and is_canceled():
                raise Canceled()
            cands = [(length, q) for q, length in nbr[p].items()
                     if not zones[q].get("orphan") and zones[q]["subtype"] != "NEIGHBOUR"]
            if not cands:
                cands = [(length, q) for q, length in nbr[p].items()]
            if not cands:
                continue
            not_i = [c for c in cands if zones[c[1]]["zone_type"] != "I"]
            reason = REASON_SMALL
            if zones[p].get("orphan"):
                # a piece outside the legal polygon never joins a legal zone if it can help it
                pool = [c for c in cands if not zones[c[1]].get("legal")] or cands
                reason = REASON_LEGAL
            elif into_i or not not_i:
                pool = cands
                if not not_i:
                    if enclosed != "type_i":
                        pool = cands
                    reason = REASON_ENCLOSED
            else:
                pool = not_i
            length, q = max(pool, key=lambda c: (c[0], area(c[1]), -c[1]))
            row(p, q, reason, length)
            absorb(q, p)
            dissolve(q)
            progressed = True
        if not progressed:
            break
    for i in sorted(alive):
        z = zones[i]
        if z.get("legal") and area(i) < min_of(z["zone_type"]):
            row(i, None, REASON_KEPT, 0.0)
    out = []
    for i in sorted(alive, key=lambda k: zones[k]["_id"]):
        geom(i)
        z = dict(zones[i])
        z.pop("_id", None)
        z.pop("orphan", None)
        out.append(z)
    return out, audit


# -- generalisation -------------------------------------------------------------------

def _rings(g):
    """[[ring coords], …] of every polygon part of g: exterior then interiors."""
    out = []
    for p in polygon_parts(g):
        rings = []
        for r in range(p.GetGeometryCount()):
            ring = p.GetGeometryRef(r)
            # exact coordinates: neighbours' shared vertices come from the same computation
            # (rounding them would make rings that almost touch cross)
            pts = [(ring.GetX(k), ring.GetY(k)) for k in range(ring.GetPointCount())]
            clean = []
            for pt in pts:
                if not clean or clean[-1] != pt:
                    clean.append(pt)
            if len(clean) >= 4 and clean[0] == clean[-1]:
                rings.append(clean)
        if rings:
            out.append(rings)
    return out


def _node(parts, cell=50.0):
    """Insert into every ring the vertices of other rings that lie inside one of its segments
    (a T-junction: a neighbour's node on a straight run), so that neighbours' rings have the
    same vertices along a shared border. ``parts`` as from :func:`_rings`, changed in place."""
    buckets = {}
    # the zones with a vertex in each bucket: a bucket of the zone's own vertices only
    # holds nothing to insert (a zone never touches itself) and is not searched
    bucket_zones = {}
    for zi, zp in enumerate(parts):
        for rings in zp:
            for ring in rings:
                for x, y in ring:
                    key = (math.floor(x / cell), math.floor(y / cell))
                    buckets.setdefault(key, set()).add((x, y))
                    bucket_zones.setdefault(key, set()).add(zi)
    tol = 2 * SNAP
    for zi, zp in enumerate(parts):
        own = {pt for rings in zp for ring in rings for pt in ring}
        mine = {zi}
        for rings in zp:
            for r_i, ring in enumerate(rings):
                new = [ring[0]]
                for a, b in zip(ring[:-1], ring[1:]):
                    x0, x1 = sorted((a[0], b[0]))
                    y0, y1 = sorted((a[1], b[1]))
                    dx, dy = b[0] - a[0], b[1] - a[1]
                    seg2 = dx * dx + dy * dy
                    found = []
                    if seg2 > 0:
                        bx0, bx1 = math.floor((x0 - tol) / cell), math.floor((x1 + tol) / cell)
                        by0, by1 = math.floor((y0 - tol) / cell), math.floor((y1 + tol) / cell)
                        if (bx1 - bx0 + 1) * (by1 - by0 + 1) <= 40000:
                            for bx in range(bx0, bx1 + 1):
                                for by in range(by0, by1 + 1):
                                    if bucket_zones.get((bx, by), mine) <= mine:
                                        continue
                                    for p in buckets.get((bx, by), ()):
                                        if p in own:  # a zone never touches itself
                                            continue
                                        if not (x0 - tol <= p[0] <= x1 + tol
                                                and y0 - tol <= p[1] <= y1 + tol):
                                            continue
                                        t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / seg2
                                        if t <= 0 or t >= 1:
                                            continue
                                        d = abs(dx * (p[1] - a[1]) - dy * (p[0] - a[0]))
                                        if d * d <= tol * tol * seg2:
                                            found.append((t, p))
                    for _, p in sorted(found):
                        if p != new[-1]:
                            new.append(p)
                    if b != new[-1]:
                        new.append(b)
                rings[r_i] = new
    return parts


def _build(zp):
    """MultiPolygon from the rings of :func:`_rings`."""
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for rings in zp:
        poly = ogr.Geometry(ogr.wkbPolygon)
        for ring in rings:
            r = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ring:
                r.AddPoint_2D(x, y)
            poly.AddGeometry(r)
        mp.AddGeometry(poly)
    return mp


def _dp(pts, tol):
    """Douglas–Peucker of an open line, end points kept."""
    if len(pts) <= 2:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x0, y0), (x1, y1) = pts[a], pts[b]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy)
        best, idx = -1.0, -1
        for k in range(a + 1, b):
            x, y = pts[k]
            if norm == 0:
                d = math.hypot(x - x0, y - y0)
            else:
                d = abs(dy * (x - x0) - dx * (y - y0)) / norm
            if d > best:
                best, idx = d, k
        if best > tol and idx > 0:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(pts, keep) if k]


def _chaikin(pts, iterations=2):
    """Chaikin corner cutting of an open line, end points kept."""
    for _ in range(iterations):
        if len(pts) < 3:
            return pts
        new = [pts[0]]
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            new.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            new.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        new.append(pts[-1])
        # the end points stay and the line leaves them along the original first and last
        # segments, so it cannot cross a neighbouring arc at the node
        pts = new
    return pts


def _smooth(pts, tol, iterations):
    line = _dp(pts, tol)
    if iterations and len(line) >= 3:
        line = _chaikin(line, iterations)
    return line


def _smooth_pinned(pts, tol, iterations, pinned):
    """:func:`_smooth` of the pieces between pinned vertex indices (they stay in place)."""
    cuts = sorted(k for k in pinned if 0 < k < len(pts) - 1)
    if not cuts:
        return _smooth(pts, tol, iterations)
    line = []
    for a, b in zip([0] + cuts, cuts + [len(pts) - 1]):
        piece = _smooth(pts[a:b + 1], tol, iterations)
        line.extend(piece if not line else piece[1:])
    return line


def generalize(zones, tolerance, smooth=2, region=None, is_canceled=None, stats=None,
               snap_lines=None, snap_tolerance=0.0, _snap_pass=False):
    """Zones with the arcs between two zones that are neither legal nor ``fixed`` simplified
    and smoothed once (module doc). ``tolerance`` (m): the Douglas–Peucker distance (about the cell size). Arcs on a
    legal zone or on the outer boundary stay. A zone whose rebuilt geometry is not valid,
    or that would overlap a neighbour, keeps its original arcs (and so do its neighbours
    on the shared arcs). ``snap_lines`` (coordinate lists or a core.snap.LineIndex) and
    ``snap_tolerance`` (m): once the simplified and smoothed arcs have settled, each of
    them is snapped onto those lines (core.snap.snap_arc, not across another arc) and the
    crossing checks run again: an arc that crosses another after snapping keeps its
    generalised line. ``stats["snapped"]``: arcs snapped, ``stats["snapped_m"]``: their
    length on the lines. Returns (zones, number of arcs generalised)."""
    if tolerance <= 0 or len(zones) < 2:
        return [dict(z) for z in zones], 0
    if snap_lines is not None and snap_tolerance > 0 and not _snap_pass:
        # snapping: a second pass over the settled arcs (DP only removes collinear points)
        out, n = generalize(zones, tolerance, smooth, region, is_canceled, stats)
        sub = {}
        out, _ = generalize(out, 1e-6, 0, region, is_canceled, sub, snap_lines,
                            snap_tolerance, _snap_pass=True)
        if stats is not None:
            stats["snapped"] = sub.get("snapped", 0)
            stats["snapped_m"] = sub.get("snapped_m", 0.0)
        return out, n
    parts = _node([_rings(z["geom"]) for z in zones])
    # undirected edge -> set of zone indices
    edge_faces = {}
    for i, zp in enumerate(parts):
        for rings in zp:
            for ring in rings:
                for a, b in zip(ring[:-1], ring[1:]):
                    key = (a, b) if a < b else (b, a)
                    edge_faces.setdefault(key, set()).add(i)
    degree = {}
    for (a, b) in edge_faces:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1

    def faces(a, b):
        return frozenset(edge_faces[(a, b) if a < b else (b, a)])

    movable = [not z.get("legal") and not z.get("fixed") for z in zones]
    # a zone whose rings, rebuilt unchanged, are not valid (rounding, touching parts) keeps
    # its geometry and all its arcs
    originals = [_build(zp) for zp in parts]
    keep = {i for i, g in enumerate(originals) if not _quiet_valid(g)}
    for i in keep:
        movable[i] = False
    # an arc that crosses another (the zone comes out invalid or overlapping) is tried again
    # with half the tolerance, then smoothed only, then kept as it was (level LEVELS)
    level = {}
    # vertices of an arc held in place where it crossed another arc: the arc is smoothed
    # piecewise between them (the crossing is settled locally, the rest stays smooth)
    pins = {}

    snap_fn = _snap.snapper(snap_lines, snap_tolerance, edges=edge_faces) if _snap_pass \
        else None
    snapped = {}   # canonical arc -> (its snapped line, length on lines)
    nosnap = set()   # arcs that crossed another once snapped: not snapped again

    def smooth_arc(canon, lev):
        line = _smooth_pinned(list(canon), _tol(tolerance, lev), smooth, pins.get(canon, ()))
        if snap_fn is not None and canon not in nosnap:
            # snapped to the boundary lines after DP + Chaikin, before the crossing checks
            new, on = snap_fn(line, canon)
            if on > 0:
                snapped[canon] = (new, on)
                return new
        snapped.pop(canon, None)
        return line

    valid_cache, pair_cache = {}, {}
    for _attempt in range(64):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        cache = {}
        shapes = {}   # canonical arc -> its new line (canonical direction)

        def arc_of(seq):
            key = tuple(seq)
            if key in cache:
                return cache[key]
            rkey = key[::-1]
            if rkey in cache:
                return cache[rkey][::-1]
            fs = faces(seq[0], seq[1])
            canon = min(key, rkey)
            lev = level.get(canon, 0)
            ok = len(fs) == 2 and all(movable[f] for f in fs) and (len(seq) > 2 or _snap_pass) \
                and lev < LEVELS
            if ok:
                new = smooth_arc(canon, lev)
                res = new if canon == key else new[::-1]
            else:
                new = list(canon)
                res = list(seq)
            shapes[canon] = new
            cache[key] = res
            return res

        rebuilt = []
        arcs_of = []
        for i, zp in enumerate(parts):
            polys = ogr.Geometry(ogr.wkbMultiPolygon)
            used = set()
            for rings in zp:
                poly = ogr.Geometry(ogr.wkbPolygon)
                for ring in rings:
                    pts = ring[:-1]
                    n = len(pts)
                    # a node: a vertex of degree != 2, or where the face pair changes
                    nodes = [k for k in range(n)
                             if degree.get(pts[k], 0) != 2
                             or faces(pts[k - 1], pts[k]) != faces(pts[k], pts[(k + 1) % n])]
                    out = []
                    if not nodes:
                        k0 = min(range(n), key=lambda k: pts[k])
                        seq = pts[k0:] + pts[:k0] + [pts[k0]]
                        fs = faces(seq[0], seq[1])
                        canon = min(tuple(seq), tuple(seq[::-1]))
                        lev = level.get(canon, 0)
                        if len(fs) == 2 and all(movable[f] for f in fs) and lev < LEVELS:
                            # a closed arc (an island in one neighbour): simplified in one
                            # direction for both zones, kept closed
                            new = smooth_arc(canon, lev)
                            if len(new) < 4:
                                new = list(canon)
                            out = new if canon == tuple(seq) else new[::-1]
                        else:
                            new = list(canon)
                            out = seq
                        shapes[canon] = new
                        used.add(canon)
                    else:
                        for a_i, k in enumerate(nodes):
                            k1 = nodes[(a_i + 1) % len(nodes)]
                            seq = ([pts[j % n] for j in range(k, k1 + 1)] if k1 > k else
                                   [pts[j % n] for j in range(k, k1 + n + 1)])
                            arc = arc_of(seq)
                            key = tuple(seq)
                            used.add(min(key, key[::-1]))
                            out.extend(arc if not out else arc[1:])
                        if out[0] != out[-1]:
                            out.append(out[0])
                    r = ogr.Geometry(ogr.wkbLinearRing)
                    for x, y in out:
                        r.AddPoint_2D(x, y)
                    poly.AddGeometry(r)
                polys.AddGeometry(poly)
            rebuilt.append(polys)
            arcs_of.append(used)
        for i in keep:
            rebuilt[i] = zones[i]["geom"].Clone()
        bad = set()
        where = {}   # zone -> [(x, y)] of the problems found
        # an attempt changes only the arcs of the zones that were bad: validity and
        # overlaps of the zones whose rebuilt geometry did not change are taken from before
        wkbs = [g.ExportToWkb() for g in rebuilt]
        for i, g in enumerate(rebuilt):
            if i in keep:
                continue
            hit = valid_cache.get(i)
            if hit is not None and hit[0] == wkbs[i]:
                at = hit[1]
            else:
                at = _invalid_at(g)
                valid_cache[i] = (wkbs[i], at)
            if at is not None:
                bad.add(i)
                if at:
                    where.setdefault(i, []).append(at)
                if stats is not None:
                    stats.setdefault("invalid", []).append(_attempt)
            elif abs(g.GetArea() - zones[i]["geom"].GetArea()) > \
                    0.2 * zones[i]["geom"].GetArea() + tolerance ** 2:
                bad.add(i)
                if stats is not None:
                    stats.setdefault("area", []).append(_attempt)
        envs = [g.GetEnvelope() for g in rebuilt]
        for i in range(len(rebuilt)):
            for j in range(i + 1, len(rebuilt)):
                if i in bad or j in bad or not _env_hit(envs[i], envs[j], 0.0):
                    continue
                hit = pair_cache.get((i, j))
                if hit is not None and hit[0] == wkbs[i] and hit[1] == wkbs[j]:
                    centre = hit[2]
                else:
                    centre = None
                    if rebuilt[i].Intersects(rebuilt[j]):
                        inter = rebuilt[i].Intersection(rebuilt[j])
                        if inter is not None and \
                                sum(q.GetArea() for q in polygon_parts(inter)) > OVERLAP:
                            c = inter.Centroid()
                            centre = (c.GetX(), c.GetY()) \
                                if c is not None and not c.IsEmpty() else ()
                    pair_cache[(i, j)] = (wkbs[i], wkbs[j], centre)
                if centre is not None:
                    if stats is not None:
                        stats.setdefault("overlap", []).append(_attempt)
                    bad.add(i)
                    bad.add(j)
                    if centre:
                        for k in (i, j):
                            where.setdefault(k, []).append(centre)
        if stats is not None:
            stats["attempts"] = _attempt + 1
            stats["frozen"] = sum(1 for v in level.values() if v >= LEVELS)
            stats["reduced"] = sum(1 for v in level.values() if 0 < v < LEVELS)
            stats["kept_zones"] = len(keep)
            stats["bad"] = len(bad)
            stats["level"] = dict(level)
        if not bad:
            done = len({min(k, k[::-1]) for k, v in cache.items() if list(k) != v})
            if stats is not None:
                final = [a for a, (ln, _) in snapped.items() if shapes.get(a) == ln]
                stats["snapped"] = len(final)
                stats["snapped_m"] = sum(snapped[a][1] for a in final)
            out = []
            for z, g in zip(zones, rebuilt):
                out.append(dict(z, geom=g))
            return out, done
        bumped = False
        bump, pin = _conflicts(bad, arcs_of, shapes, pins, where, tolerance)
        for a, k in sorted(pin):
            pins.setdefault(a, set()).add(k)
            bumped = True
        for a in sorted(bump):
            if a in snapped and a not in nosnap:
                nosnap.add(a)   # a snapped arc in conflict first gives up the snap
                bumped = True
                continue
            if level.get(a, 0) < LEVELS:
                level[a] = level.get(a, 0) + 1
                bumped = True
        if not bumped:
            break
    # could not settle: the zones as they were
    return [dict(z) for z in zones], 0


def _tol(tolerance, level):
    """Douglas–Peucker tolerance of an arc at retry ``level``: full, half, then 0 (Chaikin
    smoothing only)."""
    return tolerance / 2 ** level if level < LEVELS - 1 else 0.0


def _line(coords):
    g = ogr.Geometry(ogr.wkbLineString)
    for x, y in coords:
        g.AddPoint_2D(x, y)
    return g


def _nearest(coords, x, y):
    return min(range(len(coords)), key=lambda k: (coords[k][0] - x) ** 2
               + (coords[k][1] - y) ** 2)


def _conflicts(bad, arcs_of, shapes, pins, where, tolerance):
    """The changed arcs of the zones in ``bad`` that cross themselves or another arc of
    those zones (beyond shared end points; of two, the shorter); where no crossing is found,
    all changed arcs of the bad zones."""
    arcs = sorted({a for i in bad for a in arcs_of[i]})
    changed = {a for a in arcs if list(a) != shapes.get(a, list(a))}
    lines = {a: _line(shapes.get(a, list(a))) for a in arcs}
    envs = {a: lines[a].GetEnvelope() for a in arcs}
    ends = {a: {tuple(shapes.get(a, list(a))[0]), tuple(shapes.get(a, list(a))[-1])}
            for a in arcs}
    out = set()
    pin_out = set()
    for a in changed:
        if not lines[a].IsSimple():
            out.add(a)
    # the pairs whose envelopes meet, one of them changed, in the order (n, m) of ``arcs``
    # (the outcome depends on it): found with arrays, not a Python double loop
    e = np.array([envs[a] for a in arcs], dtype="float64").reshape(-1, 4)
    ch = np.array([a in changed for a in arcs], dtype=bool)
    pairs = []
    for n in range(len(arcs)):
        m = np.arange(n + 1, len(arcs))
        ok = (ch[n] | ch[n + 1:]) & ~((e[n, 1] < e[n + 1:, 0]) | (e[n + 1:, 1] < e[n, 0])
                                     | (e[n, 3] < e[n + 1:, 2]) | (e[n + 1:, 3] < e[n, 2]))
        pairs.extend((arcs[n], arcs[k]) for k in m[ok].tolist())
    for a, b in pairs:
        if True:
            inter = lines[a].Intersection(lines[b])
            if inter is None or inter.IsEmpty():
                continue
            pts = []
            ok = True
            t = ogr.GT_Flatten(inter.GetGeometryType())
            if t == ogr.wkbPoint:
                pts = [inter]
            elif t == ogr.wkbMultiPoint:
                pts = [inter.GetGeometryRef(k) for k in range(inter.GetGeometryCount())]
            else:
                ok = False
            shared = ends[a] & ends[b]
            if ok and all((p.GetX(), p.GetY()) in shared for p in pts):
                continue
            if True:
                # pin the original vertex nearest to each crossing, in each changed arc
                if ok:
                    where = [(p.GetX(), p.GetY()) for p in pts]
                else:
                    where = [inter.Centroid().GetPoint_2D(0)]
                new_pin = False
                for c in (a, b):
                    if c not in changed:
                        continue
                    for x, y in where:
                        # a crossing next to a node: keep the vertex after the node, so
                        # the arc leaves the node along its first segment
                        k = min(max(_nearest(c, x, y), 1), len(c) - 2)
                        if 0 < k < len(c) - 1 and k not in pins.get(c, ()):
                            pin_out.add((c, k))
                            new_pin = True
                if new_pin:
                    continue
            both = sorted({a, b} & changed, key=lambda c: (len(c), c))
            # the shorter arc first: a long arc that a short one crosses mostly stays
            out.add(both[0] if len(both) < 2 or both[0] not in out else both[1])
    if not out and not pin_out:
        # no crossing found: the changed arcs of a bad zone near where the problem is step
        # back (all of them if GEOS named no place)
        for i in sorted(bad):
            near = set()
            for x, y in where.get(i, ()):
                for c in arcs_of[i] & changed:
                    e = envs[c]
                    if e[0] - tolerance <= x <= e[1] + tolerance and \
                            e[2] - tolerance <= y <= e[3] + tolerance:
                        near.add(c)
            out |= near or (arcs_of[i] & changed)
    return out, pin_out


def grid_share(zones, cell, origin=(0.0, 0.0), legal_too=False):
    """Share (0–1) of the boundary length between non-legal zones (the boundaries the
    zoning draws itself) that runs along the cell grid: axis-parallel segments whose fixed
    coordinate lies on a grid line. Outer boundary and legal arcs are left out unless
    ``legal_too``. Returns (share, boundary length m)."""
    parts = _node([_rings(z["geom"]) for z in zones])
    edge_faces = {}
    for i, zp in enumerate(parts):
        for rings in zp:
            for ring in rings:
                for a, b in zip(ring[:-1], ring[1:]):
                    key = (a, b) if a < b else (b, a)
                    edge_faces.setdefault(key, set()).add(i)
    total = along = 0.0
    x0, y0 = origin

    def on_line(v, o):
        t = (v - o) / cell
        return abs(t - round(t)) < 1e-6

    for (a, b), fs in edge_faces.items():
        if len(fs) != 2:
            continue
        if not legal_too and any(zones[f].get("legal") for f in fs):
            continue
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        total += length
        if (a[0] == b[0] and on_line(a[0], x0)) or (a[1] == b[1] and on_line(a[1], y0)):
            along += length
    return along / total if total > 0 else 0.0, total


# -- audit replay -----------------------------------------------------------------------

#: audit reasons that move a piece into another zone (the others only record a decision)
MOVES = (REASON_LEGAL, REASON_SMALL, REASON_ENCLOSED, REASON_DISSOLVE)


def replay_merges(zones, rows):
    """The zones :func:`merge_small` returned for ``zones``, rebuilt from its audit ``rows``
    alone: every row that moves a piece (``patch``, 1-based position in ``zones``) into a
    zone (``into_patch``) is applied in order, the geometries of each result unioned once.
    Returns the zones in the order merge_small gives them."""
    members = {k + 1: [k] for k in range(len(zones))}
    for r in rows:
        if r["reason"] not in MOVES:
            continue
        p, t = int(r["patch"]), int(r["into_patch"])
        if p not in members or t not in members or p == t:
            raise ValueError("audit row %r: patch %d or zone %d is not there to merge"
                             % (r, p, t))
        members[t] += members.pop(p)
    out = []
    for k in sorted(members):
        idx = members[k]
        z = dict(zones[k - 1])
        if len(idx) > 1:
            z["geom"] = _mp(union_all([zones[i]["geom"] for i in idx]))
        z.pop("orphan", None)
        out.append(z)
    return out


def replay_vector_steps(zones, rows, legal=None, region=None, tolerance=0.0, smooth=2,
                        snap_lines=None, snap_tolerance=0.0):
    """The vector steps of mergezones replayed from the polygonised grid result ``zones``
    and the audit ``rows`` of those steps (column ``step``: ``legal`` overlay, ``merge``
    before and ``merge2`` after the generalisation): the legal overlay and the
    generalisation are recomputed (they are deterministic), each merge is taken from the
    audit; ``snap_lines``/``snap_tolerance`` as given to :func:`generalize`. Returns the
    zones; they equal mergezones' output zone for zone."""
    if legal is not None:
        zones, _ = overlay_legal(zones, legal, region)
    zones = replay_merges(zones, [r for r in rows if r.get("step") == "merge"])
    if tolerance > 0:
        zones, _ = generalize(zones, tolerance, smooth=smooth, region=region,
                              snap_lines=snap_lines, snap_tolerance=snap_tolerance)
        zones = replay_merges(zones, [r for r in rows if r.get("step") == "merge2"])
    return zones
