"""envzoning:compositeindex — Z 3.1 (A = K·P2 − P1; SPEC 3a)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsSpatialIndex,
)

from ..core import indices as X
from ..core.errors import Canceled
from . import base
from .progress import step
from .units import (CLASS_METHODS, add_classification, numbers, read_layer, unit_names,
                 write_units)


class CompositeIndex(base.EnvZoningAlgorithm):
    ID = "compositeindex"
    NAME_EN = "Composite index A"
    NAME_ZH = "环境功能综合评价指数 A"
    GROUP = "evaluation"
    SEED = "Z 3.1 / Z 3.1"
    SUMMARY_ZH = ("公里网格每格取覆盖面积最大的镇（乡）的 P2 与 K，A = K·P2 − P1；A 按自然断点分 5 级"
                  "（a_class 5 高、4 较高、3 中、2 较低、1 低）。A 越高越偏向维护人居环境健康，越低越偏向保障自然生态安全。")
    SUMMARY_EN = ("Each km-grid cell takes P2 and K of the township covering most of it; "
                  "a = k·p2 − p1; A classed into 5 by natural breaks (a_class 5 high … 1 low). "
                  "High A leans to human-settlement functions, low A to ecological security.")
    DECISION_ZH = ("网格不与任何镇（乡）相交或 P1 为空/0 时 p2、k、a、a_class 为空值；面积相同时取要素序号小者。")
    DECISION_EN = ("Cells outside every township, or with P1 NULL/0, get NULL p2, k, a, "
                   "a_class; equal overlaps go to the township read first.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("GRID", "P1 grid", [
            QgsProcessing.TypeVectorPolygon]), "P1 公里网格", "envzoning:p1 的输出（含 p1 字段）",
            "The output of envzoning:p1 (with a p1 field)")
        self.add(QgsProcessingParameterFeatureSource("TOWNSHIPS", "Townships with P2 and K", [
            QgsProcessing.TypeVectorPolygon]), "带 P2、K 的镇（乡）", "含 p2、k 字段的镇（乡）面图层",
            "Township polygons with p2 and k")
        self.add(QgsProcessingParameterField("P1_FIELD", "P1 field", "p1", "GRID",
                                             QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "P1 字段", "网格的 P1（1–5）字段，默认 p1", "The grid's P1 (1–5) field, default p1",
                 advanced=True)
        self.add(QgsProcessingParameterField("P2_FIELD", "P2 field", "p2", "TOWNSHIPS",
                                             QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "P2 字段", "镇（乡）的 P2 字段，默认 p2", "The townships' P2 field, default p2",
                 advanced=True)
        self.add(QgsProcessingParameterField("K_FIELD", "K field", "k", "TOWNSHIPS",
                                             QgsProcessingParameterField.Numeric,
                                             optional=True),
                 "K 字段", "镇（乡）的 K 字段，默认 k", "The townships' K field, default k",
                 advanced=True)
        add_classification(self)
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Composite index grid"),
                 "综合评价指数网格", "网格字段 + p2, k, a, a_class（1–5，5 高）",
                 "Grid fields + p2, k, a, a_class (1–5, 5 high)")

    def process(self, parameters, context, feedback):
        g_src, g_label, cells, crs = read_layer(self, parameters, "GRID", context, feedback)
        feedback.setProgress(10)
        t_src, t_label, towns, _ = read_layer(self, parameters, "TOWNSHIPS", context, feedback,
                                              crs)
        feedback.setProgress(15)
        cell_names = ["fid %d" % f.id() for f in cells]
        t_names = unit_names(t_src, towns)
        p1 = numbers(g_src, cells, _field(self, parameters, "P1_FIELD", "p1", context),
                     g_label, "P1_FIELD", cell_names, allow_null=True)
        p1[p1 == 0] = np.nan
        p2 = numbers(t_src, towns, _field(self, parameters, "P2_FIELD", "p2", context),
                     t_label, "P2_FIELD", t_names)
        kk = numbers(t_src, towns, _field(self, parameters, "K_FIELD", "k", context),
                     t_label, "K_FIELD", t_names)

        index = QgsSpatialIndex()
        engines = []
        feedback.setProgress(20)
        for i, t in enumerate(towns):
            step(feedback, i, len(towns), 20, 25)
            index.addFeature(_indexed(t, i))
            eng = QgsGeometry.createGeometryEngine(t.geometry().constGet())
            eng.prepareGeometry()
            engines.append(eng)
        overlaps = []
        n = len(cells)
        for ci, c in enumerate(cells):
            g = c.geometry()
            ov = []
            for ti in index.intersects(g.boundingBox()):
                eng = engines[ti]
                if eng.contains(g.constGet()):
                    ov.append((ti, g.area()))
                elif eng.intersects(g.constGet()):
                    inter = towns[ti].geometry().intersection(g)
                    if not inter.isEmpty():
                        ov.append((ti, inter.area()))
            overlaps.append(ov)
            if ci % 200 == 0:
                if feedback.isCanceled():
                    raise Canceled()
                feedback.setProgress(25.0 + 55.0 * ci / max(n, 1))
        feedback.setProgress(80)
        owner = X.majority_unit(overlaps)
        has = np.array([o is not None for o in owner])
        own = np.array([o if o is not None else 0 for o in owner])
        cell_p2 = np.where(has, p2[own], np.nan)
        cell_k = np.where(has, kk[own], np.nan)
        a, a_class = X.composite(p1, cell_p2, cell_k, 5,
                                 CLASS_METHODS[self.parameterAsEnum(parameters, "CLASSIFICATION",
                                                                    context)])
        feedback.setProgress(85)
        ok = ~np.isnan(a)
        if ok.any():
            feedback.pushInfo("A: %.3f … %.3f over %d cells (%d without township or P1) / A 范围"
                              % (np.nanmin(a), np.nanmax(a), int(ok.sum()), int((~ok).sum())))
        values = {"p2": cell_p2, "k": cell_k, "a": a,
                  "a_class": [int(c) if c > 0 else None for c in a_class]}
        specs = [("p2", "double", 12, 4), ("k", "double", 10, 4), ("a", "double", 12, 4),
                 ("a_class", "int", 4, 0)]
        dest = write_units(self, parameters, context, cells, g_src.fields(), specs, values, crs,
                           feedback=feedback, start=85, end=100)
        base.apply_style(context, dest, base.vector_level_qml("a_class", "a_class"))
        return {"OUTPUT": dest}


def _field(alg, parameters, name, default, context):
    return alg.parameterAsString(parameters, name, context) or default


def _indexed(feature, i):
    """A copy of ``feature`` whose id is its position (for the spatial index)."""
    f = QgsFeature(feature)
    f.setId(i)
    return f
