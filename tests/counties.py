"""Generated test counties — every input the workflow takes, QGIS-free (numpy + GDAL/OGR).

Import from any test (tests/ is on sys.path through tests/conftest.py)::

    import counties
    c = counties.make_county(tmp_path, kind="coastal")          # or "reservoir", "plain"
    c = counties.make_county(tmp_path, townships=100)           # the 100-township county
    c = counties.make_county(tmp_path, crs="EPSG:4490")         # geographic CRS
    c = counties.make_county(tmp_path, fmt="shp_gbk", names="alt")  # GBK shapefiles, no .cpg
    c.uri("townships"), c.raster("dem"), c.field("townships", "population"), c.region

or from the shell: ``python3 tests/counties.py OUT_DIR --kind reservoir --townships 30``.

What is generated (``LAYERS`` lists every layer with its fields):

- ``region``: a smooth closed outline (polar harmonics); for ``coastal`` cut by a wavy
  coastline on the east (the sea lies east of it) and ``coastline`` is that shore line with
  the fields coastalhazardzone takes (a, s, theta, h, dyked).
- ``townships``: a warped Voronoi tessellation — Voronoi edges of relaxed seeds, densified
  and moved by a smooth displacement field whose gradient stays below 1 (so the network
  stays planar), clipped to the region, noded with its outline and polygonized: every
  shared border is one line, so the townships tile the region exactly; curved, no edge on
  a cell grid. Fields name, code (9 digits), population, gdp (万元), cod_t, nh3n_t, so2_t,
  nox_t (t/a), species, priority_eco (0/1), soil_level.
- ``catchments`` (water_class 1/2/3): a second warped tessellation, tiling the region.
- ``rivers`` (name, reach, target I–V, erosion): a meandering main river in reaches and
  tributaries ending on it; the DEM is carved along them (valleys), mountains away from them.
- ``waterbodies`` (name, limax, limin, dam_elev): a small reservoir, or for ``reservoir``
  a large one (≈ 6 % of the county) on the main river.
- ``protected_areas`` (name, role): nature reserve, scenic area, forest park, geopark,
  drinking-water protection (around the reservoir), red line — smooth legal outlines.
- ``planning`` (name, role): urban (county seat and two towns), existing and planned
  industrial parks, basic farmland along the valleys cut by township, aquaculture.
- ``water_sources`` (name, type 城市水源地/农灌取水区/洪水调蓄), ``mountains`` (name, polygons),
  ``villages`` (name, points), ``species_points`` (species, protection), ``air_stations``
  (name, so2, no2, pm10), ``water_sections`` (name, river, class, codmn, nh3n, tp, do),
  ``soil_samples`` (name, cd, pb, as_, hg, cr, cd_s … cr_s).
- rasters ``dem`` (Float32 m), ``landcover`` (Byte, CLCD codes), ``soil_texture`` (Byte,
  1–12), ``erosivity`` (Float32): ``cell`` metres (default 100) on a grid covering the
  region, nodata outside it; small by default (the county is ``size_km`` = 24 km across,
  ≈ 240 × 240 cells).

Everything is deterministic for a given ``seed``. Stand-in values only, nothing here is real.
"""

import argparse
import math
import os

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

PROJECTED = "EPSG:4549"  # CGCS2000 / 3-degree Gauss-Kruger CM 120E
X0, Y0 = 500000.0, 3180000.0  # lower-left of the county's frame (≈ 120.0 E, 28.7 N)
KINDS = ("plain", "coastal", "reservoir")

S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
#: layer → (geometry type, [(field, OGR type)])
LAYERS = {
    "region": (ogr.wkbMultiPolygon, [("adcode", S), ("name", S)]),
    "townships": (ogr.wkbMultiPolygon, [
        ("name", S), ("code", S), ("population", I), ("gdp", R), ("cod_t", R), ("nh3n_t", R),
        ("so2_t", R), ("nox_t", R), ("species", I), ("priority_eco", I), ("soil_level", I)]),
    "catchments": (ogr.wkbMultiPolygon, [("name", S), ("water_class", I)]),
    "rivers": (ogr.wkbMultiLineString, [("name", S), ("reach", S), ("target", S),
                                        ("erosion", I)]),
    "waterbodies": (ogr.wkbMultiPolygon, [("name", S), ("limax", R), ("limin", R),
                                          ("dam_elev", R)]),
    "protected_areas": (ogr.wkbMultiPolygon, [("name", S), ("role", S)]),
    "planning": (ogr.wkbMultiPolygon, [("name", S), ("role", S)]),
    "water_sources": (ogr.wkbMultiPolygon, [("name", S), ("type", S)]),
    "mountains": (ogr.wkbMultiPolygon, [("name", S)]),
    "villages": (ogr.wkbPoint, [("name", S)]),
    "species_points": (ogr.wkbPoint, [("species", S), ("protection", S)]),
    "air_stations": (ogr.wkbPoint, [("name", S), ("so2", R), ("no2", R), ("pm10", R)]),
    "water_sections": (ogr.wkbPoint, [("name", S), ("river", S), ("class", S), ("codmn", R),
                                      ("nh3n", R), ("tp", R), ("do", R)]),
    "soil_samples": (ogr.wkbPoint, [
        ("name", S), ("cd", R), ("pb", R), ("as_", R), ("hg", R), ("cr", R), ("cd_s", R),
        ("pb_s", R), ("as_s", R), ("hg_s", R), ("cr_s", R)]),
    "coastline": (ogr.wkbMultiLineString, [("name", S), ("a", R), ("s", R), ("theta", R),
                                           ("h", R), ("dyked", I)]),
}
#: other field names (``names="alt"``), as Chinese shapefiles often have them (≤ 10 bytes GBK)
ALT_NAMES = {
    "name": "名称", "code": "XZQDM", "adcode": "XZQDM", "population": "人口", "gdp": "GDP万元",
    "cod_t": "COD", "nh3n_t": "NH3N", "so2_t": "SO2PF", "nox_t": "NOXPF", "species": "物种数",
    "priority_eco": "优先生态", "soil_level": "土壤等级", "water_class": "水质类别",
    "reach": "河段", "target": "水质目标", "erosion": "侵蚀强度", "limax": "汛限水位",
    "limin": "死水位", "dam_elev": "坝顶高程", "role": "类型", "type": "类别",
    "protection": "保护级别", "river": "河流", "class": "水质", "a": "后退距离", "s": "海平面",
    "theta": "坡度", "h": "风暴潮", "dyked": "海堤",
}

SYL = "青石白云龙泉桃源金竹松溪安仁福应横岭田西山上岙湖枫林杨梅下各朱家官路埠头永宁丰乐" \
      "双庙坦头南峰大战广度淡竹步路洋溪皤滩安岭溪港湫山平阳柳溪新塘高迁岩口后垟"


