"""The km grid (公里网格) of Z 3.2.1: the evaluation unit of P1 (SPEC sections 2, 3).

* :class:`KmGrid` — square cells of ``size`` metres (default 1 000) aligned to whole
  multiples of ``size`` in the analysis CRS, laid over a fine analysis grid. Each fine cell
  belongs to the km cell that holds its centre.
* :class:`Counter` — counts of each level 1…5 per km cell, accumulated strip by strip
  (the block function of :func:`block_counter` plugs into ``core.raster.block_map``):
  memory is the count array (km cells × 6), whatever the raster size.
* :func:`aggregate` — the level of a km cell from its counts: ``majority`` (the most
  frequent level; a tie goes to the higher level, the precautionary choice), ``max`` or
  ``mean`` (rounded half up: 2.5 → 3). :func:`shares` — the fraction of each level.
* :func:`p1_cells` — ``sens``, ``imp``, ``p1 = max(sens, imp)`` (Z 3.2.1) and which of the
  two decided it.

Only fine cells inside the region (a mask) and with data are counted; clipping the square
to the region's geometry is the glue's job (QGIS geometry). numpy only.
"""

import math

import numpy as np

from .errors import EnvZoningError

AGGREGATIONS = ("majority", "max", "mean")
NLEVELS = 5
DOMINANT = {1: "sensitivity", 2: "importance", 3: "both"}


class KmGrid:
    """Km cells over a fine grid given by its GDAL geotransform and size."""

    def __init__(self, gt, xsize, ysize, size=1000.0):
        size = float(size)
        if not size > 0:
            raise EnvZoningError("CELL_SIZE must be positive, got %r / 网格边长必须为正" % size)
        fx, fy = float(gt[1]), float(gt[5])
        if gt[2] != 0 or gt[4] != 0 or fx <= 0 or fy >= 0:
            raise EnvZoningError("The fine grid must be north-up / 分析网格须为正北朝上")
        if size < fx or size < -fy:
            raise EnvZoningError(
                "CELL_SIZE %g m is smaller than the analysis cell %g m / 网格边长 %g m 小于分析像元 %g m"
                % (size, fx, size, fx))
        self.size = size
        self.fine_gt = tuple(float(v) for v in gt)
        self.fine_xsize, self.fine_ysize = int(xsize), int(ysize)
        x0, y1 = float(gt[0]), float(gt[3])
        x1, y0 = x0 + xsize * fx, y1 + ysize * fy
        eps = 1e-9
        self.x0 = math.floor(x0 / size + eps) * size
        self.y1 = math.ceil(y1 / size - eps) * size
        self.nx = max(1, int(math.ceil((x1 - self.x0) / size - eps)))
        self.ny = max(1, int(math.ceil((self.y1 - y0) / size - eps)))
        cx = x0 + (np.arange(self.fine_xsize) + 0.5) * fx
        self.col_of = np.clip(np.floor((cx - self.x0) / size), 0, self.nx - 1).astype(np.int64)

    def col_groups(self, col0=0, cols=None):
        """(first fine column of each run, relative to ``col0``, and its km column): runs
        of equal ``col_of`` over fine columns ``col0 … col0+cols-1``."""
        if cols is None:
            cols = self.fine_xsize - col0
        cache = self.__dict__.setdefault("_cgroups", {})
        key = (int(col0), int(cols))
        if key not in cache:
            c = self.col_of[col0:col0 + cols]
            start = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
            cache[key] = (start, c[start])
        return cache[key]

    @property
    def ncells(self):
        return self.nx * self.ny

    def row_of(self, row0, rows):
        """Km row of fine rows ``row0 … row0+rows-1``."""
        cy = self.fine_gt[3] + (np.arange(row0, row0 + rows) + 0.5) * self.fine_gt[5]
        return np.clip(np.floor((self.y1 - cy) / self.size), 0, self.ny - 1).astype(np.int64)

    def bounds(self, index):
        """(xmin, ymin, xmax, ymax) of km cell ``index`` (row-major, north row first)."""
        r, c = divmod(int(index), self.nx)
        xmin = self.x0 + c * self.size
        ymax = self.y1 - r * self.size
        return (xmin, ymax - self.size, xmin + self.size, ymax)

    def cell_id(self, index):
        """'E{x km}N{y km}' of the south-west corner (whole km when size is whole km)."""
        xmin, ymin, _, _ = self.bounds(index)
        return "E%gN%g" % (xmin / 1000.0, ymin / 1000.0)


