"""envzoning:sitecheck — N 5.13.1, 5.14: spatial access screening of a project site
(空间准入研判)."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import control as C
from ..core import control_io as CIO
from ..core import vocab as VOC
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import control_geom as G


def _text(f, name):
    if name not in f.fields().names():
        return ""
    v = f[name]
    return "" if v is None or str(v) == "NULL" else str(v)


class SiteCheck(base.EnvZoningAlgorithm):
    ID = "sitecheck"
    NAME_EN = "Site check"
    NAME_ZH = "空间准入研判"
    GROUP = "control"
    SEED = "N 5.13.1、5.14；Z 5.3 表5、表6 / N 5.13.1, 5.14; Z 5.3, tables 5, 6"
    SUMMARY_ZH = ("项目用地（点、线或面）及其行业（表6 条目号或一类/二类/三类）与环境功能区和/或管控单元叠加："
                  "列出涉及的每个功能区/单元（占用面积、目标、管控措施、负面清单命中），给出 允许/限制/禁止 结论及理由，"
                  "每条理由注明表、条目和条款。同一输入总得到同一结论。")
    SUMMARY_EN = ("Overlays a project footprint (point, line or polygon) and its industry (table-6 "
                  "item or class 一类/二类/三类) with zones and/or control units: every zone/unit "
                  "touched with area, targets, measures and negative-list hits, and a verdict "
                  "允许/限制/禁止 with reasons, each citing the table, item and clause. "
                  "Deterministic.")
    DECISION_ZH = ("结论取所涉各功能区、单元中最严的一条（禁止 > 限制 > 允许）；功能区按负面清单表（Z 5.3），"
                   "单元按准入要求表中带 action 的条目；行政区划代码属于源头地区（Z 4.6.1）时，源头地区条款适用。"
                   "只有条目号而表6 中对应多个类别（如 76）时须写明条目（如 三类-76）。")
    DECISION_EN = ("The verdict is the strictest of all zones and units touched (禁止 > 限制 > 允许); "
                   "zones by the negative-list table (Z 5.3), units by the requirement rows with "
                   "an action; source-county rows apply when the admin code is a source county "
                   "(Z 4.6.1). A number that table 6 lists in several classes (e.g. 76) must be "
                   "given with its class (三类-76).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "PROJECT", "Project footprint", [QgsProcessing.TypeVectorAnyGeometry]),
            "项目用地", "项目用地范围（点、线或面；图层中全部要素合为一个项目，可只用选中要素）",
            "Project footprint (point, line or polygon; all features form one project — use "
            "'selected features only' to pick one)")
        self.add(QgsProcessingParameterString("INDUSTRY", "Industry (table 6 or GB/T 4754)",
                                              optional=True),
                 "行业类别（表6 或 GB/T 4754）", "表6 条目号（如 47、K）、条目键（如 三类-47）、一类/二类/三类，"
                 "或 GB/T 4754-2017 国民经济行业代码（4 位数字或带门类字母，如 3011、C3011、GB:30；按可编辑对照表 "
                 "GBT4754_TABLE 对应到表6）。批量模式用 INDUSTRY_FIELD",
                 "Table-6 item number (e.g. 47, K), item key (三类-47), class 一类/二类/三类, or a "
                 "GB/T 4754-2017 industry code (4 digits or with its section letter: 3011, "
                 "C3011, GB:30; mapped to table 6 by the editable GBT4754_TABLE). Batch mode: "
                 "INDUSTRY_FIELD")
        self.add(QgsProcessingParameterField(
            "INDUSTRY_FIELD", "Industry field (batch mode)", None, "PROJECT", optional=True),
            "行业字段（批量）", "给出时为批量模式：PROJECT 每个要素是一个项目，行业取此字段（写法同 INDUSTRY），"
            "每个项目一个结论、一份报告，并输出汇总表", "Batch mode: each PROJECT feature is a "
            "project whose industry is this field (written as INDUSTRY); one verdict and report "
            "per project plus a summary table")
        self.add(QgsProcessingParameterEnum(
            "PROJECT_KIND", "Project kind", ["", "新建 new", "改建 rebuild", "扩建 expansion",
                                              "现有 existing"], optional=True, defaultValue=0),
            "项目性质", "新建/改建/扩建/现有：只计入适用于该性质的条款（条款写明“新建、扩建”的不约束现有、改建项目；"
            "“现有的…”约束现有项目；未写明的适用于全部；表中有 project_kind 列时以该列为准）。空：全部条款",
            "新建/改建/扩建/现有: only rows that concern that kind count (a row naming 新建、扩建 "
            "does not bind an existing plant or a 改建; '现有的…' binds existing plants; rows "
            "naming none bind all; a project_kind column in the table overrides). Empty: all")
        self.add(QgsProcessingParameterField(
            "PROJECT_KIND_FIELD", "Project kind field (batch mode)", None, "PROJECT",
            optional=True), "项目性质字段（批量）", "批量模式下每个项目的性质（新建/改建/扩建/现有）；空值取 PROJECT_KIND",
            "Batch mode: each project's kind (新建/改建/扩建/现有); empty values take PROJECT_KIND")
        self.add(QgsProcessingParameterString("PROJECT_NAME", "Project name", optional=True),
                 "项目名称", "报告中的项目名称（默认：项目图层第一个要素的 name 字段，或图层名）",
                 "Name in the report (default: the name field of the first feature, or the "
                 "layer name)")
        self.add(QgsProcessingParameterFeatureSource(
            "ZONES", "Environmental function zones", [QgsProcessing.TypeVectorPolygon],
            optional=True), "环境功能区", "区划成果（字段 zone_type，可有 subtype、code、name、env_target、"
            "eco_target、measures、negative_list）", "Zones (field zone_type; optionally subtype, "
            "code, name, env_target, eco_target, measures, negative_list)")
        self.add(QgsProcessingParameterFeatureSource(
            "UNITS", "Control units", [QgsProcessing.TypeVectorPolygon], optional=True),
            "管控单元", "controlunits / accesslist 的输出", "Output of controlunits / accesslist")
        self.add(QgsProcessingParameterString("ADMIN_CODE", "Admin code (6 digits)",
                                              optional=True),
                 "行政区划代码", "可选：县 6 位代码，判断是否源头地区（Z 4.6.1）；默认取单元的 admin_code 字段",
                 "Optional 6-digit county code, to know whether it is a source county (Z 4.6.1); "
                 "default the units' admin_code field")
        self.add_table("NEGATIVE_LIST", "negative_lists", "负面清单表", "Negative lists")
        self.add_table("REQUIREMENTS", "access_requirements", "准入要求表", "Requirement table")
        self.add_table("INDUSTRY_TABLE", "industry_catalogue", "工业项目分类目录（表6）",
                       "Industry catalogue (table 6)")
        self.add_table("GBT4754_TABLE", "gbt4754_industry", "国民经济行业代码与表6对照表",
                       "GB/T 4754-2017 → table 6 mapping",
                       "code（2–4 位，最长前缀优先）、name、item（表6 条目键）、note",
                       "code (2–4 digits, longest prefix first), name, item (table-6 key), note")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_HTML", "Report (HTML)", "HTML (*.html)"), "研判报告 HTML",
            "研判报告网页", "Site-check report page")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", "Result (JSON)", "JSON (*.json)"), "研判结果 JSON",
            "verdict（允许/限制/禁止）、reasons（含 clause）、涉及的功能区和单元",
            "verdict (允许/限制/禁止), reasons (with clause), zones and units touched")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", "Batch summary (XLSX)", "XLSX (*.xlsx)", optional=True,
            createByDefault=False), "批量汇总表 XLSX",
            "批量模式：每个项目一行（行业、表6条目、性质、结论、理由条数、涉及功能区/单元、主要理由）",
            "Batch mode: one row per project (industry, table-6 item, kind, verdict, reasons, "
            "zones/units touched, main reason)")
        self.addOutput(QgsProcessingOutputString("VERDICT", "Verdict 研判结论"))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        if parameters.get("ZONES") in (None, "") and parameters.get("UNITS") in (None, ""):
            return False, self.msg("ZONES 与 UNITS 至少给出一个", "Give ZONES or UNITS (or both)")
        if parameters.get("INDUSTRY") in (None, "") and \
                parameters.get("INDUSTRY_FIELD") in (None, ""):
            return False, self.msg("请给出 INDUSTRY 或 INDUSTRY_FIELD",
                                   "Give INDUSTRY or INDUSTRY_FIELD")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        catalogue = self.table_param(parameters, "INDUSTRY_TABLE", "industry_catalogue", context)
        mapping = self.table_param(parameters, "GBT4754_TABLE", "gbt4754_industry", context)
        negative = self.table_param(parameters, "NEGATIVE_LIST", "negative_lists",
                                    context).dicts()
        requirements = C.load_requirements(self.table_param(
            parameters, "REQUIREMENTS", "access_requirements", context))
        kinds = ["", "新建", "改建", "扩建", "现有"]
        kind_default = kinds[self.parameterAsEnum(parameters, "PROJECT_KIND", context)]
        ind_field = self.parameterAsString(parameters, "INDUSTRY_FIELD", context).strip()
        kind_field = self.parameterAsString(parameters, "PROJECT_KIND_FIELD", context).strip()
        ind_text = self.parameterAsString(parameters, "INDUSTRY", context)
        if not ind_field:
            industry = C.resolve_any_industry(ind_text, catalogue, mapping)
        proj_src = self.parameterAsSource(parameters, "PROJECT", context)
        plabel = "%s (PROJECT)" % proj_src.sourceName() if proj_src else "PROJECT"
        base.check_source(proj_src, "PROJECT", plabel)
        for fld in (ind_field, kind_field):
            if fld:
                base.field_index(proj_src, fld, plabel, "INDUSTRY_FIELD")
        zone_src = self.parameterAsSource(parameters, "ZONES", context)
        unit_src = self.parameterAsSource(parameters, "UNITS", context)
        if zone_src is None and unit_src is None:
            raise QgsProcessingException("Give ZONES or UNITS (or both) / ZONES 与 UNITS 至少给出一个")
        ref = zone_src or unit_src
        crs = G.analysis_crs_of(ref)
        pfeats = base.features_in_crs(proj_src, crs, context, feedback, plabel)
        if not pfeats:
            raise QgsProcessingException("Layer '%s' has no feature / 项目图层“%s”没有要素" % (plabel, plabel))
        feedback.setProgress(10)

        admin = self.parameterAsString(parameters, "ADMIN_CODE", context).strip()
        if not admin and unit_src is not None and "admin_code" in unit_src.fields().names():
            for f in unit_src.getFeatures():
                admin = _text(f, "admin_code")
                break
        source_county = None
        if admin:
            try:
                C.check_admin_code(admin)
            except EnvZoningError as exc:
                raise QgsProcessingException(str(exc)) from None
            source_county = admin in VOC.county_codes("source_counties")

        zfeats, ufeats = [], []
        if zone_src is not None:
            zlabel = "%s (ZONES)" % zone_src.sourceName()
            base.check_source(zone_src, "ZONES", zlabel)
            base.field_index(zone_src, "zone_type", zlabel, "ZONES")
            zfeats = base.features_in_crs(zone_src, crs, context, feedback, zlabel)
            for f in zfeats:
                zt = _text(f, "zone_type").strip()
                if zt not in ("I", "II", "III", "IV", "V", "VI"):
                    raise QgsProcessingException(
                        "Layer '%s', field 'zone_type': value '%s' must be I…VI / 图层“%s”字段 "
                        "zone_type 的值“%s”应为 I…VI" % (zlabel, zt, zlabel, zt))
        if unit_src is not None:
            ulabel = "%s (UNITS)" % unit_src.sourceName()
            base.check_source(unit_src, "UNITS", ulabel)
            ufeats = base.features_in_crs(unit_src, crs, context, feedback, ulabel)
        feedback.setProgress(20)
        zindex = G.Index([(f.geometry(), f) for f in zfeats])
        uindex = G.Index([(f.geometry(), f) for f in ufeats])
        ctx = {"negative": negative, "requirements": requirements, "zindex": zindex,
               "uindex": uindex, "source_county": source_county, "crs": crs,
               "context": context, "ulabel": unit_src.sourceName() if unit_src else ""}

        html_path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        json_path = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
        if not ind_field:
            geom = QgsGeometry.unaryUnion([f.geometry() for f in pfeats])
            name = self.parameterAsString(parameters, "PROJECT_NAME", context).strip() or \
                _text(pfeats[0], "name") or proj_src.sourceName()
            kind = C.check_project_kind(_text(pfeats[0], kind_field) if kind_field else "") \
                or kind_default
            report = self._check(geom, name, len(pfeats), industry, kind, ctx)
            feedback.setProgress(90)
            _write(json_path, C.report_json(report))
            _write(html_path, C.report_html(report))
            feedback.setProgress(100)
            feedback.pushInfo("Verdict / 研判结论: %s (%d reasons)" % (report["verdict"],
                                                                   len(report["reasons"])))
            for r in report["reasons"]:
                feedback.pushInfo("  %s %s %s — %s" % (r["action"], r["code"], r["clause"],
                                                      r["text"]))
            return {"OUTPUT_HTML": html_path, "OUTPUT_JSON": json_path,
                    "VERDICT": report["verdict"]}

        # batch mode: one project per feature
        reports, rows = [], []
        stem = os.path.splitext(html_path)[0]
        for k, f in enumerate(pfeats):
            if feedback.isCanceled():
                raise Canceled()
            name = _text(f, "name") or "%s #%d" % (proj_src.sourceName(), f.id())
            where = "Layer '%s', feature %d ('%s'), field '%s'" % (plabel, f.id(), name, ind_field)
            try:
                industry = C.resolve_any_industry(_text(f, ind_field) or ind_text, catalogue,
                                                  mapping)
                kind = C.check_project_kind(_text(f, kind_field) if kind_field else "") \
                    or kind_default
            except EnvZoningError as exc:
                raise QgsProcessingException("%s: %s" % (where, exc)) from None
            report = self._check(f.geometry(), name, 1, industry, kind, ctx)
            page = "%s_%d.html" % (stem, f.id())
            report["project"]["fid"] = f.id()
            report["project"]["report"] = os.path.basename(page)
            reports.append((page, report))
            rows.append(C.batch_row(f.id(), report))
            feedback.pushInfo("  #%d %s: %s (%d reasons)" % (f.id(), name, report["verdict"],
                                                             len(report["reasons"])))
            feedback.setProgress(20 + 70.0 * (k + 1) / len(pfeats))
        for page, report in reports:
            _write(page, C.report_html(report))
        _write(json_path, C.report_json({"projects": [r for _, r in reports], "summary": rows}))
        _write(html_path, C.batch_index_html(rows, [os.path.basename(p) for p, _ in reports]))
        result = {"OUTPUT_HTML": html_path, "OUTPUT_JSON": json_path,
                  "VERDICT": C.verdict([{"action": r["verdict"]} for r in rows
                                        if r["verdict"] != "允许"])}
        if parameters.get("OUTPUT_XLSX") not in (None, ""):
            xlsx = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context)
            if xlsx:
                CIO.write_table_xlsx(xlsx, CIO.BATCH_COLUMNS, rows, "空间准入研判")
                result["OUTPUT_XLSX"] = xlsx
        counts = {v: sum(1 for r in rows if r["verdict"] == v) for v in ("禁止", "限制", "允许")}
        feedback.pushInfo("%d projects / 个项目: 禁止 %d, 限制 %d, 允许 %d"
                          % (len(rows), counts["禁止"], counts["限制"], counts["允许"]))
        return result

    def _check(self, geom, name, n_feats, industry, kind, ctx):
        """The site report of one project footprint (a plain dict, core.site_report)."""
        gtype = QgsWkbTypes.geometryType(geom.wkbType())
        wgs = QgsGeometry(geom.centroid())
        wgs.transform(QgsCoordinateTransform(ctx["crs"], QgsCoordinateReferenceSystem(
            "EPSG:4490"), ctx["context"].transformContext()))
        c = wgs.asPoint()
        project = {"name": name, "features": n_feats, "kind": kind,
                   "geometry": {QgsWkbTypes.PointGeometry: "point 点",
                                QgsWkbTypes.LineGeometry: "line 线",
                                QgsWkbTypes.PolygonGeometry: "polygon 面"}.get(gtype, "other"),
                   "area_km2": round(geom.area() / 1e6, 6),
                   "length_m": round(geom.length(), 1) if gtype == QgsWkbTypes.LineGeometry
                   else 0.0,
                   "centroid_cgcs2000": [round(c.x(), 6), round(c.y(), 6)]}
        zones_out, units_out = [], []
        for zg, f in ctx["zindex"].candidates(geom):
            hit = self._overlap(zg, geom, gtype)
            if hit is None:
                continue
            zt = _text(f, "zone_type").strip()
            sub = _text(f, "subtype").strip()
            hits = C.filter_by_kind(C.negative_list_hits(
                zt, sub, industry, ctx["negative"], bool(ctx["source_county"])), kind)
            nl = _text(f, "negative_list")
            lines = [ln for ln in nl.split("\n") if ln.strip() and (
                industry["class"] in ln or (industry["name"] and industry["name"][:6] in ln))]
            zones_out.append({"code": _text(f, "code"), "name": _text(f, "name"),
                              "zone_type": zt, "subtype": sub, "area_km2": hit[0],
                              "share_of_project": hit[1],
                              "main_function": _text(f, "main_function"),
                              "env_target": _text(f, "env_target"),
                              "eco_target": _text(f, "eco_target"),
                              "measures": _text(f, "measures"),
                              "negative_list_lines": lines, "hits": hits})
        from .accesslist import unit_class_of
        for ug, f in ctx["uindex"].candidates(geom):
            hit = self._overlap(ug, geom, gtype)
            if hit is None:
                continue
            cls = unit_class_of(f, ctx["ulabel"])
            zones = C.parse_zones_field(_text(f, "zones"))
            u = {"code": _text(f, "code") or _text(f, "HJZHGKDYBM"),
                 "name": _text(f, "name") or _text(f, "HJZHGKDYMC"),
                 "unit_class": cls, "class_name": C.UNIT_CLASS_NAMES[cls],
                 "area_km2": hit[0], "share_of_project": hit[1],
                 "zones": _text(f, "zones"),
                 "hits": C.filter_by_kind(C.requirement_hits(cls, zones, industry,
                                                             ctx["requirements"]), kind)}
            for fld in C.DIMENSION_FIELDS:
                u[fld] = _text(f, fld)
            units_out.append(u)
        zones_out.sort(key=lambda z: (z["code"], z["name"], z["subtype"]))
        units_out.sort(key=lambda u: (u["code"], u["name"]))
        return C.site_report(project, industry, zones_out, units_out, ctx["source_county"])

    @staticmethod
    def _overlap(zone_geom, geom, gtype):
        """(overlap area km², share of the project) or None when not touching."""
        if not zone_geom.boundingBox().intersects(geom.boundingBox()) or \
                not zone_geom.intersects(geom):
            return None
        inter = zone_geom.intersection(geom)
        if gtype == QgsWkbTypes.PolygonGeometry:
            a = inter.area()
            if a <= 0:
                return None
            return round(a / 1e6, 6), round(a / geom.area(), 4) if geom.area() else 0.0
        if gtype == QgsWkbTypes.LineGeometry:
            length = inter.length()
            return 0.0, round(length / geom.length(), 4) if geom.length() else 0.0
        return 0.0, 1.0


def _write(path, text):
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
