"""envzoning:soilerosionsensitivity — Z annex-1 1(1), table 1-1."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from .compat import QVariant

from ..core import blocks as B
from ..core import raster as R
from ..core import sensitivity as S
from ..core import tables as T
from ..core.window import window_cells
from . import base

SCHEMES = ["vegetation_clcd", "vegetation_worldcover", "vegetation_custom"]


# 1 unit of table 1-1 (US customary, hundreds of ft·tonf·in/(ac·h·a)) = 17.02 MJ·mm/(hm²·h·a)
SI_PER_TABLE_UNIT = 17.02
# a mean R outside these bounds does not look like the chosen unit (China: about 20–1 000 in
# table units, 300–17 000 SI)
PLAUSIBLE_MEAN_R = {False: (1.0, 1500.0), True: (100.0, 30000.0)}


def erosivity_unit_warning(mean_r, si, label):
    """A bilingual warning naming the layer when its mean R is implausible for the unit."""
    if mean_r is None:
        return None
    lo, hi = PLAUSIBLE_MEAN_R[si]
    if lo <= mean_r <= hi:
        return None
    unit_zh = "国际单位 MJ·mm/(hm²·h·a)" if si else "表1-1 的单位"
    unit_en = "SI MJ·mm/(hm²·h·a)" if si else "table 1-1 units"
    other = "表1-1 的单位" if si else "国际单位（EROSIVITY_UNIT 选国际单位）"
    return ("Warning: the mean rainfall erosivity of layer '%s' is %.1f, implausible in %s: "
            "check the EROSIVITY_UNIT parameter. 警告：图层“%s”的降水侵蚀力均值为 %.1f，"
            "按%s不合理，数据可能是%s，请检查降水侵蚀力单位参数。"
            % (label, mean_r, unit_en, label, mean_r, unit_zh, other))


class SoilErosionSensitivity(base.EnvZoningAlgorithm):
    ID = "soilerosionsensitivity"
    NAME_EN = "Soil erosion sensitivity"
    NAME_ZH = "土壤侵蚀敏感性"
    GROUP = "evaluation"
    SEED = "Z 附录1 1(1) 表1-1 / Z annex-1 1(1), table 1-1"
    SUMMARY_ZH = ("降水侵蚀力 R、土壤质地 K、地形起伏度 LS、地表覆盖 C 各按表1-1分级赋值 1/3/5/7/9，"
                  "SS = (R·K·LS·C)^(1/4)，再按 SS 分为 5 级（5 极敏感 … 1 不敏感）。分块计算，内存不随栅格增大。")
    SUMMARY_EN = ("Rainfall erosivity R, soil texture K, relief LS and land cover C are each graded "
                  "1/3/5/7/9 by table 1-1; SS = (R·K·LS·C)^(1/4) is graded to levels 1–5 "
                  "(5 extremely sensitive). Runs block-wise: memory does not grow with raster size.")
    DECISION_ZH = ("区间取左开右闭 (min < v ≤ max)，首级含下限：R=25 为 1 级，起伏度 20 m 为 1 级，SS=2.0 为 1 级。"
                   "建设用地/不透水面赋 1（已封闭，不可侵蚀）；CLCD 耕地赋 5（一年二熟粮作）。")
    DECISION_EN = ("Breaks are min < v <= max, the first class taking its min: R = 25 grades 1, "
                   "relief 20 m grades 1, SS = 2.0 is level 1. Built-up/impervious grades 1 "
                   "(sealed); CLCD cropland grades 5 (double cropping).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer("EROSIVITY", "Rainfall erosivity R"),
                 "降水侵蚀力 R", "降水侵蚀力栅格（表1-1 分级：<25, 25–100, 100–400, 400–600, >600）",
                 "Rainfall erosivity raster (graded <25, 25–100, 100–400, 400–600, >600)")
        self.add(QgsProcessingParameterEnum(
            "EROSIVITY_UNIT", "Rainfall erosivity unit",
            ["表1-1 的单位（默认）Units of table 1-1 (default)",
             "国际单位 MJ·mm/(hm²·h·a)（÷17.02 换算）SI MJ·mm/(hm²·h·a) (÷17.02)"],
            defaultValue=0), "降水侵蚀力单位",
            "R 栅格的单位：表1-1 的单位，或国际单位 MJ·mm/(hm²·h·a)（除以 17.02 换算为表1-1 的单位）",
            "Unit of the R raster: that of table 1-1, or SI MJ·mm/(hm²·h·a) (divided by 17.02 "
            "into table 1-1 units)")
        self.add(QgsProcessingParameterRasterLayer("SOIL", "Soil texture raster", optional=True),
                 "土壤质地栅格", "土壤质地类别码栅格（默认码表：1 石砾 … 12 粉土）；或改用下方土壤质地面图层",
                 "Soil texture class raster (default codes 1 gravel … 12 silt); or use the soil "
                 "polygons below")
        self.add(QgsProcessingParameterFeatureSource(
            "SOIL_VECTOR", "Soil texture polygons", [QgsProcessing.TypeVectorPolygon],
            optional=True), "土壤质地面图层", "土壤质地面图层（与 SOIL_FIELD 配合）",
            "Soil polygons with a texture field (with SOIL_FIELD)")
        self.add(QgsProcessingParameterField("SOIL_FIELD", "Soil texture field", None,
                                             "SOIL_VECTOR", optional=True),
                 "土壤质地字段", "质地名称（如 壤土）或类别码", "Texture name (e.g. 壤土) or class code")
        self.add(QgsProcessingParameterRasterLayer("DEM", "DEM", optional=True),
                 "数字高程模型", "由 DEM 以移动窗口计算地形起伏度（与 RELIEF 二选一）",
                 "DEM; relief = max − min in a moving window (DEM or RELIEF is required)")
        self.add(QgsProcessingParameterRasterLayer("RELIEF", "Relief raster (m)", optional=True),
                 "地形起伏度栅格 (m)", "已算好的地形起伏度栅格（米）",
                 "A ready relief raster in metres")
        self.add(QgsProcessingParameterNumber("RELIEF_WINDOW", "Relief window side (m)",
                                              QgsProcessingParameterNumber.Double, 1000.0,
                                              minValue=0.0),
                 "起伏度窗口边长 (m)", "计算地形起伏度的方形移动窗口边长（米，默认 1000）",
                 "Side of the square moving window for relief (m, default 1000)")
        self.add(QgsProcessingParameterRasterLayer("LANDCOVER", "Land cover"),
                 "地表覆盖", "地表覆盖类别栅格（CLCD、ESA WorldCover 或自定义码）",
                 "Land-cover class raster (CLCD, ESA WorldCover or custom codes)")
        self.add(QgsProcessingParameterEnum(
            "LANDCOVER_SCHEME", "Land cover scheme",
            ["CLCD (China Land Cover Dataset)", "ESA WorldCover", "Custom (VEGETATION_TABLE)"],
            defaultValue=0), "地表覆盖分类体系", "CLCD、ESA WorldCover 或自定义植被表",
            "CLCD, ESA WorldCover or the custom VEGETATION_TABLE")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", [
            QgsProcessing.TypeVectorPolygon], optional=True),
            "区划范围", "可选：分析范围（网格按其范围和像元大小对齐，范围外为无数据）",
            "Optional region: the grid is its extent snapped to the cell size; outside is nodata")
        self.add(QgsProcessingParameterNumber("CELL_SIZE", "Cell size (m)",
                                              QgsProcessingParameterNumber.Double, None,
                                              optional=True, minValue=0.0),
                 "像元大小 (m)", "分析网格像元大小（默认：降水侵蚀力栅格的像元；有 REGION 时默认 30 m）",
                 "Analysis cell size (default: the erosivity raster's; 30 m with a region)")
        self.add_table("SOIL_TABLE", "soil_texture", "土壤质地分级表", "Soil texture table",
                       "质地码 → 分级赋值", "texture code → grade")
        self.add_table("VEGETATION_TABLE", "vegetation_custom", "自定义植被分级表",
                       "Custom vegetation table", "地表覆盖码 → 分级赋值（LANDCOVER_SCHEME=自定义时使用）",
                       "cover code → grade (used with the custom scheme)")
        self.add_table("EROSIVITY_TABLE", "erosivity_breaks", "降水侵蚀力分级表",
                       "Erosivity breaks")
        self.add_table("RELIEF_TABLE", "relief_breaks", "地形起伏度分级表", "Relief breaks")
        self.add_table("SS_TABLE", "ss_level_breaks", "敏感性指数分级表", "SS level breaks")
        self.add(QgsProcessingParameterEnum(
            "UNMAPPED", "Class values missing from a table",
            ["Error", "Nodata"], defaultValue=0), "表中缺少的类别值",
            "报错（默认）或作为无数据", "Error (default) or treat as nodata", advanced=True)
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_INDEX", "SS index",
                                                         optional=True, createByDefault=True),
                 "敏感性指数 SS", "SS 指数 (Float32)", "SS index (Float32)")
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_LEVEL", "Sensitivity level"),
                 "土壤侵蚀敏感性等级", "等级 1–5（Byte，0 为无数据）", "Level 1–5 (Byte, nodata 0)")

    def checkParameterValues(self, parameters, context):  # noqa: N802
        has_dem = parameters.get("DEM") not in (None, "")
        has_relief = parameters.get("RELIEF") not in (None, "")
        if not (has_dem or has_relief):
            return False, self.msg("DEM 或 RELIEF 至少给出一个", "Give DEM or RELIEF")
        has_soil = parameters.get("SOIL") not in (None, "")
        has_soil_v = parameters.get("SOIL_VECTOR") not in (None, "")
        if not (has_soil or has_soil_v):
            return False, self.msg("SOIL 或 SOIL_VECTOR 至少给出一个", "Give SOIL or SOIL_VECTOR")
        if has_soil_v and not has_soil and not parameters.get("SOIL_FIELD"):
            return False, self.msg("SOIL_VECTOR 需要 SOIL_FIELD", "SOIL_VECTOR needs SOIL_FIELD")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        er_path, er_label = base.raster_source(self, parameters, "EROSIVITY", context)
        lc_path, lc_label = base.raster_source(self, parameters, "LANDCOVER", context)
        dem = base.raster_source(self, parameters, "DEM", context, required=False)
        relief = base.raster_source(self, parameters, "RELIEF", context, required=False)
        soil = base.raster_source(self, parameters, "SOIL", context, required=False)
        scheme = self.parameterAsEnum(parameters, "LANDCOVER_SCHEME", context)
        soil_table = self.table_param(parameters, "SOIL_TABLE", "soil_texture", context)
        if scheme == 2:
            veg_table = self.table_param(parameters, "VEGETATION_TABLE", "vegetation_custom",
                                         context)
        else:
            veg_table = T.load(SCHEMES[scheme])
        model = S.SoilErosionModel(
            self.table_param(parameters, "EROSIVITY_TABLE", "erosivity_breaks", context),
            self.table_param(parameters, "RELIEF_TABLE", "relief_breaks", context),
            soil_table, veg_table,
            self.table_param(parameters, "SS_TABLE", "ss_level_breaks", context),
            unmapped_nodata=self.parameterAsEnum(parameters, "UNMAPPED", context) == 1)

        si = self.parameterAsEnum(parameters, "EROSIVITY_UNIT", context) == 1
        r_factor = 1.0 / SI_PER_TABLE_UNIT if si else 1.0
        grid, mask, crs = base.build_grid(self, parameters, context, feedback, er_path)
        feedback.pushInfo("Analysis grid / 分析网格: %r" % grid)
        inputs = {
            "r": {"path": er_path, "resample": "bilinear", "label": er_label},
            "cover": {"path": lc_path, "resample": "nearest", "label": lc_label},
        }
        if soil is not None:
            inputs["soil"] = {"path": soil[0], "resample": "nearest", "label": soil[1]}
        else:
            inputs["soil"] = {"path": self._soil_from_vector(parameters, context, feedback,
                                                             grid, crs, soil_table),
                              "label": "SOIL_VECTOR"}
        window = 1
        if relief is not None:
            inputs["relief"] = {"path": relief[0], "resample": "bilinear", "label": relief[1]}
        else:
            window = window_cells(self.parameterAsDouble(parameters, "RELIEF_WINDOW", context),
                                  base.metric_cell(grid))
            halo = window // 2
            inputs["dem"] = {"path": dem[0], "resample": "bilinear", "label": dem[1],
                             "halo": halo}
            feedback.pushInfo("Relief window / 起伏度窗口: %d × %d cells" % (window, window))
        if mask:
            inputs["mask"] = {"path": mask}
        labels = (er_label, inputs["soil"]["label"], "RELIEF", lc_label)

        out_index = self.parameterAsOutputLayer(parameters, "OUTPUT_INDEX", context)
        out_level = self.parameterAsOutputLayer(parameters, "OUTPUT_LEVEL", context)
        outputs = {"level": {"path": out_level, "dtype": "uint8", "nodata": 0}}
        if out_index:
            outputs["index"] = {"path": out_index, "dtype": "float32", "nodata": float("nan")}
        progress, canceled = base.callbacks(feedback)
        fn = B.SoilErosionBlock(model, window, labels, want_index=bool(out_index),
                                r_factor=r_factor)
        R.block_map(fn, grid, inputs, outputs, progress=progress, is_canceled=canceled)
        warning = erosivity_unit_warning(fn.mean_r(), si, er_label)
        if warning:
            feedback.reportError(warning, False)
        base.apply_style(context, out_level, base.level_style_qml("sensitivity"))
        return {"OUTPUT_INDEX": out_index or None, "OUTPUT_LEVEL": out_level}

    def _soil_from_vector(self, parameters, context, feedback, grid, crs, soil_table):
        source = self.parameterAsSource(parameters, "SOIL_VECTOR", context)
        base.check_source(source, "SOIL_VECTOR")
        field = self.parameterAsString(parameters, "SOIL_FIELD", context)
        idx = base.field_index(source, field, source.sourceName(), "SOIL_FIELD")
        by_name = {}
        for row in soil_table.dicts():
            by_name[row.get("name_zh", "")] = row["code"]
            by_name[row.get("name_en", "").lower()] = row["code"]
            by_name[row["code"]] = row["code"]
        feats = base.features_in_crs(source, crs, context, feedback, source.sourceName())
        fields = QgsFields()
        fields.append(QgsField("code", QVariant.Int))
        out = []
        for f in feats:
            raw = f.attributes()[idx]
            key = str(raw).strip()
            if key.endswith(".0"):
                key = key[:-2]
            code = by_name.get(key, by_name.get(key.lower()))
            if code is None:
                raise QgsProcessingException(
                    "Layer '%s', field '%s': texture '%s' is not in the soil table / "
                    "土壤质地“%s”不在质地表中" % (source.sourceName(), field, raw, raw))
            nf = QgsFeature(fields)
            nf.setGeometry(f.geometry())
            nf.setAttributes([int(float(code))])
            out.append(nf)
        return base.rasterize_features(out, fields, crs, grid, context, "soil", attribute="code")
