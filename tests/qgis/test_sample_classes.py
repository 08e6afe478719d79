"""Issue 17 item 4: every class of each zoning-control algorithm from data (airzones,
waterunits, carbonzones, the soil, water-resource and shoreline element zones) appears at
least once on the sample county (sample_data/, stand-ins in sample_data/control/), and the
control units take them."""

import os

import pytest
from osgeo import ogr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
S = os.path.join(ROOT, "sample_data")
G = os.path.join(S, "xianju.gpkg")
CD = os.path.join(S, "control", "control_data.gpkg")


def layer(path, name, subset=None):
    return "%s|layername=%s" % (path, name) + ("|subset=%s" % subset if subset else "")


def rows(path):
    ds = ogr.Open(path)
    out = []
    for f in ds.GetLayer(0):
        r = {k: f.GetField(k) for k in f.keys()}
        r["_area"] = f.GetGeometryRef().GetArea() / 1e6
        out.append(r)
    return out


def test_airzones_every_kind_on_the_sample_county(run_alg, tmp_path):
    out = str(tmp_path / "air.gpkg")
    run_alg("airzones", {
        "REGION": layer(G, "region"), "DEM": os.path.join(S, "dem.tif"),
        "VALLEY_WINDOW": 3000, "VALLEY_DEPTH": 50,
        "CLASS1_AREAS": layer(G, "protected_areas", "\"role\" IN ('nature_reserve', 'scenic_area')"),
        "RECEPTORS": layer(G, "town_seats"), "RECEPTOR_BUFFER": 500,
        "EMISSIONS": os.path.join(S, "control", "emission_air.tif"),
        "URBAN": layer(G, "planning", "\"role\" = 'urban'"), "WIND_FROM": 45, "SECTOR": 22.5,
        "UPWIND_DISTANCE": 5, "OUTPUT": out})
    got = {r["kind"]: r["class"] for r in rows(out)}
    assert got == {"环境空气一类功能区": 1, "受体敏感区": 2, "高排放区": 2, "弱扩散区": 2,
                   "布局敏感区": 2, "一般管控区": 3}
    # the high-emission area is the existing park's cells (1 km stand-in inventory)
    high = [r for r in rows(out) if r["kind"] == "高排放区"][0]
    assert 2.0 < high["_area"] < 20.0


def test_waterunits_every_class_on_the_sample_county(run_alg, tmp_path):
    out = str(tmp_path / "wu.gpkg")
    run_alg("waterunits", {
        "SECTIONS": layer(G, "water_sections"), "CURRENT_FIELD": "class", "TARGET": "III",
        "DEM": os.path.join(S, "dem.tif"), "REGION": layer(G, "region"),
        "WATER_SOURCES": layer(G, "protected_areas", "\"role\" = 'water_source_protection'"),
        "SOURCES": layer(G, "planning", "\"role\" LIKE 'industrial%'"), "OUTPUT": out})
    got = rows(out)
    assert {r["class"] for r in got} == {1, 2, 3}
    assert any(r["exceed"] == 1 for r in got if r["class"] == 2)
    ds = ogr.Open(G)
    region = sum(f.GetGeometryRef().GetArea() for f in ds.GetLayer("region")) / 1e6
    assert sum(r["_area"] for r in got) == pytest.approx(region, rel=1e-4)


def test_carbonzones_every_class_on_the_sample_county(run_alg, tmp_path):
    out = str(tmp_path / "ghg.gpkg")
    run_alg("carbonzones", {
        "LANDCOVER": os.path.join(S, "landcover.tif"), "REGION": layer(G, "region"),
        "CARBON_CSV": os.path.join(S, "control", "carbon_pools_standin.csv"),
        "HIGH_SHARE": 0.3, "POLLUTANT_EMISSIONS": os.path.join(S, "control", "emission_air.tif"),
        "CO2_EMISSIONS": os.path.join(S, "control", "emission_co2.tif"),
        "OUTPUT_STOCK": str(tmp_path / "stock.tif"), "OUTPUT": out})
    got = {r["class"]: r for r in rows(out)}
    assert set(got) == {1, 2, 3}
    assert got[2]["kind"] == "污染物与温室气体排放高度协同区域" and got[2]["_area"] > 1.0
    # one density per class: the forest class (163 t C/ha, ≈ 70 % of the county) ties at
    # the threshold and is in whole (core.carbon.top_area_mask: ties are in)
    assert got[1]["_area"] >= 0.3 * sum(r["_area"] for r in got.values())


