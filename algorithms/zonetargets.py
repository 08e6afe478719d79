"""envzoning:zonetargets — Z 5.1–5.3, tables 5 and 6: targets, measures, negative lists."""

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import checks as C
from ..core import provenance as P
from ..core import tables as T
from ..core import targets as TG
from ..core.errors import EnvZoningError
from . import base, provenance_glue


class ZoneTargets(base.EnvZoningAlgorithm):
    ID = "zonetargets"
    NAME_EN = "Zone targets, measures and negative lists"
    NAME_ZH = "功能区环境目标、管控措施与负面清单"
    GROUP = "zoning"
    SEED = "Z 5.1, 5.2, 5.3, 表5, 表6 / Z 5.1–5.3, tables 5, 6"
    SUMMARY_ZH = ("按功能区类型/小类附上主导功能（4.2）、环境质量目标与总体管控措施（表5）、生态保护目标（5.1）"
                  "和负面清单（表5 措施 + 表6 工业项目分类目录）；可用地方补充表（按功能区编号）追加更严格的条目，"
                  "标注“地方”。每条一行，前缀为其表号。")
    SUMMARY_EN = ("Attaches by zone type/subtype the main function (Z 4.2), environmental quality "
                  "targets and overall control measures (table 5), ecological targets (Z 5.1) and "
                  "the negative list (table 5 measures + table 6 industry catalogue); an optional "
                  "local table keyed by zone code appends stricter items marked 地方. One item "
                  "per line, prefixed with its table number.")
    DECISION_ZH = ("表5 没有生态保护目标列：取 5.1 列出的指标（I、II 类：生态公益林面积、林分结构、水域面积、"
                   "生物多样性状态、主要保护物种数量；III 类：水域面积；IV–VI 类：绿地面积、水域面积）保持稳定。"
                   "负面清单对表5 措施的解读见 core/tables/zoning_tables.md（如 III 类二类工业为“限制”）。"
                   "源头地区（按 ADMIN_CODE 或编号前缀加 33 判断）的 VI 类区禁止三类工业项目。")
    DECISION_EN = ("Table 5 has no ecological-target column: the indicators of Z 5.1 are used "
                   "(I, II: public-welfare forest, stand structure, water area, biodiversity, "
                   "protected species; III: water area; IV–VI: green space, water area) 'kept "
                   "stable'. The reading of table 5 into negative lists is documented in "
                   "core/tables/zoning_tables.md (e.g. class-2 industry in III is restricted). VI "
                   "zones in source counties (by ADMIN_CODE, else 33 + the code prefix) prohibit "
                   "class-3 industry.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Named zones", [
            QgsProcessing.TypeVectorPolygon]), "已命名功能区",
            "功能区面图层（zone_type、subtype，有地方补充表时需要 code；namezones 的输出）",
            "Zone polygons (zone_type, subtype; code when a local table is given — the "
            "output of namezones)")
        self.add(QgsProcessingParameterFile("LOCAL_TABLE", "Local additions (CSV)",
                                            extension="csv", optional=True),
                 "地方补充表 (CSV)",
                 "可选：列 code（功能区编号）、kind（主导功能/环境质量目标/生态保护目标/管控措施/负面清单，"
                 "或 function/env_target/eco_target/measure/negative）、text，可选 ref；追加并标注“地方”",
                 "Optional CSV with columns code (zone code), kind (function, env_target, "
                 "eco_target, measure, negative), text and optionally ref; appended, marked 地方")
        self.add(QgsProcessingParameterString("ADMIN_CODE", "Admin code (6 digits)", "",
                                              optional=True),
                 "行政区划代码（6 位）",
                 "用于判断源头地区（表5 VI 类措施1）；不给时取编号前缀并加省代码 33",
                 "Tells whether the region is a source county (table 5, VI measure 1); by "
                 "default 33 + the prefix of the zone codes", advanced=True)
        self.add_table("TARGETS_TABLE", "zone_targets", "分区目标与措施表", "Targets and measures",
                       "表5（及 4.2、5.1）逐条", "Table 5 (and Z 4.2, 5.1), item by item")
        self.add_table("NEGATIVE_TABLE", "negative_lists", "负面清单表", "Negative lists",
                       "按类型禁止/限制的工业类别、条目与活动", "Prohibited/restricted industry "
                       "classes, items and activities by type")
        self.add_table("CATALOGUE_TABLE", "industry_catalogue", "工业项目分类目录",
                       "Industry catalogue", "表6", "Table 6")
        self.add(QgsProcessingParameterVectorDestination("OUTPUT", "Zones with targets",
                                                         QgsProcessing.TypeVectorPolygon),
                 "含目标与措施的功能区",
                 "输入字段 + main_function、env_target、eco_target、measures、negative_list",
                 "Input fields + main_function, env_target, eco_target, measures, negative_list")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        label = base.source_label(source, "INPUT")
        base.check_source(source, "INPUT", label)
        ti, si = provenance_glue.zone_field_indexes(source, label)
        ci = source.fields().lookupField("code")
        targets_t = self.table_param(parameters, "TARGETS_TABLE", "zone_targets", context)
        negative_t = self.table_param(parameters, "NEGATIVE_TABLE", "negative_lists", context)
        catalogue_t = self.table_param(parameters, "CATALOGUE_TABLE", "industry_catalogue", context)
        tables = TG.TargetTables(targets_t, negative_t, catalogue_t)
        local_path = self.parameterAsFile(parameters, "LOCAL_TABLE", context)
        local_t = T.load(local_path) if local_path else None
        local = TG.local_additions(local_t)
        if local and ci < 0:
            raise EnvZoningError(
                "Layer '%s' has no field 'code' but a local table keyed by code is given: run "
                "namezones first / 图层“%s”没有 code 字段，无法按编号追加地方条目" % (label, label))

        # repaired (makeValid) and without empty geometries, with a warning (SPEC section 7)
        feats = base.features_in_crs(source, source.sourceCrs(), context, feedback, label)
        admin = (self.parameterAsString(parameters, "ADMIN_CODE", context) or "").strip()
        if not admin and ci >= 0:
            prefixes = {str(f.attributes()[ci]).split("-")[0] for f in feats
                        if f.attributes()[ci]}
            if len(prefixes) == 1:
                prefix = prefixes.pop()
                if len(prefix) == 4 and prefix.isdigit():
                    admin = "33" + prefix
        source_region = False
        if admin:
            src_t = T.load("source_counties")
            source_region = C.region_kind(admin) in (C.KIND_SOURCE, C.KIND_KEY_ECO)
            feedback.pushInfo("Admin code %s: %s / 源头地区：%s" % (
                admin, "source county" if source_region else "not a source county",
                "是" if source_region else "否"))
        else:
            src_t = None

        fields = provenance_glue.output_fields(source.fields(), [(f, QVariant.String, 0, 0)
                                                   for f in TG.FIELDS])
        out_feats, used = [], set()
        n = max(1, len(feats))
        for k, f in enumerate(feats):
            where = "Layer '%s', feature %d: " % (label, f.id())
            extra = []
            if ci >= 0:
                key = TG.code_key(f.attributes()[ci])
                if key in local:
                    extra = local[key]
                    used.add(key)
            vals = TG.zone_fields(f.attributes()[ti], f.attributes()[si], tables,
                                  source_region=source_region, local=extra, where=where)
            nf = QgsFeature(fields)
            attrs = provenance_glue.carry_attributes(f, source.fields(), fields)
            for name in TG.FIELDS:
                attrs[fields.lookupField(name)] = vals[name]
            nf.setAttributes(attrs)
            if f.hasGeometry():
                nf.setGeometry(QgsGeometry(f.geometry()))
            out_feats.append(nf)
            feedback.setProgress(80.0 * (k + 1) / n)
        unused = sorted(set(local) - used)
        if unused:
            feedback.pushWarning("Local table: no zone has code(s) %s / 地方补充表中编号 %s 无对应功能区"
                                 % (", ".join(unused), ", ".join(unused)))
        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        out = provenance_glue.write_layer(out, out_feats, fields,
                                          QgsWkbTypes.multiType(source.wkbType()),
                                          source.sourceCrs(), context, "zones")
        entries = []
        for t, name in ((targets_t, "zone_targets"), (negative_t, "negative_lists"),
                        (catalogue_t, "industry_catalogue")):
            entries.append(P.table_entry(t, name, "shipped" if P.is_shipped(t, name)
                                         else "parameter"))
        if src_t is not None:
            entries.append(P.table_entry(src_t, "source_counties"))
        if local_t is not None:
            entries.append(P.table_entry(local_t, "local_additions", "file"))
        rec = provenance_glue.make_record(self, parameters, context, tables=entries,
                                          extra={"source_region": source_region,
                                                 "admin_code_used": admin})
        provenance_glue.write(out, rec, feedback)
        provenance_glue.style(context, out)
        return {"OUTPUT": out}
