"""Block-wise raster engine on GDAL (SPEC sections 1, 2, 8).

Every raster step of the plugin goes through here:

* :class:`Grid` describes the analysis grid (CRS, origin, cell size, size).
* :func:`open_aligned` puts any raster on that grid: the file itself when it already is
  on it, else a warped VRT in memory (nearest for classes, bilinear for continuous values),
  with nodata carried.
* :func:`rasterize` burns a vector layer onto the grid (a tiled temporary GeoTIFF).
* :func:`block_map` reads all inputs block by block (blocks of at most ``block_rows`` ×
  ``block_cols`` cells, whole output tiles, optional halo cells on all four sides for
  moving windows), hands numpy arrays to a function and writes tiled, compressed
  GeoTIFFs. Memory does not grow with raster size or shape (a 200 000-column raster is
  read as capped-width tiles); a grid larger than :data:`MAX_CELLS` is refused before
  anything is opened or written (:func:`check_size`). Outputs are written
  to temporary names and renamed only when the whole run succeeded, so a failed or
  canceled run leaves nothing behind.

This module (with :mod:`vector`) is the only place in core that imports GDAL.
"""

import math
import os
import uuid
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from osgeo import gdal, osr

from .errors import Canceled, EnvZoningError

gdal.UseExceptions()
osr.UseExceptions()

#: GDAL block cache used by the engine (bytes). Part of the < 1 GiB memory budget.
CACHE_BYTES = 256 * 1024 * 1024
TILE = 256
#: widest block handed to a block function (cells; a multiple of TILE). Blocks are
#: TILE × BLOCK_COLS at most, so memory is bounded whatever the raster width.
BLOCK_COLS = 8 * TILE
#: largest grid the engine processes (cells, 2**36 ≈ 6.9 × 10¹⁰: 30 m over the whole of
#: China is ≈ 1.1 × 10¹⁰). Above it a declared size is taken as an error in the input
#: (a VRT or extent declaring 10¹² cells) and refused early. Override with the
#: environment variable ENVZONING_MAX_CELLS.
MAX_CELLS = 2 ** 36
CREATION_OPTIONS = [
    "TILED=YES",
    "BLOCKXSIZE=%d" % TILE,
    "BLOCKYSIZE=%d" % TILE,
    "COMPRESS=DEFLATE",
    "ZLEVEL=1",
    "NUM_THREADS=ALL_CPUS",
    "BIGTIFF=IF_SAFER",
]

_NUMPY_TO_GDAL = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint32"): gdal.GDT_UInt32,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}


def configure_gdal():
    """Set the engine's GDAL block cache (idempotent)."""
    if gdal.GetCacheMax() != CACHE_BYTES:
        gdal.SetCacheMax(CACHE_BYTES)


def srs_from(crs):
    """An osr.SpatialReference from WKT, 'EPSG:n' or an existing SpatialReference."""
    if isinstance(crs, osr.SpatialReference):
        return crs
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


