"""Shared glue, styles (issue 18 item 2): QML of the level and zone styles, sidecar .qml
beside an output and the style applied when QGIS loads the layer."""

import json
import os
import shutil
import uuid

from qgis.core import (
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsVectorLayerSimpleLabeling,
)

from ..core import register as REG
from ..paths import PLUGIN_DIR


STYLE_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")


_post_processors = []  # keep Python post-processors alive (STYLE.md item 8)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml):
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()


def paletted_qml(classes):
    """QML of a paletted raster style: ``classes`` = [(value, (r, g, b), label)] (the one
    raster QML generator: levels, zone codes)."""
    entries = "\n".join(
        '        <paletteEntry value="%d" color="#%02x%02x%02x" alpha="255" label="%s"/>'
        % ((value,) + tuple(rgb) + (_xml(label),)) for value, rgb, label in classes)
    return QML_RASTER % {"entries": entries}


def categorized_qml(field, classes):
    """QML of a categorized vector style on ``field``: ``classes`` = [(value, (r, g, b),
    label)] (the one vector QML generator: levels, zone types, control classes)."""
    cats, syms = [], []
    for i, (value, rgb, label) in enumerate(classes):
        cats.append('      <category render="true" symbol="%d" value="%s" label="%s"/>'
                    % (i, _xml(str(value)), _xml(label)))
        syms.append(QML_FILL_SYMBOL % {"name": i, "rgb": "%d,%d,%d,255" % tuple(rgb)})
    return QML_VECTOR % {"field": field, "cats": "\n".join(cats), "syms": "\n".join(syms)}


def _level_classes(kind):
    with open(os.path.join(STYLE_DIR, "levels.json"), encoding="utf-8") as fh:
        spec = json.load(fh)[kind]
    return [(c["value"], _rgb(c["color"]), c["zh"] + " " + c["en"]) for c in spec["classes"]]


def level_style_qml(kind):
    """QML text of a 5-level (or factor) paletted raster style from styles/levels.json."""
    return paletted_qml(_level_classes(kind))


def vector_level_qml(kind, field):
    """QML of a categorized vector style on ``field`` with the classes of ``kind``."""
    return categorized_qml(field, _level_classes(kind))


def _rgb(hexcolor):
    h = hexcolor.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _xml(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def apply_style(context, output_path, qml_text=None, qml_file=None):
    """Write ``<output>.qml`` beside a file output and style the layer when QGIS loads it.
    A temporary (memory) output gets no sidecar: its style goes to the temp folder."""
    if not output_path:
        return None
    base = output_path.split("|")[0]
    if os.path.isabs(base) and os.path.isfile(base):
        side = os.path.splitext(base)[0] + ".qml"
    else:  # memory layer or layer id: nothing to sit beside
        side = os.path.join(QgsProcessingUtils.tempFolder(), "style_%s.qml" % uuid.uuid4().hex[:8])
    if qml_file:
        shutil.copyfile(qml_file, side)
    else:
        with open(side, "w", encoding="utf-8") as fh:
            fh.write(qml_text)
    if context.willLoadLayerOnCompletion(output_path):
        pp = StylePostProcessor(side)
        _post_processors.append(pp)
        context.layerToLoadOnCompletionDetails(output_path).setPostProcessor(pp)
    return side


QML_RASTER = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="AllStyleCategories">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
%(entries)s
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
"""


QML_FILL_SYMBOL = """      <symbol type="fill" name="%(name)s" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="color" value="%(rgb)s"/>
            <Option type="QString" name="outline_color" value="90,90,90,255"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
            <Option type="QString" name="outline_style" value="solid"/>
          </Option>
        </layer>
      </symbol>"""


QML_VECTOR = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="Symbology">
  <renderer-v2 type="categorizedSymbol" attr="%(field)s" symbollevels="0" enableorderby="0" forceraster="0">
    <categories>
%(cats)s
    </categories>
    <symbols>
%(syms)s
    </symbols>
  </renderer-v2>
</qgis>
"""


# -- the zone style (stylezones, zoningmaps, controlmaps) ------------------------------

ZONES_QML = os.path.join(STYLE_DIR, "zones.qml")
# CJK-capable label fonts, first available wins (Linux, then Windows, then generic)
CJK_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei",
             "SimHei", "WenQuanYi Micro Hei", "Noto Sans SC", "PingFang SC"]


def cjk_font_family():
    """The first installed CJK sans font of CJK_FONTS (the first one when none is known)."""
    from .compat import font_families

    families = font_families()  # empty without a GUI font database
    for fam in CJK_FONTS:
        if fam in families:
            return fam
    return CJK_FONTS[0]


def styled_zone_layer(layer, type_field="zone_type", label_field="code", font_size=None):
    """Apply the shipped zone style (resources/styles/zones.qml) to ``layer`` with the given
    category and label fields and an installed CJK font. Returns the layer."""
    msg, ok = layer.loadNamedStyle(ZONES_QML, QgsMapLayer.Symbology | QgsMapLayer.Labeling)
    if not ok:
        raise QgsProcessingException("Cannot read the zone style %s: %s / 无法读取区划样式"
                                     % (ZONES_QML, msg))
    layer.renderer().setClassAttribute(type_field)
    if label_field:
        settings = layer.labeling().settings()
        settings.fieldName = label_field
        settings.isExpression = False
        fmt = settings.format()
        font = fmt.font()
        font.setFamily(cjk_font_family())
        fmt.setFont(font)
        if font_size:
            fmt.setSize(font_size)
        settings.setFormat(fmt)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)
    return layer


def check_zone_types(source, type_idx, label):
    """Every zone_type value must be one of I…VI (ASCII, SPEC section 2)."""
    bad = set()
    for v in source.uniqueValues(type_idx):
        if v is None or str(v) not in REG.TYPE_ORDER:
            bad.add(str(v))
    if bad:
        vals = ", ".join(sorted(bad)[:10])
        raise QgsProcessingException(
            "Layer '%s': zone type value(s) %s are not I, II, III, IV, V or VI (ASCII) — those "
            "zones would not be drawn / 图层“%s”的类型值 %s 不是 I…VI（ASCII），无法按表7着色"
            % (label, vals, label, vals))
