"""Map tool: click a point, find the zone (and the control unit) under it.

Reads layer attributes only. The zone layer is the active layer when it has zone fields,
else the first visible layer that has them; control units likewise (fields HJZHGKDYBM …).
"""

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal

from . import zoneinfo


def _is_polygon_layer(layer):
    return (layer is not None and layer.type() == QgsMapLayer.LayerType.VectorLayer
            and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry)


def _has_any(layer, names):
    fields = layer.fields()
    return any(fields.lookupField(n) >= 0 for n in names)


def is_zone_layer(layer, chosen=None):
    """A zone layer: the layer the user chose in the legend, or one with both zone_type and
    subtype (what zoning writes) — not any polygon layer with a code or a name field, such as
    townships (issue 14 item 4)."""
    if not _is_polygon_layer(layer):
        return False
    if chosen is not None and layer is chosen:
        return True
    fields = layer.fields()
    return all(fields.lookupField(n) >= 0 for n in ZONE_SIGNATURE)


ZONE_SIGNATURE = ("zone_type", "subtype")


def is_unit_layer(layer):
    return _is_polygon_layer(layer) and _has_any(layer, zoneinfo.UNIT_KEYS)


def attributes_at(layer, point, point_crs):
    """Attributes (dict field → value) of the first feature of ``layer`` containing
    ``point`` (in ``point_crs``), or None."""
    pt = QgsPointXY(point)
    if point_crs is not None and point_crs.isValid() and layer.crs().isValid() \
            and point_crs != layer.crs():
        xform = QgsCoordinateTransform(point_crs, layer.crs(), QgsProject.instance())
        try:
            pt = xform.transform(pt)
        except QgsCsException:  # the point is outside the layer CRS's area of use
            return None
    geom = QgsGeometry.fromPointXY(pt)
    eps = 1e-9 * max(1.0, abs(pt.x()), abs(pt.y()))
    rect = QgsRectangle(pt.x() - eps, pt.y() - eps, pt.x() + eps, pt.y() + eps)
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
        g = feature.geometry()
        if g is not None and not g.isEmpty() and g.intersects(geom):
            names = layer.fields().names()
            return {n: feature[n] for n in names}
    return None


class IdentifyResult:
    """What the map tool found at ``point`` (map CRS): the zone and the control unit."""

    def __init__(self, point, crs):
        self.point = point
        self.crs = crs
        self.zone = None
        self.zone_layer = None
        self.unit = None
        self.unit_layer = None
        self.searched = []  # names of the layers looked at

    def __repr__(self):
        return "IdentifyResult(zone=%r, unit=%r)" % (self.zone, self.unit)


class ZoneIdentifyTool(QgsMapToolEmitPoint):
    """Click → ``identified(IdentifyResult)``."""

    identified = pyqtSignal(object)

    def __init__(self, canvas, active_layer=None):
        """``active_layer``: a callable returning the layer selected in the legend."""
        super().__init__(canvas)
        self._canvas = canvas
        self._active_layer = active_layer or (lambda: None)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)

    def candidate_layers(self):
        layers = []
        active = self._active_layer()
        if active is not None:
            layers.append(active)
        layers.extend(lyr for lyr in self._canvas.layers() if lyr not in layers)
        return layers

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.identify_at(self.toMapCoordinates(event.pos()))

    def identify_at(self, point):
        """Find the zone and the control unit at ``point`` (map canvas CRS), emit and
        return the result."""
        crs = self._canvas.mapSettings().destinationCrs()
        result = IdentifyResult(QgsPointXY(point), crs)
        chosen = self._active_layer()
        if chosen is not None and not _has_any(chosen, zoneinfo.ZONE_KEYS):
            chosen = None  # a chosen layer must still carry a zone field
        for layer in self.candidate_layers():
            zone_kind = result.zone is None and is_zone_layer(layer, chosen)
            unit_kind = result.unit is None and is_unit_layer(layer)
            if not (zone_kind or unit_kind):
                continue
            result.searched.append(layer.name())
            attrs = attributes_at(layer, point, crs)
            if attrs is None:
                continue
            if zone_kind:
                result.zone, result.zone_layer = attrs, layer
            if unit_kind:
                result.unit, result.unit_layer = attrs, layer
            if result.zone is not None and result.unit is not None:
                break
        self.identified.emit(result)
        return result