class Grid:
    """An analysis grid: north-up, square or rectangular cells."""

    def __init__(self, crs_wkt, geotransform, xsize, ysize):
        self.crs_wkt = crs_wkt
        self.gt = tuple(float(v) for v in geotransform)
        self.xsize = int(xsize)
        self.ysize = int(ysize)
        if self.gt[2] != 0 or self.gt[4] != 0:
            raise EnvZoningError("Rotated rasters are not supported / 不支持旋转栅格")

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_raster(cls, path, name=None):
        ds = _open(path, name)
        wkt = ds.GetProjection()
        if not wkt:
            raise EnvZoningError(
                "Raster '%s' has no CRS: assign one in QGIS (Layer Properties > Source) / "
                "栅格“%s”没有坐标参考系，请先在 QGIS 中指定" % (name or path, name or path))
        gt = ds.GetGeoTransform()
        if not _north_up(gt):
            label = name or os.path.basename(str(path))
            raise EnvZoningError(
                "Raster '%s' is rotated or south-up (geotransform %s) and cannot define the "
                "analysis grid: give a REGION layer, or warp it north-up first (Raster > "
                "Projections > Warp) / 栅格“%s”为旋转或南向上栅格，不能作为分析网格：请给出区域图层或先重投影为北向上"
                % (label, ", ".join("%g" % v for v in gt), label))
        grid = cls(wkt, gt, ds.RasterXSize, ds.RasterYSize)
        return check_size(grid, "Raster '%s'" % (name or path))

    @classmethod
    def from_extent(cls, xmin, ymin, xmax, ymax, cell, crs_wkt):
        """The extent snapped outward to whole multiples of the cell size (SPEC section 2)."""
        cell = float(cell)
        if cell <= 0:
            raise EnvZoningError("Cell size must be positive, got %r / 像元大小必须为正" % cell)
        x0 = math.floor(xmin / cell) * cell
        y1 = math.ceil(ymax / cell) * cell
        x1 = math.ceil(xmax / cell) * cell
        y0 = math.floor(ymin / cell) * cell
        nx = max(1, int(round((x1 - x0) / cell)))
        ny = max(1, int(round((y1 - y0) / cell)))
        return cls(crs_wkt, (x0, cell, 0.0, y1, 0.0, -cell), nx, ny)

    # -- properties ---------------------------------------------------------------------
    @property
    def cell_x(self):
        return self.gt[1]

    @property
    def cell_y(self):
        return -self.gt[5]

    @property
    def cell_area(self):
        return abs(self.gt[1] * self.gt[5])

    @property
    def bounds(self):
        x0, y1 = self.gt[0], self.gt[3]
        return (x0, y1 + self.ysize * self.gt[5], x0 + self.xsize * self.gt[1], y1)

    @property
    def srs(self):
        return srs_from(self.crs_wkt)

    def same_as(self, other, tol=1e-6):
        if (self.xsize, self.ysize) != (other.xsize, other.ysize):
            return False
        scale = max(abs(self.gt[1]), 1.0)
        if any(abs(a - b) > tol * scale for a, b in zip(self.gt, other.gt)):
            return False
        return same_crs(self.crs_wkt, other.crs_wkt)

    def overlaps(self, other_bounds):
        a = self.bounds
        b = other_bounds
        return not (b[2] <= a[0] or b[0] >= a[2] or b[3] <= a[1] or b[1] >= a[3])

    def cell_centers_x(self):
        return self.gt[0] + (np.arange(self.xsize) + 0.5) * self.gt[1]

    def cell_center_y(self, row):
        return self.gt[3] + (row + 0.5) * self.gt[5]

    def __repr__(self):
        return "Grid(%dx%d, cell %.6g, origin %.6g,%.6g)" % (
            self.xsize, self.ysize, self.gt[1], self.gt[0], self.gt[3])


def max_cells():
    try:
        return int(float(os.environ.get("ENVZONING_MAX_CELLS", MAX_CELLS)))
    except ValueError:
        return MAX_CELLS


def check_size(grid, label=None):
    """Refuse a grid the engine cannot process in reasonable time and disk space, before
    anything is allocated or written (a 1.4 kB VRT may declare 10¹² cells)."""
    cells = grid.xsize * grid.ysize
    limit = max_cells()
    if grid.xsize < 1 or grid.ysize < 1 or cells > limit:
        what = label or "The analysis grid"
        raise EnvZoningError(
            "%s declares %d × %d = %.3g cells, more than the %.3g cells this plugin processes: "
            "check its extent and cell size (or clip it to the region) / "
            "%s 声明 %d × %d = %.3g 个像元，超过本插件可处理的 %.3g 个像元：请检查其范围和像元"
            "大小（或先裁剪到区划范围）"
            % (what, grid.xsize, grid.ysize, cells, limit, what, grid.xsize, grid.ysize,
               cells, limit))
    return grid


def same_crs(wkt_a, wkt_b):
    if wkt_a == wkt_b:
        return True
    if not wkt_a or not wkt_b:
        return False
    return bool(srs_from(wkt_a).IsSame(srs_from(wkt_b)))


def _open(path, name=None):
    try:
        ds = gdal.Open(str(path))
    except RuntimeError as exc:
        ds = None
        detail = str(exc)
    else:
        detail = ""
    if ds is None:
        raise EnvZoningError("Cannot open raster '%s' (%s) / 无法打开栅格“%s”" % (
            name or path, detail or path, name or path))
    return ds


