"""The block-wise raster engine (core/raster.py): nodata carried, rasters larger than one
block, inputs on other grids and CRSs, halo rows at block edges, nothing left behind on
error or cancel, unknown class values named (SPEC sections 2, 7, 8)."""

import math
import os

import numpy as np
import pytest
from osgeo import osr

from envzoning.core import raster as R
from envzoning.core import sensitivity as S
from envzoning.core import tables as T
from envzoning.core.errors import Canceled, EnvZoningError
from envzoning.core.window import moving_range


def wkt(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def erosivity_grades(arr, valid):
    return T.Breaks(T.load("erosivity_breaks"), "grade").classify(
        np.where(valid, arr, np.nan), 0, "uint8")


def test_nodata_is_carried_through(tmp_path, make_grid):
    grid = make_grid(4, 3)
    r = np.array([[10, 50, -9999, 700], [25, 100, 400, 600], [-9999, 0, 601, 99]], "float32")
    src = R.write_array(str(tmp_path / "r.tif"), r, grid, nodata=-9999)
    seen = {}

    def fn(b):
        seen["valid"] = b.valid["r"].copy()
        return {"g": erosivity_grades(b.data["r"], b.valid["r"])}

    out = R.block_map(fn, grid, {"r": {"path": src}},
                      {"g": {"path": str(tmp_path / "g.tif"), "dtype": "uint8", "nodata": 0}})
    got, nodata = R.read_array(out["g"])
    assert nodata == 0
    assert got.tolist() == [[1, 3, 0, 9], [1, 3, 5, 7], [0, 1, 9, 3]]
    assert seen["valid"].tolist() == [[True, True, False, True], [True] * 4,
                                      [False, True, True, True]]


def test_nan_nodata_and_missing_nodata(tmp_path, make_grid):
    grid = make_grid(3, 1)
    f = R.write_array(str(tmp_path / "f.tif"), np.array([[1.0, np.nan, 3.0]], "float32"), grid)
    i = R.write_array(str(tmp_path / "i.tif"), np.array([[0, 1, 2]], "uint8"), grid)

    def fn(b):
        assert b.valid["f"].tolist() == [[True, False, True]]
        assert b.valid["i"].tolist() == [[True, True, True]]  # no nodata set: 0 is data
        return {}

    R.block_map(fn, grid, {"f": {"path": f}, "i": {"path": i}}, {})


def test_larger_than_one_block_equals_whole_array(tmp_path, make_grid, rng):
    grid = make_grid(700, 600, cell=30.0)
    r = rng.uniform(0, 900, (600, 700)).astype("float32")
    r[rng.random(r.shape) < 0.05] = -9999
    src = R.write_array(str(tmp_path / "big.tif"), r, grid, nodata=-9999)
    strips = []

    def fn(b):
        strips.append((b.row0, b.rows, b.data["r"].shape))
        return {"g": erosivity_grades(b.data["r"], b.valid["r"])}

    out = R.block_map(fn, grid, {"r": {"path": src}},
                      {"g": {"path": str(tmp_path / "g.tif"), "dtype": "uint8", "nodata": 0}},
                      block_rows=256)
    assert strips == [(0, 256, (256, 700)), (256, 256, (256, 700)), (512, 88, (88, 700))]
    got, _ = R.read_array(out["g"])
    whole = erosivity_grades(r, r != -9999)
    assert got.shape == (600, 700)
    assert np.array_equal(got, whole)
    assert (got == 0).sum() == (r == -9999).sum()


def test_progress_reports_every_block(tmp_path, make_grid):
    grid = make_grid(5, 10)
    src = R.write_array(str(tmp_path / "a.tif"), np.ones((10, 5), "uint8"), grid)
    fractions = []
    R.block_map(lambda b: {}, grid, {"a": {"path": src}}, {}, block_rows=4,
                progress=fractions.append)
    # three blocks, three reports each: read, computed, written
    assert fractions == pytest.approx([k / 9 for k in range(1, 10)])


def test_coarser_grid_same_crs_nearest(tmp_path, make_grid):
    # a 200 m raster read on a 100 m grid: each 100 m cell takes its parent's value
    coarse = make_grid(3, 2, cell=200.0)
    vals = np.array([[1, 2, 3], [4, 5, 6]], "uint8")
    src = R.write_array(str(tmp_path / "c.tif"), vals, coarse, nodata=0)
    fine = make_grid(6, 4, cell=100.0)

    def fn(b):
        return {"o": b.data["c"]}

    out = R.block_map(fn, fine, {"c": {"path": src}},
                      {"o": {"path": str(tmp_path / "o.tif"), "dtype": "uint8", "nodata": 0}})
    got, _ = R.read_array(out["o"])
    assert got.tolist() == [[1, 1, 2, 2, 3, 3], [1, 1, 2, 2, 3, 3],
                            [4, 4, 5, 5, 6, 6], [4, 4, 5, 5, 6, 6]]


def test_geographic_input_warped_onto_projected_grid(tmp_path, rng):
    """A raster in EPSG:4326 onto an EPSG:4549 (CGCS2000 / GK CM 120E) grid, nearest: every
    grid cell takes the value of the source pixel its centre falls in."""
    res = 0.01
    lon0, lat1 = 120.50, 28.90
    src_vals = rng.integers(1, 200, (20, 30)).astype("uint8")
    src_grid = R.Grid(wkt(4326), (lon0, res, 0.0, lat1, 0.0, -res), 30, 20)
    src = R.write_array(str(tmp_path / "geo.tif"), src_vals, src_grid, nodata=0)
    # a projected grid well inside the source
    grid = R.Grid.from_extent(555000, 3183000, 570000, 3195000, 250.0, wkt(4549))
    out = R.block_map(lambda b: {"o": b.data["g"]}, grid, {"g": {"path": src}},
                      {"o": {"path": str(tmp_path / "o.tif"), "dtype": "uint8", "nodata": 0}},
                      block_rows=16)
    got, _ = R.read_array(out["o"])
    ct = osr.CoordinateTransformation(R.srs_from(wkt(4549)), R.srs_from(wkt(4326)))
    checked = 0
    for row in range(grid.ysize):
        y = grid.cell_center_y(row)
        for col, x in enumerate(grid.cell_centers_x()):
            lon, lat = ct.TransformPoint(float(x), float(y))[:2]
            fc, fr = (lon - lon0) / res, (lat1 - lat) / res
            # skip centres within 0.2 pixel of a source pixel edge (GDAL's approximate
            # transformer may land on either side there)
            if min(fc % 1, 1 - fc % 1, fr % 1, 1 - fr % 1) < 0.2:
                continue
            assert got[row, col] == src_vals[int(fr), int(fc)], (row, col)
            checked += 1
    assert checked > 0.3 * grid.xsize * grid.ysize


def test_no_crs_and_no_overlap_are_errors(tmp_path, make_grid):
    grid = make_grid(4, 4)
    nocrs = R.Grid("", (500000, 100, 0, 3200000, 0, -100), 4, 4)
    path = str(tmp_path / "nocrs.tif")
    R.write_array(path, np.ones((4, 4), "uint8"), nocrs)
    with pytest.raises(EnvZoningError, match="no CRS"):
        R.block_map(lambda b: {}, grid, {"a": {"path": path, "label": "dem_nocrs"}}, {})
    far = make_grid(4, 4, x0=900000.0)
    fpath = R.write_array(str(tmp_path / "far.tif"), np.ones((4, 4), "uint8"), far)
    with pytest.raises(EnvZoningError, match="'far_dem'.*does not overlap"):
        R.block_map(lambda b: {}, grid, {"a": {"path": fpath, "label": "far_dem"}}, {})


def _leftovers(folder):
    return sorted(os.listdir(folder))


def test_error_in_the_function_leaves_no_output(tmp_path, make_grid):
    grid = make_grid(5, 20)
    src = R.write_array(str(tmp_path / "in.tif"), np.ones((20, 5), "uint8"), grid)
    before = _leftovers(tmp_path)

    def fn(b):
        if b.row0 >= 8:
            raise EnvZoningError("boom at row %d" % b.row0)
        return {"o": b.data["a"], "p": b.data["a"]}

    outs = {"o": {"path": str(tmp_path / "o.tif")}, "p": {"path": str(tmp_path / "p.tif")}}
    with pytest.raises(EnvZoningError, match="boom at row 8"):
        R.block_map(fn, grid, {"a": {"path": src}}, outs, block_rows=4)
    assert _leftovers(tmp_path) == before


def test_cancel_leaves_no_output_and_keeps_an_older_file(tmp_path, make_grid):
    grid = make_grid(5, 20)
    src = R.write_array(str(tmp_path / "in.tif"), np.full((20, 5), 3, "uint8"), grid)
    old = R.write_array(str(tmp_path / "old.tif"), np.full((20, 5), 9, "uint8"), grid)
    before = _leftovers(tmp_path)
    calls = []

    def canceled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Canceled):
        R.block_map(lambda b: {"o": b.data["a"], "n": b.data["a"]}, grid,
                    {"a": {"path": src}},
                    {"o": {"path": old}, "n": {"path": str(tmp_path / "new.tif")}},
                    block_rows=4, is_canceled=canceled)
    assert _leftovers(tmp_path) == before
    assert R.read_array(old)[0].max() == 9


