"""Tiny inputs for the bad-input suite (SPEC section 7) and the determinism tests, written on
demand to a folder, each in its "variants":

- vectors: ``ok`` (GeoPackage, EPSG:4549), ``wgs84`` (the same features in EPSG:4326),
  ``nocrs`` (a shapefile without .prj), ``empty`` (no feature), ``bowtie`` (the first
  polygon a self-intersecting bow-tie), ``emptygeom`` (one more feature with an empty
  geometry), ``gbk`` (a shapefile whose DBF holds GB18030 text, no .cpg);
- rasters (40 × 40 cells of 100 m over the county): ``ok``, ``regrid`` (70 m cells, another
  origin), ``partial`` (half east of the county), ``outside`` (100 km away), ``nodata``
  (nodata everywhere), ``nocrs`` (no CRS).

Every variant has its own file named ``<layer>_<variant>`` so that a message naming the
layer can be checked. The county (offsets from X0, Y0, EPSG:4549, 4 × 4 km):

    y 4000 ┌─────────┬─────────┐
           │  甲镇    │  乙镇    │   zones: NW II-1, NE I-1, SW III-1, SE-west V-0, SE-east VI-0
    y 2000 ├─────────┼─────────┤   land cover: forest west, cropland east, a river column,
           │  丙乡    │  丁乡    │   an urban block in 丁乡
    y 0    └─────────┴─────────┘
         x 0       2000      4000
"""

import os
import struct

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

X0, Y0 = 500000.0, 3200000.0
SIZE = 4000.0
CELL = 100.0
N = int(SIZE / CELL)
S, I, F = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
TOWN_NAMES = ["甲镇", "乙镇", "丙乡", "丁乡"]


def box(x0, y0, x1, y1):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def bowtie(x0, y0, x1, y1):
    """The rectangle's corners in bow-tie order: a self-intersecting ring."""
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y1, X0 + x1, Y0 + y0, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def pt(x, y):
    return "POINT(%r %r)" % (X0 + x, Y0 + y)


def line(*xy):
    return "LINESTRING(%s)" % ",".join("%r %r" % (X0 + x, Y0 + y) for x, y in xy)


TOWN_BOXES = [(0, 2000, 2000, 4000), (2000, 2000, 4000, 4000), (0, 0, 2000, 2000),
              (2000, 0, 4000, 2000)]


def _towns():
    fields = [("name", S), ("code", S), ("population", I), ("gdp", F), ("cod", F), ("nh3n", F),
              ("so2", F), ("nox", F), ("species", I), ("prio", I), ("air", I), ("water", I),
              ("soil", I), ("emission", I), ("p2", I), ("k", F)]
    vals = [
        ["甲镇", "331024101", 1000, 2000.0, 10.0, 1.0, 0.0, 5.0, 200, 0, 5, 4, 5, 2, 1, 0.64],
        ["乙镇", "331024102", 4000, 12000.0, 60.0, 1.0, 2.0, 10.0, 40, 0, 4, 3, 5, 5, 5, 0.12],
        ["丙乡", "331024201", 500, 500.0, 50.0, 1.0, 1.0, 25.0, 300, 1, 5, 5, 4, 1, 1, 0.8],
        ["丁乡", "331024202", 2500, 5500.0, 60.0, 1.0, 3.0, 10.0, 100, 0, 3, 2, 4, 4, 3, 0.16],
    ]
    return "Polygon", fields, [(box(*b), v) for b, v in zip(TOWN_BOXES, vals)]


ZONES = [  # zid, zone_type, subtype, rule, box, code, name
    ("za", "II", "II-1", 5, (0, 2000, 2000, 4000), "1024-Ⅱ-1-1", "甲镇水源涵养区"),
    ("zb", "I", "I-1", 1, (2000, 2000, 4000, 4000), "1024-Ⅰ-1-1", "乙镇自然生态红线区"),
    ("zc", "III", "III-1", 7, (0, 0, 2000, 2000), "1024-Ⅲ-1-1", "丙乡农产品环境保障区"),
    ("zd", "V", "V-0", 3, (2000, 0, 3000, 2000), "1024-Ⅴ-0-1", "丁乡环境优化准入区"),
    ("ze", "VI", "VI-0", 8, (3000, 0, 4000, 2000), "1024-Ⅵ-0-1", "丁乡环境重点准入区"),
]


