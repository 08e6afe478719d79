"""core.overlay: legal polygons exact, small zones merged, arcs generalised without gaps."""

import pytest
from osgeo import ogr

from core import overlay as O


def poly(*rings):
    p = ogr.Geometry(ogr.wkbPolygon)
    for pts in rings:
        r = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in list(pts) + [pts[0]]:
            r.AddPoint_2D(float(x), float(y))
        p.AddGeometry(r)
    return O._mp(p)


def box(x0, y0, x1, y1):
    return poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def zone(subtype, geom, rule=5, **kw):
    return dict({"subtype": subtype, "zone_type": subtype.split("-")[0], "rule": rule,
                 "geom": geom}, **kw)


def staircase_pair(cell=10.0, steps=50, rise=10.0):
    """Two zones over 0..1000 × 0..1000 split by a cell-grid staircase from (0, 300) to
    (1000, 790): two cells right, one cell up."""
    line = [(0.0, 300.0)]
    y = 300.0
    for k in range(steps):
        x = (k + 1) * 2 * cell
        line.append((x, y))
        if k < steps - 1:
            y += rise
            line.append((x, y))
    line[-1] = (1000.0, line[-1][1])
    end_y = line[-1][1]
    below = poly([(0, 0), (1000, 0)] + line[::-1][:1] + line[::-1][1:])
    above = poly(line + [(1000, 1000), (0, 1000)])
    assert end_y < 1000
    return zone("II-1", below), zone("IV-1", above)


def no_overlap(zones):
    for i in range(len(zones)):
        for j in range(i + 1, len(zones)):
            inter = zones[i]["geom"].Intersection(zones[j]["geom"])
            assert inter is None or inter.GetArea() < 1e-3, (i, j, inter.GetArea())


def test_staircase_is_generalised_without_gap_or_overlap():
    a, b = staircase_pair()
    zones = [a, b]
    share, total = O.grid_share(zones, 10.0)
    assert share > 0.99 and total > 1000
    out, n = O.generalize(zones, 15.0)
    assert n >= 1
    share, total = O.grid_share(out, 10.0)
    assert share < 0.10
    for z in out:
        assert z["geom"].IsValid()
    no_overlap(out)
    area = sum(z["geom"].GetArea() for z in out)
    assert abs(area - 1e6) < 1e-3
    union = O.union_all([z["geom"] for z in out])
    assert abs(union.GetArea() - 1e6) < 1e-3
    # each zone moved, but not by more than the tolerance's band
    for z0, z1 in zip(zones, out):
        assert abs(z0["geom"].GetArea() - z1["geom"].GetArea()) < 15.0 * 1100


def test_generalise_with_a_t_junction_and_a_legal_zone():
    """Three evaluation zones meeting at a node on a staircase, a legal zone kept as is."""
    a, b = staircase_pair()
    # cut the lower zone in two at x = 505: the node lies inside a step of the upper zone
    left = O._mp(a["geom"].Intersection(box(0, 0, 505, 1000)))
    right = O._mp(a["geom"].Intersection(box(505, 0, 1000, 1000)))
    legal = box(100, 50, 300, 200)
    left = O._mp(left.Difference(legal))
    zones = [zone("II-1", left), zone("III-1", right), b,
             zone("I-1", legal, rule=1, legal=True, legal_name="NR")]
    out, n = O.generalize(zones, 15.0)
    assert n >= 2
    no_overlap(out)
    assert abs(sum(z["geom"].GetArea() for z in out) - 1e6) < 1e-3
    assert out[3]["geom"].SymmetricDifference(legal).GetArea() < 1e-6
    assert O.grid_share(out, 10.0)[0] < 0.10


