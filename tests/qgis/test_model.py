"""The shipped whole-workflow model (resources/models/zoning_workflow.model3) runs end to
end through qgis_process on the demo county, and the provider registers it."""

import os

from osgeo import ogr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODEL = os.path.join(ROOT, "resources", "models", "zoning_workflow.model3")
S = os.path.join(ROOT, "sample_data")
G = os.path.join(S, "xianju.gpkg")


def test_model_is_registered_with_every_child_available(plugin):
    alg = plugin.provider.algorithm("zoning_workflow")
    assert alg is not None
    ids = {c.algorithmId() for c in alg.childAlgorithms().values()}
    assert "envzoning:zoning" in ids and "envzoning:registrationtable" in ids
    for c in alg.childAlgorithms().values():
        assert c.algorithm() is not None, c.algorithmId()


def _area(path, layer=None):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    return sum(f.GetGeometryRef().GetArea() for f in lyr), lyr.GetFeatureCount()


def _outputs(out):
    return ["sensitivity:生态敏感性=%s" % (out / "sens.tif"),
            "importance:生态重要性=%s" % (out / "imp.tif"),
            "composite:综合指数网格=%s" % (out / "composite.gpkg"),
            "style:环境功能区=%s" % (out / "zones.gpkg"),
            "checks:区划检查表=%s" % (out / "checks.csv"),
            "maps:图件文件夹=%s" % (out / "maps"),
            "register:登记表DOCX=%s" % (out / "register.docx"),
            "register:登记表XLSX=%s" % (out / "register.xlsx"),
            "waterunits:水环境控制单元=%s" % (out / "water_units.gpkg"),
            "elementzones:要素管控分区=%s" % (out / "element_zones.gpkg"),
            "controlunits:生态环境管控单元=%s" % (out / "control_units.gpkg")]


def _shipped_models(plugin):
    return [a for a in plugin.provider.algorithms() if a.name().endswith("workflow")
            or a.__class__.__name__ == "QgsProcessingModelAlgorithm"]


def test_every_child_of_every_shipped_model_is_valid(plugin):
    """What F5 in the Graphical Modeler checks: no child has an unset required parameter or
    a value its algorithm rejects (issue 14 item 1)."""
    import glob

    from qgis.core import QgsProcessingModelAlgorithm

    paths = glob.glob(os.path.join(ROOT, "resources", "models", "*.model3"))
    assert paths
    for path in paths:
        model = QgsProcessingModelAlgorithm()
        assert model.fromFile(path), path
        for cid, child in model.childAlgorithms().items():
            ok, issues = model.validateChildAlgorithm(cid)
            assert ok, (os.path.basename(path), cid, issues)
            alg = child.algorithm()
            sources = child.parameterSources()
            for d in alg.parameterDefinitions():
                if d.isDestination() or d.flags() & d.FlagOptional:
                    continue
                assert sources.get(d.name()), (cid, d.name())
        ok, issues = model.validate()
        assert ok, issues


def test_model_layout_has_no_overlapping_boxes_and_chinese_outputs(plugin):
    from qgis.core import QgsProcessingModelAlgorithm
    from qgis.PyQt.QtCore import QRectF

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    boxes = []
    for name, comp in model.parameterComponents().items():
        boxes.append(("input " + name, comp))
    for cid, child in model.childAlgorithms().items():
        boxes.append(("child " + cid, child))
        for name, out in child.modelOutputs().items():
            boxes.append(("output " + name, out))
            # output names are what the Modeler and the dialog show: Chinese, no ids
            assert any("\u4e00" <= ch <= "\u9fff" for ch in name), name
    rects = []
    for label, comp in boxes:
        size = comp.size()
        assert size.width() >= 150 and size.height() >= 30, label  # labels readable
        p = comp.position()  # the centre of the box
        rects.append((label, QRectF(p.x() - size.width() / 2, p.y() - size.height() / 2,
                                    size.width(), size.height())))
    for i, (la, ra) in enumerate(rects):
        for lb, rb in rects[i + 1:]:
            assert not ra.intersects(rb), (la, lb)


