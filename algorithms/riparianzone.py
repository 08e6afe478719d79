"""envzoning:riparianzone — Z annex-1 1(2), tables 1-2, 1-3."""

from qgis.analysis import QgsZonalStatistics
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import sensitivity as S
from ..core.errors import EnvZoningError
from . import base

STATS = ("majority", "max", "mean")
_QSTAT = {"majority": QgsZonalStatistics.Majority, "max": QgsZonalStatistics.Max,
          "mean": QgsZonalStatistics.Mean}
SEGMENTS = 16


class RiparianZone(base.EnvZoningAlgorithm):
    ID = "riparianzone"
    NAME_EN = "Riparian zone sensitivity"
    NAME_ZH = "河湖滨岸敏感性"
    GROUP = "evaluation"
    SEED = "Z 附录1 1(2) 表1-2、表1-3 / Z annex-1 1(2), tables 1-2, 1-3"
    SUMMARY_ZH = ("按水质目标（表1-2）定河湖滨岸敏感性等级（Ⅱ类以上 5 … 劣Ⅴ类 1），再按等级和滨岸带集水区"
                  "土壤侵蚀强度（表1-3）取滨岸植被最小保护宽度 H：线状河流两侧各缓冲 H，面状河湖自岸线向外缓冲 H"
                  "（缓冲区减去水面）。输出保留输入字段并增加 level（敏感性等级）、width（H，米）、"
                  "intensity（所用侵蚀强度列）。")
    SUMMARY_EN = ("The water-quality target gives the riparian sensitivity level (table 1-2: II or "
                  "better 5 … worse than V 1); level and catchment erosion intensity give the "
                  "minimum buffer width H (table 1-3). Lines are buffered by H on both sides, "
                  "polygons outward from the shore (buffer minus the water). The output keeps "
                  "the input fields and adds level, width (H, m) and intensity (the table 1-3 "
                  "column used).")
    DECISION_ZH = ("表中“一般敏感”行即轻度敏感（2 级）。侵蚀强度可取自字段（六类名称或 SL190 码 1–6），"
                   "或取自栅格：在要素两侧 EROSION_DISTANCE（默认 1000 m，代表滨岸带集水区）缓冲区内统计"
                   "（默认众数，可选最大值、均值四舍五入），土壤侵蚀敏感性等级 5→极强烈、4→强烈、3→中度、"
                   "2→轻度、1→无明显。结果在分析坐标系（输入为地理坐标时取 CGCS2000 3 度带）中计算。")
    DECISION_EN = ("The row the seed calls 一般敏感 is level 2 (slightly sensitive). Erosion "
                   "intensity comes from a field (the six names or SL190 codes 1–6) or from a "
                   "raster: a statistic (majority by default; max, or the mean rounded half up) "
                   "of the cells within EROSION_DISTANCE (default 1000 m, a stand-in for the "
                   "riparian catchment) of the feature; soil-erosion levels map 5 → 极强烈, "
                   "4 → 强烈, 3 → 中度, 2 → 轻度, 1 → 无明显. Buffers are built in the "
                   "analysis CRS (the matching CGCS2000 3-degree zone for geographic input).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "INPUT", "Rivers and lakes",
            [QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon]),
            "河流与湖库", "河流（线）或湖库水面（面），带水质目标字段",
            "Rivers (lines) or lakes/reservoirs (polygons) with a water-quality target field")
        self.add(QgsProcessingParameterField("TARGET_FIELD", "Water-quality target field", None,
                                             "INPUT"),
                 "水质目标字段", "水质目标：I、II、III、IV、V、劣V（亦可 Ⅰ…Ⅴ、劣Ⅴ、“Ⅱ类”或 1…6）",
                 "Water-quality target: I, II, III, IV, V, 劣V (also Ⅰ…Ⅴ, 劣Ⅴ, 'Ⅱ类' or 1…6)")
        self.add(QgsProcessingParameterField("EROSION_FIELD", "Erosion intensity field", None,
                                             "INPUT", optional=True),
                 "土壤侵蚀强度字段",
                 "滨岸带集水区土壤侵蚀强度：极强烈、剧烈、强烈、中度、轻度、无明显，或 SL190 码 1 微度 … 6 剧烈"
                 "（与 EROSION_RASTER 二选一）",
                 "Catchment erosion intensity: 极强烈, 剧烈, 强烈, 中度, 轻度, 无明显, or SL190 codes "
                 "1 (微度) … 6 (剧烈) (EROSION_FIELD or EROSION_RASTER)")
        self.add(QgsProcessingParameterFeatureSource(
            "LAKES", "Lakes and reservoirs", [QgsProcessing.TypeVectorPolygon], optional=True),
            "湖泊水库", "可选：湖泊、水库水面（面），与河流一起计算，写入同一输出；带水质目标字段",
            "Optional lakes and reservoirs (polygons), buffered outward from the shore into the "
            "same output; with a water-quality target field")
        self.add(QgsProcessingParameterField("LAKE_TARGET_FIELD", "Lake water-quality target "
                                             "field", None, "LAKES", optional=True),
                 "湖库水质目标字段", "湖库的水质目标字段（写法同 TARGET_FIELD；不填时用同名字段）",
                 "The lakes' water-quality target field (as TARGET_FIELD; default: the field of "
                 "that name)")
        self.add(QgsProcessingParameterField("LAKE_EROSION_FIELD", "Lake erosion intensity field",
                                             None, "LAKES", optional=True),
                 "湖库侵蚀强度字段", "可选：湖库集水区的土壤侵蚀强度字段；不填时取 EROSION_RASTER，"
                 "无栅格时用与 EROSION_FIELD 同名的字段",
                 "Optional: the lakes' catchment erosion intensity field; default: "
                 "EROSION_RASTER, without a raster the field named as EROSION_FIELD")
        self.add(QgsProcessingParameterRasterLayer("EROSION_RASTER", "Erosion raster",
                                                   optional=True),
                 "土壤侵蚀栅格", "土壤侵蚀敏感性等级栅格（“土壤侵蚀敏感性”的等级输出）或 SL190 强度码栅格",
                 "Soil-erosion level raster (the level output of 'Soil erosion sensitivity') "
                 "or an SL190 intensity-code raster")
        self.add(QgsProcessingParameterEnum(
            "EROSION_RASTER_CODES", "Erosion raster values",
            ["Soil-erosion sensitivity level 1–5", "SL190 intensity code 1–6"], defaultValue=0),
            "侵蚀栅格取值含义", "土壤侵蚀敏感性等级 1–5（默认）或 SL190 强度码 1–6",
            "Soil-erosion sensitivity levels 1–5 (default) or SL190 intensity codes 1–6",
            advanced=True)
        self.add(QgsProcessingParameterEnum(
            "EROSION_STAT", "Erosion statistic", ["Majority", "Maximum", "Mean (rounded)"],
            defaultValue=0), "侵蚀强度统计方式", "缓冲区内栅格值的众数（默认）、最大值或均值（四舍五入）",
            "Majority (default), maximum or mean (rounded half up) of the raster cells in the "
            "buffer", advanced=True)
        self.add(QgsProcessingParameterNumber("EROSION_DISTANCE", "Erosion sampling distance (m)",
                                              QgsProcessingParameterNumber.Double, 1000.0,
                                              minValue=0.0),
                 "侵蚀统计范围 (m)", "在要素两侧（湖库为岸线外）此距离内统计侵蚀栅格，代表滨岸带集水区（默认 1000 m）",
                 "Raster cells within this distance of the feature (outside the shore for "
                 "lakes) are the riparian catchment (default 1000 m)", advanced=True)
        self.add_table("TARGET_TABLE", "riparian_target", "水质目标敏感性表（表1-2）",
                       "Water-quality target table (table 1-2)",
                       "水质目标 → 敏感性等级", "target class → sensitivity level")
        self.add_table("WIDTH_TABLE", "riparian_width", "滨岸带最小保护宽度表（表1-3）",
                       "Minimum buffer width table (table 1-3)",
                       "敏感性等级 × 侵蚀强度 → 宽度 H（米）", "level × erosion intensity → width H (m)")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Riparian zones",
                                                   QgsProcessing.TypeVectorPolygon),
                 "河湖滨岸敏感区", "滨岸带多边形：输入字段 + level、width、intensity",
                 "Riparian buffer polygons: input fields + level, width, intensity")

    def checkParameterValues(self, parameters, context):  # noqa: N802
        has_f = parameters.get("EROSION_FIELD") not in (None, "")
        has_r = parameters.get("EROSION_RASTER") not in (None, "")
        if not (has_f or has_r):
            return False, self.msg("EROSION_FIELD 或 EROSION_RASTER 至少给出一个",
                                   "Give EROSION_FIELD or EROSION_RASTER")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        base.check_source(source, "INPUT", _label(source, "INPUT"))
        label = _label(source, "INPUT")
        target_field = self.parameterAsString(parameters, "TARGET_FIELD", context)
        t_idx = base.field_index(source, target_field, label, "TARGET_FIELD")
        erosion_field = self.parameterAsString(parameters, "EROSION_FIELD", context)
        e_idx = (base.field_index(source, erosion_field, label, "EROSION_FIELD")
                 if erosion_field else -1)
        raster = None
        if parameters.get("EROSION_RASTER") not in (None, ""):
            raster = self.parameterAsRasterLayer(parameters, "EROSION_RASTER", context)
        if e_idx < 0 and raster is None:
            raise QgsProcessingException(self.msg("请给出 EROSION_FIELD 或 EROSION_RASTER",
                                                  "Give EROSION_FIELD or EROSION_RASTER"))
        if raster is not None and not raster.crs().isValid():
            raise QgsProcessingException(
                "Raster '%s' (EROSION_RASTER) has no CRS / 栅格“%s”没有坐标参考系"
                % (raster.name(), raster.name()))
        # the water bodies: the rivers (lines or polygons), then the lakes (polygons)
        waters = [(source, label, t_idx, target_field, e_idx, erosion_field,
                   QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry)]
        lakes = None
        if parameters.get("LAKES") not in (None, ""):
            lakes = self.parameterAsSource(parameters, "LAKES", context)
        if lakes is not None:
            l_label = _label(lakes, "LAKES")
            base.check_source(lakes, "LAKES", l_label)
            l_target = self.parameterAsString(parameters, "LAKE_TARGET_FIELD", context) or \
                target_field
            lt_idx = base.field_index(lakes, l_target, l_label, "LAKE_TARGET_FIELD")
            l_erosion = self.parameterAsString(parameters, "LAKE_EROSION_FIELD", context)
            if not l_erosion and raster is None:
                l_erosion = erosion_field   # no raster: the rivers' field name
            le_idx = (base.field_index(lakes, l_erosion, l_label, "LAKE_EROSION_FIELD")
                      if l_erosion else -1)
            waters.append((lakes, l_label, lt_idx, l_target, le_idx, l_erosion, True))
        model = S.RiparianModel(
            self.table_param(parameters, "TARGET_TABLE", "riparian_target", context),
            self.table_param(parameters, "WIDTH_TABLE", "riparian_width", context))
        crs = base.analysis_crs(source.sourceCrs(), source.sourceExtent())

        stat = STATS[self.parameterAsEnum(parameters, "EROSION_STAT", context)]
        codes = S.RASTER_CODES[self.parameterAsEnum(parameters, "EROSION_RASTER_CODES",
                                                    context)]
        dist = self.parameterAsDouble(parameters, "EROSION_DISTANCE", context)
        fields = base.add_fields(source.fields(), [
            ("level", QVariant.Int, 0, 0), ("width", QVariant.Double, 0, 0),
            ("intensity", QVariant.String, 8, 0)])
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException("Cannot create OUTPUT / 无法创建输出图层")
        rxform = None
        if raster is not None:
            rxform = QgsCoordinateTransform(crs, raster.crs(), context.transformContext())
            provider = raster.dataProvider()
            cell_x, cell_y = raster.rasterUnitsPerPixelX(), raster.rasterUnitsPerPixelY()
        written = 0
        try:
            for w, (src, lbl, ti, tfield, ei, efield, polygons) in enumerate(waters):
                feats = base.features_in_crs(src, crs, context, feedback, lbl)
                n = len(feats)
                for i, f in enumerate(feats):
                    if feedback.isCanceled():
                        raise QgsProcessingException("Canceled by the user / 用户已取消")
                    level = model.level(f.attributes()[ti], lbl, tfield, f.id())
                    geom = f.geometry()
                    if ei >= 0:
                        erosion = f.attributes()[ei]
                        e_label = (lbl, efield)
                    else:
                        ring = _buffer(geom, dist, polygons) if dist > 0 else QgsGeometry(geom)
                        ring.transform(rxform)
                        stats = QgsZonalStatistics.calculateStatistics(
                            provider, ring, cell_x, cell_y, 1, _QSTAT[stat])
                        value = stats.get(_QSTAT[stat])
                        value = None if value is None or value != value else float(value)
                        erosion = S.erosion_from_raster_value(value, codes, raster.name(), f.id())
                        e_label = (raster.name(), "EROSION_RASTER")
                    width = model.width(level, erosion, e_label[0], e_label[1], f.id())
                    zone = _buffer(geom, width, polygons)
                    if zone.isEmpty():
                        feedback.pushWarning("Feature %s of '%s': empty riparian zone skipped / "
                                             "“%s”要素 %s 的滨岸带为空" % (f.id(), lbl, lbl, f.id()))
                        continue
                    zone.convertToMultiType()
                    out = QgsFeature(fields)
                    out.setGeometry(zone)
                    out.setAttributes(_attrs_for(f, fields) + [
                        level, float(width), S.normalize_erosion(erosion)])
                    sink.addFeature(out, QgsFeatureSink.FastInsert)
                    written += 1
                    feedback.setProgress(100.0 * (w + (i + 1) / max(n, 1)) / len(waters))
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo("%d riparian zones / 条滨岸带" % written)
        base.apply_style(context, dest, base.vector_level_qml("sensitivity", "level"))
        return {"OUTPUT": dest}


def _label(source, param):
    try:
        return source.sourceName() or param
    except Exception:  # noqa: BLE001
        return param


def _buffer(geom, width, polygons):
    """Lines: both sides by ``width``; polygons: the ring outside the shore."""
    buf = geom.buffer(float(width), SEGMENTS)
    if polygons:
        buf = buf.difference(geom)
    if not buf.isGeosValid():
        buf = buf.makeValid()
    return buf


def _attrs_for(f, fields, added=("level", "width", "intensity")):
    """The attributes of ``f`` (a river or a lake) for the output's input fields: by name,
    None where the layer has no field of that name."""
    names = set(f.fields().names())
    return [f[n] if n in names else None for n in fields.names()
            if n.lower() not in added]
