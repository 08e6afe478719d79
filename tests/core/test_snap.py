"""core.snap: arcs snapped onto boundary lines within a tolerance; valley lines from a DEM."""

import math

import numpy as np
from osgeo import ogr

from core import overlay as O
from core import snap as S

from test_overlay import no_overlap, poly, staircase_pair, zone


def stairs(y0=12.0, x0=0.0, x1=1000.0, step=50.0, rise=8.0):
    """A cell-edge staircase around y = y0 (± rise) from x0 to x1."""
    pts = [(x0, 80.0)]
    x, up = x0, True
    while x < x1:
        y = y0 + (rise if up else -rise)
        pts += [(x, y), (min(x + step, x1), y)]
        x += step
        up = not up
    pts.append((x1, 80.0))
    return pts


ROAD = [(-200.0, 0.0), (400.0, 0.0), (1400.0, 0.0)]


def test_stair_within_tolerance_ends_exactly_on_the_road():
    idx = S.LineIndex([ROAD], 30.0)
    arc = stairs()
    new, on = S.snap_arc(arc, idx, 30.0)
    assert new[0] == arc[0] and new[-1] == arc[-1]          # ends pinned
    inner = [p for p in new[1:-1]]
    # everything between the pinned ends lies on the road (y = 0), the road's vertex kept
    assert all(abs(y) < 1e-9 for _, y in inner)
    assert (400.0, 0.0) in inner
    assert on > 900.0
    # the pinned ends (80 m off the road) join it by one segment each
    assert len(new) == len(set(new)) and inner[0] == (0.0, 0.0) and inner[-1] == (1000.0, 0.0)
    g = ogr.Geometry(ogr.wkbLineString)
    for x, y in new:
        g.AddPoint_2D(x, y)
    assert g.IsSimple()


def test_arc_farther_than_tolerance_stays():
    idx = S.LineIndex([ROAD], 10.0)
    arc = stairs(y0=40.0)
    new, on = S.snap_arc(arc, idx, 10.0)
    assert new == [tuple(map(float, p)) for p in arc] and on == 0.0


def test_only_the_stretch_near_the_line_moves():
    # the arc runs along the road for 600 m, then climbs away: only that stretch snaps
    arc = [(0.0, 5.0), (200.0, -6.0), (400.0, 7.0), (600.0, -4.0), (800.0, 300.0),
           (1000.0, 600.0)]
    idx = S.LineIndex([ROAD], 20.0)
    new, on = S.snap_arc(arc, idx, 20.0)
    assert new[0] == arc[0] and new[-1] == arc[-1]
    assert (800.0, 300.0) in new
    on_road = [p for p in new if abs(p[1]) < 1e-9]
    assert len(on_road) >= 2 and 500 < on < 650


def test_closed_line_and_reversed_direction():
    # a township ring; the arc runs along its south edge from east to west
    ring = [(0.0, 0.0), (1000.0, 0.0), (1000.0, 1000.0), (0.0, 1000.0), (0.0, 0.0)]
    idx = S.LineIndex([ring], 25.0)
    arc = [(950.0, -60.0)] + [(x, 10.0 * (-1) ** k) for k, x in
                              enumerate(np.arange(900.0, 99.0, -50.0))] + [(50.0, -60.0)]
    new, on = S.snap_arc(arc, idx, 25.0)
    xs = [p[0] for p in new[1:-1]]
    assert all(abs(p[1]) < 1e-9 for p in new[1:-1])
    assert xs == sorted(xs, reverse=True) and on > 700


def test_line_index_distance_and_on_lines():
    idx = S.LineIndex([ROAD, [(0.0, 500.0), (0.0, 900.0)]], 50.0)
    d = idx.distance([(10.0, 3.0), (0.0, 700.0), (5000.0, 5000.0)], 50.0)
    assert math.isclose(d[0], 3.0) and d[1] == 0.0 and math.isinf(d[2])


def test_generalize_snaps_the_staircase_onto_a_road_without_gaps():
    a, b = staircase_pair()
    # a road 10 m above the staircase's diagonal from (0, 300) to (1000, 790), with a bend
    road = [(-100.0, 261.0), (500.0, 555.0 + 14.0), (1100.0, 849.0)]
    st = {}
    out, n = O.generalize([a, b], 15.0, stats=st, snap_lines=[road], snap_tolerance=25.0)
    assert n >= 1 and st["snapped"] == 1 and st["snapped_m"] > 900
    no_overlap(out)
    total = sum(z["geom"].GetArea() for z in out)
    assert abs(total - 1e6) < 1e-3
    idx = S.LineIndex([road], 25.0)
    on, length = S.on_lines(out, idx)
    assert on / length > 0.8
    # without lines: the same generalisation, nothing on the road
    plain, _ = O.generalize([a, b], 15.0)
    assert S.on_lines(plain, idx)[0] / S.on_lines(plain, idx)[1] < 0.1


