"""envzoning:controlunits — N 5.10: ecological-environment control units (生态环境管控单元)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import control as C
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import control_geom as G
from .elementzones import zone_qml

UNIT_FIELDS = [("HJZHGKDYBM", QVariant.String), ("HJZHGKDYMC", QVariant.String),
               ("ZHGKDYFL", QVariant.String), ("code", QVariant.String),
               ("name", QVariant.String), ("unit_class", QVariant.Int),
               ("class_name", QVariant.String), ("kind", QVariant.String),
               ("township", QVariant.String), ("admin_code", QVariant.String),
               ("area_km2", QVariant.Double), ("zones", QVariant.String)]


def unit_fields():
    fields = QgsFields()
    for name, vtype in UNIT_FIELDS:
        fields.append(QgsField(name, vtype))
    return fields


class ControlUnits(base.EnvZoningAlgorithm):
    ID = "controlunits"
    NAME_EN = "Control units"
    NAME_ZH = "生态环境管控单元"
    GROUP = "control"
    SEED = "N 5.10 / N 5.10"
    SUMMARY_ZH = ("叠加要素管控分区：生态保护红线和其他重要生态空间（优先要素的 1 类分区）→ 优先保护单元（1）；"
                  "否则任一要素重点管控区或工业园区 → 重点管控单元（2，分产业集聚类、城镇生活类）；其余 → 一般管控单元（3）。"
                  "单元以乡镇边界和园区边界为界，碎斑并入共边最长的相邻单元，完整覆盖全域。编码 ZH+6 位行政区划代码+类别+4 位流水号。")
    SUMMARY_EN = ("Overlays the element zones: ecological red line and other important ecological "
                  "space (class-1 zones of the priority elements) → priority unit (1); else any "
                  "key zone or industrial park → key unit (2, industrial-cluster or urban-living "
                  "kind); else general unit (3). Units follow township and park boundaries; "
                  "slivers join the neighbour with the longest shared border; the region is "
                  "covered exactly. Code ZH + 6-digit admin code + class + 4-digit serial.")
    DECISION_ZH = ("流水号在同一类别内全县连续编号，按单元内点自北向南、再自西向东排序；园区自成单元（不按乡镇切分），"
                   "所在乡镇取面积最大者；优先保护碎斑不并入其他单元；碎斑只并入同一乡镇（园区）内的相邻单元；"
                   "与单元面积占比不低于 MIN_SHARE 的要素分区记入 zones 字段（供准入清单使用）。"
                   "名称：{乡镇}优先保护单元、{乡镇或园区}产业集聚重点管控单元、{乡镇}城镇生活重点管控单元、{乡镇}一般管控单元。")
    DECISION_EN = ("Serials run county-wide within each class, north to south then west to east "
                   "by the unit's interior point; a park is one unit (not cut at township "
                   "boundaries) whose township is the one holding most of it; priority pieces "
                   "are never merged away; slivers join neighbours within their township (park) "
                   "only; element zones covering at least MIN_SHARE of a unit are listed in its "
                   "zones field (read by accesslist).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "ELEMENT_ZONES", "Element zones", [QgsProcessing.TypeVectorPolygon]),
            "要素管控分区", "elementzones 的输出（字段 element、class，可有 rule、unit_kind）",
            "Output of elementzones (fields element, class; optionally rule, unit_kind)")
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
        self.add(QgsProcessingParameterNumber(
            "MIN_SHARE", "Minimum share of a unit to list an element zone (%)",
            QgsProcessingParameterNumber.Double, 1.0, minValue=0.0, maxValue=100.0),
            "要素分区记入单元的最小占比 (%)", "要素分区占单元面积不低于此比例时记入 zones 字段（默认 1%）",
            "Element zones covering at least this share of a unit are listed in zones (1 %)",
            advanced=True)
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Control unit polygons", QgsProcessing.TypeVectorPolygon),
            "管控单元", "字段 HJZHGKDYBM（编码）、HJZHGKDYMC（名称）、ZHGKDYFL（分类）及 code、name、unit_class……",
            "Fields HJZHGKDYBM (code), HJZHGKDYMC (name), ZHGKDYFL (class), code, name, "
            "unit_class, …")

    def process(self, parameters, context, feedback):
        try:
            admin = C.check_admin_code(self.parameterAsString(parameters, "ADMIN_CODE", context))
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        min_area = self.parameterAsDouble(parameters, "MIN_AREA", context)
        min_share = self.parameterAsDouble(parameters, "MIN_SHARE", context) / 100.0
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
        for fld in ("element", "class"):
            base.field_index(zone_src, fld, zlabel, "ELEMENT_ZONES")
        has_rule = zone_src.fields().lookupField("rule") >= 0
        has_kind = zone_src.fields().lookupField("unit_kind") >= 0
        zones = []
        for f in base.features_in_crs(zone_src, crs, context, feedback, zlabel):
            try:
                cls = int(f["class"])
            except (TypeError, ValueError):
                cls = 0
            if cls not in (1, 2, 3):
                raise QgsProcessingException(
                    "Layer '%s', field 'class': value '%s' must be 1, 2 or 3 / 图层“%s”字段 class 的值“%s”"
                    "应为 1、2、3" % (zlabel, f["class"], zlabel, f["class"]))
            g = G.intersect(G.polys(f.geometry()), region)
            if g is None:
                continue
            kind = str(f["unit_kind"]) if has_kind and f["unit_kind"] not in (None, "") else ""
            kind = "" if kind == "NULL" else kind
            zones.append({"element": str(f["element"]), "cls": cls, "geom": g, "kind": kind,
                          "rule": str(f["rule"]) if has_rule else "%s-%d" % (f["element"], cls)})
        prio = G.union([z["geom"] for z in zones if z["cls"] == 1
                        and z["element"] in prio_elements])
        key_ind = G.union([z["geom"] for z in zones if z["cls"] == 2 and z["kind"] == "产业集聚类"])
        key_urb = G.union([z["geom"] for z in zones if z["cls"] == 2 and z["kind"] == "城镇生活类"])
        key_all = G.union([z["geom"] for z in zones if z["cls"] == 2])
        feedback.setProgress(20)

        groups = []
        for p in parks:
            groups.append({"key": "park:" + p["name"], "place": p["name"], "geom": p["geom"],
                           "township": p["township"], "park": True})
        for t in towns:
            g = G.difference(t["geom"], park_union)
            if g is not None:
                groups.append({"key": "town:" + t["name"], "place": t["name"], "geom": g,
                               "township": t["name"], "park": False})
        pieces = []
        for gi, grp in enumerate(groups):
            parts = [(1, "", G.intersect(grp["geom"], prio))]
            rest = G.difference(grp["geom"], prio)
            if grp["park"]:
                parts.append((2, "产业集聚类", rest))
            else:
                ind = G.intersect(rest, key_ind)
                urb = G.difference(G.intersect(rest, key_urb), key_ind)
                oth = G.difference(G.difference(G.intersect(rest, key_all), key_ind), key_urb)
                gen = G.difference(rest, key_all)
                parts += [(2, "产业集聚类", ind), (2, "城镇生活类", urb), (2, "", oth), (3, "", gen)]
            for cls, kind, geom in parts:
                for part in G.single_parts(geom):
                    pg = G.polys(part)
                    if pg is not None:
                        pieces.append({"group": gi, "cls": cls, "kind": kind, "geom": pg})
            if feedback.isCanceled():
                raise Canceled()
            feedback.setProgress(20 + 40.0 * (gi + 1) / max(1, len(groups)))

        borders = self._borders(pieces)
        plan, isolated = C.merge_plan(
            {i: {"area": p["geom"].area() / 1e6, "group": p["group"], "keep": p["cls"] == 1}
             for i, p in enumerate(pieces)}, borders, min_area)
        feedback.pushInfo("%d pieces, %d slivers merged (MIN_AREA %g km²) / %d 个图斑，合并碎斑 %d 个"
                          % (len(pieces), len(plan), min_area, len(pieces), len(plan)))
        if isolated:
            feedback.pushWarning("%d small parts have no neighbour in their township and stay as "
                                 "they are / %d 个小图斑在本乡镇内无相邻单元，保持不变" % (len(isolated),
                                                                          len(isolated)))
        members = {}
        for i, p in enumerate(pieces):
            t = plan.get(i, i)
            members.setdefault(t, []).append(p["geom"])
        units = {}
        for t, geoms in members.items():
            tp = pieces[t]
            k = (tp["group"], tp["cls"], tp["kind"] if tp["cls"] == 2 else "")
            units.setdefault(k, []).extend(geoms)
        out = []
        for (gi, cls, kind), geoms in sorted(units.items(), key=lambda kv: kv[0]):
            geom = G.union(geoms)
            if geom is None:
                continue
            pt = geom.pointOnSurface().asPoint()
            grp = groups[gi]
            out.append({"geom": geom, "cls": cls, "kind": kind, "x": pt.x(), "y": pt.y(),
                        "place": grp["place"], "township": grp["township"]})
        codes = C.assign_codes(out, admin)
        zindex = G.Index([(z["geom"], z) for z in zones])
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, unit_fields(),
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        total = 0.0
        for code, u in sorted(zip(codes, out), key=lambda cu: cu[0]):
            area = u["geom"].area()
            total += area
            touched = []
            for zg, z in zindex.candidates(u["geom"]):
                inter = G.intersect(zg, u["geom"])
                if inter is not None and area > 0 and inter.area() / area >= min_share:
                    touched.append((z["element"], z["cls"], z["rule"]))
            name = C.unit_name(u["place"], u["cls"], u["kind"])
            f = QgsFeature(unit_fields())
            f.setGeometry(u["geom"])
            f.setAttributes([code, name, C.UNIT_CLASS_NAMES[u["cls"]], code, name, u["cls"],
                             C.UNIT_CLASS_NAMES[u["cls"]], u["kind"], u["township"], admin,
                             round(area / 1e6, 6), C.zones_field(touched)])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        diff = abs(total - region_area) / region_area * 100.0 if region_area else 0.0
        feedback.pushInfo("%d units; area %.4f km² vs region %.4f km² (%.5f %%) / 单元 %d 个"
                          % (len(out), total / 1e6, region_area / 1e6, diff, len(out)))
        if diff > 0.01:
            feedback.pushWarning("Units differ from the region by %.4f %% of its area / 单元面积与区划范围"
                                 "相差 %.4f %%" % (diff, diff))
        base.apply_style(context, dest, zone_qml("unit_class", {
            1: "优先保护单元 priority", 2: "重点管控单元 key", 3: "一般管控单元 general"}))
        return {"OUTPUT": dest}

    @staticmethod
    def _borders(pieces):
        """Shared border length of pieces in the same group (boundary of one within 1 cm of
        the other, so tiny noding differences do not hide a border)."""
        borders = {}
        by_group = {}
        for i, p in enumerate(pieces):
            by_group.setdefault(p["group"], []).append(i)
        for ids in by_group.values():
            if len(ids) < 2:
                continue
            index = G.Index([(pieces[i]["geom"], i) for i in ids])
            for i in ids:
                gi = pieces[i]["geom"]
                bi = QgsGeometry(gi.constGet().boundary())
                for gj, j in index.candidates(gi):
                    if j <= i:
                        continue
                    near = gj.buffer(0.01, 2)
                    length = bi.intersection(near).length()
                    if length > 0:
                        borders[(i, j)] = length
        return borders
