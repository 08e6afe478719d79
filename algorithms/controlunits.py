"""envzoning:controlunits — N 5.10: ecological-environment control units (生态环境管控单元)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import control as C
from ..core import datastandard as D
from ..core import stablecodes as S
from ..core import tables as T
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import control_geom as G

UNIT_FIELDS = [("HJZHGKDYBM", QVariant.String), ("HJZHGKDYMC", QVariant.String),
               ("ZHGKDYFL", QVariant.String), ("code", QVariant.String),
               ("name", QVariant.String), ("unit_class", QVariant.Int),
               ("class_name", QVariant.String), ("kind", QVariant.String),
               ("township", QVariant.String), ("admin_code", QVariant.String),
               ("area_km2", QVariant.Double), ("zones", QVariant.String)] + \
    [(name, QVariant.String) for name in D.STANDARD_FIELDS]   # national data standard


def unit_fields():
    return base.fields_of(UNIT_FIELDS)


class ControlUnits(base.EnvZoningAlgorithm):
    ID = "controlunits"
    NAME_EN = "Control units"
    NAME_ZH = "生态环境管控单元"
    GROUP = "control"
    SEED = "N 5.10 / N 5.10"
    SUMMARY_ZH = ("叠加要素管控分区：生态保护红线和其他重要生态空间（优先要素的 1 类分区）→ 优先保护单元（1）；"
                  "否则任一要素重点管控区或工业园区 → 重点管控单元（2，分产业集聚类、城镇生活类）；其余 → 一般管控单元（3）。"
                  "单元由乡镇、园区边界与各要素分区的矢量叠加得到（不栅格化），碎斑并入本乡镇内共边最长的相邻单元，完整覆盖全域。"
                  "编码 ZH+6 位行政区划代码+类别+4 位流水号；给出上一版（PREVIOUS）时未变的单元沿用原编码。")
    SUMMARY_EN = ("Overlays the element zones: ecological red line and other important ecological "
                  "space (class-1 zones of the priority elements) → priority unit (1); else any "
                  "key zone or industrial park → key unit (2, industrial-cluster or urban-living "
                  "kind); else general unit (3). Units are the vector overlay of townships, parks "
                  "and the element zones (nothing rasterized); slivers join the neighbour in "
                  "their township with the longest shared border; the region is covered "
                  "exactly. Code ZH + 6-digit admin code + class + 4-digit serial; with "
                  "PREVIOUS, units that did not change keep their codes.")
    DECISION_ZH = ("流水号在同一类别内全县连续编号，按单元内点自北向南、再自西向东排序；园区自成单元（不按乡镇切分），"
                   "所在乡镇取面积最大者；小于 MIN_AREA 的优先保护碎斑过半属于法定区域（LEGAL_RULES：红线、保护地）时保留，"
                   "若被乡镇界切开则并入相邻乡镇的优先保护单元（红线不改、乡镇界让位），其余碎斑只并入同一乡镇（园区）内的相邻单元；"
                   "与单元面积占比不低于 MIN_SHARE 的要素分区记入 zones 字段（供准入清单使用）。"
                   "名称：{乡镇}优先保护单元、{乡镇或园区}产业集聚重点管控单元、{乡镇}城镇生活重点管控单元、{乡镇}一般管控单元。"
                   "数据规范字段（core/datastandard.py）：省代码=ADMIN_CODE 前 2 位+0000、市代码=前 4 位+00、县代码=6 位，"
                   "名称查 core/tables/admin_divisions.csv（浙江全省）或 CITY_NAME/COUNTY_NAME；四个维度字段按 accesslist 的方法"
                   "由准入要求表填写（REQUIREMENTS、OVERALL）；YSGKFQBM 为单元所涉要素分区的编码（图层有 code 字段时用之，"
                   "否则 YS+6 位代码+2 位要素号+类别+3 位流水号）。字段名均为不超过 10 个字符的大写字母，Shapefile 中不变。")
    DECISION_EN = ("Serials run county-wide within each class, north to south then west to east "
                   "by the unit's interior point; a park is one unit (not cut at township "
                   "boundaries) whose township is the one holding most of it; a priority piece "
                   "below MIN_AREA that is mostly a legal area (LEGAL_RULES: red line, "
                   "protected areas) stays, and joins the priority unit across the township "
                   "line when a township line cut it off (the red line is kept, the township "
                   "line gives way); other slivers join neighbours within their township (park) "
                   "only; element zones covering at least MIN_SHARE of a unit are listed in its "
                   "zones field (read by accesslist). Data-standard fields (core/datastandard.py): "
                   "province code = first 2 digits of ADMIN_CODE + 0000, city = first 4 + 00, "
                   "county = the 6 digits, names from core/tables/admin_divisions.csv (all of "
                   "Zhejiang) or CITY_NAME / COUNTY_NAME; the four dimension fields are filled "
                   "from the requirement table as accesslist does (REQUIREMENTS, OVERALL); "
                   "YSGKFQBM lists the codes of the element zones the unit takes in (the layer's "
                   "code field, else YS + 6 digits + 2-digit element number + class + 3-digit "
                   "serial). All names are upper-case, at most 10 characters: the same in a "
                   "Shapefile.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "ELEMENT_ZONES", "Element zones", [QgsProcessing.TypeVectorPolygon]),
            "要素管控分区", "elementzones 的输出（字段 element、class，可有 rule、unit_kind）",
            "Output of elementzones (fields element, class; optionally rule, unit_kind)")
        self.add(QgsProcessingParameterMultipleLayers(
            "EXTRA_ZONES", "More element-zone layers", QgsProcessing.TypeVectorPolygon,
            optional=True), "其他要素分区图层",
            "可选：更多要素分区图层（字段 element、class，可有 rule、unit_kind），如 waterunits 的输出；"
            "同一要素在同一处有多个分区时取最高类别（core.winning_rule）",
            "Optional more element-zone layers (fields element, class; optionally rule, "
            "unit_kind), e.g. the output of waterunits; where zones of one element overlap "
            "the highest class holds (core.winning_rule)")
        self.add(QgsProcessingParameterFeatureSource(
            "TOWNSHIPS", "Townships", [QgsProcessing.TypeVectorPolygon]),
            "乡镇（街道）边界", "乡镇边界，单元以其为界；其并集即区划范围",
            "Township boundaries; units follow them; their union is the region")
        self.add(QgsProcessingParameterField(
            "TOWNSHIP_FIELD", "Township name field", "name", "TOWNSHIPS", optional=True),
            "乡镇名称字段", "用于单元名称的乡镇名称字段", "Township name used in unit names")
        self.add(QgsProcessingParameterFeatureSource(
            "PARKS", "Industrial parks", [QgsProcessing.TypeVectorPolygon], optional=True),
            "工业园区", "可选：工业园区（开发区）边界；园区内非优先保护区域为产业集聚类重点管控单元",
            "Optional industrial parks; outside priority areas they are industrial-cluster key units")
        self.add(QgsProcessingParameterField(
            "PARK_FIELD", "Park name field", "name", "PARKS", optional=True),
            "园区名称字段", "用于单元名称的园区名称字段", "Park name used in unit names")
        self.add(QgsProcessingParameterString("ADMIN_CODE", "Admin code (6 digits)"),
                 "行政区划代码", "县（市、区）6 位行政区划代码，如 331024", "6-digit county code, e.g. 331024")
        self.add(QgsProcessingParameterNumber(
            "MIN_AREA", "Minimum unit part area (km²)", QgsProcessingParameterNumber.Double, 0.5,
            minValue=0.0), "最小图斑面积 (km²)", "小于此面积的碎斑并入共边最长的相邻单元（默认 0.5 km²）",
            "Parts smaller than this join the neighbour with the longest shared border (0.5)")
        self.add(QgsProcessingParameterString(
            "PRIORITY_ELEMENTS", "Elements whose priority zones make priority units", "ecology"),
            "形成优先保护单元的要素", "逗号分隔的要素名（默认 ecology：生态保护红线和其他重要生态空间）",
            "Comma-separated element ids (default ecology: red line and other important "
            "ecological space)", advanced=True)
        self.add(QgsProcessingParameterString(
            "LEGAL_RULES", "Rules of legal priority areas kept however small", "ECO-1,ECO-2"),
            "保留的法定优先保护区规则", "逗号分隔的要素规则编号（默认 ECO-1 生态保护红线、ECO-2 各类保护地和饮用水水源保护区）："
            "小于 MIN_AREA 的优先保护图斑过半属于这些规则时保留（法定边界不改），否则与其他碎斑一样并入相邻单元",
            "Comma-separated element rule ids (default ECO-1 red line, ECO-2 protected areas and "
            "drinking-water source areas): a priority part below MIN_AREA stays when more than "
            "half of it is such a legal area (its legal boundary is kept); other priority "
            "slivers join a neighbour like any sliver", advanced=True)
        self.add(QgsProcessingParameterNumber(
            "MIN_SHARE", "Minimum share of a unit to list an element zone (%)",
            QgsProcessingParameterNumber.Double, 1.0, minValue=0.0, maxValue=100.0),
            "要素分区记入单元的最小占比 (%)", "要素分区占单元面积不低于此比例时记入 zones 字段（默认 1%）",
            "Element zones covering at least this share of a unit are listed in zones (1 %)",
            advanced=True)
        self.add(QgsProcessingParameterFeatureSource(
            "PREVIOUS", "Previous version of the units", [QgsProcessing.TypeVectorPolygon],
            optional=True), "上一版管控单元",
            "可选：上一版管控单元（字段 HJZHGKDYBM 或 code；unit_class 或由编码读出类别）。与上一版单元同类别且"
            "交并比 ≥ KEEP_IOU 的单元沿用其编码，其余单元取该类别下一个未用过的流水号（N 5.13.2–5.13.3）",
            "Optional previous version (field HJZHGKDYBM or code; unit_class or the class read "
            "from the code). A unit of the same class with IoU ≥ KEEP_IOU keeps that unit's "
            "code; the others take the next unused serials of their class (N 5.13.2–5.13.3)")
        self.add(QgsProcessingParameterNumber(
            "KEEP_IOU", "IoU to keep a previous code", QgsProcessingParameterNumber.Double,
            S.KEEP_IOU, minValue=0.5, maxValue=1.0), "沿用编码的交并比",
            "与上一版单元的交并比不低于此值（且同类别）时沿用其编码（默认 0.9）",
            "Intersection over union with a previous unit (same class) at or above which its "
            "code is kept (0.9)", advanced=True)
        self.add(QgsProcessingParameterString(
            "CITY_NAME", "City name (data standard)", "", optional=True),
            "地级市名称", "可选：SHIMC 字段的地级名称；不填时按 ADMIN_CODE 前 4 位查 core/tables/admin_divisions.csv",
            "Optional city name of the SHIMC field; by default looked up by the first 4 digits "
            "of ADMIN_CODE in core/tables/admin_divisions.csv", advanced=True)
        self.add(QgsProcessingParameterString(
            "COUNTY_NAME", "County name (data standard)", "", optional=True),
            "县级名称", "可选：XIANMC 字段的县级名称；不填时按 ADMIN_CODE 查 core/tables/admin_divisions.csv",
            "Optional county name of the XIANMC field; by default looked up by ADMIN_CODE in "
            "core/tables/admin_divisions.csv", advanced=True)
        self.add_table("REQUIREMENTS", "access_requirements", "准入要求表", "Requirement table",
                       "填写数据规范四个维度字段（KJBJYS 等）所用的准入要求表，与 accesslist 相同",
                       "The requirement table that fills the four dimension fields of the data "
                       "standard (KJBJYS …), as accesslist's")
        self.add(QgsProcessingParameterFile(
            "REQUIREMENTS_FILE", "Requirement table file (CSV)", extension="csv", optional=True),
            "准入要求表文件 (CSV)", "可选：与准入要求表同列的 CSV 文件，给出时取代 REQUIREMENTS",
            "Optional CSV with the same columns; replaces REQUIREMENTS when given", advanced=True)
        self.add(QgsProcessingParameterFile(
            "OVERALL", "Overall list (CSV)", extension="csv", optional=True),
            "总体准入清单 (CSV)", "可选：总体准入清单（item 列）；其中条目不再列入单元的四个维度字段",
            "Optional overall list (column item); its items are left out of the four "
            "dimension fields", advanced=True)
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Control unit polygons", QgsProcessing.TypeVectorPolygon),
            "管控单元", "字段 HJZHGKDYBM（编码）、HJZHGKDYMC（名称）、ZHGKDYFL（分类）及 code、name、unit_class……；"
            "数据规范字段 SHENGBM/SHENGMC、SHIBM/SHIMC、XIANBM/XIANMC（省、市、县代码和名称）、KJBJYS（空间布局约束）、"
            "WRWPFGK（污染物排放管控）、HJFXFK（环境风险防控）、ZYKFXLYQ（资源开发效率要求）、YSGKFQBM（要素管控分区编码）",
            "Fields HJZHGKDYBM (code), HJZHGKDYMC (name), ZHGKDYFL (class), code, name, "
            "unit_class, …; data-standard fields SHENGBM/SHENGMC, SHIBM/SHIMC, XIANBM/XIANMC "
            "(province, city, county codes and names), KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ (the "
            "four access-list dimensions), YSGKFQBM (element-zone codes)")

    def process(self, parameters, context, feedback):
        try:
            admin = C.check_admin_code(self.parameterAsString(parameters, "ADMIN_CODE", context))
            levels = D.admin_levels(
                admin, D.admin_names(T.load("admin_divisions")),
                self.parameterAsString(parameters, "CITY_NAME", context) or "",
                self.parameterAsString(parameters, "COUNTY_NAME", context) or "")
            req_file = self.parameterAsFile(parameters, "REQUIREMENTS_FILE", context)
            requirements = C.load_requirements(T.load(req_file) if req_file else self.table_param(
                parameters, "REQUIREMENTS", "access_requirements", context))
            overall_file = self.parameterAsFile(parameters, "OVERALL", context)
            overall = C.load_overall(T.load(overall_file)) if overall_file else []
            numbers = D.element_numbers(r.element for r in C.load_element_rules(
                T.load("element_rules")))
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        for key in ("SHIMC", "XIANMC"):
            if not levels[key]:
                feedback.pushWarning(
                    "No name for %s %s in core/tables/admin_divisions.csv: %s stays empty (give "
                    "%s) / 行政区划代码 %s 无名称，%s 字段留空" % (
                        key, levels[key[:-2] + "BM"], key,
                        "CITY_NAME" if key == "SHIMC" else "COUNTY_NAME",
                        levels[key[:-2] + "BM"], key))
        min_area = self.parameterAsDouble(parameters, "MIN_AREA", context)
        min_share = self.parameterAsDouble(parameters, "MIN_SHARE", context) / 100.0
        legal_rules = {e.strip() for e in self.parameterAsString(
            parameters, "LEGAL_RULES", context).split(",") if e.strip()}
        prio_elements = tuple(e.strip() for e in self.parameterAsString(
            parameters, "PRIORITY_ELEMENTS", context).split(",") if e.strip())

        town_src = self.parameterAsSource(parameters, "TOWNSHIPS", context)
        base.check_source(town_src, "TOWNSHIPS")
        crs = G.analysis_crs_of(town_src)
        tfield = self.parameterAsString(parameters, "TOWNSHIP_FIELD", context) or "name"
        tlabel = "%s (TOWNSHIPS)" % town_src.sourceName()
        base.field_index(town_src, tfield, tlabel, "TOWNSHIP_FIELD")
        towns, covered, overlap = [], None, 0.0
        for f in base.features_in_crs(town_src, crs, context, feedback, tlabel):
            g0 = G.polys(f.geometry())
            g = G.difference(g0, covered)
            if g0 is not None and g is not None:
                overlap += g0.area() - g.area()
            elif g0 is not None:
                overlap += g0.area()
            if g is None:
                continue
            covered = G.union([covered, g]) if covered is not None else g
            towns.append({"name": str(f[tfield]), "geom": g})
        if overlap > 1.0:
            feedback.pushWarning("TOWNSHIPS overlap by %.1f m²: each overlap was given to the first "
                                 "township / 乡镇边界重叠 %.1f m²，重叠部分归第一个乡镇" % (overlap, overlap))
        region = covered
        region_area = region.area()

        parks = []
        park_src = self.parameterAsSource(parameters, "PARKS", context)
        if park_src is not None:
            plabel = "%s (PARKS)" % park_src.sourceName()
            base.check_source(park_src, "PARKS", plabel)
            pfield = self.parameterAsString(parameters, "PARK_FIELD", context) or "name"
            base.field_index(park_src, pfield, plabel, "PARK_FIELD")
            pcovered = None
            for f in base.features_in_crs(park_src, crs, context, feedback, plabel):
                g = G.difference(G.intersect(G.polys(f.geometry()), region), pcovered)
                if g is None:
                    continue
                pcovered = G.union([pcovered, g]) if pcovered is not None else g
                best = max(towns, key=lambda t: (G.intersect(t["geom"], g).area()
                                                 if G.intersect(t["geom"], g) else 0.0))
                parks.append({"name": str(f[pfield]), "geom": g, "township": best["name"]})
            park_union = pcovered
        else:
            park_union = None

        zone_src = self.parameterAsSource(parameters, "ELEMENT_ZONES", context)
        zlabel = "%s (ELEMENT_ZONES)" % zone_src.sourceName() if zone_src else "ELEMENT_ZONES"
        base.check_source(zone_src, "ELEMENT_ZONES", zlabel)
        sources = [(zone_src, zlabel, "ELEMENT_ZONES")]
        for k, lyr in enumerate(self.parameterAsLayerList(parameters, "EXTRA_ZONES", context)
                                or []):
            sources.append((lyr, "%s (EXTRA_ZONES #%d)" % (G.layer_label(lyr), k + 1),
                            "EXTRA_ZONES"))
        zones = []
        for src, zlabel, pname in sources:
            base.check_source(src, pname, zlabel)
            for fld in ("element", "class"):
                base.field_index(src, fld, zlabel, pname)
            names = src.fields().names()
            has_rule, has_kind = "rule" in names, "unit_kind" in names
            has_code = "code" in names
            for f in base.features_in_crs(src, crs, context, feedback, zlabel):
                try:
                    cls = int(f["class"])
                except (TypeError, ValueError):
                    cls = 0
                if cls not in (1, 2, 3):
                    raise QgsProcessingException(
                        "Layer '%s', field 'class': value '%s' must be 1, 2 or 3 / 图层“%s”字段 class "
                        "的值“%s”应为 1、2、3" % (zlabel, f["class"], zlabel, f["class"]))
                g = G.intersect(G.polys(f.geometry()), region)
                if g is None:
                    continue
                kind = str(f["unit_kind"]) if has_kind and f["unit_kind"] not in (None, "") \
                    else ""
                kind = "" if kind == "NULL" else kind
                rule = str(f["rule"]) if has_rule else "%s-%d" % (f["element"], cls)
                pt = g.pointOnSurface().asPoint()
                own = f["code"] if has_code and f["code"] not in (None, "") else ""
                zones.append({"element": str(f["element"]), "cls": cls, "geom": g,
                              "kind": kind, "rule": rule, "x": pt.x(), "y": pt.y(),
                              "code": "" if str(own) == "NULL" else str(own),
                              "ref": C.ZoneRef(f["element"], cls, rule, kind, len(zones))})
        feedback.setProgress(20)

        # the overlay: townships (parks cut out as their own groups) split by every element
        # zone that can change a place's class (class 1 of a priority element, class 2);
        # each face is classified by core (N 5.10), faces dissolve by group, class and kind
        groups = []
        for p in parks:
            groups.append({"key": "park:" + p["name"], "place": p["name"], "geom": p["geom"],
                           "township": p["township"], "park": True})
        for t in towns:
            g = G.difference(t["geom"], park_union)
            if g is not None:
                groups.append({"key": "town:" + t["name"], "place": t["name"], "geom": g,
                               "township": t["name"], "park": False})
        deciding = [(z["geom"], z["ref"]) for z in zones
                    if z["cls"] == 2 or (z["cls"] == 1 and z["element"] in prio_elements)]
        faces = G.overlay([(grp["geom"], gi) for gi, grp in enumerate(groups)], deciding,
                          feedback.isCanceled)
        if feedback.isCanceled():
            raise Canceled()
        classed, legal = {}, []
        for g, gi, refs in faces:
            cls, kind, held = C.classify_place(refs, prio_elements, groups[gi]["park"])
            classed.setdefault((gi, cls, kind), []).append(g)
            if cls == 1 and any(z.cls == 1 and z.rule in legal_rules for z in held):
                legal.append(g)
        legal_index = G.Index([(g, None) for g in legal])
        feedback.setProgress(50)
        pieces = []
        for (gi, cls, kind), geoms in sorted(classed.items(), key=lambda kv: kv[0]):
            for part in G.single_parts(G.union(geoms)):
                pg = G.polys(part)
                if pg is not None:
                    pieces.append({"group": gi, "cls": cls, "kind": kind, "geom": pg})
        for p in pieces:   # a small priority piece stays when it is mostly a legal area
            p["keep"] = False
            if p["cls"] == 1:
                a = p["geom"].area()
                if a >= min_area * 1e6:
                    p["keep"] = True
                else:
                    inside = sum((G.intersect(p["geom"], g) or QgsGeometry()).area()
                                 for g, _ in legal_index.candidates(p["geom"]))
                    p["keep"] = inside >= 0.5 * a
        feedback.setProgress(60)

        borders = G.shared_borders([p["geom"] for p in pieces], lambda i: pieces[i]["group"])
        plan, isolated = C.merge_plan(
            {i: {"area": p["geom"].area() / 1e6, "group": p["group"], "keep": p["keep"]}
             for i, p in enumerate(pieces)}, borders, min_area)
        feedback.pushInfo("%d faces in the overlay, %d pieces, %d slivers merged (MIN_AREA %g km²)"
                          " / 叠加面 %d 个，图斑 %d 个，合并碎斑 %d 个"
                          % (len(faces), len(pieces), len(plan), min_area, len(faces),
                             len(pieces), len(plan)))
        if isolated:
            feedback.pushWarning("%d small parts have no neighbour in their township and stay as "
                                 "they are / %d 个小图斑在本乡镇内无相邻单元，保持不变" % (len(isolated),
                                                                          len(isolated)))
        # a small legal priority piece that township lines cut off joins the priority unit
        # across the line (longest border): the red line stays exact, the township line bends
        big = [i for i, p in enumerate(pieces) if p["cls"] == 1 and i not in plan
               and p["geom"].area() >= min_area * 1e6]
        big_index = G.Index([(pieces[i]["geom"], i) for i in big])
        moved = 0.0
        for i, p in enumerate(pieces):
            if p["cls"] != 1 or i in plan or p["geom"].area() >= min_area * 1e6:
                continue
            edge = QgsGeometry(p["geom"].constGet().boundary())
            best = None
            for g, j in big_index.candidates(p["geom"]):
                if pieces[j]["group"] == p["group"]:
                    continue
                length = edge.intersection(g.buffer(0.01, 2)).length()
                if length > 0 and (best is None or length > best[0]):
                    best = (length, j)
            if best is not None:
                plan[i] = best[1]
                moved += p["geom"].area()
        if moved:
            feedback.pushInfo("%.4f km² of small red-line / protected-area pieces cut off by township "
                              "lines joined the priority unit next door / 被乡镇界切开的法定优先保护碎斑 %.4f km² "
                              "并入相邻乡镇的优先保护单元" % (moved / 1e6, moved / 1e6))
        members = {}
        for i, p in enumerate(pieces):
            t = plan.get(i, i)
            members.setdefault(t, []).append(p["geom"])
        units = {}
        for t, geoms in members.items():
            tp = pieces[t]
            units.setdefault((tp["group"], tp["cls"], tp["kind"]), []).extend(geoms)
        out = []
        for (gi, cls, kind), geoms in sorted(units.items(), key=lambda kv: kv[0]):
            geom = G.union(geoms)
            if geom is None:
                continue
            pt = geom.pointOnSurface().asPoint()
            grp = groups[gi]
            out.append({"geom": geom, "cls": cls, "kind": kind, "x": pt.x(), "y": pt.y(),
                        "place": grp["place"], "township": grp["township"],
                        "area": geom.area()})
        prev_src = self.parameterAsSource(parameters, "PREVIOUS", context)
        if prev_src is None:
            codes = C.assign_codes(out, admin)
        else:
            codes = self._stable_codes(prev_src, out, admin, crs, parameters, context, feedback)
        try:
            for z, zcode in zip(zones, D.element_zone_codes(zones, admin, numbers)):
                z["zcode"] = zcode
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        zindex = G.Index([(z["geom"], z) for z in zones])
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, unit_fields(),
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        total = 0.0
        for code, u in sorted(zip(codes, out), key=lambda cu: cu[0]):
            area = u["geom"].area()
            total += area
            touched, zcodes = [], []
            for zg, z in zindex.candidates(u["geom"]):
                inter = G.intersect(zg, u["geom"])
                if inter is not None and area > 0 and inter.area() / area >= min_share:
                    touched.append((z["element"], z["cls"], z["rule"]))
                    zcodes.append(z["zcode"])
            lists, _, _ = C.unit_requirements(u["cls"], touched, requirements, overall)
            dims = D.dimension_values(lists, C.format_items)
            std = dict(levels, YSGKFQBM=D.zone_codes_field(zcodes), **dims)
            name = C.unit_name(u["place"], u["cls"], u["kind"])
            f = QgsFeature(unit_fields())
            f.setGeometry(u["geom"])
            f.setAttributes([code, name, C.UNIT_CLASS_NAMES[u["cls"]], code, name, u["cls"],
                             C.UNIT_CLASS_NAMES[u["cls"]], u["kind"], u["township"], admin,
                             round(area / 1e6, 6), C.zones_field(touched)] +
                            [std[k] for k in D.STANDARD_FIELDS])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        diff = abs(total - region_area) / region_area * 100.0 if region_area else 0.0
        feedback.pushInfo("%d units; area %.4f km² vs region %.4f km² (%.5f %%) / 单元 %d 个"
                          % (len(out), total / 1e6, region_area / 1e6, diff, len(out)))
        if diff > 0.01:
            feedback.pushWarning("Units differ from the region by %.4f %% of its area / 单元面积与区划范围"
                                 "相差 %.4f %%" % (diff, diff))
        base.apply_style(context, dest, G.zone_qml("unit_class", {
            1: "优先保护单元 priority", 2: "重点管控单元 key", 3: "一般管控单元 general"}))
        return {"OUTPUT": dest}

    def _stable_codes(self, prev_src, out, admin, crs, parameters, context, feedback):
        """Codes that survive an update (N 5.13.2–5.13.3): core.stablecodes decides."""
        def class_of(f, label):
            names = f.fields().names()
            code = str(f["HJZHGKDYBM"] if "HJZHGKDYBM" in names else f["code"])
            try:
                return int(f["unit_class"])
            except (KeyError, TypeError, ValueError):
                pass
            parsed = C.unit_serial(code)
            if parsed:
                return parsed[0]
            raise QgsProcessingException(
                "Layer '%s': unit '%s' has no class (field unit_class, or a code ZH+6 digits+"
                "class+serial) / 图层“%s”单元“%s”无法确定类别" % (label, code, label, code))

        codes, _ = G.keep_previous_codes(
            prev_src, out, self.parameterAsDouble(parameters, "KEEP_IOU", context), crs,
            context, feedback, class_of, lambda c, n: C.unit_code(admin, c, n),
            lambda code: (C.unit_serial(code) or (None, None))[1])
        return codes