def test_small_zone_joins_longest_border_neighbour():
    big1 = box(0, 0, 1000, 500)        # shares 100 m with the patch
    big2 = box(0, 500, 1000, 1000)
    patch = box(400, 480, 500, 520)    # 100 × 40: 100 m on each side of y = 500
    big1 = O._mp(big1.Difference(box(400, 480, 500, 500)))
    big2 = O._mp(big2.Difference(box(400, 500, 500, 520)))
    # make big2's border with the patch longer: extend the patch into big2 only
    patch = O._mp(O.union_all([patch, box(420, 520, 480, 600)]))
    big2 = O._mp(big2.Difference(box(420, 520, 480, 600)))
    zones = [zone("II-1", big1), zone("IV-1", big2), zone("III-1", patch)]
    out, audit = O.merge_small(zones, 0.1e6)
    assert len(out) == 2
    assert [z["subtype"] for z in out] == ["II-1", "IV-1"]
    assert abs(out[1]["geom"].GetArea() - (big2.GetArea() + patch.GetArea())) < 1e-3
    assert len(audit) == 1
    r = audit[0]
    assert (r["patch"], r["from_subtype"], r["to_subtype"], r["into_patch"], r["reason"]) == \
        (3, "III-1", "IV-1", 2, O.REASON_SMALL)
    # border: 100 (top of the patch's lower box minus the tab) … the tab's sides and top
    assert abs(r["border_m"] - (40 + 80 + 80 + 60 + 20 + 20)) < 0.5


def test_same_subtype_neighbours_dissolve():
    zones = [zone("II-1", box(0, 0, 1000, 1000)), zone("II-1", box(1000, 0, 2000, 1000)),
             zone("IV-1", box(0, 1000, 2000, 2000))]
    out, audit = O.merge_small(zones, 0.5e6)
    assert [z["subtype"] for z in out] == ["II-1", "IV-1"]
    assert abs(out[0]["geom"].GetArea() - 2e6) < 1e-3
    assert out[0]["geom"].GetGeometryCount() == 1
    assert [a["reason"] for a in audit] == [O.REASON_DISSOLVE]


def test_legal_polygon_is_the_zone_and_orphan_is_absorbed():
    region = box(0, 0, 1000, 1000)
    legal = poly([(200, 200), (612.3, 230.7), (580, 610), (230, 577)])
    # the evaluation's rasterised copy of it: a 10 m staircase-ish box
    raster_copy = box(200, 200, 620, 620)
    rest = O._mp(region.Difference(raster_copy))
    zones = [zone("II-1", rest), zone("I-1", raster_copy, rule=1)]
    out, audit = O.overlay_legal(zones, [("I-1", legal, "Some reserve")], region)
    legal_z = [z for z in out if z.get("legal")]
    assert len(legal_z) == 1 and legal_z[0]["legal_name"] == "Some reserve"
    assert legal_z[0]["geom"].SymmetricDifference(legal).GetArea() < 1e-6
    out2, audit2 = O.merge_small(out, 0.1e6)
    assert len(out2) == 2
    lz = [z for z in out2 if z.get("legal")][0]
    # the legal zone is exactly the legal polygon: missed 0, added 0
    assert lz["geom"].SymmetricDifference(legal).GetArea() < 1e-3
    other = [z for z in out2 if not z.get("legal")][0]
    assert other["subtype"] == "II-1"
    assert abs(other["geom"].GetArea() + lz["geom"].GetArea() - 1e6) < 1e-3
    assert any(a["reason"] == O.REASON_LEGAL for a in audit2)


def test_small_legal_area_is_kept_and_enclosed_patch_joins_type_i():
    region = box(0, 0, 2000, 1000)
    legal = box(100, 100, 300, 300)          # 0.04 km², legal: stays
    ring_i = O._mp(box(1000, 0, 2000, 1000).Difference(box(1400, 400, 1500, 500)))
    hole = box(1400, 400, 1500, 500)         # small, enclosed by type I
    rest = O._mp(box(0, 0, 1000, 1000).Difference(legal))
    zones = [zone("II-1", rest), zone("I-6", ring_i, rule=1, legal=True, legal_name="RL"),
             zone("IV-1", hole), zone("I-1", legal, rule=1, legal=True, legal_name="NR")]
    out, audit = O.merge_small(zones, 0.5e6, enclosed="type_i")
    subs = sorted(z["subtype"] for z in out)
    assert subs == ["I-1", "I-6", "II-1"]
    i6 = [z for z in out if z["subtype"] == "I-6"][0]
    assert abs(i6["geom"].GetArea() - 1e6) < 1e-3
    reasons = sorted(a["reason"] for a in audit)
    assert reasons == sorted([O.REASON_ENCLOSED, O.REASON_KEPT])
    assert abs(sum(z["geom"].GetArea() for z in out) - region.GetArea()) < 1e-3


