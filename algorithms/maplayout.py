"""Shared glue of the map algorithms (zoningmaps, controlmaps; issue 18 item 2): the print-
layout templates, labels, boundary symbols, lon/lat ticks, scale bar, legend and the
PDF/PNG export. Moved out of zoningmaps.py so that no algorithm imports another algorithm."""

import math
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProcessingException,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core import pdftext
from ..paths import PLUGIN_DIR
from .progress import check_canceled

LAYOUT_DIR = os.path.join(PLUGIN_DIR, "resources", "layouts")
A3_TEMPLATE = os.path.join(LAYOUT_DIR, "zoning_map_a3.qpt")
A4_TEMPLATE = os.path.join(LAYOUT_DIR, "township_atlas_a4.qpt")
NICE_DEGREES = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0]

TEXT_AS_TEXT = QgsRenderContext.TextFormatAlwaysText


def check_templates():
    """An error naming a layout template that is missing (both maps need both)."""
    for path in (A3_TEMPLATE, A4_TEMPLATE):
        if not os.path.exists(path):
            raise QgsProcessingException("Layout template missing: %s / 缺少布局模板" % path)


def county_boundary(region_src):
    """The region as the county boundary of the maps (dark dash-dot line)."""
    region = materialize(region_src, "县界")
    region.setRenderer(QgsSingleSymbolRenderer(line_fill("40,40,40,255", 0.8, "dash dot")))
    return region


def township_boundaries(towns_src, name_field, font, size):
    """The townships as dashed grey boundaries labelled with their names (bold, on top)."""
    towns = materialize(towns_src, "乡镇界")
    towns.setRenderer(QgsSingleSymbolRenderer(line_fill("90,90,90,255", 0.3, "dash")))
    label_layer(towns, name_field, font, size, QColor(60, 60, 60), bold=True, priority=10)
    return towns


def materialize(source, name):
    layer = source.materialize(QgsFeatureRequest())
    layer.setName(name)
    return layer


def line_fill(color, width, style):
    """A hollow polygon symbol drawn as a (dashed) boundary line."""
    sym = QgsFillSymbol.createSimple({"color": "255,255,255,0", "style": "no",
                                      "outline_color": color, "outline_width": str(width),
                                      "outline_width_unit": "MM",
                                      "outline_style": {"dash": "dash", "dash dot": "dash dot"}
                                      .get(style, "solid")})
    return sym


def mask_renderer():
    """Township atlas: translucent white over every township but the current one."""
    root = QgsRuleBasedRenderer.Rule(None)
    others = QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": "255,255,255,150", "style": "solid",
                                    "outline_style": "no"}),
        filterExp="@atlas_featureid IS NOT NULL AND $id <> @atlas_featureid",
        label="other townships")
    current = QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": "255,255,255,0", "style": "no",
                                    "outline_color": "200,30,30,255", "outline_width": "0.7"}),
        filterExp="$id = @atlas_featureid", label="current township")
    root.appendChild(others)
    root.appendChild(current)
    return QgsRuleBasedRenderer(root)


def outside_obstacle(region, project):
    """An invisible layer covering everything outside the region, an obstacle to labels:
    no zone label or leader line is placed outside the county."""
    from qgis.core import (QgsFeature, QgsGeometry, QgsLabelObstacleSettings,
                           QgsNullSymbolRenderer, QgsVectorLayer)
    geoms = [f.geometry() for f in region.getFeatures()]
    union = QgsGeometry.unaryUnion(geoms)
    ext = union.boundingBox()
    ext = ext.buffered(max(ext.width(), ext.height()) * 2)
    mask = QgsGeometry.fromRect(ext).difference(union)
    lyr = QgsVectorLayer("MultiPolygon?crs=%s" % region.crs().authid(), "outside", "memory")
    f = QgsFeature()
    f.setGeometry(mask)
    lyr.dataProvider().addFeatures([f])
    lyr.setRenderer(QgsNullSymbolRenderer())
    s = QgsPalLayerSettings()
    s.fieldName = "''"
    s.isExpression = True
    s.drawLabels = False
    obs = s.obstacleSettings()
    obs.setIsObstacle(True)
    obs.setFactor(10.0)
    obs.setType(QgsLabelObstacleSettings.PolygonInterior)
    s.setObstacleSettings(obs)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
    lyr.setLabelsEnabled(True)
    return lyr


