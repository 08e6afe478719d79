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

from . import snap as snaplines
from .errors import Canceled
from .vector import as_multipolygon, polygon_parts, union_all

ogr.UseExceptions()

#: an arc that makes a zone invalid is retried with tolerance / 2, smoothing only, then kept
LEVELS = 3
#: overlap (m²) between two rebuilt zones that counts as one (below: rounding)
OVERLAP = 0.5
#: a vertex of one zone this close (m) to a segment of another is a node on it
SNAP = 1e-4
#: a piece (m²) below which an overlay's leftover is a crumb, not a zone
CRUMB = 0.01
#: width (m) within which a boundary lies on an input line (FixedLines), a cut piece's
#: border is measured (overlay_planning) and a needle is dropped
BAND = 0.01

REASON_LEGAL = "outside_legal"     # a piece of a rasterised protected area outside it
REASON_SMALL = "small"
REASON_ENCLOSED = "enclosed_by_I"
REASON_DISSOLVE = "dissolve"
REASON_KEPT = "legal_small_kept"
REASON_PLANNING = "outside_planning"   # staircase of a planning zone outside its polygon


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


def _claim(geom, region, taken):
    """Priority by difference: ``geom`` within ``region`` minus what earlier polygons
    ``taken`` hold. Returns (the piece, or None when nothing is left; taken with it)."""
    g = _valid(geom).Intersection(region)
    if not taken.IsEmpty():
        g = g.Difference(taken)
    g = _mp(g)
    if g.IsEmpty() or g.GetArea() <= 0:
        return None, taken
    return g, _mp(union_all([taken, g]))


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
        g, taken = _claim(geom, region, taken)
        if g is None:
            continue
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


def _hits(a, b):
    """a intersects b; True where GEOS cannot decide (the overlay that follows can)."""
    try:
        return a.Intersects(b)
    except RuntimeError:
        return True


def _difference(a, b):
    """a − b; retried on cleaned copies where GEOS's noding fails on near-coincident
    lines (a TopologyException)."""
    try:
        return a.Difference(b)
    except RuntimeError:
        return a.Buffer(0).Difference(b.Buffer(0))


def _envelope_box(env, pad):
    x0, x1, y0, y1 = env
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0 - pad, y0 - pad), (x1 + pad, y0 - pad), (x1 + pad, y1 + pad),
                 (x0 - pad, y1 + pad), (x0 - pad, y0 - pad)):
        ring.AddPoint_2D(x, y)
    box = ogr.Geometry(ogr.wkbPolygon)
    box.AddGeometry(ring)
    return box


