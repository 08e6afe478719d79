"""envzoning:controlmaps — N 5.12 / Z 7.3: the 三线一单 maps. The environmental control
units (A3, coloured by 优先保护 / 重点管控 / 一般管控) and one A4 map per element of the
element zones, through the print-layout templates and helpers of maplayout.py."""

import os
import shutil
import uuid

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsLineSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from . import base
from .compat import QVariant
from .styles import cjk_font_family
from . import maplayout as ML

# Colours of the three classes. No national standard fixes them; these are the ones most
# provincial 三线一单 atlases use (e.g. 浙江、江苏): green for priority protection,
# red for key control, yellow for general control. Element zones take the same hues.
UNIT_CLASSES = [
    (1, "优先保护单元", "priority protection unit", "#38a800"),
    (2, "重点管控单元", "key control unit", "#e64b3c"),
    (3, "一般管控单元", "general control unit", "#ffe27a"),
]
ZONE_CLASSES = [(1, "优先保护区", "priority protection zone"), (2, "重点管控区", "key control zone"),
                (3, "一般管控区", "general control zone")]


def class_expression(field):
    """Expression giving 1/2/3 for a class field holding 1/2/3 or the class names
    (优先保护[单元|区], 重点管控…, 一般管控…), as ZHGKDYFL and unit_class do."""
    ref = '"%s"' % field.replace('"', '""')
    return ("CASE WHEN to_string(%(f)s) IN ('1','1.0') OR to_string(%(f)s) LIKE '优先保护%%' "
            "THEN 1 WHEN to_string(%(f)s) IN ('2','2.0') OR to_string(%(f)s) LIKE '重点管控%%' "
            "THEN 2 WHEN to_string(%(f)s) IN ('3','3.0') OR to_string(%(f)s) LIKE '一般管控%%' "
            "THEN 3 END" % {"f": ref})


def class_of(value):
    """1/2/3 of one class value (the Python twin of class_expression), None if unknown."""
    s = str(value if value is not None else "").strip()
    for n, prefix in ((1, "优先保护"), (2, "重点管控"), (3, "一般管控")):
        if s in (str(n), "%d.0" % n) or s.startswith(prefix):
            return n
    return None


def class_renderer(field, labels, present=None):
    """Categorized fill on the class (1/2/3 or names) of ``field``; ``present``: the classes
    to list (default all three)."""
    cats = []
    for (n, _zh, _en, color), label in zip(UNIT_CLASSES, labels):
        if present is not None and n not in present:
            continue
        sym = QgsFillSymbol.createSimple({"color": color, "outline_color": "90,90,90,255",
                                          "outline_width": "0.15"})
        cats.append(QgsRendererCategory(n, sym, label))
    return QgsCategorizedSymbolRenderer(class_expression(field), cats)


