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


def overlay(faces, layers, is_canceled=None):
    """Vector overlay: split the ``faces`` [(geometry, tag)] by every polygon of ``layers``
    [(geometry, payload)]. Returns [(geometry, tag, [payloads of the polygons over it])];
    the faces tile what the input faces tiled (no rasterizing: boundaries are the inputs')."""
    out = [(g, tag, []) for g, tag in faces if g is not None]
    for zg, payload in layers:
        if zg is None:
            continue
        bb = zg.boundingBox()
        engine = QgsGeometry.createGeometryEngine(zg.constGet())
        engine.prepareGeometry()
        nxt = []
        for g, tag, over in out:
            if not g.boundingBox().intersects(bb) or not engine.intersects(g.constGet()):
                nxt.append((g, tag, over))
                continue
            inside = intersect(g, zg)
            if inside is None:
                nxt.append((g, tag, over))
                continue
            nxt.append((inside, tag, over + [payload]))
            outside = difference(g, zg)
            if outside is not None:
                nxt.append((outside, tag, over))
        out = nxt
        if is_canceled is not None and is_canceled():
            break
    return out


def shared_borders(pieces, group_of):
    """{(i, j): shared border length} of polygons in the same group (boundary of one within
    1 cm of the other, so tiny noding differences do not hide a border)."""
    borders = {}
    by_group = {}
    for i, g in enumerate(pieces):
        by_group.setdefault(group_of(i), []).append(i)
    for ids in by_group.values():
        if len(ids) < 2:
            continue
        index = Index([(pieces[i], i) for i in ids])
        for i in ids:
            gi = pieces[i]
            bi = QgsGeometry(gi.constGet().boundary())
            for gj, j in index.candidates(gi):
                if j <= i:
                    continue
                length = bi.intersection(gj.buffer(0.01, 2)).length()
                if length > 0:
                    borders[(i, j)] = length
    return borders