def overlay_planning(zones, planning, region, reach, is_canceled=None):
    """The zones of a planning rule take the planning polygon's own edge (Z 4.2.3–4.2.6).

    ``planning`` = [(subtype, geometry, name)] in priority order (the first wins where two
    overlap); ``subtype`` is what the zoning rules give the polygon's role (V-0 existing
    industry, IV-0 urban, III-1 basic farmland, III-2 aquaculture, VI-0 planned industry).
    ``reach`` (m, about one cell): how far the rasterised staircase can stray from the edge.

    For each polygon P (clipped to the region, minus the legal zones — legal always wins —
    and minus the planning polygons before it): every non-legal zone of P's subtype that
    overlaps P is cut at P's edge. Inside, it grows into the slivers of P within ``reach`` of
    it and of P's edge that the staircase missed (taken from whichever zone held them);
    outside, the staircase within ``reach`` of the edge is cut off and each piece joins the
    neighbour with the longest shared border that is not a zone of P (audit row, reason
    ``outside_planning``). What the zone holds further out (the same subtype continuing by
    another rule, e.g. cropland next to basic farmland) stays as a zone of its own, which
    :func:`merge_small` dissolves with it again. Inside P, where the evaluation gave another
    subtype (the rule's condition holds on part of P only, e.g. rule 8's P1 ≤ 2), the
    boundary stays where the evaluation drew it. The pieces of P's subtype inside P become
    one zone (multipart where needed), marked ``planning`` = the polygon's 1-based index. Returns (zones, audit rows; ``patch`` and ``into_patch``
    number the input zones, 1-based; pieces cut off another cut piece keep its number)."""
    region = _valid(region)
    zones = [dict(z, _id=k + 1) for k, z in enumerate(zones)]
    legal = [z["geom"] for z in zones if z.get("legal")]
    taken = _mp(union_all(legal)) if legal else ogr.Geometry(ogr.wkbMultiPolygon)
    audit = []
    for k, (subtype, geom, _name) in enumerate(planning):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        p, taken = _claim(geom, region, taken)
        if p is None:
            continue
        penv = p.GetEnvelope()
        ring = p.GetBoundary().Buffer(reach, 4)
        band_in = _mp(p.Intersection(ring))
        band_out = _mp(ring.Difference(p).Intersection(region))
        mine = [i for i, z in enumerate(zones)
                if not z.get("legal") and not z.get("planning") and z["subtype"] == subtype
                and _env_hit(z["geom"].GetEnvelope(), penv, 0.0)
                and _hits(z["geom"], p)
                and _mp(z["geom"].Intersection(p)).GetArea() > 0]
        if not mine:
            continue
        fills, cuts, inner = [], [], []
        new = []
        insides = [_mp(zones[i]["geom"].Intersection(p)) for i in mine]
        held = _mp(union_all(insides))
        for i, inside in zip(mine, insides):
            z = zones[i]
            g = z["geom"]
            # the slivers of P near this zone and the edge that no zone of P holds (two
            # zones of P never take the same sliver: the first in input order wins)
            fill = _valid(g.Buffer(reach, 4).Intersection(band_in).Difference(held))
            if not fill.IsEmpty():
                held = _valid(union_all([held, fill]))
            outside = _mp(g.Difference(p))
            cut = _mp(outside.Intersection(band_out)) if not outside.IsEmpty() else outside
            rest = _mp(outside.Difference(cut)) if not cut.IsEmpty() else outside
            fills.append(fill)
            grown = _valid(union_all([inside, fill]) if not fill.IsEmpty() else inside)
            inner.append(dict(z, geom=grown, planning=k + 1))
            # crumbs of the overlay (far below a square metre) go with the cut pieces
            crumbs = [q for q in polygon_parts(rest) if q.GetArea() < CRUMB]
            if crumbs:
                rest = _mp(union_all([q for q in polygon_parts(rest) if q.GetArea() >= CRUMB]))
                cut = _mp(union_all(polygon_parts(cut) + crumbs))
            if not rest.IsEmpty() and rest.GetArea() > 0:
                new.append(dict(z, geom=rest))
            for part in polygon_parts(cut):
                cuts.append((z, _mp(part)))
        # pieces of P that other zones hold only within ``reach`` of P's edge (no cell
        # centre in them: a narrow arm of P, a sliver) are the staircase's too: they go to
        # the nearest zone of P, unless a zone the evaluation drew inside P is nearer
        slivers, deep = [], []
        for q in zones:
            if q.get("legal") or q.get("planning") or q["subtype"] == subtype or \
                    not _env_hit(q["geom"].GetEnvelope(), penv, 0.0) or not _hits(q["geom"], p):
                continue
            for part in polygon_parts(_valid(q["geom"].Intersection(p))):
                part = _valid(_difference(part, held))
                if part.IsEmpty():
                    continue
                core = _valid(_difference(part, band_in))
                if core.GetArea() >= CRUMB:
                    deep.append(core)
                else:
                    slivers.append(part)
        deep = _valid(union_all(deep)) if deep else None
        for part in slivers:
            dist = [(inner[n]["geom"].Distance(part), n) for n in range(len(inner))]
            d, near = min(dist)
            if deep is not None and deep.Distance(part) < d:
                continue
            fills.append(part)
            inner[near] = dict(inner[near], geom=_valid(union_all([inner[near]["geom"],
                                                                   part])))
        # the zones of one planning polygon are one zone (multipart where P's parts or
        # the evaluation split it), so that no piece of it is merged away as small alone
        if len(inner) > 1:
            inner = [dict(inner[0], geom=_valid(union_all([q["geom"] for q in inner])))]
        fill_all = _valid(union_all(fills))
        fenv = fill_all.GetEnvelope() if not fill_all.IsEmpty() else None
        rest_zones = []
        for i, z in enumerate(zones):
            if i in mine:
                continue
            g = z["geom"]
            if fenv is not None and not z.get("legal") and \
                    _env_hit(g.GetEnvelope(), fenv, 0.0) and _hits(g, fill_all):
                g = _valid(_difference(g, fill_all))
                if g.IsEmpty() or g.GetArea() <= 0:
                    continue
                z = dict(z, geom=g)
            rest_zones.append(z)
        zones = rest_zones + new + inner
        # the staircase outside P: each piece to its longest-border neighbour (not P's zones)
        bounds = {}   # zone index -> its boundary
        envs = [q["geom"].GetEnvelope() for q in zones]
        gains = {}    # zone index -> the pieces it takes
        for src, piece in sorted(cuts, key=lambda c: (c[1].GetArea(), c[0]["_id"])):
            penv2 = piece.GetEnvelope()
            window = _envelope_box(penv2, 1.0)
            band = piece.GetBoundary().Buffer(BAND, 1)
            best = None
            for j, q in enumerate(zones):
                if q.get("planning") == k + 1:
                    continue
                if not _env_hit(envs[j], penv2, 2 * BAND):
                    continue
                if j not in bounds:
                    bounds[j] = q["geom"].GetBoundary()
                near = bounds[j].Intersection(window)
                length = 0.0
                if near is not None and not near.IsEmpty():
                    inter = band.Intersection(near.Buffer(BAND, 1))
                    if inter is not None and not inter.IsEmpty():
                        length = inter.GetArea() / (2.0 * BAND)
                if length > 4 * BAND:
                    cand = (length, q["geom"].GetArea(), -j)
                    if best is None or cand > best[0]:
                        best = (cand, j)
            if best is None:
                # nothing else touches it: it stays with the zone it was cut from
                js = [j for j, q in enumerate(zones) if q.get("planning") == k + 1
                      and q["_id"] == src["_id"]]
                # (its zone may have been united with another zone of P: then P's zone;
                # a piece is never dropped, or the region would get a hole)
                js = js or [j for j, q in enumerate(zones) if q.get("planning") == k + 1]
                js = js or [min(range(len(zones)),
                                key=lambda j: (zones[j]["geom"].Distance(piece), j))]
                j, length = js[0], 0.0
            else:
                j, length = best[1], best[0][0]
            x, y = _point(piece)
            audit.append({"patch": src["_id"], "area_km2": piece.GetArea() / 1e6,
                          "from_subtype": src["subtype"], "to_subtype": zones[j]["subtype"],
                          "into_patch": zones[j]["_id"], "border_m": float(length),
                          "reason": REASON_PLANNING, "x": x, "y": y})
            gains.setdefault(j, []).append(piece)
        for j, pieces in sorted(gains.items()):
            zones[j] = dict(zones[j], geom=_valid(union_all([zones[j]["geom"]] + pieces)))
    out = []
    for z in sorted(zones, key=lambda q: q["_id"]):
        z = dict(z)
        z.pop("_id", None)
        if z["geom"].IsEmpty() or z["geom"].GetArea() <= 0:
            continue
        out.append(z)
    return out, audit


