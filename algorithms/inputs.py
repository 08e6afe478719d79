"""Shared glue, inputs (issue 18 item 2): input layers and rasters checked and named in
messages ('layer (PARAMETER)'), features into the analysis CRS (repaired, curves
segmentized), the analysis CRS, field look-ups, shapefile encodings and CRS restored."""

import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .compat import QVariant
from . import outputs as OUT

from ..core import encoding as ENC
from ..core import raster as R
from ..core.errors import Canceled


def raster_source(alg, parameters, name, context, required=True):
    """(path, label) of a raster parameter; None when optional and not given."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        if required:
            raise QgsProcessingException("Parameter %s: a raster layer is required / 需要栅格图层"
                                         % name)
        return None
    if not layer.crs().isValid():
        raise QgsProcessingException(
            "Raster '%s' (%s) has no CRS: assign one (Layer Properties > Source) / 栅格“%s”没有坐标参考系"
            % (layer.name(), name, layer.name()))
    if layer.providerType() != "gdal":
        raise QgsProcessingException("Raster '%s' must be a file readable by GDAL" % layer.name())
    return layer.source(), "%s (%s)" % (layer.name(), name)


def gk_crs_for_lon(lon):
    """The CGCS2000 3-degree Gauss-Krüger zone (CM in the EPSG code) for a longitude."""
    cm = int(round(lon / 3.0)) * 3
    cm = min(135, max(75, cm))
    return QgsCoordinateReferenceSystem("EPSG:%d" % (4534 + (cm - 75) // 3))


def analysis_crs(crs, extent=None):
    """SPEC section 2: the given CRS if projected, else the matching CGCS2000 GK zone."""
    if not crs.isValid():
        raise QgsProcessingException("The region layer has no CRS / 区域图层没有坐标参考系")
    if not crs.isGeographic():
        return crs
    lon = extent.center().x() if extent is not None else 120.0
    return gk_crs_for_lon(lon)


def source_name(source, name):
    """The layer's own name, else the parameter ``name``: the short form messages use."""
    try:
        return source.sourceName() or name
    except Exception:  # noqa: BLE001
        return name


def source_label(source, name):
    """'layer name (PARAMETER)': how messages name an input layer."""
    layer = source_name(source, "")
    return "%s (%s)" % (layer, name) if layer and layer != name else name


def layer_label(layer):
    """A layer's own name: the GeoPackage/… sub-layer name when QGIS named it by the file."""
    src = layer.source() if hasattr(layer, "source") else ""
    for part in str(src).split("|")[1:]:
        if part.startswith("layername="):
            return part.split("=", 1)[1]
    return layer.name()


def check_source(source, name, label=None):
    if source is None:
        raise QgsProcessingException("Parameter %s: the layer could not be read / 无法读取图层"
                                     % name)
    label = label or source_label(source, name)
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            "Layer '%s' has no CRS: assign one (Layer Properties > Source) / 图层“%s”没有坐标参考系"
            % (label, label))
    if source.featureCount() == 0:
        raise QgsProcessingException("Layer '%s' is empty / 图层“%s”没有要素" % (label, label))