def dataset_bounds(ds):
    """(xmin, ymin, xmax, ymax) of a dataset, rotated or south-up ones included."""
    gt = ds.GetGeoTransform()
    nx, ny = ds.RasterXSize, ds.RasterYSize
    corners = [(gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5])
               for c, r in ((0, 0), (nx, 0), (0, ny), (nx, ny))]
    xs = [x for x, _ in corners]
    ys = [y for _, y in corners]
    return (min(xs), min(ys), max(xs), max(ys))


def _north_up(gt):
    return gt[2] == 0 and gt[4] == 0 and gt[1] > 0 and gt[5] < 0


def transform_bounds(bounds, src_wkt, dst_wkt):
    """Bounds transformed through a densified outline (21 points per side)."""
    if same_crs(src_wkt, dst_wkt):
        return bounds
    ct = osr.CoordinateTransformation(srs_from(src_wkt), srs_from(dst_wkt))
    xmin, ymin, xmax, ymax = bounds
    pts = []
    for t in np.linspace(0.0, 1.0, 21):
        x = xmin + t * (xmax - xmin)
        y = ymin + t * (ymax - ymin)
        pts += [(x, ymin), (x, ymax), (xmin, y), (xmax, y)]
    out = [ct.TransformPoint(px, py)[:2] for px, py in pts]
    xs = [p[0] for p in out if math.isfinite(p[0])]
    ys = [p[1] for p in out if math.isfinite(p[1])]
    return (min(xs), min(ys), max(xs), max(ys))


class Source:
    """A raster band as seen on the analysis grid."""

    def __init__(self, ds, band, nodata, name, keep=None):
        self.ds = ds
        self.band = ds.GetRasterBand(band)
        self.nodata = nodata
        self.name = name
        self._keep = keep  # VRT path (or list of paths) to unlink when closed

    def read(self, row0, rows, xsize, col0=0):
        return self.band.ReadAsArray(col0, row0, xsize, rows)

    def close(self):
        self.band = None
        self.ds = None
        if self._keep:
            for p in (self._keep if isinstance(self._keep, list) else [self._keep]):
                gdal.Unlink(p)
            self._keep = None


def open_aligned(path, grid, resample="nearest", band=1, name=None):
    """Open ``path`` band ``band`` on ``grid``.

    Returns a :class:`Source`. Where the raster is on another grid or CRS it is warped on
    the fly (VRT, no copy). Errors name the layer: no CRS, no overlap with the grid."""
    configure_gdal()
    label = name or os.path.basename(str(path))
    ds = _open(path, label)
    if band < 1 or band > ds.RasterCount:
        raise EnvZoningError("Raster '%s' has no band %d / 栅格“%s”没有第 %d 波段" % (
            label, band, label, band))
    wkt = ds.GetProjection()
    if not wkt:
        raise EnvZoningError(
            "Raster '%s' has no CRS: assign one in QGIS (Layer Properties > Source) / "
            "栅格“%s”没有坐标参考系" % (label, label))
    nodata = ds.GetRasterBand(band).GetNoDataValue()
    if _north_up(ds.GetGeoTransform()):   # a rotated or south-up raster is warped below
        own = Grid(wkt, ds.GetGeoTransform(), ds.RasterXSize, ds.RasterYSize)
        if own.same_as(grid):
            return Source(ds, band, nodata, label)
    src_bounds = transform_bounds(dataset_bounds(ds), wkt, grid.crs_wkt)
    if not grid.overlaps(src_bounds):
        raise EnvZoningError(
            "Raster '%s' does not overlap the analysis region: check its CRS and extent / "
            "栅格“%s”与分析区域不重叠，请检查其坐标系和范围" % (label, label))
    vrt = "/vsimem/envzoning_%s.vrt" % uuid.uuid4().hex
    dtype = ds.GetRasterBand(band).DataType
    dst_nodata = nodata
    if dst_nodata is None:
        # outside the source there must be a nodata value that no data cell has
        dst_nodata = _default_nodata(dtype)
    keep = [vrt]
    src_ds = ds
    if ds.RasterCount > 1:
        # one band first (WarpOptions(srcBands=) needs GDAL >= 3.7; Debian 12 has 3.6)
        sub = "/vsimem/envzoning_%s_band.vrt" % uuid.uuid4().hex
        src_ds = gdal.Translate(sub, ds, options=gdal.TranslateOptions(
            format="VRT", bandList=[band]))
        keep.insert(0, sub)
    opts = gdal.WarpOptions(
        format="VRT",
        dstSRS=grid.crs_wkt,
        outputBounds=grid.bounds,
        width=grid.xsize,
        height=grid.ysize,
        resampleAlg=resample,
        srcNodata=nodata,
        dstNodata=dst_nodata,
        outputType=dtype,
        multithread=False,
    )
    out = gdal.Warp(vrt, src_ds, options=opts)
    if out is None:
        raise EnvZoningError("Cannot resample raster '%s' onto the analysis grid" % label)
    return Source(out, 1, dst_nodata, label, keep=keep)


