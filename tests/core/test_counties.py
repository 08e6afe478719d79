"""The generated test counties (tests/counties.py) are valid inputs: valid geometries,
townships and catchments that tile the region exactly, smooth (not cell-edge) borders, the
CRS asked for, GBK shapefiles without .cpg, every field the workflow reads."""

import os

import counties
import numpy as np
import pytest
from osgeo import gdal, ogr


@pytest.fixture(scope="module", params=[("plain", 20), ("coastal", 20), ("reservoir", 20),
                                        ("plain", 100)], ids=lambda p: "%s-%d" % p)
def county(request, tmp_path_factory):
    kind, n = request.param
    return counties.make_county(tmp_path_factory.mktemp("c_%s_%d" % (kind, n)), kind=kind,
                                townships=n)


def test_geometries_valid_and_inside(county):
    region = county.region
    for layer, (gtype, fields) in counties.LAYERS.items():
        if layer not in county.uris:
            assert layer == "coastline" and county.kind != "coastal"
            continue
        geoms = county.geometries(layer)
        assert geoms, layer
        for g in geoms:
            assert g.IsValid(), layer
            assert not g.IsEmpty(), layer
            if layer not in ("air_stations",):   # stations outside the county are allowed
                assert region.Buffer(1.0).Contains(g), layer


def test_townships_and_catchments_tile_the_region(county):
    region = county.region
    area = region.GetArea()
    towns = county.geometries("townships")
    assert len(towns) == county.n_townships
    for layer in ("townships", "catchments"):
        geoms = county.geometries(layer)
        gap, overlap, diff = counties.partition_errors(geoms, region)
        assert gap < 1e-9 * area, (layer, gap)
        assert overlap < 1e-9 * area, (layer, overlap)
        assert diff < 1e-9 * area, (layer, diff)
        # one part each: a township is not scattered
        assert all(ogr.ForceToMultiPolygon(g).GetGeometryCount() == 1 for g in geoms), layer


def test_shapes_are_smooth_not_staircases(county):
    for layer in ("region", "townships", "catchments", "planning", "protected_areas",
                  "water_sources", "waterbodies"):
        share = counties.axis_parallel_share(county.geometries(layer))
        assert share < 0.01, (layer, share)
    # the staircase measure does see a staircase
    stair = ogr.CreateGeometryFromWkt("POLYGON((0 0,100 0,100 100,200 100,200 200,0 200,0 0))")
    assert counties.axis_parallel_share([stair]) == 1.0


def test_fields_and_values(county):
    ds = ogr.Open(county.paths["townships"])
    lyr = ds.GetLayerByName("townships")
    names, codes, pop = [], [], 0
    for f in lyr:
        names.append(f["name"])
        codes.append(f["code"])
        pop += f["population"]
        assert f["gdp"] > 0 and f["species"] > 0 and f["priority_eco"] in (0, 1)
    assert len(set(names)) == len(names) and len(set(codes)) == len(codes)
    assert all(len(c) == 9 and c.startswith(county.adcode) for c in codes)
    assert pop > 0
    roles = {f["role"] for f in ds.GetLayerByName("protected_areas")}
    assert {"nature_reserve", "redline", "water_source_protection"} <= roles
    plan = {f["role"] for f in ds.GetLayerByName("planning")}
    assert {"urban", "industrial_existing", "industrial_planned", "farmland"} <= plan
    assert {f["target"] for f in ds.GetLayerByName("rivers")} <= {"I", "II", "III", "IV", "V"}
    assert {f["water_class"] for f in ds.GetLayerByName("catchments")} <= {1, 2, 3}
    assert {f["type"] for f in ds.GetLayerByName("water_sources")} <= {
        "城市水源地", "农灌取水区", "洪水调蓄"}
    lake = next(iter(ds.GetLayerByName("waterbodies")))
    assert lake["limax"] > lake["limin"]
    share = lake.GetGeometryRef().GetArea() / county.region.GetArea()
    if county.kind == "reservoir":
        assert share > 0.04          # a large reservoir
    else:
        assert share < 0.01
    if county.kind == "coastal":
        coast = county.geometries("coastline")
        for f in ds.GetLayerByName("coastline"):
            assert f["a"] > 0 and f["theta"] > 0 and f["dyked"] in (0, 1)
        # the shore line lies on the region's outline
        edge = county.region.Boundary()
        assert all(edge.Buffer(0.01).Contains(c) for c in coast)
    ds = None


