"""Geometry helpers shared by the zoning-control algorithms (elementzones, controlunits,
accesslist, sitecheck, comparezonings): polygon parts, unions, overlays with a spatial
index. Glue only: the decisions are in core/control.py."""

from qgis.core import (
    QgsGeometry,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from . import base


def polys(g, min_area=0.0):
    """The polygon part of ``g`` as a MultiPolygon geometry, or None when empty."""
    if g is None or g.isNull() or g.isEmpty():
        return None
    if QgsWkbTypes.geometryType(g.wkbType()) != QgsWkbTypes.PolygonGeometry:
        if g.isMultipart() or QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.GeometryCollection:
            parts = [p for p in g.asGeometryCollection()
                     if QgsWkbTypes.geometryType(p.wkbType()) == QgsWkbTypes.PolygonGeometry]
            if not parts:
                return None
            g = QgsGeometry.collectGeometry(parts)
        else:
            return None
    if g.area() <= min_area:
        return None
    g = QgsGeometry(g)
    g.convertToMultiType()
    return g


def union(geoms):
    geoms = [g for g in geoms if g is not None and not g.isEmpty()]
    if not geoms:
        return None
    if len(geoms) == 1:
        return polys(geoms[0])
    return polys(QgsGeometry.unaryUnion(geoms))


def intersect(a, b):
    if a is None or b is None:
        return None
    if not a.boundingBox().intersects(b.boundingBox()):
        return None
    return polys(a.intersection(b))


def difference(a, b):
    if a is None:
        return None
    if b is None or not a.boundingBox().intersects(b.boundingBox()):
        return a
    return polys(a.difference(b))


def single_parts(g):
    if g is None:
        return []
    return g.asGeometryCollection() if g.isMultipart() else [g]


def analysis_crs_of(source):
    return base.analysis_crs(source.sourceCrs(), source.sourceExtent())


class Index:
    """A spatial index over (geometry, payload) items."""

    def __init__(self, items):
        self.items = list(items)
        self.index = QgsSpatialIndex()
        for i, (g, _) in enumerate(self.items):
            self.index.addFeature(i, g.boundingBox())

    def candidates(self, g):
        return [self.items[i] for i in sorted(self.index.intersects(g.boundingBox()))]


def layer_label(layer):
    """A layer's own name: the GeoPackage/… sub-layer name when QGIS named it by the file."""
    src = layer.source() if hasattr(layer, "source") else ""
    for part in str(src).split("|")[1:]:
        if part.startswith("layername="):
            return part.split("=", 1)[1]
    return layer.name()
