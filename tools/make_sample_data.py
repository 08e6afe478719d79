#!/usr/bin/env python3
"""Build the demo data set in ``sample_data/`` (仙居县 331024, Zhejiang).

Dev tool, not run by ``make demo`` / ``make test``.  It reads the real public
data in ``../shared/data/real`` (boundary, DEM, 永安溪, CNEMC air stations,
2020 census) and derives every other layer deterministically (fixed seeds) from
them.  Re-running it gives byte-identical files.

    /work/main/.venv/bin/python tools/make_sample_data.py [--real DIR] [--out DIR]

Everything is written in EPSG:4549 (CGCS2000 / 3-degree GK CM 120E); rasters on
one 100 m grid snapped to whole 100 m.  See sample_data/README.md.
"""
import argparse
import heapq
import math
import os
import shutil

import sys

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")          # no .aux.xml side files
gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")  # fixed GPKG timestamps
gdal.SetConfigOption("CREATE_METADATA_TABLES", "NO")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_REAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "real"))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import counties  # noqa: E402  (warped Voronoi, smoothing of mask polygons)

if not os.path.isdir(DEFAULT_REAL):
    DEFAULT_REAL = "/work/shared/data/real"

ADCODE = "331024"
NAME = "仙居县"
EPSG = 4549
CELL = 100.0
POP_2020 = 431888            # zj-census-county, 人口数_合计 for 331024
SEED = 331024

TIF_OPTS = ["COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"]

# ----------------------------------------------------------------------------
# township seats: (name, code, lon, lat, population weight, gdp per capita
# (万元/人), industry weight, species bias, priority_eco, soil_level)
# Positions are stand-ins (no town_hall POI for 仙居 in zj-osm-pois).
# ----------------------------------------------------------------------------
TOWNS = [
    ("安洲街道", "331024001", 120.728, 28.848, 70, 9.5, 1.0, 0, 0, 3),
    ("福应街道", "331024002", 120.768, 28.868, 52, 11.0, 3.0, 0, 0, 3),
    ("南峰街道", "331024003", 120.735, 28.818, 42, 8.0, 1.2, 0, 0, 3),
    ("横溪镇", "331024101", 120.470, 28.735, 30, 5.5, 0.8, 0, 0, 4),
    ("埠头镇", "331024102", 120.520, 28.785, 20, 5.0, 0.6, 0, 0, 4),
    ("白塔镇", "331024103", 120.605, 28.772, 36, 6.5, 1.0, 1, 0, 4),
    ("田市镇", "331024104", 120.660, 28.800, 32, 6.5, 1.1, 0, 0, 4),
    ("官路镇", "331024105", 120.825, 28.912, 22, 5.5, 0.7, 0, 0, 4),
    ("下各镇", "331024106", 120.880, 28.860, 42, 7.0, 1.4, 0, 0, 5),
    ("朱溪镇", "331024107", 120.815, 28.735, 16, 4.5, 0.4, 1, 0, 3),
    ("湫山乡", "331024201", 120.470, 28.820, 6, 3.5, 0.1, 1, 0, 2),
    ("皤滩乡", "331024202", 120.558, 28.748, 12, 4.5, 0.3, 0, 0, 4),
    ("淡竹乡", "331024203", 120.610, 28.690, 5, 4.0, 0.05, 2, 1, 2),
    ("步路乡", "331024204", 120.815, 28.830, 12, 5.0, 0.5, 0, 0, 4),
    ("安岭乡", "331024205", 120.375, 28.745, 5, 3.5, 0.1, 2, 0, 2),
    ("溪港乡", "331024206", 120.395, 28.615, 6, 3.5, 0.1, 2, 1, 2),
    ("广度乡", "331024207", 120.705, 28.700, 4, 3.5, 0.05, 2, 1, 1),
    ("大战乡", "331024208", 120.735, 28.945, 8, 4.0, 0.2, 1, 0, 2),
    ("双庙乡", "331024209", 120.635, 28.885, 8, 4.0, 0.2, 1, 0, 3),
    ("上张乡", "331024210", 120.505, 28.655, 6, 3.5, 0.05, 2, 0, 1),
]


# ---------------------------------------------------------------------------- helpers
def srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


S4326 = srs(4326)
S4549 = srs(EPSG)
TO_PRJ = osr.CoordinateTransformation(S4326, S4549)
TO_GEO = osr.CoordinateTransformation(S4549, S4326)


def ll2xy(lon, lat):
    x, y, _ = TO_PRJ.TransformPoint(lon, lat)
    return x, y


