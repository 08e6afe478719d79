"""Render layers (styled by their sidecar .qml) to a PNG, offscreen — to look at outputs.

Usage: render.py out.png layer1 [layer2 ...] [--width 1200] [--title 文本]
A layer is a path (raster or vector, ``path|layername=x`` allowed); the first is drawn on
top. Extent: the union of all layers.
"""

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QPainter  # noqa: E402


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


def render(out, paths, width=1200, title=None):
    layers = [load(p) for p in paths]
    ext = QgsRectangle()
    ext.setMinimal()
    for lyr in layers:
        ext.combineExtentWith(lyr.extent())
    ext.scale(1.03)
    height = int(width * ext.height() / max(ext.width(), 1e-9))
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(layers[-1].crs())
    ms.setExtent(ext)
    ms.setOutputSize(QSize(width, height))
    ms.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage()
    if title:
        p = QPainter(img)
        p.setFont(QFont("Noto Sans CJK SC", 18))
        p.setPen(QColor(0, 0, 0))
        p.drawText(img.rect().adjusted(10, 10, -10, -10), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, title)
        p.end()
    img.save(out)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("layers", nargs="+")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--title")
    a = ap.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    render(a.out, a.layers, a.width, a.title)
    print(a.out)


if __name__ == "__main__":
    sys.exit(main())