def _default_nodata(gdal_type):
    return {
        gdal.GDT_Byte: 255,
        gdal.GDT_UInt16: 65535,
        gdal.GDT_Int16: -32768,
        gdal.GDT_UInt32: 4294967295,
        gdal.GDT_Int32: -2147483648,
    }.get(gdal_type, -3.4028234663852886e38)


#: values that mean "no data" in a raster without a nodata tag (ArcGIS/ENVI exports)
UNTAGGED_NODATA = (-9999,)
#: float rasters: values at or below this are the float32 lowest used as nodata
FLOAT_NODATA_FLOOR = -3.0e38


_TALLY = None  # {raster name: cells of ±inf / untagged -9999 read as nodata}, per run


def start_tally():
    """Count, until :func:`take_tally`, the cells that :func:`valid_mask` reads as nodata
    because they are ±inf or an untagged −9999 (the base class warns with the counts)."""
    global _TALLY
    _TALLY = {}


def take_tally():
    global _TALLY
    out, _TALLY = (_TALLY or {}), None
    return out


def special_nodata(arr, nodata):
    """Number of cells that are ±inf, or −9999 / float32-lowest in a raster without a
    nodata tag: values, not nodata, unless :func:`valid_mask` says so."""
    n = 0
    if arr.dtype.kind == "f":
        n += int(np.count_nonzero(np.isinf(arr)))
        if nodata is None:
            fin = np.isfinite(arr)
            n += int(np.count_nonzero(fin & (arr <= FLOAT_NODATA_FLOOR)))
            for v in UNTAGGED_NODATA:
                n += int(np.count_nonzero(arr == v))
    elif nodata is None and arr.dtype.kind == "i":
        for v in UNTAGGED_NODATA:
            if np.iinfo(arr.dtype).min <= v:
                n += int(np.count_nonzero(arr == v))
    return n


def valid_mask(arr, nodata):
    """Cells that hold data: not nodata, not NaN, not ±inf; in a raster without a nodata
    tag also not −9999 (nor, in a float raster, the float32 lowest) — issue 13."""
    if arr.dtype.kind == "f":
        ok = np.isfinite(arr)
        if nodata is None:
            ok &= arr > FLOAT_NODATA_FLOOR
            for v in UNTAGGED_NODATA:
                ok &= arr != v
        elif not math.isnan(nodata):
            ok &= arr != nodata
        return ok
    if nodata is None:
        ok = np.ones(arr.shape, dtype=bool)
        if arr.dtype.kind == "i":
            for v in UNTAGGED_NODATA:
                if np.iinfo(arr.dtype).min <= v:
                    ok &= arr != v
        return ok
    return arr != nodata


class Block:
    """One block (tile) of the analysis grid handed to a block function.

    ``data[name]`` is the array of input ``name``; inputs opened with a halo have
    ``halo`` extra cells on each side — rows above and below, columns left and right —
    (padded with nodata at the raster edges) and ``valid[name]`` is the matching mask.
    ``row0``/``rows`` and ``col0``/``cols`` locate the block itself on the grid."""

    def __init__(self, grid, row0, rows, col0=0, cols=None):
        self.grid = grid
        self.row0 = row0
        self.rows = rows
        self.col0 = col0
        self.cols = grid.xsize - col0 if cols is None else cols
        self.data = {}
        self.valid = {}
        self.nodata = {}
        self.halo = {}

    def inside(self, name="mask"):
        """Cells where input ``name`` (a region mask, 0 outside) has data and is > 0;
        None when the block has no such input."""
        if name not in self.data:
            return None
        return self.valid[name] & (self.data[name] > 0)


