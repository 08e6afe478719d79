"""envzoning:waterquality — Z annex-1 5(2), tables 6-2, 6-3."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import indices as X
from ..core.errors import EnvZoningError
from . import base
from .progress import step
from .units import distance_matrix, numbers, read_layer, unit_names, write_units


class WaterQuality(base.EnvZoningAlgorithm):
    ID = "waterquality"
    NAME_EN = "Surface water quality level"
    NAME_ZH = "地表水环境质量"
    GROUP = "evaluation"
    SEED = "Z 附录1 5(2) 表6-2、6-3 / Z annex-1 5(2), tables 6-2, 6-3"
    SUMMARY_ZH = ("每个单元取其内的监测断面。断面少于 5 个：各指标浓度取算术平均，按 GB 3838-2002 基本项目限值定类别，"
                  "再按表6-2（Ⅰ～Ⅱ 优 5，Ⅲ 良好 4，Ⅳ 轻度污染 3，Ⅴ 中度污染 2，劣Ⅴ 重度污染 1）；5 个及以上："
                  "按表6-3 断面类别比例规则依次判定。无断面的单元取最近断面并标记 water_nearest = 1。")
    SUMMARY_EN = ("Each unit takes the monitoring sections inside it. Fewer than 5: the class of "
                  "the mean concentrations against the GB 3838-2002 basic-item limits, then "
                  "table 6-2 (I–II excellent 5, III good 4, IV slightly 3, V moderately 2, "
                  "worse than V heavily polluted 1). 5 or more: the class-share rules of table "
                  "6-3, in the order written. A unit without a section takes the nearest one "
                  "(water_nearest = 1).")
    DECISION_ZH = ("表6-3 原文各行未覆盖“Ⅰ～Ⅲ类恰为 60%、劣Ⅴ类恰为 40%”一种情形，按其劣Ⅴ类比例判为重度污染（表第 6 行，可编辑）。"
                   "少于 5 个断面且只有类别字段时，取类别序号平均值向上取整（如 Ⅱ、Ⅲ → Ⅲ）。"
                   "既有浓度又有类别字段时：少于 5 个用浓度平均，5 个及以上用类别字段（空值由浓度判定）。")
    DECISION_EN = ("Table 6-3's rows leave out exactly I–III = 60 % with worse-than-V = 40 %; "
                   "it is graded heavily polluted, as its worse-than-V share says (row 6, "
                   "editable). With fewer than 5 sections and only a class field: the mean "
                   "class number rounded up (II and III → III). With both: fewer than 5 use "
                   "mean concentrations, 5 or more use the class field (empty ones from the "
                   "concentrations).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Units (townships)", [
            QgsProcessing.TypeVectorPolygon]), "评价单元（镇乡）", "镇（乡）或流域面图层",
            "Township (or catchment) polygons")
        self.add(QgsProcessingParameterFeatureSource("SECTIONS", "Monitoring sections", [
            QgsProcessing.TypeVectorPoint]), "水质监测断面", "地表水监测断面（点）",
            "Surface-water monitoring sections (points)")
        self.add(QgsProcessingParameterField("CLASS_FIELD", "Water class field", None,
                                             "SECTIONS", optional=True),
                 "水质类别字段", "断面水质类别：I…V、劣V（也接受 Ⅰ…Ⅴ、1…6）",
                 "Section class: I…V, 劣V (also Ⅰ…Ⅴ, 1…6)")
        self.add(QgsProcessingParameterField("INDICATOR_FIELDS", "Indicator fields", None,
                                             "SECTIONS", QgsProcessingParameterField.Numeric,
                                             allowMultiple=True, optional=True),
                 "水质指标字段", "指标浓度字段（mg/L），字段名为限值表的 item 或中文名，如 do, codmn, cod, bod5, nh3n, tp, tn",
                 "Indicator concentration fields (mg/L) named as the limit table's item or "
                 "Chinese name, e.g. do, codmn, cod, bod5, nh3n, tp, tn")
        self.add(QgsProcessingParameterBoolean("NEAREST", "Units without a section take the nearest",
                                               defaultValue=True),
                 "无断面单元取最近断面", "否则该单元为空值（K 计算时须给出其他质量字段）",
                 "Otherwise the unit is left NULL")
        self.add_table("LIMITS_TABLE", "gb3838_limits", "GB 3838-2002 限值表",
                       "GB 3838-2002 limits", "基本项目标准限值（min = 不低于，如溶解氧；max = 不高于）",
                       "Basic-item limits (min = at least, e.g. DO; max = at most)")
        self.add_table("CLASS_TABLE", "water_class_quality", "表6-2 水质定性评价",
                       "Table 6-2 class → status", "水质类别 → 状况与质量等级",
                       "class → status and quality level")
        self.add_table("SHARE_TABLE", "water_share_rules", "表6-3 类别比例规则",
                       "Table 6-3 share rules", "按行序第一条满足 min ≤ 比例 < max 的规则生效（百分比）",
                       "The first row with min ≤ share < max (percent) wins")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Water quality units"),
                 "地表水环境质量结果",
                 "输入字段 + water（质量等级 1–5，5 优）, water_class, water_n, water_rule, water_i3, water_w5, water_nearest",
                 "Input fields + water (level 1–5, 5 best), water_class, water_n, water_rule, "
                 "water_i3 (% I–III), water_w5 (% worse than V), water_nearest")

    def process(self, parameters, context, feedback):
        source, label, feats, crs = read_layer(self, parameters, "INPUT", context, feedback)
        feedback.setProgress(10)
        names = unit_names(source, feats)
        sec_src, sec_label, sections, _ = read_layer(self, parameters, "SECTIONS", context,
                                                     feedback, crs)
        feedback.setProgress(20)
        sec_names = unit_names(sec_src, sections)
        limits = X.WaterLimits(self.table_param(parameters, "LIMITS_TABLE", "gb3838_limits",
                                                context))
        class_field = self.parameterAsString(parameters, "CLASS_FIELD", context)
        ind_fields = self.parameterAsFields(parameters, "INDICATOR_FIELDS", context) or []
        if not class_field and not ind_fields:
            raise QgsProcessingException("Give CLASS_FIELD or INDICATOR_FIELDS / 请给出水质类别字段或指标字段")
        sec_class = None
        if class_field:
            idx = base.field_index(sec_src, class_field, sec_label, "CLASS_FIELD")
            sec_class = []
            for i, (f, nm) in enumerate(zip(sections, sec_names)):
                step(feedback, i, len(sections), 20, 25)
                c = X.parse_water_class(f.attributes()[idx])
                if c is None:
                    raise QgsProcessingException(
                        "Layer '%s', section %s, field '%s': '%s' is not a water class "
                        "(I…V, 劣V) / 断面 %s 的水质类别“%s”无法识别"
                        % (sec_label, nm, class_field, f.attributes()[idx], nm,
                           f.attributes()[idx]))
                sec_class.append(c)
        conc = {}
        for field in ind_fields:
            try:
                limits.item(field)
            except EnvZoningError as exc:
                raise QgsProcessingException("Layer '%s', field '%s' (INDICATOR_FIELDS): %s"
                                             % (sec_label, field, exc)) from None
            conc[field] = numbers(sec_src, sections, field, sec_label, "INDICATOR_FIELDS",
                                  sec_names, allow_null=True)
        feedback.setProgress(25)
        dist = distance_matrix(feats, sections, feedback, 25, 70)
        nearest = self.parameterAsBool(parameters, "NEAREST", context)
        members, flags = X.assign_points(dist, nearest)
        r = X.water_unit_quality(
            members, sec_class, conc, limits,
            self.table_param(parameters, "CLASS_TABLE", "water_class_quality", context),
            X.ShareRules(self.table_param(parameters, "SHARE_TABLE", "water_share_rules",
                                          context)), names)
        feedback.setProgress(75)
        for i in np.flatnonzero(flags):
            feedback.pushInfo("%s: no section inside, nearest used: %s / 无断面，取最近断面"
                              % (names[i], sec_names[members[i][0]]))
        values = {
            "water": [q if q > 0 else None for q in r["quality"]],
            "water_class": [X.WATER_CLASS_NAMES[c - 1] if c > 0 else None
                            for c in r["water_class"]],
            "water_n": [n if not f else 0 for n, f in zip(r["n"], flags)],
            "water_rule": [m or None for m in r["method"]],
            "water_i3": r["share_i_iii"], "water_w5": r["share_worse_v"],
            "water_nearest": flags,
        }
        specs = [("water", "int", 4, 0), ("water_class", "string", 8, 0),
                 ("water_n", "int", 6, 0), ("water_rule", "string", 32, 0),
                 ("water_i3", "double", 8, 2), ("water_w5", "double", 8, 2),
                 ("water_nearest", "int", 2, 0)]
        dest = write_units(self, parameters, context, feats, source.fields(), specs, values, crs,
                           feedback=feedback, start=75, end=100)
        base.apply_style(context, dest, base.vector_level_qml("quality", "water"))
        return {"OUTPUT": dest}