def inside_or_beside(layer, inside_expr, beside_expr, dist, beside_priority,
                     inside_priority=None, callout_line=None):
    """Rule-based labels from ``layer``'s simple labeling: inside the polygon where
    ``inside_expr`` holds (horizontal, only where the label fits), else beside it
    (``dist`` mm) with a leader line to the point on surface (the one copy: zones of
    zoningmaps, units of controlmaps)."""
    from qgis.core import (QgsCallout, QgsLineSymbol, QgsRuleBasedLabeling,
                           QgsSimpleLineCallout)
    base_s = layer.labeling().settings()
    if inside_priority is not None:
        base_s.priority = inside_priority
    inside = QgsPalLayerSettings(base_s)
    inside.placement = QgsPalLayerSettings.Horizontal  # candidates all over the polygon
    inside.centroidInside = True
    try:
        inside.fitInPolygonOnly = True
    except AttributeError:  # older QGIS
        pass
    beside = QgsPalLayerSettings(base_s)
    beside.placement = QgsPalLayerSettings.AroundPoint
    beside.centroidInside = True
    beside.dist = dist
    beside.priority = beside_priority
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setAnchorPoint(QgsCallout.PointOnSurface)
    if callout_line:
        callout.setLineSymbol(QgsLineSymbol.createSimple(callout_line))
    try:
        callout.setDrawCalloutToAllParts(False)
    except AttributeError:
        pass
    beside.setCallout(callout)
    root = QgsRuleBasedLabeling.Rule(None)
    for settings, expr, desc in ((inside, inside_expr, "inside"),
                                 (beside, beside_expr, "beside, leader line")):
        rule = QgsRuleBasedLabeling.Rule(settings)
        rule.setFilterExpression(expr)
        rule.setDescription(desc)
        root.appendChild(rule)
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)


def zone_labels_inside(layer, min_area):
    """Zone labels inside their zone (over the point on surface, only where the label fits
    in the polygon); a zone too small for its label gets it beside, with a leader line
    (callout) to the point on surface. Township names outrank zone labels."""
    inside_or_beside(layer, "$area >= %f" % min_area, "$area < %f" % min_area, 4, 2,
                     inside_priority=4)


def label_layer(layer, field, family, size, color, bold=False, italic=False, curved=False,
           priority=5, dark=False):
    s = QgsPalLayerSettings()
    s.fieldName = field
    fmt = QgsTextFormat()
    f = QFont(family)
    f.setBold(bold)
    f.setItalic(italic)
    fmt.setFont(f)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(color)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor(0, 0, 0, 200) if dark else QColor(255, 255, 255, 230))
    fmt.setBuffer(buf)
    s.setFormat(fmt)
    s.priority = priority
    if curved:
        s.placement = QgsPalLayerSettings.Curved
    else:
        s.placement = QgsPalLayerSettings.OverPoint
        s.centroidInside = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
    layer.setLabelsEnabled(True)


def layout_from_template(project, template, name):
    with open(template, encoding="utf-8") as fh:
        doc = QDomDocument()
        if not doc.setContent(fh.read()):
            raise QgsProcessingException("Layout template %s is not valid XML / 布局模板格式错误"
                                         % template)
    layout = QgsPrintLayout(project)
    layout.setName(name)
    _, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise QgsProcessingException("Cannot load layout template %s / 无法载入布局模板" % template)
    for item_id in ("map", "title", "legend", "scale_bar", "north_arrow", "review_no"):
        if layout.itemById(item_id) is None:
            raise QgsProcessingException("Layout template %s has no item with id '%s' / "
                                         "布局模板缺少 ID 为“%s”的图元" % (template, item_id, item_id))
    north = layout.itemById("north_arrow")
    north.setPicturePath(north.picturePath() or "arrows/NorthArrow_02.svg")
    return layout