class ControlMaps(base.EnvZoningAlgorithm):
    ID = "controlmaps"
    NAME_EN = "Zoning control maps (三线一单)"
    NAME_ZH = "生态环境分区管控图件"
    GROUP = "control"
    SEED = "N 5.12、Z 7.3 / N 5.12, Z 7.3"
    SUMMARY_ZH = ("由 resources/layouts/ 的打印布局模板生成生态环境分区管控（三线一单）图件："
                  "环境管控单元图（A3，优先保护/重点管控/一般管控三类着色，单元编码注记在单元内或以引线标注，"
                  "不出县界）与各要素分区管控图（A4，每个要素一幅），导出 PDF 与 PNG，PDF 文字可检索。")
    SUMMARY_EN = ("Writes the zoning-control (三线一单) maps from the print-layout templates in "
                  "resources/layouts/: the environmental control units (A3, coloured priority / "
                  "key / general, unit codes inside the unit or with a leader line, none outside "
                  "the county) and one A4 map per element of the element zones; PDF (searchable "
                  "text) and PNG.")
    DECISION_ZH = ("三类颜色无国家统一规定，采用各省“三线一单”图集常用配色：优先保护 绿 #38a800、"
                   "重点管控 红 #e64b3c、一般管控 黄 #ffe27a；要素分区用同一配色。分类字段可为 1/2/3 "
                   "或类别名称（如 ZHGKDYFL 的“优先保护单元”）。")
    DECISION_EN = ("No national rule fixes the colours; the ones most provincial 三线一单 atlases "
                   "use: priority protection green #38a800, key control red #e64b3c, general "
                   "control yellow #ffe27a; element zones use the same. The class field may hold "
                   "1/2/3 or the class names (ZHGKDYFL's 优先保护单元 …).")

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initParameters(self, config=None):  # noqa: N802
        poly = [QgsProcessing.TypeVectorPolygon]
        self.add(QgsProcessingParameterFeatureSource("CONTROL_UNITS", "Control units", poly),
                 "环境管控单元", "环境管控单元（controlunits 输出）", "Control units (controlunits output)")
        self.add(QgsProcessingParameterField("UNIT_CLASS_FIELD", "Unit class field", "unit_class",
                                             "CONTROL_UNITS", optional=True),
                 "单元分类字段", "管控单元分类字段：1/2/3 或 优先保护单元/重点管控单元/一般管控单元"
                 "（默认 unit_class，亦可用 ZHGKDYFL）",
                 "Unit class field: 1/2/3 or the class names (default unit_class; ZHGKDYFL works)",
                 advanced=True)
        self.add(QgsProcessingParameterField("UNIT_LABEL_FIELD", "Unit label field", "code",
                                             "CONTROL_UNITS", optional=True),
                 "单元注记字段", "单元注记字段（默认 code，即环境管控单元编码；留空不注记）",
                 "Unit label field (default code, the unit code; empty: no labels)", advanced=True)
        self.add(QgsProcessingParameterFeatureSource("ELEMENT_ZONES", "Element zones", poly,
                                                     optional=True),
                 "要素分区", "要素分区（elementzones 输出），每个要素一幅 A4 图，可选",
                 "Element zones (elementzones output): one A4 map per element, optional")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", poly),
                 "区划范围（县界）", "县（市、区）行政边界", "The county boundary")
        self.add(QgsProcessingParameterFeatureSource("TOWNSHIPS", "Townships", poly,
                                                     optional=True),
                 "乡镇（街道）", "乡镇边界（底图，按名称注记），可选", "Township boundaries (base map), optional")
        self.add(QgsProcessingParameterField("TOWNSHIP_NAME_FIELD", "Township name field", "name",
                                             "TOWNSHIPS", optional=True),
                 "乡镇名称字段", "乡镇名称字段（默认 name）", "Township name field (default name)")
        self.add(QgsProcessingParameterFeatureSource("RIVERS", "Rivers", [
            QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon], optional=True),
            "水系", "河流（线）或水体（面），可选", "Rivers (lines) or water bodies (polygons), optional")
        self.add(QgsProcessingParameterString("REGION_NAME", "County name", "", optional=True),
                 "县（市、区）名称", "图名前缀，如“仙居县”（图名：仙居县环境管控单元图）",
                 "Title prefix, e.g. 仙居县 (title: 仙居县环境管控单元图)")
        self.add(QgsProcessingParameterNumber("DPI", "PNG resolution (dpi)",
                                              QgsProcessingParameterNumber.Integer, 150,
                                              minValue=50, maxValue=600),
                 "PNG 分辨率 (dpi)", "PNG 导出分辨率（默认 150）", "PNG resolution (default 150)",
                 advanced=True)
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", "Output folder"),
                 "输出文件夹", "图件输出文件夹：control_units_a3.pdf/.png、element_<要素>_a4.pdf/.png",
                 "Folder for control_units_a3.pdf/.png and element_<element>_a4.pdf/.png")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", "Control-unit map (PDF)", "PDF (*.pdf)", optional=True,
            createByDefault=False), "管控单元图 PDF", "可选：管控单元图 PDF 另存路径",
            "Optional: path of the control-unit map PDF")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_PNG", "Control-unit map (PNG)", "PNG (*.png)", optional=True,
            createByDefault=False), "管控单元图 PNG", "可选：管控单元图 PNG 另存路径",
            "Optional: path of the control-unit map PNG")

    # -- running ------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        units_src = self.parameterAsSource(parameters, "CONTROL_UNITS", context)
        base.check_source(units_src, "CONTROL_UNITS")
        ulabel = units_src.sourceName() or "CONTROL_UNITS"
        cfield = self.parameterAsString(parameters, "UNIT_CLASS_FIELD", context) or "unit_class"
        ci = base.field_index(units_src, cfield, ulabel, "UNIT_CLASS_FIELD")
        bad = sorted({str(f.attribute(ci)) for f in units_src.getFeatures()
                      if class_of(f.attribute(ci)) is None})
        if bad:
            raise QgsProcessingException(
                "%s: field %s has values that are not a unit class (1/2/3 or 优先保护单元/重点管控单元/"
                "一般管控单元): %s / 图层 %s 字段 %s 含无法识别的单元类别：%s"
                % (ulabel, cfield, ", ".join(bad[:5]), ulabel, cfield, ", ".join(bad[:5])))
        lfield = self.parameterAsString(parameters, "UNIT_LABEL_FIELD", context)
        if lfield:
            base.field_index(units_src, lfield, ulabel, "UNIT_LABEL_FIELD")
        region_src = self.parameterAsSource(parameters, "REGION", context)
        base.check_source(region_src, "REGION")
        towns_src = None
        tname = ""
        if parameters.get("TOWNSHIPS") not in (None, ""):
            towns_src = self.parameterAsSource(parameters, "TOWNSHIPS", context)
            base.check_source(towns_src, "TOWNSHIPS")
            tname = self.parameterAsString(parameters, "TOWNSHIP_NAME_FIELD", context) or "name"
            base.field_index(towns_src, tname, towns_src.sourceName() or "TOWNSHIPS",
                             "TOWNSHIP_NAME_FIELD")
        ez_src = None
        if parameters.get("ELEMENT_ZONES") not in (None, ""):
            ez_src = self.parameterAsSource(parameters, "ELEMENT_ZONES", context)
            base.check_source(ez_src, "ELEMENT_ZONES")
            for fld in ("element", "class"):
                base.field_index(ez_src, fld, ez_src.sourceName() or "ELEMENT_ZONES",
                                 "ELEMENT_ZONES")
        prefix = (self.parameterAsString(parameters, "REGION_NAME", context) or "").strip()
        dpi = self.parameterAsInt(parameters, "DPI", context)
        ML.check_templates()

        crs = base.analysis_crs(region_src.sourceCrs(), region_src.sourceExtent())
        project = QgsProject()
        project.setCrs(crs)
        font = cjk_font_family()
        region = ML.county_boundary(region_src)
        base_layers = [region]
        if rivers := self._rivers(parameters, context):
            base_layers.append(rivers)
        towns = None
        if towns_src is not None:
            towns = ML.township_boundaries(towns_src, tname, font, 8)
            base_layers.append(towns)
        for lyr in base_layers:
            project.addMapLayer(lyr, False)
        outside = ML.outside_obstacle(region, project)
        project.addMapLayer(outside, False)
        ext = ML.extent_in(region, crs, project)

        feedback.setProgress(10)
        stage = os.path.join(QgsProcessingUtils.tempFolder(), "ctlmaps_%s" % uuid.uuid4().hex[:8])
        os.makedirs(stage)
        files = []

        # A3 control-unit map
        units = ML.materialize(units_src, "环境管控单元")
        counts = {n: 0 for n, *_ in UNIT_CLASSES}
        for f in units.getFeatures():
            counts[class_of(f[cfield])] += 1
        units.setRenderer(class_renderer(cfield, ["%s（%d 个）" % (zh, counts[n])
                                                  for n, zh, _en, _c in UNIT_CLASSES]))
        if lfield:
            # the units' CRS units per layout mm on the A3 map frame (about 330 × 250 mm)
            uext = ML.extent_in(region, units.crs(), project)
            mm = 1.06 * max(uext.width() / 330.0, uext.height() / 250.0)
            n_in = unit_labels(units, lfield, font, 5.5, mm)
            feedback.pushInfo("unit labels / 单元注记: %d inside, %d with a leader line"
                              % (n_in, units.featureCount() - n_in))
        project.addMapLayer(units, False)
        files += ML.export_map(project, ML.A3_TEMPLATE, "control_units_a3", "%s环境管控单元图" % prefix,
                            crs, ext, [outside] + base_layers + [units], [units] + base_layers,
                            font, 60, 5, dpi, stage, feedback)
        feedback.setProgress(40)
        if feedback.isCanceled():
            shutil.rmtree(stage, ignore_errors=True)
            return {}

        # A4 element-zone maps, one per element
        if ez_src is not None:
            ez = ML.materialize(ez_src, "要素分区")
            elements = []
            for f in ez.getFeatures():
                key = (f["element"], f["element_zh"] if ez.fields().lookupField("element_zh") >= 0
                       else f["element"])
                if key not in elements:
                    elements.append(key)
            for i, (elem, elem_zh) in enumerate(elements):
                if feedback.isCanceled():
                    shutil.rmtree(stage, ignore_errors=True)
                    return {}
                lyr = ML.materialize(ez_src, "%s管控分区" % elem_zh)
                lyr.setSubsetString('"element" = \'%s\'' % str(elem).replace("'", "''"))
                present = {class_of(f["class"]) for f in lyr.getFeatures()}
                lyr.setRenderer(class_renderer("class", [zh for _n, zh, _en in ZONE_CLASSES],
                                               present))
                project.addMapLayer(lyr, False)
                stem = "element_%s_a4" % _safe(elem)
                files += ML.export_map(project, ML.A4_TEMPLATE, stem, element_title(prefix, elem_zh),
                                    crs, ext, [outside] + base_layers + [lyr],
                                    [lyr] + base_layers, font, 40, 3, dpi, stage, feedback)
                feedback.setProgress(40 + 55 * (i + 1) / max(1, len(elements)))

        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        os.makedirs(folder, exist_ok=True)
        out = {"OUTPUT_FOLDER": folder}
        for key, name in (("OUTPUT_PDF", "control_units_a3.pdf"),
                          ("OUTPUT_PNG", "control_units_a3.png")):
            if parameters.get(key) not in (None, ""):
                dest = self.parameterAsFileOutput(parameters, key, context)
                if dest:
                    os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)
                    shutil.copyfile(os.path.join(stage, name), dest)
                    out[key] = dest
        for name in files:
            shutil.move(os.path.join(stage, name), os.path.join(folder, name))
        out.setdefault("OUTPUT_PDF", os.path.join(folder, "control_units_a3.pdf"))
        out.setdefault("OUTPUT_PNG", os.path.join(folder, "control_units_a3.png"))
        shutil.rmtree(stage, ignore_errors=True)
        feedback.pushInfo("%d maps / 图件 %d 幅: %s" % (len(files) // 2, len(files) // 2,
                                                       ", ".join(files[::2])))
        return out

    def _rivers(self, parameters, context):
        if parameters.get("RIVERS") in (None, ""):
            return None
        src = self.parameterAsSource(parameters, "RIVERS", context)
        base.check_source(src, "RIVERS")
        lyr = ML.materialize(src, "河流水系")
        if lyr.geometryType() == QgsWkbTypes.LineGeometry:
            lyr.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
                "line_color": "0,112,192,255", "line_width": "0.4", "line_width_unit": "MM"})))
        else:
            lyr.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
                "color": "150,200,240,255", "outline_color": "0,112,192,255",
                "outline_width": "0.3"})))
        return lyr


