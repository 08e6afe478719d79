"""p1's fast writer (issue 19 item 2): a file destination is written with OGR in one
transaction, any other through the feature sink; both give the same grid, feature for
feature, on a region that clips squares along a slanted boundary and leaves slivers."""

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

CELL = 100.0
X0, Y1 = 500000.0, 3200000.0


def _srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(32650)
    return s


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("p1writer")
    rng = np.random.default_rng(7)
    paths = {}
    for name in ("sens", "imp"):
        a = rng.integers(1, 6, (45, 52)).astype(np.uint8)
        a[rng.random(a.shape) < 0.05] = 0           # nodata cells
        a[30:45, 40:52] = 0                         # a corner without data
        ds = gdal.GetDriverByName("GTiff").Create(str(d / (name + ".tif")), 52, 45, 1,
                                                  gdal.GDT_Byte)
        ds.SetGeoTransform((X0, CELL, 0, Y1, 0, -CELL))
        ds.SetProjection(_srs().ExportToWkt())
        ds.GetRasterBand(1).WriteArray(a)
        ds.GetRasterBand(1).SetNoDataValue(0)
        ds = None
        paths[name] = str(d / (name + ".tif"))
    gpkg = str(d / "region.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    lyr = ds.CreateLayer("region", _srs(), ogr.wkbPolygon)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((500050 3195550,505150 3196120,504300 3199950,500000 3199800,500050 3195550))"))
    lyr.CreateFeature(f)
    ds = None
    paths["region"] = gpkg + "|layername=region"
    paths["dir"] = d
    return paths


def _features(layer):
    out = {}
    for f in layer.getFeatures():
        attrs = dict(zip(layer.fields().names(), f.attributes()))
        attrs.pop("fid", None)
        out[attrs["cell_id"]] = (attrs, f.geometry())
    return out


@pytest.mark.parametrize("region", [True, False])
def test_file_and_sink_outputs_are_the_same_grid(plugin, inputs, region):
    import processing

    base = {"SENSITIVITY": inputs["sens"], "IMPORTANCE": inputs["imp"], "CELL_SIZE": 1000}
    if region:
        base["REGION"] = inputs["region"]
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    mem = processing.run("envzoning:p1", dict(base, OUTPUT="memory:"), context=ctx)["OUTPUT"]
    mem = mem if isinstance(mem, QgsVectorLayer) else ctx.getMapLayer(mem)
    ref = _features(mem)
    assert len(ref) > 10
    for ext in ("gpkg", "shp", "geojson"):
        out = str(inputs["dir"] / ("p1_%d.%s" % (region, ext)))
        res = processing.run("envzoning:p1", dict(base, OUTPUT=out),
                             context=QgsProcessingContext())
        assert res["OUTPUT"] == out
        got = _features(QgsVectorLayer(out, "p1", "ogr"))
        assert sorted(got) == sorted(ref)
        for cid, (attrs, geom) in ref.items():
            a2, g2 = got[cid]
            assert a2 == attrs, (ext, cid)
            # a shapefile stores outer rings clockwise: the same polygon, vertices reordered
            assert (g2.isGeosEqual(geom) if ext == "shp" else g2.equals(geom)), (ext, cid)
        ds = ogr.Open(out)
        layer = ds.GetLayer(0)
        assert layer.GetSpatialRef().GetAuthorityCode(None) == "32650"
    if region:
        # clipped squares and the region's area: the written grid covers the region where
        # it holds data, squares wholly inside are 1 km²
        areas = [a["area_km2"] for a, _ in ref.values()]
        assert any(0 < x < 1 for x in areas) and max(areas) == 1.0
        for a, g in ref.values():
            assert g.area() / 1e6 == pytest.approx(a["area_km2"], abs=1e-6)