def test_unknown_class_value_is_named(tmp_path, make_grid):
    grid = make_grid(3, 2)
    soil = np.array([[1, 7, 13], [12, 0, 40]], "uint8")
    path = R.write_array(str(tmp_path / "soil.tif"), soil, grid, nodata=0)
    cm = T.CodeMap(T.load("soil_texture"))

    def fn(b):
        return {"k": cm.apply(b.data["s"], b.valid["s"], "soil_texture_raster")}

    out = str(tmp_path / "k.tif")
    with pytest.raises(EnvZoningError) as e:
        R.block_map(fn, grid, {"s": {"path": path}}, {"k": {"path": out}})
    msg = str(e.value)
    assert "soil_texture_raster" in msg and "13, 40" in msg and "soil_texture" in msg
    assert not os.path.exists(out)

    # unmapped → nodata, when the user chose it
    def fn2(b):
        return {"k": cm.apply(b.data["s"], b.valid["s"], "soil", unmapped_nodata=True)}

    R.block_map(fn2, grid, {"s": {"path": path}}, {"k": {"path": out, "nodata": 0}})
    assert R.read_array(out)[0].tolist() == [[1, 5, 0], [9, 0, 0]]


def test_grid_from_extent_snaps_outward(utm_wkt):
    g = R.Grid.from_extent(500010, 3199950, 500290, 3200170, 100, utm_wkt)
    assert (g.gt[0], g.gt[3], g.xsize, g.ysize) == (500000, 3200200, 3, 3)
    assert g.bounds == (500000, 3199900, 500300, 3200200)
    assert math.isclose(g.cell_area, 10000)


