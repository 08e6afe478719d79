"""envzoning:airzones — N 5.8.3(1): air-environment control zones from data (大气环境管控分区)."""


import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import air as A
from ..core import control as C
from ..core import raster as R
from ..core.errors import Canceled, EnvZoningError
from ..core.window import window_cells
from . import base
from . import control_geom as G

FIELDS = [("element", QVariant.String), ("class", QVariant.Int),
          ("class_name", QVariant.String), ("kind", QVariant.String),
          ("rule", QVariant.String), ("unit_kind", QVariant.String),
          ("clause", QVariant.String), ("area_km2", QVariant.Double)]


def _fields():
    return base.fields_of(FIELDS)


class AirZones(base.EnvZoningAlgorithm):
    ID = "airzones"
    NAME_EN = "Air control zones"
    NAME_ZH = "大气环境管控分区"
    GROUP = "control"
    SEED = "N 5.8.3(1) / N 5.8.3(1)"
    SUMMARY_ZH = ("由数据划定大气环境管控分区：环境空气一类功能区 → 优先保护（1）；高排放区（排放强度栅格中占总量 "
                  "HIGH_EMISSION_SHARE 的最高像元）、受体敏感区（居住区、学校、医院、养老机构缓冲 RECEPTOR_BUFFER）、"
                  "弱扩散区（通风系数低于 VENTILATION_THRESHOLD）、布局敏感区（城镇上风向 WIND_FROM ± SECTOR 度、"
                  "UPWIND_DISTANCE 以内）→ 重点管控（2）；其余 → 一般管控（3）。输出可直接作为要素分区（element=air）。")
    SUMMARY_EN = ("Air control zones from data: class-1 ambient-air areas → priority (1); "
                  "high-emission cells (the most intense cells holding HIGH_EMISSION_SHARE of "
                  "the emission raster's total), receptor-sensitive areas (residential areas, "
                  "schools, hospitals, care homes buffered by RECEPTOR_BUFFER), weak-diffusion "
                  "areas (ventilation coefficient below VENTILATION_THRESHOLD) and the "
                  "layout-sensitive upwind sector of the urban areas (WIND_FROM ± SECTOR "
                  "degrees within UPWIND_DISTANCE) → key (2); the rest general (3). The output "
                  "is an element-zone layer (element=air) for controlunits.")
    DECISION_ZH = ("重点管控各类的取用顺序：高排放区、受体敏感区、弱扩散区、布局敏感区（先取者保留）；优先保护先于重点管控。"
                   "扇区以每个城镇面的内点为顶点、半径为 UPWIND_DISTANCE 加城镇面外接圆半径，并扣除城镇面本身。"
                   "无通风系数栅格时由 DEM 识别弱扩散区：高程低于 VALLEY_WINDOW 见方窗口平均高程超过 VALLEY_DEPTH 的像元"
                   "（封闭盆地、谷底；core/air.py valley_mask），窗口不完整的像元不分类；两者皆无时不划弱扩散区。")
    DECISION_EN = ("Key kinds claim area in the order high emission, receptors, weak diffusion, "
                   "layout (earlier keeps); priority before key. The sector's apex is each urban "
                   "polygon's interior point, its radius UPWIND_DISTANCE plus the polygon's "
                   "circumradius, the urban polygon itself removed. Without a ventilation "
                   "raster the weak-diffusion areas come from the DEM: cells lower than the "
                   "mean of the VALLEY_WINDOW square around them by more than VALLEY_DEPTH "
                   "(closed basins, valley floors; core/air.py valley_mask), cells with an "
                   "incomplete window not classed; with neither, none is drawn.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "REGION", "Region", [QgsProcessing.TypeVectorPolygon]),
            "区划范围", "县（市）行政边界：分区铺满此范围", "County boundary: the zones tile it")
        self.add(QgsProcessingParameterFeatureSource(
            "CLASS1_AREAS", "Class-1 ambient-air areas", [QgsProcessing.TypeVectorPolygon],
            optional=True), "环境空气一类功能区", "如自然保护区、风景名胜区（保护地图层中相应要素）",
            "E.g. nature reserves and scenic areas (from a protected-areas layer)")
        self.add(QgsProcessingParameterFeatureSource(
            "RECEPTORS", "Receptors", [QgsProcessing.TypeVectorAnyGeometry], optional=True),
            "环境受体", "居住区、城镇面，学校、医院、养老机构（点或面）", "Residential / urban polygons, "
            "schools, hospitals, care homes (points or polygons)")
        self.add(QgsProcessingParameterNumber(
            "RECEPTOR_BUFFER", "Receptor buffer (m)", QgsProcessingParameterNumber.Double, 500.0,
            minValue=0.0), "受体缓冲距离 (m)", "受体外扩距离（默认 500 m）", "Buffer around receptors (500 m)")
        self.add(QgsProcessingParameterRasterLayer("EMISSIONS", "Emission intensity",
                                                   optional=True),
                 "排放强度栅格", "大气污染物排放强度（t/km²·a）", "Air-pollutant emission intensity (t/km²·a)")
        self.add(QgsProcessingParameterNumber(
            "HIGH_EMISSION_SHARE", "High-emission share", QgsProcessingParameterNumber.Double,
            0.8, minValue=0.01, maxValue=1.0), "高排放占比",
            "排放量最高、合计占总量此比例的像元为高排放区（默认 0.8）",
            "The most intense cells holding this share of the total are high-emission (0.8)")
        self.add(QgsProcessingParameterRasterLayer("VENTILATION", "Ventilation coefficient",
                                                   optional=True),
                 "通风系数栅格", "大气通风系数（m²/s）", "Ventilation coefficient (m²/s)")
        self.add(QgsProcessingParameterNumber(
            "VENTILATION_THRESHOLD", "Ventilation threshold (m²/s)",
            QgsProcessingParameterNumber.Double, 2000.0, minValue=0.0), "通风系数阈值 (m²/s)",
            "低于此值为弱扩散区（默认 2000 m²/s）", "Below this: weak diffusion (2000 m²/s)")
        self.add(QgsProcessingParameterRasterLayer("DEM", "DEM (without a ventilation raster)",
                                                   optional=True),
                 "数字高程模型", "可选：无通风系数栅格时，由 DEM 识别封闭盆地和谷底为弱扩散区：高程低于周围 VALLEY_WINDOW "
                 "见方窗口平均高程超过 VALLEY_DEPTH 米的像元（地形位置指数 TPI < −VALLEY_DEPTH）；窗口不完整的像元（栅格边缘、"
                 "无数据）不分类，DEM 宜比区划范围外扩半个窗口",
                 "Optional: without a ventilation raster, closed basins and valley floors from "
                 "the DEM are weak-diffusion areas: cells lower than the mean elevation of the "
                 "VALLEY_WINDOW square around them by more than VALLEY_DEPTH m (topographic "
                 "position index TPI < −VALLEY_DEPTH); cells whose window is incomplete "
                 "(raster edge, nodata) are not classed, so let the DEM reach half a window "
                 "beyond the region")
        self.add(QgsProcessingParameterNumber(
            "VALLEY_WINDOW", "Valley window (m)", QgsProcessingParameterNumber.Double, 3000.0,
            minValue=1.0), "谷地识别窗口 (m)", "比较平均高程的方形窗口边长（默认 3000 m）",
            "Side of the square window of the mean elevation (3000 m)", advanced=True)
        self.add(QgsProcessingParameterNumber(
            "VALLEY_DEPTH", "Valley depth (m)", QgsProcessingParameterNumber.Double, 50.0,
            minValue=0.1), "谷地深度阈值 (m)", "低于窗口平均高程超过此值为谷底/盆地（默认 50 m）",
            "Lower than the window mean by more than this: valley floor / basin (50 m)",
            advanced=True)
        self.add(QgsProcessingParameterFeatureSource(
            "URBAN", "Urban areas", [QgsProcessing.TypeVectorPolygon], optional=True),
            "城镇区域", "城镇建成区：其上风向为布局敏感区", "Built-up areas: their upwind sector is layout-sensitive")
        self.add(QgsProcessingParameterNumber(
            "WIND_FROM", "Prevailing wind from (°)", QgsProcessingParameterNumber.Double, 45.0,
            minValue=0.0, maxValue=360.0), "主导风向 (°)", "主导风的来向，自正北顺时针（默认 45 = 东北风）",
            "Where the prevailing wind comes from, clockwise from north (45 = NE)")
        self.add(QgsProcessingParameterNumber(
            "SECTOR", "Sector half-angle (°)", QgsProcessingParameterNumber.Double, 22.5,
            minValue=1.0, maxValue=90.0), "扇区半角 (°)", "上风向扇区的半角（默认 22.5°）",
            "Half-angle of the upwind sector (22.5°)")
        self.add(QgsProcessingParameterNumber(
            "UPWIND_DISTANCE", "Upwind distance (km)", QgsProcessingParameterNumber.Double, 5.0,
            minValue=0.0), "上风向距离 (km)", "布局敏感区自城镇向上风向的距离（默认 5 km）",
            "How far upwind of the urban areas (5 km)")
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Air control zones", QgsProcessing.TypeVectorPolygon),
            "大气环境管控分区", "字段 element=air、class（1/2/3）、kind、rule、unit_kind、clause",
            "Fields element=air, class (1/2/3), kind, rule, unit_kind, clause")

    def process(self, parameters, context, feedback):
        crs, region = G.region_of(self, parameters, context, feedback)
        feedback.setProgress(10)

        def layer(name):
            src = self.parameterAsSource(parameters, name, context)
            if src is None:
                return []
            label = "%s (%s)" % (src.sourceName(), name)
            base.check_source(src, name, label)
            return [f.geometry() for f in base.features_in_crs(src, crs, context, feedback,
                                                               label)]

        claims = {}
        claims["class1"] = G.union([G.polys(g) for g in layer("CLASS1_AREAS")])
        buf = self.parameterAsDouble(parameters, "RECEPTOR_BUFFER", context)
        claims["receptor"] = G.union([G.polys(g.buffer(buf, 8) if buf > 0 else g)
                                      for g in layer("RECEPTORS")])
        feedback.setProgress(30)
        if feedback.isCanceled():
            raise Canceled()
        claims["high_emission"] = self._raster_zone(
            parameters, context, feedback, "EMISSIONS",
            lambda v, ok, valid, cell: A.high_emission_mask(v, ok, self.parameterAsDouble(
                parameters, "HIGH_EMISSION_SHARE", context)))
        claims["weak_diffusion"] = self._raster_zone(
            parameters, context, feedback, "VENTILATION",
            lambda v, ok, valid, cell: A.low_ventilation_mask(v, ok, self.parameterAsDouble(
                parameters, "VENTILATION_THRESHOLD", context)))
        if claims["weak_diffusion"] is None and parameters.get("VENTILATION") in (None, ""):
            def valleys(v, ok, valid, cell):
                w = window_cells(self.parameterAsDouble(parameters, "VALLEY_WINDOW", context),
                                 cell)
                mask, unclassed = A.valley_mask(v, valid, max(w, 3), self.parameterAsDouble(
                    parameters, "VALLEY_DEPTH", context))
                if unclassed:
                    feedback.pushWarning(
                        "DEM: %d cells of the grid within half a VALLEY_WINDOW of its edge or of "
                        "nodata are not classed as valley / DEM 边缘或无数据附近 %d 个像元未参与谷地识别"
                        % (unclassed, unclassed))
                return mask & ok
            claims["weak_diffusion"] = self._raster_zone(
                parameters, context, feedback, "DEM", valleys)
        sectors = []
        urban = layer("URBAN")
        dist = self.parameterAsDouble(parameters, "UPWIND_DISTANCE", context) * 1000.0
        if dist > 0:
            for g in urban:
                pt = g.pointOnSurface().asPoint()
                bb = g.boundingBox()
                reach = dist + 0.5 * (bb.width() ** 2 + bb.height() ** 2) ** 0.5
                try:
                    ring = A.sector_ring(pt.x(), pt.y(), reach, self.parameterAsDouble(
                        parameters, "WIND_FROM", context), self.parameterAsDouble(
                        parameters, "SECTOR", context))
                except EnvZoningError as exc:
                    raise QgsProcessingException(str(exc)) from None
                wedge = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])
                sectors.append(G.difference(G.polys(wedge), G.polys(g)))
        claims["layout"] = G.difference(G.union(sectors), G.union([G.polys(g) for g in urban]))
        feedback.setProgress(70)

        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, _fields(),
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        covered = None
        areas = {}
        for kind in ["class1"] + A.KEY_ORDER + ["general"]:
            g = G.difference(region, covered) if kind == "general" else \
                G.difference(G.intersect(claims.get(kind), region), covered)
            if g is None:
                continue
            covered = G.union([covered, g]) if covered is not None else g
            cls = 1 if kind == "class1" else 3 if kind == "general" else 2
            f = QgsFeature(_fields())
            f.setGeometry(g)
            f.setAttributes(["air", cls, C.CLASS_ZH[cls], A.KIND_ZH[kind], A.RULE[kind],
                             A.UNIT_KIND.get(kind, ""), "N 5.8.3(1)",
                             round(g.area() / 1e6, 6)])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
            areas[A.KIND_ZH[kind]] = g.area() / 1e6
        feedback.pushInfo("; ".join("%s %.2f km²" % kv for kv in areas.items()))
        base.apply_style(context, dest, G.zone_qml())
        return {"OUTPUT": dest}

    def _raster_zone(self, parameters, context, feedback, name, fn):
        """Polygons of ``fn(values, valid in the region, valid anywhere, cell size)`` on the
        raster's own cells within the region."""
        src = base.raster_source(self, parameters, name, context, required=False)
        if src is None:
            return None
        path, label = src
        grid, mask, _ = base.build_grid(self, parameters, context, feedback, path, "REGION",
                                        None)
        try:
            s = R.open_aligned(path, grid, "nearest", name=label)
            v = s.read(0, grid.ysize, grid.xsize).astype(np.float64)
            valid = R.valid_mask(v, s.nodata)
            s.close()
            rm, _ = R.read_array(mask)
            ok = valid & (rm > 0)
            if not ok.any():
                raise EnvZoningError("Raster '%s' has no valid cell in the region (all nodata) / "
                                     "栅格“%s”在区划范围内全为无数据" % (label, label))
            m = fn(v, ok, valid, abs(grid.gt[1])).astype(np.uint8)
            polys = G.polygons_by_value(m, grid, name.lower())
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        return G.union(polys.get(1, []))
