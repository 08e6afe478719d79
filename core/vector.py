"""OGR helpers of core (with :mod:`raster`, the only place in core that imports GDAL/OGR).

* :func:`polygonize` — a class raster to polygons, one per 4-connected patch of equal value
  (``gdal.Polygonize`` without the 8-connectedness option), nodata cells left out.
* :func:`fit_to_region` — polygons made from the analysis grid are stair-stepped along the
  region boundary. Each polygon is intersected with the exact region geometry, and every
  piece of the region covered by no polygon (the part of a boundary cell whose centre lies
  outside the region), cut into pieces of at most one cell, is given to the polygon with
  which it shares the longest boundary (the nearest one when it touches none). The result covers the region exactly, with no
  gaps and no overlaps, to floating-point precision.
"""

import math

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import Canceled, EnvZoningError

gdal.UseExceptions()
ogr.UseExceptions()

#: width (m) of the band used to measure a shared boundary robustly
EPS = 1e-3


def geometry(wkb):
    """An OGR geometry from WKB bytes (or an OGR geometry, cloned)."""
    if isinstance(wkb, ogr.Geometry):
        return wkb.Clone()
    return ogr.CreateGeometryFromWkb(bytes(wkb))


def polygonize(raster_path, band=1, progress=None):
    """[(value, ogr.Geometry)] — one polygon per 4-connected patch of equal non-nodata value."""
    ds = gdal.Open(str(raster_path))
    if ds is None:
        raise EnvZoningError("Cannot open raster '%s' / 无法打开栅格" % raster_path)
    b = ds.GetRasterBand(band)
    drv = ogr.GetDriverByName("Memory")
    mem = drv.CreateDataSource("polygonize")
    srs = None
    if ds.GetProjection():
        srs = osr.SpatialReference()
        srs.ImportFromWkt(ds.GetProjection())
    lyr = mem.CreateLayer("p", srs=srs, geom_type=ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))

    def cb(frac, msg, data):
        if progress is not None:
            progress(frac)
        return 1

    gdal.Polygonize(b, b.GetMaskBand(), lyr, 0, [], callback=cb)
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        if g is not None and not g.IsEmpty():
            out.append((int(f.GetField(0)), g.Clone()))
    return out


def union_all(geoms):
    """Union of polygonal geometries (UnionCascaded: GDAL 3.6 has no UnaryUnion)."""
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for p in polygon_parts(g):
            mp.AddGeometry(p)
    if mp.GetGeometryCount() == 0:
        return mp
    return mp.UnionCascaded()


def polygon_parts(g):
    """The polygons of a (multi)polygon or collection, non-empty, area > 0."""
    if g is None or g.IsEmpty():
        return []
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        return [g.Clone()] if g.GetArea() > 0 else []
    if t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        out = []
        for i in range(g.GetGeometryCount()):
            out += polygon_parts(g.GetGeometryRef(i))
        return out
    return []


def as_multipolygon(g):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polygon_parts(g):
        mp.AddGeometry(p)
    return mp


def _env_hit(e1, e2, tol):
    return not (e1[1] < e2[0] - tol or e2[1] < e1[0] - tol or e1[3] < e2[2] - tol
                or e2[3] < e1[2] - tol)


def _box(x0, y0, x1, y1):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    g = ogr.Geometry(ogr.wkbPolygon)
    g.AddGeometry(ring)
    return g


def split_by_grid(part, cell, origin):
    """The pieces of ``part`` within single cells of the grid (origin = (x0, y0) of any
    cell corner, square cells of side ``cell``)."""
    minx, maxx, miny, maxy = part.GetEnvelope()
    x0, y0 = origin
    c0, c1 = int(math.floor((minx - x0) / cell)), int(math.ceil((maxx - x0) / cell))
    r0, r1 = int(math.floor((miny - y0) / cell)), int(math.ceil((maxy - y0) / cell))
    if c1 - c0 <= 1 and r1 - r0 <= 1:
        return [part]
    pieces = []
    for c in range(c0, max(c1, c0 + 1)):
        strip = _box(x0 + c * cell, miny - 1.0, x0 + (c + 1) * cell, maxy + 1.0)
        for sp in polygon_parts(part.Intersection(strip)):
            e = sp.GetEnvelope()
            q0 = int(math.floor((e[2] - y0) / cell))
            q1 = int(math.ceil((e[3] - y0) / cell))
            if q1 - q0 <= 1:
                pieces.append(sp)
                continue
            for r in range(q0, q1):
                b = _box(e[0] - 1.0, y0 + r * cell, e[1] + 1.0, y0 + (r + 1) * cell)
                pieces += polygon_parts(sp.Intersection(b))
    return pieces