class Grid:
    def __init__(self, xmin, ymax, nx, ny, cell=CELL):
        self.xmin, self.ymax, self.nx, self.ny, self.cell = xmin, ymax, nx, ny, cell
        self.gt = (xmin, cell, 0.0, ymax, 0.0, -cell)
        self.xc = xmin + (np.arange(nx) + 0.5) * cell
        self.yc = ymax - (np.arange(ny) + 0.5) * cell

    def rc(self, x, y):
        return int((self.ymax - y) // self.cell), int((x - self.xmin) // self.cell)

    def xy(self, r, c):
        return self.xmin + (c + 0.5) * self.cell, self.ymax - (r + 0.5) * self.cell

    def mem(self, dtype=gdal.GDT_Byte, nodata=None):
        ds = gdal.GetDriverByName("MEM").Create("", self.nx, self.ny, 1, dtype)
        ds.SetGeoTransform(self.gt)
        ds.SetProjection(S4549.ExportToWkt())
        if nodata is not None:
            ds.GetRasterBand(1).SetNoDataValue(nodata)
        return ds


def mem_layer(geoms, fields=None, gtype=ogr.wkbUnknown):
    """In-memory layer of geometries (+ optional integer field 'v')."""
    ds = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = ds.CreateLayer("l", S4549, gtype)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for i, g in enumerate(geoms):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(g)
        f.SetField("v", int(fields[i]) if fields is not None else 1)
        lyr.CreateFeature(f)
    return ds, lyr


def rasterize(grid, geoms, values=None, all_touched=False, dtype=gdal.GDT_Int32):
    ds = grid.mem(dtype)
    _mds, lyr = mem_layer(geoms, values)
    opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(ds, [1], lyr, options=opts)
    return ds.GetRasterBand(1).ReadAsArray()


def polygonize(grid, arr, mask=None):
    """Return {value: [ogr polygons]} for an integer array (0 = background when mask is None)."""
    ds = grid.mem(gdal.GDT_Int32)
    ds.GetRasterBand(1).WriteArray(arr.astype(np.int32))
    mds = grid.mem(gdal.GDT_Byte)
    mds.GetRasterBand(1).WriteArray((arr != 0 if mask is None else mask).astype(np.uint8))
    ods, lyr = mem_layer([])
    gdal.Polygonize(ds.GetRasterBand(1), mds.GetRasterBand(1), lyr, 0, [])
    out = {}
    for f in lyr:
        out.setdefault(f.GetField("v"), []).append(f.GetGeometryRef().Clone())
    return out


def union_all(geoms):
    m = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        if g.GetGeometryType() in (ogr.wkbPolygon,):
            m.AddGeometry(g)
        else:
            for i in range(g.GetGeometryCount()):
                m.AddGeometry(g.GetGeometryRef(i))
    return m.UnionCascaded()


def polys_only(g):
    """Keep the polygonal part of a geometry as a MultiPolygon."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    if g is None or g.IsEmpty():
        return out
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        out.AddGeometry(g)
    elif t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            sub = polys_only(g.GetGeometryRef(i))
            for j in range(sub.GetGeometryCount()):
                out.AddGeometry(sub.GetGeometryRef(j))
    return out


def mask_polys(grid, mask, region, min_area=0.0, simplify=0.0, smooth=0.0, warp=None):
    """Polygons of a boolean mask, optionally smoothed/simplified, clipped to region. With
    ``warp`` the cell-edge outline becomes a smooth vector shape (counties.smooth_polygon:
    Douglas–Peucker at ≥ 1 cell, Chaikin corner cutting, the smooth warp)."""
    parts = polygonize(grid, mask.astype(np.int32)).get(1, [])
    parts = [p for p in parts if p.GetArea() >= min_area]
    if not parts:
        return None
    g = union_all(parts)
    if smooth:
        g = g.Buffer(smooth, 4).Buffer(-smooth, 4)
    if warp is not None:
        g = counties.smooth_polygon(g, warp, tol=max(simplify, CELL * 1.2))
    elif simplify:
        g = g.SimplifyPreserveTopology(simplify)
    g = polys_only(g.Intersection(region))
    # drop crumbs created by the clip
    keep = ogr.Geometry(ogr.wkbMultiPolygon)
    for i in range(g.GetGeometryCount()):
        p = g.GetGeometryRef(i)
        if p.GetArea() >= max(min_area, 1.0):
            keep.AddGeometry(p)
    return keep if keep.GetGeometryCount() else None


def box_mean(a, r):
    """Mean in a (2r+1)^2 window, edges by reflection (numpy only)."""
    p = np.pad(a.astype(np.float64), r, mode="reflect")
    c = p.cumsum(0).cumsum(1)
    c = np.pad(c, ((1, 0), (1, 0)))
    k = 2 * r + 1
    s = c[k:, k:] - c[:-k, k:] - c[k:, :-k] + c[:-k, :-k]
    return s / (k * k)


def smooth_noise(rng, shape, step):
    """Smooth N(0,1)-ish field: random values every `step` cells, bilinear in between."""
    ny, nx = shape
    cy, cx = ny // step + 3, nx // step + 3
    coarse = rng.standard_normal((cy, cx))
    yi = np.arange(ny) / step + 1.0
    xi = np.arange(nx) / step + 1.0
    tmp = np.empty((cy, nx))
    for i in range(cy):
        tmp[i] = np.interp(xi, np.arange(cx), coarse[i])
    out = np.empty((ny, nx))
    for j in range(nx):
        out[:, j] = np.interp(yi, np.arange(cy), tmp[:, j])
    return out / out.std()


def write_tif(path, grid, arr, dtype, nodata):
    drv = gdal.GetDriverByName("GTiff")
    opts = TIF_OPTS + (["PREDICTOR=3"] if dtype == gdal.GDT_Float32 else ["PREDICTOR=2"])
    ds = drv.Create(path, grid.nx, grid.ny, 1, dtype, opts)
    ds.SetGeoTransform(grid.gt)
    ds.SetProjection(S4549.ExportToWkt())
    b = ds.GetRasterBand(1)
    b.SetNoDataValue(nodata)
    b.WriteArray(arr)
    ds = None


# ---------------------------------------------------------------------------- flow
D8 = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def priority_flood(z, valid):
    """Depression filling (Barnes et al. 2014, with epsilon) inside `valid`."""
    ny, nx = z.shape
    filled = np.where(valid, z, np.inf).astype(np.float64)
    done = ~valid.copy()
    heap = []
    pad = np.pad(valid, 1, constant_values=False)
    edge = valid & ~(pad[:-2, 1:-1] & pad[2:, 1:-1] & pad[1:-1, :-2] & pad[1:-1, 2:])
    for r, c in zip(*np.nonzero(edge)):
        heapq.heappush(heap, (filled[r, c], int(r), int(c)))
        done[r, c] = True
    eps = 1e-3
    while heap:
        h, r, c = heapq.heappop(heap)
        for dr, dc in D8:
            rr, cc = r + dr, c + dc
            if 0 <= rr < ny and 0 <= cc < nx and not done[rr, cc]:
                done[rr, cc] = True
                filled[rr, cc] = max(filled[rr, cc], h + eps)
                heapq.heappush(heap, (filled[rr, cc], rr, cc))
    return filled


def d8_dirs(f, valid):
    """Index (0..7) of the steepest downslope neighbour, -1 where none (outlet)."""
    ny, nx = f.shape
    best = np.zeros_like(f)
    d = np.full(f.shape, -1, np.int8)
    fp = np.pad(f, 1, constant_values=np.inf)
    vp = np.pad(valid, 1, constant_values=False)
    for k, (dr, dc) in enumerate(D8):
        nb = fp[1 + dr:1 + dr + ny, 1 + dc:1 + dc + nx]
        nv = vp[1 + dr:1 + dr + ny, 1 + dc:1 + dc + nx]
        with np.errstate(invalid="ignore"):
            slope = (f - nb) / math.hypot(dr, dc)
        take = nv & valid & (slope > best)
        best[take] = slope[take]
        d[take] = k
    return d


def trace(d, r, c, stop, maxlen=5000):
    path = [(r, c)]
    for _ in range(maxlen):
        k = d[r, c]
        if k < 0:
            break
        r, c = r + D8[k][0], c + D8[k][1]
        path.append((r, c))
        if stop[r, c]:
            break
    return path


def label_downstream(f, d, valid, seedlab):
    """Each valid cell takes the label of the first labelled cell downstream (0 if none)."""
    lab = seedlab.copy()
    order = np.argsort(f[valid], kind="stable")
    rr, cc = np.nonzero(valid)
    for i in order:
        r, c = rr[i], cc[i]
        if lab[r, c]:
            continue
        k = d[r, c]
        if k >= 0:
            lab[r, c] = lab[r + D8[k][0], c + D8[k][1]]
    return lab


# ---------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--real", default=DEFAULT_REAL)
    ap.add_argument("--out", default=os.path.join(ROOT, "sample_data"))
    a = ap.parse_args()
    real, out = a.real, a.out
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(SEED)
    vrng = np.random.default_rng(SEED + 1)      # the vector shapes' own stream
    warp = counties.Warp(vrng, 1500.0, strength=0.3)   # ≈ 70 m smooth meander of outlines

    # ---------------------------------------------------------------- region
    ds = ogr.Open(os.path.join(real, "zj-admin-amap", "zhejiang_counties_amap.gpkg"))
    lyr = ds.GetLayerByName("county_wgs84")
    lyr.SetAttributeFilter("adcode = '%s'" % ADCODE)
    feat = lyr.GetNextFeature()
    region = feat.GetGeometryRef().Clone()
    region.AssignSpatialReference(S4326)
    region.Transform(TO_PRJ)
    region = region.MakeValid() if not region.IsValid() else region
    region = polys_only(region)
    ds = None
    xmin, xmax, ymin, ymax = region.GetEnvelope()
    gx0 = math.floor(xmin / CELL) * CELL
    gy1 = math.ceil(ymax / CELL) * CELL
    nx = int(math.ceil(xmax / CELL) - math.floor(xmin / CELL))
    ny = int(math.ceil(ymax / CELL) - math.floor(ymin / CELL))
    grid = Grid(gx0, gy1, nx, ny)
    inside = rasterize(grid, [region]) > 0
    print("grid", grid.gt, nx, ny, "region cells", int(inside.sum()))

    # ---------------------------------------------------------------- DEM (real)
    src_dem = os.path.join(real, "zj-dem-srtm3-900m", "zhejiang_dem_srtm3_agg10_0p00833deg.tif")
    wds = gdal.Warp("", src_dem, format="MEM", dstSRS="EPSG:%d" % EPSG,
                    outputBounds=(gx0, gy1 - ny * CELL, gx0 + nx * CELL, gy1),
                    xRes=CELL, yRes=CELL, resampleAlg="bilinear",
                    srcNodata=-9999, dstNodata=-9999, outputType=gdal.GDT_Float32)
    dem = wds.GetRasterBand(1).ReadAsArray().astype(np.float32)
    wds = None
    valid = inside & (dem > -9000)
    if (inside & ~valid).any():
        # fill the odd cell the bilinear kernel could not reach with the mean of its neighbours
        for _ in range(5):
            miss = inside & ~valid
            if not miss.any():
                break
            v = np.where(valid, dem, 0.0)
            w = box_mean(valid.astype(float), 1)
            m = box_mean(v, 1)
            fillv = np.where(w > 0, m / np.maximum(w, 1e-9), -9999)
            dem = np.where(miss & (w > 0), fillv, dem).astype(np.float32)
            valid = inside & (dem > -9000)
    dem = np.where(inside, dem, -9999).astype(np.float32)
    zs = np.where(inside, dem, np.nan)
    print("dem", np.nanmin(zs), np.nanmax(zs), np.nanmean(zs))
    gy, gxx = np.gradient(np.where(inside, dem, np.nan).astype(np.float64), CELL)
    slope = np.degrees(np.arctan(np.hypot(gxx, gy)))
    slope = np.where(np.isnan(slope), 0.0, slope)
    demf = np.where(inside, dem, np.nan)

    # ---------------------------------------------------------------- 永安溪 (real)
    ds = ogr.Open(os.path.join(real, "zj-hydro-gshhg", "zhejiang_gshhg_rivers_lakes.gpkg"))
    lyr = ds.GetLayerByName("rivers")
    lyr.SetSpatialFilterRect(120.2, 28.4, 121.2, 29.1)
    pieces = []
    for f in lyr:
        g = f.GetGeometryRef().Clone()
        g.AssignSpatialReference(S4326)
        g.Transform(TO_PRJ)
        pieces.append(g)
    ds = None
    ml = ogr.Geometry(ogr.wkbMultiLineString)
    for g in pieces:
        for i in range(g.GetGeometryCount()):
            ml.AddGeometry(g.GetGeometryRef(i))
    main_line = ml.LineMerge() if hasattr(ml, "LineMerge") else ml
    main_in = main_line.Intersection(region)
    # longest single line inside the region = the 永安溪 main stem
    lines = [main_in] if ogr.GT_Flatten(main_in.GetGeometryType()) == ogr.wkbLineString else \
        [main_in.GetGeometryRef(i).Clone() for i in range(main_in.GetGeometryCount())]
    lines.sort(key=lambda g: -g.Length())
    stem = lines[0]
    pts = np.array(stem.GetPoints())[:, :2]
    if pts[0, 0] > pts[-1, 0]:      # orient upstream (SW) -> downstream (E)
        pts = pts[::-1]
    print("永安溪 inside region: %.1f km, %d pieces" % (main_in.Length() / 1000, len(lines)))

    def cut_at(p, lon, lat):
        x, y = ll2xy(lon, lat)
        return int(np.argmin(np.hypot(p[:, 0] - x, p[:, 1] - y)))

    i1 = cut_at(pts, 120.430, 28.700)      # end of the upper (II) reach
    i2 = cut_at(pts, 120.700, 28.812)      # IV reach through the county seat
    i3 = cut_at(pts, 120.790, 28.862)
    reaches = [
        ("永安溪", "上游", "II", "轻度", pts[:i1 + 1]),
        ("永安溪", "中游", "III", "无明显", pts[i1:i2 + 1]),
        ("永安溪", "城区段", "IV", "中度", pts[i2:i3 + 1]),
        ("永安溪", "下游", "III", "无明显", pts[i3:]),
    ]

    def line(p):
        g = ogr.Geometry(ogr.wkbLineString)
        for x, y in p:
            g.AddPoint_2D(float(x), float(y))
        return g

    stem_geom = line(pts)
    stem_r = rasterize(grid, [stem_geom], all_touched=True) > 0

    # ---------------------------------------------------------------- flow routing
    # burn the real stem into the DEM, monotonically non-increasing downstream (the small-scale
    # WDB line does not follow the 900 m valley exactly)
    burn = np.where(stem_r, dem - 150.0, dem).astype(np.float64)
    dens = stem_geom.Clone()
    dens.Segmentize(40.0)
    seq = []
    for k in range(dens.GetPointCount()):
        rc = grid.rc(dens.GetX(k), dens.GetY(k))
        if 0 <= rc[0] < ny and 0 <= rc[1] < nx and inside[rc] and (not seq or seq[-1] != rc):
            seq.append(rc)
    run = np.inf
    for rc in seq:
        run = min(run, float(dem[rc]))
        burn[rc] = min(burn[rc], run - 150.0)
    filled = priority_flood(burn, inside)
    dirs = d8_dirs(filled, inside)

    # tributaries: steepest-descent paths on the filled DEM from hand-chosen sources
    tribs_src = [
        ("韦羌溪", 120.625, 28.655, "II", "轻度"),
        ("十三都坑", 120.540, 28.640, "II", "中度"),
        ("朱溪", 120.800, 28.650, "II", "轻度"),
        ("杨丰溪", 120.715, 28.965, "II", "强烈"),
        ("万竹溪", 120.440, 28.835, "II", "轻度"),
        ("九都坑", 120.570, 28.840, "III", "中度"),
        ("官路溪", 120.840, 28.915, "III", "轻度"),
    ]
    trib_paths = []
    for name, lon, lat, tgt, ero in tribs_src:
        x, y = ll2xy(lon, lat)
        r, c = grid.rc(x, y)
        # start from the highest cell within 1 km so the path begins on a ridge flank
        win = demf[max(r - 10, 0):r + 11, max(c - 10, 0):c + 11]
        if np.isnan(win).all():
            raise SystemExit("tributary source %s is outside the region" % name)
        rr, cc = np.unravel_index(np.nanargmax(win), win.shape)
        r, c = max(r - 10, 0) + rr, max(c - 10, 0) + cc
        p = trace(dirs, r, c, stem_r)
        if not stem_r[p[-1]]:
            print("WARNING tributary %s does not reach the stem" % name)
        trib_paths.append((name, tgt, ero, p))
        print("tributary %s: %d cells" % (name, len(p)))

    def path_line(p):
        xy = [grid.xy(r, c) for r, c in p]
        g = line(xy)
        g = g.SimplifyPreserveTopology(60.0)
        return g

    # river records: name, reach, target, erosion, geometry, origin
    rivers = []
    for name, reach, tgt, ero, p in reaches:
        g = line(p)
        rivers.append((name, reach, tgt, ero, g, "real"))
    for name, tgt, ero, p in trib_paths:
        rivers.append((name, "支流", tgt, ero, path_line(p), "derived"))

    # river raster labels (1..n) for catchments
    riv_lab = rasterize(grid, [r[4] for r in rivers], list(range(1, len(rivers) + 1)),
                        all_touched=True)
    riv_lab[~inside] = 0

    # ---------------------------------------------------------------- reservoirs
    def upstream_of(r0, c0):
        seed = np.zeros(dem.shape, np.int32)
        seed[r0, c0] = 1
        return label_downstream(filled, dirs, inside, seed) == 1

    def reservoir(name, path, frac, rise, radius_m, limin_d, limax_d):
        r0, c0 = path[int(len(path) * frac)]
        up = upstream_of(r0, c0)
        x0, y0 = grid.xy(r0, c0)
        X, Y = np.meshgrid(grid.xc, grid.yc)
        z0 = float(dem[up & (np.hypot(X - x0, Y - y0) <= 400.0)].min())
        near = np.hypot(X - x0, Y - y0) <= radius_m
        m = up & near & (dem < z0 + rise)
        return dict(name=name, mask=m, z0=z0, limin=round(z0 + limin_d, 1),
                    limax=round(z0 + limax_d, 1), catch=up, dam=(r0, c0))

    stem_cells = [grid.rc(x, y) for x, y in pts]
    stem_cells = [rc for rc in stem_cells if 0 <= rc[0] < ny and 0 <= rc[1] < nx and inside[rc]]
    weiqiang = [t for t in trib_paths if t[0] == "韦羌溪"][0][3]
    res = [
        # 下岸水库: real reservoir on the upper 永安溪 (溪港乡); polygon derived from the DEM
        reservoir("下岸水库", stem_cells, 0.20, 45.0, 3000.0, 14.0, 32.0),
        reservoir("里林水库", weiqiang, 0.45, 35.0, 2200.0, 10.0, 24.0),
    ]
    for rv in res:
        zz = dem[rv["mask"]]
        print("%s: %.2f km2, dem %.0f-%.0f, limin %.1f limax %.1f, below/band/above %d/%d/%d" % (
            rv["name"], rv["mask"].sum() / 100.0, zz.min(), zz.max(), rv["limin"], rv["limax"],
            (zz <= rv["limin"]).sum(), ((zz > rv["limin"]) & (zz <= rv["limax"])).sum(),
            (zz > rv["limax"]).sum()))
    res_any = np.zeros(dem.shape, bool)
    for rv in res:
        res_any |= rv["mask"]
        rv["geom"] = mask_polys(grid, rv["mask"], region, 0, 0, 0, warp=warp)

    # ---------------------------------------------------------------- townships (Voronoi)
    # vector shapes (tests/counties.py): a warped Voronoi tessellation through the seats —
    # Voronoi edges moved by a smooth displacement field, noded with the county outline and
    # polygonized, so that every shared border is one line and the 20 townships tile the
    # region exactly, with curved borders (no cell edges)
    seeds = np.array([ll2xy(t[2], t[3]) for t in TOWNS])
    X, Y = np.meshgrid(grid.xc, grid.yc)
    smooth_noise(rng, dem.shape, 40)
    for _ in TOWNS:                      # the former raster Voronoi's draws: keeps the random
        smooth_noise(rng, dem.shape, 30)  # stream (points, samples below) as it was
    cells, _ = counties.tessellate(region, len(TOWNS), vrng, through=seeds, strength=0.5)
    town_geoms = {i: polys_only(g) for i, g in enumerate(cells)}
    tot = sum(g.GetArea() for g in town_geoms.values())
    print("townships area %.3f km2 vs region %.3f km2" % (tot / 1e6, region.GetArea() / 1e6))
    tlab = rasterize(grid, [town_geoms[i] for i in range(len(TOWNS))],
                     values=list(range(1, len(TOWNS) + 1)))
    tlab_in = np.where(inside, tlab, 0)

    # ---------------------------------------------------------------- planning
    def seat_rc(name):
        t = [t for t in TOWNS if t[0] == name][0]
        return grid.rc(*ll2xy(t[2], t[3]))

    blobnoise = smooth_noise(rng, dem.shape, 7)

    def disc(lon, lat, radius):
        """Irregular blob of roughly `radius` metres around a point (noise-perturbed disc)."""
        x, y = ll2xy(lon, lat)
        return np.hypot(X - x, Y - y) + 0.35 * radius * blobnoise <= radius

    # valley floor: at most ~35 m above the local river level
    riv_level = _nearest_fill(np.where(stem_r & inside, dem, np.nan), inside)
    hab = dem - riv_level          # height above the main river
    tribs_r = rasterize(grid, [r[4] for r in rivers if r[5] == "derived"], all_touched=True) > 0
    valley = inside & (hab < 35) & (slope < 5)
    urban_mask = inside & ~stem_r & (
        (disc(120.735, 28.845, 2300) & (hab < 45)) |
        (disc(120.470, 28.737, 900) & valley) |
        (disc(120.605, 28.772, 900) & valley) |
        (disc(120.660, 28.800, 1100) & valley) |
        (disc(120.880, 28.860, 1000) & valley))
    ind_exist = inside & disc(120.785, 28.872, 1500) & (hab < 40) & ~stem_r
    # south-east of the existing park, on low valley land (P1 ≤ 2 there: rule 8 → VI-0)
    ind_plan = inside & disc(120.800, 28.856, 1000) & (hab < 45) & ~stem_r & ~ind_exist
    urban_mask &= ~ind_exist & ~ind_plan
    aqua = inside & disc(120.560, 28.752, 700) & valley & ~stem_r & ~urban_mask
    farm = valley & ~urban_mask & ~ind_exist & ~ind_plan & ~aqua & ~stem_r & ~res_any
    farm &= (smooth_noise(rng, dem.shape, 8) > -0.9)
    planning = []
    for role, name, m, ma in [
        ("industrial_existing", "仙居经济开发区", ind_exist, 1e5),
        ("industrial_planned", "仙居经济开发区南扩区块(规划)", ind_plan, 1e5),
        ("urban", "仙居县城建成区", urban_mask & disc(120.735, 28.845, 2300), 1e5),
        ("urban", "横溪镇区", urban_mask & disc(120.470, 28.737, 900), 5e4),
        ("urban", "白塔镇区", urban_mask & disc(120.605, 28.772, 900), 5e4),
        ("urban", "田市镇区", urban_mask & disc(120.660, 28.800, 1100), 5e4),
        ("urban", "下各镇区", urban_mask & disc(120.880, 28.860, 1000), 5e4),
        ("aquaculture", "皤滩水产养殖区", aqua, 2e4),
    ]:
        g = mask_polys(grid, m, region, min_area=ma, simplify=30.0, warp=warp)
        if g is not None:
            planning.append((role, name, g))
    # planning polygons do not overlap: each minus the ones before it
    taken = None
    for k, (role, name, g) in enumerate(planning):
        if taken is not None:
            g = polys_only(g.Difference(taken))
        planning[k] = (role, name, g)
        taken = g.Clone() if taken is None else taken.Union(g)
    farm_g = mask_polys(grid, farm, region, min_area=3e5, simplify=40.0, warp=warp)
    farm_g = polys_only(farm_g.Difference(taken))
    # split farmland by township so each block gets a local name
    for i, t in enumerate(TOWNS):
        gi = polys_only(farm_g.Intersection(town_geoms[i]))
        if gi.GetArea() > 2e5:
            planning.append(("farmland", "%s基本农田" % t[0].replace("街道", "").replace("镇", "").replace("乡", ""), gi))

    def plan_mask(role):
        return rasterize(grid, [g for r_, n_, g in planning if r_ == role] or [ogr.Geometry(ogr.wkbPolygon)]) > 0

    urb_r, ie_r, ip_r, farm_r, aqua_r = (plan_mask(r) for r in
                                          ("urban", "industrial_existing", "industrial_planned",
                                           "farmland", "aquaculture"))

    # ---------------------------------------------------------------- landcover (CLCD codes)
    n1 = smooth_noise(rng, dem.shape, 6)
    n2 = smooth_noise(rng, dem.shape, 15)
    lc = np.full(dem.shape, 2, np.uint8)                     # forest
    shrub = (dem > 900 + 80 * n2) | ((slope > 12 + 3 * n1) & (dem > 550))
    lc[shrub] = 3
    lc[(dem > 1000 + 60 * n1)] = 4                          # high ridge grass (山地草甸)
    crop = inside & ((hab < 45 + 15 * n2) & (slope < 6)) | farm_r
    lc[crop] = 1
    lc[(hab < 25) & (slope < 3) & (n1 > 1.6)] = 8            # villages on the valley floor
    lc[urb_r | ie_r] = 8
    lc[ip_r & (n1 > 0.3)] = 8                                # planned park partly built
    river_w = rasterize(grid, [stem_geom.Buffer(60)], all_touched=False) > 0
    lc[river_w | stem_r] = 5
    lc[tribs_r & (hab < 60)] = 5
    lc[res_any] = 5
    lc[aqua_r] = 5
    wet = inside & (hab < 12) & ~(lc == 5) & ~urb_r & ~ie_r & (n2 > 1.2) & (box_mean(stem_r.astype(float), 4) > 0)
    lc[wet] = 9
    lc[~inside] = 0

    # ---------------------------------------------------------------- soil texture (1..12)
    n3 = smooth_noise(rng, dem.shape, 22)
    slope_s = box_mean(slope, 4)
    st = np.full(dem.shape, 7, np.uint8)                     # 壤土 default (mid slopes)
    st[n3 > 0.6] = 6                                         # 面砂土
    mid_steep = slope_s > 6.5
    st[mid_steep] = np.where(n3[mid_steep] > 0, 8, 4)       # 砂壤土 / 细砂土
    upper = dem > 650 + 60 * n1
    st[upper] = np.where(n3[upper] > 0.3, 3, 4)             # 粗砂土 / 细砂土
    ridge = dem > 950 + 60 * n2
    st[ridge] = np.where(n3[ridge] > 0.8, 2, 1)             # 沙 / 石砾
    vfl = inside & (hab < 45)
    st[vfl] = np.where(n3[vfl] > 0.5, 9, np.where(n3[vfl] > -0.5, 10, 12))   # 粉粘土/壤粘土/粉土
    st[vfl & (n1 > 1.0)] = 11                                # 砂粉土
    st[vfl & (n2 < -1.2)] = 5                                # 粘土 pockets
    st[river_w | stem_r] = 2                                 # river bed sand
    st[~inside] = 0

    # ---------------------------------------------------------------- erosivity R
    _, lat_arr = _lonlat(grid)
    south = (lat_arr.max() - lat_arr) / (lat_arr.max() - lat_arr.min())
    base = 0.55 * np.nan_to_num(demf) + 260.0 * south + 45.0 * smooth_noise(rng, dem.shape, 25)
    base = box_mean(base, 3)
    v = base[inside]
    qs = np.percentile(v, [0, 0.6, 3, 12, 88, 97, 100])
    Rv = np.interp(base, qs, [18, 25, 100, 180, 420, 600, 700])
    R = np.where(inside, Rv, -9999).astype(np.float32)

    # ---------------------------------------------------------------- water sources, catchments
    xa_catch = res[0]["catch"]
    ll_catch = res[1]["catch"]
    water_sources = []
    g = mask_polys(grid, xa_catch & inside, region, min_area=1e6, simplify=50.0, warp=warp)
    water_sources.append(("下岸水库集水区", "城市水源地", g))
    g = mask_polys(grid, ll_catch & inside, region, min_area=1e5, simplify=50.0, warp=warp)
    water_sources.append(("里林水库集水区", "城市水源地", g))
    irr = inside & valley & (disc(120.500, 28.750, 5000) | disc(120.640, 28.790, 3500)) & ~urb_r
    g = mask_polys(grid, irr, region, min_area=5e5, simplify=50.0, smooth=150.0, warp=warp)
    water_sources.append(("横溪—田市农灌取水区", "农灌取水区", g))
    flood = inside & (hab < 10) & disc(120.830, 28.868, 4500) & ~ie_r
    g = mask_polys(grid, flood | (river_w & disc(120.830, 28.868, 4500)), region, min_area=2e5,
                   simplify=40.0, smooth=100.0, warp=warp)
    water_sources.append(("永安溪下各段洪水调蓄区", "洪水调蓄", g))

    # catchments: every cell takes the river reach it drains to (D8); class from the target
    tgt_class = {"I": 1, "II": 1, "III": 2, "IV": 3, "V": 3, "劣V": 3}
    seedlab = riv_lab.copy()
    lab = label_downstream(filled, dirs, inside, seedlab)
    cclass = np.zeros(dem.shape, np.int32)
    for i, rv in enumerate(rivers):
        cclass[lab == i + 1] = tgt_class[rv[2]]
    cclass[inside & (lab == 0)] = 2
    cclass[(xa_catch | ll_catch) & inside] = 1
    # basins: label by (reach, class) and polygonize per reach so names make sense
    cat_id = np.where(inside, lab * 10 + cclass, 0)
    cat_id[(xa_catch) & inside] = 9001
    cat_id[(ll_catch) & inside] = 9002
    cat_id = _absorb_small(cat_id, inside, 40)
    cpieces = polygonize(grid, cat_id, mask=np.ones(dem.shape, bool))
    catchments = []
    for key in sorted(cpieces):
        if key == 0:
            continue
        g = polys_only(union_all(cpieces[key]).Intersection(region))
        if g.IsEmpty():
            continue
        if key == 9001:
            nm, wc = "下岸水库流域", 1
        elif key == 9002:
            nm, wc = "里林水库流域", 1
        else:
            ri, wc = key // 10, key % 10
            nm = (rivers[ri - 1][0] + ("" if rivers[ri - 1][1] == "支流" else rivers[ri - 1][1])
                  + "汇水区") if ri else "其他汇水区"
        catchments.append((nm, wc, g))
    # the catchment polygons are cut from the full-grid label raster -> tile the region
    catchments = [(n, w, g) for n, w, g in catchments if g.GetArea() > 0]
    # as smooth vector shapes that still tile the region (counties.smooth_partition)
    smooth = counties.smooth_partition([g for _, _, g in catchments], region, warp)
    catchments = [(n, w, polys_only(g)) for (n, w, _), g in zip(catchments, smooth)]

    # ---------------------------------------------------------------- protected areas
    prot = []
    kc = inside & disc(120.800, 28.640, 9000) & (dem > 600 + 50 * n2)
    prot.append(("括苍山自然保护区", "nature_reserve", mask_polys(grid, kc, region, 1e6, 80.0, 200.0)))
    sx = inside & disc(120.615, 28.690, 5500) & (dem > 250)
    prot.append(("神仙居风景名胜区", "scenic_area", mask_polys(grid, sx, region, 1e6, 80.0, 200.0)))
    fp = inside & disc(120.700, 28.955, 5000) & (dem > 350)
    prot.append(("仙居国家森林公园", "forest_park", mask_polys(grid, fp, region, 1e6, 80.0, 200.0)))
    gp = inside & disc(120.690, 28.815, 2200) & (dem > 130)
    prot.append(("景星岩地质公园", "geopark", mask_polys(grid, gp, region, 1e5, 50.0, 100.0)))
    for rv in res:
        rm = rv["geom"]
        ws = polys_only(rm.Buffer(1000).Intersection(
            mask_polys(grid, rv["catch"] | rv["mask"], region, 0, 0, 0, warp=warp))
            .Intersection(region))
        prot.append(("%s饮用水源保护区" % rv["name"], "water_source_protection",
                     ws.SimplifyPreserveTopology(30.0)))
    relief = _relief(dem, inside, 5)
    red = inside & ((dem > 780 + 40 * n2) | ((relief > 330) & (dem > 500)))
    red = box_mean(red.astype(float), 3) > 0.5
    prot.append(("生态保护红线", "redline", mask_polys(grid, red & inside, region, 3e6, 100.0, 300.0)))
    prot = [p for p in prot if p[2] is not None and not p[2].IsEmpty()]

    # ---------------------------------------------------------------- township attributes
    w = np.array([t[4] for t in TOWNS], float)
    pop = _split_total(POP_2020, w)
    area_km2 = np.array([town_geoms[i].GetArea() / 1e6 for i in range(len(TOWNS))])
    mean_z = np.array([float(dem[tlab_in == i + 1].mean()) for i in range(len(TOWNS))])
    gdp = np.array([pop[i] * TOWNS[i][5] for i in range(len(TOWNS))])
    gdp = np.round(gdp * 3.0e6 / gdp.sum()).astype(int)
    ind = np.array([t[6] for t in TOWNS])
    jit = lambda: rng.uniform(0.85, 1.15, len(TOWNS))
    popk = pop / 1000.0
    cod = np.round(popk * 4.2 * jit() + ind * 120 * jit() + area_km2 * 0.6, 1)
    nh3 = np.round(popk * 0.55 * jit() + ind * 9 * jit() + area_km2 * 0.08, 2)
    so2 = np.round(popk * 0.9 * jit() + ind * 140 * jit(), 1)
    nox = np.round(popk * 2.1 * jit() + ind * 210 * jit() + area_km2 * 0.3, 1)
    species = np.round(150 + 0.55 * mean_z + 120 * np.array([t[7] for t in TOWNS]) + rng.uniform(-25, 25, len(TOWNS))).astype(int)

    # ---------------------------------------------------------------- point layers
    def rand_cells(cond, n, rr=rng):
        rr_, cc_ = np.nonzero(cond)
        idx = rr.choice(len(rr_), n, replace=False)
        idx.sort()
        out_ = []
        for k in idx:
            x, y = grid.xy(rr_[k], cc_[k])
            out_.append((x + rr.uniform(-45, 45), y + rr.uniform(-45, 45)))
        return out_

    sp_list = [
        ("国家一级", "黑麂"), ("国家一级", "白颈长尾雉"), ("国家一级", "南方红豆杉"), ("国家一级", "穿山甲"),
        ("国家一级", "中华秋沙鸭"),
        ("国家二级", "伯乐树"), ("国家二级", "香果树"), ("国家二级", "白鹇"), ("国家二级", "猕猴"),
        ("国家二级", "鸳鸯"), ("国家二级", "虎纹蛙"), ("国家二级", "福建柏"), ("国家二级", "花榈木"),
        ("国家二级", "勺鸡"), ("国家二级", "中国瘰螈"),
        ("其他", "豹猫"), ("其他", "棘胸蛙"), ("其他", "三尖杉"), ("其他", "黄山木兰"),
    ]
    species_pts = []
    mount = inside & (dem > 450) & ~res_any
    pts_sp = rand_cells(mount, 27)
    for k, (x, y) in enumerate(pts_sp):
        prot_c, sp = sp_list[k % len(sp_list)] if k < len(sp_list) else sp_list[rng.integers(0, len(sp_list))]
        species_pts.append((prot_c, sp, x, y))
    for x, y in rand_cells(inside & river_w & (hab < 30), 3):   # waterbirds on the river
        species_pts.append(("国家一级" if len(species_pts) % 2 else "国家二级",
                            "中华秋沙鸭" if len(species_pts) % 2 else "鸳鸯", x, y))

    # air stations: real CNEMC stations of 台州/金华/丽水 + derived county stations
    air = _real_air(real)
    for nm, lon, lat, so2v, no2v, pm10v in [("仙居县城站", 120.733, 28.851, 9.0, 24.0, 58.0),
                                            ("仙居白塔站", 120.603, 28.770, 7.0, 16.0, 52.0),
                                            ("仙居下各站", 120.878, 28.862, 11.0, 21.0, 61.0)]:
        x, y = ll2xy(lon, lat)
        air.append(dict(name=nm, stationcode=None, city="台州市", so2=so2v, no2=no2v, pm10=pm10v,
                        aqi=None, origin="derived", x=x, y=y, note="stand-in annual mean"))

    # water quality sections on the rivers
    limits = {"I": (2, 0.15, 0.02, 7.5), "II": (4, 0.5, 0.1, 6.0), "III": (6, 1.0, 0.2, 5.0),
              "IV": (10, 1.5, 0.3, 3.0), "V": (15, 2.0, 0.4, 2.0)}
    lower = {"I": (1.0, 0.05, 0.005, 9.0), "II": (2, 0.15, 0.02, 7.5), "III": (4, 0.5, 0.1, 6.0),
             "IV": (6, 1.0, 0.2, 5.0), "V": (10, 1.5, 0.3, 3.0)}

    def conc(cls):
        lo, hi = lower[cls], limits[cls]
        fr = rng.uniform(0.25, 0.85, 4)
        v_ = [lo[i] + fr[i] * (hi[i] - lo[i]) for i in range(3)]
        do = hi[3] + fr[3] * (lo[3] - hi[3])
        # one item sits in the class band, the others may be better
        better = rng.random(3) < 0.5
        for i in range(3):
            if better[i] and cls != "I":
                v_[i] = v_[i] * rng.uniform(0.55, 0.95) if i else v_[i]
        return round(v_[0], 2), round(v_[1], 3), round(v_[2], 3), round(do, 2)

    def on_line(g, frac):
        n_ = g.GetPointCount()
        L = g.Length()
        acc = 0.0
        for k in range(n_ - 1):
            x0_, y0_ = g.GetX(k), g.GetY(k)
            x1_, y1_ = g.GetX(k + 1), g.GetY(k + 1)
            sl = math.hypot(x1_ - x0_, y1_ - y0_)
            if acc + sl >= frac * L:
                t_ = (frac * L - acc) / sl if sl else 0
                return x0_ + t_ * (x1_ - x0_), y0_ + t_ * (y1_ - y0_)
            acc += sl
        return g.GetX(n_ - 1), g.GetY(n_ - 1)

    sections = []
    sec_plan = [  # (river index, fraction along, name, class)
        (0, 0.30, "溪港断面", "I"), (0, 0.85, "下岸水库出口", "II"),
        (1, 0.25, "横溪断面", "II"), (1, 0.55, "皤滩断面", "III"), (1, 0.85, "田市断面", "III"),
        (2, 0.40, "县城西门断面", "IV"), (2, 0.90, "开发区排口下游", "IV"),
        (3, 0.50, "下各出境断面", "III"),
        (4, 0.60, "韦羌溪口", "II"), (6, 0.70, "朱溪口", "II"), (7, 0.70, "杨丰溪口", "III"),
        (9, 0.80, "九都坑口", "V"),
    ]
    for ri, frac, nm, cls in sec_plan:
        x, y = on_line(rivers[ri][4], frac)
        cm, nh, tp, do = conc(cls)
        sections.append((nm, rivers[ri][0], cls, cm, nh, tp, do, x, y))

    # soil samples
    soil = []
    std = dict(cd=0.3, pb=90.0, as_=40.0, hg=1.8, cr=150.0)
    spts = rand_cells(inside & (hab < 80) & ~stem_r & ~res_any, 22) + rand_cells(inside & (dem > 300), 6) \
        + rand_cells(ie_r, 2)
    for k, (x, y) in enumerate(spts):
        r_, c_ = grid.rc(x, y)
        near_ind = ie_r[r_, c_] or (urb_r[r_, c_] and rng.random() < 0.5)
        f = rng.lognormal(0, 0.35)
        cd = 0.12 * f * (3.2 if near_ind else 1.0)
        pb = 32 * rng.lognormal(0, 0.3) * (2.2 if near_ind else 1.0)
        as_ = 8 * rng.lognormal(0, 0.35)
        hg = 0.09 * rng.lognormal(0, 0.5) * (1.8 if near_ind else 1.0)
        cr = 48 * rng.lognormal(0, 0.3)
        if k == 5:
            as_ = 52.0           # one As hotspot (old mine stand-in)
        soil.append(("S%02d" % (k + 1), round(cd, 3), round(pb, 1), round(as_, 2), round(hg, 3), round(cr, 1), x, y))

    # projects: one inside the scenic area, one inside the existing park
    scenic = [p for p in prot if p[1] == "scenic_area"][0][2]
    park = [p for p in planning if p[0] == "industrial_existing"][0][2]
    sc_pt = scenic.PointOnSurface()
    pk_pt = park.PointOnSurface()
    projects = [
        ("神仙居景区水泥粉磨站项目", "三类", "47", "47、水泥制造", sc_pt.Buffer(180, 2)),
        ("仙居经济开发区电子元件项目", "一类", "71",
         "71、电子元件及组件（不含分割、焊接、有机溶剂清洗工艺的）", pk_pt.Buffer(120, 2)),
    ]
    project_pts = [
        ("神仙居景区水泥粉磨站项目", "三类", "47", "47、水泥制造", sc_pt),
        ("仙居经济开发区机械加工项目", "二类", "K", "K机械、电子", pk_pt),
    ]

    # ---------------------------------------------------------------- write the GeoPackage
    gpkg = os.path.join(out, "xianju.gpkg")
    if os.path.exists(gpkg):
        os.remove(gpkg)
    drv = ogr.GetDriverByName("GPKG")
    gds = drv.CreateDataSource(gpkg)

    def mklayer(name, gtype, fields):
        lyr_ = gds.CreateLayer(name, S4549, gtype, ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
        for fname, ftype in fields:
            fd = ogr.FieldDefn(fname, ftype)
            lyr_.CreateField(fd)
        return lyr_

    def add(lyr_, geom, **vals):
        f_ = ogr.Feature(lyr_.GetLayerDefn())
        for k_, v_ in vals.items():
            if v_ is None:
                f_.SetFieldNull(k_)
            else:
                f_.SetField(k_, v_)
        if geom is not None:
            if lyr_.GetGeomType() == ogr.wkbMultiPolygon:
                geom = ogr.ForceToMultiPolygon(geom)
            elif lyr_.GetGeomType() == ogr.wkbMultiLineString:
                geom = ogr.ForceToMultiLineString(geom)
            f_.SetGeometry(geom)
        lyr_.CreateFeature(f_)

    S, I, R_ = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
    gds.StartTransaction()
    L = mklayer("region", ogr.wkbMultiPolygon, [("adcode", S), ("name", S)])
    add(L, region, adcode=ADCODE, name=NAME)

    L = mklayer("townships", ogr.wkbMultiPolygon,
                [("name", S), ("code", S), ("population", I), ("gdp", R_), ("cod_t", R_), ("nh3n_t", R_),
                 ("so2_t", R_), ("nox_t", R_), ("species", I), ("priority_eco", I), ("soil_level", I)])
    for i, t in enumerate(TOWNS):
        add(L, town_geoms[i], name=t[0], code=t[1], population=int(pop[i]), gdp=float(gdp[i]),
            cod_t=float(cod[i]), nh3n_t=float(nh3[i]), so2_t=float(so2[i]), nox_t=float(nox[i]),
            species=int(species[i]), priority_eco=int(t[8]), soil_level=int(t[9]))

    L = mklayer("town_seats", ogr.wkbPoint, [("name", S), ("code", S)])
    for i, t in enumerate(TOWNS):
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(*seeds[i])
        add(L, p, name=t[0], code=t[1])

    L = mklayer("rivers", ogr.wkbMultiLineString,
                [("name", S), ("reach", S), ("target", S), ("erosion", S), ("origin", S)])
    for nm, reach, tgt, ero, g, org in rivers:
        add(L, g, name=nm, reach=reach, target=tgt, erosion=ero, origin=org)

    L = mklayer("waterbodies", ogr.wkbMultiPolygon, [("name", S), ("limax", R_), ("limin", R_), ("dam_elev", R_)])
    for rv in res:
        g = rv["geom"]
        add(L, g, name=rv["name"], limax=rv["limax"], limin=rv["limin"], dam_elev=round(rv["z0"], 1))

    L = mklayer("water_sources", ogr.wkbMultiPolygon, [("name", S), ("type", S)])
    for nm, tp, g in water_sources:
        if g is not None:
            add(L, g, name=nm, type=tp)

    L = mklayer("catchments", ogr.wkbMultiPolygon, [("name", S), ("water_class", I)])
    for nm, wc, g in catchments:
        add(L, g, name=nm, water_class=int(wc))

    L = mklayer("species_points", ogr.wkbPoint, [("species", S), ("protection", S)])
    for pc, sp, x, y in species_pts:
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x, y)
        add(L, p, species=sp, protection=pc)

    L = mklayer("protected_areas", ogr.wkbMultiPolygon, [("name", S), ("role", S)])
    for nm, role, g in prot:
        add(L, g, name=nm, role=role)

    L = mklayer("planning", ogr.wkbMultiPolygon, [("name", S), ("role", S)])
    for role, nm, g in planning:
        add(L, g, name=nm, role=role)

    L = mklayer("air_stations", ogr.wkbPoint,
                [("name", S), ("stationcode", S), ("city", S), ("so2", R_), ("no2", R_), ("pm10", R_),
                 ("aqi", R_), ("origin", S), ("note", S)])
    for s_ in air:
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(s_["x"], s_["y"])
        add(L, p, name=s_["name"], stationcode=s_["stationcode"], city=s_["city"], so2=s_["so2"],
            no2=s_["no2"], pm10=s_["pm10"], aqi=s_["aqi"], origin=s_["origin"], note=s_["note"])

    L = mklayer("water_sections", ogr.wkbPoint,
                [("name", S), ("river", S), ("class", S), ("codmn", R_), ("nh3n", R_), ("tp", R_), ("do", R_)])
    for nm, rv_, cls, cm, nh, tp, do, x, y in sections:
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x, y)
        add(L, p, name=nm, river=rv_, **{"class": cls}, codmn=cm, nh3n=nh, tp=tp, do=do)

    L = mklayer("soil_samples", ogr.wkbPoint,
                [("name", S), ("cd", R_), ("pb", R_), ("as_", R_), ("hg", R_), ("cr", R_),
                 ("cd_s", R_), ("pb_s", R_), ("as_s", R_), ("hg_s", R_), ("cr_s", R_)])
    for nm, cd, pb, as_, hg, cr, x, y in soil:
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x, y)
        add(L, p, name=nm, cd=cd, pb=pb, as_=as_, hg=hg, cr=cr, cd_s=std["cd"], pb_s=std["pb"],
            as_s=std["as_"], hg_s=std["hg"], cr_s=std["cr"])

    L = mklayer("projects", ogr.wkbMultiPolygon, [("name", S), ("industry", S), ("item_no", S), ("item", S)])
    for nm, cls, no, item, g in projects:
        add(L, g, name=nm, industry=cls, item_no=no, item=item)
    L = mklayer("project_points", ogr.wkbPoint, [("name", S), ("industry", S), ("item_no", S), ("item", S)])
    for nm, cls, no, item, g in project_pts:
        add(L, g, name=nm, industry=cls, item_no=no, item=item)
    gds.CommitTransaction()
    gds = None

    # ---------------------------------------------------------------- rasters
    write_tif(os.path.join(out, "dem.tif"), grid, dem, gdal.GDT_Float32, -9999)
    write_tif(os.path.join(out, "erosivity.tif"), grid, R, gdal.GDT_Float32, -9999)
    write_tif(os.path.join(out, "landcover.tif"), grid, lc, gdal.GDT_Byte, 0)
    write_tif(os.path.join(out, "soil_texture.tif"), grid, st, gdal.GDT_Byte, 0)
    shutil.copyfile(os.path.join(real, "zj-dem-srtm3-900m", "dem_331024_xianju.tif"),
                    os.path.join(out, "dem_900m_4326.tif"))

    # ---------------------------------------------------------------- summary
    print("R classes", [int(((R > lo) & (R <= hi) & inside).sum()) for lo, hi in
                        [(-1, 25), (25, 100), (100, 400), (400, 600), (600, 1e9)]])
    print("landcover", {int(k): int((lc == k).sum()) for k in np.unique(lc)})
    print("soil", {int(k): int((st == k).sum()) for k in np.unique(st)})
    for i, t in enumerate(TOWNS):
        print("%-6s %7d %8.1f km2 pop %6d gdp %7d sp %3d z %.0f" % (t[0], i, area_km2[i], pop[i], gdp[i], species[i], mean_z[i]))
    print("catchments", [(n, w, round(g.GetArea() / 1e6, 1)) for n, w, g in catchments])
    print("protected", [(n, r, round(g.GetArea() / 1e6, 1)) for n, r, g in prot])
    print("planning", [(r, n, round(g.GetArea() / 1e6, 2)) for r, n, g in planning])


# ---------------------------------------------------------------------------- more helpers
def _lonlat(grid):
    X, Y = np.meshgrid(grid.xc, grid.yc)
    pts = np.column_stack([X.ravel(), Y.ravel()])
    ll = np.array(TO_GEO.TransformPoints(pts.tolist()))
    return ll[:, 0].reshape(X.shape), ll[:, 1].reshape(X.shape)


def _split_total(total, w):
    raw = total * w / w.sum()
    base = np.floor(raw).astype(int)
    rem = total - base.sum()
    order = np.argsort(-(raw - base), kind="stable")
    base[order[:rem]] += 1
    return base


def _components(mask):
    """4-connected component labels of a boolean mask (numpy + BFS, no scipy)."""
    ny, nx = mask.shape
    lab = np.zeros(mask.shape, np.int32)
    n = 0
    for r0, c0 in zip(*np.nonzero(mask)):
        if lab[r0, c0]:
            continue
        n += 1
        stack = [(r0, c0)]
        lab[r0, c0] = n
        while stack:
            r, c = stack.pop()
            for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= rr < ny and 0 <= cc < nx and mask[rr, cc] and not lab[rr, cc]:
                    lab[rr, cc] = n
                    stack.append((rr, cc))
    return lab, n


def _nearest_fill(a, inside, max_iter=400):
    """Fill NaNs with the mean of already-filled neighbours, growing outward (approx. nearest)."""
    out = a.copy()
    for _ in range(max_iter):
        miss = np.isnan(out) & inside
        if not miss.any():
            break
        v = np.where(np.isnan(out), 0.0, out)
        w = (~np.isnan(out)).astype(float)
        s = box_mean(v, 2)
        n = box_mean(w, 2)
        grow = miss & (n > 0)
        out[grow] = s[grow] / n[grow]
    return np.where(np.isnan(out), np.nanmean(a), out)


def _relief(dem, inside, r):
    z = np.where(inside, dem, np.nan)
    ny, nx = z.shape
    p = np.pad(z, r, constant_values=np.nan)
    mx = np.full(z.shape, -np.inf)
    mn = np.full(z.shape, np.inf)
    for dy in range(2 * r + 1):
        for dx in range(2 * r + 1):
            s = p[dy:dy + ny, dx:dx + nx]
            mx = np.fmax(mx, s)
            mn = np.fmin(mn, s)
    return np.where(inside, mx - mn, 0.0)


def _absorb_small(lab, inside, min_cells):
    """Merge labelled patches smaller than min_cells into a neighbouring label."""
    out = lab.copy()
    for v in np.unique(out[inside]):
        m = out == v
        comp, n = _components(m)
        if n == 0:
            continue
        sizes = np.bincount(comp.ravel())
        for k in range(1, n + 1):
            if sizes[k] < min_cells:
                out[comp == k] = -1
    for _ in range(200):
        ys, xs = np.nonzero(out == -1)
        if len(ys) == 0:
            break
        for r, c in zip(ys, xs):
            nb = [out[rr, cc] for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                  if 0 <= rr < out.shape[0] and 0 <= cc < out.shape[1] and out[rr, cc] > 0]
            if nb:
                out[r, c] = max(set(nb), key=nb.count)
    # outside the region: nearest label so the full-grid polygons tile the region after clipping
    if (out == 0).any():
        filled = out.astype(float)
        filled[out <= 0] = np.nan
        # grow labels outward (majority of neighbours)
        for _ in range(60):
            miss = np.isnan(filled)
            if not miss.any():
                break
            ys, xs = np.nonzero(miss)
            upd = {}
            for r, c in zip(ys, xs):
                nb = [filled[rr, cc] for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                      if 0 <= rr < out.shape[0] and 0 <= cc < out.shape[1] and not np.isnan(filled[rr, cc])]
                if nb:
                    upd[(r, c)] = max(set(nb), key=nb.count)
            for (r, c), v in upd.items():
                filled[r, c] = v
        out = np.where(np.isnan(filled), 0, filled).astype(np.int32)
    return out


def _real_air(real):
    import csv
    path = os.path.join(real, "zj-air-stations-cnemc", "zhejiang_cnemc_air_stations_snapshots.csv")
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["area"] in ("台州市", "金华市", "丽水市"):
                rows.setdefault(r["stationcode"], []).append(r)

    def num(x):
        try:
            return float(x)
        except (TypeError, ValueError):
            return None

    out = []
    for code in sorted(rows):
        rs = sorted(rows[code], key=lambda r: r["timepoint"])
        vals = {}
        for k in ("so2", "no2", "pm10", "aqi"):
            v = [num(r[k]) for r in rs]
            if all(x is None for x in v):
                v = [num(r.get(k + "_24h")) for r in rs]
            v = [x for x in v if x is not None]
            vals[k] = round(sum(v) / len(v), 1) if v else None
        x, y = ll2xy(float(rs[0]["lon"]), float(rs[0]["lat"]))
        out.append(dict(name=rs[0]["positionname"], stationcode=code, city=rs[0]["area"], origin="real",
                        x=x, y=y, note="mean of CNEMC hourly snapshots " + ", ".join(r["timepoint"] for r in rs),
                        **vals))
    return out


if __name__ == "__main__":
    main()