def shared_length(a, b):
    """Length (m) of the border two polygons share: the length of the edges their noded
    rings have in common (a corner touch is 0)."""
    return neighbours([{"geom": a}, {"geom": b}])[0].get(1, 0.0)


def _edge_faces(zones):
    """(noded rings of every zone, {undirected edge: set of zone indices}) — the arcs of
    the zones' common boundaries, as :func:`generalize` and :func:`grid_share` see them."""
    parts = _prepare(zones)
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


class FixedLines:
    """The input lines an arc may not leave: the boundaries of the legal and planning
    polygons and of the region (polygons give their rings, lines themselves). An arc's
    segment lies on them when both its ends and its middle are within ``tol`` (m) of them;
    :func:`generalize` keeps such segments and moves the rest of the arc."""

    def __init__(self, geoms, tol=BAND, cell=200.0):
        self.tol = tol
        self.cell = cell
        self.segs = []
        self.buckets = {}
        for g in geoms:
            for pts in _line_coords(g):
                for a, b in zip(pts[:-1], pts[1:]):
                    if a != b:
                        self._add(a, b)

    def _add(self, a, b):
        k = len(self.segs)
        self.segs.append((a, b))
        c, t = self.cell, self.tol
        for bx in range(math.floor((min(a[0], b[0]) - t) / c),
                        math.floor((max(a[0], b[0]) + t) / c) + 1):
            for by in range(math.floor((min(a[1], b[1]) - t) / c),
                            math.floor((max(a[1], b[1]) + t) / c) + 1):
                self.buckets.setdefault((bx, by), []).append(k)

    def near(self, x, y):
        """The point (x, y) lies within ``tol`` of a line."""
        t2 = self.tol * self.tol
        for k in self.buckets.get((math.floor(x / self.cell), math.floor(y / self.cell)), ()):
            (x0, y0), (x1, y1) = self.segs[k]
            dx, dy = x1 - x0, y1 - y0
            seg2 = dx * dx + dy * dy
            u = ((x - x0) * dx + (y - y0) * dy) / seg2
            u = 0.0 if u < 0 else 1.0 if u > 1 else u
            ex, ey = x0 + u * dx - x, y0 + u * dy - y
            if ex * ex + ey * ey <= t2:
                return True
        return False

    def on(self, a, b):
        """The segment a–b lies on the lines."""
        return (self.near(a[0], a[1]) and self.near(b[0], b[1])
                and self.near(0.5 * (a[0] + b[0]), 0.5 * (a[1] + b[1])))

    def __bool__(self):
        return bool(self.segs)