def test_snap_never_crosses_another_arc():
    # three zones: a thin strip (40 m) between the arc and a road; the arc between the
    # big zones must not snap across the strip's other boundary
    low = poly([(0, 0), (1000, 0), (1000, 100), (0, 100)])
    strip = poly([(0, 100), (1000, 100), (1000, 140), (0, 140)])
    top = poly([(0, 140), (1000, 140), (1000, 1000), (0, 1000)])
    zones = [zone("II-1", low), zone("IV-1", strip), zone("V-1", top)]
    road = [(-50.0, 90.0), (1050.0, 90.0)]   # 50 m below the strip's top edge
    st = {}
    out, _ = O.generalize(zones, 5.0, stats=st, snap_lines=[road], snap_tolerance=60.0)
    no_overlap(out)
    for z in out:
        assert z["geom"].IsValid() and z["geom"].GetArea() > 0
    assert abs(sum(z["geom"].GetArea() for z in out) - 1e6) < 1e-3


def test_legal_arcs_do_not_snap():
    a, b = staircase_pair()
    a["legal"] = True
    road = [(-100.0, 251.0), (1100.0, 839.0)]
    out, n = O.generalize([a, b], 15.0, snap_lines=[road], snap_tolerance=25.0)
    assert n == 0
    assert out[0]["geom"].SymDifference(a["geom"]).GetArea() < 1e-6


def test_valleys_of_a_v_shaped_dem_run_along_the_floor():
    rows, cols = 60, 81
    r, c = np.mgrid[0:rows, 0:cols]
    # valley floor along column 40, sloping south; sides rise 5 m a cell
    dem = np.abs(c - 40) * 5.0 + (rows - r) * 1.0
    valid = np.ones(dem.shape, dtype=bool)
    gt = (1000.0, 10.0, 0.0, 2000.0, 0.0, -10.0)
    lines = S.valley_lines(dem, valid, gt, min_area=50 * 100.0)
    floor_x = 1000.0 + 40.5 * 10.0
    main = max(lines, key=lambda ln: np.hypot(*np.diff(np.asarray(ln), axis=0).T).sum())
    a = np.asarray(main)
    assert np.abs(a[:, 0] - floor_x).max() < 1e-6
    assert a[:, 1].max() - a[:, 1].min() > 250.0          # most of the valley's length
    assert a[-1, 1] < a[0, 1]                              # traced downstream (south)
    # every valley line sits on the floor (the sides drain straight to it)
    for ln in lines:
        assert np.abs(np.asarray(ln)[:, 0] - floor_x).max() < 1e-6
    # ridge lines of the inverted V (a ridge along column 40) run along the crest
    ridges = S.ridge_lines(-dem, valid, gt, min_area=50 * 100.0)
    assert ridges and all(np.abs(np.asarray(ln)[:, 0] - floor_x).max() < 1e-6 for ln in ridges)


def test_valley_lines_are_smoothed_not_staircases():
    rows, cols = 80, 80
    r, c = np.mgrid[0:rows, 0:cols]
    # a valley at 31° from the columns: D8 follows it in a zigzag of straight and
    # diagonal steps
    dem = np.abs(c - 10 - r * 0.6) * 4.0 + (rows - r) * 1.0
    valid = np.ones(dem.shape, dtype=bool)
    gt = (0.0, 10.0, 0.0, 800.0, 0.0, -10.0)
    lines = S.valley_lines(dem, valid, gt, min_area=200 * 100.0)
    assert lines
    axis = total = 0.0
    for ln in lines:
        a = np.asarray(ln)
        # cell centres, never cell edges
        assert np.allclose(np.mod(a[[0, -1]], 10.0), 5.0)
        seg = np.diff(a, axis=0)
        length = np.hypot(*seg.T)
        total += length.sum()
        axis += length[(np.abs(seg[:, 0]) < 1e-9) | (np.abs(seg[:, 1]) < 1e-9)].sum()
    assert total > 700 and axis / total < 0.1
