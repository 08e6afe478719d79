"""SPEC section 10: algorithm ids, parameter and output names, and the order of enum
options are a public contract (saved models and scripts depend on them). This test fails
when one is renamed, removed or reordered."""

import pytest

CONTRACT = {
    "soilerosionsensitivity": (
        "EROSIVITY SOIL SOIL_TABLE DEM RELIEF RELIEF_WINDOW LANDCOVER LANDCOVER_SCHEME "
        "VEGETATION_TABLE REGION CELL_SIZE", "OUTPUT_INDEX OUTPUT_LEVEL"),
    "riparianzone": ("INPUT TARGET_FIELD EROSION_FIELD EROSION_RASTER", "OUTPUT"),
    "coastalhazardzone": ("INPUT LAND RETREAT_FIELD SLR_FIELD SLOPE_FIELD SURGE_FIELD "
                          "DYKED_FIELD LEVEL", "OUTPUT"),
    "ecosensitivity": ("SOIL_EROSION RIPARIAN COASTAL MARINE REFERENCE",
                       "OUTPUT_LEVEL OUTPUT_DOMINANT"),
    "waterconservation": ("INPUT TYPE_FIELD CLIMATE REFERENCE", "OUTPUT"),
    "soilconservation": ("SENSITIVITY CATCHMENTS WATER_CLASS_FIELD", "OUTPUT"),
    "biodiversity": ("UNITS SPECIES_FIELD PROVINCE_SPECIES PRIORITY_FIELD OCCURRENCES "
                     "PROTECTION_FIELD REFERENCE", "OUTPUT"),
    "floodregulation": ("DEM WATERBODIES LIMAX_FIELD LIMIN_FIELD", "OUTPUT_Q OUTPUT"),
    "ecoimportance": ("WATER SOIL BIODIVERSITY FLOOD", "OUTPUT_LEVEL OUTPUT_DOMINANT"),
    "p1": ("SENSITIVITY IMPORTANCE REGION CELL_SIZE AGGREGATION", "OUTPUT"),
    "p2": ("INPUT POPULATION_FIELD GDP_FIELD AREA_FIELD CLASSIFICATION COMBINATION", "OUTPUT"),
    "airquality": ("", "OUTPUT"),
    "waterquality": ("", "OUTPUT"),
    "soilquality": ("", "OUTPUT"),
    "emissionindex": ("", "OUTPUT"),
    "k": ("INPUT AIR_FIELD WATER_FIELD SOIL_FIELD EMISSION_FIELD FORMULA", "OUTPUT"),
    "compositeindex": ("GRID TOWNSHIPS", "OUTPUT"),
    "zoning": ("REGION RULES CELL_SIZE", "OUTPUT OUTPUT_RASTER"),
    "mergezones": ("INPUT REGION MIN_AREA", "OUTPUT OUTPUT_AUDIT"),
    "namezones": ("INPUT ADMIN_CODE PLACES PLACE_NAME_FIELD ROMAN", "OUTPUT"),
    "checkzoning": ("", "OUTPUT"),
    "zonetargets": ("", "OUTPUT"),
    "stylezones": ("", ""),
    "zoningmaps": ("", ""),
    "registrationtable": ("", ""),
    "exportdatabase": ("ZONES CONTROL_UNITS ELEMENT_ZONES TOWNSHIPS GRID RASTERS", "OUTPUT_FOLDER OUTPUT_DESCRIPTION"),
    "zoningtext": ("INPUT TOWNSHIPS REGION CHECKS MAPS_FOLDER", "OUTPUT_TEXT OUTPUT_EXPLANATION"),
    "elementzones": ("", "OUTPUT"),
    "controlunits": ("ELEMENT_ZONES TOWNSHIPS PARKS ADMIN_CODE MIN_AREA", "OUTPUT"),
    "accesslist": ("", ""),
    "sitecheck": ("PROJECT INDUSTRY ZONES UNITS", "OUTPUT_HTML OUTPUT_JSON"),
    "comparezonings": ("", ""),
}

# enum parameters: the first words of each option, in the contract's order
ENUMS = {
    ("soilerosionsensitivity", "LANDCOVER_SCHEME"): ["CLCD", "ESA", "Custom"],
    ("waterconservation", "CLIMATE"): ["干旱", "半干旱", "半湿润", "湿润"],
    ("p1", "AGGREGATION"): ["majority", "max", "mean"],
    ("p2", "CLASSIFICATION"): ["natural", "quantile", "equal"],
    ("p2", "COMBINATION"): ["product", "mean", "max", "geometric"],
    ("k", "FORMULA"): ["product", "min", "mean"],
    ("namezones", "ROMAN"): ["unicode", "ascii"],
}


@pytest.mark.parametrize("alg_id", sorted(CONTRACT))
def test_ids_parameters_and_outputs(plugin, alg_id):
    alg = plugin.provider.algorithm(alg_id)
    assert alg is not None, "envzoning:%s is not registered" % alg_id
    params, outputs = CONTRACT[alg_id]
    names = {d.name() for d in alg.parameterDefinitions()}
    missing = [p for p in params.split() if p not in names]
    assert not missing, "envzoning:%s lost contract parameters %s" % (alg_id, missing)
    outs = {o.name() for o in alg.outputDefinitions()}
    missing = [o for o in outputs.split() if o not in outs]
    assert not missing, "envzoning:%s lost contract outputs %s" % (alg_id, missing)


@pytest.mark.parametrize("key", sorted(ENUMS))
def test_enum_options_keep_their_order(plugin, key):
    alg_id, name = key
    p = plugin.provider.algorithm(alg_id).parameterDefinition(name)
    options = p.options()
    words = ENUMS[key]
    assert len(options) >= len(words)
    for opt, word in zip(options, words):
        assert word.lower() in opt.lower(), (alg_id, name, options)


def test_climate_defaults_to_humid(plugin):
    p = plugin.provider.algorithm("waterconservation").parameterDefinition("CLIMATE")
    assert "湿润" == p.options()[int(p.defaultValue())].split()[0]


def test_contract_snapshot_is_unchanged(plugin):
    """Every id, parameter (name, type, default, optional) and output against
    tests/qgis/contract.json: any change fails until it is announced by regenerating the
    snapshot (tools/update_contract.py) and committing it with the change."""
    import json

    import contract_snapshot as CS

    live = json.loads(CS.dump(CS.contract(plugin.provider)))
    saved = CS.load()
    problems = []
    for alg in sorted(set(saved) | set(live)):
        if alg not in live:
            problems.append("envzoning:%s removed" % alg)
            continue
        if alg not in saved:
            problems.append("envzoning:%s added" % alg)
            continue
        for kind in ("parameters", "outputs"):
            a = {tuple(x[:1])[0]: x for x in saved[alg][kind]}
            b = {tuple(x[:1])[0]: x for x in live[alg][kind]}
            for name in sorted(set(a) | set(b)):
                if a.get(name) != b.get(name):
                    problems.append("envzoning:%s %s %s: %s → %s" % (
                        alg, kind[:-1], name, a.get(name), b.get(name)))
            if [x[0] for x in saved[alg][kind]] != [x[0] for x in live[alg][kind]] \
                    and set(a) == set(b):
                problems.append("envzoning:%s: %s reordered" % (alg, kind))
    assert not problems, (
        "Public contract changed (SPEC section 10); if on purpose, run "
        "`QT_QPA_PLATFORM=offscreen .venv/bin/python tools/update_contract.py` and commit "
        "tests/qgis/contract.json with the change:\n  " + "\n  ".join(problems))