def nice_step(raw):
    """The 1, 2, 2.5, 5 × 10^k value nearest to ``raw`` (> 0)."""
    k = math.floor(math.log10(raw))
    cands = [m * 10 ** e for e in (k - 1, k, k + 1) for m in (1, 2, 2.5, 5)]
    return min(cands, key=lambda v: abs(math.log(v / raw)))


def nice_scalebar(layout, target_mm):
    """Scale-bar segments of a round length (km) so the bar is about ``target_mm`` long."""
    sb = layout.itemById("scale_bar")
    mp = layout.itemById("map")
    if sb is None or mp is None or not math.isfinite(mp.scale()) or mp.scale() <= 0:
        return
    raw = target_mm * mp.scale() / 1e6 / max(1, sb.numberOfSegments())
    sb.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    sb.setUnitsPerSegment(nice_step(raw))
    sb.update()


def set_title(layout, text, family):
    item = layout.itemById("title")
    item.setText(text)


def fix_fonts(layout, family):
    """Template fonts that are not installed are replaced by the CJK font found here."""
    from .compat import font_families

    families = font_families()
    if not families:
        return
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.font().family() not in families:
            f = item.font()
            f.setFamily(family)
            item.setFont(f)
    searchable_digits(layout)


def no_shaping(font):
    """``font`` with Latin shaping off: shaped Latin text (digits after a CJK character,
    'CGCS2000', 'P2', unit codes) gets glyphs Qt's PDF writer cannot map back to characters,
    so pdftotext lost every such digit. Simple scripts unshaped draw the plain cmap glyphs;
    CJK is shaped as before."""
    f = QFont(font)
    want = f.styleStrategy() | QFont.StyleStrategy.PreferNoShaping
    if not isinstance(want, QFont.StyleStrategy):  # PyQt5: the OR of two enum values is an int
        want = QFont.StyleStrategy(int(want))
    f.setStyleStrategy(want)
    return f


def no_shaping_format(fmt):
    fmt.setFont(no_shaping(fmt.font()))
    return fmt


def searchable_digits(layout):
    """Every text of ``layout`` — labels, legend, scale bar, grid annotations and the map
    layers' labels — drawn unshaped for Latin text (see no_shaping)."""
    from qgis.core import (QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsRuleBasedLabeling)
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            item.setFont(no_shaping(item.font()))
        elif isinstance(item, QgsLayoutItemLegend):
            for st in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                       QgsLegendStyle.SymbolLabel):
                style = item.style(st)
                style.setFont(no_shaping(style.font()))
                item.setStyle(st, style)
        elif isinstance(item, QgsLayoutItemScaleBar):
            item.setTextFormat(no_shaping_format(item.textFormat()))
        elif isinstance(item, QgsLayoutItemMap):
            for g in item.grids().asList():
                g.setAnnotationTextFormat(no_shaping_format(g.annotationTextFormat()))
            for lyr in item.layers():
                lab = lyr.labeling() if hasattr(lyr, "labeling") else None
                if lab is None:
                    continue
                if isinstance(lab, QgsRuleBasedLabeling):
                    rules = lab.rootRule().descendants()
                    for rule in rules:
                        if rule.settings() is not None:
                            st = QgsPalLayerSettings(rule.settings())
                            st.setFormat(no_shaping_format(st.format()))
                            rule.setSettings(st)
                else:
                    st = QgsPalLayerSettings(lab.settings())
                    st.setFormat(no_shaping_format(st.format()))
                    lyr.setLabeling(QgsVectorLayerSimpleLabeling(st))


def extent_in(layer, crs, project):
    ext = layer.extent()
    if layer.crs() != crs:
        ext = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(ext)
    return ext


