"""The method itself: numpy and the standard library (GDAL only in raster.py / vector.py).
Never imports qgis; tested without QGIS."""
