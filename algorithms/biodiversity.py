"""envzoning:biodiversity — Z annex-1 2(3), tables 2-3 and 2-4."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..core import importance as I
from ..core import blocks as B
from ..core import raster as R
from . import base
from . import importance_common as C


class Biodiversity(base.EnvZoningAlgorithm):
    ID = "biodiversity"
    NAME_EN = "Biodiversity conservation importance"
    NAME_ZH = "生物多样性保护重要性"
    GROUP = "evaluation"
    SEED = "Z 附录1 2(3) 表2-3、表2-4 / Z annex-1 2(3), tables 2-3, 2-4"
    SUMMARY_ZH = ("表2-3：评价单元物种数占全省物种数的比率 >30% 或优先生态系统为极重要，15–30% 中等重要，"
                  "5–15% 比较重要，<5% 不重要；表2-4：国家一级保护物种分布处极重要，国家二级中等重要，"
                  "其他国家与省级保护物种比较重要。结果取两者最大值；不在任何单元内且无保护物种的像元为 1。")
    SUMMARY_EN = ("Table 2-3: a unit's share of the province's species > 30 % or a priority "
                  "ecosystem → 5, 15–30 % → 3, 5–15 % → 2, < 5 % → 1; table 2-4: national "
                  "class I protected species → 5, class II → 3, other national or provincial → 2. "
                  "The level is the maximum of the two; elsewhere 1.")
    DECISION_ZH = ("比率分级按左开右闭 (min < r ≤ max)：恰为 30% 为中等重要，15% 为比较重要，5% 为不重要。"
                   "优先生态系统取比率表最高一级。物种点标记其所在像元，BUFFER > 0 时标记其缓冲区。"
                   "重叠处取最高等级。")
    DECISION_EN = ("Ratio classes are min < r <= max: exactly 30 % is 3, 15 % is 2, 5 % is 1. A "
                   "priority ecosystem takes the top ratio class. An occurrence marks the cell "
                   "it falls in, or its buffer when BUFFER > 0. Overlaps take the highest level.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "UNITS", "Evaluation units", [QgsProcessing.TypeVectorPolygon]),
            "评价单元", "带物种数的评价单元（如乡镇）", "Units (e.g. townships) with a species count")
        self.add(QgsProcessingParameterField("SPECIES_FIELD", "Species count field", None,
                                             "UNITS", QgsProcessingParameterField.Numeric),
                 "物种数字段", "单元内的物种数", "Number of species recorded in the unit")
        self.add(QgsProcessingParameterNumber("PROVINCE_SPECIES", "Species in the province",
                                              QgsProcessingParameterNumber.Integer,
                                              minValue=1),
                 "全省物种数", "比率 = 单元物种数 / 全省物种数", "Ratio = unit species / this number")
        self.add(QgsProcessingParameterField("PRIORITY_FIELD", "Priority ecosystem field", None,
                                             "UNITS", optional=True),
                 "优先生态系统字段", "可选：1 = 优先生态系统（极重要）", "Optional: 1 = priority ecosystem")
        self.add(QgsProcessingParameterFeatureSource(
            "OCCURRENCES", "Protected-species occurrences", [QgsProcessing.TypeVector],
            optional=True),
            "保护物种分布", "可选：保护物种分布点（或面）", "Optional protected-species points (or polygons)")
        self.add(QgsProcessingParameterField("PROTECTION_FIELD", "Protection class field", None,
                                             "OCCURRENCES", optional=True),
                 "保护级别字段", "国家一级 / 国家二级 / 其他（国家与省级保护物种），或 1 / 2 / 3",
                 "国家一级 / 国家二级 / 其他 (other national or provincial), or 1 / 2 / 3")
        self.add(QgsProcessingParameterNumber("BUFFER", "Occurrence buffer (m)",
                                              QgsProcessingParameterNumber.Double, 0.0,
                                              minValue=0.0),
                 "分布点缓冲距离 (m)", "0：标记点所在像元；> 0：标记缓冲区内像元",
                 "0: the occurrence marks its cell; > 0: every cell within this distance")
        C.add_reference(self)
        self.add_table("RATIO_TABLE", "biodiversity_ratio", "物种比率分级表（表2-3，%）",
                       "Species ratio table (table 2-3, %)")
        self.add_table("PROTECTION_TABLE", "biodiversity_protection", "保护物种分级表（表2-4）",
                       "Protection class table (table 2-4)")
        C.add_words(self)
        self.add(QgsProcessingParameterRasterDestination("OUTPUT", "Biodiversity level"),
                 "生物多样性保护重要性等级", "等级 1–5（Byte，0 为无数据）", "Level 1–5 (Byte, nodata 0)")

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, msg = C.check_reference(parameters)
        if not ok:
            return ok, msg
        if parameters.get("OCCURRENCES") not in (None, "") and not parameters.get(
                "PROTECTION_FIELD"):
            return False, "OCCURRENCES 需要 PROTECTION_FIELD / OCCURRENCES needs PROTECTION_FIELD"
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        words = C.words(self, parameters, context)
        model = I.BiodiversityModel(
            self.table_param(parameters, "RATIO_TABLE", "biodiversity_ratio", context),
            self.table_param(parameters, "PROTECTION_TABLE", "biodiversity_protection", context),
            words)
        total = self.parameterAsInt(parameters, "PROVINCE_SPECIES", context)
        grid, crs, inputs = C.factor_grid(self, parameters, context, feedback)

        src, label, feats = C.source(self, parameters, "UNITS", context, feedback, crs)
        sfield, sidx = C.field(self, parameters, "SPECIES_FIELD", context, src, label)
        pfield, pidx = C.field(self, parameters, "PRIORITY_FIELD", context, src, label,
                               required=False)
        levels = []
        for f in feats:
            prio = I.parse_priority(f.attributes()[pidx], label, pfield, f.id()) \
                if pidx >= 0 else False
            levels.append(model.ratio_level(f.attributes()[sidx], total, prio, label, sfield,
                                            f.id()))
        inputs["units"] = {"path": C.burn(feats, levels, crs, grid, context, "bio_units")}

        if parameters.get("OCCURRENCES") not in (None, ""):
            osrc, olabel, ofeats = C.source(self, parameters, "OCCURRENCES", context, feedback,
                                            crs)
            ofield, oidx = C.field(self, parameters, "PROTECTION_FIELD", context, osrc, olabel)
            olevels = [model.protection_level(f.attributes()[oidx], olabel, ofield, f.id())
                       for f in ofeats]
            dist = self.parameterAsDouble(parameters, "BUFFER", context)
            if dist > 0:
                for f in ofeats:
                    f.setGeometry(f.geometry().buffer(dist, 16))
            feedback.pushInfo("Occurrences / 保护物种分布: %d (levels %s)" % (
                len(ofeats), ", ".join("%d×%d" % (olevels.count(v), v)
                                       for v in sorted(set(olevels), reverse=True))))
            inputs["occ"] = {"path": C.burn(ofeats, olevels, crs, grid, context, "bio_occ")}
        elif parameters.get("PROTECTION_FIELD"):
            raise QgsProcessingException("PROTECTION_FIELD needs OCCURRENCES / 保护级别字段需要保护物种分布图层")
        fn = B.BiodiversityBlock(model)

        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        progress, canceled = base.callbacks(feedback)
        R.block_map(fn, grid, inputs, {"level": {"path": out, "dtype": "uint8", "nodata": 0}},
                    progress=progress, is_canceled=canceled)
        base.apply_style(context, out, base.level_style_qml("importance"))
        return {"OUTPUT": out}
