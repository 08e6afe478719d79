"""Shared glue of the zone reports (registrationtable, zoningtext; issue 18 item 2): the
zone layer and its context layers as parameters, the townships and rivers a zone touches,
the outer ring of a zone, the DOCX writer. Moved out of registrationtable.py so that no
algorithm imports another algorithm."""

import os

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core.errors import EnvZoningError
from ..paths import ensure_ext_libs
from . import base

ensure_ext_libs()


def docx_writer():
    """core.register_docx, or None when python-docx cannot be imported."""
    try:
        from ..core import register_docx
    except ImportError:
        return None
    return register_docx


def largest_ring(g):
    """(outer ring of the largest part as [(x, y)], number of parts)."""
    parts = g.asMultiPolygon() if g.isMultipart() else [g.asPolygon()]
    parts = [p for p in parts if p and p[0]]
    if not parts:
        raise EnvZoningError("A zone has an empty polygon / 区域多边形为空")
    best = max(parts, key=lambda p: QgsGeometry.fromPolygonXY([p[0]]).area())
    return [(pt.x(), pt.y()) for pt in best[0]], len(parts)


class ZoneReport(base.EnvZoningAlgorithm):
    """Base of registrationtable and zoningtext (not itself an algorithm of the provider)."""

    def add_zone_inputs(self):
        """The zone layer, its fields, townships, rivers and region (the first ten parameters
        of both algorithms, in this order)."""
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Zones", [
            QgsProcessing.TypeVectorPolygon]), "环境功能区",
            "已命名的环境功能区（namezones / zonetargets 的输出：code、name、zone_type、area_km2、"
            "main_function、env_target、eco_target、measures、negative_list）",
            "Named zones (output of namezones / zonetargets: code, name, zone_type, area_km2, "
            "main_function, env_target, eco_target, measures, negative_list)")
        self.add(QgsProcessingParameterField("CODE_FIELD", "Code field", "code", "INPUT", optional=True),
                 "编号字段", "环境功能区编号字段（默认 code）", "Zone code field (default code)")
        self.add(QgsProcessingParameterField("NAME_FIELD", "Name field", "name", "INPUT", optional=True),
                 "名称字段", "环境功能区名称字段（默认 name）", "Zone name field (default name)")
        self.add(QgsProcessingParameterField("TYPE_FIELD", "Zone type field", "zone_type",
                                             "INPUT", optional=True),
                 "类型字段", "环境功能区类型字段（I…VI，默认 zone_type）",
                 "Zone type field (I…VI, default zone_type)")
        self.add(QgsProcessingParameterFeatureSource("TOWNSHIPS", "Townships", [
            QgsProcessing.TypeVectorPolygon], optional=True), "乡镇（街道）",
            "乡镇边界，用于“位置”（区域所在乡镇及占比）", "Township boundaries, for the location "
            "(the townships a zone lies in, with shares)")
        self.add(QgsProcessingParameterField("TOWNSHIP_NAME_FIELD", "Township name field", "name",
                                             "TOWNSHIPS", optional=True),
                 "乡镇名称字段", "乡镇名称字段（默认 name）", "Township name field (default name)")
        self.add(QgsProcessingParameterFeatureSource("RIVERS", "Rivers", [
            QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon], optional=True),
            "河流水系", "河流（线或面），用于“流经河流”", "Rivers (lines or polygons), for the rivers "
            "crossing each zone")
        self.add(QgsProcessingParameterField("RIVER_NAME_FIELD", "River name field", "name",
                                             "RIVERS", optional=True),
                 "河流名称字段", "河流名称字段（默认 name）", "River name field (default name)")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", [
            QgsProcessing.TypeVectorPolygon], optional=True), "区划范围",
            "县（市）行政区边界：基本概况写出区域位于县域的哪个方位（不给出时用全部功能区的范围）",
            "County boundary: the overview says where in the county a zone lies (default: the "
            "extent of all zones)")
        self.add(QgsProcessingParameterString("REGION_NAME", "Region name", "", optional=True),
                 "区划名称", "县（市）名称，如“仙居县”（默认取标题中“环境功能区划”之前的部分）",
                 "County name, e.g. 仙居县 (default: the title's part before 环境功能区划)")

    def _dest(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        path = self.parameterAsFileOutput(parameters, name, context)
        if path:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        return path or None

    def _named_features(self, parameters, layer_param, field_param, crs, context, feedback):
        if parameters.get(layer_param) in (None, ""):
            return None
        src = self.parameterAsSource(parameters, layer_param, context)
        base.check_source(src, layer_param)
        lab = src.sourceName() or layer_param
        fname = self.parameterAsString(parameters, field_param, context) or "name"
        idx = base.field_index(src, fname, lab, field_param)
        feats = base.features_in_crs(src, crs, context, feedback, lab)
        index = QgsSpatialIndex()
        items = {}
        for i, f in enumerate(feats):
            nf = QgsFeature(i)
            nf.setGeometry(f.geometry())
            index.addFeature(nf)
            val = f.attributes()[idx]
            items[i] = (f.geometry(), "" if val is None else str(val).strip())
        return index, items

    @staticmethod
    def _shares(g, towns, area):
        if towns is None or area <= 0:
            return []
        index, items = towns
        acc = {}
        for i in index.intersects(g.boundingBox()):
            tg, name = items[i]
            if not name or not tg.intersects(g):
                continue
            a = g.intersection(tg).area() / 1e6
            if a > 0:
                acc[name] = acc.get(name, 0.0) + a
        total = sum(acc.values()) or area
        return [(n, a / total) for n, a in acc.items() if a / total >= 0.01]

    @staticmethod
    def _rivers(g, rivers):
        if rivers is None:
            return []
        index, items = rivers
        acc = {}
        for i in index.intersects(g.boundingBox()):
            rg, name = items[i]
            if not name or not rg.intersects(g):
                continue
            inter = g.intersection(rg)
            size = inter.length() if rg.type() == QgsWkbTypes.LineGeometry else inter.area()
            if size > 0:
                acc[name] = acc.get(name, 0.0) + size
        return [n for n, _ in sorted(acc.items(), key=lambda t: (-t[1], t[0]))]
