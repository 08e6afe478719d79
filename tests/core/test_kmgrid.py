"""The km grid of Z 3.2.1 (core/kmgrid.py): alignment, region boundary, majority / max /
mean on a hand-made 3 × 3 km case, block-wise counting."""

import numpy as np
import pytest

from envzoning.core import kmgrid as K
from envzoning.core import raster as R
from envzoning.core.errors import EnvZoningError

X0, Y1 = 500000.0, 3200000.0
GT100 = (X0, 100.0, 0.0, Y1, 0.0, -100.0)

# (levels and how many of the 100 fine cells of the km cell have them; 0 = nodata),
# row-major from the north-west km cell
CASE = [
    [(1, 60), (5, 40)],                     # (0,0) majority 1, max 5, mean 2.6 → 3
    [(2, 50), (4, 50)],                     # (0,1) tie 2/4 → 4, max 4, mean 3.0 → 3
    [(3, 100)],                             # (0,2) 3, 3, 3
    [(1, 25), (2, 25), (4, 25), (5, 25)],   # (1,0) four-way tie → 5, max 5, mean 3.0 → 3
    [(2, 50), (3, 50)],                     # (1,1) tie → 3, max 3, mean 2.5 → 3 (half up)
    [(5, 30), (0, 70)],                     # (1,2) only 30 cells with data: 5, 5, 5
    [(0, 100)],                             # (2,0) no data at all → 0
    [(1, 10), (2, 20), (3, 30), (4, 40)],   # (2,1) majority 4, max 4, mean 3.0 → 3
    [(1, 49), (2, 51)],                     # (2,2) majority 2, max 2, mean 1.51 → 2
]
EXPECTED = {
    "majority": [1, 4, 3, 5, 3, 5, 0, 4, 2],
    "max": [5, 4, 3, 5, 3, 5, 0, 4, 2],
    "mean": [3, 3, 3, 3, 3, 5, 0, 3, 2],
}


def case_raster():
    arr = np.zeros((30, 30), dtype=np.uint8)
    for k, spec in enumerate(CASE):
        r, c = divmod(k, 3)
        seq = np.concatenate([np.full(n, v, np.uint8) for v, n in spec])
        assert seq.size == 100
        arr[r * 10:(r + 1) * 10, c * 10:(c + 1) * 10] = seq.reshape(10, 10)
    return arr


def counted(arr, valid=None, size=1000.0):
    g = K.KmGrid(GT100, arr.shape[1], arr.shape[0], size)
    cnt = K.Counter(g, "case")
    cnt.add(0, arr, arr > 0 if valid is None else valid)
    return g, cnt


@pytest.mark.parametrize("method", K.AGGREGATIONS)
def test_three_by_three_km_by_hand(method):
    g, cnt = counted(case_raster())
    assert (g.nx, g.ny) == (3, 3)
    assert cnt.totals().tolist() == [100, 100, 100, 100, 100, 30, 0, 100, 100]
    assert K.aggregate(cnt.counts, method).tolist() == EXPECTED[method]


def test_shares_and_p1():
    _, sens = counted(case_raster())
    imp_arr = np.full((30, 30), 3, np.uint8)
    imp_arr[20:30, 0:10] = 2           # km cell (2,0): importance only
    _, imp = counted(imp_arr)
    sh = K.shares(sens.counts)
    assert sh[0].tolist() == [0.6, 0.0, 0.0, 0.0, 0.4]
    assert sh[5].tolist() == [0.0, 0.0, 0.0, 0.0, 1.0]
    assert sh[6].tolist() == [0.0] * 5
    out = K.p1_cells(sens.counts, imp.counts, "majority")
    assert out["sens"].tolist() == [1, 4, 3, 5, 3, 5, 0, 4, 2]
    assert out["imp"].tolist() == [3, 3, 3, 3, 3, 3, 2, 3, 3]
    assert out["p1"].tolist() == [3, 4, 3, 5, 3, 5, 2, 4, 3]
    assert [K.DOMINANT[d] for d in out["dominant"]] == [
        "importance", "sensitivity", "both", "sensitivity", "both", "sensitivity",
        "importance", "sensitivity", "importance"]


def test_cells_straddling_the_region_boundary():
    """Region = the western 1.5 km and the northern 2.3 km of the 3 × 3 km block: km cells
    in column 1 and row 2 are cut; column 2 lies outside and is dropped."""
    arr = case_raster()
    region = np.zeros(arr.shape, bool)
    region[:23, :15] = True
    g, cnt = counted(arr, valid=(arr > 0) & region)
    tot = cnt.totals().reshape(3, 3)
    assert tot.tolist() == [[100, 50, 0], [100, 50, 0], [0, 15, 0]]
    # (0,1) keeps fine columns 10-14 of its rows of 2 (rows 0-4) and 4 (rows 5-9):
    # 25 × 2, 25 × 4 → tie → 4; (1,1) keeps 25 × 2, 25 × 3 → 3
    lv = K.aggregate(cnt.counts, "majority").reshape(3, 3)
    assert lv.tolist() == [[1, 4, 0], [5, 3, 0], [0, 2, 0]]
    # km cell (2,1) keeps its local rows 0-2, columns 0-4: row 0 is level 1, rows 1-2 level 2
    c = cnt.counts[7]
    assert c[1:].tolist() == [5, 10, 0, 0, 0]
    assert g.bounds(7) == (501000.0, 3197000.0, 502000.0, 3198000.0)