def features_in_crs(source, crs, context, feedback, label):
    """Features of ``source`` with geometries in ``crs``, repaired (makeValid) with one
    warning naming the count; features with empty geometry are dropped with a warning."""
    xform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    out, fixed, empty, curved, collections = [], 0, 0, 0, 0
    for f in source.getFeatures(QgsFeatureRequest()):
        if feedback is not None and feedback.isCanceled():
            raise Canceled()
        g = f.geometry()
        if g is None or g.isEmpty():
            empty += 1
            continue
        g = QgsGeometry(g)
        if QgsWkbTypes.isCurvedType(g.wkbType()):
            g = QgsGeometry(g.constGet().segmentize())
            curved += 1
        if QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.GeometryCollection:
            parts = [QgsGeometry(pg.constGet().clone()) for pg in g.asGeometryCollection()]
            kinds = {QgsWkbTypes.geometryType(pg.wkbType()) for pg in parts}
            keep = QgsWkbTypes.PolygonGeometry if QgsWkbTypes.PolygonGeometry in kinds else \
                (QgsWkbTypes.LineGeometry if QgsWkbTypes.LineGeometry in kinds else
                 QgsWkbTypes.PointGeometry)
            parts = [pg for pg in parts if QgsWkbTypes.geometryType(pg.wkbType()) == keep]
            g = QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
            collections += 1
            if g.isEmpty():
                empty += 1
                continue
        if not g.isGeosValid():
            g = g.makeValid()
            fixed += 1
        if xform.isShortCircuited() is False:
            try:
                g.transform(xform)
            except Exception:  # noqa: BLE001 - QgsCsException
                g = None
            bb = g.boundingBox() if g is not None else None
            if bb is None or not all(math.isfinite(v) for v in (
                    bb.xMinimum(), bb.yMinimum(), bb.xMaximum(), bb.yMaximum())):
                raise QgsProcessingException(
                    "Layer '%s': feature %s cannot be transformed from %s to %s: check the "
                    "layer's CRS / 图层“%s”的要素 %s 无法转换坐标，请检查其坐标参考系"
                    % (label, f.id(), source.sourceCrs().authid(), crs.authid(), label, f.id()))
        nf = QgsFeature(f)
        nf.setGeometry(g)
        out.append(nf)
    if curved:
        feedback.pushWarning("Layer '%s': %d curved geometries segmentized / 图层“%s”中 %d 个曲线几何已转为折线"
                             % (label, curved, label, curved))
    if collections:
        feedback.pushWarning("Layer '%s': %d geometry collections reduced to their polygon (or line/"
                             "point) parts / 图层“%s”中 %d 个几何集合已取其面（或线、点）部分"
                             % (label, collections, label, collections))
    if fixed:
        feedback.pushWarning("Layer '%s': %d invalid geometries repaired (makeValid) / 图层“%s”中 %d 个无效几何已修复"
                             % (label, fixed, label, fixed))
    if empty:
        feedback.pushWarning("Layer '%s': %d features without geometry skipped / 图层“%s”中 %d 个空几何已跳过"
                             % (label, empty, label, empty))
    if not out:
        raise QgsProcessingException("Layer '%s' has no usable geometry / 图层“%s”没有有效几何"
                                     % (label, label))
    return out


def require_overlap(grid, features, raster_label, region_label):
    """Error naming the raster when the region's features (in the grid's CRS) lie wholly
    outside the analysis grid of that raster (a wrong CRS or extent, SPEC section 7)."""
    x0, y0, x1, y1 = grid.bounds
    cells = QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))
    if not any(f.geometry().intersects(cells) for f in features):
        raise QgsProcessingException(
            "Raster '%s' does not overlap the region '%s': check its CRS and extent / "
            "栅格“%s”与区域“%s”不重叠，请检查其坐标系和范围"
            % (raster_label, region_label, raster_label, region_label))


def outside_region_error(label):
    """The one error for an input layer with nothing in the region (SPEC section 7)."""
    return QgsProcessingException(
        "图层“%s”完全位于区划范围之外，请检查其坐标系和范围 / Layer '%s' lies wholly outside "
        "the region: check its CRS and extent" % (label, label))


def _vector_inputs(alg, parameters, context, skip):
    """(parameter, layer or source) of every vector input given in ``parameters``."""
    for p in alg.parameterDefinitions():
        name = p.name()
        if p.isDestination() or name in skip or p.type() not in ("source", "vector",
                                                                 "multilayer", "layer"):
            continue
        if parameters.get(name) in (None, "", []):
            continue
        try:
            if p.type() == "source":
                items = [alg.parameterAsSource(parameters, name, context)]
            elif p.type() == "vector":
                items = [alg.parameterAsVectorLayer(parameters, name, context)]
            elif p.type() == "layer":
                items = [alg.parameterAsLayer(parameters, name, context)]
            else:
                items = alg.parameterAsLayerList(parameters, name, context) or []
        except Exception:  # noqa: BLE001 - reported where the algorithm reads it
            continue
        for item in items:
            if item is None or (p.type() in ("layer", "multilayer")
                                and not isinstance(item, QgsVectorLayer)):
                continue   # rasters: their overlap is checked on the grid (require_overlap)
            yield name, item


def refuse_outside_region(alg, parameters, context, region_param="REGION"):
    """An error naming the layer when a vector input given with a region lies wholly outside
    it: its extent (in the region's CRS) meets no region polygon — a wrong CRS or another
    county (issue 13). Layers without CRS or features are left to check_source."""
    if alg.parameterDefinition(region_param) is None or \
            parameters.get(region_param) in (None, ""):
        return
    try:
        region = alg.parameterAsSource(parameters, region_param, context)
    except Exception:  # noqa: BLE001 - reported where the algorithm reads it
        return
    if region is None or not region.sourceCrs().isValid() or region.featureCount() == 0:
        return
    rext = region.sourceExtent()
    if rext.isNull() or rext.isEmpty():
        return
    tol = 1e-6 * max(rext.width(), rext.height())
    for name, src in _vector_inputs(alg, parameters, context, {region_param}):
        if not src.sourceCrs().isValid() or src.featureCount() == 0:
            continue
        ext = src.sourceExtent()
        if ext.isNull():
            continue
        try:
            ext = QgsCoordinateTransform(src.sourceCrs(), region.sourceCrs(),
                                         context.transformContext()).transformBoundingBox(ext)
        except QgsCsException:
            continue
        if not all(math.isfinite(v) for v in (ext.xMinimum(), ext.yMinimum(),
                                              ext.xMaximum(), ext.yMaximum())):
            continue
        ext = ext.buffered(tol)
        box = QgsGeometry.fromRect(ext)
        request = QgsFeatureRequest().setFilterRect(ext).setNoAttributes()
        if ext.intersects(rext) and any(f.geometry().intersects(box)
                                        for f in region.getFeatures(request)):
            continue
        raise outside_region_error(source_label(src, name))


