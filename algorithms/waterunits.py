"""envzoning:waterunits — N 5.8.3(2): surface-water control units from monitoring sections
and their catchments (地表水环境管控分区)."""


from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import control as C
from ..core import hydro as H
from ..core import raster as R
from ..core.errors import EnvZoningError
from . import base
from . import control_geom as G

FIELDS = [("section", QVariant.String), ("target", QVariant.String),
          ("current", QVariant.String), ("exceed", QVariant.Int), ("class", QVariant.Int),
          ("class_name", QVariant.String), ("kind", QVariant.String),
          ("element", QVariant.String), ("rule", QVariant.String), ("clause", QVariant.String),
          ("area_km2", QVariant.Double)]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "劣V"}
KIND = {1: "水环境优先保护区", 2: "水环境重点管控区", 3: "水环境一般管控区"}


def _fields():
    return base.fields_of(FIELDS)


class WaterUnits(base.EnvZoningAlgorithm):
    ID = "waterunits"
    NAME_EN = "Surface-water control units"
    NAME_ZH = "地表水环境管控分区"
    GROUP = "control"
    SEED = "N 5.8.3(2) / N 5.8.3(2)"
    SUMMARY_ZH = ("以控制断面的汇水范围为单元铺满全域：由 DEM 计算流向（填洼 + D8）和每个断面的汇水区（上游断面的汇水区从下游扣除，"
                  "自上而下嵌套），或直接用 CATCHMENTS。单元类别：目标 II 类及以上（饮用水源、源头）→ 优先保护（1）；"
                  "现状劣于目标或有工业、城镇污染源 → 重点管控（2）；其余 → 一般管控（3）；饮用水水源保护区内为优先保护。"
                  "输出可直接作为 elementzones/controlunits 的要素分区（字段 element=water、class、rule）。")
    SUMMARY_EN = ("Tiles the region with the catchments of the monitoring sections: flow directions "
                  "(depression filling + D8) and each section's catchment from a DEM (the "
                  "upstream sections' catchments cut out of the downstream ones, nested), or the "
                  "CATCHMENTS given. Class: target II or better (drinking water, sources) → "
                  "priority (1); current worse than target, or industrial/urban sources → key "
                  "(2); else general (3); inside drinking-water source areas priority. The "
                  "output is an element-zone layer (element=water, class, rule) for "
                  "controlunits.")
    DECISION_ZH = ("断面吸附到 SNAP_DISTANCE 内汇流累积量最大的像元；不流经任何断面的区域为“无断面”一般管控单元；"
                   "小于 MIN_AREA 的碎斑并入共边最长的相邻单元；给出 CATCHMENTS 时，每个汇水区归其内的断面，"
                   "较大的汇水区扣除其中较小的（嵌套）。")
    DECISION_EN = ("A section snaps to the cell of largest flow accumulation within SNAP_DISTANCE; "
                   "land that drains through no section is a general unit without section; parts "
                   "below MIN_AREA join the neighbour with the longest shared border; with "
                   "CATCHMENTS each polygon belongs to the section inside it and larger "
                   "catchments lose the smaller ones inside them (nesting).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "SECTIONS", "Monitoring sections", [QgsProcessing.TypeVectorPoint]),
            "控制断面", "断面点（名称、水质目标、现状类别）", "Section points (name, target, current class)")
        self.add(QgsProcessingParameterField("SECTION_FIELD", "Section name field", "name",
                                             "SECTIONS", optional=True),
                 "断面名称字段", "断面名称字段（默认 name）", "Section name field (name)")
        self.add(QgsProcessingParameterField("TARGET_FIELD", "Target class field", None,
                                             "SECTIONS", optional=True),
                 "水质目标字段", "断面水质目标（I…V）字段；为空时用 TARGET", "Target class (I…V); empty: TARGET")
        self.add(QgsProcessingParameterString("TARGET", "Default target class", "III"),
                 "默认水质目标", "没有目标字段时的水质目标（默认 III）", "Target where no field gives one (III)")
        self.add(QgsProcessingParameterField("CURRENT_FIELD", "Current class field", "class",
                                             "SECTIONS"),
                 "现状类别字段", "断面现状水质类别（I…V、劣V）字段（默认 class）",
                 "Current class (I…V, 劣V) field (class)")
        self.add(QgsProcessingParameterRasterLayer("DEM", "DEM", optional=True),
                 "数字高程模型", "计算流向和汇水区（不给 CATCHMENTS 时必需）",
                 "For flow directions and catchments (required without CATCHMENTS)")
        self.add(QgsProcessingParameterFeatureSource(
            "CATCHMENTS", "Catchments", [QgsProcessing.TypeVectorPolygon], optional=True),
            "汇水区", "可选：已有的断面汇水区（每个面内含一个断面）；给出时不用 DEM",
            "Optional section catchments (one section inside each); then the DEM is not used")
        self.add(QgsProcessingParameterFeatureSource(
            "REGION", "Region", [QgsProcessing.TypeVectorPolygon]),
            "区划范围", "县（市）行政边界：单元铺满此范围", "County boundary: units tile it")
        self.add(QgsProcessingParameterFeatureSource(
            "WATER_SOURCES", "Drinking-water source areas", [QgsProcessing.TypeVectorPolygon],
            optional=True), "饮用水水源保护区", "可选：其范围为水环境优先保护区",
            "Optional: priority wherever they lie")
        self.add(QgsProcessingParameterFeatureSource(
            "SOURCES", "Industrial / urban sources", [QgsProcessing.TypeVectorAnyGeometry],
            optional=True), "工业、城镇污染源", "可选：工业集聚区、城镇建成区或排污口；所在单元为重点管控",
            "Optional industrial parks, built-up areas or outfalls: their units are key")
        self.add(QgsProcessingParameterNumber(
            "SNAP_DISTANCE", "Snap distance (m)", QgsProcessingParameterNumber.Double, 300.0,
            minValue=0.0), "断面吸附距离 (m)", "断面吸附到此距离内汇流累积量最大的像元（默认 300 m）",
            "Sections snap to the largest flow accumulation within this distance (300 m)",
            advanced=True)
        self.add(QgsProcessingParameterNumber(
            "MIN_AREA", "Minimum part area (km²)", QgsProcessingParameterNumber.Double, 0.5,
            minValue=0.0), "最小图斑面积 (km²)", "碎斑并入共边最长的相邻单元（默认 0.5）",
            "Parts below this join the longest-border neighbour (0.5)")
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Water control units", QgsProcessing.TypeVectorPolygon),
            "水环境管控单元", "字段 section、target、current、exceed、class（1/2/3）、kind、element、rule、clause",
            "Fields section, target, current, exceed, class (1/2/3), kind, element, rule, clause")

    def process(self, parameters, context, feedback):
        crs, region = G.region_of(self, parameters, context, feedback)
        sec_src = self.parameterAsSource(parameters, "SECTIONS", context)
        slabel = "%s (SECTIONS)" % sec_src.sourceName() if sec_src else "SECTIONS"
        base.check_source(sec_src, "SECTIONS", slabel)
        nfield = self.parameterAsString(parameters, "SECTION_FIELD", context) or "name"
        tfield = self.parameterAsString(parameters, "TARGET_FIELD", context)
        cfield = self.parameterAsString(parameters, "CURRENT_FIELD", context) or "class"
        for f in (nfield, cfield) + ((tfield,) if tfield else ()):
            base.field_index(sec_src, f, slabel, "SECTIONS")
        try:
            default_target = H.water_class(self.parameterAsString(parameters, "TARGET", context),
                                           "TARGET: ")
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        sections = []
        for f in base.features_in_crs(sec_src, crs, context, feedback, slabel):
            where = "Layer '%s', section '%s': " % (slabel, f[nfield])
            try:
                target = H.water_class(f[tfield], where) if tfield and f[tfield] not in (
                    None, "") else default_target
                current = H.water_class(f[cfield], where)
            except EnvZoningError as exc:
                raise QgsProcessingException(str(exc)) from None
            pt = f.geometry().asPoint() if not f.geometry().isMultipart() else \
                f.geometry().asMultiPoint()[0]
            sections.append({"name": str(f[nfield]), "target": target, "current": current,
                             "pt": pt})
        if not sections:
            raise QgsProcessingException("SECTIONS has no point / 断面图层没有要素")
        feedback.setProgress(10)

        catch_src = self.parameterAsSource(parameters, "CATCHMENTS", context)
        if catch_src is not None:
            units = self._from_catchments(catch_src, sections, region, crs, context, feedback)
        else:
            units = self._from_dem(parameters, context, feedback, sections, region, crs)
        feedback.setProgress(60)

        src_geoms = []
        s_src = self.parameterAsSource(parameters, "SOURCES", context)
        if s_src is not None:
            src_geoms = [f.geometry() for f in base.features_in_crs(
                s_src, crs, context, feedback, "%s (SOURCES)" % s_src.sourceName())]
        ws = None
        w_src = self.parameterAsSource(parameters, "WATER_SOURCES", context)
        if w_src is not None:
            ws = G.union([f.geometry() for f in base.features_in_crs(
                w_src, crs, context, feedback, "%s (WATER_SOURCES)" % w_src.sourceName())])
            ws = G.intersect(ws, region)

        # slivers of the catchment raster edge join their longest-border neighbour
        min_area = self.parameterAsDouble(parameters, "MIN_AREA", context)
        pieces = []
        for k, (geom, sec) in enumerate(units):
            for part in G.single_parts(geom):
                pg = G.polys(part)
                if pg is not None:
                    pieces.append({"geom": pg, "sec": k})
        borders = G.shared_borders([p["geom"] for p in pieces], lambda i: 0)
        plan, _ = C.merge_plan({i: {"area": p["geom"].area() / 1e6, "group": 0, "keep": False}
                                for i, p in enumerate(pieces)}, borders, min_area)
        merged = {}
        for i, p in enumerate(pieces):
            merged.setdefault(pieces[plan.get(i, i)]["sec"], []).append(p["geom"])

        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, _fields(),
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        counts = {1: 0, 2: 0, 3: 0}
        for k in sorted(merged):
            geom = G.union(merged[k])
            sec = units[k][1]
            has_src = any(g.intersects(geom) for g in src_geoms)
            if sec is None:
                cls, exceed = (2 if has_src else 3), False
                rec = ("", "", "", 0)
            else:
                cls, exceed = H.unit_class(sec["target"], sec["current"], has_src)
                rec = (sec["name"], ROMAN[sec["target"]], ROMAN[sec["current"]], int(exceed))
            parts = [(geom if ws is None else G.difference(geom, ws), cls, KIND[cls])]
            if ws is not None:
                parts.append((G.intersect(geom, ws), 1, "饮用水水源保护区"))
            for g, c, kind in parts:
                if g is None:
                    continue
                f = QgsFeature(_fields())
                f.setGeometry(g)
                f.setAttributes(list(rec) + [c, C.CLASS_ZH[c], kind, "water",
                                             "WU-%d" % c, "N 5.8.3(2)",
                                             round(g.area() / 1e6, 6)])
                sink.addFeature(f, QgsFeatureSink.FastInsert)
                counts[c] += 1
        feedback.pushInfo("%d sections; units: %d priority, %d key, %d general / 断面 %d 个；"
                          "优先 %d、重点 %d、一般 %d" % (len(sections), counts[1], counts[2],
                                                    counts[3], len(sections), counts[1],
                                                    counts[2], counts[3]))
        base.apply_style(context, dest, G.zone_qml())
        return {"OUTPUT": dest}

    def _from_catchments(self, src, sections, region, crs, context, feedback):
        label = "%s (CATCHMENTS)" % src.sourceName()
        base.check_source(src, "CATCHMENTS", label)
        polys = []
        for f in base.features_in_crs(src, crs, context, feedback, label):
            g = G.intersect(G.polys(f.geometry()), region)
            if g is None:
                continue
            inside = [s for s in sections
                      if g.buffer(1.0, 2).contains(QgsGeometry.fromPointXY(s["pt"]))]
            polys.append((g, inside[0] if inside else None))
        polys.sort(key=lambda gs: gs[0].area())     # nested: smaller ones first
        covered, units = None, []
        for g, sec in polys:
            g2 = G.difference(g, covered)
            if g2 is None:
                continue
            covered = G.union([covered, g2]) if covered is not None else g2
            units.append((g2, sec))
        rest = G.difference(region, covered)
        if rest is not None:
            units.append((rest, None))
        return units

    def _from_dem(self, parameters, context, feedback, sections, region, crs):
        src = base.raster_source(self, parameters, "DEM", context, required=False)
        if src is None:
            raise QgsProcessingException("Give DEM or CATCHMENTS / 请给出 DEM 或 CATCHMENTS")
        path, label = src
        grid, mask, _ = base.build_grid(self, parameters, context, feedback, path, "REGION",
                                        None)
        try:
            dem_src = R.open_aligned(path, grid, "bilinear", name=label)
            dem = dem_src.read(0, grid.ysize, grid.xsize)
            valid = R.valid_mask(dem, dem_src.nodata)
            dem_src.close()
            region_mask, _ = R.read_array(mask)
            valid &= region_mask > 0
            if not valid.any():
                raise EnvZoningError("Raster '%s' has no valid cell in the region (all nodata) / "
                                     "栅格“%s”在区划范围内全为无数据" % (label, label))
            gt = grid.gt
            pts = [(int((s["pt"].y() - gt[3]) / gt[5]), int((s["pt"].x() - gt[0]) / gt[1]))
                   for s in sections]
            radius = int(round(self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
                               / abs(gt[1])))
            labels, _, _ = H.section_catchments(dem, valid, pts, radius)
            by_label = G.polygons_by_value(labels, grid, "catchments", dtype="int32")
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.setProgress(40)
        units, covered = [], None
        for k, sec in enumerate(sections, start=1):
            g = G.intersect(G.union(by_label.get(k, [])), region)
            g = G.difference(g, covered)
            if g is None:
                feedback.pushWarning("Section '%s' has no catchment in the region / 断面“%s”在区划范围内"
                                     "没有汇水区" % (sec["name"], sec["name"]))
                continue
            covered = G.union([covered, g]) if covered is not None else g
            units.append((g, sec))
        rest = G.difference(region, covered)
        if rest is not None:
            units.append((rest, None))
        return units
