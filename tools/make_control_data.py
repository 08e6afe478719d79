#!/usr/bin/env python3
"""Build the zoning-control stand-ins of ``sample_data/control/`` (issue 17 items 3–4).

Dev tool, not run by ``make demo`` / ``make test``. Reads only ``sample_data/`` (the demo
county, no ../shared) and writes, deterministically (fixed seed):

- ``control_data.gpkg`` › ``farmland_samples``: two soil samples per basic-farmland plot of
  ``planning`` (role farmland) with Cd, Hg, As, Pb, Cr (mg/kg), pH and land use — the plot
  nearest the existing industrial park contaminated (严格管控), the next two above the
  screening value (安全利用), the rest clean (优先保护);
- ``control_data.gpkg`` › ``water_overload``: the townships, the most populous 超载, the next
  two 临界超载, the rest 不超载;
- ``control_data.gpkg`` › ``shorelines``: the ``rivers`` cut into 严格保护 (inside protected
  areas), 优化利用 (inside urban areas) and 限制开发 (the rest);
- ``emission_air.tif`` and ``emission_co2.tif``: air-pollutant and CO2 emission intensity
  (t/km²·a) on a 1 km grid aligned with the 100 m sample grid — a low background, the urban
  areas, the existing park and its planned extension.

All of it is **stand-in** data (sample_data/control/README.md), not real inventories.

    .venv/bin/python tools/make_control_data.py
"""

import math
import os
import random

import numpy as np
from osgeo import gdal, ogr, osr

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(HERE), "sample_data")
OUT = os.path.join(SAMPLE, "control")
X0, Y1, CELL, NX, NY = 527900.0, 3209200.0, 1000.0, 64, 59   # 1 km, over the 100 m grid


def feats(ds, name):
    return [(f.GetGeometryRef().Clone(), {k: f.GetField(k) for k in f.keys()})
            for f in ds.GetLayer(name)]


def union(geoms):
    u = None
    for g in geoms:
        u = g.Clone() if u is None else u.Union(g)
    return u


def point_inside(rng, g):
    x0, x1, y0, y1 = g.GetEnvelope()
    for _ in range(10000):
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(rng.uniform(x0, x1), rng.uniform(y0, y1))
        if g.Contains(p):
            return p
    return g.PointOnSurface()


def farmland_samples(src, out, srs, rng):
    plan = feats(src, "planning")
    park = union([g for g, a in plan if a["role"] == "industrial_existing"])
    plots = [(g, a) for g, a in plan if a["role"] == "farmland"]
    plots.sort(key=lambda ga: ga[0].Distance(park))
    lyr = out.CreateLayer("farmland_samples", srs, ogr.wkbPoint)
    for name, t in (("name", ogr.OFTString), ("plot", ogr.OFTString), ("landuse", ogr.OFTString),
                    ("cd", ogr.OFTReal), ("hg", ogr.OFTReal), ("as_", ogr.OFTReal),
                    ("pb", ogr.OFTReal), ("cr", ogr.OFTReal), ("ph", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, t))
    n = 0
    for rank, (g, a) in enumerate(plots):
        for k in range(2):
            n += 1
            ph = round(rng.uniform(4.8, 6.4), 1)
            # background of the valley soils (stand-in): well below every screening value
            conc = {"cd": rng.uniform(0.08, 0.2), "hg": rng.uniform(0.04, 0.15),
                    "as_": rng.uniform(4, 12), "pb": rng.uniform(25, 45),
                    "cr": rng.uniform(30, 70)}
            if rank == 0:        # next to the existing park: Cd above the intervention value
                conc["cd"], ph = rng.uniform(1.8, 2.4), round(rng.uniform(4.9, 5.4), 1)
            elif rank in (1, 2) and k == 0:   # above the screening value only: 安全利用
                conc["cd"] = rng.uniform(0.45, 0.7)
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetGeometry(point_inside(rng, g))
            f.SetField("name", "F%02d" % n)
            f.SetField("plot", a["name"])
            f.SetField("landuse", "水田" if (rank + k) % 2 == 0 else "旱地")
            for key, v in conc.items():
                f.SetField(key, round(v, 3 if key in ("cd", "hg") else 1))
            f.SetField("ph", ph)
            lyr.CreateFeature(f)
    print("farmland_samples: %d samples in %d plots" % (n, len(plots)))


