"""Core tests run without QGIS (make test runs them with -p no:pytest_qgis)."""

import numpy as np
import pytest
from osgeo import osr


@pytest.fixture
def utm_wkt():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    return srs.ExportToWkt()


@pytest.fixture
def make_grid(utm_wkt):
    from envzoning.core.raster import Grid

    def _make(nx, ny, cell=100.0, x0=500000.0, y1=3200000.0, wkt=None):
        return Grid(wkt or utm_wkt, (x0, cell, 0.0, y1, 0.0, -cell), nx, ny)

    return _make


@pytest.fixture
def rng():
    return np.random.default_rng(12345)