def input_lines(zones, legal=None, planning=None, region=None):
    """The :class:`FixedLines` mergezones generalises around: the legal polygons
    (``legal`` = [(subtype, geometry, name)]; without them the boundaries of the zones
    flagged ``legal``, i.e. type I from the grid), the planning polygons (``planning``,
    same form) and the region."""
    geoms = [g for _, g, _ in legal] if legal is not None else \
        [z["geom"] for z in zones if z.get("legal")]
    geoms += [g for _, g, _ in planning or ()]
    if region is not None:
        geoms.append(region)
    return FixedLines(geoms)


def _line_coords(g):
    """[[(x, y), …], …]: the rings of a (multi)polygon or the lines of a (multi)line."""
    if g is None or g.IsEmpty():
        return []
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t in (ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbGeometryCollection,
             ogr.wkbMultiLineString):
        return [pts for k in range(g.GetGeometryCount())
                for pts in _line_coords(g.GetGeometryRef(k))]
    if t in (ogr.wkbLineString, ogr.wkbLinearRing):
        return [[(g.GetX(k), g.GetY(k)) for k in range(g.GetPointCount())]]
    return []

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


def _unspike(pts, width=BAND):
    """A closed ring (first vertex not repeated) without needles: a vertex B where the ring
    turns back (A → B → C at an acute angle) and the needle is thinner than ``width`` (m) is
    dropped. Overlays of a staircase with a slanted edge leave such needles (area well
    below 1 m²); the zone on the other side has the same three vertices and loses the
    same notch, so the two stay one shared line."""
    changed = True
    while changed and len(pts) >= 4:
        changed = False
        k = 0
        while k < len(pts) and len(pts) >= 4:
            a, b, c = pts[k - 1], pts[k], pts[(k + 1) % len(pts)]
            ux, uy = a[0] - b[0], a[1] - b[1]
            vx, vy = c[0] - b[0], c[1] - b[1]
            if ux * vx + uy * vy > 0:
                longest = max(math.hypot(ux, uy), math.hypot(vx, vy))
                if longest > 0 and abs(ux * vy - uy * vx) / longest < width:
                    del pts[k]
                    changed = True
                    continue
            k += 1
    return pts


def _needle(pts, width=BAND):
    """A ring (first vertex not repeated) whose mean width 2·area/perimeter is below
    ``width`` (m): an overlay's sliver, dropped (its area is far below 1 m²)."""
    area = perimeter = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
        area += x0 * y1 - x1 * y0
        perimeter += math.hypot(x1 - x0, y1 - y0)
    return perimeter <= 0 or abs(area) / perimeter < width


