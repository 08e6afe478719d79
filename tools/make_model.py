"""Builds resources/models/zoning_workflow.model3 — the whole Zhejiang workflow as one
Graphical Modeler model (issue 6 item 4): evaluation → zoning → names → targets →
checks → style → maps → registration table → zoning control (waterunits, elementzones with
the soil / water-resource / shoreline sources from data, controlunits; issue 17).

The model is generated (so every child parameter name is checked against the provider)
and committed. Every field a step reads is a model input (field parameter, the demo's name as
default), so a county's own layers run through it headless (issue 14 item 1).
Usage: make_model.py [output.model3]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLUGINPATH = os.path.join(ROOT, "build", "pluginpath")
OUT = os.path.join(ROOT, "resources", "models", "zoning_workflow.model3")

# Key ecological counties of Z 4.6.2 (the checkzoning KEY_ECO_COUNTIES default): the zoning
# step's KEY_ECO_COUNTY is derived from ADMIN_CODE through this list when REGION_KIND is Auto.
KEY_ECO_CODES = ("330127", "330328", "330329", "330727", "330824", "331125", "331181",
                 "331126", "331127")

# Model inputs in workflow order: (name, kind, description zh / en, extra). Field inputs name
# their parent layer input and default to the demo's field name (issue 14 item 1).
INPUTS = [
    ("REGION", "polygon", "区划范围 Region boundary", {}),
    ("ADMIN_CODE", "string", "行政区划代码（6 位）Admin code (6 digits)", {"default": "331024"}),
    ("REGION_KIND", "enum", "县域类型（Z 4.6）Region kind (Z 4.6)",
     {"options": ["自动（按行政区划代码）Auto (by admin code)", "源头县 Source county",
                  "重点生态功能区县 Key ecological county", "其他 Other"], "default": 0}),
    ("CELL_SIZE", "number", "分析像元大小 (m) Analysis cell size (m)", {"default": 100}),
    ("EROSIVITY", "raster", "降水侵蚀力 R Rainfall erosivity", {}),
    ("R_UNIT", "enum", "降水侵蚀力单位 Rainfall erosivity unit",
     {"options": ["表1-1 的单位 Units of table 1-1",
                  "国际单位 MJ·mm/(hm²·h·a)（÷17.02）SI (÷17.02)"], "default": 0}),
    ("SOIL_TEXTURE", "raster", "土壤质地（类别码 1–12）Soil texture codes", {}),
    ("DEM", "raster", "数字高程模型 DEM", {}),
    ("LANDCOVER", "raster", "地表覆盖（CLCD）Land cover (CLCD)", {}),
    ("RIVERS", "line", "河流 Rivers", {}),
    ("RIV_TARGET", "field", "河流水质目标字段 River water-quality target field",
     {"parent": "RIVERS", "default": "target"}),
    ("RIV_EROS", "field", "河流侵蚀强度字段 River erosion field",
     {"parent": "RIVERS", "default": "erosion"}),
    ("RIV_NAME", "field", "河流名称字段 River name field", {"parent": "RIVERS", "default": "name"}),
    ("LAKES", "polygon_optional",
     "可选：湖泊水库（面，带水质目标字段）Optional lakes and reservoirs (polygons with a "
     "water-quality target field)", {}),
    ("LK_TARGET", "field", "湖库水质目标字段 Lake water-quality target field",
     {"parent": "LAKES", "default": "target"}),
    ("COASTAL", "polygon_optional",
     "可选：海岸带灾害敏感区（海岸带灾害评价结果）Optional coastal hazard zones", {}),
    ("CLIMATE", "enum", "气候区 Climate zone",
     {"options": ["干旱 arid", "半干旱 semi-arid", "半湿润 semi-humid", "湿润 humid"],
      "default": 3}),
    ("WATER_SOURCES", "polygon", "水源涵养区 Water-source areas", {}),
    ("WS_TYPE", "field", "水源区类型字段 Water-source type field",
     {"parent": "WATER_SOURCES", "default": "type"}),
    ("CATCHMENTS", "polygon", "汇水区 Catchments", {}),
    ("CA_CLASS", "field", "汇水区水体等级字段 Catchment water-class field",
     {"parent": "CATCHMENTS", "default": "water_class"}),
    ("TOWNSHIPS", "polygon", "乡镇 Townships", {}),
    ("TS_NAME", "field", "乡镇名称字段 Township name field",
     {"parent": "TOWNSHIPS", "default": "name"}),
    ("TS_SPECIES", "field", "乡镇物种数字段 Township species-count field",
     {"parent": "TOWNSHIPS", "default": "species"}),
    ("TS_PRIO", "field", "乡镇优先生态系统字段 Township priority-ecosystem field",
     {"parent": "TOWNSHIPS", "default": "priority_eco"}),
    ("PROV_SPEC", "number", "全省物种总数 Province species total", {"default": 2000}),
    ("SPECIES_POINTS", "point", "保护物种分布点 Protected-species points", {}),
    ("SP_PROT", "field", "保护级别字段 Protection-level field",
     {"parent": "SPECIES_POINTS", "default": "protection"}),
    ("SP_BUFFER", "number", "物种分布点缓冲距离 (m) Species buffer (m)", {"default": 500}),
    ("WATERBODIES", "polygon", "湖库湿地 Lakes/reservoirs", {}),
    ("WB_LIMAX", "field", "最高水位字段 Highest water level field",
     {"parent": "WATERBODIES", "default": "limax"}),
    ("WB_LIMIN", "field", "最低水位字段 Lowest water level field",
     {"parent": "WATERBODIES", "default": "limin"}),
    ("TS_POP", "field", "乡镇人口字段 Township population field",
     {"parent": "TOWNSHIPS", "default": "population"}),
    ("TS_GDP", "field", "乡镇 GDP 字段 Township GDP field", {"parent": "TOWNSHIPS", "default": "gdp"}),
    ("AIR_STATIONS", "point", "空气监测站 Air stations", {}),
    ("AS_SO2", "field", "SO₂ 浓度字段 SO2 field", {"parent": "AIR_STATIONS", "default": "so2"}),
    ("AS_NO2", "field", "NO₂ 浓度字段 NO2 field", {"parent": "AIR_STATIONS", "default": "no2"}),
    ("AS_PM10", "field", "PM10 浓度字段 PM10 field", {"parent": "AIR_STATIONS", "default": "pm10"}),
    ("WATER_SECTIONS", "point", "水质断面 Water sections", {}),
    ("SEC_CLASS", "field", "断面水质类别字段 Section class field",
     {"parent": "WATER_SECTIONS", "default": "class"}),
    ("SOIL_SAMPLES", "point", "土壤样点 Soil samples", {}),
    ("SS_POLL", "fields", "污染物含量字段 Pollutant fields",
     {"parent": "SOIL_SAMPLES", "default": ["cd", "pb", "as_", "hg", "cr"]}),
    ("SS_STD", "fields", "对应标准值字段 Standard-value fields",
     {"parent": "SOIL_SAMPLES", "default": ["cd_s", "pb_s", "as_s", "hg_s", "cr_s"]}),
    ("TS_COD", "field", "COD 排放量字段 COD emission field",
     {"parent": "TOWNSHIPS", "default": "cod_t"}),
    ("TS_NH3N", "field", "氨氮排放量字段 NH3-N emission field",
     {"parent": "TOWNSHIPS", "default": "nh3n_t"}),
    ("TS_SO2", "field", "SO₂ 排放量字段 SO2 emission field",
     {"parent": "TOWNSHIPS", "default": "so2_t"}),
    ("TS_NOX", "field", "NOx 排放量字段 NOx emission field",
     {"parent": "TOWNSHIPS", "default": "nox_t"}),
    ("PROTECTED_AREAS", "polygon", "保护地 Protected areas", {}),
    ("PA_ROLE", "field", "保护地类型字段 Protected-area role field",
     {"parent": "PROTECTED_AREAS", "default": "role"}),
    ("PA_NAME", "field", "保护地名称字段 Protected-area name field",
     {"parent": "PROTECTED_AREAS", "default": "name"}),
    ("PLANNING", "polygon", "规划用地 Planning land", {}),
    ("PL_ROLE", "field", "规划用地类型字段 Planning role field",
     {"parent": "PLANNING", "default": "role"}),
    ("MIN_AREA", "number", "最小图斑面积 (km²) Minimum zone area (km²)", {"default": 0.5}),
    ("NAMED_FEATURES", "layers_optional",
     "可选：专名地物（保护地、山脉，字段 name）Optional named features (protected areas, "
     "mountains; field name)", {}),
    ("SEC_NAME", "field", "断面名称字段 Section name field",
     {"parent": "WATER_SECTIONS", "default": "name"}),
    ("PARKS", "polygon_optional", "可选：工业园区（管控单元）Optional industrial parks", {}),
    ("PARK_NAME", "field", "园区名称字段 Park name field", {"parent": "PARKS", "default": "name"}),
    ("FARMLAND_SAMPLES", "point_optional",
     "可选：农用地土壤样点（cd、hg、as、pb、cr…，ph）Optional farmland soil samples", {}),
    ("FARMLAND", "polygon_optional", "可选：农用地地块 Optional farmland plots", {}),
    ("WATER_OVERLOAD", "polygon_optional",
     "可选：乡镇水资源承载状态 Optional water-resource overload by township", {}),
    ("WO_FIELD", "field", "承载状态字段（超载/临界超载/不超载）Overload field",
     {"parent": "WATER_OVERLOAD", "default": "overload"}),
    ("SHORELINES", "line_optional", "可选：岸线（严格保护/限制开发/优化利用）Optional shorelines", {}),
    ("SL_CLASS", "field", "岸线类别字段 Shoreline class field",
     {"parent": "SHORELINES", "default": "class"}),
    ("TITLE", "string", "图名 Map title", {"default": "仙居县环境功能区划图"}),
]

P, C, S, E, L = "param", "child", "static", "expression", "list"

# zoning's KEY_ECO_COUNTY from the model's REGION_KIND (2 = key ecological) or, on Auto,
# from ADMIN_CODE in the Z 4.6.2 list
KEY_ECO_EXPR = "@REGION_KIND = 2 OR (@REGION_KIND = 0 AND trim(@ADMIN_CODE) IN (%s))" % ", ".join(
    "'%s'" % c for c in KEY_ECO_CODES)

# child id, algorithm, {parameter: source}; sources: (P, name) | (C, child, output) | (S, v)
# | (E, expression) | (L, [sources]) (several (P, …)/(C, …) into a multiple-layer parameter).
# Parameters not listed get their default as a static value.
STEPS = [
    ("soilerosion", "soilerosionsensitivity", {
        "EROSIVITY": (P, "EROSIVITY"), "EROSIVITY_UNIT": (P, "R_UNIT"),
        "SOIL": (P, "SOIL_TEXTURE"), "DEM": (P, "DEM"),
        "LANDCOVER": (P, "LANDCOVER"), "LANDCOVER_SCHEME": (S, 0), "RELIEF_WINDOW": (S, 1000),
        "REGION": (P, "REGION"), "CELL_SIZE": (P, "CELL_SIZE")}),
    ("riparian", "riparianzone", {
        "INPUT": (P, "RIVERS"), "TARGET_FIELD": (P, "RIV_TARGET"),
        "EROSION_FIELD": (P, "RIV_EROS"),
        # lakes and reservoirs: their erosion from the soil-erosion level map
        "LAKES": (P, "LAKES"), "LAKE_TARGET_FIELD": (P, "LK_TARGET"),
        "EROSION_RASTER": (C, "soilerosion", "OUTPUT_LEVEL")}),
    ("sensitivity", "ecosensitivity", {
        "SOIL_EROSION": (C, "soilerosion", "OUTPUT_LEVEL"), "RIPARIAN": (C, "riparian", "OUTPUT"),
        "COASTAL": (P, "COASTAL"), "REGION": (P, "REGION")}),
    ("water", "waterconservation", {
        "INPUT": (P, "WATER_SOURCES"), "TYPE_FIELD": (P, "WS_TYPE"), "CLIMATE": (P, "CLIMATE"),
        "REFERENCE": (C, "soilerosion", "OUTPUT_LEVEL")}),
    ("soilcons", "soilconservation", {
        "SENSITIVITY": (C, "soilerosion", "OUTPUT_LEVEL"), "CATCHMENTS": (P, "CATCHMENTS"),
        "WATER_CLASS_FIELD": (P, "CA_CLASS")}),
    ("biodiversity", "biodiversity", {
        "UNITS": (P, "TOWNSHIPS"), "SPECIES_FIELD": (P, "TS_SPECIES"),
        "PROVINCE_SPECIES": (P, "PROV_SPEC"), "PRIORITY_FIELD": (P, "TS_PRIO"),
        "OCCURRENCES": (P, "SPECIES_POINTS"), "PROTECTION_FIELD": (P, "SP_PROT"),
        "BUFFER": (P, "SP_BUFFER"), "REFERENCE": (C, "soilerosion", "OUTPUT_LEVEL")}),
    ("flood", "floodregulation", {
        "DEM": (P, "DEM"), "WATERBODIES": (P, "WATERBODIES"), "LIMAX_FIELD": (P, "WB_LIMAX"),
        "LIMIN_FIELD": (P, "WB_LIMIN"), "CLIMATE": (P, "CLIMATE")}),
    ("importance", "ecoimportance", {
        "WATER": (C, "water", "OUTPUT"), "SOIL": (C, "soilcons", "OUTPUT"),
        "BIODIVERSITY": (C, "biodiversity", "OUTPUT"), "FLOOD": (C, "flood", "OUTPUT")}),
    ("p1", "p1", {
        "SENSITIVITY": (C, "sensitivity", "OUTPUT_LEVEL"),
        "IMPORTANCE": (C, "importance", "OUTPUT_LEVEL"), "REGION": (P, "REGION"),
        "CELL_SIZE": (S, 1000), "AGGREGATION": (S, 0)}),
    ("p2", "p2", {
        "INPUT": (P, "TOWNSHIPS"), "POPULATION_FIELD": (P, "TS_POP"),
        "GDP_FIELD": (P, "TS_GDP"), "CLASSIFICATION": (S, 0), "COMBINATION": (S, 0)}),
    ("air", "airquality", {
        "INPUT": (C, "p2", "OUTPUT"), "STATIONS": (P, "AIR_STATIONS"), "SO2_FIELD": (P, "AS_SO2"),
        "NO2_FIELD": (P, "AS_NO2"), "PM10_FIELD": (P, "AS_PM10"), "UNIT": (S, 0),
        "AGGREGATION": (S, 0)}),
    ("waterq", "waterquality", {
        "INPUT": (C, "air", "OUTPUT"), "SECTIONS": (P, "WATER_SECTIONS"),
        "CLASS_FIELD": (P, "SEC_CLASS")}),
    ("soilq", "soilquality", {
        "INPUT": (C, "waterq", "OUTPUT"), "SAMPLES": (P, "SOIL_SAMPLES"),
        "POLLUTANT_FIELDS": (P, "SS_POLL"), "STANDARD_FIELDS": (P, "SS_STD"), "METHOD": (S, 0)}),
    ("emission", "emissionindex", {
        "INPUT": (C, "soilq", "OUTPUT"), "COD_FIELD": (P, "TS_COD"), "NH3N_FIELD": (P, "TS_NH3N"),
        "SO2_FIELD": (P, "TS_SO2"), "NOX_FIELD": (P, "TS_NOX"), "CLASSIFICATION": (S, 0)}),
    ("k", "k", {
        "INPUT": (C, "emission", "OUTPUT"), "AIR_FIELD": (S, "air"), "WATER_FIELD": (S, "water"),
        "SOIL_FIELD": (S, "soil"), "EMISSION_FIELD": (S, "emission"), "FORMULA": (S, 0)}),
    ("composite", "compositeindex", {
        "GRID": (C, "p1", "OUTPUT"), "TOWNSHIPS": (C, "k", "OUTPUT"), "CLASSIFICATION": (S, 0)}),
    ("zoning", "zoning", {
        "REGION": (P, "REGION"), "CELL_SIZE": (P, "CELL_SIZE"),
        "PROTECTED": (P, "PROTECTED_AREAS"), "PROTECTED_ROLE_FIELD": (P, "PA_ROLE"),
        "PLANNING": (P, "PLANNING"), "PLANNING_ROLE_FIELD": (P, "PL_ROLE"),
        "LANDCOVER": (P, "LANDCOVER"),
        "SENSITIVITY": (C, "sensitivity", "OUTPUT_LEVEL"),
        "SENSITIVITY_DOMINANT": (C, "sensitivity", "OUTPUT_DOMINANT"),
        "IMPORTANCE": (C, "importance", "OUTPUT_LEVEL"),
        "IMPORTANCE_DOMINANT": (C, "importance", "OUTPUT_DOMINANT"),
        "P1_GRID": (C, "p1", "OUTPUT"), "COMPOSITE_GRID": (C, "composite", "OUTPUT"),
        "TOWNSHIPS": (C, "k", "OUTPUT"), "RIPARIAN": (C, "riparian", "OUTPUT"),
        "COASTAL": (P, "COASTAL"), "KEY_ECO_COUNTY": (E, KEY_ECO_EXPR)}),
    ("merge", "mergezones", {
        "INPUT": (C, "zoning", "OUTPUT"), "REGION": (P, "REGION"), "MIN_AREA": (P, "MIN_AREA"),
        "CELL_SIZE": (P, "CELL_SIZE"), "PROTECTED": (P, "PROTECTED_AREAS"),
        "PROTECTED_ROLE_FIELD": (P, "PA_ROLE"), "PROTECTED_NAME_FIELD": (P, "PA_NAME"),
        "PLANNING": (P, "PLANNING"), "PLANNING_ROLE_FIELD": (P, "PL_ROLE"),
        # zone boundaries snap to township boundaries, rivers and the DEM's ridges and
        # valleys (Z 4.5)
        "BOUNDARY_LINES": (L, [(P, "TOWNSHIPS"), (P, "RIVERS")]), "DEM": (P, "DEM")}),
    ("names", "namezones", {
        "INPUT": (C, "merge", "OUTPUT"), "ADMIN_CODE": (P, "ADMIN_CODE"),
        "PLACES": (P, "TOWNSHIPS", "list"), "PLACE_NAME_FIELD": (P, "TS_NAME"), "ROMAN": (S, 0),
        "FEATURES": (P, "NAMED_FEATURES")}),
    ("targets", "zonetargets", {
        "INPUT": (C, "names", "OUTPUT"), "ADMIN_CODE": (P, "ADMIN_CODE")}),
    ("checks", "checkzoning", {
        "INPUT": (C, "names", "OUTPUT"), "LANDCOVER": (P, "LANDCOVER"),
        "FOREST_CODES": (S, "2,3"), "WATER_CODES": (S, "5,9"), "REGION": (P, "REGION"),
        "REGION_KIND": (P, "REGION_KIND"), "ADMIN_CODE": (P, "ADMIN_CODE")}),
    ("style", "stylezones", {"INPUT": (C, "targets", "OUTPUT")}),
    ("maps", "zoningmaps", {
        "ZONES": (C, "targets", "OUTPUT"), "REGION": (P, "REGION"), "TOWNSHIPS": (P, "TOWNSHIPS"),
        "TOWNSHIP_NAME_FIELD": (P, "TS_NAME"), "RIVERS": (P, "RIVERS"),
        "RIVER_NAME_FIELD": (P, "RIV_NAME"), "TITLE": (P, "TITLE"),
        "WATERBODIES": (P, "WATERBODIES"),
        "SENSITIVITY": (C, "sensitivity", "OUTPUT_LEVEL"),
        "IMPORTANCE": (C, "importance", "OUTPUT_LEVEL"), "P1_GRID": (C, "p1", "OUTPUT"),
        "COMPOSITE_GRID": (C, "composite", "OUTPUT"), "TOWNSHIPS_P2K": (C, "k", "OUTPUT")}),
    ("register", "registrationtable", {
        "INPUT": (C, "targets", "OUTPUT"), "REGION": (P, "REGION"), "TOWNSHIPS": (P, "TOWNSHIPS"),
        "TOWNSHIP_NAME_FIELD": (P, "TS_NAME"), "RIVERS": (P, "RIVERS"),
        "RIVER_NAME_FIELD": (P, "RIV_NAME")}),
    ("text", "zoningtext", {
        "INPUT": (C, "targets", "OUTPUT"), "REGION": (P, "REGION"),
        "TOWNSHIPS": (P, "TOWNSHIPS"), "TOWNSHIP_NAME_FIELD": (P, "TS_NAME"),
        "RIVERS": (P, "RIVERS"), "RIVER_NAME_FIELD": (P, "RIV_NAME"),
        "CHECKS": (C, "checks", "OUTPUT"),
        "SENSITIVITY": (C, "sensitivity", "OUTPUT_LEVEL"),
        "IMPORTANCE": (C, "importance", "OUTPUT_LEVEL"), "P1_GRID": (C, "p1", "OUTPUT"),
        "TOWNSHIPS_P2K": (C, "k", "OUTPUT"), "COMPOSITE_GRID": (C, "composite", "OUTPUT"),
        "MAPS_FOLDER": (C, "maps", "OUTPUT_FOLDER")}),
    # zoning control (N 5.7–5.10): surface-water control units from the sections and the
    # DEM, element zones from the role layers, the zones and the data-derived sources (soil
    # samples by plot, water overload, shorelines), control units from both
    ("waterunits", "waterunits", {
        "SECTIONS": (P, "WATER_SECTIONS"), "SECTION_FIELD": (P, "SEC_NAME"),
        "CURRENT_FIELD": (P, "SEC_CLASS"), "DEM": (P, "DEM"), "REGION": (P, "REGION"),
        "SOURCES": (P, "PARKS")}),
    ("elementzones", "elementzones", {
        "INPUTS": (L, [(P, "PROTECTED_AREAS"), (P, "PLANNING"), (C, "targets", "OUTPUT")]),
        "REGION": (P, "REGION"), "UNMATCHED": (S, 1),
        "SOIL_SAMPLES": (P, "FARMLAND_SAMPLES"), "SOIL_PLOTS": (P, "FARMLAND"),
        "WATER_TOWNSHIPS": (P, "WATER_OVERLOAD"), "OVERLOAD_FIELD": (P, "WO_FIELD"),
        "SHORELINES": (P, "SHORELINES"), "SHORELINE_FIELD": (P, "SL_CLASS"),
        "ADMIN_CODE": (P, "ADMIN_CODE")}),
    ("controlunits", "controlunits", {
        "ELEMENT_ZONES": (C, "elementzones", "OUTPUT"),
        "EXTRA_ZONES": (L, [(C, "waterunits", "OUTPUT")]),
        "TOWNSHIPS": (P, "TOWNSHIPS"), "TOWNSHIP_FIELD": (P, "TS_NAME"),
        "PARKS": (P, "PARKS"), "PARK_FIELD": (P, "PARK_NAME"),
        "ADMIN_CODE": (P, "ADMIN_CODE"), "MIN_AREA": (P, "MIN_AREA")}),
]

# model outputs: (child, child output, model output name (shown in the Modeler and the
# dialog), description)
OUTPUTS = [
    ("style", "OUTPUT", "环境功能区", "环境功能区（已命名、附目标与管控措施）Zones"),
    ("checks", "OUTPUT", "区划检查表", "区划检查表 Zoning checks"),
    ("maps", "OUTPUT_FOLDER", "图件文件夹", "图件文件夹 Map folder"),
    ("register", "OUTPUT_DOCX", "登记表DOCX", "功能区登记表 DOCX Register"),
    ("register", "OUTPUT_XLSX", "登记表XLSX", "功能区登记表 XLSX Register"),
    ("text", "OUTPUT_TEXT", "区划文本", "区划文本 DOCX Zoning text (draft)"),
    ("text", "OUTPUT_EXPLANATION", "区划说明", "区划说明 DOCX Zoning explanation (draft)"),
    ("sensitivity", "OUTPUT_LEVEL", "生态敏感性", "生态敏感性 Sensitivity level"),
    ("importance", "OUTPUT_LEVEL", "生态重要性", "生态重要性 Importance level"),
    ("composite", "OUTPUT", "综合指数网格", "综合指数网格 Composite index grid"),
    ("waterunits", "OUTPUT", "水环境控制单元", "水环境控制单元 Surface-water control units"),
    ("elementzones", "OUTPUT", "要素管控分区", "要素管控分区 Element control zones"),
    ("controlunits", "OUTPUT", "生态环境管控单元", "生态环境管控单元 Control units"),
]

# layout (Modeler scene units): inputs in one column, children in one column, each child's
# outputs to its right; every box has an explicit size so none overlaps another
INPUT_X, INPUT_DY, INPUT_SIZE = 150, 50, (260, 34)
CHILD_X, CHILD_DY, CHILD_SIZE = 620, 90, (300, 50)
OUTPUT_DX, OUTPUT_DY, OUTPUT_SIZE = 330, 40, (200, 32)


DEFAULTS = {name: extra["default"] for name, kind, desc, extra in INPUTS
            if "default" in extra and kind in ("field", "fields", "enum", "number", "string")}


def _literal(value):
    if isinstance(value, list):
        return "array(%s)" % ", ".join(_literal(v) for v in value)
    if isinstance(value, str):
        return "'%s'" % value.replace("'", "''")
    return repr(value)


def build(provider):
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource as Src,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterBoolean,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
    )
    from qgis.PyQt.QtCore import QPointF, QSizeF

    model = QgsProcessingModelAlgorithm(
        "zoning_workflow", "环境功能区划全流程 Zoning workflow (Zhejiang)", "envzoning")
    model.setHelpContent({
        "ALG_DESC": "《浙江省市县环境功能区划编制技术指南》（Z）全流程：生态敏感性、重要性、P1、P2、"
                    "K、综合指数 A → 主导因子法划分六类环境功能区 → 合并、命名、目标与管控措施 → "
                    "检查 → 样式、图件、功能区登记表 → 分区管控：水环境控制单元、要素管控分区（可选农用地样点"
                    "与地块、乡镇水资源承载状态、岸线由数据派生）、生态环境管控单元。每个读取的字段都是模型输入（默认值为示例数据的"
                    "字段名），可直接选择本县图层的字段；县域类型可按行政区划代码自动判定（Z 4.6）。\n"
                    "The whole workflow of the Zhejiang guideline (Z 3–7): evaluation → zoning → "
                    "names → targets → checks → style → maps → registration table → zoning "
                    "control: surface-water units, element zones (optional farmland samples and "
                    "plots, water overload by township, shorelines from data), control units. "
                    "Every field "
                    "read is a model input (defaults: the sample data's names); the region kind "
                    "follows the admin code on Auto (Z 4.6).",
        "ALG_CREATOR": "envzoning",
    })
    kinds = {"polygon": [QgsProcessing.TypeVectorPolygon], "line": [QgsProcessing.TypeVectorLine],
             "point": [QgsProcessing.TypeVectorPoint],
             "polygon_optional": [QgsProcessing.TypeVectorPolygon],
             "point_optional": [QgsProcessing.TypeVectorPoint],
             "line_optional": [QgsProcessing.TypeVectorLine]}
    for i, (name, kind, desc, extra) in enumerate(INPUTS):
        if kind == "raster":
            p = QgsProcessingParameterRasterLayer(name, desc)
        elif kind == "string":
            p = QgsProcessingParameterString(name, desc, extra.get("default"))
        elif kind == "enum":
            p = QgsProcessingParameterEnum(name, desc, extra["options"], False, extra["default"])
        elif kind == "boolean":
            p = QgsProcessingParameterBoolean(name, desc, extra["default"])
        elif kind in ("field", "fields"):
            default = extra["default"]
            p = QgsProcessingParameterField(
                name, desc, ";".join(default) if isinstance(default, list) else default,
                extra["parent"], QgsProcessingParameterField.Any, kind == "fields",
                # optional only so that qgis_process 3.22 (which does not fall back to a field
                # parameter's default) accepts a run that leaves the demo's name in place
                optional=True)
        elif kind == "layers_optional":
            p = QgsProcessingParameterMultipleLayers(name, desc, QgsProcessing.TypeVectorPolygon,
                                                     optional=True)
        elif kind == "number":
            p = QgsProcessingParameterNumber(name, desc, QgsProcessingParameterNumber.Double,
                                             extra.get("default"), minValue=0.0)
        else:
            p = QgsProcessingParameterFeatureSource(name, desc, kinds[kind],
                                                    optional=kind.endswith("_optional"))
        mp = QgsProcessingModelParameter(name)
        mp.setPosition(QPointF(INPUT_X, 40 + i * INPUT_DY))
        mp.setSize(QSizeF(*INPUT_SIZE))
        model.addModelParameter(p, mp)

    outs_by_child = {}
    for child, out, name, desc in OUTPUTS:
        outs_by_child.setdefault(child, []).append((out, name, desc))

    for i, (cid, alg_id, params) in enumerate(STEPS):
        alg = provider.algorithm(alg_id)
        if alg is None:
            raise SystemExit("algorithm envzoning:%s is not registered" % alg_id)
        known = {d.name() for d in alg.parameterDefinitions()}
        child = QgsProcessingModelChildAlgorithm("envzoning:" + alg_id)
        child.setChildId(cid)
        child.setDescription("%d %s %s" % (i + 1, alg.NAME_ZH, alg.NAME_EN))
        pos = QPointF(CHILD_X, 40 + i * CHILD_DY)
        child.setPosition(pos)
        child.setSize(QSizeF(*CHILD_SIZE))
        for pname, src in params.items():
            if pname not in known:
                raise SystemExit("envzoning:%s has no parameter %s" % (alg_id, pname))
            if src[0] == P and src[1] in DEFAULTS:
                # qgis_process and processing.run leave an unset model input unset (no
                # fallback to its default): the child gets the input or, unset, its default
                child.addParameterSources(pname, [Src.fromExpression(
                    "coalesce(@%s, %s)" % (src[1], _literal(DEFAULTS[src[1]])))])
            elif src[0] == P:
                child.addParameterSources(pname, [Src.fromModelParameter(src[1])])
            elif src[0] == C:
                child.addParameterSources(pname, [Src.fromChildOutput(src[1], src[2])])
            elif src[0] == E:
                child.addParameterSources(pname, [Src.fromExpression(src[1])])
            elif src[0] == L:   # a multiple-layer parameter fed by several sources
                child.addParameterSources(pname, [
                    Src.fromModelParameter(x[1]) if x[0] == P else Src.fromChildOutput(x[1], x[2])
                    for x in src[1]])
            else:
                child.addParameterSources(pname, [Src.fromStaticValue(src[1])])
        # every other input parameter gets its default as a static value, so that the
        # Modeler finds no unset parameter (issue 14 item 1); defaults of optional
        # parameters that are None stay unset
        for d in alg.parameterDefinitions():
            if d.name() in params or d.isDestination():
                continue
            if d.defaultValue() is not None:
                child.addParameterSources(d.name(), [Src.fromStaticValue(d.defaultValue())])
        outputs = {}
        for j, (out, name, desc) in enumerate(outs_by_child.get(cid, [])):
            mo = QgsProcessingModelOutput(name, desc)
            mo.setChildOutputName(out)
            mo.setChildId(cid)
            mo.setMandatory(False)
            mo.setPosition(QPointF(CHILD_X + OUTPUT_DX + j * (OUTPUT_SIZE[0] + 20),
                                   pos.y() + 20))
            mo.setSize(QSizeF(*OUTPUT_SIZE))
            if out not in ("OUTPUT_FOLDER",):
                mo.setDefaultValue("TEMPORARY_OUTPUT")
            outputs[name] = mo
        if outputs:
            child.setModelOutputs(outputs)
        model.addChildAlgorithm(child)
    return model


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, PLUGINPATH)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import envzoning

    plugin = envzoning.classFactory(None)
    plugin.initProcessing()
    model = build(plugin.provider)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if not model.toFile(out):
        raise SystemExit("cannot write %s" % out)
    print(out)


if __name__ == "__main__":
    main()
