"""core.kmgrid's counting by bincount and the pieces of p1's fast writer (issue 19):
square WKB, cell ids, Python-exact rounding, and core.vector.write_layer."""

import numpy as np
import pytest
from osgeo import ogr

from envzoning.core import kmgrid as K
from envzoning.core import vector as V
from envzoning.core.errors import EnvZoningError


def naive_counts(kg, levels, valid):
    counts = np.zeros((kg.ncells, 6), dtype=np.int64)
    krow = kg.row_of(0, levels.shape[0])
    for r in range(levels.shape[0]):
        for c in range(levels.shape[1]):
            if valid[r, c] and levels[r, c] > 0:
                counts[krow[r] * kg.nx + kg.col_of[c], levels[r, c]] += 1
    return counts


@pytest.mark.parametrize("dtype", ["uint8", "int16", "float32"])
def test_counts_in_random_tiles_equal_a_cell_by_cell_count(dtype):
    rng = np.random.default_rng(3)
    gt = (500013.0, 30.0, 0.0, 3200007.0, 0.0, -30.0)   # not aligned to whole km
    kg = K.KmGrid(gt, 97, 83, 1000.0)
    lv = rng.integers(0, 6, (83, 97)).astype(dtype)
    valid = rng.random(lv.shape) > 0.1
    c = K.Counter(kg, "x")
    r0 = 0
    while r0 < 83:                      # tiles of random sizes, row- and column-wise
        h = int(rng.integers(1, 30))
        c0 = 0
        while c0 < 97:
            w = int(rng.integers(1, 40))
            c.add(r0, lv[r0:r0 + h, c0:c0 + w], valid[r0:r0 + h, c0:c0 + w], c0)
            c0 += w
        r0 += h
    assert np.array_equal(c.counts, naive_counts(kg, lv.astype(np.int64), valid))


def test_counter_refuses_values_that_are_not_levels():
    kg = K.KmGrid((0.0, 30.0, 0.0, 3000.0, 0.0, -30.0), 10, 10)
    for bad, text in ((np.full((2, 2), 7, np.uint8), "value 7"),
                      (np.full((2, 2), -1, np.int16), "value -1"),
                      (np.full((2, 2), 2.5, np.float32), "value 2.5")):
        with pytest.raises(EnvZoningError, match="lv.*%s" % text):
            K.Counter(kg, "lv").add(0, bad)
    c = K.Counter(kg, "lv")   # an invalid cell may hold anything
    c.add(0, np.array([[9, 1]], np.uint8), np.array([[False, True]]))
    assert c.counts[:, 1].sum() == 1 and c.counts[:, 0].sum() == 0


def test_square_wkb_cell_ids_and_rounding():
    kg = K.KmGrid((499500.0, 30.0, 0.0, 3200500.0, 0.0, -30.0), 100, 100, 1500.0)
    idx = [0, 1, kg.nx + 2]
    for i, w in zip(idx, K.square_wkb(kg, idx)):
        g = ogr.CreateGeometryFromWkb(w)
        x0, y0, x1, y1 = kg.bounds(i)
        assert g.GetGeometryName() == "MULTIPOLYGON"
        assert g.GetGeometryRef(0).GetGeometryRef(0).GetPoints() == [
            (x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    assert K.cell_ids(kg, idx) == [kg.cell_id(i) for i in idx]
    rng = np.random.default_rng(5)
    v = np.concatenate([rng.integers(0, 1112, 3000) / 1111.0, [0.5e-6, 2.5e-6, 1 / 3]])
    assert K.round6(v).tolist() == [round(float(x), 6) for x in v]
    two = v[:3000].reshape(300, 10)
    assert K.round6(two).shape == (300, 10)


def test_write_layer_writes_one_transaction_and_removes_a_failed_file(tmp_path):
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    kg = K.KmGrid((400000.0, 30.0, 0.0, 3300000.0, 0.0, -30.0), 100, 100)
    wkbs = K.square_wkb(kg, range(4))
    fields = [("cell_id", "string", 24), ("p1", "int", 0), ("share", "double", 0)]
    cols = [K.cell_ids(kg, range(4)), np.array([1, 2, 3, 4]), [0.5, None, 1.0, 0.25]]
    path = str(tmp_path / "g.gpkg")
    assert V.write_layer(path, srs.ExportToWkt(), fields, cols, wkbs) == 4
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    assert (lyr.GetName(), lyr.GetFIDColumn(), lyr.GetGeometryColumn()) == ("g", "fid", "geom")
    rows = [(f["cell_id"], f["p1"], f["share"]) for f in lyr]
    assert rows == [("E400N3299", 1, 0.5), ("E401N3299", 2, None), ("E402N3299", 3, 1.0),
                    ("E400N3298", 4, 0.25)]
    lyr = ds = None
    bad = str(tmp_path / "bad.gpkg")
    with pytest.raises(EnvZoningError):
        V.write_layer(bad, srs.ExportToWkt(), fields, [c[:3] for c in cols], wkbs)
    import os

    assert not os.path.exists(bad)
