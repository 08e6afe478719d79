"""Issue 13 item 3: ±inf and untagged −9999 cells are read as nodata with a warning naming
the raster and the count."""

import numpy as np
from osgeo import gdal, osr


def _tif(path, arr, nodata=None):
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), arr.shape[1], arr.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform((500000.0, 30.0, 0, 3200000.0, 0, -30.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    ds.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def test_inf_and_untagged_minus_9999_are_counted_in_a_warning(plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    r = np.full((20, 20), 300.0, dtype="float32")
    r[0, :3] = np.inf          # 3 cells
    r[1, :2] = -9999.0         # 2 cells, no nodata tag
    er = _tif(tmp_path / "r.tif", r)
    soil = _tif(tmp_path / "soil.tif", np.full((20, 20), 7, dtype="float32"), nodata=0)
    dem = _tif(tmp_path / "dem.tif", np.tile(np.arange(20, dtype="float32") * 10, (20, 1)))
    lc = _tif(tmp_path / "lc.tif", np.full((20, 20), 2, dtype="float32"), nodata=0)
    warnings = []

    class FB(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)
            super().pushWarning(text)

    processing.run("envzoning:soilerosionsensitivity", {
        "EROSIVITY": er, "SOIL": soil, "DEM": dem, "LANDCOVER": lc, "LANDCOVER_SCHEME": 0,
        "RELIEF_WINDOW": 90, "OUTPUT_LEVEL": str(tmp_path / "lvl.tif")},
        context=QgsProcessingContext(), feedback=FB())
    hits = [w for w in warnings if "untagged -9999" in w]
    assert len(hits) == 1, warnings
    assert " 5 cells" in hits[0] and "r" in hits[0]