class Counter:
    """Counts of levels 1…5 per km cell; column 0 is unused (nodata is not counted)."""

    def __init__(self, kmgrid, label="INPUT"):
        self.grid = kmgrid
        self.label = label
        self.counts = np.zeros((kmgrid.ncells, NLEVELS + 1), dtype=np.int64)

    def add(self, row0, levels, valid=None, col0=0):
        """Count a block whose first fine row is ``row0`` and first column ``col0``. Values outside 0…5 are an
        error naming the layer and the value; 0 and invalid cells are not counted."""
        lv = np.asarray(levels)
        if lv.shape[0] == 0:
            return
        if lv.dtype.kind == "f":
            ok = np.ones(lv.shape, dtype=bool) if valid is None else np.asarray(valid, dtype=bool)
            lv = np.where(ok, lv, 0)
            frac = ok & (lv != np.floor(lv))
            if frac.any():
                raise EnvZoningError("Raster '%s': value %g is not a level 0–5 / 栅格“%s”的值 %g 不是 0–5 的等级"
                                     % (self.label, lv[frac][0], self.label, lv[frac][0]))
        elif valid is not None:
            lv = np.where(valid, lv, 0)
        if lv.dtype != np.uint8 or int(lv.max()) > NLEVELS:
            lo, hi = lv.min(), lv.max()
            if lo < 0 or hi > NLEVELS:
                bad = (lv < 0) | (lv > NLEVELS)
                v = lv[bad][0]
                v = int(v) if float(v) == int(v) else float(v)
                raise EnvZoningError("Raster '%s': value %s is not a level 0–5 / 栅格“%s”的值 %s 不是 0–5 的等级"
                                     % (self.label, v, self.label, v))
            lv = lv.astype(np.uint8)
        rows, cols = lv.shape
        krow = self.grid.row_of(row0, rows)
        kcol = self.grid.col_of[col0:col0 + cols]
        # one bincount of (km cell within the block) × 6 + level over the block: the km
        # cells of a block are the rectangle krow[0]…krow[-1] × kcol[0]…kcol[-1]
        kr0, kc0 = int(krow[0]), int(kcol[0])
        nr, nc = int(krow[-1]) - kr0 + 1, int(kcol[-1]) - kc0 + 1
        base = ((krow - kr0).astype(np.int32)[:, None] * (nc * (NLEVELS + 1))
                + ((kcol - kc0).astype(np.int32) * (NLEVELS + 1))[None, :])
        base += lv
        c = np.bincount(base.ravel(), minlength=nr * nc * (NLEVELS + 1))
        c = c.reshape(nr, nc, NLEVELS + 1)
        c[:, :, 0] = 0
        self.counts.reshape(self.grid.ny, self.grid.nx, NLEVELS + 1)[
            kr0:kr0 + nr, kc0:kc0 + nc] += c

    def totals(self):
        return self.counts[:, 1:].sum(axis=1)


def block_counter(counters, mask=None):
    """A ``block_map`` function counting input ``name`` into ``counters[name]`` strip by
    strip; with ``mask`` (an input name) only cells where the mask is > 0 count."""

    def fn(block):
        m = None
        if mask is not None:
            m = block.valid[mask] & (block.data[mask] > 0)
        for name, counter in counters.items():
            ok = block.valid[name] if m is None else (block.valid[name] & m)
            counter.add(block.row0, block.data[name], ok, getattr(block, "col0", 0))
        return {}

    return fn