def test_neighbours_exact_length_and_corner_touch():
    # a 2 × 2 block: a and b share x = 100 over 0..100, c touches a at the corner (100, 100)
    # only; d shares 60 m of a's top edge, from a vertex of its own inside that edge
    a = zone("II-1", box(0, 0, 100, 100))
    b = zone("II-2", box(100, 0, 200, 100))
    c = zone("II-3", box(100, 100, 200, 200))
    d = zone("II-4", box(40, 100, 100, 160))
    corners = {}
    nbr = O.neighbours([a, b, c, d], corners=corners)
    assert nbr[0] == {1: 100.0, 3: 60.0}
    assert nbr[1] == {0: 100.0, 2: 100.0}
    assert nbr[2] == {1: 100.0, 3: 60.0}
    assert corners[0] == {2} and corners[2] == {0}
    assert corners[1] == {3} and corners[3] == {1}   # b and d meet at (100, 100)
    assert O.shared_length(a["geom"], b["geom"]) == 100.0
    assert O.shared_length(a["geom"], c["geom"]) == 0.0


def test_same_subtype_zones_touching_at_a_corner_dissolve():
    # two II-1 squares meeting at one vertex, one II-4 and one II-2: the II-1 pair becomes one
    # (multipart) zone, audited as a dissolve with a border of 0 m (II-2 and II-4 stay)
    a = zone("II-1", box(0, 0, 1000, 1000))
    b = zone("II-1", box(1000, 1000, 2000, 2000))
    c = zone("II-4", box(1000, 0, 2000, 1000))
    d = zone("II-2", box(0, 1000, 1000, 2000))
    out, audit = O.merge_small([a, b, c, d], 0.1e6)
    assert sorted(z["subtype"] for z in out) == ["II-1", "II-2", "II-4"]
    merged = [z for z in out if z["subtype"] == "II-1"][0]
    assert abs(merged["geom"].GetArea() - 2e6) < 1e-6
    assert merged["geom"].GetGeometryCount() == 2 and merged["geom"].IsValid()
    assert [(r["reason"], r["border_m"]) for r in audit] == [("dissolve", 0.0)]


def _mosaic():
    """A 3 × 3 km county of 100 m patches in stripes of four subtypes, with one-cell
    islands and a legal reserve over its middle: overlay, merges and generalisation all
    have something to do."""
    zones = []
    kinds = ["II-1", "II-4", "III-1", "IV-0"]
    for i in range(6):
        for j in range(6):
            s = kinds[(i + 2 * (j // 3)) % 4] if (i, j) not in ((2, 2), (4, 1)) else "II-3"
            zones.append(zone(s, box(i * 500, j * 500, (i + 1) * 500, (j + 1) * 500)))
    zones.append(zone("II-4", box(1200, 1200, 1300, 1300)))   # a one-cell island …
    zones[2 * 6 + 2]["geom"] = O._mp(zones[2 * 6 + 2]["geom"].Difference(box(1200, 1200,
                                                                               1300, 1300)))
    zones[0]["rule"] = 1                                     # … and a rasterised reserve
    legal = [("I-1", box(100, 100, 430, 470), "某自然保护区")]
    region = box(0, 0, 3000, 3000)
    return zones, legal, region


def test_audit_replays_to_the_same_zones():
    zones, legal, region = _mosaic()
    cut, rows0 = O.overlay_legal(zones, legal, region)
    mins = {"*": 0.3e6, "II": 0.4e6}
    first, rows1 = O.merge_small(cut, mins)
    gen, _ = O.generalize(first, 150.0, region=region)
    final, rows2 = O.merge_small(gen, mins)
    audit = ([dict(r, step="legal") for r in rows0] + [dict(r, step="merge") for r in rows1]
             + [dict(r, step="merge2") for r in rows2])
    assert {r["reason"] for r in rows1} >= {"dissolve", "small", "outside_legal"}
    again = O.replay_vector_steps(zones, audit, legal=legal, region=region, tolerance=150.0)
    assert len(again) == len(final) and len(final) < len(zones)
    for a, b in zip(final, again):
        assert (a["subtype"], a.get("legal_name")) == (b["subtype"], b.get("legal_name"))
        assert abs(a["geom"].GetArea() - b["geom"].GetArea()) < 1e-6
        assert a["geom"].SymmetricDifference(b["geom"]).GetArea() < 1e-6
    # a row that names a piece merged already is an error, not a silent skip
    bad = [dict(rows1[0]), dict(rows1[0])]
    with pytest.raises(ValueError):
        O.replay_merges(cut, bad)