def _vectors():
    v = {}
    v["region"] = ("Polygon", [("name", S), ("adcode", S)],
                   [(box(0, 0, SIZE, SIZE), ["测试县", "331024"])])
    v["towns"] = _towns()
    v["stations"] = ("Point", [("name", S), ("so2", F), ("no2", F), ("pm10", F), ("api", F)], [
        (pt(500, 3000), ["S1", 50.0, 40.0, 40.0, 40.0]),
        (pt(3000, 3000), ["S2", 150.0, 40.0, 60.0, 80.0]),
        (pt(1000, 1000), ["S3", 10.0, 200.0, 100.0, 150.0]),
        (pt(3000, 1000), ["S4", 5.0, 10.0, 385.0, 250.0])])
    v["sections"] = ("Point", [("name", S), ("class", S), ("codmn", F), ("nh3n", F), ("do", F)], [
        (pt(500, 3500), ["W1", "II", 3.0, 0.4, 7.0]),
        (pt(3500, 3500), ["W2", "III", 5.0, 0.8, 5.0]),
        (pt(500, 500), ["W3", "I", 1.5, 0.1, 8.0]),
        (pt(3500, 500), ["W4", "IV", 8.0, 1.2, 4.0])])
    v["samples"] = ("Point", [("name", S), ("cd", F), ("pb", F), ("as_", F)], [
        (pt(1000, 3000), ["SA", 0.63, 45.0, 20.0]), (pt(3000, 3000), ["SB", 0.3, 9.0, 4.0]),
        (pt(1000, 1000), ["SC", 0.06, 9.0, 4.0]), (pt(3000, 1000), ["SD", 0.9, 9.0, 4.0])])
    cells = []
    for r in range(4):
        for c in range(4):
            p1 = 1 + (r + c) % 5
            cells.append((box(c * 1000, r * 1000, (c + 1) * 1000, (r + 1) * 1000),
                          [p1, p1, "E%dN%d" % (500 + c, 3200 + r)]))
    v["p1grid"] = ("Polygon", [("p1", I), ("sens", I), ("cell_id", S)], cells)
    v["composite"] = ("Polygon", [("a_class", I)], [
        (box(3000, 1000, 4000, 2000), [5]), (box(0, 0, 1000, 1000), [2])])
    v["sources"] = ("Polygon", [("type", S)], [
        (box(0, 2000, 2000, 4000), ["城市水源地"]), (box(0, 0, 2000, 2000), ["洪水调蓄"])])
    v["catchments"] = ("Polygon", [("wc", I)], [
        (box(0, 2000, 4000, 4000), [1]), (box(0, 0, 2000, 2000), [2]),
        (box(2000, 0, 4000, 2000), [3])])
    v["occurrences"] = ("Point", [("prot", S)], [
        (pt(550, 3550), ["国家一级"]), (pt(2750, 1250), ["国家二级"])])
    v["lakes"] = ("Polygon", [("name", S), ("limax", F), ("limin", F)], [
        (box(0, 0, 2000, 1000), ["水库", 260.0, 200.0])])
    v["rivers"] = ("LineString", [("name", S), ("target", S), ("erosion", S)], [
        (line((1500, 100), (1500, 3900)), ["永安溪", "II", "中度"]),
        (line((100, 2500), (1500, 2500)), ["韦羌溪", "III", "轻度"])])
    v["coast"] = ("LineString", [("name", S), ("a", F), ("s", F), ("theta", F), ("h", F),
                                 ("dike", I)], [
        (line((0, 100), (4000, 100)), ["海岸", 1.0, 0.5, 0.01, 2.0, 0])])
    v["riparian"] = ("Polygon", [("level", I)], [(box(1400, 0, 1600, 4000), [5])])
    v["protected"] = ("Polygon", [("name", S), ("role", S)], [
        (box(2200, 2200, 3200, 3200), ["括苍山保护区", "nature_reserve"])])
    v["planning"] = ("Polygon", [("name", S), ("role", S)], [
        (box(2400, 400, 3600, 1600), ["开发区", "industrial_existing"]),
        (box(2200, 2200, 3800, 2600), ["县城", "urban"])])
    v["noise"] = ("Polygon", [("role", S)], [(box(2000, 2000, 4000, 4000), ["noise_2"])])
    v["parks"] = ("Polygon", [("name", S)], [(box(2400, 400, 3600, 1600), ["开发区"])])
    v["zones"] = ("Polygon", [("zid", S), ("zone_type", S), ("subtype", S), ("rule", I)],
                  [(box(*z[4]), [z[0], z[1], z[2], z[3]]) for z in ZONES])
    named_fields = [("zid", S), ("zone_type", S), ("subtype", S), ("rule", I), ("code", S),
                    ("name", S), ("area_km2", F), ("main_function", S), ("env_target", S),
                    ("eco_target", S), ("measures", S), ("negative_list", S)]
    v["named"] = ("Polygon", named_fields, [
        (box(*z[4]), [z[0], z[1], z[2], z[3], z[5], z[6],
                      (z[4][2] - z[4][0]) * (z[4][3] - z[4][1]) / 1e6, "维护主导功能",
                      "表5 地表水不低于Ⅲ类", "森林覆盖率不降低", "禁止新建三类工业项目",
                      "表6 三类工业项目（禁止）"]) for z in ZONES])
    v["zones_new"] = ("Polygon", [("zone_type", S)], [
        (box(0, 2000, 4000, 4000), ["II"]), (box(0, 0, 2000, 2000), ["III"]),
        (box(2000, 0, 4000, 2000), ["V"])])
    v["project"] = ("Polygon", [("name", S)], [(box(2900, 800, 3100, 1000), ["水泥粉磨站"])])
    return v


