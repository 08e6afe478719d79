"""envzoning:mergezones — Z 4.5: small patches merged into their longest-border neighbour,
same-subtype neighbours dissolved, result fitted exactly to the region, every merge audited."""

import numpy as np
from qgis.core import (
    QgsField,
    QgsFields,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterRasterDestination,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import merge as M
from ..core import raster as R
from ..core import rules as RU
from ..core import tables as T
from . import base
from . import zonelayers as Z


class MergeZones(base.EnvZoningAlgorithm):
    ID = "mergezones"
    NAME_EN = "Merge small zones"
    NAME_ZH = "合并细碎分区"
    GROUP = "zoning"
    SEED = "Z 4.5 分区界线 / Z 4.5 zone boundaries"
    SUMMARY_ZH = ("在分析网格上：面积小于最小面积的图斑并入与其公共边界最长的相邻区；规则 9 的 NEIGHBOUR "
                  "图斑（任意大小）并入公共边界最长的相邻区；相同亚类相邻即合并。I 类从不被并掉。"
                  "结果转为面、精确裁切到区划范围，无缝隙、无重叠，总面积与区划范围一致（≤0.01 %）。"
                  "每次合并都写入审计表（图斑、面积、原亚类、并入亚类、公共边界长度、原因），可复核、可撤销。")
    SUMMARY_EN = ("On the analysis grid: a patch smaller than the minimum area joins the "
                  "neighbour with the longest shared border; NEIGHBOUR patches of rule 9 (any "
                  "size) do the same; same-subtype neighbours dissolve. Type I is never merged "
                  "away. The result is polygonized and fitted exactly to the region: no gaps, "
                  "no overlaps, total area equal to the region's (within 0.01 %). Every merge "
                  "is a row of the audit table (patch, area, from, to, shared border, reason).")
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
                 "最小面积 (km²)", "小于此面积的非 I 类图斑被合并（默认 0.5 km²）",
                 "Non-I patches smaller than this are merged (default 0.5 km²)")
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
        self.add(QgsProcessingParameterBoolean("ALLOW_INTO_I", "Small patches may join type I",
                                               False),
                 "允许并入 I 类", "小图斑可并入 I 类（会改变保护地边界；默认否）",
                 "Small patches may join a type-I zone (changes legal boundaries; default no)",
                 advanced=True)
        self.add(QgsProcessingParameterVectorDestination(
            "OUTPUT", "Merged zones", QgsProcessing.TypeVectorPolygon),
            "合并后的环境功能区", "分区面（zone_type, subtype, rule, area_km2），覆盖区划范围，无缝隙无重叠",
            "Zone polygons (zone_type, subtype, rule, area_km2) covering the region, no gaps "
            "or overlaps")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_AUDIT", "Merge audit", "CSV (*.csv)"),
            "合并审计表", "每次合并一行：patch, area_km2, from_subtype, to_subtype, into_patch, "
            "border_m, reason, x, y", "One row per merge: patch, area_km2, from_subtype, "
            "to_subtype, into_patch, border_m, reason, x, y")
        self.add(QgsProcessingParameterRasterDestination(
            "OUTPUT_RASTER", "Merged zone raster", optional=True, createByDefault=False),
            "合并后的分区栅格", "可选：合并后的亚类编码栅格", "Optional: the merged subtype-code raster",
            advanced=True)

    def min_areas(self, parameters, context):
        value = self.parameterAsDouble(parameters, "MIN_AREA", context) * 1e6
        out = {"*": value}
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
        valid_codes = np.zeros(256, dtype=bool)
        for c in [11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 31, 32, 40, 50, 60]:
            valid_codes[c] = True
        for t in range(1, 7):
            valid_codes[t * 10:t * 10 + 10] = True
        valid_codes[RU.NEIGHBOUR_CODE] = True

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
        code_of = np.zeros(n + 1, dtype=np.int64)
        code_of[labels.ravel()] = merged.ravel()
        if rule_tmp:
            rules, _ = R.read_array(rule_tmp)
            rule_of = M.majority_per_label(labels, rules, n)
        else:
            rule_of = np.zeros(n + 1, dtype=np.int64)
        label_path = Z.temp_path("merge_labels")
        R.write_array(label_path, labels.astype("int32"), grid, nodata=0)
        del labels
        polys, gaps = Z.polygons_from_raster(label_path, region, canceled, grid)
        for p in (code_path, label_path, rule_tmp):
            if p:
                R.remove_quietly(p)
        feedback.setProgress(85)
        rows, items, total = [], [], 0.0
        for lab, g in sorted(polys, key=lambda x: x[0]):
            t, s = RU.code_subtype(code_of[lab])
            area = g.GetArea()
            total += area
            items.append((int(code_of[lab]), area))
            rows.append((Z.wkb_geometry(g),
                         [t, s, int(rule_of[lab]), round(area / 1e6, 6)]))
        region_area = region.GetArea()
        Z.report_area(feedback, total, region_area)
        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        out_path = Z.write_vector(out, Z.zone_fields(), QgsWkbTypes.MultiPolygon, crs, context,
                                  rows)
        base.apply_style(context, out_path, Z.zone_qml())
        audit_path = self.parameterAsFileOutput(parameters, "OUTPUT_AUDIT", context)
        Z.write_vector(audit_path, audit_fields(), QgsWkbTypes.NoGeometry, crs, context,
                       [(None, [a["patch"], round(a["area_km2"], 6), a["from_subtype"],
                                a["to_subtype"], a["into_patch"], round(a["border_m"], 3),
                                a["reason"], round(a.get("x", 0.0), 3),
                                round(a.get("y", 0.0), 3)]) for a in audit])
        result = {"OUTPUT": out_path, "OUTPUT_AUDIT": audit_path}
        out_raster = self.parameterAsOutputLayer(parameters, "OUTPUT_RASTER", context)
        if out_raster:
            R.write_array(out_raster, merged, grid, nodata=0)
            base.apply_style(context, out_raster, Z.code_raster_qml())
            result["OUTPUT_RASTER"] = out_raster
        Z.record_provenance(self, parameters, context, feedback, out_path, None, None)
        return result

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
                        ("y", QVariant.Double)):
        f.append(QgsField(name, vtype))
    return f