def grid_interval(mp, ext, crs, project, target, src_crs=None):
    """Lon/lat tick interval: a round number of degrees giving about ``target`` intervals."""
    grids = mp.grids().asList()
    if not grids:
        return
    from qgis.core import QgsCoordinateReferenceSystem

    geo = QgsCoordinateTransform(src_crs or crs, QgsCoordinateReferenceSystem("EPSG:4490"),
                                 project).transformBoundingBox(ext)
    span = max(geo.width(), geo.height()) / float(target)
    step = min(NICE_DEGREES, key=lambda v: abs(v - span))
    for g in grids:
        g.setIntervalX(step)
        g.setIntervalY(step)
        g.setAnnotationPrecision(0 if step >= 1.0 / 60 else 1)
        axis_sides(g)


def axis_sides(grid):
    """Longitudes on the top and bottom frame, latitudes on the left and right — never a
    latitude label on the longitude axis (a tilted parallel of a projected map crosses the
    bottom frame too)."""
    from qgis.core import QgsLayoutItemMapGrid as G
    for side in (G.Top, G.Bottom):
        grid.setAnnotationDisplay(G.LongitudeOnly, side)
        grid.setFrameDivisions(G.LongitudeOnly, side)
    for side in (G.Left, G.Right):
        grid.setAnnotationDisplay(G.LatitudeOnly, side)
        grid.setFrameDivisions(G.LatitudeOnly, side)


def zone_legend(layout, zones, others, family):
    legend = layout.itemById("legend")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    znode = root.addLayer(zones)
    QgsLegendRenderer.setNodeLegendStyle(znode, QgsLegendStyle.Hidden)
    for lyr in others:
        root.addLayer(lyr)
    legend.updateLegend()
    legend.adjustBoxSize()


def export_map(project, template, stem, title, crs, ext, layers, legend_layers, font, bar_mm,
               ticks, dpi, stage, feedback):
    """One single-map layout from ``template``: title, ``layers`` (top first) over the
    region's extent ``ext``, lon/lat ticks (about ``ticks`` intervals), a legend of
    ``legend_layers``, a round scale bar of about ``bar_mm``; written to
    ``stage/stem.pdf`` and ``.png``. Returns the two file names."""
    check_canceled(feedback)   # one map a step
    layout = layout_from_template(project, template, stem)
    set_title(layout, title, font)
    mp = layout.itemById("map")
    mp.setCrs(crs)
    mp.setLayers(layers)
    mp.zoomToExtent(ext.buffered(max(ext.width(), ext.height()) * 0.03))
    grid_interval(mp, ext, crs, project, ticks)
    legend = layout.itemById("legend")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for lyr in legend_layers:
        root.addLayer(lyr)
    legend.updateLegend()
    legend.adjustBoxSize()
    fix_fonts(layout, font)
    nice_scalebar(layout, bar_mm)
    export_layout(layout, os.path.join(stage, stem + ".pdf"), os.path.join(stage, stem + ".png"),
            dpi, feedback)
    feedback.pushInfo("%s: %s.pdf / .png" % (title, stem))
    return [stem + ".pdf", stem + ".png"]


def export_layout(layout, pdf, png, dpi, feedback):
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.textRenderFormat = TEXT_AS_TEXT   # labels searchable, not outlines
    res = exporter.exportToPdf(pdf, settings)
    if res != QgsLayoutExporter.Success:
        raise QgsProcessingException("PDF export failed (%s): %s / PDF 导出失败"
                                     % (res, exporter.errorFile()))
    pdftext.fix_radicals(pdf)   # searchable 自然 not ⾃然 (core/pdftext.py)
    isettings = QgsLayoutExporter.ImageExportSettings()
    isettings.dpi = dpi
    res = exporter.exportToImage(png, isettings)
    if res != QgsLayoutExporter.Success:
        raise QgsProcessingException("PNG export failed (%s): %s / PNG 导出失败"
                                     % (res, exporter.errorFile()))
