"""envzoning:namezones — Z 4.4, table 4: codes and names of the zones."""

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import naming as N
from ..core import provenance as P
from ..core.errors import Canceled
from . import base, control_geom, provenance_glue


class NameZones(base.EnvZoningAlgorithm):
    ID = "namezones"
    NAME_EN = "Code and name zones"
    NAME_ZH = "功能区编号与命名"
    GROUP = "zoning"
    SEED = "Z 4.4.1, 4.4.2, 表4 / Z 4.4.1, 4.4.2, table 4"
    SUMMARY_ZH = ("编号 = 行政代码（去掉省级前两位）-类型-小类-序号，如 1024-Ⅱ-1-5；序号在同一小类内按内点"
                  "自北向南、自西向东排列。名称 = 地名 + 主导功能 + 区，地名取覆盖功能区面积最大的地名要素，"
                  "第二个地名覆盖 ≥30 % 时以“-”连接，如 括苍山-大盘山水源涵养区。")
    SUMMARY_EN = ("Code = admin code without the province digits - type - subtype - serial, e.g. "
                  "1024-Ⅱ-1-5; serials run north to south, then west to east by the zone's interior "
                  "point within each subtype. Name = place + function + 区; the place is the "
                  "place-name feature covering most of the zone, a second one joined with '-' "
                  "when it covers ≥ 30 %.")
    DECISION_ZH = ("同名功能区不加序号（“一区/二区”“（一）/（二）”易被读作一级/二级保护区），而插入区分地名："
                   "先用区分地名图层（村庄、山、河）中位于该区的名称，再用其内点在全县中的方位（北部、东南部、"
                   "中部……），再用同名各区之间的相对方位，再加所在乡镇；仍相同时才在括号内附编号。"
                   "专名（保护地法定名称）保持完整，加“××片区”（如 神仙居风景名胜区北部片区）。"
                   "带法定名称字段（LEGAL_NAME_FIELD）的区以其命名。名称用语见编码表 name_word 列"
                   "（表4 小类名，森林公园/地质公园加“区”，“其它”去掉）。")
    DECISION_EN = ("Zones that would share a name get no ordinal (一区/二区 or （一）/（二） read like "
                   "the 一级/二级 protection zones of the law) but a distinguishing place: a name of "
                   "the DISTINCT layers (villages, mountains, rivers) inside the zone, else the "
                   "position of its interior point in the county (北部, 东南部, 中部 …), else its "
                   "position among the zones of that name, else its township; only when all are "
                   "equal the code in brackets. A protected area's own name stays whole and the "
                   "zone is a 片区 of it (神仙居风景名胜区北部片区). A zone with a legal name "
                   "(LEGAL_NAME_FIELD) is named by it. Name endings are the name_word column of the "
                   "code table (table 4's subtype names; 区 added to 森林公园/地质公园, 其它 "
                   "dropped).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Zones", [
            QgsProcessing.TypeVectorPolygon]), "环境功能区",
            "功能区面图层，字段 zone_type（I…VI）与 subtype（如 II-1）",
            "Zone polygons with fields zone_type (I…VI) and subtype (e.g. II-1)")
        self.add(QgsProcessingParameterString("ADMIN_CODE", "Admin code (6 digits)", "331024"),
                 "行政区划代码（6 位）", "县级行政区划代码，编号取其后 4 位（如 331024 → 1024）",
                 "County admin code; codes use its last 4 digits (331024 → 1024)")
        self.add(QgsProcessingParameterMultipleLayers("PLACES", "Place-name layers",
                                                      QgsProcessing.TypeVectorPolygon),
                 "地名图层", "乡镇、山脉、河流等地名面图层（可多个），取覆盖面积最大者",
                 "Place-name polygon layers (townships, mountains, rivers …); the feature "
                 "covering most of a zone names it")
        self.add(QgsProcessingParameterString("PLACE_NAME_FIELD", "Place name field", "name"),
                 "地名字段", "各地名图层中的名称字段（所有图层同名）",
                 "Name field of the place layers (the same in every layer)")
        self.add(QgsProcessingParameterEnum("ROMAN", "Roman numerals", ["Unicode (Ⅰ…Ⅵ)",
                                                                       "ASCII (I…VI)"],
                                            defaultValue=0),
                 "罗马数字", "编号中类型的写法：Unicode Ⅰ…Ⅵ（如指南 4.4.2）或 ASCII I…VI",
                 "Type in the code: Unicode Ⅰ…Ⅵ (as Z 4.4.2) or ASCII I…VI")
        self.add(QgsProcessingParameterNumber("SECOND_SHARE", "Second place share (%)",
                                              QgsProcessingParameterNumber.Double, 30.0,
                                              minValue=0.0, maxValue=100.0),
                 "第二地名占比 (%)", "第二个地名覆盖功能区面积达到该比例时以“-”连接（默认 30）",
                 "A second place joins the name with '-' when it covers this share (default 30)",
                 advanced=True)
        self.add(QgsProcessingParameterString("STRIP_SUFFIXES", "Suffixes to drop from place names",
                                              "", optional=True),
                 "地名去除的后缀", "逗号分隔，如 街道,镇,乡（默认不去除）",
                 "Comma-separated, e.g. 街道,镇,乡 (default: none)", advanced=True)
        self.add(QgsProcessingParameterMultipleLayers("FEATURES", "Named-feature layers",
                                                      QgsProcessing.TypeVectorPolygon,
                                                      optional=True),
                 "特征地物图层", "可选：保护地、山脉、湖库等有专名的面图层；某地物覆盖功能区面积达 "
                 "FEATURE_SHARE 时以其专名命名（如 括苍山自然保护区），否则用地名图层",
                 "Optional named features (protected areas, mountains, lakes): one covering at "
                 "least FEATURE_SHARE of a zone names it (e.g. 括苍山自然保护区) instead of "
                 "the place layers")
        self.add(QgsProcessingParameterString("FEATURE_NAME_FIELD", "Feature name field", "name",
                                              optional=True),
                 "特征地物名称字段", "特征地物图层中的名称字段", "Name field of the feature layers",
                 advanced=True)
        self.add(QgsProcessingParameterNumber("FEATURE_SHARE", "Feature share (%)",
                                              QgsProcessingParameterNumber.Double, 50.0,
                                              minValue=0.0, maxValue=100.0),
                 "特征地物占比 (%)", "特征地物覆盖功能区面积达到该比例时以其专名命名（默认 50）",
                 "A named feature covering this share of a zone names it (default 50)",
                 advanced=True)
        self.add(QgsProcessingParameterMultipleLayers("DISTINCT", "Distinguishing place layers",
                                                      QgsProcessing.TypeVectorAnyGeometry,
                                                      optional=True),
                 "区分地名图层", "可选：村庄（点）、山峰/山脉（点或面）、河流（线）等；两个功能区同名时，"
                 "各取位于本区内的名称加以区分（点取离内点最近者，面取相交面积最大者，线取区内长度最长者）",
                 "Optional villages (points), mountains (points or polygons), rivers (lines): "
                 "zones that would share a name each take one of these lying in them (points "
                 "nearest the interior point, polygons by area, lines by length inside)")
        self.add(QgsProcessingParameterString("DISTINCT_NAME_FIELD", "Distinguishing name field",
                                              "name", optional=True),
                 "区分地名字段", "区分地名图层中的名称字段", "Name field of the distinguishing layers",
                 advanced=True)
        self.add(QgsProcessingParameterString("LEGAL_NAME_FIELD", "Legal name field",
                                              "legal_name", optional=True),
                 "法定名称字段", "功能区图层中的法定名称字段（如 mergezones 为一个保护地的各部分写入的名称）；"
                 "有值时以其命名，字段不存在时忽略",
                 "Field of the zones holding a legal name (e.g. written by mergezones for the "
                 "pieces of one protected area): when set it names the zone; ignored when the "
                 "layer has no such field", advanced=True)
        self.add_table("CODES_TABLE", "zone_codes", "功能区分类编码表", "Zone code table",
                       "表4 类型、小类编码与名称用语", "Table 4 types, subtype codes, name words")
        self.add(QgsProcessingParameterFeatureSource(
            "PREVIOUS", "Previous version of the zones", [QgsProcessing.TypeVectorPolygon],
            optional=True), "上一版功能区", "可选：上一版已编号功能区（字段 code、zone_type、subtype）；同小类且交并比 ≥ "
            "KEEP_IOU 的功能区沿用其编码，其余取该小类下一个未用过的流水号（N 5.13.2–5.13.3）",
            "Optional previous version (fields code, zone_type, subtype): a zone of the same "
            "subtype with IoU ≥ KEEP_IOU keeps that zone's code; the others take the next "
            "unused serials of their subtype (N 5.13.2–5.13.3)", advanced=True)
        self.add(QgsProcessingParameterNumber("KEEP_IOU", "IoU to keep a previous code",
                                              QgsProcessingParameterNumber.Double, 0.9,
                                              minValue=0.5, maxValue=1.0),
                 "沿用编码的交并比", "与上一版功能区的交并比不低于此值（且同小类）时沿用其编码（默认 0.9）",
                 "IoU with a previous zone (same subtype) at or above which its code is kept",
                 advanced=True)
        self.add(QgsProcessingParameterVectorDestination("OUTPUT", "Named zones",
                                                         QgsProcessing.TypeVectorPolygon),
                 "已命名功能区", "输入字段 + code、name、area_km2", "Input fields + code, name, area_km2")

    def _named_features(self, parameters, context, feedback, crs):
        """(geometry, name) of the optional FEATURES layers, in the analysis CRS."""
        out = []
        field = self.parameterAsString(parameters, "FEATURE_NAME_FIELD", context) or "name"
        for lyr in self.parameterAsLayerList(parameters, "FEATURES", context) or []:
            if not isinstance(lyr, QgsVectorLayer):
                raise QgsProcessingException("FEATURES: '%s' is not a vector layer / “%s”不是矢量图层"
                                             % (lyr.name(), lyr.name()))
            base.check_source(lyr, "FEATURES", lyr.name())
            idx = base.field_index(lyr, field, lyr.name(), "FEATURE_NAME_FIELD")
            for f in base.features_in_crs(lyr, crs, context, feedback, lyr.name()):
                nm = f.attributes()[idx]
                if nm is not None and str(nm).strip() not in ("", "NULL"):
                    out.append((f.geometry(), str(nm).strip()))
        return out

    def _distinct_features(self, parameters, context, feedback, crs):
        """(geometry, name) of the optional DISTINCT layers, in the analysis CRS."""
        out = []
        field = self.parameterAsString(parameters, "DISTINCT_NAME_FIELD", context) or "name"
        for lyr in self.parameterAsLayerList(parameters, "DISTINCT", context) or []:
            if not isinstance(lyr, QgsVectorLayer):
                raise QgsProcessingException("DISTINCT: '%s' is not a vector layer / “%s”不是矢量图层"
                                             % (lyr.name(), lyr.name()))
            base.check_source(lyr, "DISTINCT", lyr.name())
            idx = base.field_index(lyr, field, lyr.name(), "DISTINCT_NAME_FIELD")
            for f in base.features_in_crs(lyr, crs, context, feedback, lyr.name()):
                nm = f.attributes()[idx]
                if nm is not None and str(nm).strip() not in ("", "NULL") and f.hasGeometry():
                    out.append((f.geometry(), str(nm).strip()))
        return out

    @staticmethod
    def _distinct_names(g, pt, candidates):
        """Names of the distinguishing features lying in zone ``g``, best first: points by
        distance to the interior point, then polygons by area, then lines by length."""
        ranked = []
        ptg = QgsGeometry.fromPointXY(pt)
        for dg, nm in candidates:
            if not g.intersects(dg):
                continue
            kind = dg.type()
            if kind == QgsWkbTypes.PointGeometry:
                ranked.append((0, dg.distance(ptg), nm))
            else:
                inter = g.intersection(dg)
                if inter is None or inter.isEmpty():
                    continue
                if kind == QgsWkbTypes.PolygonGeometry:
                    ranked.append((1, -inter.area(), nm))
                else:
                    ranked.append((2, -inter.length(), nm))
        out = []
        for _, _, nm in sorted(ranked):
            if nm not in out:
                out.append(nm)
        return out

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        label = base.source_label(source, "INPUT")
        base.check_source(source, "INPUT", label)
        crs = base.analysis_crs(source.sourceCrs(), source.sourceExtent())
        zones = base.features_in_crs(source, crs, context, feedback, label)
        ti, si = provenance_glue.zone_field_indexes(source, label)
        admin = self.parameterAsString(parameters, "ADMIN_CODE", context)
        N.admin_prefix(admin)  # validate before the work
        name_field = self.parameterAsString(parameters, "PLACE_NAME_FIELD", context) or "name"
        layers = self.parameterAsLayerList(parameters, "PLACES", context)
        if not layers:
            raise QgsProcessingException("PLACES: give at least one place-name layer / 请至少给出一个地名图层")
        places = []  # (geometry, name)
        for lyr in layers:
            if not isinstance(lyr, QgsVectorLayer):
                raise QgsProcessingException("PLACES: '%s' is not a vector layer / “%s”不是矢量图层"
                                             % (lyr.name(), lyr.name()))
            base.check_source(lyr, "PLACES", lyr.name())
            idx = base.field_index(lyr, name_field, lyr.name(), "PLACE_NAME_FIELD")
            for f in base.features_in_crs(lyr, crs, context, feedback, lyr.name()):
                nm = f.attributes()[idx]
                if nm is None or str(nm).strip() in ("", "NULL"):
                    continue
                places.append((f.geometry(), str(nm).strip()))
        if not places:
            raise QgsProcessingException("PLACES: no feature has a name in field '%s' / 地名图层字段“%s”全为空"
                                         % (name_field, name_field))
        index = QgsSpatialIndex()
        for i, (g, _) in enumerate(places):
            index.addFeature(i, g.boundingBox())
        features = self._named_features(parameters, context, feedback, crs)
        findex = QgsSpatialIndex()
        for i, (g, _) in enumerate(features):
            findex.addFeature(i, g.boundingBox())
        distinct = self._distinct_features(parameters, context, feedback, crs)
        dindex = QgsSpatialIndex()
        for i, (g, _) in enumerate(distinct):
            dindex.addFeature(i, g.boundingBox())
        legal_field = self.parameterAsString(parameters, "LEGAL_NAME_FIELD", context) or ""
        li = source.fields().lookupField(legal_field) if legal_field else -1
        frame = None
        for f in zones:
            b = f.geometry().boundingBox()
            frame = b if frame is None else (frame.combineExtentWith(b) or frame)
        frame = (frame.xMinimum(), frame.yMinimum(), frame.xMaximum(),
                 frame.yMaximum()) if frame is not None else None
        items = []
        n = len(zones)
        for k, f in enumerate(zones):
            if feedback.isCanceled():
                raise Canceled()
            g = f.geometry()
            pt = g.pointOnSurface().asPoint()
            overlaps = {}
            for i in index.intersects(g.boundingBox()):
                pg, nm = places[i]
                inter = g.intersection(pg)
                a = inter.area() if inter is not None and not inter.isEmpty() else 0.0
                if a > 0:
                    overlaps[nm] = overlaps.get(nm, 0.0) + a
            if not overlaps:
                near = index.nearestNeighbor(pt, 1)
                if near:
                    overlaps[places[near[0]][1]] = 0.0
                    feedback.pushWarning("Zone %s overlaps no place feature: named after the nearest, "
                                         "'%s' / 功能区 %s 不与地名要素相交，取最近地名“%s”"
                                         % (f.id(), places[near[0]][1], f.id(), places[near[0]][1]))
            named = {}
            for i in findex.intersects(g.boundingBox()):
                fg, nm = features[i]
                inter = g.intersection(fg)
                a = inter.area() if inter is not None and not inter.isEmpty() else 0.0
                if a > 0:
                    named[nm] = named.get(nm, 0.0) + a
            items.append({"id": f.id(), "zone_type": f.attributes()[ti],
                          "subtype": f.attributes()[si], "x": pt.x(), "y": pt.y(),
                          "area": g.area(), "overlaps": overlaps, "features": named,
                          "legal_name": _text(f.attributes()[li]) if li >= 0 else "",
                          "distinct": self._distinct_names(
                              g, pt, [distinct[i] for i in dindex.intersects(g.boundingBox())])})
            feedback.setProgress(80.0 * (k + 1) / n)
        suffixes = [s.strip() for s in (self.parameterAsString(parameters, "STRIP_SUFFIXES", context)
                                        or "").replace("，", ",").split(",") if s.strip()]
        codes_table = self.table_param(parameters, "CODES_TABLE", "zone_codes", context)
        named = N.name_zones(items, admin,
                             unicode=self.parameterAsEnum(parameters, "ROMAN", context) == 0,
                             second_share=self.parameterAsDouble(parameters, "SECOND_SHARE",
                                                                 context) / 100.0,
                             codes_table=codes_table, strip_suffixes=suffixes,
                             feature_share=self.parameterAsDouble(parameters, "FEATURE_SHARE",
                                                                  context) / 100.0,
                             frame=frame)
        prev = self.parameterAsSource(parameters, "PREVIOUS", context)
        if prev is not None:   # stable codes (issue 17): control_geom + core.stablecodes
            control_geom.keep_previous_named(prev, zones, named, self.parameterAsDouble(
                parameters, "KEEP_IOU", context), crs, context, feedback)
        fields = provenance_glue.output_fields(source.fields(), [("code", QVariant.String, 32, 0),
                                                   ("name", QVariant.String, 120, 0),
                                                   ("area_km2", QVariant.Double, 20, 4)])
        out_feats = []
        for f in zones:
            rec = named[f.id()]
            nf = QgsFeature(fields)
            attrs = provenance_glue.carry_attributes(f, source.fields(), fields)
            attrs[fields.lookupField("code")] = rec["code"]
            attrs[fields.lookupField("name")] = rec["name"]
            attrs[fields.lookupField("area_km2")] = round(f.geometry().area() / 1e6, 4)
            nf.setAttributes(attrs)
            nf.setGeometry(QgsGeometry(f.geometry()))
            out_feats.append(nf)
        out_feats.sort(key=lambda ft: provenance_glue.code_sort_key(ft["code"]))
        out = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        out = provenance_glue.write_layer(out, out_feats, fields, source.wkbType(), crs, context, "zones")
        rec = provenance_glue.make_record(
            self, parameters, context,
            tables=[P.table_entry(codes_table, "zone_codes",
                                  "shipped" if P.is_shipped(codes_table, "zone_codes")
                                  else "parameter")])
        provenance_glue.write(out, rec, feedback)
        provenance_glue.style(context, out)
        feedback.pushInfo("%d zones coded and named / 已为 %d 个功能区编号命名" % (n, n))
        return {"OUTPUT": out}


def _text(value):
    """A field value as stripped text; NULL, None and '' → ''."""
    if value is None:
        return ""
    t = str(value).strip()
    return "" if t in ("NULL", "None") else t
