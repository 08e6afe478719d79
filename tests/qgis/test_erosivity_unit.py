"""soilerosionsensitivity EROSIVITY_UNIT (issue 14 item 6): R in SI units, MJ·mm/(hm²·h·a),
is divided by 17.02 into the units of table 1-1; a mean R implausible for the chosen unit
gets a warning naming the layer."""

import numpy as np
from qgis.core import QgsProcessingFeedback

from envzoning.core import raster as R

from test_sensitivity_algs import ER, SE_LEVEL, soil_rasters, write_raster  # noqa: E402


class Collect(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802
        self.errors.append(error)


def test_si_erosivity_is_converted_and_table_units_stay(run_alg, tmp_path):
    p = soil_rasters(tmp_path)
    si = (np.array(ER, dtype="float64") * 17.02).tolist()
    si[2][0] = -9999
    p_si = dict(p, EROSIVITY=write_raster(tmp_path / "r_si.tif", si, nodata=-9999,
                                          dtype="float32"))
    fb = Collect()
    res = run_alg("soilerosionsensitivity", dict(
        p_si, EROSIVITY_UNIT=1, OUTPUT_LEVEL=str(tmp_path / "si.tif")), feedback=fb)
    # hand-worked levels of the table-unit rasters, reached from SI through ÷17.02
    assert R.read_array(res["OUTPUT_LEVEL"])[0].tolist() == SE_LEVEL
    assert not fb.errors  # mean SI R ≈ 5 600: plausible

    # the same SI raster read as table units: levels rise, and a warning names the layer
    fb = Collect()
    res = run_alg("soilerosionsensitivity", dict(
        p_si, OUTPUT_LEVEL=str(tmp_path / "wrong.tif")), feedback=fb)
    wrong = R.read_array(res["OUTPUT_LEVEL"])[0]
    assert wrong[:2].sum() > np.array(SE_LEVEL)[:2].sum()
    assert fb.errors and "r_si" in fb.errors[0] and "EROSIVITY_UNIT" in fb.errors[0]
    assert "降水侵蚀力" in fb.errors[0]


def test_default_is_table_units_without_warning(run_alg, tmp_path):
    p = soil_rasters(tmp_path)
    fb = Collect()
    res = run_alg("soilerosionsensitivity", dict(p, OUTPUT_LEVEL=str(tmp_path / "t.tif")),
                  feedback=fb)
    assert R.read_array(res["OUTPUT_LEVEL"])[0].tolist() == SE_LEVEL
    assert not fb.errors
