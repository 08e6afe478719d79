"""Shared glue of the township-unit algorithms (P2, K, air/water/soil quality, emission and
composite index; issue 18 item 2): reading the unit layer and its numbers, distances,
writing the unit layer, classification parameters. Moved out of p2.py so that no
algorithm imports another algorithm."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsWkbTypes,
)

from . import base
from .progress import step

CLASS_METHODS = ["natural_breaks", "quantile", "equal_interval"]
CLASS_OPTIONS = ["自然断点 Natural breaks (Jenks/Fisher)", "分位数 Quantile",
                 "等间距 Equal interval"]


# -- shared township glue ------------------------------------------------------------------

def read_layer(alg, parameters, name, context, feedback, crs=None):
    """(source, label, features in the analysis CRS, crs). ``crs`` None: the analysis CRS
    of this layer (its own if projected, else the CGCS2000 GK zone)."""
    source = alg.parameterAsSource(parameters, name, context)
    label = "%s (%s)" % (source.sourceName(), name) if source is not None else name
    base.check_source(source, name, label)
    crs = crs or base.analysis_crs(source.sourceCrs(), source.sourceExtent())
    feats = base.features_in_crs(source, crs, context, feedback, label)
    return source, label, feats, crs


def unit_names(source, feats):
    """A label per feature for messages: its name field if any, else its fid."""
    for cand in ("name", "NAME", "名称", "xzmc", "XZMC"):
        idx = source.fields().lookupField(cand)
        if idx >= 0:
            return ["%s (fid %d)" % (f.attributes()[idx], f.id()) for f in feats]
    return ["fid %d" % f.id() for f in feats]


def numbers(source, feats, field, label, param, names, allow_null=False):
    """A numeric field as a float array; NULL or text that is no number is an error
    naming the feature, field and value (NaN where ``allow_null``)."""
    idx = base.field_index(source, field, label, param)
    out = np.empty(len(feats))
    for i, f in enumerate(feats):
        v = f.attributes()[idx]
        try:
            if v is None or (hasattr(v, "isNull") and v.isNull()) or str(v).strip() == "":
                raise ValueError
            out[i] = float(v)
        except (TypeError, ValueError):
            if allow_null and (v is None or (hasattr(v, "isNull") and v.isNull())
                               or str(v).strip() == ""):
                out[i] = np.nan
                continue
            raise QgsProcessingException(
                "Layer '%s', feature %s, field '%s' (%s): value '%s' is not a number / "
                "图层“%s”要素 %s 的字段“%s”值“%s”不是数字"
                % (label, names[i], field, param, _show(v), label, names[i], field, _show(v)))
    return out


def _show(v):
    return "NULL" if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def areas_km2(feats):
    return np.array([f.geometry().area() / 1.0e6 for f in feats])


def distance_matrix(units, points, feedback=None, start=0.0, end=100.0):
    """units × points distances (0 where the point is inside or on the unit). Progress
    from ``start`` to ``end``; cancel honoured at every unit (a row is len(points) pairs)."""
    d = np.empty((len(units), len(points)))
    pgeoms = [p.geometry() for p in points]
    for i, u in enumerate(units):
        step(feedback, i, len(units), start, end, every=1)
        g = u.geometry()
        for j, pg in enumerate(pgeoms):
            d[i, j] = g.distance(pg)
    if feedback is not None:
        feedback.setProgress(end)
    return d


def write_units(alg, parameters, context, feats, fields_in, specs, values, crs,
                name="OUTPUT", feedback=None, start=0.0, end=100.0):
    """Write ``feats`` with their fields plus the new ``specs`` [(name, type, len, prec)]
    whose values are ``values[name][i]`` (NaN/None → NULL). Existing fields of the same
    name are replaced. Progress from ``start`` to ``end``. Returns the destination id."""
    out_fields = base.add_fields(fields_in, [(n, base.QVARIANT[t], ln, pr)
                                             for n, t, ln, pr in specs])
    new = {s[0]: s[1] for s in specs}
    src_idx = [(fields_in.lookupField(f.name()) if f.name() not in new else -1)
               for f in out_fields]
    wkb = QgsWkbTypes.multiType(feats[0].geometry().wkbType()) if feats else QgsWkbTypes.Unknown
    sink, dest = alg.parameterAsSink(parameters, name, context, out_fields, wkb, crs)
    if sink is None:
        raise QgsProcessingException("Cannot create output %s / 无法创建输出" % name)
    for i, f in enumerate(feats):
        step(feedback, i, len(feats), start, end)
        attrs = f.attributes()
        row = []
        for fld, j in zip(out_fields, src_idx):
            if j >= 0:
                row.append(attrs[j])
            else:
                v = _py(values[fld.name()][i])
                row.append(int(round(v)) if v is not None and new[fld.name()] == "int" else v)
        nf = QgsFeature(out_fields)
        g = f.geometry()
        if QgsWkbTypes.isSingleType(g.wkbType()):
            g.convertToMultiType()
        nf.setGeometry(g)
        nf.setAttributes(row)
        sink.addFeature(nf, QgsFeatureSink.FastInsert)
    if feedback is not None:
        feedback.setProgress(end)
    return dest


def _py(v):
    if v is None:
        return None
    if isinstance(v, (np.floating, float)):
        return None if np.isnan(v) else float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    return v


def add_classification(alg, default=0):
    alg.add(QgsProcessingParameterEnum("CLASSIFICATION", "Classification", CLASS_OPTIONS,
                                       defaultValue=default),
            "分级方法", "将指数分为 5 级的方法：自然断点（Jenks/Fisher 精确最优，≤5000 个单元不抽样；"
            "默认，指南“按样本数的分布频率自然分等”）、分位数、等间距。少于 5 个不同值时每个值各为一级，最低为 1",
            "How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no "
            "sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal "
            "interval. With fewer than 5 distinct values each value is its own class, lowest 1")


# -- the algorithm -------------------------------------------------------------------------
