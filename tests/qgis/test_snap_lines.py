"""mergezones snaps the boundaries it draws onto given lines (issue 12 item 2, Z 4.5): a
generated county (tests/counties.py) with its townships and rivers as BOUNDARY_LINES and its
DEM (ridge and valley lines). Invariants kept: full cover, no overlaps, area within 0.01 %,
legal boundaries unchanged; a measured share of the self-drawn boundary lies on the lines."""

import pytest
from osgeo import ogr


def union(geoms):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        g = ogr.ForceToMultiPolygon(g.Clone())
        for i in range(g.GetGeometryCount()):
            mp.AddGeometry(g.GetGeometryRef(i))
    return mp.UnionCascaded()


@pytest.fixture(scope="module")
def county(plugin, tmp_path_factory):
    import counties
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    d = tmp_path_factory.mktemp("snap")
    c = counties.make_county(str(d / "c"), kind="plain", townships=20)
    logs = {}

    class Fb(QgsProcessingFeedback):
        def pushInfo(self, msg):  # noqa: N802
            logs.setdefault("info", []).append(msg)

    def run(alg, params, fb=None):
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        return processing.run("envzoning:" + alg, params, context=ctx,
                              feedback=fb or QgsProcessingFeedback())

    raw = run("zoning", {
        "REGION": c.uri("region"), "CELL_SIZE": 100.0,
        "PROTECTED": c.uri("protected_areas"), "PROTECTED_ROLE_FIELD": "role",
        "PLANNING": c.uri("planning"), "PLANNING_ROLE_FIELD": "role",
        "LANDCOVER": c.raster("landcover"),
        "OUTPUT": str(d / "raw.gpkg"), "OUTPUT_RASTER": str(d / "raw.tif"),
        "OUTPUT_SUMMARY": str(d / "s.csv")})
    base = {"INPUT": raw["OUTPUT"], "REGION": c.uri("region"), "MIN_AREA": 0.5,
            "CELL_SIZE": 100.0, "PROTECTED": c.uri("protected_areas")}
    plain = run("mergezones", dict(base, OUTPUT=str(d / "plain.gpkg"),
                                   OUTPUT_AUDIT=str(d / "plain.csv")))
    snapped = run("mergezones", dict(
        base, BOUNDARY_LINES=[c.uri("townships"), c.uri("rivers")], DEM=c.raster("dem"),
        OUTPUT=str(d / "snap.gpkg"), OUTPUT_AUDIT=str(d / "snap.csv")), Fb())
    return c, plain, snapped, logs


def zones_of(path):
    from envzoning.core import overlay as O

    ds = ogr.Open(path)
    return [{"subtype": f.GetField("subtype"), "rule": f.GetField("rule"),
             "legal": bool(f.GetField("legal_name")), "legal_name": f.GetField("legal_name"),
             "geom": O._mp(f.GetGeometryRef().Clone())} for f in ds.GetLayer(0)]


def lines_index(c):
    from envzoning.core import snap as S

    lines = []
    for name in ("townships", "rivers"):
        for g in c.geometries(name):
            lines.extend(S.lines_of(g))
    return S.LineIndex(lines, 200.0)


def test_cover_and_legal_boundaries_kept(county):
    c, _, snapped, _ = county
    zones = zones_of(snapped["OUTPUT"])
    region = union(c.geometries("region"))
    total = sum(z["geom"].GetArea() for z in zones)
    assert abs(total - region.GetArea()) / region.GetArea() < 1e-4
    assert abs(union([z["geom"] for z in zones]).GetArea() - total) < 1e-6 * total
    pds = ogr.Open(c.paths["protected_areas"])
    legal = {}
    for f in pds.GetLayerByName("protected_areas"):
        legal.setdefault(f.GetField("name"), []).append(f.GetGeometryRef().Clone())
    for name, geoms in legal.items():
        mine = [z for z in zones if z["legal_name"] == name]
        assert len(mine) == 1
        # the zone of a legal area is its polygon (after priority and region clip): what it
        # misses is at most 0.1 %, snapping never moved it
        lg = union(geoms).Intersection(region)
        assert mine[0]["geom"].Difference(lg).GetArea() <= 0.01 * lg.GetArea()
    # the same legal zones as without snapping
    plain = {z["legal_name"]: z["geom"] for z in zones_of(county[1]["OUTPUT"]) if z["legal"]}
    for z in zones:
        if z["legal"]:
            assert z["geom"].SymDifference(plain[z["legal_name"]]).GetArea() < 1.0