def fit_to_region(geoms, region, is_canceled=None, cell=None, origin=(0.0, 0.0)):
    """Clip ``geoms`` (list of OGR polygons from the grid) to ``region`` (OGR geometry) and
    give every uncovered piece of the region to its longest-border neighbour. With ``cell``
    (and a cell corner ``origin``) the uncovered region is first cut into pieces of at most
    one cell, so that a long sliver along the boundary is shared out among the zones it
    borders (boundaries stay within one cell of the grid's).

    Returns (list of OGR MultiPolygons, same order as ``geoms`` — empty where a polygon lay
    wholly outside the region —, number of gap pieces assigned)."""
    region = region.Clone()
    if not region.IsValid():
        region = region.MakeValid()
    renv = region.GetEnvelope()
    rbound = region.GetBoundary()
    out = []
    for i, g in enumerate(geoms):
        if is_canceled is not None and i % 64 == 0 and is_canceled():
            raise Canceled()
        e = g.GetEnvelope()
        if not _env_hit(e, renv, 0.0):
            out.append(ogr.Geometry(ogr.wkbMultiPolygon))
        elif g.Intersects(rbound) or not g.Within(region):
            out.append(as_multipolygon(g.Intersection(region)))
        else:
            out.append(as_multipolygon(g))
    covered = union_all([g for g in out if not g.IsEmpty()])
    gaps = polygon_parts(region.Difference(covered))
    if cell:
        gaps = [p for part in gaps for p in split_by_grid(part, cell, origin)]
    envs = [g.GetEnvelope() if not g.IsEmpty() else None for g in out]
    # bucket index of the polygons' envelopes (buckets of 16 cells, or 1/20 of the region)
    bsize = max((cell or 0.0) * 16, (renv[1] - renv[0] + renv[3] - renv[2]) / 40.0, 1e-6)
    buckets = {}
    for j, e in enumerate(envs):
        if e is None:
            continue
        for bx in range(int(math.floor((e[0] - renv[0]) / bsize)) - 1,
                        int(math.floor((e[1] - renv[0]) / bsize)) + 2):
            for by in range(int(math.floor((e[2] - renv[2]) / bsize)) - 1,
                            int(math.floor((e[3] - renv[2]) / bsize)) + 2):
                buckets.setdefault((bx, by), []).append(j)
    extra = [[] for _ in out]
    for k, part in enumerate(gaps):
        if is_canceled is not None and k % 256 == 0 and is_canceled():
            raise Canceled()
        if part.GetArea() <= 0.0:
            continue
        pe = part.GetEnvelope()
        cands = set()
        for bx in range(int(math.floor((pe[0] - renv[0]) / bsize)),
                        int(math.floor((pe[1] - renv[0]) / bsize)) + 1):
            for by in range(int(math.floor((pe[2] - renv[2]) / bsize)),
                            int(math.floor((pe[3] - renv[2]) / bsize)) + 1):
                cands.update(buckets.get((bx, by), ()))
        band = part.Buffer(EPS, 2)
        best, best_len = None, 0.0
        for j in sorted(cands):
            if not _env_hit(pe, envs[j], 2 * EPS):
                continue
            inter = band.Intersection(out[j])
            length = inter.GetArea() / EPS if inter is not None else 0.0
            if length > best_len:
                best, best_len = j, length
        if best is None:
            dists = [(out[j].Distance(part), j) for j in range(len(out)) if envs[j] is not None]
            if not dists:
                raise EnvZoningError("No zone polygon inside the region / 区域内没有分区面")
            best = min(dists)[1]
        extra[best].append(part)
    for j, parts in enumerate(extra):
        if parts:
            out[j] = as_multipolygon(union_all([out[j]] + parts))
    return out, sum(len(p) for p in extra)


