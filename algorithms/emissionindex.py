"""envzoning:emissionindex — Z annex-1 7 (污染物排放指数)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import indices as X
from . import base
from .units import (CLASS_METHODS, add_classification, areas_km2, numbers, read_layer,
                 unit_names, write_units)

FIELDS = (("COD_FIELD", "cod", "COD field", "化学需氧量 COD 字段"),
          ("NH3N_FIELD", "nh3n", "NH3-N field", "氨氮 NH3-N 字段"),
          ("SO2_FIELD", "so2", "SO2 field", "二氧化硫 SO2 字段"),
          ("NOX_FIELD", "nox", "NOx field", "氮氧化物 NOx 字段"))


class EmissionIndex(base.EnvZoningAlgorithm):
    ID = "emissionindex"
    NAME_EN = "Emission index"
    NAME_ZH = "污染物排放指数"
    GROUP = "evaluation"
    SEED = "Z 附录1 7 / Z annex-1 7"
    SUMMARY_ZH = ("各镇（乡）COD、氨氮、SO2、NOx 排放量除以面积得排放强度（/km²），各自按自然断点分 5 级（5 最高）；"
                  "水污染物排放指数 = max(COD, 氨氮)，大气 = max(SO2, NOx)，污染物排放指数 = max(水, 大气)。")
    SUMMARY_EN = ("COD, NH3-N, SO2 and NOx emissions per township divided by its area "
                  "(intensity per km²), each classed into 5 by natural breaks (5 = highest); "
                  "water index = max(COD, NH3-N), air = max(SO2, NOx), emission = max(water, air).")
    DECISION_ZH = "原文“二氧化氮排放强度”按指标库（附件二 42 项）取氮氧化物。等级 5 = 排放最重。"
    DECISION_EN = ("The seed's 'NO2 intensity' is read as NOx (annex 2, item 42). Level 5 = "
                   "heaviest emission.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Townships", [
            QgsProcessing.TypeVectorPolygon]), "镇（乡）评价单元", "镇（乡）面图层",
            "Township polygons (evaluation units)")
        for name, _, en, zh in FIELDS:
            self.add(QgsProcessingParameterField(name, en, None, "INPUT",
                                                 QgsProcessingParameterField.Numeric),
                     zh, "年排放量（任意统一单位，如 t/a）", "Annual emission (any one unit, e.g. t/a)")
        self.add(QgsProcessingParameterField("AREA_FIELD", "Area field (km²)", None, "INPUT",
                                             QgsProcessingParameterField.Numeric, optional=True),
                 "面积字段 (km²)", "可选：土地面积（km²）；缺省时由几何计算",
                 "Optional land area (km²); default: from the geometry")
        add_classification(self)
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Emission townships"),
                 "污染物排放指数结果",
                 "输入字段 + cod_int, nh3n_int, so2_int, nox_int（/km²）, water_emis, air_emis, emission（1–5，5 最重）",
                 "Input fields + cod_int, nh3n_int, so2_int, nox_int (per km²), water_emis, "
                 "air_emis, emission (1–5, 5 heaviest)")

    def process(self, parameters, context, feedback):
        source, label, feats, crs = read_layer(self, parameters, "INPUT", context, feedback)
        feedback.setProgress(30)
        names = unit_names(source, feats)
        loads = {}
        for name, pol, _, _ in FIELDS:
            loads[pol] = numbers(source, feats, self.parameterAsString(parameters, name, context),
                                 label, name, names)
        area_field = self.parameterAsString(parameters, "AREA_FIELD", context)
        area = (numbers(source, feats, area_field, label, "AREA_FIELD", names) if area_field
                else areas_km2(feats))
        method = CLASS_METHODS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)]
        r = X.emission(loads, area, names, 5, method)
        feedback.setProgress(50)
        specs = [("cod_int", "double", 16, 4), ("nh3n_int", "double", 16, 4),
                 ("so2_int", "double", 16, 4), ("nox_int", "double", 16, 4),
                 ("water_emis", "int", 4, 0), ("air_emis", "int", 4, 0),
                 ("emission", "int", 4, 0)]
        dest = write_units(self, parameters, context, feats, source.fields(), specs, r, crs,
                           feedback=feedback, start=50, end=100)
        base.apply_style(context, dest, base.vector_level_qml("pressure", "emission"))
        return {"OUTPUT": dest}