def water_overload(src, out, srs):
    towns = sorted(feats(src, "townships"), key=lambda ga: -(ga[1]["population"] or 0))
    lyr = out.CreateLayer("water_overload", srs, ogr.wkbMultiPolygon)
    for fld in ("name", "overload"):
        lyr.CreateField(ogr.FieldDefn(fld, ogr.OFTString))
    for k, (g, a) in enumerate(towns):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.ForceToMultiPolygon(g))
        f.SetField("name", a["name"])
        f.SetField("overload", "超载" if k == 0 else "临界超载" if k < 3 else "不超载")
        lyr.CreateFeature(f)
    print("water_overload: %d townships" % len(towns))


def shorelines(src, out, srs):
    plan, prot = feats(src, "planning"), feats(src, "protected_areas")
    protect = union([g for g, a in prot])
    urban = union([g for g, a in plan if a["role"] == "urban"]).Difference(protect)
    lyr = out.CreateLayer("shorelines", srs, ogr.wkbMultiLineString)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("class", ogr.OFTString))
    for g, a in feats(src, "rivers"):
        for cls, piece in (("严格保护", g.Intersection(protect)), ("优化利用", g.Intersection(urban)),
                           ("限制开发", g.Difference(protect).Difference(urban))):
            if piece is None or piece.IsEmpty() or piece.Length() <= 0:
                continue
            piece = ogr.ForceToMultiLineString(piece)
            if piece is None or piece.IsEmpty():
                continue
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetGeometry(piece)
            f.SetField("name", a["name"])
            f.SetField("class", cls)
            lyr.CreateFeature(f)
    print("shorelines: %d pieces" % lyr.GetFeatureCount())


def emissions(src, srs):
    """Emission intensity on 1 km cells: the share of each cell covered by the urban areas,
    the park and its extension, times a stand-in intensity, over a low background."""
    plan = feats(src, "planning")
    kinds = {"industrial_existing": (400.0, 60000.0), "industrial_planned": (120.0, 15000.0),
             "urban": (15.0, 4000.0)}
    air = np.full((NY, NX), 0.05)
    co2 = np.full((NY, NX), 20.0)
    for g, a in plan:
        if a["role"] not in kinds:
            continue
        e_air, e_co2 = kinds[a["role"]]
        x0, x1, y0, y1 = g.GetEnvelope()
        for r in range(max(0, int((Y1 - y1) // CELL)), min(NY, int(math.ceil((Y1 - y0) / CELL)))):
            for c in range(max(0, int((x0 - X0) // CELL)),
                           min(NX, int(math.ceil((x1 - X0) / CELL)))):
                cx, cy = X0 + c * CELL, Y1 - (r + 1) * CELL
                cell = ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                    cx, cy, cx + CELL, cy, cx + CELL, cy + CELL, cx, cy + CELL, cx, cy))
                share = g.Intersection(cell).GetArea() / (CELL * CELL)
                air[r, c] += e_air * share
                co2[r, c] += e_co2 * share
    for name, arr in (("emission_air.tif", air), ("emission_co2.tif", co2)):
        path = os.path.join(OUT, name)
        ds = gdal.GetDriverByName("GTiff").Create(path, NX, NY, 1, gdal.GDT_Float32,
                                                  ["COMPRESS=DEFLATE"])
        ds.SetGeoTransform((X0, CELL, 0.0, Y1, 0.0, -CELL))
        ds.SetProjection(srs.ExportToWkt())
        band = ds.GetRasterBand(1)
        band.WriteArray(np.round(arr, 3).astype(np.float32))
        band.SetNoDataValue(-9999)
        ds = None
        print("%s: total %.0f t/a over %d km²" % (name, arr.sum(), arr.size))


def main():
    src = ogr.Open(os.path.join(SAMPLE, "xianju.gpkg"))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    path = os.path.join(OUT, "control_data.gpkg")
    if os.path.exists(path):
        os.remove(path)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    rng = random.Random(17)
    farmland_samples(src, out, srs, rng)
    water_overload(src, out, srs)
    shorelines(src, out, srs)
    out = None
    emissions(src, srs)


if __name__ == "__main__":
    main()
