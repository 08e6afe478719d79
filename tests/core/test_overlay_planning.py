"""core.overlay: planning polygons give their own edge to the zones of the planning rules
(overlay_planning), fixedness per arc (FixedLines) in generalize and grid_share — on
hand-built polygons: a slanted planning polygon rasterised by cell centre on a 10 m grid,
as zoning burns it."""

import math

from osgeo import ogr

from core import overlay as O

CELL = 10.0
SIZE = 1000.0


def poly(pts):
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in list(pts) + [pts[0]]:
        r.AddPoint_2D(float(x), float(y))
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(r)
    return O._mp(p)


def box(x0, y0, x1, y1):
    return poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def zone(subtype, geom, rule):
    return {"subtype": subtype, "zone_type": subtype.split("-")[0], "rule": rule,
            "geom": O._mp(geom)}


def cells(test):
    """Union of the grid cells whose centre passes ``test(x, y)`` (the raster's view)."""
    n = int(SIZE / CELL)
    out = []
    for i in range(n):
        for j in range(n):
            x, y = (i + 0.5) * CELL, (j + 0.5) * CELL
            if test(x, y):
                out.append(box(i * CELL, j * CELL, (i + 1) * CELL, (j + 1) * CELL))
    return O._mp(O.union_all(out))


#: a slanted quadrilateral: no edge is parallel to the grid
PLAN = poly([(230, 180), (760, 260), (700, 800), (170, 690)])


def inside(g):
    pt = ogr.Geometry(ogr.wkbPoint)

    def test(x, y):
        pt.SetPoint_2D(0, x, y)
        return g.Contains(pt)
    return test


def county(split=None):
    """Zones as rasterisation gives them: the planning polygon's cells (subtype V-0, rule
    3; with ``split``, only the cells passing it are VI-0 of rule 8 and the others of the
    polygon III-1 of rule 7 — the evaluation decides inside), the rest II-1 west of x = 500
    and II-4 east of it."""
    region = box(0, 0, SIZE, SIZE)
    in_plan = inside(PLAN)
    if split is None:
        plan = [zone("V-0", cells(in_plan), 3)]
    else:
        plan = [zone("VI-0", cells(lambda x, y: in_plan(x, y) and split(x, y)), 8),
                zone("III-1", cells(lambda x, y: in_plan(x, y) and not split(x, y)), 7)]
    held = O.union_all([z["geom"] for z in plan])
    rest = region.Difference(held)
    west = cells(lambda x, y: x + 0.3 * y < 650)
    zones = plan + [zone("II-1", rest.Intersection(west), 5),
                    zone("II-4", rest.Difference(west), 5)]
    return zones, region


def tiles(zones, region):
    total = sum(z["geom"].GetArea() for z in zones)
    assert abs(total - region.GetArea()) <= 1e-4 * region.GetArea()
    union = O.union_all([z["geom"] for z in zones])
    assert abs(union.GetArea() - total) < 1e-3 * CELL * CELL          # no overlaps
    assert region.SymmetricDifference(union).GetArea() < 1e-3 * CELL * CELL   # no gaps
    assert all(z["geom"].IsValid() for z in zones)


def of(zones, subtype):
    return O.union_all([z["geom"] for z in zones if z["subtype"] == subtype])


def test_planning_zone_takes_the_polygon_edge():
    zones, region = county()
    before = of(zones, "V-0")
    # the raster copy misses and adds about half a cell along the whole edge
    assert PLAN.Difference(before).GetArea() > 0.005 * PLAN.GetArea()
    out, audit = O.overlay_planning(zones, [("V-0", PLAN, "开发区")], region, CELL)
    tiles(out, region)
    mine = of(out, "V-0")
    assert PLAN.Difference(mine).GetArea() <= 1e-3 * PLAN.GetArea()      # missed
    assert mine.Difference(PLAN).GetArea() <= 1e-2 * PLAN.GetArea()      # added
    # the staircase outside went to the neighbours, one audit row per piece
    assert audit and {a["reason"] for a in audit} == {O.REASON_PLANNING}
    assert {a["to_subtype"] for a in audit} <= {"II-1", "II-4"}
    assert abs(sum(a["area_km2"] for a in audit) * 1e6
               - before.Difference(PLAN).GetArea()) < 1.0
    assert [z.get("planning") for z in out if z["subtype"] == "V-0"] == [1]


