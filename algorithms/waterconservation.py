"""envzoning:waterconservation — Z annex-1 2(1), table 2-1."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
)

from ..core import importance as I
from ..core import blocks as B
from ..core import raster as R
from ..core.errors import EnvZoningError
from . import base
from . import importance_common as C


class WaterConservation(base.EnvZoningAlgorithm):
    ID = "waterconservation"
    NAME_EN = "Water conservation importance"
    NAME_ZH = "水源涵养重要性"
    GROUP = "evaluation"
    SEED = "Z 附录1 2(1) 表2-1 / Z annex-1 2(1), table 2-1"
    SUMMARY_ZH = ("按表2-1，由水源区类型（城市水源地、农灌取水区、洪水调蓄）和气候区（干旱、半干旱、"
                  "半湿润、湿润）确定水源涵养重要性等级；不在任何水源区内的像元为 1（不重要）。")
    SUMMARY_EN = ("Table 2-1: the type of the source area (urban water source, irrigation intake, "
                  "flood storage) and the climate zone give the water-conservation importance "
                  "level; cells in no source area are 1 (not important).")
    DECISION_ZH = ("等级词映射：极重要 5、中等重要 3、较重要/比较重要 2、不重要 1（4 级仅可由用户表得到）。"
                   "水源区重叠处取最高等级。")
    DECISION_EN = ("Words map to levels 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1 (level 4 only "
                   "through user tables). Where source areas overlap the highest level wins.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "INPUT", "Source areas", [QgsProcessing.TypeVectorPolygon]),
            "水源区", "水源区面图层（城市水源地、农灌取水区、洪水调蓄区）",
            "Source-area polygons (urban water source, irrigation intake, flood storage)")
        self.add(QgsProcessingParameterField("TYPE_FIELD", "Type field", None, "INPUT"),
                 "类型字段", "取值：城市水源地 / 农灌取水区 / 洪水调蓄，或 1 / 2 / 3",
                 "Values 城市水源地 / 农灌取水区 / 洪水调蓄, or 1 / 2 / 3")
        C.add_climate(self)
        self.add(QgsProcessingParameterField("CLIMATE_FIELD", "Climate zone field", None,
                                             "INPUT", optional=True),
                 "气候区字段", "可选：逐要素的气候区（干旱/半干旱/半湿润/湿润），优先于 CLIMATE",
                 "Optional per-feature climate zone (干旱/半干旱/半湿润/湿润 or arid … humid); "
                 "overrides CLIMATE", advanced=True)
        C.add_reference(self)
        self.add_table("WATER_TABLE", "water_conservation", "水源涵养重要性分级表（表2-1）",
                       "Water conservation table (table 2-1)")
        C.add_words(self)
        self.add(QgsProcessingParameterRasterDestination("OUTPUT", "Water conservation level"),
                 "水源涵养重要性等级", "等级 1–5（Byte，0 为无数据）", "Level 1–5 (Byte, nodata 0)")

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, msg = C.check_reference(parameters)
        if not ok:
            return ok, msg
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        model = I.WaterConservationModel(
            self.table_param(parameters, "WATER_TABLE", "water_conservation", context),
            C.words(self, parameters, context))
        climate = self.parameterAsEnum(parameters, "CLIMATE", context)
        grid, crs, inputs = C.factor_grid(self, parameters, context, feedback)
        src, label, feats = C.source(self, parameters, "INPUT", context, feedback, crs)
        tfield, tidx = C.field(self, parameters, "TYPE_FIELD", context, src, label)
        cfield, cidx = C.field(self, parameters, "CLIMATE_FIELD", context, src, label,
                               required=False)
        levels = []
        for f in feats:
            clim = climate
            if cidx >= 0:
                clim = f.attributes()[cidx]
                try:
                    I.climate_index(clim)
                except EnvZoningError as exc:
                    raise EnvZoningError("Layer '%s', field '%s' (feature %s): %s" % (
                        label, cfield, f.id(), exc)) from None
            levels.append(model.level(f.attributes()[tidx], clim, label, tfield, f.id()))
        inputs["areas"] = {"path": C.burn(feats, levels, crs, grid, context, "water_areas")}
        fn = B.WaterConservationBlock()

        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        progress, canceled = base.callbacks(feedback)
        R.block_map(fn, grid, inputs, {"level": {"path": out, "dtype": "uint8", "nodata": 0}},
                    progress=progress, is_canceled=canceled)
        base.apply_style(context, out, base.level_style_qml("importance"))
        return {"OUTPUT": out}
