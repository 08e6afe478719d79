"""envzoning:comparezonings — N 5.13.3: comparison of two zoning versions (调整更新)."""

import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import control as C
from ..core import stablecodes as S
from ..core import tables as T
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import control_geom as G


SLIVER_M2 = 1.0  # m²


class CompareZonings(base.EnvZoningAlgorithm):
    ID = "comparezonings"
    NAME_EN = "Compare zonings"
    NAME_ZH = "区划版本对比"
    GROUP = "control"
    SEED = "N 5.13.3 / N 5.13.3"
    SUMMARY_ZH = ("叠加两个版本的环境功能区或管控单元，按分类字段得到面积转移矩阵（旧类型 → 新类型，km²）、"
                  "变化图斑和变化摘要，用于动态更新和定期调整的论证。")
    SUMMARY_EN = ("Overlays two versions of zones or control units and gives the area transition "
                  "matrix (old class → new class, km²), the changed polygons and a change "
                  "summary, for updates and periodic adjustments.")
    DECISION_ZH = "只在一个版本中存在的区域记为“(无)”类；矩阵各格之和等于两版本并集面积。"
    DECISION_EN = ("Area present in only one version is class '(无)'; the matrix sums to the "
                   "area of the union of the two versions.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "OLD", "Old version", [QgsProcessing.TypeVectorPolygon]),
            "旧版本", "旧版环境功能区或管控单元", "Old zones or control units")
        self.add(QgsProcessingParameterField("OLD_FIELD", "Old class field", "zone_type", "OLD",
                                             optional=True),
                 "旧版分类字段", "如 zone_type（默认）、subtype、unit_class、ZHGKDYFL",
                 "e.g. zone_type, subtype, unit_class, ZHGKDYFL")
        self.add(QgsProcessingParameterFeatureSource(
            "NEW", "New version", [QgsProcessing.TypeVectorPolygon]),
            "新版本", "新版环境功能区或管控单元", "New zones or control units")
        self.add(QgsProcessingParameterField("NEW_FIELD", "New class field", "zone_type", "NEW",
                                             optional=True),
                 "新版分类字段", "新版的分类字段（默认同旧版；取值应与旧版可比）",
                 "Class field of the new version (default: as OLD_FIELD; values comparable)")
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Transition matrix", QgsProcessing.TypeVector),
            "面积转移矩阵", "每行一个旧类型，列 to_{新类型} 为面积 (km²)，末行、末列为合计",
            "One row per old class, columns to_{new class} in km², totals last")
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT_CHANGES", "Changed polygons", QgsProcessing.TypeVectorPolygon),
            "变化图斑", "类型发生变化的图斑（from_class、to_class、area_km2）",
            "Polygons whose class changed (from_class, to_class, area_km2)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_SUMMARY", "Change summary", "Text (*.txt)", optional=True,
            createByDefault=False), "变化摘要", "变化摘要文本（也写入日志）",
            "Change summary text (also in the log)")
        self.add(QgsProcessingParameterString(
            "CODE_FIELD", "Code field", "", optional=True), "编码字段",
            "两个版本共有的编码字段；留空时自动取 HJZHGKDYBM 或 code（两版都有时）。给出后按编码报告保留/变更/新增/撤销",
            "Code field in both versions; empty: HJZHGKDYBM or code when both have it. Then "
            "codes are reported as kept / changed / new / retired", advanced=True)
        self.add(QgsProcessingParameterNumber(
            "KEEP_IOU", "IoU of a kept code", QgsProcessingParameterNumber.Double, S.KEEP_IOU,
            minValue=0.5, maxValue=1.0), "保留编码的交并比",
            "同一编码在两版中同类别且交并比不低于此值为“保留”，否则为“变更”（默认 0.9）",
            "A code in both versions with the same class and IoU at or above this is kept, "
            "otherwise changed (0.9)", advanced=True)
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT_CODES", "Code changes", QgsProcessing.TypeVector, optional=True,
            createByDefault=False), "编码变化表",
            "每个编码一行：code、status（kept/changed/new/retired）、status_zh（保留/变更/新增/撤销）、旧新类别、交并比",
            "One row per code: code, status (kept/changed/new/retired), status_zh, old and new "
            "class, IoU")
        self.addOutput(QgsProcessingOutputString("SUMMARY", "Summary 变化摘要"))

    def process(self, parameters, context, feedback):
        old_src = self.parameterAsSource(parameters, "OLD", context)
        new_src = self.parameterAsSource(parameters, "NEW", context)
        olabel = "%s (OLD)" % old_src.sourceName() if old_src else "OLD"
        nlabel = "%s (NEW)" % new_src.sourceName() if new_src else "NEW"
        base.check_source(old_src, "OLD", olabel)
        base.check_source(new_src, "NEW", nlabel)
        ofield = self.parameterAsString(parameters, "OLD_FIELD", context) or "zone_type"
        nfield = self.parameterAsString(parameters, "NEW_FIELD", context) or ofield
        base.field_index(old_src, ofield, olabel, "OLD_FIELD")
        base.field_index(new_src, nfield, nlabel, "NEW_FIELD")
        crs = G.analysis_crs_of(old_src)
        old = [(G.polys(f.geometry()), _cls(f[ofield])) for f in
               base.features_in_crs(old_src, crs, context, feedback, olabel)]
        new = [(G.polys(f.geometry()), _cls(f[nfield])) for f in
               base.features_in_crs(new_src, crs, context, feedback, nlabel)]
        old = [(g, c) for g, c in old if g is not None]
        new = [(g, c) for g, c in new if g is not None]
        index = G.Index(new)
        pieces = []
        for i, (og, oc) in enumerate(old):
            if feedback.isCanceled():
                raise Canceled()
            for ng, nc in index.candidates(og):
                inter = G.intersect(og, ng)
                if inter is not None:
                    pieces.append((oc, nc, inter))
            feedback.setProgress(80.0 * (i + 1) / len(old))
        old_u = G.union([g for g, _ in old])
        new_u = G.union([g for g, _ in new])
        # below SLIVER_M2 a piece in one version only is a seam of two boundaries that do
        # not quite agree (e.g. one version reprojected), not a '(无)' class
        for g, c in old:
            rest = G.difference(g, new_u)
            if rest is not None and rest.area() >= SLIVER_M2:
                pieces.append((c, C.NONE_CLASS, rest))
        for g, c in new:
            rest = G.difference(g, old_u)
            if rest is not None and rest.area() >= SLIVER_M2:
                pieces.append((C.NONE_CLASS, c, rest))
        froms, tos, cells = C.transition_matrix((f, t, g.area() / 1e6) for f, t, g in pieces)

        mfields = QgsFields()
        mfields.append(QgsField("from_class", QVariant.String))
        for t in tos:
            mfields.append(QgsField("to_%s" % t, QVariant.Double))
        mfields.append(QgsField("total", QVariant.Double))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, mfields,
                                          QgsWkbTypes.NoGeometry, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for fcls in froms + ["total"]:
            vals = [sum(a for (f, t2), a in cells.items() if t2 == t and
                        (fcls == "total" or f == fcls)) for t in tos]
            row = QgsFeature(mfields)
            row.setAttributes([fcls] + [round(v, 6) for v in vals] + [round(sum(vals), 6)])
            sink.addFeature(row, QgsFeatureSink.FastInsert)

        cfields = QgsFields()
        for name, vtype in (("from_class", QVariant.String), ("to_class", QVariant.String),
                            ("area_km2", QVariant.Double)):
            cfields.append(QgsField(name, vtype))
        csink, cdest = self.parameterAsSink(parameters, "OUTPUT_CHANGES", context, cfields,
                                            QgsWkbTypes.MultiPolygon, crs)
        if csink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT_CHANGES"))
        groups = {}
        for f, t, g in pieces:
            if f != t:
                groups.setdefault((f, t), []).append(g)
        for (f, t) in sorted(groups, key=lambda k: (C.class_sort_key(k[0]),
                                                    C.class_sort_key(k[1]))):
            g = G.union(groups[(f, t)])
            if g is None:
                continue
            feat = QgsFeature(cfields)
            feat.setGeometry(g)
            feat.setAttributes([f, t, round(g.area() / 1e6, 6)])
            csink.addFeature(feat, QgsFeatureSink.FastInsert)
        summary = C.change_summary(froms, tos, cells, label_old=old_src.sourceName(),
                                   label_new=new_src.sourceName())
        code_dest = self._codes(parameters, context, feedback, old_src, new_src, ofield, nfield,
                                olabel, nlabel, crs)
        if code_dest is not None:
            code_dest, counts = code_dest
            summary += "\n" + S.changes_summary(counts)
        for line in summary.split("\n"):
            feedback.pushInfo(line)
        result = {"OUTPUT": dest, "OUTPUT_CHANGES": cdest, "SUMMARY": summary,
                  "OUTPUT_SUMMARY": None}
        if code_dest:
            result["OUTPUT_CODES"] = code_dest
        if parameters.get("OUTPUT_SUMMARY") not in (None, ""):
            path = self.parameterAsFileOutput(parameters, "OUTPUT_SUMMARY", context)
            if path:
                tmp = path + ".part"
                with open(tmp, "w", encoding="utf-8") as fh:
                    fh.write(summary + "\n")
                os.replace(tmp, path)
                result["OUTPUT_SUMMARY"] = path
        return result


    def _codes(self, parameters, context, feedback, old_src, new_src, ofield, nfield, olabel,
               nlabel, crs):
        """Kept / changed / new / retired codes (N 5.13.3; core.stablecodes decides)."""
        cfield = (self.parameterAsString(parameters, "CODE_FIELD", context) or "").strip()
        onames, nnames = old_src.fields().names(), new_src.fields().names()
        if not cfield:
            cfield = next((c for c in ("HJZHGKDYBM", "code") if c in onames and c in nnames), "")
            if not cfield:
                return None
        base.field_index(old_src, cfield, olabel, "CODE_FIELD")
        base.field_index(new_src, cfield, nlabel, "CODE_FIELD")

        def by_code(src, field, label):
            geoms, cls = {}, {}
            for f in base.features_in_crs(src, crs, context, feedback, label):
                code = str(f[cfield] or "").strip()
                g = G.polys(f.geometry())
                if not code or code == "NULL" or g is None:
                    continue
                geoms.setdefault(code, []).append(g)
                cls[code] = _cls(f[field])
            return {c: G.union(gs) for c, gs in geoms.items()}, cls

        og, oc = by_code(old_src, ofield, olabel)
        ng, nc = by_code(new_src, nfield, nlabel)
        overlaps = {}
        for code in set(og) & set(ng):
            inter = G.intersect(og[code], ng[code])
            overlaps[(code, code)] = inter.area() if inter is not None else 0.0
        try:
            rows, counts = S.code_changes(
                {c: {"cls": oc[c], "area": g.area()} for c, g in og.items()},
                {c: {"cls": nc[c], "area": g.area()} for c, g in ng.items()}, overlaps,
                self.parameterAsDouble(parameters, "KEEP_IOU", context))
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(S.changes_summary(counts))
        dest = None
        if parameters.get("OUTPUT_CODES") not in (None, ""):
            fields = QgsFields()
            for name, vtype in (("code", QVariant.String), ("status", QVariant.String),
                                ("status_zh", QVariant.String), ("old_class", QVariant.String),
                                ("new_class", QVariant.String), ("iou", QVariant.Double)):
                fields.append(QgsField(name, vtype))
            sink, dest = self.parameterAsSink(parameters, "OUTPUT_CODES", context, fields,
                                              QgsWkbTypes.NoGeometry, crs)
            if sink is not None:
                for r in rows:
                    feat = QgsFeature(fields)
                    feat.setAttributes([r["code"], r["status"], r["status_zh"], r["old_cls"],
                                        r["new_cls"], r["iou"]])
                    sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest, counts


def _cls(value):
    if value is None or str(value) in ("", "NULL"):
        return C.NONE_CLASS
    return T.no_zero_fraction(str(value))