def label_fits(geom, width, height):
    """True when a ``width`` × ``height`` box centred on the pole of inaccessibility of
    ``geom`` (its largest part) lies inside it."""
    from qgis.core import QgsGeometry, QgsRectangle
    parts = geom.asGeometryCollection() if geom.isMultipart() else [geom]
    part = max(parts, key=lambda g: g.area())
    pole, _dist = part.poleOfInaccessibility(max(width, height) / 50.0)
    p = pole.asPoint()
    box = QgsGeometry.fromRect(QgsRectangle(p.x() - width / 2, p.y() - height / 2,
                                            p.x() + width / 2, p.y() + height / 2))
    return part.contains(box)


def unit_labels(layer, field, family, size, mm):
    """Unit labels inside the unit where the label's box fits (tested per unit, at the
    pole of inaccessibility), else beside it with a leader line to the point on surface.
    ``mm``: map units per layout millimetre. Returns the number labelled inside."""
    from qgis.core import QgsField
    fi = layer.fields().lookupField(field)
    layer.dataProvider().addAttributes([QgsField("_fits", QVariant.Int)])
    layer.updateFields()
    ki = layer.fields().lookupField("_fits")
    char_mm = 0.62 * size * 0.3528          # a Latin character / digit, in mm
    changes, n_in = {}, 0
    for f in layer.getFeatures():
        text = str(f.attribute(fi) if f.attribute(fi) is not None else "")
        wide = sum(2 if ord(c) > 0x2E80 else 1 for c in text)
        fits = bool(text) and label_fits(f.geometry(), (wide * char_mm + 1.0) * mm,
                                         (size * 0.3528 * 1.4 + 0.6) * mm)
        n_in += fits
        changes[f.id()] = {ki: int(fits)}
    layer.dataProvider().changeAttributeValues(changes)
    ML.label_layer(layer, field, family, size, QColor(20, 20, 20), priority=6)
    ML.inside_or_beside(layer, '"_fits" = 1', '"_fits" = 0', 5, 5, callout_line={
        "line_color": "40,40,40,255", "line_width": "0.25", "line_width_unit": "MM"})
    return n_in


def element_title(prefix, element_zh):
    """仙居县 + 水环境 → 仙居县水环境管控分区图; 生态 → 生态环境管控分区图."""
    mid = "环境" if element_zh in ("生态", "土壤", "地下水") else ""
    return "%s%s%s管控分区图" % (prefix, element_zh, mid)


def _safe(text):
    s = "".join(c if c.isalnum() and c.isascii() else "_" for c in str(text)).strip("_")
    return s or "element"
