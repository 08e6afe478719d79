"""Shared glue of the zoning algorithms (zoning, mergezones; issue 18 item 2): rules help,
zone styles, burning layers onto the grid, zone polygons from the raster, writing the zone
layer and its summary, provenance. Moved out of zoning.py so that no algorithm imports
another algorithm."""

import os
import uuid

import numpy as np
from qgis.core import (
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingUtils,
)
from .compat import QVariant

from ..core import raster as R
from ..core import rules as RU
from ..core import tables as T
from ..core import vector as V
from ..core import vocab as VOC
from . import base
from . import styles
from . import outputs as OUTW
from .rasterize import burn

# Z 7.3 table 7 and Z 2.1 names: one source, core/tables/zone_types.csv (core.vocab)
TYPE_COLORS = {**VOC.type_colours(), RU.NEIGHBOUR: (200, 200, 200)}
TYPE_NAMES = {**{t: (zh, VOC.type_names_en(short=True)[t])
                 for t, zh in VOC.type_names_zh().items()},
              RU.NEIGHBOUR: ("待定（取相邻区）", "to be resolved (neighbour)")}


def rules_help():
    """The default rule table as an HTML list for the help."""
    items = []
    for r in RU.RuleSet.load().rules:
        items.append("<li>%d. <code>%s</code> → %s　%s</li>" % (
            r.number, r.condition.replace("<", "&lt;").replace(">", "&gt;"), r.subtype,
            r.note_zh))
    return "<ol style='list-style:none'>%s</ol>" % "".join(items)


def subtype_names():
    names = {}
    try:
        for row in T.load("zone_codes").dicts():
            names[row["subtype"]] = row.get("subtype_name", "")
    except Exception:  # noqa: BLE001 - the names are cosmetic
        pass
    names[RU.NEIGHBOUR] = TYPE_NAMES[RU.NEIGHBOUR][0]
    return names


def zone_qml(field="zone_type"):
    """The zone types (table-7 colours) as a categorized style."""
    return styles.categorized_qml(field, [
        (t, rgb, "%s %s %s" % (t, TYPE_NAMES[t][0], TYPE_NAMES[t][1]))
        for t, rgb in TYPE_COLORS.items()])


def code_raster_qml():
    """The subtype codes of the vocabulary (zone_codes.csv) and NEIGHBOUR, paletted."""
    names = subtype_names()
    classes = []
    for c in np.flatnonzero(RU.valid_code_mask()).tolist():
        t, s = RU.code_subtype(c)
        r, g, b = TYPE_COLORS[t]
        if t != RU.NEIGHBOUR and s[-1] not in "01":  # subtypes of one type: shade a little
            k = 1.0 - 0.08 * (int(s[-1]) - 1)
            r, g, b = int(r * k), int(g * k), int(b * k)
        classes.append((c, (r, g, b), "%s %s" % (s, names.get(s, ""))))
    return styles.paletted_qml(classes)


# -- shared glue of zoning and mergezones ------------------------------------------------

def temp_path(name, ext="tif"):
    return os.path.join(QgsProcessingUtils.tempFolder(),
                        "%s_%s.%s" % (name, uuid.uuid4().hex[:8], ext))


def wkb_geometry(g):
    """QgsGeometry from an OGR geometry."""
    q = QgsGeometry()
    q.fromWkb(V.to_wkb(g))
    return q


def region_geometry(alg, parameters, context, feedback, crs, param="REGION"):
    """The union of the region's features in ``crs`` as an OGR geometry."""
    source = alg.parameterAsSource(parameters, param, context)
    feats = base.features_in_crs(source, crs, context, feedback, param)
    g = QgsGeometry.unaryUnion([f.geometry() for f in feats])
    if g.isNull() or g.isEmpty():
        raise QgsProcessingException("REGION has no area / 区划范围没有面积")
    return V.geometry(g.asWkb())


def burn_values(alg, parameters, context, feedback, param, grid, crs, value_of, name,
                priority=None):
    """Rasterize layer ``param`` onto ``grid`` burning ``value_of(feature)`` (0…255; 0 and
    None are not burnt). ``priority(value)``: features with a higher priority burn last."""
    source = alg.parameterAsSource(parameters, param, context)
    label = "%s (%s)" % (source.sourceName(), param)
    base.check_source(source, param, label)
    feats = base.features_in_crs(source, crs, context, feedback, label)
    kept, values = [], []
    for f in feats:
        v = value_of(f, label)
        if v in (None, 0):
            continue
        kept.append(f)
        values.append(int(v))
    if not kept:
        feedback.pushWarning("Layer %s: no feature has a value to use / 图层 %s 没有可用的值"
                             % (label, label))
        path = temp_path(name)
        R.write_array(path, np.zeros((grid.ysize, grid.xsize), "uint8"), grid, nodata=0)
        return path
    return burn(kept, values, crs, grid, context, name, ascending=None, key=priority,
                label=label)  # the region's grid: refuse a layer outside it


