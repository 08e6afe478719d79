"""Builds resources/models/zoning_workflow.model3 — the whole Zhejiang workflow as one
Graphical Modeler model (issue 6 item 4): evaluation → zoning → names → targets →
checks → style → maps → registration table.

The model is generated (so every child parameter name is checked against the provider)
and committed; open it in the Graphical Modeler to adapt field names to local data.
Usage: make_model.py [output.model3]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLUGINPATH = os.path.join(ROOT, "build", "pluginpath")
OUT = os.path.join(ROOT, "resources", "models", "zoning_workflow.model3")

# (name, kind, description zh / en, extra)
INPUTS = [
    ("REGION", "polygon", "区划范围 Region boundary", {}),
    ("ADMIN_CODE", "string", "行政区划代码（6 位）Admin code (6 digits)", {"default": "331024"}),
    ("TITLE", "string", "图名 Map title", {"default": "仙居县环境功能区划图"}),
    ("CELL_SIZE", "number", "分析像元大小 (m) Analysis cell size (m)", {"default": 100}),
    ("EROSIVITY", "raster", "降水侵蚀力 R Rainfall erosivity", {}),
    ("SOIL_TEXTURE", "raster", "土壤质地（类别码 1–12）Soil texture codes", {}),
    ("DEM", "raster", "数字高程模型 DEM", {}),
    ("LANDCOVER", "raster", "地表覆盖（CLCD）Land cover (CLCD)", {}),
    ("RIVERS", "line", "河流（字段 target, erosion, name）Rivers (fields target, erosion, name)", {}),
    ("WATER_SOURCES", "polygon", "水源涵养区（字段 type）Water-source areas (field type)", {}),
    ("CATCHMENTS", "polygon", "汇水区（字段 water_class）Catchments (field water_class)", {}),
    ("TOWNSHIPS", "polygon",
     "乡镇（字段 name, population, gdp, species, priority_eco, cod_t, nh3n_t, so2_t, nox_t）"
     " Townships", {}),
    ("SPECIES_POINTS", "point", "保护物种分布点（字段 protection）Protected-species points", {}),
    ("WATERBODIES", "polygon", "湖库湿地（字段 limax, limin）Lakes/reservoirs (limax, limin)", {}),
    ("AIR_STATIONS", "point", "空气监测站（字段 so2, no2, pm10）Air stations", {}),
    ("WATER_SECTIONS", "point", "水质断面（字段 class）Water sections (field class)", {}),
    ("SOIL_SAMPLES", "point",
     "土壤样点（cd, pb, as_, hg, cr 及标准值 *_s）Soil samples", {}),
    ("PROTECTED_AREAS", "polygon", "保护地（字段 role）Protected areas (field role)", {}),
    ("PLANNING", "polygon", "规划用地（字段 role）Planning land (field role)", {}),
    ("NAMED_FEATURES", "layers_optional",
     "可选：专名地物（保护地、山脉，字段 name）Optional named features (protected areas, "
     "mountains; field name)", {}),
]

P, C, S = "param", "child", "static"

# child id, algorithm, {parameter: source}; sources: (P, name) | (C, child, output) | (S, v)
STEPS = [
    ("soilerosion", "soilerosionsensitivity", {
        "EROSIVITY": (P, "EROSIVITY"), "SOIL": (P, "SOIL_TEXTURE"), "DEM": (P, "DEM"),
        "LANDCOVER": (P, "LANDCOVER"), "LANDCOVER_SCHEME": (S, 0), "RELIEF_WINDOW": (S, 1000),
        "REGION": (P, "REGION"), "CELL_SIZE": (P, "CELL_SIZE")}),
    ("riparian", "riparianzone", {
        "INPUT": (P, "RIVERS"), "TARGET_FIELD": (S, "target"), "EROSION_FIELD": (S, "erosion")}),
    ("sensitivity", "ecosensitivity", {
        "SOIL_EROSION": (C, "soilerosion", "OUTPUT_LEVEL"), "RIPARIAN": (C, "riparian", "OUTPUT"),
        "REGION": (P, "REGION")}),
    ("water", "waterconservation", {
        "INPUT": (P, "WATER_SOURCES"), "TYPE_FIELD": (S, "type"), "CLIMATE": (S, 3),
        "REFERENCE": (C, "soilerosion", "OUTPUT_LEVEL")}),
    ("soilcons", "soilconservation", {
        "SENSITIVITY": (C, "soilerosion", "OUTPUT_LEVEL"), "CATCHMENTS": (P, "CATCHMENTS"),
        "WATER_CLASS_FIELD": (S, "water_class")}),
    ("biodiversity", "biodiversity", {
        "UNITS": (P, "TOWNSHIPS"), "SPECIES_FIELD": (S, "species"),
        "PROVINCE_SPECIES": (S, 2000), "PRIORITY_FIELD": (S, "priority_eco"),
        "OCCURRENCES": (P, "SPECIES_POINTS"), "PROTECTION_FIELD": (S, "protection"),
        "BUFFER": (S, 500), "REFERENCE": (C, "soilerosion", "OUTPUT_LEVEL")}),
    ("flood", "floodregulation", {
        "DEM": (P, "DEM"), "WATERBODIES": (P, "WATERBODIES"), "LIMAX_FIELD": (S, "limax"),
        "LIMIN_FIELD": (S, "limin"), "CLIMATE": (S, 3)}),
    ("importance", "ecoimportance", {
        "WATER": (C, "water", "OUTPUT"), "SOIL": (C, "soilcons", "OUTPUT"),
        "BIODIVERSITY": (C, "biodiversity", "OUTPUT"), "FLOOD": (C, "flood", "OUTPUT")}),
    ("p1", "p1", {
        "SENSITIVITY": (C, "sensitivity", "OUTPUT_LEVEL"),
        "IMPORTANCE": (C, "importance", "OUTPUT_LEVEL"), "REGION": (P, "REGION"),
        "CELL_SIZE": (S, 1000), "AGGREGATION": (S, 0)}),
    ("p2", "p2", {
        "INPUT": (P, "TOWNSHIPS"), "POPULATION_FIELD": (S, "population"),
        "GDP_FIELD": (S, "gdp"), "CLASSIFICATION": (S, 0), "COMBINATION": (S, 0)}),
    ("air", "airquality", {
        "INPUT": (C, "p2", "OUTPUT"), "STATIONS": (P, "AIR_STATIONS"), "SO2_FIELD": (S, "so2"),
        "NO2_FIELD": (S, "no2"), "PM10_FIELD": (S, "pm10"), "UNIT": (S, 0),
        "AGGREGATION": (S, 0)}),
    ("waterq", "waterquality", {
        "INPUT": (C, "air", "OUTPUT"), "SECTIONS": (P, "WATER_SECTIONS"),
        "CLASS_FIELD": (S, "class")}),
    ("soilq", "soilquality", {
        "INPUT": (C, "waterq", "OUTPUT"), "SAMPLES": (P, "SOIL_SAMPLES"),
        "POLLUTANT_FIELDS": (S, ["cd", "pb", "as_", "hg", "cr"]),
        "STANDARD_FIELDS": (S, ["cd_s", "pb_s", "as_s", "hg_s", "cr_s"]), "METHOD": (S, 0)}),
    ("emission", "emissionindex", {
        "INPUT": (C, "soilq", "OUTPUT"), "COD_FIELD": (S, "cod_t"), "NH3N_FIELD": (S, "nh3n_t"),
        "SO2_FIELD": (S, "so2_t"), "NOX_FIELD": (S, "nox_t"), "CLASSIFICATION": (S, 0)}),
    ("k", "k", {
        "INPUT": (C, "emission", "OUTPUT"), "AIR_FIELD": (S, "air"), "WATER_FIELD": (S, "water"),
        "SOIL_FIELD": (S, "soil"), "EMISSION_FIELD": (S, "emission"), "FORMULA": (S, 0)}),
    ("composite", "compositeindex", {
        "GRID": (C, "p1", "OUTPUT"), "TOWNSHIPS": (C, "k", "OUTPUT"), "CLASSIFICATION": (S, 0)}),
    ("zoning", "zoning", {
        "REGION": (P, "REGION"), "CELL_SIZE": (P, "CELL_SIZE"),
        "PROTECTED": (P, "PROTECTED_AREAS"), "PROTECTED_ROLE_FIELD": (S, "role"),
        "PLANNING": (P, "PLANNING"), "PLANNING_ROLE_FIELD": (S, "role"),
        "LANDCOVER": (P, "LANDCOVER"),
        "SENSITIVITY": (C, "sensitivity", "OUTPUT_LEVEL"),
        "SENSITIVITY_DOMINANT": (C, "sensitivity", "OUTPUT_DOMINANT"),
        "IMPORTANCE": (C, "importance", "OUTPUT_LEVEL"),
        "IMPORTANCE_DOMINANT": (C, "importance", "OUTPUT_DOMINANT"),
        "P1_GRID": (C, "p1", "OUTPUT"), "COMPOSITE_GRID": (C, "composite", "OUTPUT"),
        "TOWNSHIPS": (C, "k", "OUTPUT"), "RIPARIAN": (C, "riparian", "OUTPUT"),
        "KEY_ECO_COUNTY": (S, False)}),
    ("merge", "mergezones", {
        "INPUT": (C, "zoning", "OUTPUT"), "REGION": (P, "REGION"), "MIN_AREA": (S, 0.5),
        "CELL_SIZE": (P, "CELL_SIZE")}),
    ("names", "namezones", {
        "INPUT": (C, "merge", "OUTPUT"), "ADMIN_CODE": (P, "ADMIN_CODE"),
        "PLACES": (P, "TOWNSHIPS", "list"), "PLACE_NAME_FIELD": (S, "name"), "ROMAN": (S, 0),
        "FEATURES": (P, "NAMED_FEATURES")}),
    ("targets", "zonetargets", {
        "INPUT": (C, "names", "OUTPUT"), "ADMIN_CODE": (P, "ADMIN_CODE")}),
    ("checks", "checkzoning", {
        "INPUT": (C, "names", "OUTPUT"), "LANDCOVER": (P, "LANDCOVER"),
        "FOREST_CODES": (S, "2,3"), "WATER_CODES": (S, "5,9"), "REGION": (P, "REGION"),
        "REGION_KIND": (S, 0), "ADMIN_CODE": (P, "ADMIN_CODE")}),
    ("style", "stylezones", {"INPUT": (C, "targets", "OUTPUT")}),
    ("maps", "zoningmaps", {
        "ZONES": (C, "targets", "OUTPUT"), "REGION": (P, "REGION"), "TOWNSHIPS": (P, "TOWNSHIPS"),
        "TOWNSHIP_NAME_FIELD": (S, "name"), "RIVERS": (P, "RIVERS"), "TITLE": (P, "TITLE")}),
    ("register", "registrationtable", {
        "INPUT": (C, "targets", "OUTPUT"), "TOWNSHIPS": (P, "TOWNSHIPS"),
        "RIVERS": (P, "RIVERS")}),
]

# model outputs: (child, child output, model output name, description)
OUTPUTS = [
    ("style", "OUTPUT", "ZONES", "环境功能区（已命名、附目标与管控措施）Zones"),
    ("checks", "OUTPUT", "CHECKS", "区划检查表 Zoning checks"),
    ("maps", "OUTPUT_FOLDER", "MAPS", "图件文件夹 Map folder"),
    ("register", "OUTPUT_DOCX", "REGISTER_DOCX", "功能区登记表 DOCX Register"),
    ("register", "OUTPUT_XLSX", "REGISTER_XLSX", "功能区登记表 XLSX Register"),
    ("sensitivity", "OUTPUT_LEVEL", "SENSITIVITY", "生态敏感性 Sensitivity level"),
    ("importance", "OUTPUT_LEVEL", "IMPORTANCE", "生态重要性 Importance level"),
    ("composite", "OUTPUT", "COMPOSITE", "综合指数网格 Composite index grid"),
]


def build(provider):
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource as Src,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm(
        "zoning_workflow", "环境功能区划全流程 Zoning workflow (Zhejiang)", "envzoning")
    model.setHelpContent({
        "ALG_DESC": "《浙江省市县环境功能区划编制技术指南》全流程：生态敏感性、重要性、P1、P2、K、"
                    "综合指数 A → 主导因子法划分六类环境功能区 → 合并、命名、目标与管控措施 → 检查 → "
                    "样式、图件、功能区登记表。输入字段名与 sample_data 一致，可在图形建模器中修改。\n"
                    "The whole Zhejiang workflow (Z 3–7): evaluation → zoning → names → targets → "
                    "checks → style → maps → registration table. Field names are those of "
                    "sample_data; adapt them in the Graphical Modeler.",
        "ALG_CREATOR": "envzoning",
    })
    kinds = {"polygon": [QgsProcessing.TypeVectorPolygon], "line": [QgsProcessing.TypeVectorLine],
             "point": [QgsProcessing.TypeVectorPoint]}
    for i, (name, kind, desc, extra) in enumerate(INPUTS):
        if kind == "raster":
            p = QgsProcessingParameterRasterLayer(name, desc)
        elif kind == "string":
            p = QgsProcessingParameterString(name, desc, extra.get("default"))
        elif kind == "layers_optional":
            p = QgsProcessingParameterMultipleLayers(name, desc, QgsProcessing.TypeVectorPolygon,
                                                     optional=True)
        elif kind == "number":
            p = QgsProcessingParameterNumber(name, desc, QgsProcessingParameterNumber.Double,
                                             extra.get("default"), minValue=0.0)
        else:
            p = QgsProcessingParameterFeatureSource(name, desc, kinds[kind])
        mp = QgsProcessingModelParameter(name)
        mp.setPosition(QPointF(120 + (i % 2) * 220, 60 + i * 45))
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
        child.setPosition(QPointF(600 + (i % 3) * 260, 60 + i * 60))
        for pname, src in params.items():
            if pname not in known:
                raise SystemExit("envzoning:%s has no parameter %s" % (alg_id, pname))
            if src[0] == P:
                child.addParameterSources(pname, [Src.fromModelParameter(src[1])])
            elif src[0] == C:
                child.addParameterSources(pname, [Src.fromChildOutput(src[1], src[2])])
            else:
                child.addParameterSources(pname, [Src.fromStaticValue(src[1])])
        outputs = {}
        for out, name, desc in outs_by_child.get(cid, []):
            mo = QgsProcessingModelOutput(name, desc)
            mo.setChildOutputName(out)
            mo.setChildId(cid)
            mo.setMandatory(False)
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
