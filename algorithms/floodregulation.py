"""envzoning:floodregulation — Z annex-1 2(4), SPEC 3a."""

import math

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


class FloodRegulation(base.EnvZoningAlgorithm):
    ID = "floodregulation"
    NAME_EN = "Flood regulation importance"
    NAME_ZH = "洪水调蓄功能重要性"
    GROUP = "evaluation"
    SEED = "Z 附录1 2(4) / Z annex-1 2(4)"
    SUMMARY_ZH = ("在湖库湿地范围内按 Q = (Limax − Limin) / (dem − Limin) 计算洪水调蓄量（Limax 最高水位，"
                  "Limin 最低水位，dem 像元高程），并分级：dem ≤ Limin（常年水面）或 Q ≥ 1（水位变幅带）"
                  "为极重要 5；0.5 ≤ Q < 1 为中等重要 3；其余为 1。等级不超过表2-1“洪水调蓄”行在所选气候区的等级。")
    SUMMARY_EN = ("Inside lakes, reservoirs and wetlands Q = (Limax − Limin) / (dem − Limin) "
                  "(highest and lowest water level, cell elevation). dem ≤ Limin (permanent "
                  "water) or Q ≥ 1 (the storage band) → 5; 0.5 ≤ Q < 1 → 3; otherwise 1. The "
                  "level is capped by table 2-1's flood-storage row for the climate zone.")
    DECISION_ZH = ("公式图像缺失，分级为本插件的约定，断点可编辑，区间为 min ≤ Q < max。"
                   "Q 栅格仅在 dem > Limin 处有值（dem ≤ Limin 时公式无意义，为无数据）；水体以外为无数据。")
    DECISION_EN = ("The grading is the plugin's convention (editable breaks, min <= Q < max). The Q "
                   "raster has values only where dem > Limin inside a water body (the formula is "
                   "undefined below Limin); elsewhere it is nodata.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer("DEM", "DEM"),
                 "数字高程模型", "像元高程 dem（米）；输出取其网格", "Cell elevation (m); the outputs take its grid")
        self.add(QgsProcessingParameterFeatureSource(
            "WATERBODIES", "Lakes, reservoirs, wetlands", [QgsProcessing.TypeVectorPolygon]),
            "湖库湿地", "湖泊、水库、湿地面图层，带最高、最低水位字段",
            "Lake, reservoir and wetland polygons with highest and lowest water level")
        self.add(QgsProcessingParameterField("LIMAX_FIELD", "Highest water level field (Limax)",
                                             None, "WATERBODIES",
                                             QgsProcessingParameterField.Numeric),
                 "最高水位字段 Limax", "最高水位（米，与 DEM 同一高程基准）",
                 "Highest water level (m, same datum as the DEM)")
        self.add(QgsProcessingParameterField("LIMIN_FIELD", "Lowest water level field (Limin)",
                                             None, "WATERBODIES",
                                             QgsProcessingParameterField.Numeric),
                 "最低水位字段 Limin", "最低水位（米）", "Lowest water level (m)")
        C.add_climate(self)
        self.add_table("FLOOD_TABLE", "flood_breaks", "洪水调蓄量分级表（min ≤ Q < max）",
                       "Flood Q breaks (min <= Q < max)")
        self.add_table("WATER_TABLE", "water_conservation", "水源涵养重要性分级表（表2-1，取洪水调蓄行为上限）",
                       "Table 2-1 (its flood-storage row caps the level)")
        C.add_words(self)
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_Q", "Flood regulation Q"),
                 "洪水调蓄量 Q", "Q (Float32，无数据为 NaN)", "Q (Float32, nodata NaN)")
        self.add(QgsProcessingParameterRasterDestination("OUTPUT", "Flood regulation level"),
                 "洪水调蓄功能重要性等级", "等级 1–5（Byte，0 为无数据）", "Level 1–5 (Byte, nodata 0)")

    def process(self, parameters, context, feedback):
        words = C.words(self, parameters, context)
        climate = self.parameterAsEnum(parameters, "CLIMATE", context)
        cap = I.WaterConservationModel(
            self.table_param(parameters, "WATER_TABLE", "water_conservation", context),
            words).flood_cap(climate)
        model = I.FloodModel(self.table_param(parameters, "FLOOD_TABLE", "flood_breaks", context),
                             words, cap)
        if cap < 5:
            feedback.pushInfo("Climate %s caps flood regulation at level %d / 气候区%s：洪水调蓄等级上限 %d"
                              % (I.CLIMATES_EN[climate], cap, I.CLIMATES[climate], cap))
        dem_path, dem_label = base.raster_source(self, parameters, "DEM", context)
        grid = R.Grid.from_raster(dem_path, dem_label)
        crs = self.parameterAsRasterLayer(parameters, "DEM", context).crs()
        src, label, feats = C.source(self, parameters, "WATERBODIES", context, feedback, crs)
        fmax, imax = C.field(self, parameters, "LIMAX_FIELD", context, src, label)
        fmin, imin = C.field(self, parameters, "LIMIN_FIELD", context, src, label)
        pairs = [model.check_levels(f.attributes()[imax], f.attributes()[imin], label,
                                    (fmax, fmin), f.id()) for f in feats]
        # one burn per level; the order (by Limin) decides overlaps the same way for both
        order = sorted(range(len(feats)), key=lambda i: pairs[i][1])
        fs = [feats[i] for i in order]
        nan = float("nan")
        limax = C.burn(fs, [pairs[i][0] for i in order], crs, grid, context, "limax",
                       "float64", nan, ascending=None)
        limin = C.burn(fs, [pairs[i][1] for i in order], crs, grid, context, "limin",
                       "float64", nan, ascending=None)
        fn = B.FloodBlock(model)

        out_q = self.parameterAsOutputLayer(parameters, "OUTPUT_Q", context)
        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        progress, canceled = base.callbacks(feedback)
        R.block_map(fn, grid, {"dem": {"path": dem_path, "resample": "bilinear",
                                       "label": dem_label},
                               "limax": {"path": limax}, "limin": {"path": limin}},
                    {"q": {"path": out_q, "dtype": "float32", "nodata": math.nan},
                     "level": {"path": out, "dtype": "uint8", "nodata": 0}},
                    progress=progress, is_canceled=canceled)
        base.apply_style(context, out, base.level_style_qml("importance"))
        return {"OUTPUT_Q": out_q, "OUTPUT": out}