class County:
    """Paths and facts of a generated county (see ``make_county``)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def uri(self, layer):
        """Layer URI for QGIS / qgis_process (``path|layername=x`` or the .shp path)."""
        return self.uris[layer]

    def raster(self, name):
        return self.rasters[name]

    def field(self, layer, name):
        """The name a canonical field has in this county (``names`` option)."""
        return self.names.get(name, name)

    def geometries(self, layer):
        """OGR geometries of a layer (in the county's CRS)."""
        ds = ogr.Open(self.paths[layer])
        lyr = ds.GetLayerByName(layer) if self.fmt == "gpkg" else ds.GetLayer(0)
        out = [f.GetGeometryRef().Clone() for f in lyr if f.GetGeometryRef() is not None]
        ds = None
        return out


# -- geometry helpers --------------------------------------------------------------------

def ring_polygon(xy):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in xy:
        ring.AddPoint_2D(float(x), float(y))
    ring.AddPoint_2D(float(xy[0][0]), float(xy[0][1]))
    g = ogr.Geometry(ogr.wkbPolygon)
    g.AddGeometry(ring)
    return g


def linestring(xy):
    g = ogr.Geometry(ogr.wkbLineString)
    for x, y in xy:
        g.AddPoint_2D(float(x), float(y))
    return g


def blob(cx, cy, r, rng, rough=0.18, harmonics=7, n=160, aspect=1.0, angle=0.0):
    """A smooth star-shaped outline: radius r·(1 + Σ a_k cos(kθ + φ_k)), k = 2…harmonics."""
    t = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    rad = np.ones(n)
    for k in range(2, harmonics + 1):
        rad += rough * rng.uniform(0.3, 1.0) / k * np.cos(k * t + rng.uniform(0, 2 * math.pi))
    x, y = r * rad * np.cos(t) * aspect, r * rad * np.sin(t)
    ca, sa = math.cos(angle), math.sin(angle)
    return ring_polygon(list(zip(cx + ca * x - sa * y, cy + sa * x + ca * y)))


def polygons(g):
    """Polygon parts of any geometry (collections of lines and points dropped)."""
    out = []
    if g is None or g.IsEmpty():
        return out
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        out.append(g.Clone())
    elif t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            out.extend(polygons(g.GetGeometryRef(i)))
    return out


def multi(parts, min_area=0.0):
    m = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in parts:
        for q in polygons(p):
            if q.GetArea() > min_area:
                m.AddGeometry(q)
    return m


def lines_of(g):
    out = []
    if g is None or g.IsEmpty():
        return out
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbLineString:
        out.append(g.Clone())
    elif t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            out.extend(lines_of(g.GetGeometryRef(i)))
    return out


def densify(xy, step):
    """Points along a polyline at most ``step`` apart (the original vertices kept)."""
    out = [xy[0]]
    for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:]):
        n = max(1, int(math.ceil(math.hypot(x1 - x0, y1 - y0) / step)))
        for k in range(1, n + 1):
            out.append((x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n))
    return out


class Warp:
    """A smooth displacement p → p + d(p) (sums of sine waves) whose Jacobian stays close
    to the identity (Σ amplitude·wavenumber ≤ ``strength`` < 1): a bijection, so a planar
    line network stays planar and shared borders stay shared."""

    def __init__(self, rng, scale, strength=0.45, waves=6):
        self.w = []
        for axis in (0, 1):
            lam = scale * rng.uniform(0.35, 2.0, waves)
            kk = 2 * math.pi / lam
            amp = strength / waves / kk
            ang = rng.uniform(0, 2 * math.pi, waves)
            ph = rng.uniform(0, 2 * math.pi, waves)
            self.w.append((amp, kk * np.cos(ang), kk * np.sin(ang), ph))

    def d(self, x, y):
        x, y = np.asarray(x, float), np.asarray(y, float)
        out = []
        for amp, kx, ky, ph in self.w:
            out.append(np.sum(amp * np.sin(np.multiply.outer(x, kx) + np.multiply.outer(y, ky)
                                            + ph), axis=-1))
        return out

    def __call__(self, x, y):
        dx, dy = self.d(x, y)
        return np.asarray(x) + dx, np.asarray(y) + dy

    def inverse(self, x, y, n=40):
        """Fixed-point inverse (a contraction since the gradient of d is below 1)."""
        px, py = np.asarray(x, float), np.asarray(y, float)
        for _ in range(n):
            dx, dy = self.d(px, py)
            px, py = x - dx, y - dy
        return px, py


def relaxed_seeds(samples, n, rng, iterations=12):
    """n seeds relaxed by Lloyd's method over sample points (rows of x, y)."""
    seeds = samples[rng.choice(len(samples), n, replace=False)].copy()
    for _ in range(iterations):
        lab = nearest(samples, seeds)
        for k in range(n):
            m = lab == k
            if m.any():
                seeds[k] = samples[m].mean(axis=0)
    return seeds


def nearest(pts, seeds, chunk=20000):
    out = np.empty(len(pts), int)
    for a in range(0, len(pts), chunk):
        p = pts[a:a + chunk]
        d = ((p[:, None, :] - seeds[None, :, :]) ** 2).sum(axis=2)
        out[a:a + chunk] = d.argmin(axis=1)
    return out


def voronoi_edges(seeds, far):
    """Voronoi edges (pairs of points) of ``seeds`` from OGR's Delaunay triangulation, with a
    ring of ghost seeds at distance ``far`` so that every real cell is bounded."""
    c = seeds.mean(axis=0)
    t = np.linspace(0, 2 * math.pi, 24, endpoint=False)
    ghosts = np.c_[c[0] + far * np.cos(t), c[1] + far * np.sin(t)]
    pts = np.vstack([seeds, ghosts])
    mp = ogr.Geometry(ogr.wkbMultiPoint)
    index = {}
    for i, (x, y) in enumerate(pts):
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(float(x), float(y))
        mp.AddGeometry(p)
        index[(float(x), float(y))] = i
    tri = mp.DelaunayTriangulation(0.0, False)
    centres, edges = [], {}
    for k in range(tri.GetGeometryCount()):
        ring = tri.GetGeometryRef(k).GetGeometryRef(0)
        v = [index[(ring.GetX(j), ring.GetY(j))] for j in range(3)]
        (ax, ay), (bx, by), (cx, cy) = pts[v[0]], pts[v[1]], pts[v[2]]
        dd = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
        ux = ((ax * ax + ay * ay) * (by - cy) + (bx * bx + by * by) * (cy - ay)
              + (cx * cx + cy * cy) * (ay - by)) / dd
        uy = ((ax * ax + ay * ay) * (cx - bx) + (bx * bx + by * by) * (ax - cx)
              + (cx * cx + cy * cy) * (bx - ax)) / dd
        centres.append((ux, uy))
        for a, b in ((v[0], v[1]), (v[1], v[2]), (v[2], v[0])):
            edges.setdefault((min(a, b), max(a, b)), []).append(k)
    out = []
    for (a, b), ts in edges.items():
        if len(ts) == 2 and (a < len(seeds) or b < len(seeds)):
            p, q = centres[ts[0]], centres[ts[1]]
            if math.hypot(p[0] - q[0], p[1] - q[1]) > 1e-6:
                out.append((p, q))
    return out