@pytest.fixture(scope="module")
def element_zones(run_alg, tmp_path_factory):
    """Soil (farmland samples by plot), water-resource overload and shorelines of the
    sample county (sample_data/control/control_data.gpkg)."""
    d = tmp_path_factory.mktemp("sample_ez")
    out = str(d / "ez.gpkg")
    run_alg("elementzones", {
        "INPUTS": [layer(G, "protected_areas")], "REGION": layer(G, "region"),
        "SOIL_SAMPLES": layer(CD, "farmland_samples"),
        "SOIL_PLOTS": layer(G, "planning", "\"role\" = 'farmland'"),
        "WATER_TOWNSHIPS": layer(CD, "water_overload"), "OVERLOAD_FIELD": "overload",
        "SHORELINES": layer(CD, "shorelines"), "SHORELINE_FIELD": "class",
        "SHORELINE_BUFFER": 50, "ADMIN_CODE": "331024", "OUTPUT": out})
    return out


def test_soil_water_resources_shoreline_every_class(element_zones):
    got = rows(element_zones)
    by_rule = {r["rule"]: r for r in got}
    for rule in ("SOIL-1", "SOIL-3", "SOIL-G", "WR-1", "WR-G", "SH-1", "SH-2", "SH-3", "SH-G"):
        assert rule in by_rule, rule
    # 优先保护 / 安全利用 / 严格管控 — every soil class of GB 15618-2018
    assert by_rule["SOIL-1"]["sources"] == "planning:farmland_priority"
    assert by_rule["SOIL-3"]["sources"] == \
        "planning:farmland_safe_use; planning:farmland_strict_control"
    assert by_rule["WR-1"]["sources"] == \
        "water_overload:water_critical; water_overload:water_overloaded"
    assert {by_rule[r]["class"] for r in ("SH-1", "SH-2", "SH-3")} == {1, 2, 3}
    # element-zone codes of the data standard: YS + 331024 + element number + class + serial
    # (element_rules.csv order: soil is the 5th element, shoreline the 11th)
    codes = [r["code"] for r in got]
    assert len(set(codes)) == len(codes) and all(c.startswith("YS331024") for c in codes)
    assert by_rule["SOIL-1"]["code"] == "YS331024051001"
    assert by_rule["SH-2"]["code"] == "YS331024112001"


def test_soil_by_idw_every_class(run_alg, tmp_path):
    """The same samples interpolated (IDW power 2, 2 000 m) on a 200 m grid within the
    farmland: all three classes again."""
    out = str(tmp_path / "idw.gpkg")
    run_alg("elementzones", {
        "INPUTS": [layer(G, "protected_areas")], "REGION": layer(G, "region"),
        "SOIL_SAMPLES": layer(CD, "farmland_samples"),
        "SOIL_PLOTS": layer(G, "planning", "\"role\" = 'farmland'"), "SOIL_METHOD": 1,
        "SOIL_CELL": 200, "OUTPUT": out})
    by_rule = {r["rule"]: r for r in rows(out) if r["element"] == "soil"}
    assert set(by_rule) == {"SOIL-1", "SOIL-3", "SOIL-G"}
    assert by_rule["SOIL-3"]["sources"] == \
        "farmland_samples (IDW):farmland_safe_use; farmland_samples (IDW):farmland_strict_control"


def test_control_units_take_the_derived_element_zones(run_alg, element_zones, tmp_path):
    out = str(tmp_path / "units.gpkg")
    run_alg("controlunits", {
        "ELEMENT_ZONES": element_zones, "TOWNSHIPS": layer(G, "townships"),
        "TOWNSHIP_FIELD": "name", "ADMIN_CODE": "331024", "MIN_AREA": 0.5, "OUTPUT": out})
    got = rows(out)
    zones = " ".join(r["zones"] or "" for r in got)
    for ref in ("soil/2/SOIL-3", "water_resources/2/WR-1", "shoreline/1/SH-1"):
        assert ref in zones, ref
    assert {r["unit_class"] for r in got} == {1, 2, 3}
    # the units list the element zones by the codes elementzones wrote
    ez = {r["code"] for r in rows(element_zones)}
    listed = {c for r in got for c in (r["YSGKFQBM"] or "").split(";") if c}
    assert listed and listed <= ez
