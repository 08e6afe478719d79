"""Shared glue, styles (issue 18 item 2): QML of the level and zone styles, sidecar .qml
beside an output and the style applied when QGIS loads the layer."""

import json
import os
import shutil
import uuid

from qgis.core import (
    QgsLayerTree,
    QgsMapLayerType,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsProject,
    QgsWkbTypes,
)

from ..paths import PLUGIN_DIR


STYLE_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")


_post_processors = []  # keep Python post-processors alive (STYLE.md item 8)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a loaded output with its sidecar ``qml`` (None: unstyled) and, once
    ``order_loaded_outputs`` gave it a run token, puts it in its place in the layer tree.
    One post-processor per output: QGIS deletes the one a new one replaces."""

    def __init__(self, qml=None):
        super().__init__()
        self.qml = qml
        self.token = None
        self.stage = 1

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None:
            return
        if self.qml and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()
        if not self.token:
            return
        layer.setCustomProperty(RANK_KEY, layer_rank(layer, self.stage, bool(self.qml)))
        layer.setCustomProperty(RUN_KEY, self.token)
        for project in (context.project() if context is not None else None,
                        QgsProject.instance()):
            if project is not None and project.layerTreeRoot().findLayer(layer.id()):
                place_layer(project, layer)
                break


# -- the order of the layers QGIS loads after a run (issue 14 item 3) ------------------------
# QGIS 3.22 loads a run's outputs in the order of their paths (a QMap), each on top: the grey
# index over the styled level map, the composite grid over the zones. Every loaded output of
# an envzoning run gets a run token on its StylePostProcessor (a new one if it has no style),
# which, once QGIS has put the layer in the layer tree, moves it among the layers of the same
# run (same token) by rank: later workflow stage above earlier (zones over the evaluation),
# then tables, points, lines, polygons, rasters, then styled above unstyled.

RANK_KEY = "envzoning/load_rank"
RUN_KEY = "envzoning/load_run"
STAGES = {"evaluation": 1, "zoning": 2, "outputs": 3, "control": 4}


def layer_rank(layer, stage, styled):
    """A number; higher is drawn on top: stage × 100 + kind × 10 + styled."""
    kind = 1  # raster and anything else
    if layer.type() == QgsMapLayerType.VectorLayer:
        kind = {QgsWkbTypes.PointGeometry: 4, QgsWkbTypes.LineGeometry: 3,
                QgsWkbTypes.PolygonGeometry: 2}.get(layer.geometryType(), 5)
    return stage * 100 + kind * 10 + (1 if styled else 0)


def place_layer(project, layer):
    """Move ``layer``'s tree node among its siblings of the same run: above the first one of
    a lower rank, else below the last one of the same run; layers of other runs stay put."""
    node = project.layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    if parent is None:
        return
    token = layer.customProperty(RUN_KEY)
    rank = int(layer.customProperty(RANK_KEY, 0))
    before = after = None
    for i, child in enumerate(parent.children()):
        if not QgsLayerTree.isLayer(child) or child.layerId() == layer.id():
            continue
        other = child.layer()
        if other is None or other.customProperty(RUN_KEY) != token:
            continue
        if int(other.customProperty(RANK_KEY, 0)) < rank:
            before = i
            break
        after = i
    if before is not None:
        index = before
    elif after is not None:
        index = after + 1
    else:
        return
    ids = [c.layerId() if QgsLayerTree.isLayer(c) else None for c in parent.children()]
    current = ids.index(layer.id())
    if current == (before - 1 if before is not None else after + 1):
        return   # already there
    parent.insertChildNode(index, node.clone())
    parent.removeChildNode(node)


def order_loaded_outputs(alg, results, context):
    """Give every output of this run that QGIS loads on completion a run token and stage on
    its post-processor (see above). One token per context: the children of a model share the
    model's."""
    if context is None or not isinstance(results, dict):
        return
    loads = context.layersToLoadOnCompletion()
    token = None
    for details in loads.values():
        pp = details.postProcessor()
        if isinstance(pp, StylePostProcessor) and pp.token:
            token = pp.token
            break
    token = token or uuid.uuid4().hex
    stage = STAGES.get(getattr(alg, "GROUP", ""), 1)
    for name in [d.name() for d in alg.outputDefinitions()]:
        value = results.get(name)
        if not isinstance(value, str) or value not in loads:
            continue
        details = context.layerToLoadOnCompletionDetails(value)
        pp = details.postProcessor()
        if pp is None:
            pp = StylePostProcessor()
            _post_processors.append(pp)
            details.setPostProcessor(pp)
        elif not isinstance(pp, StylePostProcessor):
            continue   # not ours: left alone
        pp.token, pp.stage = token, stage


def rekey_loads(context, final):
    """Re-point the layers QGIS loads on completion from staged to final paths
    (``final(path)``), keeping their post-processors. QgsProcessingContext
    .setLayersToLoadOnCompletion deletes the post-processor of every key it no longer holds,
    and LayerDetails copies share the pointer: a moved entry gets fresh details and a new
    StylePostProcessor with the old one's settings, so no entry points at a deleted one."""
    from qgis.core import QgsProcessingContext

    loads = context.layersToLoadOnCompletion()
    if not any(final(k) != k for k in loads):
        return
    new, carried = {}, {}
    for key, details in loads.items():
        target = final(key)
        if target == key:
            new[key] = details   # same key, same pointer: kept
            continue
        fresh = QgsProcessingContext.LayerDetails(details.name, details.project,
                                                  details.outputName, details.layerTypeHint)
        if hasattr(details, "forceName"):
            fresh.forceName = details.forceName
        new[target] = fresh
        pp = details.postProcessor()
        if isinstance(pp, StylePostProcessor):
            carried[target] = (final(pp.qml) if pp.qml else None, pp.token, pp.stage)
    context.setLayersToLoadOnCompletion(new)
    for target, (qml, token, stage) in carried.items():
        pp = StylePostProcessor(qml)
        pp.token, pp.stage = token, stage
        _post_processors.append(pp)
        context.layerToLoadOnCompletionDetails(target).setPostProcessor(pp)


def level_style_qml(kind):
    """QML text of a 5-level (or factor) paletted raster style from styles/levels.json."""
    with open(os.path.join(STYLE_DIR, "levels.json"), encoding="utf-8") as fh:
        spec = json.load(fh)[kind]
    entries = "\n".join(
        '        <paletteEntry value="%d" color="%s" alpha="255" label="%s"/>' % (
            c["value"], c["color"], _xml(c["zh"] + " " + c["en"]))
        for c in spec["classes"])
    return QML_RASTER % {"entries": entries}


def vector_level_qml(kind, field):
    """QML of a categorized vector style on ``field`` with the classes of ``kind``."""
    with open(os.path.join(STYLE_DIR, "levels.json"), encoding="utf-8") as fh:
        spec = json.load(fh)[kind]
    cats, syms = [], []
    for i, c in enumerate(spec["classes"]):
        cats.append('      <category render="true" symbol="%d" value="%d" label="%s"/>' % (
            i, c["value"], _xml(c["zh"] + " " + c["en"])))
        r, g, b = _rgb(c["color"])
        syms.append(QML_FILL_SYMBOL % {"name": i, "rgb": "%d,%d,%d,255" % (r, g, b)})
    return QML_VECTOR % {"field": field, "cats": "\n".join(cats), "syms": "\n".join(syms)}


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