def test_legal_zone_wins_over_planning():
    zones, region = county()
    legal = box(600, 300, 900, 500)          # overlaps the polygon's east corner
    zones, _ = O.overlay_legal(zones, [("I-1", legal, "保护区")], region)
    out, _ = O.overlay_planning(zones, [("V-0", PLAN, "开发区")], region, CELL)
    tiles(out, region)
    own = PLAN.Difference(legal)
    mine = of(out, "V-0")
    assert own.Difference(mine).GetArea() <= 1e-3 * own.GetArea()
    assert mine.Difference(own).GetArea() <= 1e-2 * own.GetArea()
    assert [z["geom"].SymmetricDifference(legal).GetArea() for z in out
            if z.get("legal")] == [0.0]


def test_evaluation_boundary_inside_stays_and_is_generalised():
    """Rule 8 style: VI-0 only on the part of the polygon below a slanted line (the
    evaluation decides there); III-1 on the rest of it."""
    def split(x, y):
        return y < 0.4 * x + 250

    zones, region = county(split)
    out, _ = O.overlay_planning(zones, [("VI-0", PLAN, "规划工业区")], region, CELL)
    tiles(out, region)
    vi = of(out, "VI-0")
    # the polygon's edge bounds VI-0 where it lies below the line, nothing beyond it
    assert vi.Difference(PLAN).GetArea() <= 1e-2 * vi.GetArea()
    truth = PLAN.Intersection(poly([(0, 250), (SIZE, 650), (SIZE, 0), (0, 0)]))
    assert truth.SymmetricDifference(vi).GetArea() <= 0.05 * truth.GetArea()
    # per-arc fixedness: the polygon edge stays, the inner staircase is generalised
    lines = O.FixedLines([PLAN, region])
    share0, length0 = O.grid_share(out, CELL, lines=lines)
    assert share0 > 0.9 and length0 > 400            # II-1 | II-4 and VI-0 | III-1 lines
    gen, n = O.generalize(out, 1.5 * CELL, region=region, lines=lines)
    assert n >= 1
    tiles(gen, region)
    share1, _ = O.grid_share(gen, CELL, lines=lines)
    assert share1 < 0.1
    vi1 = of(gen, "VI-0")
    # what VI-0 holds beyond the polygon edge is still (almost) nothing: the edge did not move
    assert vi1.Difference(PLAN).GetArea() <= 1e-2 * vi1.GetArea()
    # every vertex of the polygon that bounds VI-0 is still a vertex of it
    ring = {pt for rings in O._rings(vi1) for r in rings for pt in r}
    assert (230.0, 180.0) in ring and (760.0, 260.0) in ring


def test_fixedness_is_per_arc_not_per_zone():
    """One arc between a planning zone and its neighbour: the part on the polygon edge
    stays exactly, the part the staircase drew (off the edge) is generalised."""
    zones, region = county()
    out, _ = O.overlay_planning(zones, [("V-0", PLAN, "开发区")], region, CELL)
    lines = O.FixedLines([PLAN, region])
    gen, _ = O.generalize(out, 1.5 * CELL, region=region, lines=lines)
    mine0, mine1 = of(out, "V-0"), of(gen, "V-0")
    # on the polygon edge nothing moved
    assert mine0.SymmetricDifference(mine1).GetArea() < 1e-6 * mine0.GetArea()
    # without lines and without flags every arc is movable: the edge moves
    free, _ = O.generalize(out, 1.5 * CELL, region=region)
    assert of(free, "V-0").SymmetricDifference(mine0).GetArea() > 1.0
    # a grid segment is not on a line
    assert not lines.on((500.0, 10.0), (500.0, 20.0))
    assert lines.on((230.0, 180.0), (760.0, 260.0))
    mid = (0.5 * (230 + 760), 0.5 * (180 + 260))
    assert lines.on((230.0, 180.0), mid) and lines.near(*mid)
    assert not lines.on((230.0, 180.0), (760.0, 262.0))


def test_grid_share_leaves_input_lines_out():
    zones, region = county()
    out, _ = O.overlay_planning(zones, [("V-0", PLAN, "开发区")], region, CELL)
    with_lines, length = O.grid_share(out, CELL, lines=[PLAN, region])
    without, length_all = O.grid_share(out, CELL)
    # the polygon's edge is counted without lines (off the grid), left out with them
    edge = sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in
               zip(*(lambda r: (r[:-1], r[1:]))(
                   [PLAN.GetGeometryRef(0).GetGeometryRef(0).GetPoint_2D(k)
                    for k in range(5)])))
    assert abs(length_all - length - edge) < 1.0
    assert with_lines == 1.0 and without < with_lines   # what is left: the II-1 | II-4 staircase
