"""Bad-input classes of issue 13 (geometry): curved geometries segmentized with a warning
naming the count, GeometryCollections reduced to their polygons, points or lines where
polygons are expected refused naming the layer. Runs the zoning algorithm of the bad-input
suite on layers written here from its fixtures."""

import os

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

from badinput_fixtures import SIZE, X0, Y0
from test_bad_input import Collect
import test_bad_input as BI  # noqa: E402

fx = BI.fx          # the bad-input suite's fixtures
runner = BI.runner

ogr.UseExceptions()


def write_layer(path, name, wkts, gtype):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    lyr = ds.CreateLayer(name, srs, gtype)
    lyr.CreateField(ogr.FieldDefn("role", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for w in wkts:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(w))
        f.SetField("role", "nature_reserve")
        f.SetField("name", "x")
        lyr.CreateFeature(f)
    ds = None
    return path + "|layername=" + name


def curved_region():
    x0, y0, x1, y1 = X0, Y0, X0 + SIZE, Y0 + SIZE
    xm = (x0 + x1) / 2
    return ("CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING(%f %f,%f %f,%f %f),(%f %f,%f %f,%f %f,"
            "%f %f)))" % (x0, y0, xm, y0 + 300, x1, y0, x1, y0, x1, y1, x0, y1, x0, y0))


def square(x0, y0, x1, y1):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


def zoning(runner, tmp_path, **over):
    params = runner.params("zoning")
    params.update(over)
    folder = str(tmp_path / "out")
    os.makedirs(folder, exist_ok=True)
    params.update({"OUTPUT": os.path.join(folder, "zones.gpkg"),
                   "OUTPUT_RASTER": os.path.join(folder, "zones.tif")})
    fb = Collect()
    return runner.run_alg("zoning", params, fb), fb


def test_curved_region_is_segmentized_with_a_warning(runner, tmp_path):
    region = write_layer(str(tmp_path / "curved.gpkg"), "curved_county", [curved_region()],
                         ogr.wkbCurvePolygon)
    res, fb = zoning(runner, tmp_path, REGION=region)
    assert any("1 curved geometries segmentized" in w for w in fb.warnings), fb.warnings
    zones = QgsVectorLayer(res["OUTPUT"], "z", "ogr")
    area = sum(f.geometry().area() for f in zones.getFeatures())
    assert area > 0.9 * SIZE * SIZE   # not an all-nodata map


def test_geometry_collection_region_is_reduced_to_its_polygons(runner, tmp_path):
    wkt = "GEOMETRYCOLLECTION(%s,POINT(%f %f))" % (square(X0, Y0, X0 + SIZE, Y0 + SIZE),
                                                  X0 + 1, Y0 + 1)
    region = write_layer(str(tmp_path / "gc.gpkg"), "gc_county", [wkt], ogr.wkbGeometryCollection)
    res, fb = zoning(runner, tmp_path, REGION=region)
    assert any("1 geometry collections" in w for w in fb.warnings), fb.warnings
    zones = QgsVectorLayer(res["OUTPUT"], "z", "ogr")
    assert sum(f.geometry().area() for f in zones.getFeatures()) == pytest.approx(
        SIZE * SIZE, rel=0.01)


@pytest.mark.parametrize("kind", ["points", "lines"])
def test_points_or_lines_as_protected_areas_are_refused(runner, tmp_path, kind):
    if kind == "points":
        wkts, gtype = ["POINT(%f %f)" % (X0 + 500, Y0 + 500)], ogr.wkbPoint
    else:
        wkts, gtype = ["LINESTRING(%f %f,%f %f)" % (X0, Y0, X0 + 900, Y0 + 900)], ogr.wkbLineString
    bad = write_layer(str(tmp_path / ("reserve_%s.gpkg" % kind)), "reserve_%s" % kind, wkts, gtype)
    with pytest.raises(QgsProcessingException, match="reserve_%s.*%s.*polygons" % (kind, kind)):
        zoning(runner, tmp_path, PROTECTED=bad)
    assert os.listdir(str(tmp_path / "out")) == []


def test_protected_areas_wholly_outside_the_region_are_refused(runner, tmp_path):
    far = square(X0 + 100000, Y0, X0 + 101000, Y0 + 1000)   # 100 km east of the county
    bad = write_layer(str(tmp_path / "reserve_far.gpkg"), "reserve_far", [far], ogr.wkbPolygon)
    with pytest.raises(QgsProcessingException, match="reserve_far.*wholly outside the region"):
        zoning(runner, tmp_path, PROTECTED=bad)
    assert os.listdir(str(tmp_path / "out")) == []


def test_non_square_cells_are_analysed_on_square_cells_with_a_warning(runner, tmp_path):
    """Issue 13: a 100 × 50 m reference raster gave a 300 × 150 m relief window."""
    from osgeo import gdal

    params = runner.params("soilerosionsensitivity")
    params.pop("REGION")
    params.pop("CELL_SIZE")
    src = params["EROSIVITY"]
    rect = str(tmp_path / "erosivity_rect.tif")
    gdal.Warp(rect, src, xRes=100, yRes=50)
    params["EROSIVITY"] = rect
    out = str(tmp_path / "sens.tif")
    params["OUTPUT_LEVEL"] = out
    fb = Collect()
    runner.run_alg("soilerosionsensitivity", params, fb)
    assert any("non-square cells (100 × 50)" in w for w in fb.warnings), fb.warnings
    gt = gdal.Open(out).GetGeoTransform()
    assert gt[1] == -gt[5] == 50


def test_values_above_the_last_break_are_warned(runner, tmp_path):
    """Issue 13: values above the last break became nodata without a word."""
    import numpy as np
    from osgeo import gdal

    params = runner.params("soilerosionsensitivity")
    arr = gdal.Open(params["EROSIVITY"]).ReadAsArray()
    top = float(np.nanmax(arr))
    cut = float(np.nanmin(arr)) + 0.5 * (top - float(np.nanmin(arr)))
    params["EROSIVITY_TABLE"] = ["-inf", "%g" % cut, "1"]   # ends below the largest values
    params["OUTPUT_LEVEL"] = str(tmp_path / "sens.tif")
    fb = Collect()
    runner.run_alg("soilerosionsensitivity", params, fb)
    assert any("EROSIVITY_TABLE" in w and "above the last class" in w for w in fb.warnings), \
        fb.warnings