def test_alignment_to_whole_km_when_the_fine_grid_is_not():
    # fine 30 m cells from (500230, 3200770): km cells still on whole km
    gt = (500230.0, 30.0, 0.0, 3200770.0, 0.0, -30.0)
    g = K.KmGrid(gt, 100, 100)
    assert (g.x0, g.y1) == (500000.0, 3201000.0)
    # 500230 + 3000 = 503230 → 4 columns; 3200770 − 3000 = 3197770 → 4 rows
    assert (g.nx, g.ny) == (4, 4)
    # centre of fine column 25: 500230 + 25.5 × 30 = 500995 → km column 0; column 26 → 1
    assert g.col_of[25] == 0 and g.col_of[26] == 1
    # centre of fine row 25: 3200770 − 765 = 3200005 → km row 0; row 26 → 3199975 → row 1
    assert g.row_of(25, 2).tolist() == [0, 1]
    assert g.cell_id(0) == "E500N3200"
    assert g.bounds(5) == (501000.0, 3199000.0, 502000.0, 3200000.0)


def test_two_km_cells_and_bad_input():
    g, cnt = counted(case_raster(), size=2000.0)
    assert (g.nx, g.ny) == (2, 2)
    assert cnt.totals().tolist() == [400, 130, 100, 100]
    with pytest.raises(EnvZoningError, match="smaller than the analysis cell"):
        K.KmGrid(GT100, 10, 10, 50.0)
    with pytest.raises(EnvZoningError, match="sens_level.*value 6"):
        K.Counter(g, "sens_level").add(0, np.full((2, 2), 6), None)
    with pytest.raises(EnvZoningError, match="median"):
        K.aggregate(cnt.counts, "median")


def test_block_wise_equals_whole_array(tmp_path, utm_wkt, rng):
    """A raster of 700 rows (three strips of 256) counted through block_map with a region
    mask equals one count of the whole array."""
    ny, nx = 700, 230
    arr = rng.integers(0, 6, size=(ny, nx)).astype(np.uint8)
    mask = np.zeros((ny, nx), np.uint8)
    mask[30:650, 10:200] = 1
    gt = (500030.0, 30.0, 0.0, 3200990.0, 0.0, -30.0)
    grid = R.Grid(utm_wkt, gt, nx, ny)
    R.write_array(str(tmp_path / "lvl.tif"), arr, grid, nodata=0)
    R.write_array(str(tmp_path / "mask.tif"), mask, grid, nodata=0)

    kg = K.KmGrid(gt, nx, ny, 1000.0)
    blockwise = K.Counter(kg, "lvl")
    strips = []
    fn = K.block_counter({"lvl": blockwise}, mask="mask")

    def spy(block):
        strips.append(block.rows)
        return fn(block)

    R.block_map(spy, grid, {"lvl": {"path": str(tmp_path / "lvl.tif")},
                            "mask": {"path": str(tmp_path / "mask.tif")}}, {})
    assert strips == [256, 256, 188]
    whole = K.Counter(kg, "lvl")
    whole.add(0, arr, (arr > 0) & (mask > 0))
    assert np.array_equal(blockwise.counts, whole.counts)
    assert blockwise.totals().sum() == int(((arr > 0) & (mask > 0)).sum())
    for m in K.AGGREGATIONS:
        assert np.array_equal(K.aggregate(blockwise.counts, m), K.aggregate(whole.counts, m))


@pytest.mark.parametrize("block_cols", [37, 64, 100])
def test_tiles_capped_in_width_equal_whole_array(tmp_path, utm_wkt, rng, block_cols):
    """Tiles whose edges fall inside km cells (37 fine columns, 1000/30 per km) count the
    same as the whole array."""
    ny, nx = 300, 230
    arr = rng.integers(0, 6, size=(ny, nx)).astype(np.uint8)
    gt = (500030.0, 30.0, 0.0, 3200990.0, 0.0, -30.0)
    grid = R.Grid(utm_wkt, gt, nx, ny)
    R.write_array(str(tmp_path / "lvl.tif"), arr, grid, nodata=0)
    kg = K.KmGrid(gt, nx, ny, 1000.0)
    tiles = K.Counter(kg, "lvl")
    cols = []
    fn = K.block_counter({"lvl": tiles})
    R.block_map(lambda b: cols.append(b.col0) or fn(b), grid,
                {"lvl": {"path": str(tmp_path / "lvl.tif")}}, {}, block_rows=70,
                block_cols=block_cols)
    assert len(set(cols)) == -(-nx // block_cols)
    whole = K.Counter(kg, "lvl")
    whole.add(0, arr, arr > 0)
    assert np.array_equal(tiles.counts, whole.counts)
