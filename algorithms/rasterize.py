"""Shared glue, rasterizing (issue 18 item 2): the analysis grid of an algorithm (SPEC
section 2), features burnt onto it through a temporary GeoPackage, region masks."""

import os
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core import raster as R
from .compat import QVariant
from ..core.errors import EnvZoningError
from .outputs import write_features
from .inputs import (analysis_crs, check_source, features_in_crs, outside_region_error,
                     source_name)


def write_temp_vector(features, fields, wkb_type, crs, context, name="layer"):
    """Write features to a temporary GeoPackage (for GDAL/OGR in core). Returns path."""
    path = os.path.join(QgsProcessingUtils.tempFolder(), "%s_%s.gpkg" % (name, uuid.uuid4().hex[:8]))
    write_features(path, fields, wkb_type, crs, context, features, layer_name=name)
    return path


def region_grid(alg, source, cell, context, feedback, crs=None, label="REGION"):
    """Analysis grid from a region layer: extent in the analysis CRS snapped to ``cell``.
    Returns (grid, crs, features in crs)."""
    check_source(source, label)
    crs = crs or analysis_crs(source.sourceCrs(), source.sourceExtent())
    feats = features_in_crs(source, crs, context, feedback, label)
    ext = QgsRectangle()
    ext.setMinimal()
    for f in feats:
        ext.combineExtentWith(f.geometry().boundingBox())
    grid = R.Grid.from_extent(ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum(),
                              cell, crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    return grid, crs, feats


def rasterize_features(features, fields, crs, grid, context, name, attribute=None, burn=1,
                       dtype="uint8", nodata=0, all_touched=False, label=None):
    """Burn features onto ``grid`` through a temporary GeoPackage; returns the tif path.
    With ``label`` (use it when the grid is the region's): an error naming that layer when
    every feature lies wholly outside the grid (a wrong CRS or another county, SPEC 7)."""
    x0, y0, x1, y1 = grid.bounds
    cells = QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))
    if label and features and not any(f.geometry().boundingBox().intersects(cells.boundingBox())
                            and f.geometry().intersects(cells) for f in features):
        raise outside_region_error(label)
    wkb = QgsWkbTypes.multiType(features[0].geometry().wkbType())
    path = write_temp_vector(features, fields, wkb, crs, context, name)
    out = os.path.join(QgsProcessingUtils.tempFolder(), "%s_%s.tif" % (name, uuid.uuid4().hex[:8]))
    R.rasterize(path, grid, out, layer=name, attribute=attribute, burn=burn, dtype=dtype,
                nodata=nodata, all_touched=all_touched)
    return out


def burn(features, values, crs, grid, context, name, dtype="uint8", nodata=0,
         ascending=True, key=None, all_touched=False, label=None):
    """Rasterize ``features`` onto ``grid`` with one value each (the one burn helper). The
    last burn wins where features overlap: ordered by value with the highest last
    (``ascending``) or the lowest last (False), by ``key(value)`` when given, or as given
    (``ascending=None``). None when there are no features. ``label``: see
    rasterize_features (refuse a layer wholly outside the region's grid)."""
    if not features:
        return None
    fields = QgsFields()
    fields.append(QgsField("v", QVariant.Double if dtype.startswith("float") else QVariant.Int))
    order = list(range(len(values)))
    if key is not None:
        order.sort(key=lambda i: key(values[i]))
    elif ascending is not None:
        order = [i for _, i in sorted(zip(values, order), reverse=not ascending)]
    out = []
    for i in order:
        nf = QgsFeature(fields)
        nf.setGeometry(features[i].geometry())
        nf.setAttributes([values[i]])
        out.append(nf)
    return rasterize_features(out, fields, crs, grid, context, name, attribute="v",
                              dtype=dtype, nodata=nodata, all_touched=all_touched, label=label)


def build_grid(alg, parameters, context, feedback, reference, region_param="REGION",
               cell_param="CELL_SIZE", default_cell=30.0):
    """The analysis grid of a raster algorithm (SPEC section 2).

    With a region layer: its extent in the analysis CRS snapped to the cell size (the
    parameter, else the reference raster's cell when projected, else ``default_cell``),
    plus a mask raster of the region. Without one: the grid of ``reference`` (a path).
    Returns (grid, mask_path or None, QgsCoordinateReferenceSystem)."""
    region = None
    if region_param and parameters.get(region_param) not in (None, ""):
        region = alg.parameterAsSource(parameters, region_param, context)
    cell = None
    if cell_param and parameters.get(cell_param) not in (None, ""):
        cell = alg.parameterAsDouble(parameters, cell_param, context) or None
    try:
        if region is None:
            grid = R.Grid.from_raster(reference)
            crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
            if not cell and abs(grid.cell_x - grid.cell_y) > 1e-9 * max(grid.cell_x, 1.0):
                cell = min(grid.cell_x, grid.cell_y)   # windows in cells stay square in metres
                name = os.path.basename(str(reference))
                feedback.pushWarning(
                    "Raster '%s' has non-square cells (%g × %g): analysed on square cells of %g "
                    "/ 栅格“%s”像元非正方形（%g × %g），按 %g 的正方形像元分析"
                    % (name, grid.cell_x, grid.cell_y, cell, name, grid.cell_x, grid.cell_y, cell))
            if cell:
                x0, y0, x1, y1 = grid.bounds
                grid = R.Grid.from_extent(x0, y0, x1, y1, cell, grid.crs_wkt)
            return grid, None, crs
        if cell is None and reference:
            ref = R.Grid.from_raster(reference)
            refcrs = QgsCoordinateReferenceSystem.fromWkt(ref.crs_wkt)
            cell = ref.cell_x if not refcrs.isGeographic() else default_cell
        grid, crs, feats = region_grid(alg, region, cell or default_cell, context, feedback,
                                       label="%s (%s)" % (source_name(region, region_param), region_param))
        mask = rasterize_features(feats, region.fields(), crs, grid, context, "region_mask")
        return grid, mask, crs
    except EnvZoningError as exc:
        raise QgsProcessingException(str(exc)) from None


def metric_cell(grid):
    """Cell size in metres (approximate for a geographic grid)."""
    crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
    if not crs.isGeographic():
        return grid.cell_x
    import math
    lat = (grid.bounds[1] + grid.bounds[3]) / 2.0
    return grid.cell_x * 111320.0 * math.cos(math.radians(lat))
