"""envzoning:stylezones — Z 7.3, tables 7 and 8: the zone style (colours, hatches, labels)."""

import os
import shutil

from qgis.core import (
    QgsFeatureSink,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsVectorLayer,
    QgsWkbTypes,
)

from . import base
from . import progress as P
from .styles import check_zone_types, styled_zone_layer

class StyleZones(base.EnvZoningAlgorithm):
    ID = "stylezones"
    NAME_EN = "Style zones"
    NAME_ZH = "环境功能区样式"
    GROUP = "outputs"
    SEED = "Z 7.3 表7、表8 / Z 7.3, tables 7 and 8"
    SUMMARY_ZH = ("按表7着色：自然生态红线区 (240,60,0)、生态功能保障区 (0,200,50)、农产品环境保障区 (240,240,90)、"
                  "人居环境保障区 (160,200,250)、环境优化准入区 (90,160,250) 加斜线、环境重点准入区 (30,120,230) 加网格"
                  "（表8）；标注区域编号。样式另存为 QML（输出旁及 OUTPUT_QML），图层加载时自动应用。")
    SUMMARY_EN = ("Table 7 colours: I (240,60,0), II (0,200,50), III (240,240,90), IV (160,200,250), "
                  "V (90,160,250) with a diagonal hatch, VI (30,120,230) with a grid hatch (table 8); "
                  "zone codes as labels. The style is saved as QML (beside the output and to "
                  "OUTPUT_QML) and applied when the layer is loaded.")
    DECISION_ZH = ("表8 的图案图片未保留：斜线 = 45° 线型填充，网格 = 0° 与 90° 两层线型填充，均叠加在表7 填充色之上，"
                   "线距 2 mm。样式源文件为 resources/styles/zones.qml（可编辑）。")
    DECISION_EN = ("Table 8's pattern images are lost: diagonal = one 45° line-pattern fill, grid "
                   "= two line-pattern fills at 0° and 90°, over the table 7 fill, 2 mm apart. "
                   "The style's source is resources/styles/zones.qml (editable).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Zones", [
            QgsProcessing.TypeVectorPolygon]), "环境功能区", "环境功能区面图层（zone_type 为 I…VI）",
            "Zone polygons (zone_type I…VI)")
        self.add(QgsProcessingParameterField("TYPE_FIELD", "Zone type field", "zone_type",
                                             "INPUT", optional=True),
                 "类型字段", "分类着色所用的类型字段（I…VI，默认 zone_type）",
                 "Category field with the zone type (I…VI, default zone_type)")
        self.add(QgsProcessingParameterField("LABEL_FIELD", "Label field", "code", "INPUT",
                                             optional=True),
                 "标注字段", "标注字段（默认 code 区域编号；留空不标注）",
                 "Label field (default code; empty: no labels)")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Styled zones",
                                                   QgsProcessing.TypeVectorPolygon),
                 "带样式的环境功能区", "环境功能区副本，旁附 .qml 样式（GeoPackage 中另存为默认样式）",
                 "A copy of the zones with a sidecar .qml (also the default style inside a "
                 "GeoPackage)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_QML", "Style file (QML)", "QGIS style (*.qml)", optional=True,
            createByDefault=False), "样式文件 QML", "另存样式文件（可选）",
            "Also save the style to this file (optional)")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        base.check_source(source, "INPUT")
        label = source.sourceName() or "INPUT"
        type_field = self.parameterAsString(parameters, "TYPE_FIELD", context)
        type_idx = base.field_index(source, type_field, label, "TYPE_FIELD")
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context)
        if label_field:
            base.field_index(source, label_field, label, "LABEL_FIELD")
        check_zone_types(source, type_idx, label)

        # repaired (makeValid) and without empty geometries, with a warning (SPEC section 7)
        feats = base.features_in_crs(source, source.sourceCrs(), context, feedback, label)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(),
                                          QgsWkbTypes.multiType(source.wkbType()),
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException("Cannot create OUTPUT / 无法创建输出")
        total = max(1, len(feats))
        for i, f in enumerate(feats):
            P.check_canceled(feedback)
            sink.addFeature(f, QgsFeatureSink.FastInsert)
            feedback.setProgress(80.0 * (i + 1) / total)
        del sink

        layer = QgsVectorLayer("Polygon?crs=%s" % source.sourceCrs().authid(), "zones", "memory")
        layer.dataProvider().addAttributes(source.fields().toList())
        layer.updateFields()
        styled_zone_layer(layer, type_field, label_field)
        qml_text = _qml_text(layer)
        side = base.apply_style(context, dest, qml_text)
        result = {"OUTPUT": dest, "OUTPUT_QML": None}
        if parameters.get("OUTPUT_QML") not in (None, ""):
            qml_path = self.parameterAsFileOutput(parameters, "OUTPUT_QML", context)
            if qml_path:
                os.makedirs(os.path.dirname(os.path.abspath(qml_path)), exist_ok=True)
                if side and os.path.abspath(side) == os.path.abspath(qml_path):
                    pass  # the sidecar is that file
                elif side:
                    shutil.copyfile(side, qml_path)
                else:
                    with open(qml_path, "w", encoding="utf-8") as fh:
                        fh.write(qml_text)
                result["OUTPUT_QML"] = qml_path
        _save_default_style_in_gpkg(dest, qml_text, feedback)
        return result


def _qml_text(layer):
    from qgis.PyQt.QtXml import QDomDocument

    doc = QDomDocument()
    err = layer.exportNamedStyle(doc, categories=QgsMapLayer.Symbology | QgsMapLayer.Labeling)
    if err:
        raise QgsProcessingException("Cannot export the zone style: %s" % err)
    return doc.toString(2)


def _save_default_style_in_gpkg(dest, qml_text, feedback):
    """A GeoPackage output also carries the style as its default (layer_styles table), so it
    opens styled anywhere."""
    path = (dest or "").split("|")[0]
    if not path.lower().endswith(".gpkg") or not os.path.exists(path):
        return
    layer = QgsVectorLayer(dest, "zones", "ogr")
    if not layer.isValid():
        return
    from qgis.PyQt.QtXml import QDomDocument

    doc = QDomDocument()
    doc.setContent(qml_text)
    layer.importNamedStyle(doc)
    err = layer.saveStyleToDatabase("envzoning_zones", "Z 7.3 tables 7/8", True, "")
    if err:
        feedback.pushWarning("Style not stored in the GeoPackage: %s / 样式未写入 GeoPackage" % err)
