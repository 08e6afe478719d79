"""envzoning:soilquality — Z annex-1 5(3) (soil pollution index SPI)."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import indices as X
from ..core import tables as T
from ..core.errors import EnvZoningError
from . import base
from .units import distance_matrix, numbers, read_layer, unit_names, write_units


def _key(name):
    return "".join(ch for ch in name.lower() if ch.isalnum())


class SoilQuality(base.EnvZoningAlgorithm):
    ID = "soilquality"
    NAME_EN = "Soil quality level"
    NAME_ZH = "土壤环境质量"
    GROUP = "evaluation"
    SEED = "Z 附录1 5(3) 土壤污染指数 SPI / Z annex-1 5(3), soil pollution index"
    SUMMARY_ZH = ("单因子污染指数 Pi = Ci/Si（实测值/评价标准）；单元内各样点 Pi 取平均，单元指数 = 最大 Pi（可选内梅罗 "
                  "√((Pmax²+Pmean²)/2)）；≤1 优 5，(1,2] 良 4，(2,3] 轻度污染 3，(3,5] 中度污染 2，>5 重度污染 1。"
                  "无样点的单元取最近样点并标记 soil_nearest = 1。")
    SUMMARY_EN = ("Single-factor index Pi = Ci/Si (measured / standard); Pi averaged over the "
                  "unit's samples; unit index = max Pi (or Nemerow sqrt((Pmax²+Pmean²)/2)); "
                  "≤1 clean 5, (1,2] good 4, (2,3] slightly 3, (3,5] moderately 2, >5 heavily "
                  "polluted 1. A unit without samples takes the nearest (soil_nearest = 1).")
    DECISION_ZH = ("SPI 公式图片缺失：按本插件的约定取最大 Pi（内梅罗为选项）；多样点取各污染物 Pi 的平均后再合成。"
                   "评价标准默认 GB 15618-2018 农用地风险筛选值（其他，5.5<pH≤6.5）；给出 pH 字段时按每个样点的 pH 分档"
                   "（≤5.5、5.5–6.5、6.5–7.5、>7.5，上限含）和用地（水田/果园/其他）取值；也可用样点标准字段或编辑表。")
    DECISION_EN = ("The SPI formula image is lost: max Pi by the plugin's convention (Nemerow as option); several "
                   "samples: each pollutant's Pi averaged over them, then combined. Default "
                   "standards: GB 15618-2018 farmland screening values (other, 5.5 < pH ≤ 6.5); "
                   "with a pH field, each sample's own pH band (≤5.5, 5.5–6.5, 6.5–7.5, >7.5, "
                   "upper limits inclusive) and land use (paddy / orchard / other); or standard fields "
                   "per sample, or the edited table.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Townships", [
            QgsProcessing.TypeVectorPolygon]), "镇（乡）评价单元", "镇（乡）面图层",
            "Township polygons (evaluation units)")
        self.add(QgsProcessingParameterFeatureSource("SAMPLES", "Soil samples", [
            QgsProcessing.TypeVectorPoint]), "土壤样点", "土壤监测样点（点）", "Soil samples (points)")
        self.add(QgsProcessingParameterField("POLLUTANT_FIELDS", "Pollutant fields", None,
                                             "SAMPLES", QgsProcessingParameterField.Numeric,
                                             allowMultiple=True),
                 "污染物字段", "各污染物实测浓度字段 Ci", "Measured concentration fields Ci")
        self.add(QgsProcessingParameterField("STANDARD_FIELDS", "Standard fields", None,
                                             "SAMPLES", QgsProcessingParameterField.Numeric,
                                             allowMultiple=True, optional=True),
                 "评价标准字段", "可选：与污染物字段一一对应（同样顺序）的评价标准 Si 字段；缺省时按标准表（字段名 = 表中 pollutant）",
                 "Optional standard fields Si, one per pollutant field in the same order; "
                 "default: the standards table (field name = the table's pollutant)")
        self.add(QgsProcessingParameterField("PH_FIELD", "pH field", None, "SAMPLES",
                                             QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "pH 字段", "可选：样点 pH；给出时按 GB 15618-2018 表1 的 pH 分档（≤5.5、5.5–6.5、6.5–7.5、>7.5）取筛选值",
                 "Optional sample pH: the screening value of GB 15618-2018 table 1 by pH band "
                 "(≤5.5, 5.5–6.5, 6.5–7.5, >7.5)")
        self.add(QgsProcessingParameterField("LANDUSE_FIELD", "Land-use field", None, "SAMPLES",
                                             optional=True),
                 "用地类型字段", "可选：值为 水田（或 paddy）的样点用水田筛选值，果园（或 orchard）的用果园值"
                 "（GB 15618-2018 表1 仅铜有），其余用“其他”",
                 "Optional: samples whose value is 水田 (or paddy) take the paddy values, 果园 "
                 "(or orchard) the orchard values (GB 15618-2018 table 1: copper only), the "
                 "others 其他")
        self.add_table("STANDARDS_PH_TABLE", "gb15618_farmland", "GB 15618-2018 筛选值表",
                       "GB 15618-2018 screening values",
                       "污染物、kind（screening 筛选值 / intervention 管制值，此处读筛选值）、用地 land"
                       "（paddy 水田/orchard 果园/other 其他/all）、四个 pH 档的值（mg/kg）；与 elementzones 同一张表",
                       "pollutant, kind (screening / intervention; the screening rows are "
                       "read), land (paddy/orchard/other/all), the value per pH band (mg/kg); "
                       "the same table as elementzones'")
        self.add_table("STANDARDS_TABLE", "soil_standards", "土壤评价标准表", "Soil standards table",
                       "污染物 → 评价标准（mg/kg）；默认为 gb15618_farmland.csv 中“其他”用地 5.5<pH≤6.5 的筛选值",
                       "pollutant → standard (mg/kg); default: the screening values of "
                       "gb15618_farmland.csv for other land at 5.5 < pH ≤ 6.5")
        self.add(QgsProcessingParameterEnum("METHOD", "Unit index",
                                            ["最大单因子指数 Max Pi", "内梅罗综合指数 Nemerow"],
                                            defaultValue=0),
                 "单元指数", "最大 Pi（默认）或内梅罗综合指数", "Max Pi (default) or Nemerow")
        self.add(QgsProcessingParameterBoolean("NEAREST", "Units without a sample take the nearest",
                                               defaultValue=True),
                 "无样点单元取最近样点", "否则该单元为空值", "Otherwise the unit is left NULL")
        self.add_table("BREAKS_TABLE", "soil_pi_breaks", "SPI 分级表", "SPI breaks",
                       "指数区间 → 质量等级", "index range → quality level")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Soil quality townships"),
                 "土壤环境质量结果", "输入字段 + soil_pi, soil（质量等级 1–5，5 优）, soil_n, soil_nearest",
                 "Input fields + soil_pi, soil (level 1–5, 5 best), soil_n, soil_nearest")

    def process(self, parameters, context, feedback):
        source, label, feats, crs = read_layer(self, parameters, "INPUT", context, feedback)
        feedback.setProgress(10)
        s_src, s_label, samples, _ = read_layer(self, parameters, "SAMPLES", context,
                                                feedback, crs)
        feedback.setProgress(20)
        s_names = unit_names(s_src, samples)
        pols = self.parameterAsFields(parameters, "POLLUTANT_FIELDS", context) or []
        if not pols:
            raise QgsProcessingException("POLLUTANT_FIELDS: give at least one field / 请给出污染物字段")
        stds = self.parameterAsFields(parameters, "STANDARD_FIELDS", context) or []
        conc = np.column_stack([numbers(s_src, samples, f, s_label, "POLLUTANT_FIELDS",
                                        s_names, allow_null=True) for f in pols])
        if stds:
            if len(stds) != len(pols):
                raise QgsProcessingException(
                    "STANDARD_FIELDS has %d fields for %d POLLUTANT_FIELDS (%s); give one per "
                    "pollutant, in the same order / 评价标准字段个数须与污染物字段一致"
                    % (len(stds), len(pols), ", ".join(pols)))
            standards = np.column_stack([numbers(s_src, samples, f, s_label, "STANDARD_FIELDS",
                                                 s_names) for f in stds])
        elif self.parameterAsString(parameters, "PH_FIELD", context):
            ph = numbers(s_src, samples, self.parameterAsString(parameters, "PH_FIELD", context),
                         s_label, "PH_FIELD", s_names, allow_null=True)
            lu_field = self.parameterAsString(parameters, "LANDUSE_FIELD", context)
            landuse = None
            if lu_field:
                base.field_index(s_src, lu_field, s_label, "LANDUSE_FIELD")
                landuse = [X.soil_landuse(f[lu_field]) for f in samples]
            try:
                standards = X.soil_standards_by_ph(
                    self.table_param(parameters, "STANDARDS_PH_TABLE", "gb15618_farmland",
                                     context), pols, ph, None, s_names, _key, landuse)
            except EnvZoningError as exc:
                raise QgsProcessingException("Layer '%s': %s" % (s_label, exc)) from None
            feedback.pushInfo("GB 15618-2018 screening values by pH band / 按 pH 分档取筛选值")
        else:
            table = self.table_param(parameters, "STANDARDS_TABLE", "soil_standards", context)
            lut = {}
            for i, row in enumerate(table.dicts()):
                val = T.to_float(row["standard"], table.name, "standard", i + 1)
                lut[_key(row["pollutant"])] = val
                if row.get("name_zh"):
                    lut[_key(row["name_zh"])] = val
            standards = []
            for f in pols:
                if _key(f) not in lut:
                    raise QgsProcessingException(
                        "Pollutant field '%s' of layer '%s' has no standard in table '%s' "
                        "(pollutants: %s); add it or give STANDARD_FIELDS / 污染物字段“%s”在标准表中没有评价标准"
                        % (f, s_label, table.name, ", ".join(table.column("pollutant")), f))
                standards.append(lut[_key(f)])
            standards = np.array(standards)
        pi = X.soil_pi(conc, standards, pols, s_names)
        feedback.setProgress(25)
        dist = distance_matrix(feats, samples, feedback, 25, 70)
        members, flags = X.assign_points(dist, self.parameterAsBool(parameters, "NEAREST",
                                                                    context))
        method = X.SOIL_METHODS[self.parameterAsEnum(parameters, "METHOD", context)]
        r = X.soil_unit_quality(members, pi, method,
                                self.table_param(parameters, "BREAKS_TABLE", "soil_pi_breaks",
                                                 context))
        feedback.setProgress(75)
        feedback.pushInfo("%d units take the nearest sample / %d 个单元取最近样点"
                          % (int(flags.sum()), int(flags.sum())))
        values = {"soil_pi": r["index"], "soil": [q if q > 0 else None for q in r["quality"]],
                  "soil_n": [len(m) if not f else 0 for m, f in zip(members, flags)],
                  "soil_nearest": flags}
        specs = [("soil_pi", "double", 12, 4), ("soil", "int", 4, 0), ("soil_n", "int", 6, 0),
                 ("soil_nearest", "int", 2, 0)]
        dest = write_units(self, parameters, context, feats, source.fields(), specs, values, crs,
                           feedback=feedback, start=75, end=100)
        base.apply_style(context, dest, base.vector_level_qml("quality", "soil"))
        return {"OUTPUT": dest}
