"""envzoning:p1 — Z 3.2.1 (保障自然生态安全指数 P1 on the km grid)."""

import os

import numpy as np

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core import kmgrid as K
from ..core import outputs as O
from ..core import raster as R
from ..core import vector as V
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import outputs as OUT

AGG_OPTIONS = ["多数 majority", "最大值 max", "平均值（四舍五入）mean (rounded half up)"]
SHARE_FIELDS = ["sens_s%d" % i for i in range(1, 6)] + ["imp_s%d" % i for i in range(1, 6)]


class P1(base.EnvZoningAlgorithm):
    ID = "p1"
    NAME_EN = "P1 ecological security index (km grid)"
    NAME_ZH = "保障自然生态安全指数 P1（公里网格）"
    GROUP = "evaluation"
    SEED = "Z 3.2.1 / Z 3.2.1, annex-1 1–2"
    SUMMARY_ZH = ("以公里网格为评价单元：P1 = Max{生态系统敏感性, 生态系统重要性}。网格按分析坐标系的整公里"
                  "对齐，跨区界的网格裁剪到区界，区外网格舍去。每个网格内细像元的等级按多数（默认）、最大值或"
                  "平均值汇总为 sens、imp；字段 dominant 说明 P1 来自敏感性、重要性或两者相同；sens_s1…s5、"
                  "imp_s1…s5 为各级像元所占比例；area_km2 为（裁剪后）面积。")
    SUMMARY_EN = ("Km grid cells as evaluation units: P1 = max(sensitivity, importance). Cells are "
                  "aligned to whole km in the analysis CRS, clipped to the region; cells outside "
                  "are dropped. The fine cells of a grid cell give sens and imp by majority "
                  "(default), max or mean; dominant says whether P1 comes from sensitivity, "
                  "importance or both; sens_s1…s5, imp_s1…s5 are the shares of each level; "
                  "area_km2 the (clipped) area.")
    DECISION_ZH = ("只统计中心落在区界内且有数据的细像元。多数法并列时取较高等级（从严）；平均值四舍五入（2.5→3）。"
                   "只有一方有数据的网格取该方；无任何有数据细像元的边界碎片网格舍去（日志报告个数与面积）。")
    DECISION_EN = ("Only fine cells whose centre is inside the region and that hold data count. A "
                   "majority tie goes to the higher level (precautionary); the mean is rounded "
                   "half up (2.5 → 3). A cell where only one of the two has data takes that one; "
                   "boundary slivers holding no counted fine cell are dropped (count and area "
                   "logged).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer("SENSITIVITY", "Sensitivity level"),
                 "生态系统敏感性等级", "ecosensitivity（或 soilerosionsensitivity）的等级栅格 1–5",
                 "Level raster 1–5 of ecosensitivity (or soilerosionsensitivity)")
        self.add(QgsProcessingParameterRasterLayer("IMPORTANCE", "Importance level"),
                 "生态系统重要性等级", "ecoimportance 的等级栅格 1–5", "Level raster 1–5 of ecoimportance")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", [
            QgsProcessing.TypeVectorPolygon], optional=True),
            "区划范围", "区界：网格裁剪到其范围；其坐标系（投影坐标系）即分析坐标系。不给时取敏感性栅格"
            "（须为投影坐标系）的范围与网格，统计其有数据的像元",
            "Region boundary: the grid is clipped to it; its (projected) CRS is the analysis "
            "CRS. Without it: the sensitivity raster's grid and extent (projected CRS), "
            "counting its cells with data")
        self.add(QgsProcessingParameterNumber("CELL_SIZE", "Grid cell size (m)",
                                              QgsProcessingParameterNumber.Double, 1000.0,
                                              minValue=1.0),
                 "网格边长 (m)", "公里网格边长（米，默认 1000）", "Side of the grid cells (m, default 1000)")
        self.add(QgsProcessingParameterEnum("AGGREGATION", "Aggregation", AGG_OPTIONS,
                                            defaultValue=0),
                 "汇总方式", "网格内细像元等级的汇总：多数（并列取高）、最大值、平均值（四舍五入）",
                 "How fine cells make the grid cell's level: majority (ties → higher), max, "
                 "mean (rounded half up)")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "P1 grid",
                                                   QgsProcessing.TypeVectorPolygon),
                 "P1 公里网格", "网格面：cell_id, sens, imp, p1, dominant, sens_s1…s5, imp_s1…s5, area_km2",
                 "Grid polygons: cell_id, sens, imp, p1, dominant, sens_s1…s5, imp_s1…s5, area_km2")

    def process(self, parameters, context, feedback):
        sens_path, sens_label = base.raster_source(self, parameters, "SENSITIVITY", context)
        imp_path, imp_label = base.raster_source(self, parameters, "IMPORTANCE", context)
        size = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        method = K.AGGREGATIONS[self.parameterAsEnum(parameters, "AGGREGATION", context)]
        grid, mask, crs = base.build_grid(self, parameters, context, feedback, sens_path,
                                          cell_param=None)
        kg = K.KmGrid(grid.gt, grid.xsize, grid.ysize, size)
        feedback.pushInfo("Analysis grid / 分析网格: %r; km grid %d × %d cells of %g m, %s"
                          % (grid, kg.nx, kg.ny, size, method))
        counters = {"sens": K.Counter(kg, sens_label), "imp": K.Counter(kg, imp_label)}
        progress, canceled = base.callbacks(feedback, 0, 80)
        inputs = {"sens": {"path": sens_path, "label": sens_label},
                  "imp": {"path": imp_path, "label": imp_label}}
        if mask:
            inputs["mask"] = {"path": mask}
        elif crs.isGeographic():
            raise QgsProcessingException(
                "Without REGION the sensitivity raster '%s' must be in a projected CRS (metres) "
                "/ 未给区界时，敏感性栅格“%s”须为投影坐标系" % (sens_label, sens_label))
        R.block_map(K.block_counter(counters, mask="mask" if mask else None), grid, inputs, {},
                    progress=progress, is_canceled=canceled)
        cells = K.p1_cells(counters["sens"].counts, counters["imp"].counts, method)

        if mask:
            region = self.parameterAsSource(parameters, "REGION", context)
            feats = base.features_in_crs(region, crs, context, feedback, "%s (REGION)"
                                         % region.sourceName())
            union = QgsGeometry.unaryUnion([f.geometry() for f in feats])
        else:
            union = QgsGeometry.fromRect(QgsRectangle(*grid.bounds))
        engine = QgsGeometry.createGeometryEngine(union.constGet())
        engine.prepareGeometry()
        rbox = union.boundingBox()

        fields = base.add_fields(QgsFields(), [
            ("cell_id", base.QVARIANT["string"], 24, 0),
            ("sens", base.QVARIANT["int"], 0, 0), ("imp", base.QVARIANT["int"], 0, 0),
            ("p1", base.QVARIANT["int"], 0, 0), ("dominant", base.QVARIANT["string"], 12, 0),
        ] + [(n, base.QVARIANT["double"], 0, 0) for n in SHARE_FIELDS]
            + [("area_km2", base.QVARIANT["double"], 0, 0)])
        # squares: wholly inside the region (WKB built in numpy, no GEOS call), clipped to
        # it, or outside; cells without data that touch the region are slivers
        feedback.setProgress(80)
        x0, y0, x1, y1 = _cell_bounds(kg)
        near = ((x1 > rbox.xMinimum()) & (x0 < rbox.xMaximum()) & (y1 > rbox.yMinimum())
                & (y0 < rbox.yMaximum()))
        if mask:
            inside = np.zeros(kg.ncells, dtype=bool)
            for k, i in enumerate(np.flatnonzero(near).tolist()):
                if k % 2000 == 0 and feedback.isCanceled():
                    raise Canceled()
                sq = QgsGeometry.fromRect(QgsRectangle(x0[i], y0[i], x1[i], y1[i]))
                inside[i] = engine.contains(sq.constGet())
        else:  # the region is the grid's bounding rectangle
            gx0, gy0, gx1, gy1 = grid.bounds
            inside = near & (x0 >= gx0) & (x1 <= gx1) & (y0 >= gy0) & (y1 <= gy1)
        has = cells["p1"] > 0
        slivers, sliver_area = 0, 0.0
        empty_inside = int((inside & ~has).sum())
        if empty_inside:
            slivers, sliver_area = empty_inside, empty_inside * kg.size * kg.size
        for i in np.flatnonzero(near & ~inside & ~has).tolist():
            square = QgsGeometry.fromRect(QgsRectangle(x0[i], y0[i], x1[i], y1[i]))
            if engine.intersects(square.constGet()):
                g = square.intersection(union)
                if g.area() > 0:
                    slivers += 1
                    sliver_area += g.area()
        keep = np.flatnonzero(near & has)
        wkbs = K.square_wkb(kg, keep)
        area = K.round6(np.full(len(keep), kg.size * kg.size) / 1e6)
        written = np.ones(len(keep), dtype=bool)
        for k in np.flatnonzero(~inside[keep]).tolist():
            if k % 500 == 0:
                if feedback.isCanceled():
                    raise Canceled()
                feedback.setProgress(80 + 10 * k / max(1, len(keep)))
            i = int(keep[k])
            square = QgsGeometry.fromRect(QgsRectangle(x0[i], y0[i], x1[i], y1[i]))
            geom = _polygons(square.intersection(union))
            if geom is None:
                written[k] = False
                continue
            geom.convertToMultiType()
            area[k] = round(geom.area() / 1e6, 6)
            wkbs[k] = bytes(geom.asWkb())
        keep, area = keep[written], area[written]
        wkbs = [w for w, ok in zip(wkbs, written.tolist()) if ok]
        shares = K.round6(np.hstack([cells["sens_shares"][keep], cells["imp_shares"][keep]]))
        dom_names = np.array([""] + [K.DOMINANT[d] for d in (1, 2, 3)], dtype=object)
        columns = [K.cell_ids(kg, keep), cells["sens"][keep].astype(np.int64),
                   cells["imp"][keep].astype(np.int64), cells["p1"][keep].astype(np.int64),
                   dom_names[cells["dominant"][keep]].tolist()] \
            + [shares[:, j] for j in range(shares.shape[1])] + [area]
        feedback.setProgress(90)
        dest = self._write(parameters, context, feedback, fields, crs, columns, wkbs)
        written = len(keep)
        hist = np.bincount(cells["p1"][keep], minlength=6).tolist()
        feedback.pushInfo("Grid cells written / 网格数: %d; P1 level counts 5…1 / 各级网格数: %s"
                          % (written, ", ".join("%d:%d" % (v, hist[v]) for v in range(5, 0, -1))))
        if slivers:
            feedback.pushWarning(
                "%d boundary slivers (%.4f km²) hold no analysis cell and were dropped / "
                "%d 个边界碎片网格（%.4f km²）不含分析像元，已舍去"
                % (slivers, sliver_area / 1e6, slivers, sliver_area / 1e6))
        base.apply_style(context, dest, base.vector_level_qml("p1", "p1"))
        return {"OUTPUT": dest}


    def _write(self, parameters, context, feedback, fields, crs, columns, wkbs):
        """Write the grid: a file destination (already staged by algorithms/outputs.py) with
        OGR in one transaction, any other (memory:, TEMPORARY_OUTPUT, a database or a layer
        of an existing GeoPackage) through the feature sink in one batch."""
        value = OUT.static_value(parameters.get("OUTPUT"))
        path = value if value and O.is_file_destination(value) else None
        if path is not None and "|" not in path \
                and os.path.splitext(path)[1].lower() in V.WRITE_DRIVERS:
            dest = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
            kinds = {base.QVARIANT["string"]: "string", base.QVARIANT["int"]: "int",
                     base.QVARIANT["double"]: "double"}
            spec = [(f.name(), kinds[f.type()], f.length()) for f in fields]
            try:
                V.write_layer(dest, crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL), spec, columns, wkbs,
                              is_canceled=feedback.isCanceled)
            except EnvZoningError as e:
                raise QgsProcessingException(str(e)) from None
            except RuntimeError as e:
                raise QgsProcessingException(str(O.io_error(dest, e))) from None
            return dest
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException("Cannot create OUTPUT / 无法创建输出")
        feats = []
        rows = [c.tolist() if isinstance(c, np.ndarray) else c for c in columns]
        for j, w in enumerate(wkbs):
            f = QgsFeature(fields)
            g = QgsGeometry()
            g.fromWkb(w)
            f.setGeometry(g)
            f.setAttributes([r[j] for r in rows])
            feats.append(f)
        if not sink.addFeatures(feats, QgsFeatureSink.FastInsert):
            raise QgsProcessingException("Cannot write OUTPUT: %s / 无法写出输出"
                                         % sink.lastError())
        return dest


def _cell_bounds(kg):
    """(xmin, ymin, xmax, ymax) arrays of every km cell (as :meth:`KmGrid.bounds`)."""
    r, c = np.divmod(np.arange(kg.ncells, dtype=np.int64), kg.nx)
    xmin = kg.x0 + c * kg.size
    ymax = kg.y1 - r * kg.size
    return xmin, ymax - kg.size, xmin + kg.size, ymax


def _polygons(g):
    """The polygon part of an intersection result (None when nothing areal is left)."""
    if g is None or g.isEmpty():
        return None
    if g.type() == QgsWkbTypes.PolygonGeometry:
        return g
    parts = [p for p in g.asGeometryCollection() if p.type() == QgsWkbTypes.PolygonGeometry]
    if not parts:
        return None
    return QgsGeometry.collectGeometry(parts)