def create_output(path, grid, dtype, nodata, options=None):
    """A tiled, compressed GeoTIFF on ``grid``."""
    configure_gdal()
    drv = gdal.GetDriverByName("GTiff")
    gdt = _NUMPY_TO_GDAL[np.dtype(dtype)]
    ds = drv.Create(str(path), grid.xsize, grid.ysize, 1, gdt, options or CREATION_OPTIONS)
    ds.SetGeoTransform(grid.gt)
    ds.SetProjection(grid.crs_wkt)
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    return ds


def _partial_name(path):
    head, tail = os.path.split(os.path.abspath(str(path)))
    return os.path.join(head, ".%s.%d-%s.partial.tif" % (tail, os.getpid(), uuid.uuid4().hex[:8]))


def _pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. not ours: it exists
        return True
    return True


def remove_stale_partials(path):
    """Remove hidden ``.<name>.<pid>-<id>.partial.tif`` files of ``path`` left by a run that
    was killed (its process is gone). Only names :func:`block_map` makes are touched."""
    head, tail = os.path.split(os.path.abspath(str(path)))
    try:
        names = os.listdir(head)
    except OSError:
        return []
    prefix = "." + tail + "."
    removed = []
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".partial.tif")):
            continue
        mid = name[len(prefix):-len(".partial.tif")]
        pid = mid.split("-")[0]
        if pid.isdigit() and (int(pid) == os.getpid() or _pid_alive(int(pid))):
            continue
        try:
            os.remove(os.path.join(head, name))
            removed.append(name)
        except OSError:
            pass
    return removed


def _close_checked(ds, path):
    """Flush and close a written dataset; an error naming ``path`` when GDAL reports one."""
    errors = []

    def handler(cls, code, msg):
        if cls >= gdal.CE_Failure:
            errors.append(msg)

    gdal.PushErrorHandler(handler)
    try:
        try:
            ds.FlushCache()
        except RuntimeError as exc:
            errors.append(str(exc))
        ds = None
    finally:
        gdal.PopErrorHandler()
    if errors:
        raise EnvZoningError("Cannot write '%s': %s / 无法写出“%s”" % (path, errors[0], path))