VECTORS = _vectors()


def _rasters():
    rows, cols = np.mgrid[0:N, 0:N]
    r = {}
    r["erosivity"] = ((20.0 + 17.0 * cols + 0.5 * rows).astype("float32"), -9999.0)
    lc = np.where(cols < 20, 2, 1).astype("uint8")          # forest west, cropland east
    lc[:, 14:16] = 5                                        # a river column (water)
    lc[24:36, 24:36] = 8                                    # built-up in 丁乡
    r["landcover"] = (lc, 0)
    r["soiltex"] = ((1 + (rows // 4 + cols // 4) % 12).astype("uint8"), 0)
    r["dem"] = ((150.0 + 10.0 * cols + 5.0 * rows).astype("float32"), -9999.0)
    r["sens"] = ((1 + (cols // 8) % 5).astype("uint8"), 0)
    r["imp"] = ((1 + (rows // 8) % 5).astype("uint8"), 0)
    r["imp_dom"] = ((1 + (cols // 14) % 3).astype("uint8"), 0)
    r["water_lv"] = (np.where(rows < 20, 5, 1).astype("uint8"), 0)
    r["soil_lv"] = (np.full((N, N), 3, "uint8"), 0)
    return r


RASTERS = _rasters()


def srs(epsg=4549):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def dbf_to_gb18030(path):
    """Re-encode the character fields of a UTF-8 DBF as GB18030 in place and clear its
    language-driver id (OGR's own recoding depends on SHAPE_ENCODING, which QGIS sets)."""
    with open(path, "rb") as fh:
        data = bytearray(fh.read())
    nrec = struct.unpack("<I", data[4:8])[0]
    hlen, rlen = struct.unpack("<HH", data[8:12])
    fields, off, i = [], 1, 32
    while data[i] != 0x0D:
        flen = data[i + 16]
        if chr(data[i + 11]) == "C":
            fields.append((off, flen))
        off += flen
        i += 32
    for r in range(nrec):
        start = hlen + r * rlen
        for o, flen in fields:
            a = start + o
            text = bytes(data[a:a + flen]).rstrip(b" ").decode("utf-8")
            data[a:a + flen] = text.encode("gb18030").ljust(flen, b" ")[:flen]
    data[29] = 0
    with open(path, "wb") as fh:
        fh.write(bytes(data))


_OGR_GEOM = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbPolygon}


class Fixtures:
    """Files of the tiny county under ``root``, created on first use."""

    def __init__(self, root):
        self.root = str(root)
        os.makedirs(self.root, exist_ok=True)
        self._cache = {}

    # -- vectors ------------------------------------------------------------------------
    def vector(self, name, variant="ok"):
        key = ("v", name, variant)
        if key not in self._cache:
            self._cache[key] = self._write_vector(name, variant)
        return self._cache[key]

    def vector_name(self, name, variant="ok"):
        return name if variant == "ok" else "%s_%s" % (name, variant)

    def geometry_type(self, name):
        return VECTORS[name][0]

    def fields(self, name):
        return [f for f, _ in VECTORS[name][1]]

    def _write_vector(self, name, variant):
        gtype, fields, rows = VECTORS[name]
        lname = self.vector_name(name, variant)
        rows = list(rows)
        sref = srs(4549)
        if variant == "empty":
            rows = []
        elif variant == "bowtie":
            assert gtype == "Polygon", name
            g = ogr.CreateGeometryFromWkt(rows[0][0])
            x0, x1, y0, y1 = g.GetEnvelope()
            rows[0] = (bowtie(x0 - X0, y0 - Y0, x1 - X0, y1 - Y0), rows[0][1])
        elif variant == "emptygeom":
            rows.append(("%s EMPTY" % gtype.upper(), rows[0][1]))
        elif variant == "wgs84":
            sref = srs(4326)
        if variant in ("nocrs", "gbk"):
            path = os.path.join(self.root, lname + ".shp")
            drv = ogr.GetDriverByName("ESRI Shapefile")
            enc = "GB18030" if variant == "gbk" else "UTF-8"
            ds = drv.CreateDataSource(path)
            lyr = ds.CreateLayer(lname, None if variant == "nocrs" else sref, _OGR_GEOM[gtype],
                                 options=["ENCODING=%s" % enc])
            uri = path
        else:
            path = os.path.join(self.root, lname + ".gpkg")
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
            lyr = ds.CreateLayer(lname, sref, _OGR_GEOM[gtype])
            uri = "%s|layername=%s" % (path, lname)
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        to84 = None
        if variant == "wgs84":
            to84 = osr.CoordinateTransformation(srs(4549), srs(4326))
        for wkt, vals in rows:
            f = ogr.Feature(lyr.GetLayerDefn())
            g = ogr.CreateGeometryFromWkt(wkt)
            if to84 is not None:
                if gtype != "Point":
                    g = g.Clone()
                    g.Segmentize(50.0)
                g.Transform(to84)
            f.SetGeometry(g)
            for i, val in enumerate(vals):      # by index: shapefiles cut names to 10
                if val is not None:
                    f.SetField(i, val)
            lyr.CreateFeature(f)
        ds = None
        if variant in ("nocrs", "gbk"):
            base = os.path.splitext(path)[0]
            if variant == "gbk":
                if os.path.exists(base + ".cpg"):
                    os.remove(base + ".cpg")
                dbf_to_gb18030(base + ".dbf")
        return uri

    # -- rasters ------------------------------------------------------------------------
    def raster(self, name, variant="ok"):
        key = ("r", name, variant)
        if key not in self._cache:
            self._cache[key] = self._write_raster(name, variant)
        return self._cache[key]

    def raster_name(self, name, variant="ok"):
        return name if variant == "ok" else "%s_%s" % (name, variant)

    def _write_raster(self, name, variant):
        arr, nodata = RASTERS[name]
        path = os.path.join(self.root, self.raster_name(name, variant) + ".tif")
        if variant == "regrid":
            src = self.raster(name)
            gdal.Warp(path, src, xRes=70.0, yRes=70.0, resampleAlg="near",
                      outputBounds=(X0 - 70, Y0 - 70, X0 - 70 + 59 * 70, Y0 - 70 + 59 * 70),
                      srcNodata=nodata, dstNodata=nodata)
            return path
        x0 = X0
        if variant == "partial":
            x0 = X0 + SIZE / 2
        elif variant == "outside":
            x0 = X0 + 100000.0
        data = arr
        if variant == "nodata":
            data = np.full(arr.shape, nodata, arr.dtype)
        dtype = gdal.GDT_Byte if arr.dtype == np.uint8 else gdal.GDT_Float32
        ds = gdal.GetDriverByName("GTiff").Create(path, arr.shape[1], arr.shape[0], 1, dtype)
        ds.SetGeoTransform((x0, CELL, 0.0, Y0 + SIZE, 0.0, -CELL))
        if variant != "nocrs":
            ds.SetProjection(srs(4549).ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(nodata)
        band.WriteArray(data)
        ds = None
        return path

    # -- copies with one value changed (the "class value missing from a table" cases) ---
    def vector_with(self, name, lname, field, value):
        """Layer ``name`` saved as ``lname`` with ``field`` of its first feature = value."""
        key = ("vw", lname)
        if key not in self._cache:
            gtype, fields, rows = VECTORS[name]
            j = [f for f, _ in fields].index(field)
            vals = list(rows[0][1])
            vals[j] = value
            VECTORS[lname] = (gtype, fields, [(rows[0][0], vals)] + list(rows[1:]))
            self._cache[key] = self.vector(lname)
        return self._cache[key]

    def raster_with(self, name, rname, value):
        """Raster ``name`` saved as ``rname`` with its 3 × 3 cells at rows/cols 5–7 = value."""
        key = ("rw", rname)
        if key not in self._cache:
            arr, nodata = RASTERS[name]
            arr = arr.copy()
            arr[5:8, 5:8] = value
            RASTERS[rname] = (arr, nodata)
            self._cache[key] = self.raster(rname)
        return self._cache[key]

    # -- other files --------------------------------------------------------------------
    def text(self, name, content):
        path = os.path.join(self.root, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content)
        return path
