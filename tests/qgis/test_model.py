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
    args += ["sensitivity:SENSITIVITY=%s" % (out / "sens.tif"),
             "importance:IMPORTANCE=%s" % (out / "imp.tif"),
             "composite:COMPOSITE=%s" % (out / "composite.gpkg"),
             "style:ZONES=%s" % (out / "zones.gpkg"),
             "checks:CHECKS=%s" % (out / "checks.csv"),
             "maps:MAPS=%s" % (out / "maps"),
             "register:REGISTER_DOCX=%s" % (out / "register.docx"),
             "register:REGISTER_XLSX=%s" % (out / "register.xlsx")]
    proc = qgis_process(*args)
    assert "Model processed OK" in proc.stdout + proc.stderr
    zones_area, n = _area(str(out / "zones.gpkg"))
    region_area, _ = _area(G, "region")
    assert n > 10
    assert abs(zones_area - region_area) / region_area < 1e-4
    ds = ogr.Open(str(out / "zones.gpkg"))
    lyr = ds.GetLayer(0)
    codes = [f["code"] for f in lyr]
    assert len(set(codes)) == n and all(c.startswith("1024-") for c in codes)
    assert os.path.getsize(out / "register.docx") > 10000
    assert os.path.exists(out / "maps" / "zoning_map_a3.pdf")
    assert os.path.exists(out / "maps" / "zoning_map_a3.png")
    assert "pass" in (out / "checks.csv").read_text(encoding="utf-8-sig")


def test_provenance_traces_zones_back_to_the_rule_table(qgis_process, tmp_path):
    """zoning → mergezones → namezones → zonetargets: the final zones carry every step,
    the first being zoning with the rule table's checksum (issue 5 item 6)."""
    import json
    import sqlite3

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
    con = sqlite3.connect(str(out / "zones.gpkg"))
    rows = con.execute("select step, algorithm, record from provenance order by step").fetchall()
    assert [r[1] for r in rows] == ["envzoning:zoning", "envzoning:mergezones",
                                    "envzoning:namezones", "envzoning:zonetargets"]
    first = json.loads(rows[0][2])
    rules = T.load("zoning_rules")
    shipped = table_entry(rules, "zoning_rules", "shipped")
    assert first["tables"][0]["sha256"] == shipped["sha256"]