def aggregate(counts, method="majority"):
    """Level of each km cell (uint8, 0 where no cell counted) from ``counts`` (n × 6)."""
    if method not in AGGREGATIONS:
        raise EnvZoningError("Aggregation '%s' is not one of %s / 聚合方式“%s”无效"
                             % (method, "/".join(AGGREGATIONS), method))
    c = np.asarray(counts, dtype=np.int64)[:, 1:NLEVELS + 1]
    total = c.sum(axis=1)
    has = total > 0
    if method == "majority":
        # argmax over levels 5…1: the first maximum is the highest level among ties
        rev = c[:, ::-1]
        lvl = NLEVELS - np.argmax(rev, axis=1)
    elif method == "max":
        present = c > 0
        lvl = NLEVELS - np.argmax(present[:, ::-1], axis=1)
    else:
        s = (c * np.arange(1, NLEVELS + 1)).sum(axis=1)
        n = np.where(has, total, 1)
        lvl = (2 * s + n) // (2 * n)  # floor(s/n + 0.5), exact in integers
    return np.where(has, lvl, 0).astype(np.uint8)


def shares(counts):
    """Fraction of each level 1…5 among the counted cells (n × 5, 0 where none)."""
    c = np.asarray(counts, dtype=np.float64)[:, 1:NLEVELS + 1]
    total = c.sum(axis=1, keepdims=True)
    return np.where(total > 0, c / np.where(total > 0, total, 1.0), 0.0)


def p1_cells(sens_counts, imp_counts, method="majority"):
    """Per km cell: ``sens``, ``imp``, ``p1 = max(sens, imp)`` and ``dominant`` (1 sensitivity,
    2 importance, 3 both equal; 0 where neither has data). A cell where only one of the
    two has data takes that one."""
    sens = aggregate(sens_counts, method)
    imp = aggregate(imp_counts, method)
    p1 = np.maximum(sens, imp)
    dom = np.where(sens > imp, 1, np.where(imp > sens, 2, 3))
    dom = np.where(p1 > 0, dom, 0).astype(np.uint8)
    return {"sens": sens, "imp": imp, "p1": p1, "dominant": dom,
            "sens_shares": shares(sens_counts), "imp_shares": shares(imp_counts)}


# -- writing the grid (issue 19 item 2: the km grid at its I/O floor) ---------------------

#: one square as a MultiPolygon of one polygon, one ring of 5 points (little-endian WKB)
_SQUARE = np.dtype([("bo", "u1"), ("mtype", "<u4"), ("nparts", "<u4"), ("bo2", "u1"),
                    ("ptype", "<u4"), ("nrings", "<u4"), ("npts", "<u4"),
                    ("xy", "<f8", (10,))])


def square_wkb(kmgrid, indices):
    """WKB (MultiPolygon) of the squares of km cells ``indices``, built in numpy: the ring
    runs (xmin ymin, xmax ymin, xmax ymax, xmin ymax, xmin ymin), as QGIS's fromRect."""
    idx = np.asarray(indices, dtype=np.int64)
    r, c = np.divmod(idx, kmgrid.nx)
    x0 = kmgrid.x0 + c * kmgrid.size
    y1 = kmgrid.y1 - r * kmgrid.size
    x1, y0 = x0 + kmgrid.size, y1 - kmgrid.size
    a = np.zeros(len(idx), dtype=_SQUARE)
    a["bo"], a["mtype"], a["nparts"] = 1, 6, 1
    a["bo2"], a["ptype"], a["nrings"], a["npts"] = 1, 3, 1, 5
    a["xy"] = np.stack([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0], axis=1)
    buf = a.tobytes()
    k = _SQUARE.itemsize
    return [buf[i * k:(i + 1) * k] for i in range(len(idx))]


def cell_ids(kmgrid, indices):
    """:meth:`KmGrid.cell_id` of many cells."""
    idx = np.asarray(indices, dtype=np.int64)
    r, c = np.divmod(idx, kmgrid.nx)
    xs = ((kmgrid.x0 + c * kmgrid.size) / 1000.0).tolist()
    ys = ((kmgrid.y1 - r * kmgrid.size - kmgrid.size) / 1000.0).tolist()
    return ["E%gN%g" % xy for xy in zip(xs, ys)]


def round6(values):
    """``round(float(v), 6)`` of every value (Python's correctly rounded decimal rounding,
    not numpy's), computed once per distinct value: a list of lists for a 2-D array."""
    v = np.asarray(values, dtype=np.float64)
    uniq, inv = np.unique(v, return_inverse=True)
    r = np.array([round(float(u), 6) for u in uniq.tolist()], dtype=np.float64)
    return r[inv].reshape(v.shape)
