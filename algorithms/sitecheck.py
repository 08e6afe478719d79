"""envzoning:sitecheck — N 5.13.1, 5.14: spatial access screening of a project site
(空间准入研判)."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import control as C
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
        self.add(QgsProcessingParameterString("INDUSTRY", "Industry (table 6)"),
                 "行业类别（表6）", "表6 条目号（如 47、K）、条目键（如 三类-47）或 一类/二类/三类",
                 "Table-6 item number (e.g. 47, K), item key (三类-47) or class 一类/二类/三类")
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
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_HTML", "Report (HTML)", "HTML (*.html)"), "研判报告 HTML",
            "研判报告网页", "Site-check report page")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", "Result (JSON)", "JSON (*.json)"), "研判结果 JSON",
            "verdict（允许/限制/禁止）、reasons（含 clause）、涉及的功能区和单元",
            "verdict (允许/限制/禁止), reasons (with clause), zones and units touched")
        self.addOutput(QgsProcessingOutputString("VERDICT", "Verdict 研判结论"))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        if parameters.get("ZONES") in (None, "") and parameters.get("UNITS") in (None, ""):
            return False, "ZONES 与 UNITS 至少给出一个 / Give ZONES or UNITS (or both)"
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        catalogue = self.table_param(parameters, "INDUSTRY_TABLE", "industry_catalogue", context)
        industry = C.resolve_industry(self.parameterAsString(parameters, "INDUSTRY", context),
                                      catalogue)
        negative = self.table_param(parameters, "NEGATIVE_LIST", "negative_lists",
                                    context).dicts()
        requirements = C.load_requirements(self.table_param(
            parameters, "REQUIREMENTS", "access_requirements", context))
        proj_src = self.parameterAsSource(parameters, "PROJECT", context)
        plabel = "%s (PROJECT)" % proj_src.sourceName() if proj_src else "PROJECT"
        base.check_source(proj_src, "PROJECT", plabel)
        zone_src = self.parameterAsSource(parameters, "ZONES", context)
        unit_src = self.parameterAsSource(parameters, "UNITS", context)
        if zone_src is None and unit_src is None:
            raise QgsProcessingException("Give ZONES or UNITS (or both) / ZONES 与 UNITS 至少给出一个")
        ref = zone_src or unit_src
        crs = G.analysis_crs_of(ref)
        pfeats = base.features_in_crs(proj_src, crs, context, feedback, plabel)
        feedback.setProgress(10)
        geom = QgsGeometry.unaryUnion([f.geometry() for f in pfeats])
        gtype = QgsWkbTypes.geometryType(geom.wkbType())
        name = self.parameterAsString(parameters, "PROJECT_NAME", context).strip() or \
            _text(pfeats[0], "name") or proj_src.sourceName()
        wgs = QgsGeometry(geom.centroid())
        wgs.transform(QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4490"),
                                             context.transformContext()))
        c = wgs.asPoint()
        project = {"name": name, "features": len(pfeats),
                   "geometry": {QgsWkbTypes.PointGeometry: "point 点",
                                QgsWkbTypes.LineGeometry: "line 线",
                                QgsWkbTypes.PolygonGeometry: "polygon 面"}.get(gtype, "other"),
                   "area_km2": round(geom.area() / 1e6, 6),
                   "length_m": round(geom.length(), 1) if gtype == QgsWkbTypes.LineGeometry
                   else 0.0,
                   "centroid_cgcs2000": [round(c.x(), 6), round(c.y(), 6)]}

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

        feedback.setProgress(15)
        zones_out, units_out = [], []
        if zone_src is not None:
            zlabel = "%s (ZONES)" % zone_src.sourceName()
            base.check_source(zone_src, "ZONES", zlabel)
            base.field_index(zone_src, "zone_type", zlabel, "ZONES")
            zfeats = base.features_in_crs(zone_src, crs, context, feedback, zlabel)
            for i, f in enumerate(zfeats):
                _step(feedback, i, len(zfeats), 15, 55)
                hit = self._overlap(f.geometry(), geom, gtype)
                if hit is None:
                    continue
                zt = _text(f, "zone_type").strip()
                if zt not in ("I", "II", "III", "IV", "V", "VI"):
                    raise QgsProcessingException(
                        "Layer '%s', field 'zone_type': value '%s' must be I…VI / 图层“%s”字段 "
                        "zone_type 的值“%s”应为 I…VI" % (zlabel, zt, zlabel, zt))
                sub = _text(f, "subtype").strip()
                hits = C.negative_list_hits(zt, sub, industry, negative, bool(source_county))
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
        if unit_src is not None:
            ulabel = "%s (UNITS)" % unit_src.sourceName()
            base.check_source(unit_src, "UNITS", ulabel)
            from .accesslist import unit_class_of
            ufeats = base.features_in_crs(unit_src, crs, context, feedback, ulabel)
            for i, f in enumerate(ufeats):
                _step(feedback, i, len(ufeats), 55, 90)
                hit = self._overlap(f.geometry(), geom, gtype)
                if hit is None:
                    continue
                cls = unit_class_of(f, ulabel)
                zones = C.parse_zones_field(_text(f, "zones"))
                u = {"code": _text(f, "code") or _text(f, "HJZHGKDYBM"),
                     "name": _text(f, "name") or _text(f, "HJZHGKDYMC"),
                     "unit_class": cls, "class_name": C.UNIT_CLASS_NAMES[cls],
                     "area_km2": hit[0], "share_of_project": hit[1],
                     "zones": _text(f, "zones"),
                     "hits": C.requirement_hits(cls, zones, industry, requirements)}
                for fld in C.DIMENSION_FIELDS:
                    u[fld] = _text(f, fld)
                units_out.append(u)
        feedback.setProgress(90)
        zones_out.sort(key=lambda z: (z["code"], z["name"], z["subtype"]))
        units_out.sort(key=lambda u: (u["code"], u["name"]))
        if not zones_out and not units_out:
            feedback.pushWarning("The project touches no zone or unit: is it inside the region? / "
                                 "项目未落在任何功能区或单元内")
        report = C.site_report(project, industry, zones_out, units_out, source_county)
        html_path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        json_path = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context)
        _write(json_path, C.report_json(report))
        _write(html_path, C.report_html(report))
        feedback.setProgress(100)
        feedback.pushInfo("Verdict / 研判结论: %s (%d reasons)" % (report["verdict"],
                                                               len(report["reasons"])))
        for r in report["reasons"]:
            feedback.pushInfo("  %s %s %s — %s" % (r["action"], r["code"], r["clause"], r["text"]))
        return {"OUTPUT_HTML": html_path, "OUTPUT_JSON": json_path, "VERDICT": report["verdict"]}

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


def _step(feedback, i, n, start, end):
    """Every 100 features: honour cancel, report progress from ``start`` to ``end``."""
    if i % 100 == 0:
        if feedback.isCanceled():
            raise Canceled()
        feedback.setProgress(start + (end - start) * i / max(n, 1))


def _write(path, text):
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
