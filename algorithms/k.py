"""envzoning:k — Z 3.2.3, annex-1 5 (SPEC 3a)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import indices as X
from . import base
from .units import numbers, read_layer, unit_names, write_units

QUALITY_PARAMS = (("AIR_FIELD", "air", "Air quality field", "大气环境质量字段"),
                  ("WATER_FIELD", "water", "Water quality field", "地表水环境质量字段"),
                  ("SOIL_FIELD", "soil", "Soil quality field", "土壤环境质量字段"))


class K(base.EnvZoningAlgorithm):
    ID = "k"
    NAME_EN = "K environmental support index"
    NAME_ZH = "区域环境支撑能力指数 K"
    GROUP = "evaluation"
    SEED = "Z 3.2.3, 附录1 5、7 / Z 3.2.3, annex-1 5, 7"
    SUMMARY_ZH = ("环境质量指数 = min(大气, 地表水, 土壤) 质量等级（5 优 … 1 重度污染）；"
                  "K = (质量/5)·((6 − 排放等级)/5)，范围 (0, 1]，K 越小环境支撑能力越弱。")
    SUMMARY_EN = ("Quality index = min of the air, water and soil quality levels (5 best … 1 "
                  "heavily polluted); k = (quality/5)·((6 − emission level)/5), in (0, 1]; the "
                  "smaller k, the weaker the support.")
    DECISION_ZH = "K 公式图片缺失，按本插件的约定取乘积；可选两项归一化值的最小值或平均值。"
    DECISION_EN = ("The seed's K formula image is lost; by the plugin's convention the product; options: min or "
                   "mean of the two normalised terms.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Townships", [
            QgsProcessing.TypeVectorPolygon]), "镇（乡）评价单元",
            "带质量等级与排放等级字段的镇（乡）面图层", "Townships with quality and emission levels")
        for name, default, en, zh in QUALITY_PARAMS:
            self.add(QgsProcessingParameterField(name, en, default, "INPUT",
                                                 QgsProcessingParameterField.Numeric,
                                                 optional=True),
                     zh, "质量等级 1–5（5 优）；可选，至少给出一项（默认字段 %s）" % default,
                     "Quality level 1–5 (5 best); optional, at least one of the three "
                     "(default field %s)" % default)
        self.add(QgsProcessingParameterField("EMISSION_FIELD", "Emission level field", "emission",
                                             "INPUT", QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "污染物排放等级字段", "排放等级 1–5（5 排放最重；默认字段 emission）",
                 "Emission level 1–5 (5 heaviest; default field emission)")
        self.add(QgsProcessingParameterEnum("FORMULA", "Formula",
                                            ["乘积 Product", "最小值 Min", "平均 Mean"],
                                            defaultValue=0),
                 "K 公式", "乘积（默认）(q/5)·((6−e)/5)、两项最小值、两项平均",
                 "Product (default) (q/5)·((6−e)/5), min or mean of the two terms")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "K townships"),
                 "K 结果", "输入字段 + quality（环境质量指数 1–5）, k", "Input fields + quality (1–5), k")

    def process(self, parameters, context, feedback):
        source, label, feats, crs = read_layer(self, parameters, "INPUT", context, feedback)
        feedback.setProgress(30)
        names = unit_names(source, feats)
        levels = {}
        for name, default, _, _ in QUALITY_PARAMS:
            field = self.parameterAsString(parameters, name, context)
            if parameters.get(name) in (None, "") and source.fields().lookupField(default) < 0:
                field = ""  # default field name absent and not asked for: not used
            if field:
                levels["%s '%s' (%s)" % (label, field, name)] = numbers(
                    source, feats, field, label, name, names)
        if not levels:
            raise QgsProcessingException("Give at least one of AIR_FIELD, WATER_FIELD, SOIL_FIELD / "
                                         "请至少给出一个环境质量字段")
        ef = self.parameterAsString(parameters, "EMISSION_FIELD", context) or "emission"
        emission = numbers(source, feats, ef, label, "EMISSION_FIELD", names)
        quality = X.quality_index(levels, names)
        formula = X.K_FORMULAS[self.parameterAsEnum(parameters, "FORMULA", context)]
        k = X.k_index(quality, emission, formula, names)
        feedback.setProgress(50)
        feedback.pushInfo("k: %.3f … %.3f" % (k.min(), k.max()))
        specs = [("quality", "int", 4, 0), ("k", "double", 10, 4)]
        dest = write_units(self, parameters, context, feats, source.fields(), specs,
                           {"quality": quality, "k": k}, crs, feedback=feedback, start=50,
                           end=100)
        base.apply_style(context, dest, base.vector_level_qml("quality", "quality"))
        return {"OUTPUT": dest}