def tessellate(region, n, rng, samples=None, through=None, strength=0.45):
    """n faces tiling ``region`` exactly, with curved borders (see the module doc).

    Seeds are relaxed over ``samples`` (rows of x, y), or given as ``through``: points that
    must lie in their own face (face k holds through[k]; township seats, say)."""
    area = region.GetArea()
    spacing = math.sqrt(area / n)
    warp = Warp(rng, spacing, strength=strength)
    if through is not None:
        through = np.asarray(through, float)
        seeds = np.c_[warp.inverse(through[:, 0], through[:, 1])]
    else:
        seeds = relaxed_seeds(samples, n, rng)
    env = region.GetEnvelope()
    far = 3 * max(env[1] - env[0], env[3] - env[2])
    net = ogr.Geometry(ogr.wkbMultiLineString)
    for p, q in voronoi_edges(seeds, far):
        xy = densify([p, q], spacing / 12.0)
        wx, wy = warp(np.array([a for a, _ in xy]), np.array([b for _, b in xy]))
        net.AddGeometry(linestring(list(zip(wx, wy))))
    # node the whole network with the outline, polygonize, keep the faces inside
    noded = net.Union(region.Boundary())
    faces = [f for f in polygons(noded.Polygonize())
             if f.GetArea() > 0 and f.PointOnSurface().Within(region)]
    # each face to the cell of the seed nearest to its (un-warped) interior point
    cx, cy = [], []
    for f in faces:
        p = f.PointOnSurface()
        cx.append(p.GetX())
        cy.append(p.GetY())
    ux, uy = warp.inverse(np.array(cx), np.array(cy))
    lab = nearest(np.c_[ux, uy], seeds)
    groups = {k: [] for k in range(n)}
    for f, k in zip(faces, lab):
        groups.setdefault(int(k), []).append(f)
    if any(not v for v in groups.values()):
        raise RuntimeError("tessellate: a seed without a face (seed outside the region?)")
    cells = []
    for k in range(n):
        parts = groups[k]
        g = parts[0]
        for p in parts[1:]:
            g = g.Union(p)
        cells.append(g)
    for k in range(len(cells)):
        cells[k] = fold_fragments(cells[k], cells)
    cells = [c for c in cells if c is not None and not c.IsEmpty()]
    if len(cells) != n:
        raise RuntimeError("tessellate: %d faces for %d seeds" % (len(cells), n))
    return cells, seeds


def longest_border(frag, geoms, skip=None):
    """Index of the geometry sharing the longest border with ``frag`` (None: no border)."""
    best, blen = None, 0.0
    for j, other in enumerate(geoms):
        if other is skip or other is None:
            continue
        shared = frag.Boundary().Intersection(other.Boundary())
        ln = sum(x.Length() for x in lines_of(shared))
        if ln > blen:
            best, blen = j, ln
    return best


def fold_fragments(cell, cells):
    """Keep a cell whole: parts smaller than its largest go to the neighbour with the
    longest shared border (done in place in ``cells``; returns the new cell)."""
    parts = polygons(cell)
    if len(parts) <= 1:
        return cell
    parts.sort(key=lambda p: -p.GetArea())
    keep = parts[0]
    for frag in parts[1:]:
        best = longest_border(frag, cells, skip=cell)
        if best is None:
            keep = keep.Union(frag)
        else:
            cells[best] = cells[best].Union(frag)
    return keep


def chaikin(xy, iterations=3, closed=True):
    """Chaikin corner cutting of a vertex list (closed ring without the repeated point)."""
    p = np.asarray(xy, float)
    for _ in range(iterations):
        q = np.roll(p, -1, axis=0) if closed else p[1:]
        a = p if closed else p[:-1]
        new = np.empty((2 * len(a), 2))
        new[0::2] = 0.75 * a + 0.25 * q
        new[1::2] = 0.25 * a + 0.75 * q
        p = new if closed else np.vstack([p[:1], new, p[-1:]])
    return p


def smooth_polygon(g, warp=None, tol=120.0, iterations=3):
    """A cell-edge (staircase) polygon as a smooth vector shape: Douglas–Peucker at about
    one cell, Chaikin corner cutting, then an optional smooth warp (a bijection: no new
    self-intersections); repaired with a zero buffer if needed."""
    out = []
    for p in polygons(g.SimplifyPreserveTopology(tol)):
        rings = []
        for k in range(p.GetGeometryCount()):
            pts = np.array(p.GetGeometryRef(k).GetPoints())[:-1, :2]
            if len(pts) < 3:
                continue
            sm = chaikin(pts, iterations)
            if warp is not None:
                sm = np.c_[warp(sm[:, 0], sm[:, 1])]
            rings.append(sm)
        if not rings:
            continue
        poly = ogr.Geometry(ogr.wkbPolygon)
        for r in rings:
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in r:
                ring.AddPoint_2D(float(x), float(y))
            ring.AddPoint_2D(float(r[0][0]), float(r[0][1]))
            poly.AddGeometry(ring)
        if not poly.IsValid():
            poly = poly.Buffer(0)
        out.extend(polygons(poly))
    return multi(out)


def smooth_partition(geoms, region, warp=None, tol=120.0, iterations=3):
    """Polygons that tile ``region`` along cell edges → smooth polygons that tile it exactly:
    each smoothed (smooth_polygon), then in order minus the ones before it, and what is
    left uncovered goes, piece by piece, to the polygon sharing the longest border."""
    taken = None
    out = []
    for g in geoms:
        s = smooth_polygon(g, warp, tol, iterations).Intersection(region)
        if taken is not None:
            s = s.Difference(taken)
        s = multi([s])
        out.append(s)
        taken = s.Clone() if taken is None else taken.Union(s)
    rest = region.Difference(taken)
    for frag in polygons(rest):
        best = longest_border(frag, out)
        if best is not None:
            out[best] = multi([out[best].Union(frag)])
    return out


def axis_parallel_share(geoms, tol=1e-6):
    """Share of the boundary length (polygons) or length (lines) that runs exactly along an
    axis (|dx| or |dy| ≤ tol): ≈ 1 for cell-edge staircases, ≈ 0 for real boundaries."""
    total = par = 0.0
    for g in geoms:
        b = g.Boundary() if ogr.GT_Flatten(g.GetGeometryType()) in (
            ogr.wkbPolygon, ogr.wkbMultiPolygon) else g
        for ln in lines_of(b):
            pts = np.array(ln.GetPoints())[:, :2]
            d = np.diff(pts, axis=0)
            seg = np.hypot(d[:, 0], d[:, 1])
            total += seg.sum()
            par += seg[(np.abs(d[:, 0]) <= tol) | (np.abs(d[:, 1]) <= tol)].sum()
    return par / total if total else 0.0