def number_of(field, lo=0, hi=255):
    """value_of for a numeric field (NULL → 0), checked to lie in lo…hi."""

    def value_of(f, label):
        raw = f[field]
        if raw is None or (hasattr(raw, "isNull") and raw.isNull()) or str(raw) in ("", "NULL"):
            return 0
        try:
            v = float(raw)
        except (TypeError, ValueError):
            raise QgsProcessingException(
                "Layer %s, field '%s': value '%s' is not a number / 图层 %s 字段“%s”的值“%s”不是数字"
                % (label, field, raw, label, field, raw)) from None
        if not lo <= v <= hi or v != int(v):
            raise QgsProcessingException(
                "Layer %s, field '%s': value %s is not a whole number %d–%d / "
                "图层 %s 字段“%s”的值 %s 不是 %d–%d 的整数"
                % (label, field, raw, lo, hi, label, field, raw, lo, hi))
        return int(v)

    return value_of


def write_vector(path, fields, wkb_type, crs, context, rows):
    """Write [(QgsGeometry or None, attrs)] to ``path`` (outputs.write_features)."""
    return OUTW.write_features(path, fields, wkb_type, crs, context, rows)


def zone_fields(extra=()):
    fields = QgsFields()
    fields.append(QgsField("zone_type", QVariant.String, len=10))
    fields.append(QgsField("subtype", QVariant.String, len=10))
    fields.append(QgsField("rule", QVariant.Int))
    fields.append(QgsField("area_km2", QVariant.Double, len=20, prec=6))
    for name, vtype in extra:
        fields.append(QgsField(name, vtype))
    return fields


def summary_rows(items, region_area):
    """[(zone_type, subtype, name, area_km2, share %)] sorted by subtype code."""
    names = subtype_names()
    acc = {}
    for code, area in items:
        acc[code] = acc.get(code, 0.0) + area
    rows = []
    for code in sorted(acc):
        t, s = RU.code_subtype(code)
        rows.append((None, [t, s, names.get(s, ""), round(acc[code] / 1e6, 6),
                            round(100.0 * acc[code] / region_area, 4) if region_area else 0.0]))
    return rows


def summary_fields():
    f = QgsFields()
    f.append(QgsField("zone_type", QVariant.String, len=10))
    f.append(QgsField("subtype", QVariant.String, len=10))
    f.append(QgsField("name", QVariant.String, len=60))
    f.append(QgsField("area_km2", QVariant.Double, len=20, prec=6))
    f.append(QgsField("share_pct", QVariant.Double, len=10, prec=4))
    return f


def polygons_from_raster(path, region, is_canceled, grid):
    """Polygonize ``path`` and fit the polygons to ``region``: [(value, OGR geometry)]."""
    polys = V.polygonize(path)
    fitted, gaps = V.fit_to_region([g for _, g in polys], region, is_canceled,
                                   cell=grid.cell_x, origin=(grid.gt[0], grid.gt[3]))
    return [(v, g) for (v, _), g in zip(polys, fitted) if not g.IsEmpty()], gaps


def report_area(feedback, total, region_area):
    dev = 100.0 * (total - region_area) / region_area if region_area else 0.0
    feedback.pushInfo("Zones cover %.6f km² of the region's %.6f km² (%+.5f %%) / "
                      "分区面积 %.6f km²，区划范围 %.6f km²（偏差 %+.5f %%）"
                      % (total / 1e6, region_area / 1e6, dev, total / 1e6, region_area / 1e6,
                         dev))


def record_provenance(alg, parameters, context, feedback, out_path, table, role):
    """Provenance (issue 5 item 6) through the shared helper, when the plugin has it."""
    try:
        from . import provenance_glue as PG
        from ..core import provenance as P
    except ImportError:
        return
    tables = []
    if table is not None:
        origin = "shipped" if P.is_shipped(table, role) else table.name
        tables.append(P.table_entry(table, role, origin))
    rec = PG.make_record(alg, parameters, context, tables=tables)
    PG.write(out_path, rec, feedback)
