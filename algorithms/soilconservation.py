"""envzoning:soilconservation — Z annex-1 2(2), table 2-2."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core import importance as I
from ..core import blocks as B
from ..core import raster as R
from . import base
from . import importance_common as C


class SoilConservation(base.EnvZoningAlgorithm):
    ID = "soilconservation"
    NAME_EN = "Soil conservation importance"
    NAME_ZH = "水土保持重要性"
    GROUP = "evaluation"
    SEED = "Z 附录1 2(2) 表2-2 / Z annex-1 2(2), table 2-2"
    SUMMARY_ZH = ("按表2-2，由土壤侵蚀敏感性等级（1 不敏感 … 5 极敏感）和所在汇水区的影响水体类别"
                  "（1：1-2级河流及大中城市主要水源水体；2：3级河流及小城市水源水体；3：4-5级河流）确定"
                  "水土保持重要性；不在任何汇水区内的像元为 1（不重要）。输出与敏感性栅格同网格。")
    SUMMARY_EN = ("Table 2-2: the soil-erosion sensitivity level (1 not … 5 extremely sensitive) "
                  "and the receiving-water class of the catchment (1 = 1–2 rivers & major urban "
                  "sources, 2 = 3 rivers & small-town sources, 3 = 4–5 rivers) give the "
                  "soil-conservation importance; cells in no catchment are 1. The output is on "
                  "the sensitivity raster's grid.")
    DECISION_ZH = ("等级词映射：极重要 5、中等重要 3、较重要 2、不重要 1。汇水区重叠处取类别号最小者"
                   "（影响水体最重要）。")
    DECISION_EN = ("Words map to 极重要 5, 中等重要 3, 较重要 2, 不重要 1. Where catchments overlap, "
                   "the smallest class number (the most important receiving water) wins.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer("SENSITIVITY", "Soil erosion sensitivity level"),
                 "土壤侵蚀敏感性等级", "soilerosionsensitivity 的等级栅格（1–5，0 为无数据）；输出取其网格",
                 "Level raster of soilerosionsensitivity (1–5, nodata 0); the output takes its grid")
        self.add(QgsProcessingParameterFeatureSource(
            "CATCHMENTS", "Catchments", [QgsProcessing.TypeVectorPolygon]),
            "汇水区", "汇水区面图层，带影响水体类别字段", "Catchment polygons with a receiving-water class")
        self.add(QgsProcessingParameterField("WATER_CLASS_FIELD", "Receiving-water class field",
                                             None, "CATCHMENTS"),
                 "影响水体类别字段", "1 = 1-2级河流及大中城市主要水源水体，2 = 3级河流及小城市水源水体，3 = 4-5级河流",
                 "1 = 1–2 rivers & major urban sources, 2 = 3 rivers & small-town sources, "
                 "3 = 4–5 rivers")
        self.add_table("SOIL_TABLE", "soil_conservation", "水土保持重要性分级表（表2-2）",
                       "Soil conservation table (table 2-2)")
        C.add_words(self)
        self.add(QgsProcessingParameterRasterDestination("OUTPUT", "Soil conservation level"),
                 "水土保持重要性等级", "等级 1–5（Byte，0 为无数据）", "Level 1–5 (Byte, nodata 0)")

    def process(self, parameters, context, feedback):
        model = I.SoilConservationModel(
            self.table_param(parameters, "SOIL_TABLE", "soil_conservation", context),
            C.words(self, parameters, context))
        sens_path, sens_label = base.raster_source(self, parameters, "SENSITIVITY", context)
        grid = R.Grid.from_raster(sens_path, sens_label)
        crs = self.parameterAsRasterLayer(parameters, "SENSITIVITY", context).crs()
        src, label, feats = C.source(self, parameters, "CATCHMENTS", context, feedback, crs)
        fname, idx = C.field(self, parameters, "WATER_CLASS_FIELD", context, src, label)
        classes = [model.water_class(f.attributes()[idx], label, fname, f.id()) for f in feats]
        catch = C.burn(feats, classes, crs, grid, context, "catchments", ascending=False)
        fn = B.SoilConservationBlock(model, sens_label)

        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        progress, canceled = base.callbacks(feedback)
        R.block_map(fn, grid, {"sens": {"path": sens_path, "label": sens_label},
                               "catch": {"path": catch}},
                    {"level": {"path": out, "dtype": "uint8", "nodata": 0}},
                    progress=progress, is_canceled=canceled)
        base.apply_style(context, out, base.level_style_qml("importance"))
        return {"OUTPUT": out}