def partition_errors(geoms, region):
    """(gap m², overlap m², area difference m²) of polygons meant to tile ``region``."""
    union = multi(geoms).UnionCascaded()
    gap = region.Difference(union).GetArea() if union is not None else region.GetArea()
    overlap = 0.0
    env = [g.GetEnvelope() for g in geoms]
    for i in range(len(geoms)):
        a = env[i]
        for j in range(i + 1, len(geoms)):
            b = env[j]
            if a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2]:
                continue
            overlap += sum(p.GetArea() for p in polygons(geoms[i].Intersection(geoms[j])))
    return gap, overlap, abs(sum(g.GetArea() for g in geoms) - region.GetArea())


# -- the county --------------------------------------------------------------------------

def _names(rng, n, suffixes):
    """n distinct two-character place names with suffixes."""
    chars = list(dict.fromkeys(SYL))
    seen, out = set(), []
    while len(out) < n:
        a, b = rng.choice(len(chars), 2, replace=False)
        nm = chars[a] + chars[b]
        if nm in seen:
            continue
        seen.add(nm)
        out.append(nm + suffixes[len(out) % len(suffixes)] if isinstance(suffixes, list)
                   else nm + suffixes)
    return out


def _meander(p0, p1, rng, amp, waves=3, n=120):
    """A smooth meandering line from p0 to p1 (lateral sine offsets vanishing at both ends)."""
    t = np.linspace(0, 1, n)
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    ln = math.hypot(dx, dy)
    nx, ny = -dy / ln, dx / ln
    off = np.zeros(n)
    for k in range(1, waves + 1):
        off += amp / k * rng.uniform(0.5, 1.0) * np.sin(math.pi * k * t + 0 * k) \
            * math.copysign(1, rng.uniform(-1, 1))
    return list(zip(p0[0] + dx * t + nx * off, p0[1] + dy * t + ny * off))


