"""envzoning:checkzoning — Z 4.6.1, 4.6.2, 4.5: the checks of a zoning as a table."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import checks as C
from ..core import provenance as P
from ..core.errors import Canceled, EnvZoningError
from ..core.naming import normalize_type
from . import base, provenance_glue

KINDS = [None, C.KIND_SOURCE, C.KIND_KEY_ECO, C.KIND_OTHER]


class CheckZoning(base.EnvZoningAlgorithm):
    ID = "checkzoning"
    NAME_EN = "Check zoning"
    NAME_ZH = "功能区划检查"
    GROUP = "zoning"
    SEED = "Z 4.6.1, 4.6.2, 4.5"
    SUMMARY_ZH = ("逐项检查并列表（数值、阈值、通过/不通过）：红线区+生态功能保障区面积 ≥ 森林+水域面积的 90 %"
                  "（源头地区）/ 75 %（其他地区）；环境重点准入区面积 ≤ 环境优化准入区；重点生态功能区不划"
                  "环境重点准入区；环境重点准入区与 I/II 类区相邻（待核查）；缝隙、重叠、无效几何、多部件功能区。")
    SUMMARY_EN = ("Checks as a table (figure, threshold, pass/fail): I + II area ≥ 90 % (source "
                  "counties) / 75 % (others) of forest + water area; VI area ≤ V area; no VI in "
                  "key ecological counties; VI next to I/II (flagged for review); gaps, overlaps, "
                  "invalid geometry, multi-part zones. The table is also printed to the log.")
    DECISION_ZH = ("区域类型自动按 ADMIN_CODE 判断（指南 4.6.1 的 14 个源头县、4.6.2 的重点生态功能区县）；"
                   "重点生态功能区县也按 90 % 要求。森林 = CLCD 2 林地、3 灌木（森林覆盖率含灌木林），"
                   "水域 = 5 水体、9 湿地（含滩涂）。缝隙、重叠容差为区域面积的 0.01 %。"
                   "VI 与 I/II 相邻、多部件功能区列为“待核查”(flag)，不计为不通过。")
    DECISION_EN = ("Region kind from ADMIN_CODE (the 14 source counties of Z 4.6.1, the key "
                   "ecological counties of Z 4.6.2); key ecological counties are held to 90 % too. "
                   "Forest = CLCD 2 forest + 3 shrub (China's forest cover counts shrubland), water "
                   "= 5 water + 9 wetland (flats). Gap/overlap tolerance 0.01 % of the region. VI "
                   "next to I/II and multi-part zones are flagged for review, not failed.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Zones", [
            QgsProcessing.TypeVectorPolygon]), "环境功能区",
            "功能区面图层（zone_type，可有 code、name）",
            "Zone polygons (zone_type; code and name when named)")
        self.add(QgsProcessingParameterRasterLayer("LANDCOVER", "Land cover"),
                 "地表覆盖", "地表覆盖类别栅格，用于计算森林和水域面积",
                 "Land-cover class raster, for the forest and water area")
        self.add(QgsProcessingParameterString("FOREST_CODES", "Forest class codes", "2,3"),
                 "森林类别码", "计为森林的地表覆盖码，逗号分隔（CLCD：2 林地、3 灌木）",
                 "Land-cover codes counted as forest, comma-separated (CLCD: 2 forest, 3 shrub)")
        self.add(QgsProcessingParameterString("WATER_CODES", "Water class codes", "5,9"),
                 "水域类别码", "计为水域的地表覆盖码（CLCD：5 水体、9 湿地）",
                 "Land-cover codes counted as water (CLCD: 5 water, 9 wetland)")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", [
            QgsProcessing.TypeVectorPolygon], optional=True),
            "区划范围", "县域边界：森林水域面积在其内统计，并检查缝隙；不给时用功能区范围、不查缝隙",
            "County boundary: forest and water counted inside it, gaps checked against it; "
            "without it the zones' own extent is used and gaps are not checked")
        self.add(QgsProcessingParameterEnum("REGION_KIND", "Region kind", [
            "Auto (by ADMIN_CODE)", "Source county (90 %)", "Key ecological county",
            "Other (75 %)"], defaultValue=0),
            "区域类型", "自动（按行政代码查指南 4.6.1/4.6.2 名单）、源头地区、重点生态功能区、其他地区",
            "Auto (ADMIN_CODE looked up in the lists of Z 4.6.1/4.6.2), source county, key "
            "ecological county, other")
        self.add(QgsProcessingParameterString("ADMIN_CODE", "Admin code (6 digits)", "",
                                              optional=True),
                 "行政区划代码（6 位）", "REGION_KIND 为自动时必填，如 331024",
                 "Required when REGION_KIND is auto, e.g. 331024")
        self.add(QgsProcessingParameterNumber("SOURCE_RATIO", "Share for source counties (%)",
                                              QgsProcessingParameterNumber.Double, 90.0,
                                              minValue=0.0, maxValue=100.0),
                 "源头地区比例 (%)", "I+II 面积占森林水域面积的最低比例（指南 4.6.1：90）",
                 "Minimum share of I + II in forest + water area (Z 4.6.1: 90)", advanced=True)
        self.add(QgsProcessingParameterNumber("OTHER_RATIO", "Share for other regions (%)",
                                              QgsProcessingParameterNumber.Double, 75.0,
                                              minValue=0.0, maxValue=100.0),
                 "其他地区比例 (%)", "其他地区的最低比例（指南 4.6.1：75）",
                 "Minimum share elsewhere (Z 4.6.1: 75)", advanced=True)
        self.add(QgsProcessingParameterNumber("TOLERANCE", "Gap/overlap tolerance (% of region)",
                                              QgsProcessingParameterNumber.Double, 0.01,
                                              minValue=0.0, maxValue=100.0),
                 "缝隙/重叠容差（区域面积 %）", "默认 0.01 %", "Default 0.01 %", advanced=True)
        self.add_table("SOURCE_COUNTIES", "source_counties", "源头县名单", "Source counties",
                       "指南 4.6.1 主要河流源头县（市）", "Z 4.6.1 source counties")
        self.add_table("KEY_ECO_COUNTIES", "key_eco_counties", "重点生态功能区名单",
                       "Key ecological counties", "指南 4.6.2 重点生态功能区县（市）",
                       "Z 4.6.2 key ecological counties")
        self.add(QgsProcessingParameterVectorDestination("OUTPUT", "Check table",
                                                         QgsProcessing.TypeVector),
                 "检查表", "每项一行：check, name, clause, figure, threshold, unit, result, detail",
                 "One row per check: check, name, clause, figure, threshold, unit, result, detail")
        self.addOutput(QgsProcessingOutputBoolean("PASSED", "All checks pass / 全部通过"))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        kind = self.parameterAsEnum(parameters, "REGION_KIND", context)
        if kind == 0 and not (self.parameterAsString(parameters, "ADMIN_CODE", context) or "").strip():
            return False, ("REGION_KIND 为自动时需要 ADMIN_CODE / ADMIN_CODE is needed when "
                           "REGION_KIND is auto")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        label = base.source_label(source, "INPUT")
        base.check_source(source, "INPUT", label)
        crs = base.analysis_crs(source.sourceCrs(), source.sourceExtent())
        (ti,) = provenance_glue.zone_field_indexes(source, label, ("zone_type",))
        ci = source.fields().lookupField("code")
        ni = source.fields().lookupField("name")

        # raw features: count invalid geometries before repair
        invalid = 0
        raw = list(source.getFeatures())
        for f in raw:
            if f.hasGeometry() and not f.geometry().isGeosValid():
                invalid += 1
        zones = base.features_in_crs(source, crs, context, feedback, label)

        def zlabel(f):
            parts = [str(f.attributes()[i]) for i in (ci, ni) if i >= 0 and f.attributes()[i]]
            return " ".join(parts) if parts else "fid %d" % f.id()

        area, types = {}, {}
        multipart = []
        for f in zones:
            t = normalize_type(f.attributes()[ti], "Layer '%s', feature %d: " % (label, f.id()))
            types[f.id()] = t
            g = f.geometry()
            area[t] = area.get(t, 0.0) + g.area() / 1e6
            if g.isMultipart() and g.constGet().partCount() > 1:
                multipart.append(zlabel(f))
        feedback.setProgress(10)

        # overlaps and VI neighbours
        index = QgsSpatialIndex()
        for f in zones:
            index.addFeature(f)
        by_id = {f.id(): f for f in zones}
        overlap = 0.0
        pairs = []
        for f in zones:
            g = f.geometry()
            for j in index.intersects(g.boundingBox()):
                if j <= f.id():
                    continue
                h = by_id[j].geometry()
                if not g.intersects(h):
                    continue
                inter = g.intersection(h)
                if inter is not None and not inter.isEmpty():
                    overlap += max(0.0, inter.area()) / 1e6
                empty = inter is None or inter.isEmpty()
                which = C.vi_neighbour(types[f.id()], types[j],
                                       0.0 if empty else inter.length(),
                                       0.0 if empty else inter.area())
                if which:
                    vi, other = (f, by_id[j]) if which == 1 else (by_id[j], f)
                    pairs.append((zlabel(vi), zlabel(other)))
            if feedback.isCanceled():
                raise Canceled()
        feedback.setProgress(30)

        # region, gaps
        region_km2 = gap_km2 = None
        union = QgsGeometry.unaryUnion([f.geometry() for f in zones])
        if parameters.get("REGION") not in (None, ""):
            region = self.parameterAsSource(parameters, "REGION", context)
            rlabel = base.source_label(region, "REGION")
            base.check_source(region, "REGION", rlabel)
            rfeats = base.features_in_crs(region, crs, context, feedback, rlabel)
            rgeom = QgsGeometry.unaryUnion([f.geometry() for f in rfeats])
            region_km2 = rgeom.area() / 1e6
            gap = rgeom.difference(union)
            gap_km2 = (gap.area() / 1e6) if gap is not None and not gap.isEmpty() else 0.0
        feedback.setProgress(40)

        # forest + water
        try:
            forest = C.parse_codes(self.parameterAsString(parameters, "FOREST_CODES", context),
                                   "FOREST_CODES")
            water = C.parse_codes(self.parameterAsString(parameters, "WATER_CODES", context),
                                  "WATER_CODES")
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        lc_path, lc_label = base.raster_source(self, parameters, "LANDCOVER", context)
        region_param = "REGION" if parameters.get("REGION") not in (None, "") else "INPUT"
        grid, mask, _ = base.build_grid(self, parameters, context, feedback, lc_path,
                                        region_param=region_param, cell_param=None)
        progress, canceled = base.callbacks(feedback, 40, 90)
        forest_km2, water_km2 = C.cover_areas(lc_path, grid, forest, water, mask, lc_label,
                                              progress, canceled)

        # region kind
        kind_i = self.parameterAsEnum(parameters, "REGION_KIND", context)
        admin = (self.parameterAsString(parameters, "ADMIN_CODE", context) or "").strip()
        src_t = self.table_param(parameters, "SOURCE_COUNTIES", "source_counties", context)
        key_t = self.table_param(parameters, "KEY_ECO_COUNTIES", "key_eco_counties", context)
        kind = KINDS[kind_i] or C.region_kind(admin, src_t, key_t)
        feedback.pushInfo("Region kind / 区域类型: %s" % C.KIND_NAMES[kind])

        rows = C.run_checks(
            area, forest_km2, water_km2, kind, region_km2=region_km2, gap_km2=gap_km2,
            overlap_km2=overlap, invalid=invalid, multipart=multipart, vi_neighbours=pairs,
            source_ratio=self.parameterAsDouble(parameters, "SOURCE_RATIO", context) / 100.0,
            other_ratio=self.parameterAsDouble(parameters, "OTHER_RATIO", context) / 100.0,
            tolerance=self.parameterAsDouble(parameters, "TOLERANCE", context) / 100.0)
        feedback.pushInfo("Zoning checks / 功能区划检查 (Z 4.6, 4.5):\n" + C.format_report(rows))

        fields = QgsFields()
        for name, vt in (("check", QVariant.String), ("name", QVariant.String),
                         ("clause", QVariant.String), ("figure", QVariant.Double),
                         ("threshold", QVariant.Double), ("unit", QVariant.String),
                         ("result", QVariant.String), ("detail", QVariant.String)):
            fields.append(QgsField(name, vt))
        feats = []
        for r in rows:
            f = QgsFeature(fields)
            f.setAttributes([r["check"], r["name"], r["clause"], r["figure"], r["threshold"],
                             r["unit"], r["result"], r["detail"]])
            feats.append(f)
        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        out = provenance_glue.write_layer(out, feats, fields, QgsWkbTypes.NoGeometry, crs, context,
                                          "zoning_checks")
        if out.split("|")[0].lower().endswith(".gpkg"):
            rec = provenance_glue.make_record(
                self, parameters, context, extra={"region_kind": kind},
                tables=[P.table_entry(src_t, "source_counties"),
                        P.table_entry(key_t, "key_eco_counties")])
            provenance_glue.write(out, rec, feedback)
        overall = rows[-1]
        feedback.pushInfo("Overall / 总体: %s — %s" % (overall["result"], overall["detail"]))
        return {"OUTPUT": out, "PASSED": overall["result"] == "pass"}