def _prepare(zones):
    """The zones' rings snapped (:func:`_snap`) and noded (:func:`_node`). A zone whose parts
    the snapping made touch along a line (two parts of a zone that an overlay left a
    last-bit apart) is dissolved again (GEOS buffer 0) and noded once more."""
    parts = _node(_snap([_rings(z["geom"]) for z in zones]))
    fixed = False
    for i, zp in enumerate(parts):
        g = _build(zp)
        if _quiet_valid(g):
            continue
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            h = g.Buffer(0)
        finally:
            gdal.PopErrorHandler()
        if h is not None and not h.IsEmpty() and _quiet_valid(h) and \
                abs(h.GetArea() - g.GetArea()) <= 1.0 + 1e-6 * g.GetArea():
            parts[i] = _rings(h)
            fixed = True
    return _node(parts) if fixed else parts


def _snap(parts, eps=1e-6):
    """Vertices of different rings closer than ``eps`` (m) made one (the first seen): two
    overlays (a zone cut by a planning polygon, its neighbour cut by another) compute the
    same crossing point to the last bit differently, and a neighbour's copy inserted next
    to a ring's own would fold it. Repeats and the folds they leave are dropped. ``parts``
    as from :func:`_rings`, changed in place."""
    seen = {}

    def canon(p):
        kx, ky = math.floor(p[0] / eps), math.floor(p[1] / eps)
        for dx in (0, -1, 1):
            for dy in (0, -1, 1):
                q = seen.get((kx + dx, ky + dy))
                if q is not None and abs(q[0] - p[0]) <= eps and abs(q[1] - p[1]) <= eps:
                    return q
        seen[(kx, ky)] = p
        return p

    for zp in parts:
        for r_rings in zp:
            for r_i, ring in enumerate(r_rings):
                pts = []
                for p in ring[:-1]:
                    q = canon(p)
                    if pts and pts[-1] == q:
                        continue
                    if len(pts) >= 2 and pts[-2] == q:   # a fold A, B, A
                        pts.pop()
                        continue
                    pts.append(q)
                while len(pts) >= 2 and pts[0] == pts[-1]:
                    pts.pop()
                pts = _unspike(pts)
                if len(pts) >= 3 and not _needle(pts):
                    r_rings[r_i] = pts + [pts[0]]
                else:
                    r_rings[r_i] = None
            if r_rings and r_rings[0] is None:   # no exterior: the part goes
                r_rings[:] = []
            r_rings[:] = [r for r in r_rings if r is not None]
        zp[:] = [rings for rings in zp if rings]
    return parts


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
    """Douglas–Peucker of an open line, end points kept. A line with inner vertices keeps at
    least the one farthest from its chord: a ring made of two arcs between the same two
    nodes (a small island or hole) never collapses to a line."""
    if len(pts) <= 2:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    first = True
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
        if idx > 0 and (best > tol or (first and best > 0)):
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
        first = False
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
               lines=None, snap_lines=None, snap_tolerance=0.0, _snap_pass=False):
    """Zones with the arcs between two zones simplified and smoothed once (module doc).
    ``tolerance`` (m): the Douglas–Peucker distance (about the cell size). Arcs on the
    outer boundary stay.

    Fixedness is per arc when ``lines`` is given (a :class:`FixedLines`, or geometries for
    one: the legal polygons, the planning polygons, the region): the segments of an arc that
    lie on those lines stay exactly where they are, the rest of the arc (an arc may run
    along a planning edge and then leave it) is generalised between them. Without
    ``lines``, the arcs of a zone flagged ``legal`` or ``fixed`` stay (per zone, as before).

    ``snap_lines`` (coordinate lists or a core.snap.LineIndex) and ``snap_tolerance`` (m):
    once the simplified and smoothed arcs have settled, each arc with no segment on a fixed
    line is snapped onto those lines (core.snap.snap_arc, not across another arc) and the
    crossing checks run again: an arc that crosses another after snapping keeps its
    generalised line. ``stats["snapped"]``: arcs snapped, ``stats["snapped_m"]``: their
    length on the lines.

    A zone whose rebuilt geometry is not valid, or that would overlap a neighbour, keeps
    its original arcs (and so do its neighbours on the shared arcs). Returns (zones,
    number of arcs generalised)."""
    if tolerance <= 0 or len(zones) < 2:
        return [dict(z) for z in zones], 0
    if lines is not None and not isinstance(lines, FixedLines):
        lines = FixedLines(lines)
    if snap_lines is not None and snap_tolerance > 0 and not _snap_pass:
        # snapping: a second pass over the settled arcs (DP only removes collinear points)
        out, n = generalize(zones, tolerance, smooth, region, is_canceled, stats, lines=lines)
        sub = {}
        out, _ = generalize(out, 1e-6, 0, region, is_canceled, sub, lines=lines,
                            snap_lines=snap_lines, snap_tolerance=snap_tolerance,
                            _snap_pass=True)
        if stats is not None:
            stats["snapped"] = sub.get("snapped", 0)
            stats["snapped_m"] = sub.get("snapped_m", 0.0)
        return out, n
    parts = _prepare(zones)
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

    if lines is None:
        movable = [not z.get("legal") and not z.get("fixed") for z in zones]
    else:
        movable = [True] * len(zones)
    on_line = {}   # canonical arc -> indices of its vertices that touch a fixed segment

    def fixed_vertices(canon):
        if canon not in on_line:
            held = set()
            if lines:
                for k in range(len(canon) - 1):
                    if lines.on(canon[k], canon[k + 1]):
                        held.update((k, k + 1))
            on_line[canon] = held
        return on_line[canon]

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

    snap_fn = snaplines.snapper(snap_lines, snap_tolerance, edges=edge_faces) if _snap_pass \
        else None
    snapped = {}   # canonical arc -> (its snapped line, length on lines)
    nosnap = set()   # arcs that crossed another once snapped: not snapped again

    def smooth_arc(canon, lev):
        held = fixed_vertices(canon)
        if len(held) >= len(canon):
            return list(canon)        # all on an input line
        line = _smooth_pinned(list(canon), _tol(tolerance, lev), smooth,
                              set(pins.get(canon, ())) | held)
        if snap_fn is not None and canon not in nosnap and not held:
            # snapped to the boundary lines (an arc on a fixed line is never moved)
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