def test_model_inputs_are_in_workflow_order_and_fields_are_inputs(plugin):
    alg = plugin.provider.algorithm("zoning_workflow")
    names = [d.name() for d in alg.parameterDefinitions() if not d.isDestination()]
    assert names[0] == "REGION" and names[-1] == "TITLE"
    assert names.index("EROSIVITY") < names.index("TOWNSHIPS") < names.index("PLANNING")
    # every field a child reads comes from a model input (a field parameter), not a constant
    for cid, child in alg.childAlgorithms().items():
        calg = child.algorithm()
        for pname, sources in child.parameterSources().items():
            d = calg.parameterDefinition(pname)
            if d is None or d.type() != "field":
                continue
            parent = calg.parameterDefinition(d.parentLayerParameterName())
            parent_src = child.parameterSources().get(parent.name(), [])
            if parent_src and parent_src[0].source() == parent_src[0].ChildOutput:
                continue  # a field our own previous step wrote (air, water, soil …)
            src = sources[0]
            if src.source() == src.Expression:  # coalesce(@INPUT, 'demo default')
                assert src.expression().startswith("coalesce(@"), (cid, pname)
                name = src.expression()[len("coalesce(@"):].split(",")[0]
            else:
                assert src.source() == src.ModelParameter, (cid, pname)
                name = src.parameterName()
            mp = alg.parameterDefinition(name)
            assert mp.type() == "field", (cid, pname)
    assert alg.parameterDefinition("TS_PRIO").defaultValue() == "priority_eco"
    for name in ("REGION_KIND", "COASTAL", "CLIMATE", "PROV_SPEC", "MIN_AREA", "SP_BUFFER"):
        assert alg.parameterDefinition(name) is not None, name


def test_model_runs_end_to_end_through_qgis_process(qgis_process, tmp_path):
    out = tmp_path
    args = ["run", MODEL, "--",
            "REGION=%s|layername=region" % G, "ADMIN_CODE=331024", "TITLE=仙居县环境功能区划图",
            "CELL_SIZE=200", "EROSIVITY=%s/erosivity.tif" % S,
            "SOIL_TEXTURE=%s/soil_texture.tif" % S, "DEM=%s/dem.tif" % S,
            "LANDCOVER=%s/landcover.tif" % S]
    for name, layer in (("RIVERS", "rivers"), ("WATER_SOURCES", "water_sources"),
                        ("CATCHMENTS", "catchments"), ("TOWNSHIPS", "townships"),
                        ("SPECIES_POINTS", "species_points"), ("WATERBODIES", "waterbodies"),
                        ("AIR_STATIONS", "air_stations"), ("WATER_SECTIONS", "water_sections"),
                        ("SOIL_SAMPLES", "soil_samples"), ("PROTECTED_AREAS", "protected_areas"),
                        ("PLANNING", "planning")):
        args.append("%s=%s|layername=%s" % (name, G, layer))
    args += _outputs(out)
    proc = qgis_process(*args)
    assert "Model processed OK" in proc.stdout + proc.stderr
    zones_area, n = _area(str(out / "zones.gpkg"))
    region_area, _ = _area(G, "region")
    assert n > 10
    assert abs(zones_area - region_area) / region_area < 1e-4
    ds = ogr.Open(str(out / "zones.gpkg"))
    lyr = ds.GetLayer(0)
    assert "VI" in {f["zone_type"] for f in lyr}  # the demo is no key ecological county
    codes = [f["code"] for f in lyr]
    assert len(set(codes)) == n and all(c.startswith("1024-") for c in codes)
    assert os.path.getsize(out / "register.docx") > 10000
    assert os.path.exists(out / "maps" / "zoning_map_a3.pdf")
    assert os.path.exists(out / "maps" / "zoning_map_a3.png")
    assert "pass" in (out / "checks.csv").read_text(encoding="utf-8-sig")
    # zoning control (issue 17): the control units tile the region and take the water units
    units_area, n_units = _area(str(out / "control_units.gpkg"))
    assert n_units > 10 and abs(units_area - region_area) / region_area < 1e-4
    ds = ogr.Open(str(out / "control_units.gpkg"))
    got = [(f["unit_class"], f["zones"] or "") for f in ds.GetLayer(0)]
    assert {c for c, _ in got} == {1, 2, 3}
    assert any("water/2/WU-2" in z for _, z in got)