def test_share_of_self_drawn_boundary_on_the_lines(county):
    from envzoning.core import snap as S

    c, plain, snapped, logs = county
    idx = lines_index(c)
    own = [dict(z, legal=z["legal"] or z["rule"] in (3, 4, 8)) for z in zones_of(
        snapped["OUTPUT"])]
    on, length = S.on_lines(own, idx)
    before = [dict(z, legal=z["legal"] or z["rule"] in (3, 4, 8)) for z in zones_of(
        plain["OUTPUT"])]
    on0, length0 = S.on_lines(before, idx)
    print("on lines: %.1f of %.1f km (%.1f %%), without snapping %.1f %%"
          % (on / 1e3, length / 1e3, 100 * on / length, 100 * on0 / length0))
    assert length > 5000
    # measured on this county: 15 % of the self-drawn boundary lies on a township
    # boundary or river after snapping, ≈ 0 % without
    assert on / length > 0.08 and on0 / length0 < 0.02
    text = "\n".join(logs.get("info", []))
    assert "吸附" in text and "Snapped" in text


def test_point_layer_is_refused(county, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    c, _, _, _ = county
    with pytest.raises(QgsProcessingException) as e:
        run_alg("mergezones", {
            "INPUT": county[1]["OUTPUT"],
            "REGION": c.uri("region"), "MIN_AREA": 0.5, "CELL_SIZE": 100.0,
            "BOUNDARY_LINES": [c.uri("villages")],
            "OUTPUT": str(tmp_path / "x.gpkg"), "OUTPUT_AUDIT": str(tmp_path / "x.csv")})
    assert "区界依附线" in str(e.value)


def test_audit_replays_with_snapping(county, run_alg, tmp_path, monkeypatch):
    """The audit and the same lines rebuild the snapped output zone for zone."""
    import csv

    from envzoning.algorithms import mergezones as MZ
    from envzoning.core import overlay as O

    c = county[0]
    seen = {}
    real_steps, real_lines = MZ.MergeZones._vector_steps, MZ.MergeZones._snap_lines

    def spy(self, parameters, context, feedback, zones, legal, region, grid, canceled,
            planning=None):
        seen.update(zones=[dict(z, geom=z["geom"].Clone()) for z in zones], legal=legal,
                    region=region.Clone(), cell=grid.cell_x)
        return real_steps(self, parameters, context, feedback, zones, legal, region, grid,
                          canceled, planning)

    def spy_lines(self, *args):
        seen["lines"] = real_lines(self, *args)
        return seen["lines"]

    monkeypatch.setattr(MZ.MergeZones, "_vector_steps", spy)
    monkeypatch.setattr(MZ.MergeZones, "_snap_lines", spy_lines)
    res = run_alg("mergezones", {
        "INPUT": str(county[1]["OUTPUT"]).replace("plain.gpkg", "raw.gpkg"),
        "REGION": c.uri("region"), "MIN_AREA": 0.5, "CELL_SIZE": 100.0,
        "PROTECTED": c.uri("protected_areas"),
        "BOUNDARY_LINES": [c.uri("townships"), c.uri("rivers")],
        "OUTPUT": str(tmp_path / "m.gpkg"), "OUTPUT_AUDIT": str(tmp_path / "a.csv")})
    with open(res["OUTPUT_AUDIT"], encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    index, tol = seen["lines"]
    again = O.replay_vector_steps(seen["zones"], rows, legal=seen["legal"],
                                  region=seen["region"], tolerance=1.5 * seen["cell"],
                                  snap_lines=index, snap_tolerance=tol)
    ds = ogr.Open(res["OUTPUT"])
    out = [(f.GetField("subtype"), f.GetGeometryRef().Clone()) for f in ds.GetLayer(0)]
    assert len(again) == len(out)
    for (subtype, g), z in zip(out, again):
        assert z["subtype"] == subtype
        assert z["geom"].SymmetricDifference(g).GetArea() < 1e-3