def areas(geoms):
    return np.array([g.GetArea() if g is not None else 0.0 for g in geoms], dtype="float64")


def to_wkb(g):
    return bytes(g.ExportToIsoWkb())


#: OGR drivers :func:`write_layer` writes, by file extension
WRITE_DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON",
                 ".fgb": "FlatGeobuf"}
_OGR_TYPES = {"string": ogr.OFTString, "int": ogr.OFTInteger, "double": ogr.OFTReal}
try:  # the binding ogr.Feature.SetField ends in, without its per-call type dispatch
    from osgeo import _ogr

    _set_double = _ogr.Feature_SetField
except (ImportError, AttributeError):  # pragma: no cover
    _set_double = ogr.Feature.SetField


def write_layer(path, srs_wkt, fields, columns, wkbs, geom_type=None, layer_name=None,
                is_canceled=None):
    """Write a new vector file ``path`` (driver from the extension, :data:`WRITE_DRIVERS`)
    with OGR in one transaction (where the format has them): ``fields`` [(name, "string"/"int"/"double", width)],
    ``columns`` one sequence per field (None = NULL), ``wkbs`` one WKB per feature. The
    layer of a GeoPackage is named ``layer_name`` (default: the file's base name), FID
    column ``fid``, geometry column ``geom`` (what QGIS's writer makes). The caller stages
    ``path`` (core.outputs); a failure removes the partial file. Returns the feature count."""
    import os

    ext = os.path.splitext(path)[1].lower()
    if ext not in WRITE_DRIVERS:
        raise EnvZoningError("No OGR writer for '%s' / 不支持的矢量格式" % path)
    if geom_type is None:
        geom_type = ogr.wkbMultiPolygon
    srs = None
    if srs_wkt:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(srs_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    name = layer_name or os.path.splitext(os.path.basename(path))[0]
    opts = ["FID=fid", "GEOMETRY_NAME=geom"] if ext == ".gpkg" else []
    if ext == ".shp":
        opts = ["ENCODING=UTF-8"]
    drv = ogr.GetDriverByName(WRITE_DRIVERS[ext])
    ds = drv.CreateDataSource(str(path))
    lyr = defn = f = None
    try:
        lyr = ds.CreateLayer(name, srs, geom_type, opts)
        kinds = []
        for fname, kind, width in fields:
            fd = ogr.FieldDefn(fname, _OGR_TYPES[kind])
            if width:
                fd.SetWidth(int(width))
            lyr.CreateField(fd)
            kinds.append(kind)
        defn = lyr.GetLayerDefn()
        cols = [c.tolist() if isinstance(c, np.ndarray) else list(c) for c in columns]
        n = len(wkbs)
        if any(len(c) != n for c in cols):
            raise EnvZoningError("write_layer: columns and geometries differ in length")
        setters = []
        for k in kinds:
            setters.append(ogr.Feature.SetFieldString if k == "string" else
                           ogr.Feature.SetFieldInteger64 if k == "int" else _set_double)
        fi = list(range(len(fields)))
        tx = bool(ds.TestCapability(ogr.ODsCTransactions))
        if tx:
            ds.StartTransaction()
        for j in range(n):
            if is_canceled is not None and j % 4096 == 0 and is_canceled():
                raise Canceled()
            f = ogr.Feature(defn)
            for i in fi:
                v = cols[i][j]
                if v is not None:
                    setters[i](f, i, v)
            f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkbs[j]))
            lyr.CreateFeature(f)
        if tx:
            ds.CommitTransaction()
        ds.FlushCache()
    except BaseException:
        f = lyr = defn = None  # OGR objects go before their data source
        ds = None
        try:
            drv.DeleteDataSource(str(path))
        except Exception:  # noqa: BLE001
            pass
        raise
    f = lyr = defn = None
    ds = None
    return n
