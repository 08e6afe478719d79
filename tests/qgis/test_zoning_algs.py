"""zoning and mergezones on a hand-made county (SPEC section 4; Z 4.1–4.3, 4.5).

The county: an irregular quadrilateral of about 4.04 × 3.04 km in EPSG:4549 whose edges cut
through the 100 m analysis cells. Inside it, on whole 100 m cells:
- west of x = 502 000: forest with importance 5 dominated by water conservation → II-1 (rule 5),
  except a 1 × 1 km nature reserve → I-1 (rule 1);
- east: cropland → III-1 (rule 7), with an existing industrial park 500 × 400 m → V-0 (rule 3),
  urban land 800 × 400 m → IV-0 (rule 4), planned industry 300 × 300 m with P1 = 2 → VI-0
  (rule 8), grassland 500 × 500 m with a_class 5 → IV-0 (rule 9) and grassland 200 × 200 m
  with a_class 2 → NEIGHBOUR (rule 9).
"""

import csv
import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

X0, Y0 = 500000.0, 3200000.0
REGION = [(500030, 3200020), (504070, 3200010), (504050, 3203040), (500010, 3203060)]


def shoelace(pts):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        a += x1 * y2 - x2 * y1
    return abs(a) / 2.0


def rect(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def write_layer(path, rings, fields):
    """rings: [(ring points, {field: value})] → GeoPackage in EPSG:4549."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer(os.path.splitext(os.path.basename(path))[0], srs, ogr.wkbPolygon)
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for pts, attrs in rings:
        f = ogr.Feature(lyr.GetLayerDefn())
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in pts + pts[:1]:
            ring.AddPoint_2D(float(x), float(y))
        g = ogr.Geometry(ogr.wkbPolygon)
        g.AddGeometry(ring)
        f.SetGeometry(g)
        for k, v in attrs.items():
            f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return path


def write_raster(path, arr):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds = gdal.GetDriverByName("GTiff").Create(path, arr.shape[1], arr.shape[0], 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, 100.0, 0.0, Y0 + 100.0 * arr.shape[0], 0.0, -100.0))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return path


def block(arr, x0, y0, x1, y1, value):
    """Set the cells of arr (41 cols from X0, 31 rows down from Y0 + 3100) in a box."""
    rows = arr.shape[0]
    c0, c1 = int((x0 - X0) / 100), int((x1 - X0) / 100)
    r0, r1 = rows - int((y1 - Y0) / 100), rows - int((y0 - Y0) / 100)
    arr[r0:r1, c0:c1] = value


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    d = tmp_path_factory.mktemp("county")
    p = {}
    p["region"] = write_layer(str(d / "region.gpkg"), [(REGION, {"name": "测试县"})],
                              [("name", ogr.OFTString)])
    p["protected"] = write_layer(str(d / "protected.gpkg"), [
        (rect(500200, 3201900, 501200, 3202900), {"role": "自然保护区"})],
        [("role", ogr.OFTString)])
    p["planning"] = write_layer(str(d / "planning.gpkg"), [
        (rect(502500, 3202400, 503000, 3202800), {"role": "industrial_existing"}),
        (rect(503000, 3202400, 503800, 3202800), {"role": "urban"}),
        (rect(502500, 3200300, 502800, 3200600), {"role": "industrial_planned"})],
        [("role", ogr.OFTString)])
    p["composite"] = write_layer(str(d / "composite.gpkg"), [
        (rect(503300, 3200300, 503800, 3200800), {"a_class": 5}),
        (rect(502000, 3201500, 502200, 3201700), {"a_class": 2})],
        [("a_class", ogr.OFTInteger)])
    shape = (32, 42)  # rows from y 3203200 down to 3200000; cols from x 500000
    lc = np.ones(shape, dtype="uint8")              # CLCD 1 cropland
    block(lc, X0, Y0, 502000, 3203200, 2)           # forest in the west
    block(lc, 503300, 3200300, 503800, 3200800, 4)  # grassland
    block(lc, 502000, 3201500, 502200, 3201700, 4)  # grassland
    block(lc, 502500, 3200300, 502800, 3200600, 7)  # the planned industrial site: cleared
    # (barren), so rule 8 gives VI-0; on cropland rule 7 would keep it III-1 (SPEC order)
    p["landcover"] = write_raster(str(d / "landcover.tif"), lc)
    imp = np.full(shape, 2, dtype="uint8")
    block(imp, X0, Y0, 502000, 3203200, 5)
    p["importance"] = write_raster(str(d / "importance.tif"), imp)
    dom = np.full(shape, 2, dtype="uint8")
    block(dom, X0, Y0, 502000, 3203200, 1)
    p["dominant"] = write_raster(str(d / "dominant.tif"), dom)
    p["sensitivity"] = write_raster(str(d / "sensitivity.tif"), np.ones(shape, dtype="uint8"))
    p["dir"] = str(d)
    return p


def zoning_params(county, out):
    return {
        "REGION": county["region"], "CELL_SIZE": 100,
        "PROTECTED": county["protected"], "PROTECTED_ROLE_FIELD": "role",
        "PLANNING": county["planning"], "PLANNING_ROLE_FIELD": "role",
        "LANDCOVER": county["landcover"], "IMPORTANCE": county["importance"],
        "IMPORTANCE_DOMINANT": county["dominant"], "SENSITIVITY": county["sensitivity"],
        "COMPOSITE_GRID": county["composite"],
        "OUTPUT": os.path.join(out, "zones_raw.gpkg"),
        "OUTPUT_RASTER": os.path.join(out, "zones_raw.tif"),
        "OUTPUT_SUMMARY": os.path.join(out, "summary.csv"),
    }


def read_zones(path):
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    out = []
    for f in lyr:
        out.append((f.GetField("zone_type"), f.GetField("subtype"), f.GetField("rule"),
                    f.GetGeometryRef().Clone()))
    return out


def by(zones, key):
    acc = {}
    for z in zones:
        k = key(z)
        acc[k] = acc.get(k, 0.0) + z[3].GetArea()
    return {k: round(v / 1e6, 6) for k, v in acc.items()}


def check_partition(zones, region_area):
    """Covers the region, no overlaps, total area within 0.01 %."""
    geoms = [z[3] for z in zones]
    assert all(g.IsValid() for g in geoms)
    total = sum(g.GetArea() for g in geoms)
    assert abs(total - region_area) / region_area < 1e-4
    coll = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for i in range(g.GetGeometryCount()):
            coll.AddGeometry(g.GetGeometryRef(i))
    union = coll.UnionCascaded()
    region = ogr.Geometry(ogr.wkbPolygon)
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in REGION + REGION[:1]:
        ring.AddPoint_2D(float(x), float(y))
    region.AddGeometry(ring)
    # no gap: the union equals the region; no overlap: the union's area is the sum
    assert region.SymDifference(union).GetArea() < 1e-4 * region_area
    assert abs(union.GetArea() - total) < 1e-6 * region_area


def test_zoning_hand_made_county(run_alg, county, tmp_path):
    res = run_alg("zoning", zoning_params(county, str(tmp_path)))
    zones = read_zones(res["OUTPUT"])
    region_area = shoelace(REGION)
    check_partition(zones, region_area)
    areas = by(zones, lambda z: (z[1], z[2]))
    # interior features on whole cells: exact areas, and the rule that fired
    assert areas[("I-1", 1)] == 1.0
    assert areas[("V-0", 3)] == 0.2
    assert areas[("IV-0", 4)] == 0.32
    assert areas[("VI-0", 8)] == 0.09
    assert areas[("IV-0", 9)] == 0.25
    assert areas[("NEIGHBOUR", 9)] == 0.04
    # the west (x < 502 000) minus the reserve is II-1, the rest cropland III-1
    west = shoelace([(500030, 3200020), (502000, 3200020 - 10 * (1970 / 4040)),
                     (502000, 3203060 - 20 * (1990 / 4040)), (500010, 3203060)])
    assert areas[("II-1", 5)] == pytest.approx(west / 1e6 - 1.0, abs=0.02)
    assert areas[("III-1", 7)] == pytest.approx(
        region_area / 1e6 - west / 1e6 - 0.2 - 0.32 - 0.09 - 0.25 - 0.04, abs=0.02)
    assert set(areas) == {("I-1", 1), ("V-0", 3), ("IV-0", 4), ("VI-0", 8), ("IV-0", 9),
                          ("NEIGHBOUR", 9), ("II-1", 5), ("III-1", 7)}
    # the raster: codes, nodata outside the region
    ds = gdal.Open(res["OUTPUT_RASTER"])
    arr = ds.GetRasterBand(1).ReadAsArray()
    assert ds.GetGeoTransform()[1] == 100.0
    assert set(np.unique(arr).tolist()) == {0, 11, 21, 31, 40, 50, 60, 99}
    assert (arr == 11).sum() == 100 and (arr == 99).sum() == 4
    # summary table
    with open(res["OUTPUT_SUMMARY"], encoding="utf-8") as fh:
        rows = {r["subtype"]: r for r in csv.DictReader(fh)}
    assert float(rows["IV-0"]["area_km2"]) == pytest.approx(0.57)
    assert rows["I-1"]["name"] == "自然保护区"
    assert sum(float(r["share_pct"]) for r in rows.values()) == pytest.approx(100.0, abs=0.01)


def test_mergezones_hand_made_county(run_alg, county, tmp_path):
    raw = run_alg("zoning", zoning_params(county, str(tmp_path)))
    res = run_alg("mergezones", {
        "INPUT": raw["OUTPUT"], "REGION": county["region"], "MIN_AREA": 0.1, "CELL_SIZE": 100,
        "GENERALIZE": 0,  # the merge itself, on cell edges (generalised below)
        "OUTPUT": str(tmp_path / "merged.gpkg"), "OUTPUT_AUDIT": str(tmp_path / "audit.csv")})
    zones = read_zones(res["OUTPUT"])
    check_partition(zones, shoelace(REGION))
    raw_areas = by(read_zones(raw["OUTPUT"]), lambda z: z[1])
    areas = by(zones, lambda z: z[1])
    # VI-0 (0.09 km² < 0.1) and the NEIGHBOUR patch (0.04) joined the cropland around them
    assert "VI-0" not in areas and "NEIGHBOUR" not in areas
    assert areas["III-1"] == pytest.approx(raw_areas["III-1"] + 0.09 + 0.04, abs=1e-5)
    for s in ("I-1", "II-1", "IV-0", "V-0"):
        assert areas[s] == pytest.approx(raw_areas[s], abs=1e-5)
    # one polygon per connected patch: III-1 is one piece, IV-0 two (urban, a_class)
    assert sorted(z[1] for z in zones) == ["I-1", "II-1", "III-1", "IV-0", "IV-0", "V-0"]
    with open(res["OUTPUT_AUDIT"], encoding="utf-8") as fh:
        audit = list(csv.DictReader(fh))
    got = sorted((a["from_subtype"], a["to_subtype"], float(a["area_km2"]), float(a["border_m"]))
                 for a in audit)
    # NEIGHBOUR (2 × 2 cells at x 502 000) borders II-1 along its west side (200 m) and
    # III-1 along the other three (600 m); VI-0 (3 × 3) is all cropland around: 1 200 m
    assert got == [("NEIGHBOUR", "III-1", 0.04, 600.0), ("VI-0", "III-1", 0.09, 1200.0)]
    # the NEIGHBOUR patch's first cell: x 502 000–502 100, y 3 201 600–3 201 700
    nb = [a for a in audit if a["from_subtype"] == "NEIGHBOUR"][0]
    assert (float(nb["x"]), float(nb["y"])) == (502050.0, 3201650.0)
    # default generalisation (1.5 × cell), fixed per arc: the partition holds, the reserve
    # (type I, no PROTECTED: its own boundary) and the planning polygons given as PLANNING
    # (V-0 rule 3, IV-0 rule 4: their edges are input lines) keep their areas; the rule-9
    # block moves a little (its corners are cut), no more than the tolerance band
    gen = run_alg("mergezones", {
        "INPUT": raw["OUTPUT"], "REGION": county["region"], "MIN_AREA": 0.1, "CELL_SIZE": 100,
        "PLANNING": county["planning"], "PLANNING_ROLE_FIELD": "role",
        "OUTPUT": str(tmp_path / "gen.gpkg"), "OUTPUT_AUDIT": str(tmp_path / "gen.csv")})
    gzones = read_zones(gen["OUTPUT"])
    check_partition(gzones, shoelace(REGION))
    assert len(gzones) == len(zones)
    g_areas = by(gzones, lambda z: (z[1], z[2]))
    m_areas = by(zones, lambda z: (z[1], z[2]))
    for key in (("I-1", 1), ("V-0", 3), ("IV-0", 4)):
        assert g_areas[key] == pytest.approx(m_areas[key], abs=1e-6)
    assert 0 < m_areas[("IV-0", 9)] - g_areas[("IV-0", 9)] < 0.15 * m_areas[("IV-0", 9)]
    # without PLANNING nothing marks the planning outlines as input lines: they are
    # generalised like the evaluation's (fixedness per arc, not per zone)
    free = run_alg("mergezones", {
        "INPUT": raw["OUTPUT"], "REGION": county["region"], "MIN_AREA": 0.1, "CELL_SIZE": 100,
        "OUTPUT": str(tmp_path / "free.gpkg"), "OUTPUT_AUDIT": str(tmp_path / "free.csv")})
    f_areas = by(read_zones(free["OUTPUT"]), lambda z: (z[1], z[2]))
    assert f_areas[("I-1", 1)] == pytest.approx(m_areas[("I-1", 1)], abs=1e-6)
    assert f_areas[("V-0", 3)] != pytest.approx(m_areas[("V-0", 3)], abs=1e-6)


def test_zoning_bad_rule_and_bad_role(run_alg, county, tmp_path):
    from qgis.core import QgsProcessingException

    rules = tmp_path / "rules.csv"
    rules.write_text("rule,condition,zone_type,subtype\n1,imp >= 4,II,II-4\n"
                     "2,__import__('os').system('x'),II,II-4\n", encoding="utf-8")
    params = zoning_params(county, str(tmp_path))
    params["RULES"] = str(rules)
    with pytest.raises(QgsProcessingException, match=r"Rule 2 \(row 2\), character 1"):
        run_alg("zoning", params)
    assert not os.path.exists(params["OUTPUT"]) and not os.path.exists(params["OUTPUT_RASTER"])
    bad = write_layer(str(tmp_path / "bad.gpkg"), [(rect(500200, 3201900, 501200, 3202900),
                                                    {"role": "zoo"})], [("role", ogr.OFTString)])
    params = zoning_params(county, str(tmp_path))
    params["PROTECTED"] = bad
    with pytest.raises(QgsProcessingException, match="field 'role': value 'zoo'"):
        run_alg("zoning", params)
    assert not os.path.exists(params["OUTPUT"])


def test_mergezones_raster_input_with_qgis_process(qgis_process, county, tmp_path):
    """End to end through qgis_process: zoning → mergezones fed with the zone raster."""
    out = str(tmp_path)
    p = zoning_params(county, out)
    args = ["run", "envzoning:zoning", "--"] + ["%s=%s" % (k, v) for k, v in p.items()]
    qgis_process(*args)
    merged = os.path.join(out, "merged_r.gpkg")
    qgis_process("run", "envzoning:mergezones", "--", "INPUT=%s" % p["OUTPUT_RASTER"],
                 "REGION=%s" % county["region"], "MIN_AREA=0.1",
                 "OUTPUT=%s" % merged, "OUTPUT_AUDIT=%s" % os.path.join(out, "a.csv"))
    zones = read_zones(merged)
    check_partition(zones, shoelace(REGION))
    assert sorted(z[1] for z in zones) == ["I-1", "II-1", "III-1", "IV-0", "IV-0", "V-0"]
    # from a raster the rule is not known: 0
    assert {z[2] for z in zones} == {0}


def test_zoning_reads_a_renamed_a_class_field(run_alg, county, tmp_path):
    """A_CLASS_FIELD: the composite grid's class field under another name gives the same
    zones; without the parameter the missing default field is an error naming it."""
    renamed = write_layer(str(tmp_path / "composite_renamed.gpkg"), [
        (rect(503300, 3200300, 503800, 3200800), {"A_CLS": 5}),
        (rect(502000, 3201500, 502200, 3201700), {"A_CLS": 2})],
        [("A_CLS", ogr.OFTInteger)])
    params = zoning_params(county, str(tmp_path))
    params.update({"COMPOSITE_GRID": renamed, "A_CLASS_FIELD": "A_CLS"})
    zones = read_zones(run_alg("zoning", params)["OUTPUT"])
    areas = by(zones, lambda z: (z[1], z[2]))
    assert areas[("IV-0", 9)] == 0.25 and areas[("NEIGHBOUR", 9)] == 0.04
    params.pop("A_CLASS_FIELD")
    params["OUTPUT"] = str(tmp_path / "zones2.gpkg")
    with pytest.raises(Exception, match="a_class"):
        run_alg("zoning", params)
    assert not os.path.exists(params["OUTPUT"])


def test_mergezones_refuses_codes_of_no_subtype(run_alg, county, tmp_path):
    """The valid codes are those of the one vocabulary (core/tables/zone_codes.csv): II-5
    (25) and I-7 (17) are no subtypes — refused, naming them, nothing written. (The old
    hand-written list accepted every code from 10 to 69.)"""
    from qgis.core import QgsProcessingException

    arr = np.full((31, 41), 21, dtype=np.uint8)
    arr[10:13, 5:8] = 25
    arr[20:22, 30:32] = 17
    arr[3:6, 20:24] = 60
    src = write_raster(str(tmp_path / "codes.tif"), arr)
    out = str(tmp_path / "merged.gpkg")
    with pytest.raises(QgsProcessingException, match=r"not subtype codes: 17, 25 "):
        run_alg("mergezones", {"INPUT": src, "REGION": county["region"], "MIN_AREA": 0.1,
                               "OUTPUT": out, "OUTPUT_AUDIT": str(tmp_path / "a.csv")})
    assert not os.path.exists(out)
    arr[arr == 25] = 24
    arr[arr == 17] = 16
    write_raster(src, arr)
    zones = read_zones(run_alg("mergezones", {"INPUT": src, "REGION": county["region"],
                                              "MIN_AREA": 0.01, "MIN_AREA_EVALUATED": 0,
                                              "GENERALIZE": 0, "OUTPUT": out,
                                              "OUTPUT_AUDIT": str(tmp_path / "a.csv")})["OUTPUT"])
    assert sorted({z[1] for z in zones}) == ["I-6", "II-1", "II-4", "VI-0"]
