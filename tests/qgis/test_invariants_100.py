"""Partition invariants (issue 8 item 4): on a generated county of 100 townships and on the
demo outputs, ``checkzoning`` reports no gap and no overlap for zones that tile the region,
and ``controlunits`` gives units that cover the region, do not overlap and keep its area
within 0.01 %.

The county (EPSG:4549): a 10 × 10 grid of 1 km cells whose vertices are moved at random
(fixed seed) by up to ±300 m, boundary vertices included — 100 quadrilateral townships that
tile an irregular region (their union). Zones: a 7 × 7 perturbed grid over the same area cut
by the region, with zone types drawn at random; element sources: a red line, an industrial
park and an urban area crossing township borders."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

X0, Y0 = 510000.0, 3210000.0
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "demo_output")
SAMPLE = os.path.join(ROOT, "sample_data", "xianju.gpkg")
TYPES = [("I", "I-1"), ("II", "II-1"), ("II", "II-2"), ("III", "III-1"), ("IV", "IV-0"),
         ("V", "V-0"), ("VI", "VI-0")]


def _srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(4549)
    return s


def perturbed_grid(n, cell, jitter, rng, x0=X0, y0=Y0):
    """Vertices (n+1)² of an n × n grid moved by up to ±jitter (all of them)."""
    gx, gy = np.meshgrid(np.arange(n + 1) * cell, np.arange(n + 1) * cell, indexing="ij")
    gx = gx + rng.uniform(-jitter, jitter, gx.shape) + x0
    gy = gy + rng.uniform(-jitter, jitter, gy.shape) + y0
    return gx, gy


def quad(gx, gy, i, j):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for a, b in ((i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1), (i, j)):
        ring.AddPoint_2D(float(gx[a, b]), float(gy[a, b]))
    g = ogr.Geometry(ogr.wkbPolygon)
    g.AddGeometry(ring)
    return g


def rect(x0, y0, x1, y1):
    return ogr.CreateGeometryFromWkt("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0))


def write(path, name, fields, rows):
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.Open(path, 1) if os.path.exists(path) else drv.CreateDataSource(path)
    lyr = ds.CreateLayer(name, _srs(), ogr.wkbMultiPolygon)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    for g, vals in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.ForceToMultiPolygon(g))
        for i, v in enumerate(vals):
            f.SetField(i, v)
        lyr.CreateFeature(f)
    ds = None
    return "%s|layername=%s" % (path, name)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    d = tmp_path_factory.mktemp("county100")
    path = str(d / "county.gpkg")
    rng = np.random.default_rng(20240808)
    gx, gy = perturbed_grid(10, 1000.0, 300.0, rng)
    towns = []
    for i in range(10):
        for j in range(10):
            k = i * 10 + j
            towns.append((quad(gx, gy, i, j), ["第%d乡" % (k + 1), "331024%03d" % (k + 1)]))
    coll = ogr.Geometry(ogr.wkbMultiPolygon)
    for g, _ in towns:
        assert g.IsValid()
        coll.AddGeometry(g)
    region = coll.UnionCascaded()
    S = ogr.OFTString
    p = {"dir": d, "region_geom": region}
    p["towns"] = write(path, "townships", [("name", S), ("code", S)], towns)
    p["region"] = write(path, "region", [("name", S)], [(region, ["百乡县"])])
    # zones: a coarser perturbed grid over a larger square, cut by the region
    zx, zy = perturbed_grid(7, 1700.0, 400.0, rng, X0 - 900.0, Y0 - 900.0)
    zones = []
    for i in range(7):
        for j in range(7):
            g = quad(zx, zy, i, j).Intersection(region)
            if g is None or g.IsEmpty() or g.GetArea() < 1.0:
                continue
            t, s = TYPES[int(rng.integers(len(TYPES)))]
            zones.append((g, [t, s, 1, "z%d_%d" % (i, j)]))
    p["zone_rows"] = zones
    zfields = [("zone_type", S), ("subtype", S), ("rule", ogr.OFTInteger), ("zid", S)]
    p["zones"] = write(path, "zones", zfields, zones)
    p["zones_gap"] = write(path, "zones_gap", zfields, zones[:5] + zones[6:])
    p["gap_km2"] = zones[5][0].GetArea() / 1e6
    # element sources crossing township borders
    p["protect"] = write(path, "protect", [("role", S)], [
        (rect(700, 6300, 3300, 8800), ["redline"]), (rect(7200, 7600, 9100, 9400), ["geopark"])])
    p["planning"] = write(path, "planning", [("name", S), ("role", S)], [
        (rect(5400, 1300, 7700, 3100), ["开发区", "industrial_existing"]),
        (rect(3600, 3900, 6100, 5800), ["县城", "urban"])])
    p["parks"] = write(path, "parks", [("name", S)], [(rect(5400, 1300, 7700, 3100), ["开发区"])])
    # land cover (100 m): forest in the west half, cropland east, water along a column
    n = 120
    lc = np.where(np.arange(n)[None, :] < 60, 2, 1).astype("uint8").repeat(n, 0)
    lc[:, 70:72] = 5
    tif = str(d / "landcover.tif")
    ds = gdal.GetDriverByName("GTiff").Create(tif, n, n, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0 - 1000.0, 100.0, 0.0, Y0 + 11000.0, 0.0, -100.0))
    ds.SetProjection(_srs().ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(lc)
    ds = None
    p["landcover"] = tif
    return p


def geometries(uri):
    path, _, rest = uri.partition("|layername=")
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(rest) if rest else ds.GetLayer(0)
    out = [f.GetGeometryRef().Clone() for f in lyr if f.GetGeometryRef() is not None]
    ds = None
    return out


def region_of(uri):
    geoms = geometries(uri)
    coll = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for part in ogr.ForceToMultiPolygon(g):
            coll.AddGeometry(part)
    return coll.UnionCascaded()


def check_partition(geoms, region, what):
    """Full coverage, no overlaps, area conserved within 0.01 %."""
    area = region.GetArea()
    assert geoms, what
    assert all(g.IsValid() for g in geoms), "%s: invalid geometries" % what
    total = sum(g.GetArea() for g in geoms)
    assert abs(total - area) / area < 1e-4, "%s: area %.1f m², region %.1f m²" % (
        what, total, area)
    coll = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for part in ogr.ForceToMultiPolygon(g):
            coll.AddGeometry(part)
    union = coll.UnionCascaded()
    assert region.SymDifference(union).GetArea() < 1e-4 * area, "%s: gaps" % what
    env = [g.GetEnvelope() for g in geoms]
    overlap = 0.0
    for i in range(len(geoms)):
        a = env[i]
        for j in range(i + 1, len(geoms)):
            b = env[j]
            if a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2]:
                continue
            inter = geoms[i].Intersection(geoms[j])
            if inter is not None and not inter.IsEmpty():
                overlap += inter.GetArea()
    assert overlap < 1e-6 * area, "%s: overlaps of %.3f m²" % (what, overlap)


def checks(path):
    ds = ogr.Open(path)
    rows = {f.GetField("check"): {k: f.GetField(k) for k in f.keys()} for f in ds.GetLayer(0)}
    ds = None
    return rows


# -- the generated county ------------------------------------------------------------------

def test_generated_county_is_a_partition(county):
    assert len(geometries(county["towns"])) == 100
    check_partition(geometries(county["towns"]), county["region_geom"], "townships")
    check_partition([g for g, _ in county["zone_rows"]], county["region_geom"], "zones")


def test_checkzoning_100_townships(run_alg, county):
    region_km2 = county["region_geom"].GetArea() / 1e6
    res = run_alg("checkzoning", {"INPUT": county["zones"], "LANDCOVER": county["landcover"],
                                  "REGION": county["region"], "REGION_KIND": 3,
                                  "OUTPUT": str(county["dir"] / "checks.gpkg")})
    rows = checks(res["OUTPUT"])
    assert rows["gaps"]["result"] == "pass", rows["gaps"]
    assert float(rows["gaps"]["figure"]) < 1e-4 * region_km2
    assert rows["overlaps"]["result"] == "pass", rows["overlaps"]
    assert float(rows["overlaps"]["figure"]) < 1e-6 * region_km2
    assert rows["invalid"]["result"] == "pass"
    # the type areas add up to the region (area conserved within 0.01 %)
    total = sum(float(r["figure"]) for k, r in rows.items() if k.startswith("area_"))
    assert total == pytest.approx(region_km2, rel=1e-4)
    # and a zone taken out is found as a gap of its area
    res = run_alg("checkzoning", {"INPUT": county["zones_gap"],
                                  "LANDCOVER": county["landcover"],
                                  "REGION": county["region"], "REGION_KIND": 3,
                                  "OUTPUT": str(county["dir"] / "checks_gap.gpkg")})
    rows = checks(res["OUTPUT"])
    assert rows["gaps"]["result"] == "fail"
    assert float(rows["gaps"]["figure"]) == pytest.approx(county["gap_km2"], rel=1e-3)


def test_controlunits_100_townships(run_alg, county):
    d = county["dir"]
    ez = run_alg("elementzones", {"INPUTS": [county["protect"], county["planning"]],
                                  "REGION": county["region"],
                                  "OUTPUT": str(d / "element_zones.gpkg")})["OUTPUT"]
    # each element (ecology, air, water …) tiles the region on its own
    ds = ogr.Open(ez)
    by_element = {}
    for f in ds.GetLayer(0):
        by_element.setdefault(f.GetField("element"), []).append(f.GetGeometryRef().Clone())
    ds = None
    assert "ecology" in by_element, sorted(by_element)
    for element, geoms in by_element.items():
        check_partition(geoms, county["region_geom"], "element zones of %s" % element)
    res = run_alg("controlunits", {"ELEMENT_ZONES": ez, "TOWNSHIPS": county["towns"],
                                   "TOWNSHIP_FIELD": "name", "PARKS": county["parks"],
                                   "PARK_FIELD": "name", "ADMIN_CODE": "331024",
                                   "MIN_AREA": 0.5, "OUTPUT": str(d / "units.gpkg")})
    units = geometries(res["OUTPUT"])
    assert len(units) >= 100            # at least one unit per township
    check_partition(units, county["region_geom"], "control units")


# -- the demo outputs ------------------------------------------------------------------------

def _demo(name):
    path = os.path.join(DEMO, name)
    if not os.path.exists(path):
        pytest.skip("%s not there: run `make demo` first" % os.path.relpath(path, ROOT))
    return path


def test_demo_zones_checkzoning(run_alg, tmp_path):
    zones = _demo("zones.gpkg")
    region_uri = SAMPLE + "|layername=region"
    region = region_of(region_uri)
    check_partition(geometries(zones), region, "demo zones")
    res = run_alg("checkzoning", {"INPUT": zones,
                                  "LANDCOVER": os.path.join(ROOT, "sample_data", "landcover.tif"),
                                  "REGION": region_uri, "ADMIN_CODE": "331024",
                                  "OUTPUT": str(tmp_path / "checks.gpkg")})
    rows = checks(res["OUTPUT"])
    area_km2 = region.GetArea() / 1e6
    assert rows["gaps"]["result"] == "pass" and float(rows["gaps"]["figure"]) < 1e-4 * area_km2
    assert rows["overlaps"]["result"] == "pass"
    total = sum(float(r["figure"]) for k, r in rows.items() if k.startswith("area_"))
    assert total == pytest.approx(area_km2, rel=1e-4)


def test_demo_control_units_partition():
    units = _demo("control_units.gpkg")
    check_partition(geometries(units), region_of(SAMPLE + "|layername=region"),
                    "demo control units")
