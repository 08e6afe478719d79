"""envzoning:p2 — Z 3.2.2, annex-1 3–4 (SPEC 3a). Also the township glue shared by the
P2/K/A algorithms (airquality, waterquality, soilquality, emissionindex, k,
compositeindex): reading units, numeric fields, distances, writing the output layer."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import indices as X
from . import base
from .units import (  # noqa: F401 (used by p2 and re-exported)
    CLASS_METHODS, CLASS_OPTIONS, read_layer, step, unit_names, numbers,
    _show, areas_km2, distance_matrix, write_units, _py, add_classification)


class P2(base.EnvZoningAlgorithm):
    ID = "p2"
    NAME_EN = "P2 human-settlement index"
    NAME_ZH = "维护人居环境健康指数 P2"
    GROUP = "evaluation"
    SEED = "Z 3.2.2, 附录1 3–4 / Z 3.2.2, annex-1 3–4"
    SUMMARY_ZH = ("以镇（乡）为单元：人口集聚度 = Di/D（人口密度之比），经济发展水平 = 人均GDPi/人均GDP0 + "
                  "经济密度di/d0（D、GDP0、d0 为全部单元合计）；两者各按自然断点分 5 级、赋值 1/3/5/7/9，"
                  "P2 = 两者赋值之积（1–81，可选平均、最大、几何平均）。")
    SUMMARY_EN = ("Per township: pop_idx = Di/D (population density over the region's), "
                  "eco_idx = pGDPi/pGDP0 + di/d0 (per-capita GDP and GDP per km², over the "
                  "region's; the region = all units). Each is classed into 5 by natural breaks "
                  "and graded 1/3/5/7/9; p2 = product of the grades (1–81; or mean, max, "
                  "geometric mean).")
    DECISION_ZH = ("公式图片缺失，按本插件的约定：5 级赋值 1/3/5/7/9（同表1-1），P2 取乘积；面积默认由几何在投影坐标系中计算（km²）。")
    DECISION_EN = ("The seed's formula image is lost; by the plugin's convention grades 1/3/5/7/9 (as table 1-1), "
                   "P2 = their product. Area from the geometry in the projected analysis CRS "
                   "(km²) unless AREA_FIELD is given.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Townships", [
            QgsProcessing.TypeVectorPolygon]), "镇（乡）评价单元", "镇（乡）面图层",
            "Township polygons (evaluation units)")
        self.add(QgsProcessingParameterField("POPULATION_FIELD", "Population field", None, "INPUT",
                                             QgsProcessingParameterField.Numeric),
                 "人口字段", "常住人口总数", "Resident population")
        self.add(QgsProcessingParameterField("GDP_FIELD", "GDP field", None, "INPUT",
                                             QgsProcessingParameterField.Numeric),
                 "GDP 字段", "地区生产总值（任意统一单位，如万元）", "GDP (any one unit, e.g. 10⁴ yuan)")
        self.add(QgsProcessingParameterField("AREA_FIELD", "Area field (km²)", None, "INPUT",
                                             QgsProcessingParameterField.Numeric, optional=True),
                 "面积字段 (km²)", "可选：土地面积（km²）；缺省时由几何计算",
                 "Optional land area (km²); default: from the geometry")
        add_classification(self)
        self.add(QgsProcessingParameterEnum(
            "COMBINATION", "Combination",
            ["乘积 Product", "平均 Mean", "最大 Max", "几何平均 Geometric mean"], defaultValue=0),
            "P2 组合方式", "两项赋值的组合：乘积（默认，1–81）、平均、最大、几何平均",
            "How the two grades combine: product (default, 1–81), mean, max, geometric mean")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "P2 townships"),
                 "P2 结果", "输入字段 + pop_idx, eco_idx, pop_grade, eco_grade, p2",
                 "Input fields + pop_idx, eco_idx, pop_grade, eco_grade, p2")

    def process(self, parameters, context, feedback):
        source, label, feats, crs = read_layer(self, parameters, "INPUT", context, feedback)
        feedback.setProgress(30)
        names = unit_names(source, feats)
        pop = numbers(source, feats, self.parameterAsString(parameters, "POPULATION_FIELD",
                                                            context), label,
                      "POPULATION_FIELD", names)
        gdp = numbers(source, feats, self.parameterAsString(parameters, "GDP_FIELD", context),
                      label, "GDP_FIELD", names)
        area_field = self.parameterAsString(parameters, "AREA_FIELD", context)
        area = (numbers(source, feats, area_field, label, "AREA_FIELD", names) if area_field
                else areas_km2(feats))
        method = CLASS_METHODS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)]
        comb = X.COMBINATIONS[self.parameterAsEnum(parameters, "COMBINATION", context)]
        r = X.p2(pop, gdp, area, names, 5, method, comb)
        feedback.setProgress(50)
        feedback.pushInfo("Region / 区划范围: D = %.2f persons/km², pGDP0 = %.4f, d0 = %.2f per km²"
                          % (r["region"]["D"], r["region"]["pGDP0"], r["region"]["d0"]))
        specs = [("pop_idx", "double", 20, 6), ("eco_idx", "double", 20, 6),
                 ("pop_grade", "int", 4, 0), ("eco_grade", "int", 4, 0),
                 ("p2", "double", 12, 4)]
        dest = write_units(self, parameters, context, feats, source.fields(), specs, r, crs,
                           feedback=feedback, start=50, end=100)
        return {"OUTPUT": dest}