def _dist_to_lines(xs, ys, lines):
    """Distance (m) from grid points to a set of polylines (numpy, chunked by rows)."""
    segs = []
    for ln in lines:
        pts = np.array(ln.GetPoints())[:, :2]
        segs.append(np.c_[pts[:-1], pts[1:]])
    if not segs:
        return np.full(xs.shape, 1e9)
    sg = np.vstack(segs)
    ax, ay, bx, by = sg[:, 0], sg[:, 1], sg[:, 2], sg[:, 3]
    vx, vy = bx - ax, by - ay
    vv = np.maximum(vx * vx + vy * vy, 1e-12)
    out = np.empty(xs.shape)
    px_all, py_all = xs.ravel(), ys.ravel()
    res = np.empty(px_all.shape)
    step = max(1, 4000000 // len(sg))
    for a in range(0, len(px_all), step):
        px, py = px_all[a:a + step, None], py_all[a:a + step, None]
        t = np.clip(((px - ax) * vx + (py - ay) * vy) / vv, 0, 1)
        d2 = (px - ax - t * vx) ** 2 + (py - ay - t * vy) ** 2
        res[a:a + step] = np.sqrt(d2.min(axis=1))
    out[...] = res.reshape(xs.shape)
    return out


def _smooth_noise(rng, shape, scale_cells, octaves=3):
    """Smooth noise in [0, 1] from sums of random sine waves (no scipy)."""
    ny, nx = shape
    yy, xx = np.mgrid[0:ny, 0:nx].astype(float)
    z = np.zeros(shape)
    for o in range(octaves):
        for _ in range(4):
            lam = scale_cells / (2 ** o) * rng.uniform(0.7, 1.4)
            ang = rng.uniform(0, 2 * math.pi)
            z += (0.5 ** o) * np.sin(2 * math.pi / lam * (xx * math.cos(ang) + yy * math.sin(ang))
                                     + rng.uniform(0, 2 * math.pi))
    return (z - z.min()) / max(z.max() - z.min(), 1e-9)


def make_county(out_dir, kind="plain", townships=20, crs=PROJECTED, fmt="gpkg", names=None,
                cell=100.0, seed=1, size_km=24.0, adcode="339999", county_name=None):
    """Write a generated county into ``out_dir`` and return a ``County``.

    kind      'plain', 'coastal' (sea to the east, ``coastline`` layer) or 'reservoir'
              (key ecological county: a large reservoir on the main river, a large red line)
    townships number of townships (they tile the region exactly)
    crs       'EPSG:4549' (projected, default), 'EPSG:4490' or 'EPSG:4326' (geographic):
              vectors and rasters are written in it (rasters warped)
    fmt       'gpkg' (one county.gpkg) or 'shp_gbk' (one GBK-encoded Shapefile per layer,
              no .cpg, language-driver byte 0 — as Chinese data often come)
    names     None (the field names of LAYERS), 'alt' (ALT_NAMES: Chinese and other names)
              or a dict canonical → name
    """
    if kind not in KINDS:
        raise ValueError("kind must be one of %s" % (KINDS,))
    out_dir = str(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    rng = np.random.default_rng(seed * 1000 + KINDS.index(kind) * 100 + townships)
    size = size_km * 1000.0
    rad = size * 0.42
    cx, cy = X0 + size / 2, Y0 + size / 2
    county_name = county_name or {"plain": "示例县", "coastal": "滨海县",
                                  "reservoir": "千湖县"}[kind]

    # region ------------------------------------------------------------------------------
    region = blob(cx, cy, rad, rng, rough=0.22, harmonics=9, n=400, aspect=1.1)
    coast = None
    if kind == "coastal":
        yy = np.linspace(Y0 - size, Y0 + 2 * size, 500)
        xc = cx + 0.30 * rad + 0.07 * rad * np.sin(yy / 2300.0) + 0.05 * rad * np.sin(yy / 900.0
                                                                                      + 1.3)
        land = ring_polygon(list(zip(xc, yy)) + [(X0 - size, Y0 + 2 * size),
                                                 (X0 - size, Y0 - size)])
        region = polygons(region.Intersection(land))[0]
        curve = linestring(list(zip(xc, yy)))
        coast = lines_of(curve.Intersection(region.Buffer(1e-3)))
        coast = [c for c in coast if c.Length() > 100]
    region_area = region.GetArea()

    # the analysis grid and a mask of the region
    env = region.GetEnvelope()
    gx0 = math.floor(env[0] / cell) * cell - cell
    gy1 = math.ceil(env[3] / cell) * cell + cell
    nx = int(math.ceil((env[1] - gx0) / cell)) + 1
    ny = int(math.ceil((gy1 - env[2]) / cell)) + 1
    gt = (gx0, cell, 0.0, gy1, 0.0, -cell)
    xs = gx0 + (np.arange(nx) + 0.5) * cell
    ys = gy1 - (np.arange(ny) + 0.5) * cell
    XX, YY = np.meshgrid(xs, ys)
    mask = _mask(region, gt, nx, ny)
    inner = _mask(region.Buffer(-math.sqrt(region_area / townships) * 0.3), gt, nx, ny)
    samples = np.c_[XX[inner], YY[inner]]

    # rivers -------------------------------------------------------------------------------
    ang = rng.uniform(-0.35, 0.35)
    if kind == "coastal":
        p0 = (cx - 1.4 * rad * math.cos(ang), cy - 1.4 * rad * math.sin(ang))
        p1 = (cx + 1.4 * rad, cy + 0.2 * rad * math.sin(ang))
    else:
        p0 = (cx - 1.4 * rad * math.cos(ang), cy - 1.4 * rad * math.sin(ang))
        p1 = (cx + 1.4 * rad * math.cos(ang), cy + 1.4 * rad * math.sin(ang))
    main_xy = _meander(p0, p1, rng, amp=0.12 * rad, waves=4, n=240)
    main = lines_of(linestring(main_xy).Intersection(region))
    main.sort(key=lambda g: -g.Length())
    main = main[0]
    mpts = np.array(main.GetPoints())[:, :2]
    # reaches by length: upper II, middle III, town IV, lower III
    cum = np.r_[0, np.cumsum(np.hypot(*np.diff(mpts, axis=0).T))]
    L = cum[-1]
    cuts = [0.0, 0.35 * L, 0.55 * L, 0.7 * L, L]
    reach_def = [("上游", "II"), ("中游", "III"), ("城区段", "IV"), ("下游", "III")]
    river_rows = []
    main_name = "大溪"
    prev_end = 0
    for k, (rname, target) in enumerate(reach_def):
        sel = (cum >= cuts[k]) & (cum <= cuts[k + 1])
        idx = np.nonzero(sel)[0]
        i0, i1 = prev_end, idx[-1]
        river_rows.append((linestring(mpts[i0:i1 + 1]), [main_name, rname, target, 2 + k % 2]))
        prev_end = i1
    trib_names = ["%s溪" % n for n in _names(rng, 6, "")]
    tribs = []
    for k in range(6):
        # a source in the hills, a mouth on the main river
        for _ in range(50):
            s = samples[rng.integers(len(samples))]
            j = int(np.argmin(((mpts - s) ** 2).sum(axis=1)))
            dist = math.hypot(*(mpts[j] - s))
            if dist > 0.35 * rad and 0.1 * len(mpts) < j < 0.9 * len(mpts):
                break
        mouth = tuple(mpts[j])
        xy = _meander(tuple(s), mouth, rng, amp=0.1 * dist, waves=2, n=60)
        xy[-1] = mouth
        g = linestring(xy)
        if not g.Within(region.Buffer(1.0)):
            g = lines_of(g.Intersection(region))
            if not g:
                continue
            g = max(g, key=lambda x: x.Length())
        tribs.append(g)
        river_rows.append((g, [trib_names[k], "全段", "II" if k % 2 == 0 else "III", 1 + k % 3]))
    all_rivers = [r for r, _ in river_rows]

    # reservoir ---------------------------------------------------------------------------
    j = int(0.22 * len(mpts))
    if kind == "reservoir":
        lake_r = math.sqrt(0.06 * region_area / math.pi)
        lc = mpts[j]
        lake = blob(lc[0], lc[1], lake_r, rng, rough=0.5, harmonics=8, n=220, aspect=1.5,
                    angle=ang)
        lake = polygons(lake.Intersection(region.Buffer(-300.0)))[0]
        lake_name = "千湖水库"
    else:
        tj = np.array(tribs[0].GetPoints())[:, :2] if tribs else mpts
        lc = tj[len(tj) // 3]
        lake_r = math.sqrt(0.004 * region_area / math.pi)
        lake = blob(lc[0], lc[1], lake_r, rng, rough=0.4, n=120, aspect=1.4)
        lake = polygons(lake.Intersection(region.Buffer(-300.0)))[0]
        lake_name = "青龙水库"

    # DEM ---------------------------------------------------------------------------------
    d_main = _dist_to_lines(XX, YY, [main])
    d_riv = _dist_to_lines(XX, YY, all_rivers)
    prof = np.interp(_along(XX, YY, mpts, cum), [0, L], [1.0, 0.0])
    noise = _smooth_noise(rng, (ny, nx), scale_cells=max(20.0, rad / cell / 1.5))
    relief = 1100.0 if kind == "reservoir" else 800.0
    dem = (8.0 + 60.0 * prof + 0.01 * d_riv
           + relief * (1 - np.exp(-d_main / (0.35 * rad))) * (0.35 + 0.65 * noise)
           * (1 - np.exp(-d_riv / 900.0)))
    if kind == "coastal":
        d_coast = _dist_to_lines(XX, YY, coast) if coast else np.full(XX.shape, 1e9)
        dem = dem * np.clip(d_coast / (0.5 * rad), 0.05, 1.0) + 2.0
    lake_mask = _mask(lake, gt, nx, ny)
    level = float(np.percentile(dem[lake_mask], 60)) if lake_mask.any() else 50.0
    d_shore = _dist_to_lines(XX, YY, lines_of(lake.Boundary()))
    depth = np.clip(d_shore / 600.0, 0, 1) * 18.0
    dem = np.where(lake_mask, level - depth, dem)
    limin, limax = round(level - 10.0, 1), round(level + 2.0, 1)
    dem = np.where(mask, dem, -9999.0).astype("float32")
    dem_valid = dem[mask]

    # planning, protected areas, water sources ---------------------------------------------
    seat = mpts[int(0.62 * len(mpts))]
    urban_r = 0.09 * rad
    urban = [("城关镇区", blob(seat[0], seat[1], urban_r, rng, rough=0.3, aspect=1.3, angle=ang))]
    for k, f in enumerate((0.42, 0.8)):
        p = mpts[int(f * len(mpts))]
        urban.append(("%s镇区" % _names(rng, 1, "")[0],
                      blob(p[0], p[1], 0.045 * rad, rng, rough=0.3, aspect=1.2)))
    off = np.array([-math.sin(ang), math.cos(ang)]) * urban_r * 1.6
    ind_e = blob(seat[0] + off[0] + urban_r, seat[1] + off[1], 0.06 * rad, rng, rough=0.2,
                 aspect=1.4, angle=ang)
    ind_p = blob(seat[0] + off[0] + 2.3 * urban_r, seat[1] + off[1] - 0.3 * urban_r,
                 0.05 * rad, rng, rough=0.2, aspect=1.3, angle=ang)
    built = multi([g for _, g in urban]).UnionCascaded()
    ind_e = ind_e.Difference(built)
    ind_p = ind_p.Difference(built).Difference(ind_e)

    # protected areas: mountains away from the river
    far_mask = mask & (d_main > 0.45 * rad) & ~lake_mask
    cand = np.c_[XX[far_mask], YY[far_mask]]
    hi = cand[np.argsort(-dem[far_mask])]

    def spot(avoid, min_d):
        for p in hi[:: max(1, len(hi) // 400)]:
            if all(math.hypot(p[0] - a[0], p[1] - a[1]) > min_d for a in avoid):
                return p
        return hi[0]

    taken = []
    nr_c = spot(taken, 0)
    taken.append(nr_c)
    sc_c = spot(taken, 0.6 * rad)
    taken.append(sc_c)
    fp_c = spot(taken, 0.5 * rad)
    taken.append(fp_c)
    mname = _names(rng, 4, "山")
    reserve = blob(nr_c[0], nr_c[1], 0.2 * rad, rng, rough=0.3, n=200)
    scenic = blob(sc_c[0], sc_c[1], 0.15 * rad, rng, rough=0.3, n=180)
    forest = blob(fp_c[0], fp_c[1], 0.13 * rad, rng, rough=0.3, n=160)
    geo_c = seat + np.array([math.sin(ang), -math.cos(ang)]) * urban_r * 2.2
    geopark = blob(geo_c[0], geo_c[1], 0.035 * rad, rng, rough=0.2, n=80)
    wsp = lake.Buffer(900.0 if kind == "reservoir" else 500.0, 16)
    red_r = 0.38 * rad if kind == "reservoir" else 0.26 * rad
    redline = multi([blob(nr_c[0], nr_c[1], red_r, rng, rough=0.35, n=240),
                     blob(sc_c[0], sc_c[1], 0.6 * red_r, rng, rough=0.3, n=160)]).UnionCascaded()
    prot = [("%s自然保护区" % mname[0], "nature_reserve", reserve),
            ("%s风景名胜区" % mname[1], "scenic_area", scenic),
            ("%s森林公园" % mname[2], "forest_park", forest),
            ("%s地质公园" % mname[3], "geopark", geopark),
            ("%s饮用水水源保护区" % lake_name, "water_source_protection", wsp),
            ("%s生态保护红线" % county_name, "redline", redline)]
    prot = [(n_, r_, multi([g.Intersection(region)], 1.0)) for n_, r_, g in prot]
    prot = [(n_, r_, g) for n_, r_, g in prot if not g.IsEmpty()]
    mountains = [(mname[0], reserve), (mname[1], scenic), (mname[2], forest)]
    mountains = [(n_, multi([g.Intersection(region)], 1.0)) for n_, g in mountains]

    # townships ---------------------------------------------------------------------------
    cells, seeds = tessellate(region, townships, rng, samples)
    cells.sort(key=lambda g: (-round(g.Centroid().GetY(), -2), round(g.Centroid().GetX(), -2)))
    tnames = _names(rng, townships, "")
    # farmland: valley floors along the rivers, cut by township, minus built-up areas
    valley = multi([r.Buffer(0.05 * rad, 8) for r in all_rivers]).UnionCascaded()
    valley = valley.Union(main.Buffer(0.1 * rad, 8)).Intersection(region)
    for g in [built, ind_e, ind_p, lake.Buffer(200.0), reserve]:
        valley = valley.Difference(g)
    farm_rows = []
    aqua = None
    if kind == "coastal" and coast:
        cpt = np.array(coast[0].GetPoints())[len(coast[0].GetPoints()) // 2]
        aqua = blob(cpt[0] - 0.05 * rad, cpt[1], 0.06 * rad, rng, rough=0.3).Intersection(region)
    else:
        ap = mpts[int(0.88 * len(mpts))]
        aqua = blob(ap[0], ap[1], 0.03 * rad, rng, rough=0.3).Intersection(region)
    aqua = aqua.Difference(built)
    valley = valley.Difference(aqua)
    town_rows = []
    dens = []
    for k, g in enumerate(cells):
        c = g.PointOnSurface()
        d = math.hypot(c.GetX() - seat[0], c.GetY() - seat[1])
        dens.append(math.exp(-d / (0.4 * rad)))
    dens = np.array(dens)
    order = np.argsort(-dens)
    kinds_t = np.empty(townships, object)
    n_st = max(1, min(3, townships // 8))
    n_zh = max(1, int(round(townships * 0.4)))
    kinds_t[order[:n_st]] = "街道"
    kinds_t[order[n_st:n_st + n_zh]] = "镇"
    kinds_t[order[n_st + n_zh:]] = "乡"
    pop = (dens + 0.15) * g_area(cells)
    pop = np.round(pop / pop.sum() * 420000 * townships / 20).astype(int)
    counters = {"街道": 0, "镇": 100, "乡": 200}
    for k, g in enumerate(cells):
        counters[kinds_t[k]] += 1
        code = adcode + "%03d" % counters[kinds_t[k]]
        gcell = _mask(g, gt, nx, ny)
        elev = float(dem[gcell].mean()) if gcell.any() else 100.0
        per_cap = 6.0 + 6.0 * dens[k]
        ind = 1.0 + 4.0 * (g.Intersects(ind_e) or g.Intersects(ind_p))
        town_rows.append((g, [tnames[k] + kinds_t[k], code, int(pop[k]),
                              round(float(pop[k] * per_cap / 10.0), 1),
                              round(float(pop[k] * 0.004 * ind), 1),
                              round(float(pop[k] * 0.0005 * ind), 2),
                              round(float(pop[k] * 0.002 * ind), 1),
                              round(float(pop[k] * 0.003 * ind), 1),
                              int(200 + elev * 0.5 + rng.integers(0, 40)),
                              int(g.Intersects(reserve)), int(1 + min(4, elev // 150))]))
        fp = g.Intersection(valley)
        fpm = multi([fp], 2e4)
        if not fpm.IsEmpty():
            farm_rows.append((fpm, ["%s基本农田" % tnames[k], "farmland"]))
    plan_rows = [(multi([g.Intersection(region)], 1.0), [n_, "urban"]) for n_, g in urban]
    plan_rows += [(multi([ind_e.Intersection(region)], 1.0), ["%s经济开发区" % county_name,
                                                              "industrial_existing"]),
                  (multi([ind_p.Intersection(region)], 1.0), ["%s产业新区" % county_name,
                                                              "industrial_planned"]),
                  (multi([aqua], 1.0), ["%s养殖区" % county_name, "aquaculture"])]
    plan_rows = [r for r in plan_rows if not r[0].IsEmpty()] + farm_rows

    # catchments: a coarser tessellation, class from the nearest river's target
    ccells, _ = tessellate(region, max(4, min(9, townships // 3)), rng, samples)
    catch_rows = []
    cls = {"I": 1, "II": 1, "III": 2, "IV": 3, "V": 3}
    for k, g in enumerate(ccells):
        if g.Intersects(lake):
            wc = 1
        else:
            p = g.PointOnSurface()
            best = min(river_rows, key=lambda r: r[0].Distance(p))
            wc = cls[best[1][2]]
        catch_rows.append((g, ["%s汇水区" % _names(rng, 1, "")[0], wc]))

    up = ogr.CreateGeometryFromWkb(lake.ExportToWkb()).Buffer(0.25 * rad, 16).Intersection(region)
    ws_rows = [(multi([up], 1.0), ["%s水源地" % lake_name, "城市水源地"]),
               (multi([valley.Intersection(blob(mpts[int(0.45 * len(mpts))][0],
                                               mpts[int(0.45 * len(mpts))][1], 0.25 * rad,
                                               rng))], 1.0), ["河谷灌区", "农灌取水区"]),
               (multi([linestring(mpts[int(0.7 * len(mpts)):]).Buffer(400.0, 8)
                       .Intersection(region).Difference(built)], 1.0), ["下游滞洪区", "洪水调蓄"])]
    ws_rows = [r for r in ws_rows if not r[0].IsEmpty()]
    lake_rows = [(multi([lake]), [lake_name, limax, limin, round(level + 6.0, 1)])]

    # points --------------------------------------------------------------------------------
    sp = np.nonzero(mask.ravel() & (dem.ravel() > np.percentile(dem_valid, 60)))[0]
    sp = rng.choice(sp, min(20, len(sp)), replace=False)
    species = ["黑麂", "白颈长尾雉", "穿山甲", "黄腹角雉", "猕猴", "虎纹蛙", "香果树", "南方红豆杉"]
    prot_lv = ["国家一级", "国家二级", "其他"]
    sp_rows = [(_pt(XX.ravel()[i], YY.ravel()[i]),
                [species[k % len(species)], prot_lv[k % 3]]) for k, i in enumerate(sp)]
    vil = rng.choice(np.nonzero(mask.ravel())[0], min(3 * townships, 200), replace=False)
    vnames = _names(rng, len(vil), ["村", "坑", "岙", "垟"])
    vil_rows = [(_pt(XX.ravel()[i], YY.ravel()[i]), [vnames[k]]) for k, i in enumerate(vil)]
    air_pts = [seat, mpts[int(0.42 * len(mpts))], (cx - 1.3 * rad, cy + 0.2 * rad),
               (cx + 0.2 * rad, cy + 1.4 * rad)]
    air_rows = [(_pt(*p), ["站%d" % (k + 1), round(float(rng.uniform(5, 20)), 1),
                           round(float(rng.uniform(15, 45)), 1),
                           round(float(rng.uniform(35, 90)), 1)]) for k, p in enumerate(air_pts)]
    limits = {"I": (2, 0.15, 0.02, 7.5), "II": (4, 0.5, 0.1, 6), "III": (6, 1.0, 0.2, 5),
              "IV": (10, 1.5, 0.3, 3), "V": (15, 2.0, 0.4, 2)}
    lower = {"I": (0.5, 0.02, 0.005, 9.0), "II": (2, 0.15, 0.02, 7.5), "III": (4, 0.5, 0.1, 6),
             "IV": (6, 1.0, 0.2, 5), "V": (10, 1.5, 0.3, 3)}
    sec_rows = []
    for k, (g, vals) in enumerate(river_rows):
        pts = g.GetPoints()
        p = pts[len(pts) // 2]
        c = vals[2]
        hi_, lo_ = limits[c], lower[c]
        f = rng.uniform(0.2, 0.8)
        sec_rows.append((_pt(p[0], p[1]), ["断面%d" % (k + 1), vals[0], c,
                                            round(lo_[0] + f * (hi_[0] - lo_[0]), 2),
                                            round(lo_[1] + f * (hi_[1] - lo_[1]), 3),
                                            round(lo_[2] + f * (hi_[2] - lo_[2]), 3),
                                            round(hi_[3] + (1 - f) * (lo_[3] - hi_[3]), 2)]))
    ss = rng.choice(np.nonzero(mask.ravel())[0], 20, replace=False)
    soil_rows = []
    for k, i in enumerate(ss):
        v = np.exp(rng.normal(0, 0.35, 5)) * np.array([0.15, 40, 10, 0.1, 60])
        soil_rows.append((_pt(XX.ravel()[i], YY.ravel()[i]),
                          ["S%02d" % (k + 1)] + [round(float(x), 3) for x in v]
                          + [0.3, 90.0, 40.0, 1.8, 150.0]))
    coast_rows = []
    if coast:
        for k, c in enumerate(coast):
            coast_rows.append((c, ["海岸%d" % (k + 1), 30.0 + 10 * k, 0.5, 0.8, 2.5, k % 2]))

    # rasters -------------------------------------------------------------------------------
    slope = _slope(np.where(mask, dem, np.nan), cell)
    lc = np.full((ny, nx), 2, np.uint8)                       # forest
    q = np.nanpercentile(np.where(mask, dem, np.nan), [25, 85, 95])
    lc[(dem < q[0]) & (slope < 6)] = 1                        # cropland on the valley floors
    lc[dem > q[1]] = 3                                        # shrub
    lc[dem > q[2]] = 4                                        # grass on the ridges
    for g in [built, ind_e]:
        lc[_mask(g, gt, nx, ny)] = 8
    for r in all_rivers:
        lc[_mask(r.Buffer(60.0), gt, nx, ny)] = 5
    lc[lake_mask] = 5
    if aqua is not None and not aqua.IsEmpty():
        lc[_mask(aqua, gt, nx, ny)] = 5
    if kind == "coastal" and coast:
        lc[mask & (d_coast < 400)] = 9
    lc[~mask] = 0
    tex = np.full((ny, nx), 7, np.uint8)                      # loam
    tex[dem > q[1]] = 2
    tex[(dem > q[0]) & (slope > 15)] = 4
    tex[(dem < q[0]) & (slope < 6)] = 9
    tex[d_riv < 150] = 1
    tex[(dem > q[0]) & (dem < q[1]) & (noise > 0.6)] = 5
    tex[~mask] = 0
    ero = 200.0 + 0.3 * np.where(mask, dem, 0) + 250.0 * noise
    ero = np.where(mask, ero, -9999.0).astype("float32")

    # write ---------------------------------------------------------------------------------
    layers = {"region": [(multi([region]), [adcode, county_name])], "townships": town_rows,
              "catchments": catch_rows, "rivers": river_rows, "waterbodies": lake_rows,
              "protected_areas": [(g, [n_, r_]) for n_, r_, g in prot], "planning": plan_rows,
              "water_sources": ws_rows, "mountains": [(g, [n_]) for n_, g in mountains],
              "villages": vil_rows, "species_points": sp_rows, "air_stations": air_rows,
              "water_sections": sec_rows, "soil_samples": soil_rows}
    if coast_rows:
        layers["coastline"] = coast_rows
    if names == "alt":
        names = dict(ALT_NAMES)
    names = dict(names or {})
    target = osr.SpatialReference()
    target.SetFromUserInput(crs)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src = osr.SpatialReference()
    src.SetFromUserInput(PROJECTED)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = None if target.IsSame(src) else osr.CoordinateTransformation(src, target)
    uris, paths = {}, {}
    gpkg = os.path.join(out_dir, "county.gpkg")
    if fmt == "gpkg" and os.path.exists(gpkg):
        os.remove(gpkg)
    shared = None
    if fmt == "gpkg":   # one data source, one transaction per layer (fast)
        shared = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    for lname, rows in layers.items():
        path = _write(out_dir, fmt, lname, rows, names, target, ct, shared)
        paths[lname] = path
        uris[lname] = "%s|layername=%s" % (path, lname) if fmt == "gpkg" else path
    shared = None
    rasters = {}
    for rname, arr, dtype, nod in (("dem", dem, gdal.GDT_Float32, -9999.0),
                                   ("landcover", lc, gdal.GDT_Byte, 0),
                                   ("soil_texture", tex, gdal.GDT_Byte, 0),
                                   ("erosivity", ero, gdal.GDT_Float32, -9999.0)):
        rasters[rname] = _write_raster(out_dir, rname, arr, dtype, nod, gt, src, target, ct,
                                       "near" if dtype == gdal.GDT_Byte else "bilinear")
    region_out = multi([region]).Clone()
    if ct is not None:
        region_out.Transform(ct)
    return County(dir=out_dir, kind=kind, fmt=fmt, crs=crs, names=names, uris=uris,
                  paths=paths, rasters=rasters, region=region_out, region_projected=region,
                  region_km2=region_area / 1e6, n_townships=len(town_rows), adcode=adcode,
                  county_name=county_name, lake_name=lake_name, limax=limax, limin=limin,
                  key_eco_county=(kind == "reservoir"), cell=cell, shape=(ny, nx))


def g_area(geoms):
    return np.array([g.GetArea() for g in geoms])


def _pt(x, y):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(float(x), float(y))
    return p


def _along(XX, YY, mpts, cum):
    """Chainage (m) along the main river of the nearest main-river vertex."""
    pts = np.c_[XX.ravel(), YY.ravel()]
    lab = nearest(pts, mpts)
    return cum[lab].reshape(XX.shape)


def _slope(dem, cell):
    gy, gx = np.gradient(np.nan_to_num(dem, nan=np.nanmean(dem)), cell)
    return np.degrees(np.arctan(np.hypot(gx, gy)))


def _mask(geom, gt, nx, ny):
    """Cells whose centre lies in ``geom`` (GDAL rasterize in memory)."""
    drv = ogr.GetDriverByName("Memory")
    ds = drv.CreateDataSource("m")
    srs = osr.SpatialReference()
    srs.SetFromUserInput(PROJECTED)
    lyr = ds.CreateLayer("m", srs, ogr.wkbUnknown)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(geom)
    lyr.CreateFeature(f)
    r = gdal.GetDriverByName("MEM").Create("", nx, ny, 1, gdal.GDT_Byte)
    r.SetGeoTransform(gt)
    r.SetProjection(srs.ExportToWkt())
    gdal.RasterizeLayer(r, [1], lyr, burn_values=[1])
    return r.GetRasterBand(1).ReadAsArray().astype(bool)


def _write(out_dir, fmt, lname, rows, names, srs, ct, shared=None):
    gtype, fields = LAYERS[lname]
    if fmt == "gpkg":
        path = os.path.join(out_dir, "county.gpkg")
        ds = shared
        lyr = ds.CreateLayer(lname, srs, gtype)
    elif fmt == "shp_gbk":
        path = os.path.join(out_dir, lname + ".shp")
        drv = ogr.GetDriverByName("ESRI Shapefile")
        if os.path.exists(path):
            drv.DeleteDataSource(path)
        ds = drv.CreateDataSource(path)
        lyr = ds.CreateLayer(lname, srs, gtype, options=["ENCODING=CP936"])
    else:
        raise ValueError("fmt must be 'gpkg' or 'shp_gbk'")
    for fname, ftype in fields:
        fd = ogr.FieldDefn(names.get(fname, fname), ftype)
        if ftype == S:
            fd.SetWidth(80)
        lyr.CreateField(fd)
    lyr.StartTransaction()
    for g, vals in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        g = g.Clone()
        if ct is not None:
            g.Transform(ct)
        if gtype == ogr.wkbMultiPolygon:
            g = ogr.ForceToMultiPolygon(g)
        elif gtype == ogr.wkbMultiLineString:
            g = ogr.ForceToMultiLineString(g)
        f.SetGeometry(g)
        for i, v in enumerate(vals):
            f.SetField(i, v)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    lyr = None
    if fmt == "shp_gbk":
        ds = None
        base = path[:-4]
        if os.path.exists(base + ".cpg"):
            os.remove(base + ".cpg")
        with open(base + ".dbf", "r+b") as fh:  # language-driver byte 0: "unknown"
            fh.seek(29)
            fh.write(b"\x00")
    return path


def _write_raster(out_dir, name, arr, dtype, nodata, gt, src, target, ct, resampling):
    path = os.path.join(out_dir, name + ".tif")
    tmp = path if ct is None else "/vsimem/%s_src.tif" % name
    ds = gdal.GetDriverByName("GTiff").Create(tmp, arr.shape[1], arr.shape[0], 1, dtype,
                                              options=["COMPRESS=DEFLATE", "TILED=YES"])
    ds.SetGeoTransform(gt)
    ds.SetProjection(src.ExportToWkt())
    b = ds.GetRasterBand(1)
    b.SetNoDataValue(nodata)
    b.WriteArray(arr)
    ds = None
    if ct is not None:
        gdal.Warp(path, tmp, dstSRS=target.ExportToWkt(), resampleAlg=resampling,
                  creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
        gdal.Unlink(tmp)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--kind", default="plain", choices=KINDS)
    ap.add_argument("--townships", type=int, default=20)
    ap.add_argument("--crs", default=PROJECTED)
    ap.add_argument("--fmt", default="gpkg", choices=("gpkg", "shp_gbk"))
    ap.add_argument("--alt-names", action="store_true")
    ap.add_argument("--cell", type=float, default=100.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    c = make_county(a.out_dir, a.kind, a.townships, a.crs, a.fmt, "alt" if a.alt_names else None,
                    a.cell, a.seed)
    print("%s: %s, %.1f km², %d townships, rasters %d × %d" % (
        c.dir, c.kind, c.region_km2, c.n_townships, c.shape[1], c.shape[0]))
    for k, v in sorted(c.uris.items()):
        print("  %-16s %s" % (k, v))


if __name__ == "__main__":
    main()
