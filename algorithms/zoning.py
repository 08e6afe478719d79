"""envzoning:zoning — Z 2.1, 4.1–4.3: zones by the dominant-factor method (first-match rule
table on the analysis grid), polygonized and fitted exactly to the region."""


import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)

from ..core import raster as R
from ..core import rules as RU
from ..core import tables as T
from . import base
from .zonelayers import (  # noqa: F401 (used by zoning and re-exported)
    TYPE_COLORS, TYPE_NAMES, rules_help, subtype_names, zone_qml, code_raster_qml,
    temp_path, wkb_geometry, region_geometry, burn_values, number_of, write_vector,
    zone_fields, summary_rows, summary_fields, polygons_from_raster, report_area,
    record_provenance)


class Zoning(base.EnvZoningAlgorithm):
    ID = "zoning"
    NAME_EN = "Environmental function zoning"
    NAME_ZH = "环境功能区划分"
    GROUP = "zoning"
    SEED = ("Z 2.1、4.1 主导因素法 表3、4.2 划分条件、4.3 与其他规划衔接 / "
            "Z 2.1, 4.1 dominant-factor method (table 3), 4.2 conditions, 4.3 other plans")
    SUMMARY_ZH = ("在分析网格上逐像元按规则表（首条满足的规则生效）划分六类环境功能区及亚类，"
                  "再转为面并精确裁切到区划范围（无缝隙、无重叠）。规则表为数据文件，可编辑；"
                  "条件为受限的表达式语言（白名单解析，绝不执行）。")
    SUMMARY_EN = ("Assigns each cell of the analysis grid the first rule of the rule table "
                  "that holds (six zone types and their subtypes), then polygonizes the zones "
                  "and fits them exactly to the region (no gaps, no overlaps). The rule table "
                  "is an editable data file; conditions are a small whitelisted expression "
                  "language, never executed.")
    DECISION_ZH = ("规则 1–9 为本插件的约定，按 Z 4.2.1、4.3.2、4.3.4 修正（决策 16）。图层未给出或无数据处，其角色值为 0。"
                   "保护地重叠时按 自然保护区 > 风景名胜区 > 森林公园 > 地质公园 > 饮用水源保护区 > 红线 取值；"
                   "规划用地重叠时按角色表 roles.csv 的 priority 列取值，默认 基本农田 > 现有工业 > 城镇 > 养殖 > 禁建区 > "
                   "禁止准入区 > 规划工业 > 已建区 > 适建区 > 限建区 > 限制准入区 > 优化准入区 > 重点准入区"
                   "（永久基本农田不得占用：与规划工业用地重叠处为基本农田，III-1）。"
                   "规则顺序（Z 4.3.2）：基本农田（规则 7）→ III-1；规划工业用地 P1 ≤ 2 且非重点生态功能区县（规则 8）→ VI-0；"
                   "其余集中连片的耕地、园地（规则 7，在规则 8 之后）→ III-1，故规划工业用地中现状为耕地的部分为 VI。"
                   "等级 5 的河湖滨岸带与海岸带退缩线向陆一侧 → I-6（在规则 3、4 之后，现有建设用地保持 V、IV）；其余滨岸带 → II-4。"
                   "禁建区、禁止准入区 → I-6；已建区、适建区 → IV-0（可改为 V、VI）；优化准入区 → V-0；重点准入区同规则 8 → VI-0；"
                   "限建区、限制准入区中的耕地园地 → III-1，其余 → II-4。"
                   "规则 6 不含规划的养殖水域（其归规则 7 的 III-2）。"
                   "规则 5 的主导因子：重要性主导因子优先；敏感性≥4 且不在滨岸带/海岸带（或主导为土壤侵蚀）→ II-2。"
                   "规则 9 的“取多数相邻区”记为 NEIGHBOUR，由 mergezones 解决。没有规则命中的像元也记为 NEIGHBOUR（规则 0）。"
                   "矢量图层按像元中心栅格化：边界误差不超过一个像元。")
    DECISION_EN = ("Rules 1–9 are the plugin's convention, corrected by Z 4.2.1, 4.3.2 and "
                   "4.3.4 (decision 16). A role whose layer is not given, or has no data, is 0. "
                   "Overlapping protected areas: nature reserve > scenic area > forest park > "
                   "geopark > water source > red line; overlapping planning polygons: the "
                   "priority column of the role table roles.csv, by default basic farmland > "
                   "existing industry > urban > aquaculture > no-build area > prohibited-access "
                   "area > planned industry > built-up > build-suitable > restricted-build > "
                   "restricted-access > optimised-access > key-access area (permanent basic "
                   "farmland cannot be built on: where planned industry overlaps it, it is "
                   "basic farmland, III-1). Rule order (Z 4.3.2): basic farmland (rule 7) → "
                   "III-1; planned industrial land with P1 <= 2 outside key ecological counties "
                   "(rule 8) → VI-0; other concentrated cropland and garden land (rule 7, after "
                   "rule 8) → III-1, so planned industrial land on today's cropland is VI. "
                   "Level-5 riparian zones and the coastal hazard zone → I-6 (after rules 3 and "
                   "4: existing built land stays V / IV); other riparian zones → II-4. "
                   "No-build and prohibited-access areas → I-6; built-up and build-suitable "
                   "areas → IV-0 (edit to V or VI); optimised-access → V-0; key-access as rule "
                   "8 → VI-0; cropland and garden land of restricted-build and restricted-access "
                   "areas → III-1, the rest → II-4. Rule 6 leaves planned aquaculture water to "
                   "rule 7 (III-2). "
                   "Rule 5: the importance dominant factor comes first; sensitivity >= 4 outside "
                   "riparian/coastal zones (or dominated by soil erosion) gives II-2. Rule 9's "
                   "'majority neighbour' is the placeholder NEIGHBOUR, resolved by mergezones; "
                   "cells no rule matches are NEIGHBOUR too (rule 0). Vector layers are burnt "
                   "by cell centre: boundaries are kept within one cell.")

    def shortHelpString(self):  # noqa: N802
        return (super().shortHelpString()
                + "\n<p><b>默认规则（首条满足者生效） Default rules (first match wins)</b></p>"
                + rules_help())

    def initParameters(self, config=None):  # noqa: N802
        poly = [QgsProcessing.TypeVectorPolygon]
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", poly),
                 "区划范围", "区划范围（县、市行政边界）；分析网格按其范围和像元大小对齐",
                 "Region boundary (county or city); the analysis grid is its extent snapped "
                 "to the cell size")
        self.add(QgsProcessingParameterFile("RULES", "Rule table (CSV)", extension="csv",
                                            optional=True),
                 "规则表 (CSV)", "列 rule, condition, zone_type, subtype, note_zh, note_en；"
                 "留空使用内置的默认规则 1–9（core/tables/zoning_rules.csv）",
                 "Columns rule, condition, zone_type, subtype, note_zh, note_en; empty = the "
                 "shipped default rules 1–9 (core/tables/zoning_rules.csv)")
        self.add(QgsProcessingParameterNumber("CELL_SIZE", "Cell size (m)",
                                              QgsProcessingParameterNumber.Double, 30.0,
                                              minValue=0.01),
                 "像元大小 (m)", "分析网格像元大小（米，默认 30）", "Analysis cell size (m, default 30)")
        self.add(QgsProcessingParameterFeatureSource("PROTECTED", "Protected areas", poly,
                                                     optional=True),
                 "保护地", "依法设立的保护地面图层（规则 1 → I-1…I-6）",
                 "Legal protected areas (rule 1 → I-1…I-6)")
        self.add(QgsProcessingParameterField("PROTECTED_ROLE_FIELD", "Protected-area role field",
                                             "role", "PROTECTED", optional=True),
                 "保护地类型字段", "取值 nature_reserve / scenic_area / forest_park / geopark / "
                 "water_source_protection / redline，或 自然保护区、风景名胜区、森林公园、地质公园、"
                 "饮用水水源保护区、生态保护红线，或 1–6",
                 "Values nature_reserve / scenic_area / forest_park / geopark / "
                 "water_source_protection / redline, their Chinese names, or 1–6")
        self.add(QgsProcessingParameterRasterLayer("SENSITIVITY", "Sensitivity level",
                                                   optional=True),
                 "生态敏感性等级", "ecosensitivity 的等级栅格（1–5，角色 sens）",
                 "Sensitivity level raster from ecosensitivity (1–5; role sens)")
        self.add(QgsProcessingParameterRasterLayer("SENSITIVITY_DOMINANT",
                                                   "Sensitivity dominant factor", optional=True),
                 "敏感性主导因子", "1 土壤侵蚀 2 河湖滨岸 3 海岸带 4 海洋生物多样性（角色 dominant_sens）",
                 "1 soil erosion 2 riparian 3 coastal 4 marine (role dominant_sens)")
        self.add(QgsProcessingParameterRasterLayer("IMPORTANCE", "Importance level",
                                                   optional=True),
                 "生态重要性等级", "ecoimportance 的等级栅格（1–5，角色 imp）",
                 "Importance level raster from ecoimportance (1–5; role imp)")
        self.add(QgsProcessingParameterRasterLayer("IMPORTANCE_DOMINANT",
                                                   "Importance dominant factor", optional=True),
                 "重要性主导因子", "1 水源涵养 2 土壤保持 3 生物多样性 4 洪水调蓄（角色 dominant_imp，规则 5）",
                 "1 water conservation 2 soil conservation 3 biodiversity 4 flood regulation "
                 "(role dominant_imp, rule 5)")
        self.add(QgsProcessingParameterFeatureSource("P1_GRID", "P1 grid", poly, optional=True),
                 "P1 公里网格", "p1 的输出网格（字段 p1；未给 SENSITIVITY/IMPORTANCE 时也取 sens、imp）；"
                 "未给出时 p1 = max(sens, imp) 逐像元",
                 "The p1 grid (field p1; also sens, imp when those rasters are not given); "
                 "without it p1 = max(sens, imp) per cell")
        self.add(QgsProcessingParameterFeatureSource("COMPOSITE_GRID", "Composite index grid",
                                                     poly, optional=True),
                 "综合指数网格", "compositeindex 的输出（字段 a_class 1–5，5 高；规则 9）",
                 "compositeindex output (field a_class 1–5, 5 high; rule 9)")
        self.add(QgsProcessingParameterFeatureSource("TOWNSHIPS", "Townships (P2)", poly,
                                                     optional=True),
                 "乡镇 (P2)", "p2 的输出（字段 pop_grade、eco_grade；规则 2）",
                 "p2 output (fields pop_grade, eco_grade; rule 2)")
        for name, parent, default, zh, en in (
                ("P1_FIELD", "P1_GRID", "p1", "P1 字段", "P1 field"),
                ("A_CLASS_FIELD", "COMPOSITE_GRID", "a_class", "A 分级字段", "A class field"),
                ("POP_GRADE_FIELD", "TOWNSHIPS", "pop_grade", "人口集聚度等级字段",
                 "Population grade field"),
                ("ECO_GRADE_FIELD", "TOWNSHIPS", "eco_grade", "经济发展水平等级字段",
                 "Economic grade field")):
            self.add(QgsProcessingParameterField(name, en, None, parent, optional=True),
                     zh, "%s（默认 %s）" % (zh, default), "%s (default %s)" % (en, default),
                     advanced=True)
        self.add(QgsProcessingParameterRasterLayer("LANDCOVER", "Land cover", optional=True),
                 "地表覆盖", "地表覆盖类别栅格（按 LANDCOVER_ROLES 转为 forest/water/…；规则 6、7）",
                 "Land-cover class raster (mapped by LANDCOVER_ROLES to forest/water/…; "
                 "rules 6, 7)")
        self.add_table("LANDCOVER_ROLES", "landcover_roles", "地表覆盖用途表",
                       "Land-cover roles", "地表覆盖码 → 用途（默认 CLCD）",
                       "cover code → role (default: CLCD)")
        self.add(QgsProcessingParameterFeatureSource("PLANNING", "Planning polygons", poly,
                                                     optional=True),
                 "规划用地", "现有/规划工业区、城镇居住商贸用地、基本农田、养殖水域（规则 3、4、7、8）",
                 "Existing/planned industrial land, urban land, basic farmland, aquaculture "
                 "(rules 3, 4, 7, 8)")
        self.add(QgsProcessingParameterField("PLANNING_ROLE_FIELD", "Planning role field",
                                             "role", "PLANNING", optional=True),
                 "规划用地类型字段", "取值见角色表 core/tables/roles.csv（planning 组）：现有工业区、规划工业区、城镇、"
                 "基本农田、水产养殖、禁建区、限建区、适建区、已建区、禁止/限制/优化/重点准入区，或其英文键、代码",
                 "Values of the role table core/tables/roles.csv (group planning): "
                 "industrial_existing, industrial_planned, urban, farmland, aquaculture, "
                 "construction_prohibited/restricted/suitable/built, eco_prohibited/restricted/"
                 "optimised/key, their Chinese names or codes")
        self.add(QgsProcessingParameterFeatureSource("RIPARIAN", "Riparian zones", poly,
                                                     optional=True),
                 "河湖滨岸带", "riparianzone 的输出（有 level 字段时取其值，否则为 1；等级 5 → I-6，其余 → II-4）",
                 "riparianzone output (its level field if present, else 1; level 5 → I-6, "
                 "others → II-4)")
        self.add(QgsProcessingParameterFeatureSource("COASTAL", "Coastal zones", poly,
                                                     optional=True),
                 "海岸带", "coastalhazardzone 的输出（有 level 字段时取其值，否则为 1；→ I-6）",
                 "coastalhazardzone output (its level field if present, else 1; → I-6)")
        self.add(QgsProcessingParameterBoolean("KEY_ECO_COUNTY", "Key ecological county",
                                               False),
                 "重点生态功能区县", "Z 4.6.2 所列县（市）：不划环境重点准入区（规则 8）",
                 "A county listed in Z 4.6.2: no key-access (VI) zones (rule 8)")
        self.add(QgsProcessingParameterVectorDestination(
            "OUTPUT", "Zones", QgsProcessing.TypeVectorPolygon),
            "环境功能区", "分区面（zone_type, subtype, rule, area_km2），已精确裁切到区划范围",
            "Zone polygons (zone_type, subtype, rule, area_km2), fitted exactly to the region")
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_RASTER", "Zone raster"),
                 "分区栅格", "亚类编码：类型序号×10+亚类号（I-1=11 … VI-0=60，NEIGHBOUR=99，0 无数据）",
                 "Subtype codes: type index × 10 + digit (I-1 = 11 … VI-0 = 60, NEIGHBOUR = "
                 "99, 0 nodata)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_SUMMARY", "Area summary", "CSV (*.csv)", optional=True,
            createByDefault=True),
            "面积汇总", "按类型/亚类的面积（km²）与占比", "Area (km²) and share by type / subtype")

    def checkParameterValues(self, parameters, context):  # noqa: N802
        for layer, field in (("PROTECTED", "PROTECTED_ROLE_FIELD"),
                             ("PLANNING", "PLANNING_ROLE_FIELD")):
            if parameters.get(layer) not in (None, "") and not parameters.get(field):
                return False, "%s 需要 %s / %s needs %s" % (layer, field, layer, field)
        return super().checkParameterValues(parameters, context)

    def given(self, parameters, name):
        return parameters.get(name) not in (None, "")

    def process(self, parameters, context, feedback):
        rules_path = self.parameterAsFile(parameters, "RULES", context)
        table = T.load(rules_path) if rules_path else T.load("zoning_rules")
        ruleset = RU.RuleSet.from_table(table)
        grid, mask, crs = base.build_grid(self, parameters, context, feedback, None,
                                          default_cell=30.0)
        feedback.pushInfo("Analysis grid / 分析网格: %r" % grid)
        region = region_geometry(self, parameters, context, feedback, crs)
        inputs = {"mask": {"path": mask}}
        given = set()

        def add_raster(param, role):
            src = base.raster_source(self, parameters, param, context, required=False)
            if src is not None:
                inputs[role] = {"path": src[0], "resample": "nearest", "label": src[1]}
                given.add(role)

        def add_burn(param, role, value_of, priority=None):
            inputs[role] = {"path": burn_values(self, parameters, context, feedback, param,
                                                grid, crs, value_of, role, priority)}
            given.add(role)

        add_raster("SENSITIVITY", "sens")
        add_raster("SENSITIVITY_DOMINANT", "dominant_sens")
        add_raster("IMPORTANCE", "imp")
        add_raster("IMPORTANCE_DOMINANT", "dominant_imp")
        def field(name, default):
            return self.parameterAsString(parameters, name, context) or default

        if self.given(parameters, "P1_GRID"):
            add_burn("P1_GRID", "p1", self._field_value("P1_GRID", field("P1_FIELD", "p1"),
                                                        context, parameters, 5))
            for role in ("sens", "imp"):
                if role not in given:
                    add_burn("P1_GRID", role, self._field_value("P1_GRID", role, context,
                                                                parameters, 5))
        if self.given(parameters, "COMPOSITE_GRID"):
            add_burn("COMPOSITE_GRID", "a_class",
                     self._field_value("COMPOSITE_GRID", field("A_CLASS_FIELD", "a_class"),
                                       context, parameters, 5))
        if self.given(parameters, "TOWNSHIPS"):
            for role, fparam in (("pop_grade", "POP_GRADE_FIELD"), ("eco_grade", "ECO_GRADE_FIELD")):
                add_burn("TOWNSHIPS", role,
                         self._field_value("TOWNSHIPS", field(fparam, role), context, parameters,
                                           255))
        for param, role, fparam in (("PROTECTED", "protected", "PROTECTED_ROLE_FIELD"),
                                    ("PLANNING", "planning", "PLANNING_ROLE_FIELD")):
            if self.given(parameters, param):
                field = self.parameterAsString(parameters, fparam, context)
                src = self.parameterAsSource(parameters, param, context)
                base.field_index(src, field, src.sourceName(), fparam)

                def value_of(f, label, role=role, field=field):
                    return RU.category_code(role, f[field], label, field)
                # where polygons overlap, the role with the smallest priority of the role
                # table wins (basic farmland over planned industry): it burns last
                add_burn(param, role, value_of,
                         priority=lambda v, role=role: tuple(-x for x in
                                                             RU.VOCABULARY.priority(role, v)))
        for param, role in (("RIPARIAN", "riparian"), ("COASTAL", "coastal")):
            if self.given(parameters, param):
                src = self.parameterAsSource(parameters, param, context)
                if src.fields().lookupField("level") >= 0:
                    add_burn(param, role, number_of("level", 0, 255))
                else:
                    add_burn(param, role, lambda f, label: 1)
        lc_roles = None
        if self.given(parameters, "LANDCOVER"):
            add_raster("LANDCOVER", "landcover_role")
            lc_roles = RU.LandcoverRoles(self.table_param(parameters, "LANDCOVER_ROLES",
                                                          "landcover_roles", context))
        key_eco = 1 if self.parameterAsBoolean(parameters, "KEY_ECO_COUNTY", context) else 0
        missing = sorted(ruleset.roles_used() - given - {"key_eco_county", "p1"})
        if "p1" not in given and not ({"sens", "imp"} & given):
            missing.append("p1")
        if missing:
            feedback.pushInfo("Roles without a layer (0 everywhere) / 未提供图层的角色（取 0）: %s"
                              % ", ".join(missing))
        stats = {"unmatched": 0, "cells": 0}
        labels = {r: inputs[r].get("label", r) for r in inputs}

        def fn(b):
            valid = b.valid["mask"] & (b.data["mask"] > 0)
            env = {"key_eco_county": key_eco}
            for role in given:
                data, ok = b.data[role], b.valid[role]
                if role == "landcover_role":
                    env[role] = lc_roles.apply(data, ok & valid, labels[role])
                else:
                    arr = np.where(ok, data, 0)
                    if arr.dtype.kind == "f":
                        arr = np.rint(arr)
                    env[role] = arr.astype("int32")
            if "p1" not in given:
                env["p1"] = np.maximum(env.get("sens", 0), env.get("imp", 0)) \
                    if ({"sens", "imp"} & given) else 0
            code, rule = ruleset.evaluate(env, valid)
            unmatched = valid & (code == 0)
            if unmatched.any():
                stats["unmatched"] += int(unmatched.sum())
                code[unmatched] = RU.NEIGHBOUR_CODE
            stats["cells"] += int(valid.sum())
            key = code.astype("uint16") * 256 + rule
            return {"code": code, "key": key}

        out_raster = self.parameterAsOutputLayer(parameters, "OUTPUT_RASTER", context)
        key_path = temp_path("zone_key")
        progress, canceled = base.callbacks(feedback, 0, 60)
        R.block_map(fn, grid, inputs, {
            "code": {"path": out_raster, "dtype": "uint8", "nodata": 0},
            "key": {"path": key_path, "dtype": "uint16", "nodata": 0},
        }, progress=progress, is_canceled=canceled)
        if stats["cells"] == 0:
            raise QgsProcessingException("The region covers no cell of the grid: use a smaller "
                                         "CELL_SIZE / 区划范围内没有像元，请减小像元大小")
        if stats["unmatched"]:
            feedback.pushWarning("%d cells matched no rule: marked NEIGHBOUR (rule 0) / "
                                 "%d 个像元未命中任何规则，记为 NEIGHBOUR（规则 0）"
                                 % (stats["unmatched"], stats["unmatched"]))
        base.apply_style(context, out_raster, code_raster_qml())
        feedback.setProgress(65)
        polys, gaps = polygons_from_raster(key_path, region, canceled, grid)
        R.remove_quietly(key_path)
        feedback.setProgress(85)
        rows, items, total = [], [], 0.0
        for key, g in polys:
            code, rule = divmod(key, 256)
            t, s = RU.code_subtype(code)
            area = g.GetArea()
            total += area
            items.append((code, area))
            rows.append((wkb_geometry(g), [t, s, rule, round(area / 1e6, 6)]))
        region_area = region.GetArea()
        report_area(feedback, total, region_area)
        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        out_path = write_vector(out, zone_fields(), QgsWkbTypes.MultiPolygon, crs, context, rows)
        base.apply_style(context, out_path, zone_qml())
        result = {"OUTPUT": out_path, "OUTPUT_RASTER": out_raster}
        summary = self.parameterAsFileOutput(parameters, "OUTPUT_SUMMARY", context)
        if summary:
            write_vector(summary, summary_fields(), QgsWkbTypes.NoGeometry, crs, context,
                         summary_rows(items, region_area))
            result["OUTPUT_SUMMARY"] = summary
        record_provenance(self, parameters, context, feedback, out_path, table, "zoning_rules")
        return result

    def _field_value(self, param, field, context, parameters, hi):
        src = self.parameterAsSource(parameters, param, context)
        base.field_index(src, field, src.sourceName(), param)
        return number_of(field, 0, hi)
