"""envzoning:ecosensitivity — Z 3.2.1(1), annex-1 1."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from .compat import QVariant

from ..core import blocks as B
from ..core import raster as R
from ..core import sensitivity as S
from ..core.errors import EnvZoningError
from . import base

#: factor order = dominant-factor codes (levels.json "sensitivity_factor")
POLYGON_FACTORS = (("RIPARIAN", 2), ("COASTAL", 3), ("MARINE", 4))


class EcoSensitivity(base.EnvZoningAlgorithm):
    ID = "ecosensitivity"
    NAME_EN = "Ecological sensitivity"
    NAME_ZH = "生态系统敏感性"
    GROUP = "evaluation"
    SEED = "Z 3.2.1(1)、附录1 1 / Z 3.2.1(1), annex-1 1"
    SUMMARY_ZH = ("生态系统敏感性 = Max{土壤侵蚀敏感性, 河湖滨岸敏感性, 海洋生态环境敏感性}（最大限制因素法）。"
                  "滨岸带、海岸带灾害区、海洋生物多样性敏感区按其 level 字段栅格化到分析网格，逐像元取最大值，"
                  "并输出主导因子（1 土壤侵蚀、2 河湖滨岸、3 海岸带灾害、4 海洋生物多样性）。")
    SUMMARY_EN = ("Ecological sensitivity = max(soil erosion, riparian, marine) — the most limiting "
                  "factor. Riparian zones, coastal hazard zones and marine biodiversity areas are "
                  "rasterized by their `level` field onto the analysis grid; each cell takes the "
                  "maximum, and the dominant factor is written too (1 soil erosion, 2 riparian, "
                  "3 coastal hazard, 4 marine biodiversity).")
    DECISION_ZH = ("同一图层内多边形重叠时取较高等级；并列时主导因子取编号小者（土壤侵蚀优先）。"
                   "默认按“接触即计入”栅格化（ALL_TOUCHED），以免窄于像元的滨岸带断续或消失。"
                   "仅有面状因子的像元（如海域）也输出；给出 REGION 时区外为无数据。")
    DECISION_EN = ("Where polygons of one layer overlap, the higher level wins; among tied factors "
                   "the lower code is dominant (soil erosion first). Polygons are rasterized with "
                   "all touched cells (ALL_TOUCHED) by default so that riparian strips narrower "
                   "than a cell do not break up or vanish. Cells covered only by polygon factors "
                   "(e.g. the sea) are kept; with REGION, cells outside it are nodata.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer("SOIL_EROSION", "Soil erosion sensitivity"),
                 "土壤侵蚀敏感性", "土壤侵蚀敏感性等级栅格（1–5，0 为无数据；“土壤侵蚀敏感性”的等级输出）",
                 "Soil-erosion sensitivity level raster (1–5, nodata 0; the level output of "
                 "'Soil erosion sensitivity')")
        for name, en, zh, hzh, hen in (
                ("RIPARIAN", "Riparian zones", "河湖滨岸敏感区",
                 "河湖滨岸带多边形（riparianzone 的输出），带 level 字段",
                 "Riparian zone polygons (riparianzone output) with a `level` field"),
                ("COASTAL", "Coastal hazard zones", "海岸带灾害敏感区",
                 "海岸带灾害敏感区多边形（coastalhazardzone 的输出），带 level 字段",
                 "Coastal hazard zone polygons (coastalhazardzone output) with a `level` field"),
                ("MARINE", "Marine biodiversity areas", "海洋生物多样性敏感区",
                 "海洋生物多样性敏感区多边形，带 level 字段（1–5）",
                 "Marine biodiversity sensitive areas with a `level` field (1–5)")):
            self.add(QgsProcessingParameterFeatureSource(
                name, en, [QgsProcessing.TypeVectorPolygon], optional=True), zh, hzh, hen)
        self.add(QgsProcessingParameterRasterLayer("REFERENCE", "Reference grid", optional=True),
                 "参考网格", "输出网格取此栅格的网格（默认：土壤侵蚀敏感性栅格）",
                 "The outputs take this raster's grid (default: the soil-erosion raster)")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", [
            QgsProcessing.TypeVectorPolygon], optional=True),
            "区划范围", "可选：区外像元为无数据", "Optional region: cells outside it are nodata",
            advanced=True)
        self.add(QgsProcessingParameterBoolean("ALL_TOUCHED", "Burn all touched cells", True),
                 "接触即计入", "面状因子栅格化时计入所有接触的像元（默认是）；否则只计中心落入的像元",
                 "Rasterize polygon factors onto every cell they touch (default); otherwise only "
                 "cells whose centre is inside", advanced=True)
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_LEVEL", "Sensitivity level"),
                 "生态系统敏感性等级", "等级 1–5（Byte，0 为无数据）", "Level 1–5 (Byte, nodata 0)")
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_DOMINANT", "Dominant factor"),
                 "主导因子", "1 土壤侵蚀、2 河湖滨岸、3 海岸带灾害、4 海洋生物多样性（0 为无数据）",
                 "1 soil erosion, 2 riparian, 3 coastal hazard, 4 marine biodiversity (nodata 0)")

    def process(self, parameters, context, feedback):
        soil_path, soil_label = base.raster_source(self, parameters, "SOIL_EROSION", context)
        ref = base.raster_source(self, parameters, "REFERENCE", context, required=False)
        ref_path = ref[0] if ref else soil_path
        try:
            grid = R.Grid.from_raster(ref_path, ref[1] if ref else soil_label)
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        all_touched = self.parameterAsBoolean(parameters, "ALL_TOUCHED", context)
        inputs = {"soil": {"path": soil_path, "resample": "nearest", "label": soil_label}}
        for name, code in POLYGON_FACTORS:
            path = self._burn(parameters, name, context, feedback, grid, crs, all_touched)
            if path:
                inputs[name] = {"path": path, "label": name}
        if parameters.get("REGION") not in (None, ""):
            region = self.parameterAsSource(parameters, "REGION", context)
            rlabel = _label(region, "REGION")
            base.check_source(region, "REGION", rlabel)
            feats = base.features_in_crs(region, crs, context, feedback, rlabel)
            base.require_overlap(grid, feats, ref[1] if ref else soil_label, rlabel)
            inputs["mask"] = {"path": base.rasterize_features(
                feats, region.fields(), crs, grid, context, "region_mask")}
        order = ["soil"] + [n for n, _ in POLYGON_FACTORS]
        codes = {"soil": 1, **dict(POLYGON_FACTORS)}
        present = [n for n in order if n in inputs]
        fn = B.CombineMaxBlock(present, [codes[n] for n in present], soil_label)

        out_level = self.parameterAsOutputLayer(parameters, "OUTPUT_LEVEL", context)
        out_dom = self.parameterAsOutputLayer(parameters, "OUTPUT_DOMINANT", context)
        progress, canceled = base.callbacks(feedback)
        feedback.pushInfo("Analysis grid / 分析网格: %r; factors / 因子: %s"
                          % (grid, ", ".join(present)))
        R.block_map(fn, grid, inputs, {
            "level": {"path": out_level, "dtype": "uint8", "nodata": 0},
            "dominant": {"path": out_dom, "dtype": "uint8", "nodata": 0},
        }, progress=progress, is_canceled=canceled)
        base.apply_style(context, out_level, base.level_style_qml("sensitivity"))
        base.apply_style(context, out_dom, base.level_style_qml("sensitivity_factor"))
        return {"OUTPUT_LEVEL": out_level, "OUTPUT_DOMINANT": out_dom}

    def _burn(self, parameters, name, context, feedback, grid, crs, all_touched):
        """The factor layer ``name`` burnt onto the grid by `level`, highest level last."""
        if parameters.get(name) in (None, ""):
            return None
        source = self.parameterAsSource(parameters, name, context)
        label = _label(source, name)
        base.check_source(source, name, label)
        idx = base.field_index(source, "level", label, name)
        feats = base.features_in_crs(source, crs, context, feedback, label)
        fields = QgsFields()
        fields.append(QgsField("level", QVariant.Int))
        out = []
        try:
            for f in feats:
                lvl = S.level_value(f.attributes()[idx], label, "level", f.id())
                nf = QgsFeature(fields)
                nf.setGeometry(f.geometry())
                nf.setAttributes([lvl])
                out.append(nf)
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        out.sort(key=lambda f: f.attributes()[0])
        return base.rasterize_features(out, fields, crs, grid, context, name.lower(),
                                       attribute="level", all_touched=all_touched)


def _label(source, param):
    try:
        return source.sourceName() or param
    except Exception:  # noqa: BLE001
        return param