def test_rasters_small_aligned_and_masked(county):
    shapes = set()
    for name in ("dem", "landcover", "soil_texture", "erosivity"):
        ds = gdal.Open(county.raster(name))
        shapes.add((ds.RasterXSize, ds.RasterYSize, ds.GetGeoTransform()))
        assert ds.RasterXSize * ds.RasterYSize < 300 * 300
        b = ds.GetRasterBand(1)
        a = b.ReadAsArray()
        valid = a != b.GetNoDataValue()
        assert 0.4 < valid.mean() < 0.95, name     # nodata outside the county
        ds = None
    assert len(shapes) == 1
    lc = gdal.Open(county.raster("landcover")).ReadAsArray()
    assert {1, 2, 5, 8} <= set(np.unique(lc).tolist())
    tex = gdal.Open(county.raster("soil_texture")).ReadAsArray()
    assert set(np.unique(tex[tex > 0]).tolist()) <= set(range(1, 13))


@pytest.mark.parametrize("crs,code", [("EPSG:4490", "4490"), ("EPSG:4326", "4326")])
def test_geographic_crs(tmp_path, crs, code):
    c = counties.make_county(tmp_path, kind="coastal", townships=12, crs=crs)
    ds = ogr.Open(c.paths["townships"])
    for i in range(ds.GetLayerCount()):
        srs = ds.GetLayer(i).GetSpatialRef()
        assert srs.GetAuthorityCode(None) == code
    env = ds.GetLayerByName("townships").GetExtent()
    assert 119.5 < env[0] < env[1] < 120.5 and 28.5 < env[2] < env[3] < 29.2   # lon, lat order
    geoms = c.geometries("townships")
    gap, overlap, diff = counties.partition_errors(geoms, c.region)
    assert gap < 1e-9 * c.region.GetArea() and overlap < 1e-9 * c.region.GetArea()
    r = gdal.Open(c.raster("dem"))
    assert code in r.GetProjection()
    ds = None


def test_gbk_shapefiles_without_cpg_and_other_field_names(tmp_path):
    c = counties.make_county(tmp_path, townships=12, fmt="shp_gbk", names="alt")
    shp = c.paths["townships"]
    base = shp[:-4]
    assert not os.path.exists(base + ".cpg")
    with open(base + ".dbf", "rb") as fh:
        raw = fh.read()
    assert raw[29] == 0                           # no language-driver id either
    assert "名称".encode("gbk") in raw            # field name, GBK
    assert "镇".encode("gbk") in raw or "乡".encode("gbk") in raw
    with pytest.raises(UnicodeDecodeError):
        raw[32:].decode("utf-8")
    assert c.field("townships", "population") == "人口"
    from envzoning.core import encoding
    found = encoding.detect(shp)
    assert "gb" in str(found).lower() or "936" in str(found), found


def test_deterministic(tmp_path):
    a = counties.make_county(tmp_path / "a", townships=12, seed=7, size_km=12.0)
    b = counties.make_county(tmp_path / "b", townships=12, seed=7, size_km=12.0)
    for layer in ("townships", "planning", "rivers", "villages"):
        wa = [g.ExportToWkb() for g in a.geometries(layer)]
        wb = [g.ExportToWkb() for g in b.geometries(layer)]
        assert wa == wb, layer
    c = counties.make_county(tmp_path / "c", townships=12, seed=8, size_km=12.0)
    assert [g.ExportToWkb() for g in c.geometries("townships")] != \
        [g.ExportToWkb() for g in a.geometries("townships")]


def test_smooth_partition_of_a_staircase_tiling():
    """Three cell-edge blocks tiling a 3 × 2 km rectangle (the middle one a staircase) become
    smooth shapes that still tile it exactly, with no edge along an axis inside."""
    def poly(pts):
        return counties.ring_polygon(pts)

    region = poly([(0, 0), (3000, 0), (3000, 2000), (0, 2000)])
    stair = [(1000, 0), (2000, 0), (2000, 500), (2100, 500), (2100, 1000), (2200, 1000),
             (2200, 2000), (1000, 2000), (1000, 1500), (900, 1500), (900, 1000), (1000, 1000)]
    mid = poly(stair)
    west = region.Intersection(poly([(0, 0), (1000, 0), (1000, 2000), (0, 2000)])).Difference(mid)
    east = region.Difference(mid).Difference(west)
    geoms = [west, mid, east]
    gap, overlap, diff = counties.partition_errors(geoms, region)
    assert gap < 1e-6 and overlap < 1e-6
    warp = counties.Warp(np.random.default_rng(1), 800.0, strength=0.3)
    out = counties.smooth_partition(geoms, region, warp, tol=120.0)
    gap, overlap, diff = counties.partition_errors(out, region)
    area = region.GetArea()
    assert gap < 1e-9 * area and overlap < 1e-9 * area and diff < 1e-9 * area
    # inner borders: the outline (on the axes) excluded
    inner = counties.multi(out).UnionCascaded()
    assert abs(inner.GetArea() - area) < 1e-6 * area
    share_before = counties.axis_parallel_share([mid])
    border = out[1].Boundary().Difference(region.Boundary().Buffer(0.01))
    share_after = counties.axis_parallel_share(counties.lines_of(border))
    assert share_before == 1.0 and share_after < 0.05, share_after
