"""The order of the layers QGIS loads after a run (issue 14 item 3): QGIS 3.22 loads the
outputs in the order of their paths, each on top; the plugin's order post-processor puts the
styled level map above the grey index, the zones above the evaluation's layers, vectors above
rasters — whatever the file names — and leaves the project's other layers where they were.

The run is loaded as the Processing dialog does it (processing.gui.Postprocessing
.handleAlgorithmResults) into a QgsProject."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource as Src,
    QgsProcessingModelOutput,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
)

from test_sensitivity_algs import X0, Y1, layer, rect, save_gpkg, soil_rasters  # noqa: E402


class Collect(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal_error=False):  # noqa: N802
        self.errors.append(error)


def load_run(alg, params, outputs, project):
    """Run ``alg`` with ``outputs`` {parameter: path} to be loaded into ``project``, then
    load them as the dialog does; the layer tree's sources, top first."""
    from processing.gui.Postprocessing import handleAlgorithmResults

    ctx = QgsProcessingContext()
    ctx.setProject(project)
    fb = Collect()
    params = dict(params)
    for name, path in outputs.items():
        params[name] = QgsProcessingOutputLayerDefinition(path, project)
    res, ok = alg.run(params, ctx, fb)
    assert ok, fb.errors
    assert handleAlgorithmResults(alg, ctx, fb, True, params)
    return [lyr.source().split("|")[0] for lyr in project.layerTreeRoot().layerOrder()]


def user_layer(project, tmp_path):
    """A layer of the user's already in the project (bottom after the run's layers)."""
    path = save_gpkg(layer("Polygon", ["name:string"], [(rect(0, 0, 1, 1), ["mine"])]),
                     tmp_path / "mine.gpkg")
    from qgis.core import QgsVectorLayer

    lyr = QgsVectorLayer(path, "mine", "ogr")
    project.addMapLayer(lyr)
    return path


def test_level_map_over_the_grey_index(plugin, tmp_path):
    project = QgsProject()
    mine = user_layer(project, tmp_path)
    alg = QgsApplication.processingRegistry().createAlgorithmById(
        "envzoning:soilerosionsensitivity")
    # by path, QGIS would load a_level first and put b_index (grey) on top of it
    level, index = str(tmp_path / "a_level.tif"), str(tmp_path / "b_index.tif")
    order = load_run(alg, soil_rasters(tmp_path), {"OUTPUT_LEVEL": level,
                                                   "OUTPUT_INDEX": index}, project)
    assert order == [level, index, mine]
    # the level map keeps its paletted style (the style post-processor still runs)
    lv = [lyr for lyr in project.mapLayers().values() if lyr.source() == level][0]
    assert isinstance(lv, QgsRasterLayer) and lv.renderer().type() == "paletted"


def test_model_run_zones_over_evaluation_layers(plugin, tmp_path):
    """A model: soil erosion → riparian zones (erosion from the level raster) and styled
    zones. Top to bottom: zones (outputs step), riparian polygons, level map, grey index."""
    reg = QgsApplication.processingRegistry()
    model = QgsProcessingModelAlgorithm("order_test", "test", "test")

    se = QgsProcessingModelChildAlgorithm("envzoning:soilerosionsensitivity")
    se.setChildId("se")
    for name, path in soil_rasters(tmp_path).items():
        se.addParameterSources(name, [Src.fromStaticValue(path)])
    se.setModelOutputs({n: _output(n, "se", n) for n in ("OUTPUT_INDEX", "OUTPUT_LEVEL")})
    model.addChildAlgorithm(se)

    rivers = save_gpkg(layer("LineString", ["target:string"], [
        ("LINESTRING(%f %f, %f %f)" % (X0 + 50, Y1 - 150, X0 + 350, Y1 - 150), ["II"])]),
        tmp_path / "rivers.gpkg")
    rip = QgsProcessingModelChildAlgorithm("envzoning:riparianzone")
    rip.setChildId("rip")
    rip.addParameterSources("INPUT", [Src.fromStaticValue(rivers)])
    rip.addParameterSources("TARGET_FIELD", [Src.fromStaticValue("target")])
    rip.addParameterSources("EROSION_RASTER", [Src.fromChildOutput("se", "OUTPUT_LEVEL")])
    rip.setModelOutputs({"RIP": _output("OUTPUT", "rip", "RIP")})
    model.addChildAlgorithm(rip)

    zones = save_gpkg(layer("Polygon", ["zone_type:string", "name:string"], [
        (rect(0, 0, 1, 1), ["II", "甲区"]), (rect(2, 0, 3, 1), ["VI", "乙区"])]),
        tmp_path / "zones_in.gpkg")
    sz = QgsProcessingModelChildAlgorithm("envzoning:stylezones")
    sz.setChildId("sz")
    sz.addParameterSources("INPUT", [Src.fromStaticValue(zones)])
    sz.addParameterSources("LABEL_FIELD", [Src.fromStaticValue("name")])
    sz.setModelOutputs({"ZONES": _output("OUTPUT", "sz", "ZONES")})
    model.addChildAlgorithm(sz)
    for child in model.childAlgorithms().values():
        assert child.algorithm() is not None or reg.algorithmById(child.algorithmId())
    model.updateDestinationParameters()

    project = QgsProject()
    mine = user_layer(project, tmp_path)
    # by path QGIS would stack them the other way round: a_zones at the bottom
    paths = {"sz:ZONES": str(tmp_path / "a_zones.gpkg"), "rip:RIP": str(tmp_path / "b_rip.gpkg"),
             "se:OUTPUT_LEVEL": str(tmp_path / "c_level.tif"),
             "se:OUTPUT_INDEX": str(tmp_path / "d_index.tif")}
    order = load_run(model, {}, paths, project)
    assert order == [paths["sz:ZONES"], paths["rip:RIP"], paths["se:OUTPUT_LEVEL"],
                     paths["se:OUTPUT_INDEX"], mine]

    # a second run: its layers go on top as a block, the first run's order is kept
    again = {k: v.replace(".", "_2.") for k, v in paths.items()}
    order = load_run(model, {}, again, project)
    assert order == [again["sz:ZONES"], again["rip:RIP"], again["se:OUTPUT_LEVEL"],
                     again["se:OUTPUT_INDEX"], paths["sz:ZONES"], paths["rip:RIP"],
                     paths["se:OUTPUT_LEVEL"], paths["se:OUTPUT_INDEX"], mine]


def _output(child_output, child_id, name):
    out = QgsProcessingModelOutput(name, name)
    out.setChildOutputName(child_output)
    out.setChildId(child_id)
    return out


@pytest.fixture(autouse=True)
def _no_results_group():
    """Processing's 'results group' setting off (the default): layers go to the root."""
    from processing.core.ProcessingConfig import ProcessingConfig

    old = ProcessingConfig.getSetting(ProcessingConfig.RESULTS_GROUP_NAME)
    ProcessingConfig.setSettingValue(ProcessingConfig.RESULTS_GROUP_NAME, "")
    yield
    ProcessingConfig.setSettingValue(ProcessingConfig.RESULTS_GROUP_NAME, old or "")
