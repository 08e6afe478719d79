"""envzoning:airquality — Z annex-1 5(1), table 6-1."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import indices as X
from ..core.errors import EnvZoningError
from . import base
from .units import distance_matrix, numbers, read_layer, unit_names, write_units


class AirQuality(base.EnvZoningAlgorithm):
    ID = "airquality"
    NAME_EN = "Air quality level"
    NAME_ZH = "大气环境质量"
    GROUP = "evaluation"
    SEED = "Z 附录1 5(1) 表6-1；HJ 633-2012 / Z annex-1 5(1), table 6-1; HJ 633-2012"
    SUMMARY_ZH = ("监测站 SO2、NO2、PM10 浓度按 API 分段点表线性插值得分指数，API = 最大分指数（或直接给 API 字段）；"
                  "按表6-1 分级：≤50 优 5，51–100 良好 4，101–150 轻微污染 3，151–200 轻度污染 3，"
                  "201–300 中度污染 2，>300 重度污染 1。AQI 字段或 PM2.5/O3/CO 浓度按 HJ 633-2012：≤50 优 5，"
                  "51–100 良 4，101–150 轻度 3，151–200 中度 2，201–300 重度 1，>300 严重 1。镇（乡）取其内站点；无站点的取最近站点并标记 air_nearest = 1。")
    SUMMARY_EN = ("Station SO2, NO2, PM10 concentrations → sub-indices by piecewise-linear "
                  "interpolation on the API breakpoint table, API = max (or an API field). "
                  "Table 6-1: ≤50 excellent 5, 51–100 good 4, 101–150 and 151–200 slightly/"
                  "lightly polluted 3, 201–300 moderately 2, >300 heavily 1. An AQI field, or "
                  "PM2.5/O3/CO concentrations, by HJ 633-2012: ≤50 5, 51–100 4, 101–150 3, "
                  "151–200 2, 201–300 1, >300 1. A township takes the "
                  "stations inside it; one without a station takes the nearest (air_nearest = 1).")
    DECISION_ZH = ("表6-1 六级对应质量等级 5,4,3,3,2,1（5 最好）。默认 API 分段点为 GB 3095 时期日报 API 表（mg/m³，"
                   "颗粒物取 PM10），超过 500 的浓度记 500。站点内多个站点：默认取浓度平均后的 API（给 API 字段时取 API 平均），"
                   "可改为 API 平均或最差站点。给出 PM2.5、O3 或 CO 字段时按 HJ 633-2012 的 IAQI 分段点（24 小时均值，O3 为 8 小时）"
                   "计算 AQI（进位取整），AQI 字段也按 HJ 633-2012 分级：优 5、良 4、轻度 3、中度 2、重度 1、严重 1。"
                   "浓度不做单位换算，而是换算分段点，整数浓度恰在分段点上时按表归档（如 NO2 = 565 μg/m³ 为 API 300）。")
    DECISION_EN = ("The six classes of table 6-1 map to quality levels 5,4,3,3,2,1 (5 best). "
                   "Default breakpoints: the GB 3095-era daily API table (mg/m³, PM10 for "
                   "particulates); concentrations above the table give API 500. Several "
                   "stations in a township: by default the API of their mean concentrations "
                   "(the mean API when an API field is given); options: mean API, worst "
                   "station. With PM2.5, O3 or CO fields the AQI of HJ 633-2012 is computed "
                   "(IAQI breakpoints of 24-h means, O3 8-h; rounded up), and an AQI field is "
                   "graded by HJ 633-2012: excellent 5, good 4, light 3, moderate 2, heavy 1, "
                   "severe 1. The breakpoints, not the data, are converted between units, so "
                   "whole-number concentrations on a break grade as the table says (NO2 = "
                   "565 µg/m³ is API 300).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Townships", [
            QgsProcessing.TypeVectorPolygon]), "镇（乡）评价单元", "镇（乡）面图层",
            "Township polygons (evaluation units)")
        self.add(QgsProcessingParameterFeatureSource("STATIONS", "Air monitoring stations", [
            QgsProcessing.TypeVectorPoint]), "大气监测站点", "大气监测站点（点）",
            "Air monitoring stations (points)")
        for name, en, zh in (("SO2_FIELD", "SO2 field", "SO2 字段"),
                             ("NO2_FIELD", "NO2 field", "NO2 字段"),
                             ("PM10_FIELD", "PM10 field", "PM10 字段"),
                             ("PM25_FIELD", "PM2.5 field", "PM2.5 字段"),
                             ("O3_FIELD", "O3 field", "O3 字段")):
            self.add(QgsProcessingParameterField(name, en, None, "STATIONS",
                                                 QgsProcessingParameterField.Numeric,
                                                 optional=True),
                     zh, "%s 浓度（年均或评价期均值；单位见 UNIT）" % zh[:-3],
                     "%s concentration (annual or period mean; unit: UNIT)" % en[:-6])
        self.add(QgsProcessingParameterField("API_FIELD", "API field", None, "STATIONS",
                                             QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "API 字段", "可选：直接给出的 API（2013 年前的空气污染指数，按表6-1 分级；给出时不用浓度字段）。"
                 "AQI 请用 AQI_FIELD：两者分级不同",
                 "Optional API value (the pre-2013 pollution index, graded by table 6-1; used "
                 "instead of the concentrations). Give an AQI as AQI_FIELD: their classes differ")
        self.add(QgsProcessingParameterField("CO_FIELD", "CO field", None, "STATIONS",
                                             QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "CO 字段", "CO 浓度（mg/m³，与 UNIT 无关；给出 PM2.5/O3/CO 时按 HJ 633-2012 计算 AQI）",
                 "CO concentration (mg/m³ whatever UNIT; PM2.5/O3/CO select the AQI of "
                 "HJ 633-2012)")
        self.add(QgsProcessingParameterField("AQI_FIELD", "AQI field", None, "STATIONS",
                                             QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "AQI 字段", "可选：直接给出的 AQI，按 HJ 633-2012 分级（优 5、良 4、轻度 3、中度 2、重度和严重 1）",
                 "Optional AQI value, graded by HJ 633-2012 (excellent 5, good 4, light 3, "
                 "moderate 2, heavy and severe 1)")
        self.add(QgsProcessingParameterEnum("UNIT", "Concentration unit",
                                            ["μg/m³", "mg/m³"], defaultValue=0),
                 "浓度单位", "浓度字段的单位（默认 μg/m³，如全国空气质量实时发布数据）",
                 "Unit of the concentration fields (default μg/m³, as CNEMC publishes)")
        self.add(QgsProcessingParameterEnum(
            "AGGREGATION", "Several stations in a township",
            ["浓度平均后计算 API API of the mean concentrations", "API 平均 Mean API",
             "最差站点 Worst station (max API)"], defaultValue=0),
            "多站点合成", "镇（乡）内有多个站点时的合成方法", "How several stations in a township combine")
        self.add_table("API_TABLE", "api_breakpoints", "API 分段点表", "API breakpoint table",
                       "API 与各污染物浓度（mg/m³）分段点", "API and pollutant concentration "
                       "breakpoints (mg/m³)")
        self.add_table("CLASS_TABLE", "air_api_classes", "表6-1 API 分级", "Table 6-1 API classes",
                       "API 区间 → 空气质量状况与质量等级", "API range → air quality status and level")
        self.add_table("AQI_TABLE", "aqi_breakpoints", "HJ 633-2012 IAQI 分段点表",
                       "HJ 633-2012 IAQI breakpoint table",
                       "IAQI 与各污染物浓度分段点（μg/m³，CO 为 mg/m³；24 小时均值，O3 为 8 小时）",
                       "IAQI and pollutant concentration breakpoints (μg/m³, CO mg/m³; 24-h "
                       "means, O3 8-h)")
        self.add_table("AQI_CLASS_TABLE", "air_aqi_classes", "HJ 633-2012 AQI 分级",
                       "HJ 633-2012 AQI classes", "AQI 区间 → 空气质量级别与质量等级",
                       "AQI range → air quality category and level")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Air quality townships"),
                 "大气环境质量结果", "输入字段 + air_api（API 或 AQI）, air（质量等级 1–5，5 优）, air_n（单元内站点数，取最近站点时为 0）, air_nearest",
                 "Input fields + air_api (API or AQI), air (level 1–5, 5 best), air_n (stations inside; 0 "
                 "when the nearest was taken), air_nearest")

    def process(self, parameters, context, feedback):
        source, label, feats, crs = read_layer(self, parameters, "INPUT", context, feedback)
        feedback.setProgress(10)
        names = unit_names(source, feats)
        st_src, st_label, stations, _ = read_layer(self, parameters, "STATIONS", context,
                                                   feedback, crs)
        feedback.setProgress(20)
        st_names = unit_names(st_src, stations)
        api_table = X.ApiTable(self.table_param(parameters, "API_TABLE", "api_breakpoints",
                                                context))
        class_table = self.table_param(parameters, "CLASS_TABLE", "air_api_classes", context)
        api_field = self.parameterAsString(parameters, "API_FIELD", context)
        aqi_field = self.parameterAsString(parameters, "AQI_FIELD", context)
        unit_ug = self.parameterAsEnum(parameters, "UNIT", context) == 0
        api_values, conc, use_aqi = None, None, False
        if aqi_field:
            use_aqi = True
            api_values = numbers(st_src, stations, aqi_field, st_label, "AQI_FIELD", st_names)
        elif api_field:
            api_values = numbers(st_src, stations, api_field, st_label, "API_FIELD", st_names)
        else:
            conc = {}
            for param, pol in (("SO2_FIELD", "so2"), ("NO2_FIELD", "no2"),
                               ("PM10_FIELD", "pm10"), ("PM25_FIELD", "pm25"),
                               ("O3_FIELD", "o3"), ("CO_FIELD", "co")):
                field = self.parameterAsString(parameters, param, context)
                if field:
                    # no unit conversion of the data: the breakpoints are scaled (exact breaks)
                    conc[pol] = numbers(st_src, stations, field, st_label, param, st_names)
            if not conc:
                raise QgsProcessingException(
                    "Give AQI_FIELD, API_FIELD or at least one of SO2_FIELD, NO2_FIELD, "
                    "PM10_FIELD, PM25_FIELD, O3_FIELD, CO_FIELD / 请给出 AQI_FIELD、API_FIELD 或浓度字段")
            use_aqi = bool({"pm25", "o3", "co"} & set(conc))
        if use_aqi:
            api_table = X.aqi_table(self.table_param(parameters, "AQI_TABLE",
                                                     "aqi_breakpoints", context), unit_ug)
            class_table = self.table_param(parameters, "AQI_CLASS_TABLE", "air_aqi_classes",
                                           context)
        else:
            api_table = X.ApiTable(self.table_param(parameters, "API_TABLE", "api_breakpoints",
                                                    context), scale=1000.0 if unit_ug else 1.0)
        feedback.pushInfo("Index / 指数: %s" % (
            "AQI, HJ 633-2012" if use_aqi else "API, Z table 6-1 / 表6-1"))
        feedback.setProgress(25)
        dist = distance_matrix(feats, stations, feedback, 25, 70)
        members, flags = X.assign_points(dist)
        agg = X.AIR_AGGREGATIONS[self.parameterAsEnum(parameters, "AGGREGATION", context)]
        try:
            unit_api, st_api = X.air_unit_api(members, api_values, conc, agg, api_table)
        except EnvZoningError as exc:
            raise QgsProcessingException("Layer '%s': %s" % (st_label, exc)) from None
        if use_aqi:
            unit_api = X.aqi_round(unit_api)
            level = X.aqi_quality(unit_api, class_table)
        else:
            level = X.air_quality(unit_api, class_table)
        feedback.setProgress(75)
        for i in np.flatnonzero(flags):
            feedback.pushInfo("%s: no station inside, nearest used: %s (%.0f m) / 无站点，取最近站点"
                              % (names[i], st_names[members[i][0]], dist[i, members[i][0]]))
        values = {"air_api": unit_api, "air": level,
                  "air_n": np.array([len(m) if not f else 0 for m, f in zip(members, flags)]),
                  "air_nearest": flags}
        specs = [("air_api", "double", 10, 2), ("air", "int", 4, 0), ("air_n", "int", 6, 0),
                 ("air_nearest", "int", 2, 0)]
        dest = write_units(self, parameters, context, feats, source.fields(), specs, values, crs,
                           feedback=feedback, start=75, end=100)
        base.apply_style(context, dest, base.vector_level_qml("quality", "air"))
        return {"OUTPUT": dest}
