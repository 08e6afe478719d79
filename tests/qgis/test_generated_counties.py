"""The shipped whole-workflow model runs through qgis_process on generated counties
(tests/counties.py) other than the demo: a key ecological county with a large reservoir in
a geographic CRS (EPSG:4490) and a coastal county of 100 townships. The zones cover the
region (area within 0.01 %), codes and names are unique, and no name carries an ordinal
(一区/二区, （一）/（二）)."""

import os
import re

import counties
import pytest
from osgeo import ogr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODEL = os.path.join(ROOT, "resources", "models", "zoning_workflow.model3")
ORDINAL = re.compile(r"（[一二三四五六七八九十]+）|[一二三四五六七八九十]+区$|（\d+）$")


def _run_model(qgis_process, c, out):
    args = ["run", MODEL, "--", "REGION=%s" % c.uri("region"), "ADMIN_CODE=%s" % c.adcode,
            "TITLE=%s环境功能区划图" % c.county_name, "CELL_SIZE=200",
            "EROSIVITY=%s" % c.raster("erosivity"), "SOIL_TEXTURE=%s" % c.raster("soil_texture"),
            "DEM=%s" % c.raster("dem"), "LANDCOVER=%s" % c.raster("landcover")]
    for name, layer in (("RIVERS", "rivers"), ("WATER_SOURCES", "water_sources"),
                        ("CATCHMENTS", "catchments"), ("TOWNSHIPS", "townships"),
                        ("SPECIES_POINTS", "species_points"), ("WATERBODIES", "waterbodies"),
                        ("AIR_STATIONS", "air_stations"), ("WATER_SECTIONS", "water_sections"),
                        ("SOIL_SAMPLES", "soil_samples"), ("PROTECTED_AREAS", "protected_areas"),
                        ("PLANNING", "planning")):
        args.append("%s=%s" % (name, c.uri(layer)))
    args += ["sensitivity:生态敏感性=%s" % (out / "sens.tif"),
             "importance:生态重要性=%s" % (out / "imp.tif"),
             "composite:综合指数网格=%s" % (out / "composite.gpkg"),
             "style:环境功能区=%s" % (out / "zones.gpkg"), "checks:区划检查表=%s" % (out / "checks.csv"),
             "maps:图件文件夹=%s" % (out / "maps"),
             "register:登记表DOCX=%s" % (out / "register.docx"),
             "register:登记表XLSX=%s" % (out / "register.xlsx"),
             "waterunits:水环境控制单元=%s" % (out / "water_units.gpkg"),
             "elementzones:要素管控分区=%s" % (out / "element_zones.gpkg"),
             "controlunits:生态环境管控单元=%s" % (out / "control_units.gpkg")]
    proc = qgis_process(*args)
    assert "Model processed OK" in proc.stdout + proc.stderr, proc.stderr[-2000:]


@pytest.mark.parametrize("kind,n,crs", [("reservoir", 20, "EPSG:4490"),
                                        ("coastal", 100, "EPSG:4549")],
                         ids=["reservoir-4490", "coastal-100"])
def test_model_on_generated_county(qgis_process, tmp_path, kind, n, crs):
    c = counties.make_county(tmp_path / "in", kind=kind, townships=n, crs=crs)
    out = tmp_path / "out"
    out.mkdir()
    _run_model(qgis_process, c, out)
    ds = ogr.Open(str(out / "zones.gpkg"))
    lyr = ds.GetLayer(0)
    rows = [(f["code"], f["name"], f.GetGeometryRef().Clone()) for f in lyr]
    ds = None
    assert len(rows) > 5
    # zones in the analysis CRS (projected): compare with the region projected
    area = sum(g.GetArea() for _, _, g in rows)
    region = c.region_projected.GetArea()
    assert abs(area - region) / region < 1e-3, (area, region)
    codes = [r[0] for r in rows]
    names = [r[1] for r in rows]
    assert len(set(codes)) == len(codes)
    assert all(code.startswith(c.adcode[2:] + "-") for code in codes)
    assert len(set(names)) == len(names), sorted(names)
    assert not [nm for nm in names if ORDINAL.search(nm)]
    assert os.path.exists(out / "maps" / "zoning_map_a3.pdf")


def test_gbk_shapefile_county_with_other_field_names(run_alg, tmp_path):
    """GBK shapefiles without .cpg (language-driver byte 0) and Chinese field names: p2 reads
    人口 / GDP万元 and the township names come out as Chinese, not mojibake."""
    c = counties.make_county(tmp_path / "in", townships=12, fmt="shp_gbk", names="alt")
    res = run_alg("p2", {"INPUT": c.uri("townships"),
                         "POPULATION_FIELD": c.field("townships", "population"),
                         "GDP_FIELD": c.field("townships", "gdp"),
                         "OUTPUT": str(tmp_path / "p2.gpkg")})
    ds = ogr.Open(res["OUTPUT"])
    lyr = ds.GetLayer(0)
    names = [f[c.field("townships", "name")] for f in lyr]
    ds = None
    assert len(names) == 12
    assert all(n.endswith(("乡", "镇", "街道")) for n in names), names