def test_provenance_traces_zones_back_to_the_rule_table(qgis_process, tmp_path):
    """zoning → mergezones → namezones → zonetargets: the final zones carry every step,
    the first being zoning with the rule table's checksum (issue 5 item 6)."""
    import json
    import sqlite3

    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    from envzoning.core import tables as T
    from envzoning.core.provenance import table_entry

    out = tmp_path
    qgis_process("run", "envzoning:zoning", "--",
                 "REGION=%s|layername=region" % G, "CELL_SIZE=400",
                 "PROTECTED=%s|layername=protected_areas" % G, "PROTECTED_ROLE_FIELD=role",
                 "LANDCOVER=%s/landcover.tif" % S, "KEY_ECO_COUNTY=false",
                 "OUTPUT=%s" % (out / "raw.gpkg"), "OUTPUT_RASTER=%s" % (out / "raw.tif"))
    qgis_process("run", "envzoning:mergezones", "--", "INPUT=%s" % (out / "raw.gpkg"),
                 "REGION=%s|layername=region" % G, "MIN_AREA=2", "CELL_SIZE=400",
                 "OUTPUT=%s" % (out / "merged.gpkg"), "OUTPUT_AUDIT=%s" % (out / "audit.csv"))
    qgis_process("run", "envzoning:namezones", "--", "INPUT=%s" % (out / "merged.gpkg"),
                 "ADMIN_CODE=331024", "PLACES=%s|layername=townships" % G,
                 "PLACE_NAME_FIELD=name", "OUTPUT=%s" % (out / "named.gpkg"))
    qgis_process("run", "envzoning:zonetargets", "--", "INPUT=%s" % (out / "named.gpkg"),
                 "OUTPUT=%s" % (out / "zones.gpkg"))
    # stored in the GeoPackage metadata (gpkg_metadata, referencing the layer), no table
    con = sqlite3.connect(str(out / "zones.gpkg"))
    tables = [r[0] for r in con.execute(
        "select table_name from gpkg_contents order by table_name")]
    assert tables == ["zones"]
    refs = con.execute("select r.table_name, m.md_scope, m.metadata from "
                       "gpkg_metadata_reference r join gpkg_metadata m on m.id = r.md_file_id"
                       ).fetchall()
    con.close()
    assert [(r[0], r[1]) for r in refs] == [("zones", "dataset")]
    prefix = "envzoning provenance: "
    history = [h[len(prefix):] for h in QgsVectorLayer(str(out / "zones.gpkg"), "z", "ogr")
               .metadata().history() if h.startswith(prefix)]
    rows = [json.loads(h) for h in history]
    assert [r["algorithm"] for r in rows] == ["envzoning:zoning", "envzoning:mergezones",
                                              "envzoning:namezones", "envzoning:zonetargets"]
    assert all(r["algorithm"] in refs[0][2] for r in rows)
    assert len(QgsProviderRegistry.instance().querySublayers(str(out / "zones.gpkg"))) == 1
    first = rows[0]
    rules = T.load("zoning_rules")
    shipped = table_entry(rules, "zoning_rules", "shipped")
    assert first["tables"][0]["sha256"] == shipped["sha256"]


COAST_WKT = ("POLYGON((555000 3172000,567000 3172000,567000 3184000,555000 3184000,"
             "555000 3172000))")


def _county_data(tmp):
    """Another county's layers, made from the demo: townships and rivers as GBK Shapefiles
    without .cpg and with other (≤ 10 character) field names, plus a coastal zone."""
    import subprocess

    renames = {
        "townships": {"name": "xzmc", "population": "renkou", "gdp": "shengchan",
                      "species": "wuzhong", "priority_eco": "youxian", "cod_t": "cod",
                      "nh3n_t": "nh3n", "so2_t": "so2", "nox_t": "nox"},
        "rivers": {"name": "hlmc", "target": "szmb", "erosion": "qinshi"},
    }
    paths = {}
    for layer, ren in renames.items():
        cols = []
        src_ds = ogr.Open(G)
        src = src_ds.GetLayerByName(layer)
        defn = src.GetLayerDefn()
        for i in range(defn.GetFieldCount()):
            f = defn.GetFieldDefn(i).GetName()
            cols.append('"%s" AS "%s"' % (f, ren.get(f, f)))
        out = str(tmp / (layer + ".shp"))
        subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=GBK", out, G,
                        "-dialect", "sqlite", "-sql",
                        "SELECT geom, %s FROM %s" % (", ".join(cols), layer)], check=True)
        os.remove(out[:-4] + ".cpg")
        paths[layer] = out
    # a coastal zone (level 5) in the middle of the county
    region_ds = ogr.Open(G)
    region = region_ds.GetLayerByName("region")
    srs = region.GetSpatialRef()
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(tmp / "coast.gpkg"))
    lyr = ds.CreateLayer("coast", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("level", ogr.OFTInteger))
    f = ogr.Feature(lyr.GetLayerDefn())
    f["level"] = 5
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        COAST_WKT))
    lyr.CreateFeature(f)
    ds = None
    paths["coast"] = str(tmp / "coast.gpkg")
    return paths