def test_second_band_of_a_raster_on_another_grid(tmp_path, make_grid):
    from osgeo import gdal

    coarse = make_grid(2, 1, cell=200.0)
    path = str(tmp_path / "two.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 2, 1, 2, gdal.GDT_Byte)
    ds.SetGeoTransform(coarse.gt)
    ds.SetProjection(coarse.crs_wkt)
    ds.GetRasterBand(1).WriteArray(np.array([[1, 2]], "uint8"))
    ds.GetRasterBand(2).WriteArray(np.array([[7, 8]], "uint8"))
    ds = None
    fine = make_grid(4, 2, cell=100.0)
    out = R.block_map(lambda b: {"o": b.data["x"]}, fine, {"x": {"path": path, "band": 2}},
                      {"o": {"path": str(tmp_path / "o.tif")}})
    assert R.read_array(out["o"])[0].tolist() == [[7, 7, 8, 8], [7, 7, 8, 8]]


# -- blocks bounded in both directions (tiles) -------------------------------------------

@pytest.mark.parametrize("block_rows,block_cols", [(7, 5), (16, 9), (50, 1000), (4, None),
                                                  (7, None), (16, None), (50, None)])
def test_tiles_with_halo_on_four_sides_give_the_whole_array_relief(
        tmp_path, make_grid, rng, block_rows, block_cols):
    w = 7
    h = w // 2
    grid = make_grid(41, 53, cell=30.0)
    dem = rng.uniform(0, 800, (53, 41)).astype("float32")
    dem[rng.random(dem.shape) < 0.03] = -9999
    src = R.write_array(str(tmp_path / "dem.tif"), dem, grid, nodata=-9999)
    seen = []

    def fn(b):
        arr = b.data["dem"]
        assert arr.shape == (b.rows + 2 * h, b.cols + 2 * h)
        assert b.data["plain"].shape == (b.rows, b.cols)
        seen.append((b.row0, b.col0, b.rows, b.cols))
        return {"rel": S.relief_block(arr, b.valid["dem"], w, b.halo["dem"])}

    out = R.block_map(fn, grid, {"dem": {"path": src, "halo": h}, "plain": {"path": src}},
                      {"rel": {"path": str(tmp_path / "rel.tif"), "dtype": "float32",
                               "nodata": float("nan")}},
                      block_rows=block_rows, block_cols=block_cols)
    # the blocks tile the grid exactly once
    cover = np.zeros((53, 41), int)
    for r0, c0, r, c in seen:
        assert c <= (block_cols or 41) and r <= block_rows
        cover[r0:r0 + r, c0:c0 + c] += 1
    assert (cover == 1).all()
    got, _ = R.read_array(out["rel"])
    valid = dem != -9999
    whole = moving_range(dem, valid, w)
    whole[~valid] = np.nan
    assert np.array_equal(np.isnan(got), np.isnan(whole))
    assert np.allclose(got[valid], whole[valid])


def test_default_blocks_are_capped_in_width(tmp_path, make_grid):
    grid = make_grid(R.BLOCK_COLS * 2 + 3, 2)
    src = R.write_array(str(tmp_path / "a.tif"), np.ones((2, grid.xsize), "uint8"), grid)
    widths = []
    R.block_map(lambda b: widths.append(b.data["a"].shape[1]) or {}, grid,
                {"a": {"path": src}}, {})
    assert widths == [R.BLOCK_COLS, R.BLOCK_COLS, 3]


def test_a_declared_size_beyond_the_limit_fails_before_anything_is_written(
        tmp_path, make_grid, monkeypatch):
    # a 1 kB VRT declaring 10^12 cells
    vrt = tmp_path / "huge.vrt"
    vrt.write_text(
        '<VRTDataset rasterXSize="1000000" rasterYSize="1000000"><SRS>EPSG:32650</SRS>'
        '<GeoTransform>500000, 1, 0, 3200000, 0, -1</GeoTransform>'
        '<VRTRasterBand dataType="Byte" band="1"/></VRTDataset>')
    with pytest.raises(EnvZoningError, match="'huge_dem' declares 1000000 × 1000000"):
        R.Grid.from_raster(str(vrt), "huge_dem")
    grid = make_grid(1000000, 1000000, cell=1.0)
    out = tmp_path / "out.tif"
    with pytest.raises(EnvZoningError, match="1000000 × 1000000.*cells"):
        R.block_map(lambda b: {"o": b.data["a"]}, grid, {"a": {"path": str(vrt)}},
                    {"o": {"path": str(out)}})
    assert sorted(os.listdir(tmp_path)) == ["huge.vrt"]
    monkeypatch.setenv("ENVZONING_MAX_CELLS", "100")
    with pytest.raises(EnvZoningError, match="10 × 11"):
        R.check_size(make_grid(10, 11), "DEM")
    R.check_size(make_grid(10, 10), "DEM")


def test_valid_mask_drops_inf_and_untagged_minus_9999():
    """Issue 13: ±inf and an untagged −9999 were graded as values."""
    import numpy as np

    from envzoning.core import raster as RR

    f = np.array([1.0, np.inf, -np.inf, np.nan, -9999.0, -3.4028235e38, 0.0], "float32")
    assert RR.valid_mask(f, None).tolist() == [True, False, False, False, False, False, True]
    # tagged: the tag decides, −9999 is then a value; inf never is
    assert RR.valid_mask(f, 0.0).tolist() == [True, False, False, False, True, True, False]
    i = np.array([5, -9999, 0], "int16")
    assert RR.valid_mask(i, None).tolist() == [True, False, True]
    assert RR.valid_mask(np.array([5, 255], "uint8"), None).tolist() == [True, True]


def _write_gt(path, gt, arr):
    import numpy as np
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1,
                                              gdal.GDT_Byte)
    ds.SetGeoTransform(gt)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.asarray(arr, "uint8"))
    ds = None
    return str(path), srs.ExportToWkt()


def test_south_up_and_rotated_rasters_are_warped_or_named(tmp_path):
    """Issue 13: a south-up raster gave an error naming another layer."""
    import numpy as np
    import pytest as _pytest

    from envzoning.core import raster as RR
    from envzoning.core.errors import EnvZoningError

    arr = np.arange(1, 13).reshape(3, 4)
    # south-up: row 0 is the southern row
    path, wkt = _write_gt(tmp_path / "southup.tif", (500000, 10, 0, 3200000, 0, 10), arr)
    grid = RR.Grid(wkt, (500000, 10, 0, 3200030, 0, -10), 4, 3)
    src = RR.open_aligned(path, grid, name="southup_dem")
    got = src.read(0, 3, 4)
    assert got.tolist() == arr[::-1].tolist()   # flipped onto the north-up grid
    src.close()
    with _pytest.raises(EnvZoningError, match="southup_dem.*south-up"):
        RR.Grid.from_raster(path, "southup_dem")
    rpath, _ = _write_gt(tmp_path / "rot.tif", (500000, 10, 1, 3200030, 1, -10), arr)
    with _pytest.raises(EnvZoningError, match="rot_dem.*rotated"):
        RR.Grid.from_raster(rpath, "rot_dem")
