"""Render layers (styled by their sidecar .qml) to a PNG, offscreen — to look at outputs.

Usage: render.py out.png layer1 [layer2 ...] [--width 1200] [--title 文本] [--legend]
                 [--label FIELD] [--outline region.gpkg|layername=region] [--lines L ...]
A layer is a path (raster or vector, ``path|layername=x`` allowed); the first is drawn on
top. ``--legend`` draws the classes of the first layer's style; ``--label`` labels the
first (vector) layer with a field; ``--outline`` draws a boundary on top (no fill);
``--lines`` (repeatable) draws line layers or polygon outlines on top, thin, in blue, red, …
Extent: the union of all layers.
"""

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRectangle,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QPainter  # noqa: E402

FONT = "Noto Sans CJK SC"


def load(path):
    base = path.split("|")[0]
    name = os.path.splitext(os.path.basename(base))[0]
    if base.lower().endswith((".tif", ".tiff", ".vrt", ".img")):
        layer = QgsRasterLayer(path, name)
    else:
        layer = QgsVectorLayer(path, name, "ogr")
    if not layer.isValid():
        raise SystemExit("cannot load %s" % path)
    qml = os.path.splitext(base)[0] + ".qml"
    if os.path.exists(qml):
        layer.loadNamedStyle(qml)
    return layer


def outline_layer(path):
    layer = QgsVectorLayer(path, "outline", "ogr")
    if not layer.isValid():
        raise SystemExit("cannot load %s" % path)
    sym = layer.renderer().symbol()
    sym.setColor(QColor(0, 0, 0, 0))
    sym.symbolLayer(0).setStrokeColor(QColor("black"))
    sym.symbolLayer(0).setStrokeWidth(0.6)
    return layer


def line_layer(path, color):
    """A line layer (or polygon outlines) drawn on top, thin, in ``color``."""
    layer = QgsVectorLayer(path, "lines", "ogr")
    if not layer.isValid():
        raise SystemExit("cannot load %s" % path)
    sym = layer.renderer().symbol()
    if layer.geometryType() == 2:   # polygons: outline only
        sym.setColor(QColor(0, 0, 0, 0))
        sym.symbolLayer(0).setStrokeColor(QColor(color))
        sym.symbolLayer(0).setStrokeWidth(0.35)
    else:
        sym.setColor(QColor(color))
        sym.setWidth(0.45)
    return layer


def legend_items(layer):
    """(colour, label) of the classes of a paletted raster or categorized vector style."""
    r = layer.renderer()
    if hasattr(r, "classes"):
        return [(c.color, c.label) for c in r.classes()]
    if hasattr(r, "categories"):
        return [(QColor(c.symbol().color()), c.label()) for c in r.categories()]
    return []


def render(out, paths, width=1200, title=None, legend=False, label=None, outline=None,
           lines=()):
    layers = [load(p) for p in paths]
    if label and isinstance(layers[0], QgsVectorLayer):
        pal = QgsPalLayerSettings()
        pal.fieldName = label
        fmt = QgsTextFormat()
        fmt.setFont(QFont(FONT))
        fmt.setSize(6)
        pal.setFormat(fmt)
        layers[0].setLabeling(QgsVectorLayerSimpleLabeling(pal))
        layers[0].setLabelsEnabled(True)
    colors = ["#1f5fd6", "#d62020", "#7a3fb0", "#207a20"]
    shown = [line_layer(p, colors[k % len(colors)]) for k, p in enumerate(lines)] + \
        ([outline_layer(outline)] if outline else []) + layers
    ext = QgsRectangle()
    ext.setMinimal()
    for lyr in shown:
        ext.combineExtentWith(lyr.extent())
    ext.scale(1.05)
    height = int(width * ext.height() / max(ext.width(), 1e-9))
    ms = QgsMapSettings()
    ms.setLayers(shown)
    ms.setDestinationCrs(layers[-1].crs())
    ms.setExtent(ext)
    ms.setOutputSize(QSize(width, height))
    ms.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage()
    p = QPainter(img)
    p.setPen(QColor(0, 0, 0))
    y = 14
    if title:
        p.setFont(QFont(FONT, 14))
        p.drawText(img.rect().adjusted(14, 8, -10, -10),
                   Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, title)
        y = 60
    if legend:
        p.setFont(QFont(FONT, 11))
        for color, text in legend_items(layers[0]):
            p.fillRect(14, y - 13, 20, 15, color)
            p.drawText(40, y, text)
            y += 22
    p.end()
    img.save(out)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("layers", nargs="+")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--title")
    ap.add_argument("--legend", action="store_true")
    ap.add_argument("--label")
    ap.add_argument("--outline")
    ap.add_argument("--lines", action="append", default=[],
                    help="line (or polygon-outline) layer drawn on top; repeatable")
    a = ap.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    render(a.out, a.layers, a.width, a.title, a.legend, a.label, a.outline, a.lines)
    print("map / 图: %s" % os.path.basename(a.out))


if __name__ == "__main__":
    sys.exit(main())