def field_index(source, field, label, param):
    idx = source.fields().lookupField(field) if field else -1
    if idx < 0:
        names = ", ".join(source.fields().names())
        raise QgsProcessingException(
            "Layer '%s' has no field '%s' (parameter %s; fields: %s) / 图层“%s”没有字段“%s”"
            % (label, field, param, names, label, field))
    return idx


def _restore_crs(value, context):
    """QGIS 3.22 reads no CRS from an OGR layer of type GeometryCollection (issue 13: "has
    no CRS"): give the layer the CRS GDAL reads from the file."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        prop = value.source
        if prop.propertyType() != QgsProperty.StaticProperty:
            return
        value = prop.staticValue()
    if isinstance(value, str):
        try:
            layer = QgsProcessingUtils.mapLayerFromString(value, context)
        except Exception:  # noqa: BLE001
            return
    else:
        layer = value
    if not isinstance(layer, QgsVectorLayer) or layer.crs().isValid() or \
            layer.providerType() != "ogr":
        return
    path, lname = OUT.O.parse_destination(layer.source())
    try:
        ds = R.gdal.OpenEx(path, R.gdal.OF_VECTOR)
        lyr = ds.GetLayerByName(lname) if lname else ds.GetLayer(0)
        srs = lyr.GetSpatialRef() if lyr is not None else None
        wkt = srs.ExportToWkt() if srs is not None else ""
    except Exception:  # noqa: BLE001 - no CRS then: check_source names the layer
        return
    if wkt:
        layer.setCrs(QgsCoordinateReferenceSystem.fromWkt(wkt))


def _encoded_value(value, context, feedback):
    """A parameter value re-pointed at ``<shp>|option:ENCODING=<enc>`` when the shapefile
    needs it; ``value`` itself otherwise. Lists (multilayer), feature-source definitions
    with a static source and loaded OGR layers are handled too."""
    if isinstance(value, (list, tuple)):
        new = [_encoded_value(v, context, feedback) for v in value]
        return new if any(a is not b for a, b in zip(new, value)) else value
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        prop = value.source
        if prop.propertyType() == QgsProperty.StaticProperty:
            src = prop.staticValue()
            new = _encoded_value(src, context, feedback)
            if new is not src:
                d = QgsProcessingFeatureSourceDefinition(value)
                d.source = QgsProperty.fromValue(new)
                return d
        return value
    if isinstance(value, QgsVectorLayer):
        if value.providerType() != "ogr":
            return value
        uri = _encoded_value(value.source(), context, feedback)
        if uri is value.source():
            return value
        layer = QgsVectorLayer(uri, value.name(), "ogr")
        if not layer.isValid():
            return value
        layer.setCrs(value.crs())
        context.temporaryLayerStore().addMapLayer(layer)
        return layer
    if not isinstance(value, str) or "option:ENCODING=" in value.replace(" ", ""):
        return value
    path = value.split("|")[0]
    if not path.lower().endswith((".shp", ".dbf")):
        return value
    enc = ENC.override_for(path)
    if not enc:
        return value
    name = os.path.splitext(os.path.basename(path))[0]
    feedback.pushInfo("Layer '%s': no .cpg and the text is not UTF-8; read as %s / 图层“%s”没有 "
                      ".cpg 文件，文本按 %s 编码读取" % (name, enc, name, enc))
    return value + "|option:ENCODING=" + enc


def fields_of(specs):
    """QgsFields from (name, QVariant type) pairs: the field list of an output layer."""
    out = QgsFields()
    for name, vtype in specs:
        out.append(QgsField(name, vtype))
    return out


def add_fields(fields, specs):
    """Append (name, QVariant type, length, precision) specs to a copy of ``fields``."""
    out = QgsFields(fields)
    for name, vtype, length, prec in specs:
        if out.lookupField(name) >= 0:
            out.remove(out.lookupField(name))
        out.append(QgsField(name, vtype, len=length, prec=prec))
    return out


QVARIANT = {"int": QVariant.Int, "double": QVariant.Double, "string": QVariant.String}