def test_model_runs_a_countys_own_layers_key_ecological_and_coastal(qgis_process, tmp_path):
    """Issue 14 'done when': other field names, GBK Shapefiles without .cpg, a key
    ecological county (derived from ADMIN_CODE 330127 on Auto) with a coastal zone."""
    d = _county_data(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    args = ["run", MODEL, "--",
            "REGION=%s|layername=region" % G, "ADMIN_CODE=330127", "REGION_KIND=0",
            "TITLE=某县环境功能区划图", "CELL_SIZE=300", "EROSIVITY=%s/erosivity.tif" % S,
            "SOIL_TEXTURE=%s/soil_texture.tif" % S, "DEM=%s/dem.tif" % S,
            "LANDCOVER=%s/landcover.tif" % S, "RIVERS=%s" % d["rivers"],
            "RIV_TARGET=szmb", "RIV_EROS=qinshi", "RIV_NAME=hlmc",
            "TOWNSHIPS=%s" % d["townships"], "TS_NAME=xzmc", "TS_SPECIES=wuzhong",
            "TS_PRIO=youxian", "TS_POP=renkou", "TS_GDP=shengchan", "TS_COD=cod",
            "TS_NH3N=nh3n", "TS_SO2=so2", "TS_NOX=nox", "COASTAL=%s" % d["coast"],
            "PROV_SPEC=2500", "CLIMATE=3", "MIN_AREA=1"]
    for name, layer in (("WATER_SOURCES", "water_sources"), ("CATCHMENTS", "catchments"),
                        ("SPECIES_POINTS", "species_points"), ("WATERBODIES", "waterbodies"),
                        ("AIR_STATIONS", "air_stations"), ("WATER_SECTIONS", "water_sections"),
                        ("SOIL_SAMPLES", "soil_samples"), ("PROTECTED_AREAS", "protected_areas"),
                        ("PLANNING", "planning")):
        args.append("%s=%s|layername=%s" % (name, G, layer))
    args += _outputs(out)
    proc = qgis_process(*args)
    assert "Model processed OK" in proc.stdout + proc.stderr
    ds = ogr.Open(str(out / "zones.gpkg"))
    lyr = ds.GetLayer(0)
    types = {f["zone_type"] for f in lyr}
    codes = [f["code"] for f in lyr]
    assert "VI" not in types  # a key ecological county has no VI zone (Z 4.6.2)
    assert all(c.startswith("0127-") for c in codes)
    # township names read through the renamed GBK field
    names = " ".join(f["name"] or "" for f in lyr)
    assert "镇" in names or "乡" in names or "街道" in names
    zones_area, n = _area(str(out / "zones.gpkg"))
    region_area, _ = _area(G, "region")
    assert abs(zones_area - region_area) / region_area < 1e-4
    # the coastal zone (level 5, rule 5) is ecological land: I or II inside it
    square = ogr.CreateGeometryFromWkt(COAST_WKT)
    by_type = {}
    for f in lyr:
        g = f.GetGeometryRef().Intersection(square)
        if g is not None and not g.IsEmpty():
            by_type[f["zone_type"]] = by_type.get(f["zone_type"], 0) + g.GetArea()
    inside = sum(by_type.values())
    assert inside > 1e7
    assert (by_type.get("I", 0) + by_type.get("II", 0)) / inside > 0.95, by_type
