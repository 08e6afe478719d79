"""Geometry helpers shared by the zoning-control algorithms (elementzones, controlunits,
accesslist, sitecheck, comparezonings): polygon parts, unions, overlays with a spatial
index. Glue only: the decisions are in core/control.py."""

import os
import uuid

from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core import control as C
from ..core import raster as R
from ..core import vector as V
from . import base
from . import styles
from .inputs import layer_label  # noqa: F401 (G.layer_label: the one copy is in inputs)


def region_of(alg, parameters, context, feedback, name="REGION"):
    """(crs, union geometry) of the region layer ``name`` in its analysis CRS."""
    src = alg.parameterAsSource(parameters, name, context)
    base.check_source(src, name)
    crs = analysis_crs_of(src)
    region = union([f.geometry() for f in base.features_in_crs(src, crs, context, feedback,
                                                               name)])
    if region is None:
        raise QgsProcessingException("%s has no polygon area / 区划范围没有面积" % name)
    return crs, region


def polygons_by_value(array, grid, name, dtype="uint8"):
    """{value: [QgsGeometry]} of a class array on ``grid`` (0 = nothing), polygonized by
    core (4-connected patches)."""
    tmp = os.path.join(QgsProcessingUtils.tempFolder(),
                       "%s_%s.tif" % (name, uuid.uuid4().hex[:8]))
    R.write_array(tmp, array, grid, nodata=0, dtype=dtype)
    out = {}
    for value, g in V.polygonize(tmp):
        out.setdefault(value, []).append(QgsGeometry.fromWkt(g.ExportToWkt()))
    R.remove_quietly(tmp)
    return out


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


def keep_previous_codes(prev_src, items, keep_iou, crs, context, feedback, class_of, make_code,
                        serial_of, label="PREVIOUS"):
    """Stable codes against a previous version (N 5.13.2–5.13.3; core.stablecodes decides).

    ``items``: dicts with ``geom``, ``cls``, ``x``, ``y``; ``class_of(feature)`` gives a
    previous feature's class (raise QgsProcessingException when it cannot); the previous
    code is read from field ``code`` (control units: ``HJZHGKDYBM`` first). Returns the
    codes (same order as ``items``) and the number kept."""
    from qgis.core import QgsProcessingException

    from ..core import stablecodes as S
    from ..core.errors import EnvZoningError

    lbl = "%s (%s)" % (prev_src.sourceName(), label)
    base.check_source(prev_src, label, lbl)
    names = prev_src.fields().names()
    cfield = "HJZHGKDYBM" if "HJZHGKDYBM" in names else "code"
    base.field_index(prev_src, cfield, lbl, label)
    old = []
    for f in base.features_in_crs(prev_src, crs, context, feedback, lbl):
        g = polys(f.geometry())
        if g is not None:
            old.append({"cls": class_of(f, lbl), "code": str(f[cfield] or "").strip(),
                        "geom": g, "area": g.area()})
    index = Index([(o["geom"], j) for j, o in enumerate(old)])
    new = [dict(it, area=it["geom"].area()) for it in items]
    overlaps = {}
    for i, it in enumerate(new):
        for og, j in index.candidates(it["geom"]):
            inter = intersect(it["geom"], og)
            if inter is not None:
                overlaps[(i, j)] = inter.area()
    try:
        matches = S.match_previous(new, old, overlaps, keep_iou)
        codes = S.assign_stable(new, old, matches, make_code, serial_of,
                                lambda u: (-round(u["y"]), round(u["x"])))
    except EnvZoningError as exc:
        raise QgsProcessingException(str(exc)) from None
    k = len(matches)
    feedback.pushInfo("PREVIOUS: %d of %d keep their code (IoU ≥ %g), %d new codes, %d previous "
                      "codes retired / 沿用编码 %d 个，新编码 %d 个，撤销 %d 个"
                      % (k, len(new), keep_iou, len(new) - k, len(old) - k, k, len(new) - k,
                         len(old) - k))
    return codes, k


def keep_previous_named(prev_src, zones, named, keep_iou, crs, context, feedback):
    """namezones with PREVIOUS: the zones' codes ``{prefix}-{type}-{digit}-{serial}`` made
    stable per subtype (``named``: namezones' {feature id: record}, updated in place)."""
    from qgis.core import QgsProcessingException

    from ..core import naming as N
    from ..core.errors import EnvZoningError

    head = {}
    items = []
    for f in zones:
        rec = named[f.id()]
        g = polys(f.geometry())
        pt = f.geometry().pointOnSurface().asPoint()
        head[rec["subtype"]] = rec["code"].rsplit("-", 1)[0]
        items.append({"id": f.id(), "geom": g if g is not None else f.geometry(),
                      "cls": rec["subtype"], "x": pt.x(), "y": pt.y()})

    def class_of(f, label):
        try:
            return N.normalize_subtype(f["zone_type"], f["subtype"])[1]
        except (KeyError, EnvZoningError) as exc:
            raise QgsProcessingException("Layer '%s': %s (fields zone_type, subtype) / 图层“%s”"
                                         "需要 zone_type、subtype 字段" % (label, exc, label)) from None

    def serial_of(code):
        tail = str(code or "").rsplit("-", 1)[-1]
        return int(tail) if tail.isdigit() else None

    codes, _ = keep_previous_codes(prev_src, items, keep_iou, crs, context, feedback, class_of,
                                   lambda c, n: "%s-%d" % (head[c], n), serial_of)
    for it, code in zip(items, codes):
        named[it["id"]]["code"] = code


QML_COLOURS = {1: "46,160,67", 2: "230,85,13", 3: "200,200,200"}


def zone_qml(field="class", labels=None):
    """Categorized style of a 1/2/3 control class field (green / orange / grey)."""
    labels = labels or {1: "优先保护 priority", 2: "重点管控 key", 3: "一般管控 general"}
    return styles.categorized_qml(field, [
        (c, tuple(int(v) for v in QML_COLOURS[c].split(",")), labels[c]) for c in (1, 2, 3)])


# -- control-unit attributes (accesslist, sitecheck) ---------------------------------------

def unit_value(f, names):
    """The first present, non-empty attribute among ``names`` ('' if none)."""
    fields = f.fields().names()
    for n in names:
        if n in fields and f[n] not in (None, "") and str(f[n]) != "NULL":
            return f[n]
    return ""


def unit_class_of(f, label):
    """A control unit's class 1/2/3 from its unit_class (or ZHGKDYFL) field."""
    raw = unit_value(f, ("unit_class", "ZHGKDYFL"))
    s = str(raw).strip()
    for cls, name in C.UNIT_CLASS_NAMES.items():
        if s in (str(cls), name, C.CLASS_ZH[cls]):
            return cls
    raise QgsProcessingException(
        "Layer '%s', feature %s: unit class '%s' (field unit_class or ZHGKDYFL) must be 1/2/3 or "
        "优先保护单元/重点管控单元/一般管控单元 / 单元分类“%s”无效" % (label, f.id(), raw, raw))
