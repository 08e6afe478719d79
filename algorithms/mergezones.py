"""envzoning:mergezones — Z 4.5: small patches merged into their longest-border neighbour,
same-subtype neighbours dissolved, result fitted exactly to the region, every merge audited."""

import numpy as np
from qgis.core import (
    QgsField,
    QgsFields,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import merge as M
from ..core import overlay as O
from ..core import snap as SN
from ..core import vector as V
from ..core.errors import EnvZoningError
from ..core import raster as R
from ..core import rules as RU
from ..core import tables as T
from . import base
from . import zonelayers as Z


#: rules whose zones are drawn from planning polygons (SPEC 4; under rule 7 only basic
#: farmland and aquaculture: :func:`planning_subtypes`). Given PLANNING, their zones take
#: the polygon's own edge (core.overlay.overlay_planning) and that edge is never generalised
PLANNING_RULES = (3, 4, 7, 8)


def planning_subtypes(ruleset=None):
    """{planning role key: subtype} for the planning roles whose zones the rule table draws
    from the polygon itself (a rule of PLANNING_RULES fires on the role alone): the subtype
    a cell of that role gets with nothing else on it (P1 = 1, not a key ecological county).
    Read from the shipped zoning_rules table, never fixed in code: existing industry → V-0,
    urban → IV-0, basic farmland → III-1, aquaculture → III-2, planned industry → VI-0, ….
    Roles whose rule depends on the evaluation (restricted-build: cropland III-1, the rest
    II-4) or that rule 1 takes (no-build → I-6) are left out: their zones stay as drawn."""
    ruleset = ruleset or RU.RuleSet.load()
    keys = RU.CATEGORIES["planning"]
    env = {"planning": np.arange(1, len(keys) + 1, dtype="int16").reshape(1, -1), "p1": 1}
    codes, rules = ruleset.evaluate(env, np.ones((1, len(keys)), dtype=bool))
    out = {}
    for key, code, rule in zip(keys, codes[0], rules[0]):
        if int(rule) in PLANNING_RULES and int(code):
            out[key] = RU.code_subtype(int(code))[1]
    return out
#: zone types drawn from the evaluation (sensitivity, importance: km-grid units, Z 3.2.1),
#: not from a legal or planning polygon: MIN_AREA_EVALUATED applies to them
EVALUATED_TYPES = ("II", "III")


class MergeZones(base.EnvZoningAlgorithm):
    ID = "mergezones"
    NAME_EN = "Merge small zones"
    NAME_ZH = "合并细碎分区"
    GROUP = "zoning"
    SEED = "Z 4.5 分区界线 / Z 4.5 zone boundaries"
    SUMMARY_ZH = ("在分析网格上：面积小于最小面积的图斑并入与其公共边界最长的相邻区；规则 9 的 NEIGHBOUR "
                  "图斑（任意大小）并入公共边界最长的相邻区；相同亚类相邻即合并。I 类从不被并掉。"
                  "结果转为面、精确裁切到区划范围，无缝隙、无重叠，总面积与区划范围一致（≤0.01 %）。"
                  "每次合并都写入审计表（图斑、面积、原亚类、并入亚类、公共边界长度、原因），可复核、可撤销。"
                  "之后在矢量面上：给出保护地时 I 类区取法定边界本身（Z 4.2.1），给出规划用地时规划规则（3、4、7、8）的区"
                  "以规划面边界为界，小图斑再按公共边界合并，评价得出的区界按平面弧段法概化（逐弧段判断：法定、规划与区划边界上的"
                  "弧段不动；相邻区共用同一条新边界，无缝隙无重叠），"
                  "给出区界依附线（道路、河流、乡镇界）或 DEM（山脊线、山谷线）时再在容差内吸附到这些线上（Z 4.5）。")
    SUMMARY_EN = ("On the analysis grid: a patch smaller than the minimum area joins the "
                  "neighbour with the longest shared border; NEIGHBOUR patches of rule 9 (any "
                  "size) do the same; same-subtype neighbours dissolve. Type I is never merged "
                  "away. The result is polygonized and fitted exactly to the region: no gaps, "
                  "no overlaps, total area equal to the region's (within 0.01 %). Every merge "
                  "is a row of the audit table (patch, area, from, to, shared border, reason). "
                  "Then on polygons: with PROTECTED, type-I zones are the legal polygons "
                  "themselves (Z 4.2.1); with PLANNING, the zones of the planning rules (3, 4, "
                  "7, 8) end on the planning polygons' own edges; small zones are merged again "
                  "by shared border; the boundaries the evaluation drew are generalised by "
                  "shared arcs, decided per arc (arcs on legal, planning and region boundaries "
                  "stay; neighbours keep one common line: no gaps, no overlaps) and, given "
                  "BOUNDARY_LINES (roads, rivers, township boundaries) or a DEM (ridge and "
                  "valley lines), snapped onto those lines within a tolerance (Z 4.5).")
    DECISION_ZH = ("公共边界按共享像元边计（米）；并列时取面积较大的相邻区。小图斑由小到大依次处理，直至稳定。"
                   "默认小图斑不并入 I 类（保护地法定边界不变），仅与 I 类相邻的小图斑保留并记入审计表；"
                   "只与 I 类相邻的 NEIGHBOUR 图斑并入 I 类。区划范围内输入没有覆盖的像元按 NEIGHBOUR 处理。"
                   "边界：栅格面与精确的区划边界求交，区划内未被覆盖的碎片并入与其公共边界最长的面。")
    DECISION_EN = ("Shared border = shared cell edges (m); ties go to the larger neighbour. Small "
                   "patches are handled smallest first until stable. By default no patch joins "
                   "a type-I zone (legal boundaries are kept): a small patch whose only "
                   "neighbours are type I stays and is audited; a NEIGHBOUR patch enclosed by "
                   "type I joins it. Cells of the region that the input leaves uncovered are "
                   "NEIGHBOUR. Boundary: grid polygons are intersected with the exact region; "
                   "slivers of the region they miss join the polygon sharing the longest "
                   "boundary with them.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterMapLayer(
            "INPUT", "Zones", types=[QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeRaster]),
            "环境功能区", "zoning 的分区面（字段 subtype，可有 rule）或分区栅格（亚类编码）",
            "Zones from zoning: polygons (field subtype, optionally rule) or the zone raster "
            "(subtype codes)")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region",
                                                     [QgsProcessing.TypeVectorPolygon]),
                 "区划范围", "区划范围（行政边界）：结果精确裁切到此范围",
                 "Region (administrative boundary): the result is fitted exactly to it")
        self.add(QgsProcessingParameterNumber("MIN_AREA", "Minimum area (km²)",
                                              QgsProcessingParameterNumber.Double, 0.5,
                                              minValue=0.0),
                 "最小面积 (km²)", "小于此面积的非 I 类图斑被合并（默认 0.5 km²）；II、III 类至少取 "
                 "MIN_AREA_EVALUATED（默认 1 km²）",
                 "Non-I patches smaller than this are merged (default 0.5 km²); types II and "
                 "III take at least MIN_AREA_EVALUATED (default 1 km²)")
        self.add(QgsProcessingParameterNumber("CELL_SIZE", "Cell size (m)",
                                              QgsProcessingParameterNumber.Double, None,
                                              optional=True, minValue=0.01),
                 "像元大小 (m)", "分析网格像元（默认：输入栅格的像元；输入为面时 30 m——请与 zoning 一致）",
                 "Analysis cell (default: the input raster's; 30 m for polygons — use the one "
                 "zoning used)")
        self.add(QgsProcessingParameterMatrix(
            "MIN_AREA_BY_TYPE", "Minimum area by zone type", numberRows=0,
            hasFixedNumberRows=False, headers=["zone_type", "min_area_km2"], optional=True),
            "分类型最小面积", "可选：按类型（II…VI）覆盖 MIN_AREA；I 类从不合并",
            "Optional: per zone type (II…VI) instead of MIN_AREA; type I is never merged",
            advanced=True)
        self.add(QgsProcessingParameterNumber(
            "MIN_AREA_EVALUATED", "Minimum area of evaluation-drawn zones, types II and III (km²)",
            QgsProcessingParameterNumber.Double, 1.0, optional=True, minValue=0.0),
            "评价所得区最小面积 (km²)", "II、III 类区由评价划出，评价的基本单元是公里网格（Z 3.2.1）：这两类区不小于"
            "此面积与 MIN_AREA 中的较大者（默认 1 km²，一个公里网格；MIN_AREA_BY_TYPE 逐类给出时以其为准；0 = 只用 MIN_AREA）",
            "Types II and III are drawn by the evaluation, whose basic unit is the km grid "
            "(Z 3.2.1): they are not smaller than the larger of this and MIN_AREA (default "
            "1 km², one km-grid cell; a MIN_AREA_BY_TYPE row for the type wins; 0 = MIN_AREA "
            "only)", advanced=True)
        self.add(QgsProcessingParameterBoolean("ALLOW_INTO_I", "Small patches may join type I",
                                               False),
                 "允许并入 I 类", "小图斑可并入 I 类（会改变保护地边界；默认否）",
                 "Small patches may join a type-I zone (changes legal boundaries; default no)",
                 advanced=True)
        self.add(QgsProcessingParameterFeatureSource(
            "PROTECTED", "Protected areas (legal boundaries)", [QgsProcessing.TypeVectorPolygon],
            optional=True),
            "保护地（法定边界）", "可选：zoning 所用的保护地面图层。给出时 I 类区取保护地的法定边界本身"
            "（矢量叠加，按 自然保护区 > 风景名胜区 > 森林公园 > 地质公园 > 饮用水源保护区 > 红线 求差），"
            "同名同类的保护地为一个区；其外的栅格化 I 类碎片并入相邻区",
            "Optional: the protected areas zoning used. Given, type-I zones take the legal "
            "polygons themselves (vector overlay, priority by difference: nature reserve > "
            "scenic area > forest park > geopark > water source > red line); polygons of one "
            "name and subtype form one zone; rasterised type-I pieces outside them join a "
            "neighbour")
        self.add(QgsProcessingParameterField(
            "PROTECTED_ROLE_FIELD", "Protected-area role field", "role", "PROTECTED",
            optional=True),
            "保护地类型字段", "取值同 zoning 的 PROTECTED_ROLE_FIELD（nature_reserve … redline、中文名或 1–6）",
            "Values as zoning's PROTECTED_ROLE_FIELD (nature_reserve … redline, Chinese "
            "names or 1–6)")
        self.add(QgsProcessingParameterField(
            "PROTECTED_NAME_FIELD", "Protected-area name field", "name", "PROTECTED",
            optional=True),
            "保护地名称字段", "保护地的法定名称，写入结果的 legal_name 字段（namezones 用它命名）",
            "The legal name, written to the output's legal_name field (namezones names "
            "zones by it)")
        self.add(QgsProcessingParameterFeatureSource(
            "PLANNING", "Planning polygons", [QgsProcessing.TypeVectorPolygon], optional=True),
            "规划用地", "可选：zoning 所用的规划用地面图层。给出时现有工业区（V-0）、城镇（IV-0）、基本农田（III-1）、"
            "养殖水域（III-2）、规划工业区（VI-0）等规划规则（3、4、7、8）的区以规划面本身的边界为界：栅格阶梯在面外的部分"
            "切下并入公共边界最长的相邻区（审计表 outside_planning），面内漏掉的边角补入（按规划用地优先级求差，法定保护地优先）；"
            "面内由评价决定的界线（如规则 8 的 P1 ≤ 2）照常概化。规划面边界不概化",
            "Optional: the planning polygons zoning used. Given, the zones of the planning "
            "rules (3, 4, 7, 8: existing industry V-0, urban IV-0, basic farmland III-1, "
            "aquaculture III-2, planned industry VI-0 …) take the polygon's own edge: the "
            "raster staircase outside it is cut off and joins the neighbour with the "
            "longest shared border (audit reason outside_planning), the slivers it missed "
            "inside are filled (priority by difference in the planning priority order, "
            "legal protected areas first); boundaries the evaluation draws inside a "
            "polygon (e.g. rule 8's P1 ≤ 2) are generalised as usual. Planning edges are "
            "never generalised")
        self.add(QgsProcessingParameterField(
            "PLANNING_ROLE_FIELD", "Planning role field", "role", "PLANNING", optional=True),
            "规划用地类型字段", "取值同 zoning 的 PLANNING_ROLE_FIELD（角色表 roles.csv planning 组："
            "现有工业区、规划工业区、城镇、基本农田、水产养殖……，或其英文键、代码）",
            "Values as zoning's PLANNING_ROLE_FIELD (role table roles.csv, group planning: "
            "industrial_existing, industrial_planned, urban, farmland, aquaculture …, their "
            "Chinese names or codes)")
        self.add(QgsProcessingParameterNumber(
            "GENERALIZE", "Boundary generalisation tolerance (m)",
            QgsProcessingParameterNumber.Double, None, optional=True, minValue=0.0),
            "边界概化容差 (m)", "评价得出的区界按此容差化简并平滑一次（逐弧段判断：落在保护地法定边界、规划面边界或区划边界上的"
            "弧段不动，其余弧段概化），相邻区共用同一条新边界，无缝隙无重叠。默认 1.5 倍像元；0 = 不概化",
            "Boundaries the zoning draws itself are simplified (Douglas–Peucker) and "
            "smoothed (Chaikin) once with this tolerance, decided per arc: arcs on a legal "
            "polygon's boundary, a planning polygon's boundary (PLANNING) or the region's "
            "boundary stay, every other arc is generalised; neighbours share the new line, "
            "no gaps or overlaps. Default 1.5 × cell size; 0 = off", advanced=True)
        self.add(QgsProcessingParameterEnum(
            "ENCLOSED", "Small patches enclosed by type I",
            options=["join the type-I zone / 并入该 I 类区",
                     "join the longest-border neighbour / 并入公共边界最长的相邻区"],
            defaultValue=0, optional=True),
            "被 I 类包围的小图斑", "只与 I 类相邻的小图斑：并入该 I 类区（默认，面积记入审计表），"
            "或并入公共边界最长的相邻区",
            "A small patch whose only neighbours are type I joins it (default; the absorbed "
            "area is in the audit) or its longest-border neighbour", advanced=True)
        self.add(QgsProcessingParameterMultipleLayers(
            "BOUNDARY_LINES", "Boundary lines to snap to", QgsProcessing.TypeVectorAnyGeometry,
            optional=True),
            "区界依附线", "可选：道路、河流等线图层，乡镇等面图层（取其边界），可多个。评价得出的区界概化后，"
            "在 SNAP_TOLERANCE 内沿这些线的一段改为这些线本身（Z 4.5：区界依道路、河流、山脊和行政界线）；"
            "弧段端点不动，吸附后与其他区界相交的弧段不吸附",
            "Optional line layers (roads, rivers) and polygon layers (townships: their "
            "boundaries), several allowed. After generalisation, a boundary the zoning draws "
            "itself that runs within SNAP_TOLERANCE of such a line over a stretch takes the "
            "line itself there (Z 4.5: boundaries follow roads, rivers, ridges and "
            "administrative lines); arc end points stay; an arc that would cross another "
            "after snapping is not snapped")
        self.add(QgsProcessingParameterRasterLayer("DEM", "DEM (ridge and valley lines)",
                                                   optional=True),
                 "数字高程模型（山脊线、山谷线）", "可选：由 DEM 提取山谷线（填洼 + D8，汇水面积 ≥ DEM_LINE_AREA）"
                 "和山脊线（反转 DEM 上的同一方法），平滑后作为区界依附线",
                 "Optional: valley lines (depressions filled, D8, draining at least "
                 "DEM_LINE_AREA) and ridge lines (the same on the inverted DEM) are derived, "
                 "smoothed and used as boundary lines")
        self.add(QgsProcessingParameterNumber(
            "SNAP_TOLERANCE", "Snap tolerance (m)", QgsProcessingParameterNumber.Double, None,
            optional=True, minValue=0.0),
            "吸附容差 (m)", "区界与依附线相距不超过此距离的一段吸附到线上（默认 2 倍像元；0 = 不吸附；"
            "仅在给出 BOUNDARY_LINES 或 DEM 且概化开启时使用）",
            "A stretch of boundary within this distance of a boundary line is snapped onto it "
            "(default 2 × cell size; 0 = off; used only with BOUNDARY_LINES or DEM and "
            "generalisation on)")
        self.add(QgsProcessingParameterNumber(
            "DEM_LINE_AREA", "Drainage area of DEM lines (km²)",
            QgsProcessingParameterNumber.Double, 5.0, minValue=0.01),
            "山脊线、山谷线的汇水面积 (km²)", "山谷线取汇水面积不小于此值的像元，山脊线在反转 DEM 上同理（默认 5 km²）",
            "Valley lines are cells draining at least this area; ridge lines the same on the "
            "inverted DEM (default 5 km²)", advanced=True)
        self.add(QgsProcessingParameterVectorDestination(
            "OUTPUT", "Merged zones", QgsProcessing.TypeVectorPolygon),
            "合并后的环境功能区", "分区面（zone_type, subtype, rule, area_km2），覆盖区划范围，无缝隙无重叠",
            "Zone polygons (zone_type, subtype, rule, area_km2) covering the region, no gaps "
            "or overlaps")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_AUDIT", "Merge audit", "CSV (*.csv)"),
            "合并审计表", "每次合并一行：patch, area_km2, from_subtype, to_subtype, into_patch, "
            "border_m, reason, x, y, step（grid = 网格合并；legal、merge、merge2 = 矢量步骤，"
            "patch/into_patch 为该步输入中的序号，可据此重放）", "One row per merge: patch, area_km2, "
            "from_subtype, to_subtype, into_patch, border_m, reason, x, y, step (grid = the "
            "grid merge; legal, merge, merge2 = the vector steps, patch/into_patch numbered "
            "in that step's input, so the audit replays)")
        self.add(QgsProcessingParameterRasterDestination(
            "OUTPUT_RASTER", "Merged zone raster", optional=True, createByDefault=False),
            "合并后的分区栅格", "可选：合并后的亚类编码栅格", "Optional: the merged subtype-code raster",
            advanced=True)

    def min_areas(self, parameters, context):
        value = self.parameterAsDouble(parameters, "MIN_AREA", context) * 1e6
        out = {"*": value}
        # the evaluation's unit is the km grid: zones it draws (II, III) are not finer
        evaluated = 1.0
        if self.given(parameters, "MIN_AREA_EVALUATED"):
            evaluated = self.parameterAsDouble(parameters, "MIN_AREA_EVALUATED", context)
        for t in EVALUATED_TYPES:
            out[t] = max(value, evaluated * 1e6)
        raw = self.parameterAsMatrix(parameters, "MIN_AREA_BY_TYPE", context) or []
        if raw and isinstance(raw[0], (list, tuple)):
            raw = [c for r in raw for c in r]
        matrix = [v for v in raw if v is not None and str(v).strip() not in ("", "NULL")]
        if not matrix:
            return out
        table = T.from_matrix(matrix, ["zone_type", "min_area_km2"], "MIN_AREA_BY_TYPE")
        for i, row in enumerate(table.dicts()):
            t = row["zone_type"].strip()
            if t not in RU.TYPES:
                raise QgsProcessingException(
                    "MIN_AREA_BY_TYPE row %d: '%s' is not a zone type I…VI / 第 %d 行“%s”不是分区类型"
                    % (i + 1, t, i + 1, t))
            out[t] = T.to_nonnegative(row["min_area_km2"], "MIN_AREA_BY_TYPE", "min_area_km2",
                                     i + 1) * 1e6
        return out

    def process(self, parameters, context, feedback):
        layer = self.parameterAsLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException("INPUT: a zone layer is required / 需要分区图层")
        is_raster = layer.type() == QgsMapLayer.RasterLayer
        reference = None
        if is_raster:
            reference = base.raster_source(self, parameters, "INPUT", context)[0]
        grid, mask, crs = base.build_grid(self, parameters, context, feedback, reference,
                                          default_cell=30.0)
        feedback.pushInfo("Analysis grid / 分析网格: %r" % grid)
        self._region_mask, self._crs = mask, crs   # for the DEM's lines (_dem_lines)
        region = Z.region_geometry(self, parameters, context, feedback, crs)
        inputs = {"mask": {"path": mask}}
        if is_raster:
            inputs["code"] = {"path": reference, "resample": "nearest",
                              "label": "%s (INPUT)" % layer.name()}
        else:
            inputs["code"], rule_path = self._rasterize_zones(parameters, context, feedback,
                                                              grid, crs)
            if rule_path:
                inputs["rule"] = {"path": rule_path}
        code_path = Z.temp_path("merge_in")
        rule_tmp = Z.temp_path("merge_rule") if "rule" in inputs else None
        bad = set()
        valid_codes = RU.valid_code_mask()   # the subtypes of core/tables/zone_codes.csv

        def fn(b):
            inside = b.valid["mask"] & (b.data["mask"] > 0)
            c = np.where(b.valid["code"], b.data["code"], 0).astype("int64")
            wrong = inside & (c > 0) & ((c > 255) | ~valid_codes[np.clip(c, 0, 255)])
            if wrong.any():
                bad.update(np.unique(c[wrong])[:10].tolist())
            c = np.where(inside & (c == 0), RU.NEIGHBOUR_CODE, c)
            out = {"code": np.where(inside, c, 0).astype("uint8")}
            if rule_tmp:
                out["rule"] = np.where(inside & b.valid["rule"], b.data["rule"], 0)
            return out

        progress, canceled = base.callbacks(feedback, 0, 20)
        outs = {"code": {"path": code_path, "dtype": "uint8", "nodata": 0}}
        if rule_tmp:
            outs["rule"] = {"path": rule_tmp, "dtype": "uint8", "nodata": 0}
        R.block_map(fn, grid, inputs, outs, progress=progress, is_canceled=canceled)
        if bad:
            raise QgsProcessingException(
                "INPUT '%s' holds values that are not subtype codes: %s (I-1 = 11 … VI-0 = 60, "
                "NEIGHBOUR = 99) / 输入“%s”含非亚类编码的值：%s"
                % (layer.name(), ", ".join(map(str, sorted(bad))), layer.name(),
                   ", ".join(map(str, sorted(bad)))))
        codes, _ = R.read_array(code_path)
        if not (codes > 0).any():
            raise QgsProcessingException("The region covers no cell of the grid / 区划范围内没有像元")
        feedback.pushInfo("Merging %d cells / 合并 %d 个像元" % ((codes > 0).sum(),
                                                              (codes > 0).sum()))
        merged, audit, _ = M.merge_patches(
            codes, grid.cell_x, grid.cell_y, self.min_areas(parameters, context),
            into_i=self.parameterAsBoolean(parameters, "ALLOW_INTO_I", context),
            is_canceled=canceled, origin=(grid.gt[0], grid.gt[3]))
        del codes  # the merged raster replaces it (memory: issue 19)
        feedback.setProgress(45)
        left = int((merged == RU.NEIGHBOUR_CODE).sum())
        if left:
            feedback.pushWarning("%d cells of NEIGHBOUR patches had no neighbour zone and stay "
                                 "NEIGHBOUR / %d 个像元无相邻区可取，仍为 NEIGHBOUR" % (left, left))
        kept = sum(1 for a in audit if a["reason"] == M.REASON_ISOLATED)
        merges = len(audit) - kept
        feedback.pushInfo("%d merges, %d small patches kept (only type-I neighbours) / "
                          "合并 %d 次，保留 %d 个小图斑（仅与 I 类相邻）" % (merges, kept, merges, kept))
        labels, n = M.label(merged)
        code_of = M.patch_table(labels, merged, n)[0]  # strip-wise: no per-cell temporaries
        if rule_tmp:
            rules, _ = R.read_array(rule_tmp)
            rule_of = M.majority_per_label(labels, rules, n)
        else:
            rule_of = np.zeros(n + 1, dtype=np.int64)
        label_path = Z.temp_path("merge_labels")
        R.write_array(label_path, labels, grid, nodata=0)  # int32 already: no copy
        del labels
        polys, gaps = Z.polygons_from_raster(label_path, region, canceled, grid)
        for p in (code_path, label_path, rule_tmp):
            if p:
                R.remove_quietly(p)
        feedback.setProgress(70)
        legal = self._legal(parameters, context, feedback, crs)
        planning = self._planning(parameters, context, feedback, crs)
        zones = []
        for lab, g in sorted(polys, key=lambda x: x[0]):
            t, s = RU.code_subtype(code_of[lab])
            zones.append({"subtype": s, "zone_type": t, "rule": int(rule_of[lab]),
                          "geom": V.as_multipolygon(g),
                          # without the legal layer, type I keeps its (raster) boundary
                          "legal": legal is None and t == "I", "legal_name": ""})
        zones, audit2 = self._vector_steps(parameters, context, feedback, zones, legal,
                                           region, grid, canceled, planning)
        audit = [dict(a, step="grid") for a in audit] + audit2
        feedback.setProgress(90)
        rows, total = [], 0.0
        for z in zones:
            g = z["geom"]
            area = g.GetArea()
            total += area
            rows.append((Z.wkb_geometry(g),
                         [z["zone_type"], z["subtype"], int(z["rule"] or 0),
                          round(area / 1e6, 6), z.get("legal_name") or ""]))
        region_area = region.GetArea()
        Z.report_area(feedback, total, region_area)
        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        out_path = Z.write_vector(out, Z.zone_fields([("legal_name", QVariant.String)]),
                                  QgsWkbTypes.MultiPolygon, crs, context, rows)
        base.apply_style(context, out_path, Z.zone_qml())
        audit_path = self.parameterAsFileOutput(parameters, "OUTPUT_AUDIT", context)
        Z.write_vector(audit_path, audit_fields(), QgsWkbTypes.NoGeometry, crs, context,
                       [(None, [a["patch"], round(a["area_km2"], 6), a["from_subtype"],
                                a["to_subtype"], a["into_patch"], round(a["border_m"], 3),
                                a["reason"], round(a.get("x", 0.0), 3),
                                round(a.get("y", 0.0), 3), a["step"]]) for a in audit])
        result = {"OUTPUT": out_path, "OUTPUT_AUDIT": audit_path}
        out_raster = self.parameterAsOutputLayer(parameters, "OUTPUT_RASTER", context)
        if out_raster:
            R.write_array(out_raster, merged, grid, nodata=0)
            base.apply_style(context, out_raster, Z.code_raster_qml())
            result["OUTPUT_RASTER"] = out_raster
        Z.record_provenance(self, parameters, context, feedback, out_path, None, None)
        return result

    def given(self, parameters, name):
        return parameters.get(name) not in (None, "")

    def _legal(self, parameters, context, feedback, crs):
        """[(subtype, OGR geometry, name)] of PROTECTED in priority order, or None."""
        if not self.given(parameters, "PROTECTED"):
            return None
        source = self.parameterAsSource(parameters, "PROTECTED", context)
        label = "%s (PROTECTED)" % source.sourceName()
        base.check_source(source, "PROTECTED", label)
        role_f = self.parameterAsString(parameters, "PROTECTED_ROLE_FIELD", context) or "role"
        name_f = self.parameterAsString(parameters, "PROTECTED_NAME_FIELD", context) or "name"
        base.field_index(source, role_f, label, "PROTECTED_ROLE_FIELD")
        has_name = source.fields().lookupField(name_f) >= 0
        if not has_name:
            feedback.pushWarning("PROTECTED has no field '%s': zones get no legal name / "
                                 "保护地图层没有字段“%s”，区无法定名称" % (name_f, name_f))
        out = []
        for f in base.features_in_crs(source, crs, context, feedback, label):
            try:
                code = RU.category_code("protected", f[role_f], label, role_f)
            except EnvZoningError as e:
                raise QgsProcessingException(str(e)) from None
            name = f[name_f] if has_name else ""
            name = "" if name is None or str(name) == "NULL" else str(name).strip()
            g = V.geometry(f.geometry().asWkb())
            out.append((code, name, f.id(), "I-%d" % code, g))
        out.sort(key=lambda r: r[:3])
        return [(s, g, name) for _, name, _, s, g in out]

    def _planning(self, parameters, context, feedback, crs):
        """[(subtype, OGR geometry, name)] of the PLANNING polygons whose zones a planning
        rule draws, in the role table's priority order, or None."""
        if not self.given(parameters, "PLANNING"):
            return None
        source = self.parameterAsSource(parameters, "PLANNING", context)
        label = "%s (PLANNING)" % source.sourceName()
        base.check_source(source, "PLANNING", label)
        role_f = self.parameterAsString(parameters, "PLANNING_ROLE_FIELD", context) or "role"
        base.field_index(source, role_f, label, "PLANNING_ROLE_FIELD")
        name_f = source.fields().lookupField("name")
        subtypes = planning_subtypes()
        keys = RU.CATEGORIES["planning"]
        out = []
        for f in base.features_in_crs(source, crs, context, feedback, label):
            try:
                pos = RU.category_code("planning", f[role_f], label, role_f)
            except EnvZoningError as e:
                raise QgsProcessingException(str(e)) from None
            subtype = subtypes.get(keys[pos - 1])
            if subtype is None:
                continue
            name = f.attributes()[name_f] if name_f >= 0 else ""
            name = "" if name is None or str(name) == "NULL" else str(name)
            out.append((RU.VOCABULARY.priority("planning", pos), f.id(), subtype,
                        V.geometry(f.geometry().asWkb()), name))
        out.sort(key=lambda r: r[:2])
        return [(s, g, name) for _, _, s, g, name in out]

    def _vector_steps(self, parameters, context, feedback, zones, legal, region, grid,
                      canceled, planning=None):
        """Legal overlay, planning overlay, vector merge, generalisation, final dissolve:
        (zones, audit)."""
        audit = []
        if legal is not None:
            zones, rows = O.overlay_legal(zones, legal, region, canceled)
            audit += [dict(r, step="legal") for r in rows]
            feedback.pushInfo("%d legal protected-area zones from PROTECTED / 保护地法定边界区 %d 个"
                              % (sum(1 for z in zones if z.get("legal")),
                                 sum(1 for z in zones if z.get("legal"))))
        if planning:
            zones, rows = O.overlay_planning(zones, planning, region,
                                             max(grid.cell_x, grid.cell_y), canceled)
            audit += [dict(r, step="planning") for r in rows]
            feedback.pushInfo("%d planning polygons give their edge to their zones, %d staircase "
                              "pieces outside them joined a neighbour / %d 个规划面的区以规划面边界为界，"
                              "面外 %d 块阶梯碎片并入相邻区" % (len(planning), len(rows),
                                                         len(planning), len(rows)))
        # the input lines no generalisation moves: legal polygons (or, without PROTECTED,
        # the type-I zones), planning polygons, the region
        lines = O.input_lines(zones, legal, planning, region)
        enclosed = ("type_i", "longest")[self.parameterAsEnum(parameters, "ENCLOSED", context)]
        into_i = self.parameterAsBoolean(parameters, "ALLOW_INTO_I", context)
        min_areas = self.min_areas(parameters, context)
        zones, rows = O.merge_small(zones, min_areas, enclosed=enclosed, into_i=into_i,
                                    is_canceled=canceled)
        # the step a row belongs to: O.replay_vector_steps replays the audit by it
        audit += [dict(r, step="merge") for r in rows]
        if self.given(parameters, "GENERALIZE"):
            tol = self.parameterAsDouble(parameters, "GENERALIZE", context)
        else:
            tol = 1.5 * max(grid.cell_x, grid.cell_y)
        if tol > 0:
            origin = (grid.gt[0], grid.gt[3])
            snap_index, snap_tol = self._snap_lines(parameters, context, feedback, grid,
                                                    region)
            before = O.grid_share(zones, grid.cell_x, origin, lines=lines)[0]
            stats = {}
            zones, n = O.generalize(zones, tol, region=region, is_canceled=canceled,
                                    lines=lines, stats=stats, snap_lines=snap_index,
                                    snap_tolerance=snap_tol)
            after = O.grid_share(zones, grid.cell_x, origin, lines=lines)[0]
            feedback.pushInfo("Generalised %d arcs (tolerance %.1f m): boundary along the grid "
                              "%.1f %% → %.1f %% / 概化 %d 条弧段（容差 %.1f m），沿网格的边界 "
                              "%.1f %% → %.1f %%" % (n, tol, 100 * before, 100 * after, n, tol,
                                                    100 * before, 100 * after))
            if snap_index is not None:
                self._report_snap(feedback, zones, snap_index, snap_tol, stats)
            # a step that moved boundaries: same-subtype neighbours dissolve again
            zones, rows = O.merge_small(zones, min_areas, enclosed=enclosed, into_i=into_i,
                                        is_canceled=canceled)
            audit += [dict(r, step="merge2") for r in rows]
        return zones, audit

    def _snap_lines(self, parameters, context, feedback, grid, region):
        """(core.snap.LineIndex of BOUNDARY_LINES and the DEM's ridge and valley lines, in
        the zones' CRS, snap tolerance m), or (None, 0) when there is nothing to snap to."""
        layers = self.parameterAsLayerList(parameters, "BOUNDARY_LINES", context) or []
        has_dem = self.given(parameters, "DEM")
        if not layers and not has_dem:
            return None, 0.0
        if self.given(parameters, "SNAP_TOLERANCE"):
            tol = self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context)
        else:
            tol = 2.0 * max(grid.cell_x, grid.cell_y)
        if tol <= 0:
            return None, 0.0
        crs = self._crs
        env = region.GetEnvelope()
        pad = 2 * tol

        def inside(g):
            e = g.GetEnvelope()
            return not (e[1] < env[0] - pad or e[0] > env[1] + pad or e[3] < env[2] - pad
                        or e[2] > env[3] + pad)

        lines = []
        for lyr in layers:
            if not isinstance(lyr, QgsVectorLayer):
                raise QgsProcessingException(
                    "BOUNDARY_LINES：“%s”不是矢量图层 / '%s' is not a vector layer"
                    % (lyr.name(), lyr.name()))
            sub = QgsProviderRegistry.instance().decodeUri(lyr.providerType(),
                                                           lyr.source()).get("layerName")
            name = lyr.name() if not sub or sub == lyr.name() else "%s|%s" % (lyr.name(), sub)
            label = "%s (BOUNDARY_LINES)" % name
            if QgsWkbTypes.geometryType(lyr.wkbType()) not in (
                    QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry):
                raise QgsProcessingException(
                    "区界依附线图层“%s”不是线或面图层 / Layer '%s' holds neither lines nor "
                    "polygons (BOUNDARY_LINES takes roads, rivers or township polygons)"
                    % (label, label))
            base.check_source(lyr, "BOUNDARY_LINES", label)
            n0 = len(lines)
            for f in base.features_in_crs(lyr, crs, context, feedback, label):
                g = V.geometry(f.geometry().asWkb())
                if g is not None and inside(g):
                    lines.extend(SN.lines_of(g))
            feedback.pushInfo("%s：%d 条依附线 / %d boundary lines" % (label, len(lines) - n0,
                                                                   len(lines) - n0))
        if has_dem:
            lines.extend(self._dem_lines(parameters, context, feedback, grid))
        if not lines:
            feedback.pushWarning("区界依附线均不在区划范围附近，不吸附 / No boundary line lies near the "
                                 "region: nothing is snapped")
            return None, 0.0
        return SN.LineIndex(lines, tol), tol

    def _dem_lines(self, parameters, context, feedback, grid):
        """Valley and ridge lines of DEM (core.snap) on a grid of at most ~1 M cells over
        the analysis grid, inside the region."""
        path, label = base.raster_source(self, parameters, "DEM", context)
        x0, y0, x1, y1 = grid.bounds
        cell = max(grid.cell_x, grid.cell_y, ((x1 - x0) * (y1 - y0) / 1e6) ** 0.5)
        dgrid = R.Grid.from_extent(x0, y0, x1, y1, cell, grid.crs_wkt)
        try:
            src = R.open_aligned(path, dgrid, "bilinear", name=label)
            dem = src.read(0, dgrid.ysize, dgrid.xsize).astype("float64")
            valid = R.valid_mask(dem, src.nodata)
            src.close()
        except EnvZoningError as e:
            raise QgsProcessingException(str(e)) from None
        mask = getattr(self, "_region_mask", None)
        if mask is not None:
            msrc = R.open_aligned(mask, dgrid, "nearest", name="region mask")
            valid &= msrc.read(0, dgrid.ysize, dgrid.xsize) > 0
            msrc.close()
        if not valid.any():
            raise QgsProcessingException(
                "DEM“%s”在区划范围内全为无数据 / Raster '%s' has no valid cell in the region"
                % (label, label))
        area = self.parameterAsDouble(parameters, "DEM_LINE_AREA", context) * 1e6
        valleys = SN.valley_lines(dem, valid, dgrid.gt, area)
        ridges = SN.ridge_lines(dem, valid, dgrid.gt, area)
        feedback.pushInfo("DEM %s：山谷线 %d 条，山脊线 %d 条（汇水面积 ≥ %.2f km²，像元 %.0f m）/ "
                          "%d valley and %d ridge lines" % (label, len(valleys), len(ridges),
                                                          area / 1e6, cell, len(valleys),
                                                          len(ridges)))
        return valleys + ridges

    def _report_snap(self, feedback, zones, index, tol, stats):
        on, total = SN.on_lines(zones, index)
        share = 100.0 * on / total if total > 0 else 0.0
        n = stats.get("snapped", 0)
        feedback.pushInfo("吸附 %d 条弧段（容差 %.1f m）：评价得出的区界 %.1f km 中 %.1f km（%.1f %%）"
                          "位于依附线上 / Snapped %d arcs (tolerance %.1f m): %.1f km of %.1f km "
                          "(%.1f %%) of the boundaries the zoning draws lie on a boundary line"
                          % (n, tol, total / 1e3, on / 1e3, share, n, tol, on / 1e3,
                             total / 1e3, share))

    def _rasterize_zones(self, parameters, context, feedback, grid, crs):
        """(code raster spec, rule raster path or None) from the zone polygons."""
        source = self.parameterAsSource(parameters, "INPUT", context)
        label = "%s (INPUT)" % source.sourceName()
        base.field_index(source, "subtype", label, "INPUT")
        has_rule = source.fields().lookupField("rule") >= 0

        def code_of(f, lbl):
            s = f["subtype"]
            try:
                return RU.subtype_code(str(s).strip())
            except Exception:  # noqa: BLE001
                raise QgsProcessingException(
                    "Layer %s, field 'subtype': '%s' is not a zone subtype like II-1 or V-0 / "
                    "图层 %s 字段 subtype 的值“%s”不是分区亚类" % (lbl, s, lbl, s)) from None

        code_path = Z.burn_values(self, parameters, context, feedback, "INPUT", grid, crs,
                                  code_of, "zones_code")
        rule_path = None
        if has_rule:
            rule_path = Z.burn_values(self, parameters, context, feedback, "INPUT", grid, crs,
                                      Z.number_of("rule", 0, 255), "zones_rule")
        return {"path": code_path, "label": label}, rule_path


def audit_fields():
    f = QgsFields()
    for name, vtype in (("patch", QVariant.Int), ("area_km2", QVariant.Double),
                        ("from_subtype", QVariant.String), ("to_subtype", QVariant.String),
                        ("into_patch", QVariant.Int), ("border_m", QVariant.Double),
                        ("reason", QVariant.String), ("x", QVariant.Double),
                        ("y", QVariant.Double), ("step", QVariant.String)):
        f.append(QgsField(name, vtype))
    return f
