"""envzoning:coastalhazardzone — Z annex-1 1(3)②."""

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
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import sensitivity as S
from ..core.errors import EnvZoningError
from . import base
from . import progress as P

SEGMENTS = 16
ADDED = ("a", "b", "c", "width", "level")


class CoastalHazardZone(base.EnvZoningAlgorithm):
    ID = "coastalhazardzone"
    NAME_EN = "Coastal hazard zone"
    NAME_ZH = "海岸带灾害敏感区"
    GROUP = "evaluation"
    SEED = "Z 附录1 1(3)② / Z annex-1 1(3)②"
    SUMMARY_ZH = ("以当前海岸线为基准，取 a（近 30 年平均蚀退宽度）、b = S / tanθ（百年海平面上升影响宽度，"
                  "有堤防岸段为 0）、c = H / tanθ（百年一遇风暴潮增水影响宽度）三者最大值为宽度，向陆划定"
                  "海岸带灾害敏感区（海岸线缓冲后与陆域求交）。")
    SUMMARY_EN = ("From the present coastline, the zone width is max(a, b, c): a = the 30-year mean "
                  "retreat width, b = S / tanθ (100-year sea-level rise; 0 on dyked stretches), "
                  "c = H / tanθ (100-year storm surge). The zone is the coastline buffered by the "
                  "width and clipped to the land polygons (landward).")
    DECISION_ZH = ("等级默认 5（极敏感，参数 LEVEL）。字段为空时 a、S、H 按 0 计（并给出警告），堤防字段为空按无堤防；"
                   "只有 S 或 H 参与计算时才需要坡度 θ（0–90 度）。宽度为 0 的岸段不输出。"
                   "在分析坐标系中计算（地理坐标输入取 CGCS2000 3 度带）。")
    DECISION_EN = ("Level 5 (extremely sensitive) by default (parameter LEVEL). Empty a, S, H "
                   "count as 0 (with a warning), an empty dyked flag as not dyked; the slope θ "
                   "(0–90°) is needed only where S or H is used. Stretches of width 0 are left "
                   "out. Computed in the analysis CRS (the CGCS2000 3-degree zone for geographic "
                   "input).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "INPUT", "Coastline", [QgsProcessing.TypeVectorLine]),
            "海岸线", "当前海岸线（线），按岸段带 a、S、θ、H、堤防字段",
            "Present coastline (lines), one feature per stretch with a, S, θ, H, dyked fields")
        self.add(QgsProcessingParameterFeatureSource(
            "LAND", "Land", [QgsProcessing.TypeVectorPolygon]),
            "陆域", "陆域面（如县域边界），敏感区裁剪到其内部（向陆）",
            "Land polygons (e.g. the county boundary); the zone is clipped to them (landward)")
        self.add(QgsProcessingParameterField("RETREAT_FIELD", "Retreat width a (m)", None, "INPUT",
                                             QgsProcessingParameterField.Numeric, optional=True),
                 "蚀退宽度 a 字段 (m)", "近 30 年岸段平均蚀退宽度（米）；不给则 a = 0",
                 "30-year mean retreat width (m); a = 0 when not given")
        self.add(QgsProcessingParameterField("SLR_FIELD", "Sea-level rise S (m)", None, "INPUT",
                                             QgsProcessingParameterField.Numeric, optional=True),
                 "海平面上升高度 S 字段 (m)", "未来百年海平面上升高度（米）；不给则 b = 0",
                 "100-year sea-level rise (m); b = 0 when not given")
        self.add(QgsProcessingParameterField("SLOPE_FIELD", "Nearshore slope θ (degrees)", None,
                                             "INPUT", QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "近岸平均坡度 θ 字段 (度)", "近岸平均坡度（度，0–90）；计算 b、c 时必需",
                 "Mean nearshore slope (degrees, 0–90); needed for b and c")
        self.add(QgsProcessingParameterField("SURGE_FIELD", "Storm surge H (m)", None, "INPUT",
                                             QgsProcessingParameterField.Numeric, optional=True),
                 "风暴潮增水高度 H 字段 (m)", "百年一遇风暴潮增水高度（米）；不给则 c = 0",
                 "100-year storm-surge height (m); c = 0 when not given")
        self.add(QgsProcessingParameterField("DYKED_FIELD", "Dyked flag", None, "INPUT",
                                             optional=True),
                 "堤防字段", "有堤防岸段（1/0、true/false、是/否、有/无）b = 0；不给则均按无堤防",
                 "Dyked stretch (1/0, true/false, 是/否, 有/无): b = 0; none given = not dyked")
        self.add(QgsProcessingParameterNumber("LEVEL", "Sensitivity level",
                                              QgsProcessingParameterNumber.Integer, 5,
                                              minValue=1, maxValue=5),
                 "敏感性等级", "海岸带灾害敏感区的敏感性等级（默认 5 极敏感）",
                 "Sensitivity level of the zone (default 5, extremely sensitive)")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Coastal hazard zones",
                                                   QgsProcessing.TypeVectorPolygon),
                 "海岸带灾害敏感区", "敏感区多边形：输入字段 + a、b、c、width（米）、level",
                 "Zone polygons: input fields + a, b, c, width (m), level")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        label = base.source_name(source, "INPUT")
        base.check_source(source, "INPUT", label)
        land = self.parameterAsSource(parameters, "LAND", context)
        land_label = base.source_name(land, "LAND")
        base.check_source(land, "LAND", land_label)
        idx = {}
        for key in ("RETREAT_FIELD", "SLR_FIELD", "SLOPE_FIELD", "SURGE_FIELD", "DYKED_FIELD"):
            name = self.parameterAsString(parameters, key, context)
            idx[key] = (base.field_index(source, name, label, key), name) if name else (-1, "")
        if idx["SLOPE_FIELD"][0] < 0 and (idx["SLR_FIELD"][0] >= 0 or idx["SURGE_FIELD"][0] >= 0):
            raise QgsProcessingException(
                "Layer '%s': SLR_FIELD or SURGE_FIELD needs SLOPE_FIELD (θ) / "
                "图层“%s”：计算 b、c 需要坡度字段 SLOPE_FIELD" % (label, label))
        if all(i < 0 for i, _ in (idx["RETREAT_FIELD"], idx["SLR_FIELD"], idx["SURGE_FIELD"])):
            raise QgsProcessingException(
                "Layer '%s': give at least one of RETREAT_FIELD, SLR_FIELD, SURGE_FIELD / "
                "图层“%s”：至少给出 a、S、H 字段之一" % (label, label))
        level = self.parameterAsInt(parameters, "LEVEL", context)
        crs = base.analysis_crs(source.sourceCrs(), source.sourceExtent())
        feats = base.features_in_crs(source, crs, context, feedback, label)
        P.report(feedback, 10)
        land_feats = base.features_in_crs(land, crs, context, feedback, land_label)
        P.report(feedback, 15)
        land_geom = QgsGeometry.unaryUnion([f.geometry() for f in land_feats])
        P.report(feedback, 20)
        if land_geom.isEmpty():
            raise QgsProcessingException("Layer '%s' has no land area / 图层“%s”没有陆域面"
                                         % (land_label, land_label))
        fields = base.add_fields(source.fields(), [
            ("a", QVariant.Double, 0, 0), ("b", QVariant.Double, 0, 0),
            ("c", QVariant.Double, 0, 0), ("width", QVariant.Double, 0, 0),
            ("level", QVariant.Int, 0, 0)])
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException("Cannot create OUTPUT / 无法创建输出图层")
        n, written, nulls, zero = len(feats), 0, 0, 0
        try:
            for i, f in enumerate(feats):
                P.report(feedback, 20.0 + 80.0 * i / n)   # per stretch, before its buffer
                vals = {}
                for key in ("RETREAT_FIELD", "SLR_FIELD", "SLOPE_FIELD", "SURGE_FIELD"):
                    j, name = idx[key]
                    v = _num(f.attributes()[j], label, name, f.id()) if j >= 0 else None
                    if j >= 0 and v is None and key != "SLOPE_FIELD":
                        nulls += 1
                    vals[key] = v
                j, name = idx["DYKED_FIELD"]
                dyked = S.parse_flag(f.attributes()[j], label, name, f.id()) if j >= 0 else False
                a, b, c, width = S.coastal_width(vals["RETREAT_FIELD"], vals["SLR_FIELD"],
                                                 vals["SLOPE_FIELD"], vals["SURGE_FIELD"],
                                                 dyked, label, f.id())
                if width <= 0:
                    zero += 1
                    continue
                zone = f.geometry().buffer(width, SEGMENTS).intersection(land_geom)
                if zone.isEmpty() or QgsWkbTypes.geometryType(zone.wkbType()) != \
                        QgsWkbTypes.PolygonGeometry:
                    zone = _polygons_only(zone)
                    if zone is None:
                        feedback.pushWarning(
                            "Layer '%s', feature %s: the zone does not reach the land / "
                            "岸段 %s 的敏感区与陆域不相交" % (label, f.id(), f.id()))
                        continue
                zone.convertToMultiType()
                out = QgsFeature(fields)
                out.setGeometry(zone)
                out.setAttributes([f[nm] for nm in f.fields().names()
                                   if nm.lower() not in ADDED] + [a, b, c, width, level])
                sink.addFeature(out, QgsFeatureSink.FastInsert)
                written += 1
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        if nulls:
            feedback.pushWarning("Layer '%s': %d empty a/S/H values counted as 0 / "
                                 "图层“%s”中 %d 个空值按 0 计" % (label, nulls, label, nulls))
        if zero:
            feedback.pushInfo("%d stretches of width 0 left out / %d 个宽度为 0 的岸段未输出"
                              % (zero, zero))
        feedback.pushInfo("%d coastal hazard zones / 个海岸带灾害敏感区" % written)
        base.apply_style(context, dest, base.vector_level_qml("sensitivity", "level"))
        return {"OUTPUT": dest}



def _num(value, label, field, fid):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise EnvZoningError("Layer '%s', field '%s' (feature %s): '%s' is not a number / "
                             "图层“%s”字段“%s”的值“%s”不是数字"
                             % (label, field, fid, value, label, field, value)) from None
    return None if v != v else v


def _polygons_only(geom):
    """The polygon parts of a geometry collection (None if there are none)."""
    if geom is None or geom.isEmpty():
        return None
    parts = [QgsGeometry(p.clone()) for p in geom.constParts()
             if QgsWkbTypes.geometryType(p.wkbType()) == QgsWkbTypes.PolygonGeometry]
    if not parts:
        return None
    return QgsGeometry.unaryUnion(parts)
