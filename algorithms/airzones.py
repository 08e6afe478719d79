"""envzoning:airzones — N 5.8.3(1): air-environment control zones from data (大气环境管控分区)."""

import os
import uuid

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import air as A
from ..core import control as C
from ..core import raster as R
from ..core import vector as V
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import control_geom as G

FIELDS = [("element", QVariant.String), ("class", QVariant.Int),
          ("class_name", QVariant.String), ("kind", QVariant.String),
          ("rule", QVariant.String), ("unit_kind", QVariant.String),
          ("clause", QVariant.String), ("area_km2", QVariant.Double)]


def _fields():
    fields = QgsFields()
    for name, vtype in FIELDS:
        fields.append(QgsField(name, vtype))
    return fields


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
                   "无通风系数栅格时不划弱扩散区（由 DEM 识别封闭盆地和谷底的方法尚未实现）。")
    DECISION_EN = ("Key kinds claim area in the order high emission, receptors, weak diffusion, "
                   "layout (earlier keeps); priority before key. The sector's apex is each urban "
                   "polygon's interior point, its radius UPWIND_DISTANCE plus the polygon's "
                   "circumradius, the urban polygon itself removed. Without a ventilation "
                   "raster no weak-diffusion zone is drawn (the DEM basin method is not "
                   "implemented yet).")

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
        region_src = self.parameterAsSource(parameters, "REGION", context)
        base.check_source(region_src, "REGION")
        crs = G.analysis_crs_of(region_src)
        region = G.union([f.geometry() for f in base.features_in_crs(
            region_src, crs, context, feedback, "REGION")])
        if region is None:
            raise QgsProcessingException("REGION has no polygon area / 区划范围没有面积")
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
            parameters, context, feedback, "EMISSIONS", region_src,
            lambda v, ok: A.high_emission_mask(v, ok, self.parameterAsDouble(
                parameters, "HIGH_EMISSION_SHARE", context)))
        claims["weak_diffusion"] = self._raster_zone(
            parameters, context, feedback, "VENTILATION", region_src,
            lambda v, ok: A.low_ventilation_mask(v, ok, self.parameterAsDouble(
                parameters, "VENTILATION_THRESHOLD", context)))
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

    def _raster_zone(self, parameters, context, feedback, name, region_src, fn):
        """Polygons of ``fn(values, valid)`` on the raster's own cells within the region."""
        src = base.raster_source(self, parameters, name, context, required=False)
        if src is None:
            return None
        path, label = src
        grid, mask, _ = base.build_grid(self, parameters, context, feedback, path, "REGION",
                                        None)
        try:
            s = R.open_aligned(path, grid, "nearest", name=label)
            v = s.read(0, grid.ysize, grid.xsize).astype(np.float64)
            ok = R.valid_mask(v, s.nodata)
            s.close()
            rm, _ = R.read_array(mask)
            ok &= rm > 0
            if not ok.any():
                raise EnvZoningError("Raster '%s' has no valid cell in the region (all nodata) / "
                                     "栅格“%s”在区划范围内全为无数据" % (label, label))
            m = fn(v, ok).astype(np.uint8)
            tmp = os.path.join(QgsProcessingUtils.tempFolder(),
                               "%s_%s.tif" % (name.lower(), uuid.uuid4().hex[:8]))
            R.write_array(tmp, m, grid, nodata=0, dtype="uint8")
            polys = V.polygonize(tmp)
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        return G.union([QgsGeometry.fromWkt(g.ExportToWkt()) for val, g in polys if val == 1])