def grid_share(zones, cell, origin=(0.0, 0.0), legal_too=False, lines=None):
    """Share (0–1) of the boundary length the zoning draws itself that runs along the cell
    grid: axis-parallel segments whose fixed coordinate lies on a grid line.

    Counted: every piece of boundary between two zones (the outer boundary is never
    counted), except (a) where one of the two zones is ``legal`` (unless ``legal_too``) and
    (b) with ``lines`` (a :class:`FixedLines` or geometries: legal polygons, planning
    polygons, the region), the pieces that lie on those input lines — they are the input's
    own lines, not drawn by the zoning. What is left is the boundary the evaluation drew:
    between evaluation zones, and between a planning zone and its neighbour where the
    boundary leaves the planning polygon's edge. Returns (share, boundary length m)."""
    if lines is not None and not isinstance(lines, FixedLines):
        lines = FixedLines(lines)
    parts = _prepare(zones)
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
        if lines and lines.on(a, b):
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
                        planning=None, reach=0.0, lines=None, snap_lines=None,
                        snap_tolerance=0.0):
    """The vector steps of mergezones replayed from the polygonised grid result ``zones``
    and the audit ``rows`` of those steps (column ``step``: ``legal`` overlay, ``planning``
    overlay, ``merge`` before and ``merge2`` after the generalisation): the legal and
    planning overlays and the generalisation are recomputed (they are deterministic; the
    planning overlay's rows are its own), each merge is taken from the audit. ``lines``:
    the generalisation's fixed lines (default :func:`input_lines`, as mergezones);
    ``snap_lines``/``snap_tolerance`` as given to :func:`generalize`. Returns the zones;
    they equal mergezones' output zone for zone."""
    if lines is None:
        lines = input_lines(zones, legal, planning, region)
    if legal is not None:
        zones, _ = overlay_legal(zones, legal, region)
    if planning:
        zones, _ = overlay_planning(zones, planning, region, reach)
    zones = replay_merges(zones, [r for r in rows if r.get("step") == "merge"])
    if tolerance > 0:
        zones, _ = generalize(zones, tolerance, smooth=smooth, region=region, lines=lines,
                              snap_lines=snap_lines, snap_tolerance=snap_tolerance)
        zones = replay_merges(zones, [r for r in rows if r.get("step") == "merge2"])
    return zones