def validate_raster(path):
    """Re-open a written raster and read it back (every block when it is small, the last
    row of blocks otherwise); an error naming ``path`` when it is unreadable."""
    errors = []

    def handler(cls, code, msg):
        if cls >= gdal.CE_Failure:
            errors.append(msg)

    gdal.PushErrorHandler(handler)
    try:
        try:
            ds = gdal.Open(str(path))
            if ds is None:
                raise RuntimeError("GDAL cannot open it")
            for i in range(1, ds.RasterCount + 1):
                band = ds.GetRasterBand(i)
                if ds.RasterXSize * ds.RasterYSize <= 64 * 1024 * 1024:
                    band.Checksum()
                else:
                    bx, by = band.GetBlockSize()
                    y0 = ((ds.RasterYSize - 1) // by) * by
                    for x0 in range(0, ds.RasterXSize, max(bx, 4096)):
                        band.ReadRaster(x0, y0, min(max(bx, 4096), ds.RasterXSize - x0),
                                        ds.RasterYSize - y0)
            ds = None
        except RuntimeError as exc:
            errors.append(str(exc))
    finally:
        gdal.PopErrorHandler()
    if errors:
        raise EnvZoningError("Output raster '%s' is incomplete or unreadable (%s) / "
                             "输出栅格“%s”不完整或无法读取" % (path, errors[0], path))


def validate_vector(path, layers=()):
    """Re-open a written vector file; an error naming ``path`` when it cannot be read, a
    layer in ``layers`` is missing, or (no ``layers`` given) it holds no layer but
    ``provenance``."""
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    except RuntimeError as exc:
        ds, why = None, str(exc)
    else:
        why = "OGR cannot open it"
    if ds is None:
        raise EnvZoningError("Output '%s' is incomplete or unreadable (%s) / 输出“%s”不完整或无法读取"
                             % (path, why, path))
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    want = [x for x in layers if x] or None
    missing = [x for x in (want or []) if x not in names]
    if missing or (want is None and not [n for n in names if n != "provenance"]):
        raise EnvZoningError("Output '%s' lacks the layer %s (has: %s) / 输出“%s”缺少图层"
                             % (path, ", ".join(missing) or "of the result",
                                ", ".join(names) or "none", path))
    try:
        for n in (want or names):
            ds.GetLayerByName(n).GetFeatureCount()
    except RuntimeError as exc:
        raise EnvZoningError("Output '%s' is unreadable (%s) / 输出“%s”无法读取"
                             % (path, exc, path)) from None
    ds = None


def remove_quietly(path):
    try:
        gdal.GetDriverByName("GTiff").Delete(str(path))
    except Exception:  # noqa: BLE001 - best effort cleanup
        if os.path.exists(str(path)):
            os.remove(str(path))


def block_windows(grid, block_rows=TILE, block_cols=BLOCK_COLS):
    """(row0, rows, col0, cols) of the blocks covering ``grid``, row-major."""
    block_rows = max(1, int(block_rows))
    block_cols = max(1, int(block_cols or grid.xsize))
    out = []
    for row0 in range(0, grid.ysize, block_rows):
        rows = min(block_rows, grid.ysize - row0)
        for col0 in range(0, grid.xsize, block_cols):
            out.append((row0, rows, col0, min(block_cols, grid.xsize - col0)))
    return out


def block_map(func, grid, inputs, outputs, block_rows=TILE, progress=None,
              is_canceled=None, block_cols=BLOCK_COLS):
    """Run ``func(block) -> {output name: array}`` over ``grid`` block by block.

    ``inputs``: ``{name: spec}`` with spec a dict ``{"path":…, "resample": "nearest"|
    "bilinear", "band": 1, "halo": cells, "label": layer name}`` or an open :class:`Source`
    (with optional ``halo`` given as ``(source, halo)``).
    ``outputs``: ``{name: {"path":…, "dtype": "uint8", "nodata": 0}}``.
    Blocks are at most ``block_rows`` × ``block_cols`` cells (``block_cols=None``: whole
    rows); a function that needs the position uses ``block.row0``/``block.col0``.
    ``progress(fraction)`` and ``is_canceled()`` are plain callables.
    Returns ``{name: path}``. Outputs appear only when the whole run succeeded."""
    configure_gdal()
    check_size(grid)
    sources, halos, owned = {}, {}, []
    tmp, dss = {}, {}
    try:
        for name, spec in inputs.items():
            halo = 0
            if isinstance(spec, tuple):
                spec, halo = spec
            if isinstance(spec, Source):
                sources[name] = spec
            else:
                src = open_aligned(spec["path"], grid, spec.get("resample", "nearest"),
                                   spec.get("band", 1), spec.get("label"))
                owned.append(src)
                sources[name] = src
                halo = spec.get("halo", halo)
            halos[name] = int(halo)
        for name, spec in outputs.items():
            remove_stale_partials(spec["path"])
            tmp[name] = _partial_name(spec["path"])
            dss[name] = create_output(tmp[name], grid, spec.get("dtype", "uint8"),
                                      spec.get("nodata"), spec.get("options"))
        windows = block_windows(grid, block_rows, block_cols)
        nblocks = max(1, len(windows))

        def load(win):
            row0, rows, col0, cols = win
            blk = Block(grid, row0, rows, col0, cols)
            for name, src in sources.items():
                h = halos[name]
                arr = _read_with_halo(src, row0, rows, h, grid, col0, cols)
                blk.data[name] = arr
                blk.valid[name] = valid_mask(arr, src.nodata)
                if _TALLY is not None:
                    core = arr[h:h + rows, h:h + cols] if h else arr
                    k = special_nodata(core, src.nodata)
                    if k:
                        label = src.name or name
                        _TALLY[label] = _TALLY.get(label, 0) + k
                blk.nodata[name] = src.nodata
                blk.halo[name] = h
            return blk

        def write(result, win):
            row0, rows, col0, cols = win
            for name, arr in result.items():
                spec = outputs[name]
                band = dss[name].GetRasterBand(1)
                band.WriteArray(np.asarray(arr, dtype=spec.get("dtype", "uint8")), col0, row0)

        # Reading the next block and writing the previous one overlap with computing the
        # current one (GDAL releases the GIL), so a pass costs about max(I/O, compute).
        with ThreadPoolExecutor(1) as reader, ThreadPoolExecutor(1) as writer:
            pending = []
            nxt = reader.submit(load, windows[0]) if windows else None
            for i, win in enumerate(windows):
                if is_canceled is not None and is_canceled():
                    nxt.cancel()
                    raise Canceled()
                blk = nxt.result()
                if i + 1 < len(windows):
                    nxt = reader.submit(load, windows[i + 1])
                # three reports per block (read, computed, written), so that a run of one
                # block shows progress and can be canceled before its output is written
                if progress is not None:
                    progress((i + 1 / 3) / nblocks)
                result = func(blk)
                if is_canceled is not None and is_canceled():
                    raise Canceled()
                if progress is not None:
                    progress((i + 2 / 3) / nblocks)
                pending.append(writer.submit(write, result, win))
                while len(pending) > 1:
                    pending.pop(0).result()
                if progress is not None:
                    progress((i + 1) / nblocks)
            for w in pending:
                w.result()
        for name in list(dss):
            _close_checked(dss.pop(name), outputs[name]["path"])
        for name in outputs:
            validate_raster(tmp[name])
        done = {}
        for name, spec in outputs.items():
            final = str(spec["path"])
            os.replace(tmp[name], final)  # atomic: the previous file stays until here
            for side in (final + ".aux.xml",):  # statistics of the previous file
                if os.path.exists(side):
                    os.remove(side)
            done[name] = final
        tmp.clear()
        return done
    finally:
        dss.clear()
        for path in tmp.values():
            remove_quietly(path)
        for src in owned:
            src.close()


def _read_with_halo(src, row0, rows, halo, grid, col0=0, cols=None):
    """The block with ``halo`` cells on every side, nodata-padded beyond the raster."""
    if cols is None:
        cols = grid.xsize - col0
    if not halo:
        return src.read(row0, rows, cols, col0)
    top = max(0, row0 - halo)
    bottom = min(grid.ysize, row0 + rows + halo)
    left = max(0, col0 - halo)
    right = min(grid.xsize, col0 + cols + halo)
    core_arr = src.read(top, bottom - top, right - left, left)
    pad_top = halo - (row0 - top)
    pad_bottom = halo - (bottom - (row0 + rows))
    pad_left = halo - (col0 - left)
    pad_right = halo - (right - (col0 + cols))
    if pad_top or pad_bottom or pad_left or pad_right:
        fill = src.nodata if src.nodata is not None else 0
        if core_arr.dtype.kind != "f" and isinstance(fill, float) and not fill.is_integer():
            fill = 0
        core_arr = np.pad(core_arr, ((pad_top, pad_bottom), (pad_left, pad_right)),
                          constant_values=fill)
    return core_arr


def rasterize(vector_path, grid, out_path, layer=None, attribute=None, burn=1,
              dtype="uint8", nodata=0, all_touched=False, where=None):
    """Burn a vector layer (already in the grid's CRS) onto ``grid``.

    ``attribute``: burn that field's value; else ``burn``. Writes a tiled GeoTIFF at
    ``out_path`` and returns it. Later features overwrite earlier ones."""
    configure_gdal()
    check_size(grid)
    ds = create_output(out_path, grid, dtype, nodata)
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.Fill(nodata)
    src = gdal.OpenEx(str(vector_path), gdal.OF_VECTOR)
    if src is None:
        raise EnvZoningError("Cannot open vector '%s'" % vector_path)
    kwargs = {"layers": [layer] if layer else None, "allTouched": all_touched, "where": where}
    if attribute:
        opts = gdal.RasterizeOptions(attribute=attribute, **kwargs)
    else:
        opts = gdal.RasterizeOptions(burnValues=[burn], **kwargs)
    gdal.Rasterize(ds, src, options=opts)
    src = band = None
    held, ds = [ds], None
    _close_checked(held.pop(), out_path)
    return out_path


def read_array(path, band=1):
    """Whole band as an array (tests and small rasters only)."""
    ds = _open(path)
    b = ds.GetRasterBand(band)
    return b.ReadAsArray(), b.GetNoDataValue()


def write_array(path, arr, grid, nodata=None, dtype=None):
    """Write a whole array on ``grid`` (tests and small rasters only)."""
    arr = np.asarray(arr, dtype=dtype) if dtype else np.asarray(arr)
    ds = create_output(path, grid, arr.dtype, nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    held, ds = [ds], None
    _close_checked(held.pop(), path)
    return path
