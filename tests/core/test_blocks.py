"""The per-block methods of core/blocks.py, called as block_map calls them: hand-worked
cells (Z annex 1, tables 1-1, 2-1…2-4), the region mask, SS only when requested, and
tiles with halos giving the same map as one whole block."""

import numpy as np
import pytest

from envzoning.core import blocks as B
from envzoning.core import importance as I
from envzoning.core import raster as R
from envzoning.core import sensitivity as S
from envzoning.core import tables as T


def model():
    return S.SoilErosionModel(T.load("erosivity_breaks"), T.load("relief_breaks"),
                              T.load("soil_texture"), T.load("vegetation_clcd"),
                              T.load("ss_level_breaks"))


def block(grid, arrays, nodata=None, halo=None):
    b = R.Block(grid, 0, grid.ysize, 0, grid.xsize)
    for name, arr in arrays.items():
        arr = np.asarray(arr)
        nd = (nodata or {}).get(name)
        b.data[name] = arr
        b.valid[name] = R.valid_mask(arr, nd)
        b.nodata[name] = nd
        b.halo[name] = (halo or {}).get(name, 0)
    return b


def test_soil_erosion_block_matches_the_model_and_skips_ss_when_not_wanted(make_grid):
    m = model()
    grid = make_grid(3, 2)
    soil_code = float(next(iter(m.soil.mapping)))
    cover_code = float(next(iter(m.veg.mapping)))
    arrays = {"r": np.array([[10.0, 300.0, 700.0], [-1.0, 50.0, 900.0]], "float32"),
              "soil": np.full((2, 3), soil_code, "float32"),
              "relief": np.array([[5.0, 40.0, 90.0], [150.0, 250.0, 400.0]], "float32"),
              "cover": np.full((2, 3), cover_code, "float32"),
              "mask": np.array([[1, 1, 1], [1, 1, 0]], "uint8")}
    b = block(grid, arrays, {"r": -1.0, "mask": 0})
    with_ss = B.SoilErosionBlock(m, want_index=True)(b)
    ss, lvl = m.evaluate(arrays["r"], b.valid["r"], arrays["soil"], b.valid["soil"],
                         arrays["relief"], b.valid["relief"], arrays["cover"],
                         b.valid["cover"], mask=b.inside("mask"))
    assert np.array_equal(with_ss["level"], lvl)
    assert np.array_equal(with_ss["index"], ss, equal_nan=True)
    assert with_ss["level"][1, 0] == 0 and with_ss["level"][1, 2] == 0  # nodata, outside
    assert (with_ss["level"][0] > 0).all()
    without = B.SoilErosionBlock(m, want_index=False)(b)
    assert set(without) == {"level"}
    assert np.array_equal(without["level"], lvl)


def test_combine_max_block_by_hand(make_grid):
    grid = make_grid(3, 1)
    b = block(grid, {"soil": np.array([[2, 5, 0]], "uint8"),
                     "RIPARIAN": np.array([[4, 3, 1]], "uint8"),
                     "mask": np.array([[1, 1, 0]], "uint8")}, {"mask": 0})
    out = B.CombineMaxBlock(["soil", "RIPARIAN"], [1, 2])(b)
    assert out["level"].tolist() == [[4, 5, 0]]
    assert out["dominant"].tolist() == [[2, 1, 0]]
    bad = block(grid, {"soil": np.array([[7, 1, 1]], "uint8")})
    with pytest.raises(Exception, match="soil_lvl"):
        B.CombineMaxBlock(["soil"], [1], "soil_lvl")(bad)


def test_importance_blocks_by_hand(make_grid):
    grid = make_grid(3, 1)
    inside = np.array([[1, 1, 0]], "uint8")
    w = B.WaterConservationBlock()(block(grid, {"inside": inside,
                                                "areas": np.array([[5, 0, 5]], "uint8")},
                                            {"inside": 0}))
    assert w["level"].tolist() == [[5, I.OUTSIDE_LEVEL, 0]]
    bio = B.BiodiversityBlock(I.BiodiversityModel())(block(
        grid, {"inside": inside, "units": np.array([[3, 0, 4]], "uint8"),
               "occ": np.array([[5, 2, 5]], "uint8")}, {"inside": 0, "units": 0, "occ": 0}))
    assert bio["level"].tolist() == [[5, max(I.OUTSIDE_LEVEL, 2), 0]]
    comb = B.ImportanceCombineBlock(["WATER", "FLOOD"], [1, 4])(block(
        grid, {"WATER": np.array([[3, 5, 0]], "uint8"),
               "FLOOD": np.array([[4, 2, 0]], "uint8")}, {"WATER": 0, "FLOOD": 0}))
    assert comb["level"].tolist() == [[4, 5, 0]]
    assert comb["dominant"].tolist() == [[4, 1, 0]]


def test_soil_erosion_from_dem_in_tiles_equals_one_block(tmp_path, make_grid, rng):
    """DEM relief through halo'd tiles = the same block function on the whole grid."""
    m = model()
    grid = make_grid(45, 38, cell=30.0)
    w = 5
    arrays = {"r": rng.uniform(0, 900, (38, 45)).astype("float32"),
              "soil": np.full((38, 45), float(next(iter(m.soil.mapping))), "float32"),
              "dem": rng.uniform(0, 600, (38, 45)).astype("float32"),
              "cover": np.full((38, 45), float(next(iter(m.veg.mapping))), "float32")}
    inputs = {}
    for name, arr in arrays.items():
        inputs[name] = {"path": R.write_array(str(tmp_path / (name + ".tif")), arr, grid,
                                              nodata=-9999)}
    inputs["dem"]["halo"] = w // 2
    fn = B.SoilErosionBlock(m, w)
    outs = {"level": {"path": str(tmp_path / "lvl.tif")},
            "index": {"path": str(tmp_path / "ss.tif"), "dtype": "float32",
                      "nodata": float("nan")}}
    R.block_map(fn, grid, inputs, outs, block_rows=9, block_cols=11)
    tiled = R.read_array(outs["level"]["path"])[0], R.read_array(outs["index"]["path"])[0]
    R.block_map(fn, grid, inputs, outs, block_rows=1000, block_cols=None)
    whole = R.read_array(outs["level"]["path"])[0], R.read_array(outs["index"]["path"])[0]
    assert np.array_equal(tiled[0], whole[0])
    assert np.array_equal(tiled[1], whole[1], equal_nan=True)
    assert len(np.unique(whole[0])) > 1
