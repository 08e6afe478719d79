"""What every algorithm does with bad input (SPEC section 7), table-driven.

Every algorithm the provider registers has an entry in ALGS: its good parameters on the tiny
county of ``badinput_fixtures`` (symbolic: ``V(layer)``, ``R(raster)``, ``Chain(step)``),
and which parameter each kind of bad input goes into. From that entry the cases are built:

- ``baseline``      the good parameters run;
- ``crs_wgs84``     a vector input in EPSG:4326 → works, reprojected (same count / area);
- ``crs_none``      a vector input without CRS → error naming the layer;
- ``empty_layer``   a vector input without features → error naming the layer;
- ``bowtie``        a self-intersecting polygon → works, a warning naming the count;
- ``empty_geom``    one more feature with an empty geometry → works (warning) or an error
                    naming the layer;
- ``bad_field``     a misspelt field → error naming the field and listing the fields;
- ``raster_*``      a raster on another grid (works), half outside (works), wholly outside
                    (error naming it), without CRS (error naming it), nodata everywhere
                    (error naming it, or outputs that are nodata everywhere);
- ``missing_class`` a class value missing from a table → error naming the value;
- ``junk_table``    a matrix table with text where a number belongs → error naming the row;
- ``cancel``        a feedback that cancels at the first progress → QgsProcessingException.

After every failing case the output folder must be empty (hidden ``.partial`` files and
sidecar ``.qml`` included). Where a kind of input does not apply, the entry says why
(``NA``); a test fails when an algorithm has no entry at all.
"""

import math
import os
import re

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from badinput_fixtures import TOWN_NAMES, Fixtures  # noqa: E402  (tests/qgis on sys.path)


class V:
    def __init__(self, name):
        self.name = name


class R:
    def __init__(self, name):
        self.name = name


class Chain:
    def __init__(self, name):
        self.name = name


class NA:
    """Not applicable, with the reason."""

    def __init__(self, reason):
        self.reason = reason


CASE_KINDS = ["baseline", "crs_wgs84", "crs_none", "empty_layer", "bowtie", "empty_geom",
              "bad_field", "raster_regrid", "raster_partial", "raster_outside",
              "raster_nocrs", "raster_nodata", "missing_class", "junk_table", "cancel"]

NO_RASTER = NA("no raster input")
NO_TABLE = NA("no class table: values are numbers or free text")

ALGS = {
    # -- evaluation: sensitivity --------------------------------------------------------
    "soilerosionsensitivity": dict(
        params={"EROSIVITY": R("erosivity"), "SOIL": R("soiltex"), "DEM": R("dem"),
                "LANDCOVER": R("landcover"), "REGION": V("region"), "CELL_SIZE": 100,
                "RELIEF_WINDOW": 300},
        vector="REGION", field=NA("no field parameter used (rasters only)"),
        raster="EROSIVITY", grid_raster="LANDCOVER",
        missing_class=("LANDCOVER", "landcover_code77", "77"),
        junk_table="EROSIVITY_TABLE"),
    "riparianzone": dict(
        params={"INPUT": V("rivers"), "TARGET_FIELD": "target", "EROSION_FIELD": "erosion"},
        field="TARGET_FIELD", raster=NA("the erosion raster is optional; given by field here"),
        missing_class=("INPUT", "rivers_target_viii", "VIII"), junk_table="WIDTH_TABLE"),
    "coastalhazardzone": dict(
        params={"INPUT": V("coast"), "LAND": V("region"), "RETREAT_FIELD": "a",
                "SLR_FIELD": "s", "SLOPE_FIELD": "theta", "SURGE_FIELD": "h",
                "DYKED_FIELD": "dike"},
        field="SLR_FIELD", raster=NO_RASTER, missing_class=NO_TABLE,
        junk_table=NA("no table parameter")),
    "ecosensitivity": dict(
        params={"SOIL_EROSION": R("sens"), "RIPARIAN": V("riparian"), "REGION": V("region")},
        vector="RIPARIAN", field=NA("reads the fixed field 'level'"),
        raster="SOIL_EROSION", grid_raster="SOIL_EROSION", nodata={"drop": ["RIPARIAN"]},
        missing_class=("RIPARIAN", "riparian_level8", "8"), junk_table=NA("no table parameter")),
    # -- evaluation: importance, P1 -------------------------------------------------------
    "waterconservation": dict(
        params={"INPUT": V("sources"), "TYPE_FIELD": "type", "REGION": V("region"),
                "CELL_SIZE": 100},
        field="TYPE_FIELD", raster=NA("no raster input (REGION + CELL_SIZE grid)"),
        missing_class=("INPUT", "sources_reservoir", "水库"), junk_table={"param": "WATER_TABLE", "column": "湿润"}),
    "soilconservation": dict(
        params={"SENSITIVITY": R("sens"), "CATCHMENTS": V("catchments"),
                "WATER_CLASS_FIELD": "wc"},
        field="WATER_CLASS_FIELD", raster="SENSITIVITY", grid_raster=None,
        missing_class=("CATCHMENTS", "catchments_wc4", "4"), junk_table="SOIL_TABLE"),
    "biodiversity": dict(
        params={"UNITS": V("towns"), "SPECIES_FIELD": "species", "PROVINCE_SPECIES": 1000,
                "PRIORITY_FIELD": "prio", "OCCURRENCES": V("occurrences"),
                "PROTECTION_FIELD": "prot", "REFERENCE": R("sens")},
        field="SPECIES_FIELD", raster="REFERENCE", grid_raster=None,
        missing_class=("OCCURRENCES", "occurrences_cites", "CITES I"),
        junk_table="RATIO_TABLE"),
    "floodregulation": dict(
        params={"DEM": R("dem"), "WATERBODIES": V("lakes"), "LIMAX_FIELD": "limax",
                "LIMIN_FIELD": "limin"},
        field="LIMAX_FIELD", raster="DEM", grid_raster=None,
        missing_class=NA("no class value: limits are numbers"), junk_table="FLOOD_TABLE"),
    "ecoimportance": dict(
        params={"WATER": R("water_lv"), "SOIL": R("soil_lv")},
        vector=NA("no vector input"), field=NA("no field parameter"),
        raster="WATER", grid_raster="SOIL", nodata={"mode": "omit"},
        missing_class=("WATER", "water_lv_level7", "7"), junk_table=NA("no table parameter")),
    "p1": dict(
        params={"SENSITIVITY": R("sens"), "IMPORTANCE": R("imp"), "REGION": V("region"),
                "CELL_SIZE": 1000},
        vector="REGION", field=NA("no field parameter"),
        raster="SENSITIVITY", grid_raster="IMPORTANCE", nodata={"fields": ("sens",)},
        missing_class=("SENSITIVITY", "sens_level9", "9"), junk_table=NA("no table parameter")),
    # -- evaluation: P2, K, A -------------------------------------------------------------
    "p2": dict(
        params={"INPUT": V("towns"), "POPULATION_FIELD": "population", "GDP_FIELD": "gdp"},
        field="POPULATION_FIELD", raster=NO_RASTER, missing_class=NO_TABLE,
        junk_table=NA("no table parameter")),
    "airquality": dict(
        params={"INPUT": V("towns"), "STATIONS": V("stations"), "SO2_FIELD": "so2",
                "NO2_FIELD": "no2", "PM10_FIELD": "pm10"},
        vector="STATIONS", field="SO2_FIELD", raster=NO_RASTER, missing_class=NO_TABLE,
        junk_table="API_TABLE"),
    "waterquality": dict(
        params={"INPUT": V("towns"), "SECTIONS": V("sections"), "CLASS_FIELD": "class"},
        vector="SECTIONS", field="CLASS_FIELD", raster=NO_RASTER,
        missing_class=("SECTIONS", "sections_class_vii", "VII"), junk_table="LIMITS_TABLE"),
    "soilquality": dict(
        params={"INPUT": V("towns"), "SAMPLES": V("samples"),
                "POLLUTANT_FIELDS": ["cd", "pb", "as_"]},
        vector="SAMPLES", field="POLLUTANT_FIELDS", raster=NO_RASTER,
        missing_class=NA("pollutants are fields: a missing one is the bad_field case"),
        junk_table="STANDARDS_TABLE"),
    "emissionindex": dict(
        params={"INPUT": V("towns"), "COD_FIELD": "cod", "NH3N_FIELD": "nh3n",
                "SO2_FIELD": "so2", "NOX_FIELD": "nox"},
        field="COD_FIELD", raster=NO_RASTER, missing_class=NO_TABLE,
        junk_table=NA("no table parameter")),
    "k": dict(
        params={"INPUT": V("towns"), "AIR_FIELD": "air", "WATER_FIELD": "water",
                "SOIL_FIELD": "soil", "EMISSION_FIELD": "emission"},
        field="EMISSION_FIELD", raster=NO_RASTER, missing_class=NO_TABLE,
        junk_table=NA("no table parameter")),
    "compositeindex": dict(
        params={"GRID": V("p1grid"), "TOWNSHIPS": V("towns")},
        vector="TOWNSHIPS", field="P2_FIELD", raster=NO_RASTER, missing_class=NO_TABLE,
        junk_table=NA("no table parameter")),
    # -- zoning ---------------------------------------------------------------------------
    "zoning": dict(
        params={"REGION": V("region"), "CELL_SIZE": 100, "PROTECTED": V("protected"),
                "PROTECTED_ROLE_FIELD": "role", "PLANNING": V("planning"),
                "PLANNING_ROLE_FIELD": "role", "LANDCOVER": R("landcover"),
                "IMPORTANCE": R("imp"), "IMPORTANCE_DOMINANT": R("imp_dom"),
                "SENSITIVITY": R("sens"), "COMPOSITE_GRID": V("composite")},
        vector="PLANNING", field="PLANNING_ROLE_FIELD",
        raster="IMPORTANCE", grid_raster="LANDCOVER", nodata={"mode": "omit"},
        missing_class=("PROTECTED", "protected_zoo", "zoo"), junk_table="LANDCOVER_ROLES"),
    "mergezones": dict(
        params={"INPUT": V("zones"), "REGION": V("region"), "MIN_AREA": 0.1, "CELL_SIZE": 100},
        vector="INPUT", field=NA("reads the fixed fields zone_type / subtype"),
        raster=NA("a zone raster is accepted but the vector zones are the case here"),
        missing_class=NA("no class table"), junk_table={"param": "MIN_AREA_BY_TYPE", "column": "min_area_km2",
                    "value": ["V", "0.5", "VI", "0.2"]}),
    "namezones": dict(
        params={"INPUT": V("zones"), "ADMIN_CODE": "331024", "PLACES": [V("towns")],
                "PLACE_NAME_FIELD": "name"},
        vector="INPUT", field="PLACE_NAME_FIELD", raster=NO_RASTER,
        missing_class=("INPUT", "zones_subtype_ii9", "II-9"),
        junk_table={"param": "CODES_TABLE", "column": "subtype"}),
    "checkzoning": dict(
        params={"INPUT": V("named"), "LANDCOVER": R("landcover"), "REGION": V("region"),
                "ADMIN_CODE": "331024"},
        vector="INPUT", field=NA("reads the fixed field zone_type"),
        raster="LANDCOVER", grid_raster="LANDCOVER",
        missing_class=NA("zone types outside I–VI are reported by the checks, not an error"),
        junk_table=NA("county tables hold codes and names only")),
    "zonetargets": dict(
        params={"INPUT": V("named")},
        vector="INPUT", field=NA("reads the fixed fields zone_type / subtype"),
        raster=NO_RASTER, missing_class=("INPUT", "named_type_vii", "VII"),
        junk_table=NA("tables hold text only")),
    # -- outputs --------------------------------------------------------------------------
    "stylezones": dict(
        params={"INPUT": V("named")},
        field="TYPE_FIELD", raster=NO_RASTER,
        missing_class=("INPUT", "named_type_vii", "VII"), junk_table=NA("no table parameter")),
    "zoningmaps": dict(
        params={"ZONES": V("named"), "REGION": V("region"), "TOWNSHIPS": V("towns"),
                "TOWNSHIP_NAME_FIELD": "name", "DPI": 72, "ATLAS_PNG": False},
        vector="TOWNSHIPS", field="TOWNSHIP_NAME_FIELD", raster=NO_RASTER,
        missing_class=("ZONES", "named_type_vii", "VII"), junk_table=NA("no table parameter"),
        slow=True),
    "registrationtable": dict(
        params={"INPUT": V("named"), "TOWNSHIPS": V("towns"), "TOWNSHIP_NAME_FIELD": "name",
                "RIVERS": V("rivers"), "RIVER_NAME_FIELD": "name"},
        vector="INPUT", field="CODE_FIELD", raster=NO_RASTER,
        missing_class=NA("no class table: the register copies the zones' text"),
        junk_table=NA("no table parameter")),
    "zoningtext": dict(
        params={"INPUT": V("named"), "TOWNSHIPS": V("towns"), "TOWNSHIP_NAME_FIELD": "name",
                "REGION": V("region"), "REGION_NAME": "测试县"},
        vector="INPUT", field="CODE_FIELD", raster=NO_RASTER,
        missing_class=NA("no class table: the text copies the zones' text"),
        junk_table=NA("no table parameter")),
    "exportdatabase": dict(
        params={"ZONES": V("named"), "TOWNSHIPS": V("towns")},
        vector="TOWNSHIPS", field="CODE_FIELD", raster=NO_RASTER,
        missing_class=NA("no class table: the database copies the layers"),
        junk_table=NA("no table parameter")),
    # -- zoning control -------------------------------------------------------------------
    "elementzones": dict(
        params={"INPUTS": [V("protected"), V("planning"), V("noise"), V("p1grid")],
                "REGION": V("region")},
        vector="INPUTS", field="ROLE_FIELD", raster=NO_RASTER,
        missing_class=("INPUTS", "noise_golf", "golf_course"), junk_table="RULES"),
    "controlunits": dict(
        params={"ELEMENT_ZONES": Chain("element_zones"), "TOWNSHIPS": V("towns"),
                "TOWNSHIP_FIELD": "name", "PARKS": V("parks"), "PARK_FIELD": "name",
                "ADMIN_CODE": "331024"},
        vector="TOWNSHIPS", field="TOWNSHIP_FIELD", raster=NO_RASTER,
        missing_class=NA("element classes come from elementzones' own table"),
        junk_table=NA("no table parameter")),
    "accesslist": dict(
        params={"UNITS": Chain("units")},
        vector=NA("its input is controlunits' output: the CRS/empty cases are controlunits'"),
        field=NA("reads controlunits' fixed fields"), raster=NO_RASTER,
        missing_class=NA("requirements are matched by rule ids; unknown ones are skipped"),
        junk_table="REQUIREMENTS"),
    "sitecheck": dict(
        params={"PROJECT": V("project"), "INDUSTRY": "三类", "ZONES": V("named"),
                "ADMIN_CODE": "331024"},
        vector="PROJECT", field=NA("no field parameter"), raster=NO_RASTER,
        missing_class=("INDUSTRY", "999", "999"), junk_table={"param": "INDUSTRY_TABLE", "column": "class",
                    "params": {"INDUSTRY": "47"}}),
    "comparezonings": dict(
        params={"OLD": V("zones"), "OLD_FIELD": "zone_type", "NEW": V("zones_new"),
                "NEW_FIELD": "zone_type"},
        vector="NEW", field="OLD_FIELD", raster=NO_RASTER, missing_class=NO_TABLE,
        junk_table=NA("no table parameter")),
    "waterunits": dict(
        params={"SECTIONS": V("sections"), "CURRENT_FIELD": "class", "DEM": R("dem"),
                "REGION": V("region"), "MIN_AREA": 0.0},
        vector="SECTIONS", field="CURRENT_FIELD", raster="DEM", grid_raster=None,
        missing_class=("SECTIONS", "sections_class_vii", "VII"),
        junk_table=NA("no table parameter")),
    "airzones": dict(
        params={"REGION": V("region"), "EMISSIONS": R("dem"), "URBAN": V("towns")},
        vector="URBAN", field=NA("no field parameter"), raster="EMISSIONS", grid_raster=None,
        missing_class=NO_TABLE, junk_table=NA("no table parameter")),
    "controlmaps": dict(
        params={"CONTROL_UNITS": Chain("units"), "ELEMENT_ZONES": Chain("element_zones"),
                "REGION": V("region"), "TOWNSHIPS": V("towns"), "TOWNSHIP_NAME_FIELD": "name",
                "DPI": 72},
        vector="TOWNSHIPS", field="TOWNSHIP_NAME_FIELD", raster=NO_RASTER,
        missing_class=NA("unit classes other than 1/2/3 or their names are refused: "
                         "test_control_maps.test_control_maps_reject_unknown_class"),
        junk_table=NA("no table parameter"), slow=True),
    "carbonzones": dict(
        params={"LANDCOVER": R("landcover"), "REGION": V("region"),
                "CARBON_TABLE": ["1", "耕地", "5", "1", "80", "0", "test",
                                 "2", "林地", "30", "8", "100", "2", "test",
                                 "5", "水体", "0", "0", "0", "0", "test",
                                 "8", "不透水面", "0", "0", "20", "0", "test"]},
        vector="REGION", field=NA("no field parameter"), raster="LANDCOVER",
        grid_raster=None, missing_class=("LANDCOVER", "landcover_code77", "77"),
        junk_table={"param": "CARBON_TABLE", "column": "c_soil"}),
}

#: the "class value missing" variants: special name → (kind, base layer, field, value)
SPECIAL = {
    "landcover_code77": ("raster", "landcover", None, 77),
    "water_lv_level7": ("raster", "water_lv", None, 7),
    "sens_level9": ("raster", "sens", None, 9),
    "rivers_target_viii": ("vector", "rivers", "target", "VIII"),
    "riparian_level8": ("vector", "riparian", "level", 8),
    "sources_reservoir": ("vector", "sources", "type", "水库"),
    "catchments_wc4": ("vector", "catchments", "wc", 4),
    "occurrences_cites": ("vector", "occurrences", "prot", "CITES I"),
    "sections_class_vii": ("vector", "sections", "class", "VII"),
    "protected_zoo": ("vector", "protected", "role", "zoo"),
    "zones_subtype_ii9": ("vector", "zones", "subtype", "II-9"),
    "named_type_vii": ("vector", "named", "zone_type", "VII"),
    "noise_golf": ("vector", "noise", "role", "golf_course"),
}

# -- running ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fx(tmp_path_factory):
    return Fixtures(tmp_path_factory.mktemp("badinput_data"))


class Runner:
    """Resolves symbolic parameters, runs an algorithm into a fresh output folder."""

    def __init__(self, fx, run_alg, root):
        self.fx, self.run_alg, self.root = fx, run_alg, str(root)
        self.chain = {}
        self.n = 0

    def resolve(self, value, variant=None, target=None):
        """``variant`` applies to the symbolic value(s) named ``target`` (a layer name)."""
        if isinstance(value, list):
            return [self.resolve(v, variant, target) for v in value]
        if isinstance(value, V):
            if value.name in SPECIAL:
                kind, base_, field, val = SPECIAL[value.name]
                return self.fx.vector_with(base_, value.name, field, val)
            return self.fx.vector(value.name, variant if target in (None, value.name) and
                                  variant else "ok")
        if isinstance(value, R):
            if value.name in SPECIAL:
                kind, base_, field, val = SPECIAL[value.name]
                return self.fx.raster_with(base_, value.name, val)
            return self.fx.raster(value.name, variant if target in (None, value.name) and
                                  variant else "ok")
        if isinstance(value, Chain):
            return self.chain_output(value.name)
        return value

    def chain_output(self, name):
        if name not in self.chain:
            d = os.path.join(self.root, "chain")
            os.makedirs(d, exist_ok=True)
            if name == "element_zones":
                p = {k: self.resolve(v) for k, v in ALGS["elementzones"]["params"].items()}
                p["OUTPUT"] = os.path.join(d, "element_zones.gpkg")
                self.chain[name] = self.run_alg("elementzones", p)["OUTPUT"]
            elif name == "units":
                p = {k: self.resolve(v) for k, v in ALGS["controlunits"]["params"].items()}
                p["OUTPUT"] = os.path.join(d, "units.gpkg")
                self.chain[name] = self.run_alg("controlunits", p)["OUTPUT"]
            else:
                raise KeyError(name)
        return self.chain[name]

    def outputs(self, alg_id, folder):
        alg = QgsApplication.processingRegistry().algorithmById("envzoning:" + alg_id)
        out = {}
        for d in alg.destinationParameterDefinitions():
            t = d.type()
            if t == "rasterDestination":
                out[d.name()] = os.path.join(folder, d.name().lower() + ".tif")
            elif t in ("vectorDestination", "sink"):
                out[d.name()] = os.path.join(folder, d.name().lower() + ".gpkg")
            elif t == "fileDestination":
                ext = d.defaultFileExtension() or "txt"
                out[d.name()] = os.path.join(folder, d.name().lower() + "." + ext)
            elif t == "folderDestination":
                out[d.name()] = os.path.join(folder, d.name().lower())
        return out

    def params(self, alg_id, overrides=None, variant=None, target=None):
        spec = ALGS[alg_id]
        p = {k: self.resolve(v, variant, target) for k, v in spec["params"].items()}
        p.update(overrides or {})
        return p

    def folder(self, tag):
        self.n += 1
        f = os.path.join(self.root, "out_%03d_%s" % (self.n, tag))
        os.makedirs(f)
        return f

    def run(self, alg_id, params, tag, feedback=None):
        """(results or exception, output folder, feedback)."""
        folder = self.folder(alg_id + "_" + tag)
        params = dict(params)
        params.update(self.outputs(alg_id, folder))
        fb = feedback or Collect()
        try:
            return self.run_alg(alg_id, params, fb), folder, fb
        except QgsProcessingException as exc:
            return exc, folder, fb


class Collect(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []
        self.infos = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803
        self.warnings.append(text)
        super().reportError(text, fatalError)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)


class CancelAtFirstProgress(Collect):
    """isCanceled() becomes True at the first progress report."""

    def __init__(self):
        super().__init__()
        self.progressChanged.connect(self._cancel)

    def _cancel(self, _value):
        if not self.isCanceled():
            self.cancel()


@pytest.fixture(scope="module")
def runner(fx, run_alg, tmp_path_factory):
    return Runner(fx, run_alg, tmp_path_factory.mktemp("badinput_runs"))


def files_in(folder):
    out = []
    for dirpath, _dirs, files in os.walk(folder):
        out += [os.path.relpath(os.path.join(dirpath, f), folder) for f in files]
    return sorted(out)


def message(exc):
    return str(exc.args[0]) if exc.args else str(exc)


def expect_error(res, folder, *needles, any_of=None):
    assert isinstance(res, QgsProcessingException), "expected an error, the run gave %r" % (res,)
    msg = message(res)
    for n in needles:
        assert n in msg, "%r not in the message: %s" % (n, msg)
    if any_of:
        assert any(n in msg for n in any_of), "none of %r in the message: %s" % (any_of, msg)
    assert files_in(folder) == [], "left behind after the error: %s" % files_in(folder)
    return msg


def expect_ok(res, fb):
    if isinstance(res, Exception):
        pytest.fail("the run failed: %s\nwarnings: %s" % (message(res), fb.warnings))
    return res


# -- output summaries (to compare a case with the baseline) ------------------------------

def summary(results):
    """{output: ('raster', valid cells, cell area) | ('vector', count, area in EPSG:4549)}."""
    out = {}
    for k, v in results.items():
        if not isinstance(v, str) or not os.path.isfile(v.split("|")[0]):
            continue
        path = v.split("|")[0]
        if path.lower().endswith(".tif"):
            ds = gdal.Open(path)
            b = ds.GetRasterBand(1)
            arr = b.ReadAsArray()
            valid = int((~nodata_mask(arr, b.GetNoDataValue())).sum())
            gt = ds.GetGeoTransform()
            out[k] = ("raster", valid, abs(gt[1] * gt[5]))
        elif path.lower().endswith((".gpkg", ".shp")):
            lyr = QgsVectorLayer(v, "o", "ogr")
            if not lyr.isValid():
                continue
            xf = QgsCoordinateTransform(lyr.crs(), QgsCoordinateReferenceSystem("EPSG:4549"),
                                        QgsProject.instance())
            n, area = 0, 0.0
            for f in lyr.getFeatures():
                g = f.geometry()
                if g is not None and not g.isEmpty():
                    g.transform(xf)
                    area += g.area()
                    # a polygon of < 1 m² is a reprojection sliver, not a feature
                    if g.type() == 2 and g.area() < 1.0:
                        continue
                n += 1
            out[k] = ("vector", n, area)
    return out


def nodata_mask(arr, nd):
    if nd is None:
        return np.zeros(arr.shape, bool)
    if isinstance(nd, float) and math.isnan(nd):
        return np.isnan(arr)
    return arr == nd


def read_band(path):
    ds = gdal.Open(path)     # keep the dataset alive while reading its band
    arr = ds.GetRasterBand(1).ReadAsArray()
    ds = None
    return arr


def same_outputs(a, b):
    assert sorted(a) == sorted(b)
    for k, v in a.items():
        if isinstance(v, str) and v.lower().endswith(".tif"):
            x, y = read_band(v), read_band(b[k])
            assert np.array_equal(x, y, equal_nan=x.dtype.kind == "f"), \
                "%s differs from the run without the nodata input" % k
    assert summary(a) == summary(b)


def all_nodata(results, fields=("level", "sens", "imp", "p1", "dominant", "a_class",
                                "importance")):
    """Every raster output nodata everywhere; vector outputs without level values."""
    for k, v in results.items():
        if not isinstance(v, str) or not os.path.isfile(v.split("|")[0]):
            continue
        path = v.split("|")[0]
        if path.lower().endswith(".tif"):
            ds = gdal.Open(path)
            b = ds.GetRasterBand(1)
            arr = b.ReadAsArray()
            assert nodata_mask(arr, b.GetNoDataValue()).all(), "%s: values read from nodata" % k
        elif path.lower().endswith(".gpkg"):
            lyr = QgsVectorLayer(v, "o", "ogr")
            names = [n for n in lyr.fields().names() if n in fields]
            for f in lyr.getFeatures():
                for n in names:
                    val = f[n]
                    assert val is None or (hasattr(val, "isNull") and val.isNull()) or val == 0, \
                        "%s: field %s = %r read from nodata" % (k, n, val)


# -- the cases ----------------------------------------------------------------------------

NUMERIC_HEADERS = ["max", "min", "grade", "level", "importance", "standard", "min_area_km2",
                   "api", "I", "class", "digit", "no", "code"]


def _first_symbol(value, kind):
    if isinstance(value, list):
        value = value[0] if value else None
    return value.name if isinstance(value, kind) else None


def _default_vector_param(spec):
    for k, v in spec["params"].items():
        if k != "REGION" and _first_symbol(v, V):
            return k
    return "REGION"


def _param_def(alg_id, name):
    alg = QgsApplication.processingRegistry().algorithmById("envzoning:" + alg_id)
    return alg.parameterDefinition(name)


def _registered(alg_id):
    alg = QgsApplication.processingRegistry().algorithmById("envzoning:" + alg_id)
    if alg is None:
        pytest.fail("envzoning:%s is in the case table but not registered (load error?)"
                    % alg_id)
    return alg


def vector_target(spec, kind):
    """(param, layer name) a vector case goes into."""
    param = spec.get("vector", None)
    if isinstance(param, NA):
        pytest.skip(param.reason)
    param = param or _default_vector_param(spec)
    name = _first_symbol(spec["params"][param], V)
    if name is None:
        pytest.skip("%s is not a plain layer here" % param)
    if kind == "bowtie":
        from badinput_fixtures import VECTORS
        if VECTORS[name][0] != "Polygon":
            polys = [(k, _first_symbol(v, V)) for k, v in spec["params"].items()
                     if _first_symbol(v, V) and VECTORS[_first_symbol(v, V)][0] == "Polygon"]
            if not polys:
                pytest.skip("no polygon input")
            param, name = polys[0]
    return param, name


def compare_with_baseline(base, got, what):
    assert set(got) == set(base), "%s: outputs %s, baseline %s" % (what, sorted(got),
                                                                     sorted(base))
    for k, b in base.items():
        g = got[k]
        if b[0] == "raster":
            assert g[1] == pytest.approx(b[1], rel=0.05, abs=3), "%s %s: valid cells" % (what, k)
        else:
            assert g[1] == b[1], "%s %s: feature count %d, baseline %d" % (what, k, g[1], b[1])
            assert g[2] == pytest.approx(b[2], rel=0.01, abs=1.0), "%s %s: area" % (what, k)


BASELINES = {}


def baseline(runner, alg_id):
    if alg_id not in BASELINES:
        res, folder, fb = runner.run(alg_id, runner.params(alg_id), "baseline")
        BASELINES[alg_id] = (expect_ok(res, fb), folder, fb)
    return BASELINES[alg_id]


def junk_matrix(alg_id, param, column=None, flat=None):
    """The table of ``param`` (its default unless ``flat``) with '12x' in every row of
    ``column`` (default: the first numeric column of NUMERIC_HEADERS)."""
    d = _param_def(alg_id, param)
    headers = list(d.headers())
    flat = list(flat if flat is not None else d.defaultValue())
    n = len(headers)
    rows = [flat[i:i + n] for i in range(0, len(flat), n)]
    col = headers.index(column) if column else None
    for h in NUMERIC_HEADERS if col is None else ():
        if h in headers:
            j = headers.index(h)
            try:
                float(str(rows[0][j]).replace("inf", "1"))
                col = j
                break
            except ValueError:
                continue
    assert col is not None, "%s: no numeric column among %s" % (param, headers)
    for r in rows:
        r[col] = "12x"
    return [c for r in rows for c in r], headers[col]


def run_case(runner, alg_id, kind):
    spec = ALGS[alg_id]
    _registered(alg_id)
    if spec.get("slow") and kind not in ("baseline", "crs_none", "empty_layer", "bad_field",
                                         "missing_class", "cancel"):
        pytest.skip("slow map export: only the error cases")
    if kind == "baseline":
        res, folder, fb = baseline(runner, alg_id)
        assert files_in(folder), "the baseline wrote nothing"
        return

    if kind in ("crs_wgs84", "crs_none", "empty_layer", "bowtie", "empty_geom"):
        param, name = vector_target(spec, kind)
        variant = {"crs_wgs84": "wgs84", "crs_none": "nocrs", "empty_layer": "empty",
                   "bowtie": "bowtie", "empty_geom": "emptygeom"}[kind]
        lname = runner.fx.vector_name(name, variant)
        res, folder, fb = runner.run(alg_id, runner.params(alg_id, variant=variant,
                                                           target=name), kind)
        if kind == "crs_wgs84":
            expect_ok(res, fb)
            compare_with_baseline(summary(baseline(runner, alg_id)[0]), summary(res),
                                  "%s with %s in EPSG:4326" % (alg_id, lname))
        elif kind in ("crs_none", "empty_layer"):
            expect_error(res, folder, lname)
        elif kind == "bowtie":
            expect_ok(res, fb)
            assert any(lname in w and "1 invalid" in w for w in fb.warnings), \
                "no warning naming %s and the count: %s" % (lname, fb.warnings)
        else:
            if isinstance(res, Exception):
                expect_error(res, folder, lname)
            else:
                assert any(lname in w and "1" in w for w in fb.warnings), \
                    "empty geometry dropped silently: %s" % fb.warnings
        return

    if kind == "bad_field":
        param = spec["field"]
        if isinstance(param, NA):
            pytest.skip(param.reason)
        good = spec["params"].get(param)
        if good is None:
            good = _param_def(alg_id, param).defaultValue()
        first = good[0] if isinstance(good, list) else good
        bad = first[::-1] + "_"
        value = [bad] + list(good[1:]) if isinstance(good, list) else bad
        res, folder, fb = runner.run(alg_id, runner.params(alg_id, {param: value}), kind)
        expect_error(res, folder, "'%s'" % bad, first)   # names it and lists the fields
        return

    if kind.startswith("raster_"):
        param = spec.get("raster", NO_RASTER)
        if isinstance(param, NA):
            pytest.skip(param.reason)
        variant = kind[len("raster_"):]
        if variant in ("regrid", "partial", "outside"):
            gparam = spec.get("grid_raster")
            if gparam is None:
                if variant != "regrid":
                    pytest.skip("the raster defines the analysis grid")
                gparam = param
            param = gparam
        name = _first_symbol(spec["params"][param], R)
        rname = runner.fx.raster_name(name, variant)
        nd = spec.get("nodata", {})
        p = runner.params(alg_id, variant=variant, target=name)
        if variant == "nodata":
            for k in nd.get("drop", ()):
                p.pop(k)
        res, folder, fb = runner.run(alg_id, p, kind)
        if variant in ("regrid", "partial"):
            expect_ok(res, fb)
        elif variant in ("outside", "nocrs"):
            expect_error(res, folder, rname)
        else:   # nodata everywhere
            if isinstance(res, Exception):
                expect_error(res, folder, rname)
            elif nd.get("mode") == "omit":
                # other inputs still give values: exactly those of a run without this one
                p = runner.params(alg_id)
                p.pop(param)
                res2, _f2, fb2 = runner.run(alg_id, p, "without_" + param)
                same_outputs(expect_ok(res2, fb2), res)
            else:
                all_nodata(res, **({"fields": nd["fields"]} if "fields" in nd else {}))
        return

    if kind == "missing_class":
        mc = spec["missing_class"]
        if isinstance(mc, NA):
            pytest.skip(mc.reason)
        param, special, value = mc
        good = spec["params"][param]
        if special in SPECIAL:
            base_ = SPECIAL[special][1]
            sym = V(special) if SPECIAL[special][0] == "vector" else R(special)
            if isinstance(good, list):
                new = [sym if _first_symbol(g, (V, R)) == base_ else g for g in good]
            else:
                new = sym
            override = {param: runner.resolve(new)}
        else:
            override = {param: special}
        res, folder, fb = runner.run(alg_id, runner.params(alg_id, override), kind)
        expect_error(res, folder, value)
        return

    if kind == "junk_table":
        jt = spec["junk_table"]
        if isinstance(jt, NA):
            pytest.skip(jt.reason)
        jt = jt if isinstance(jt, dict) else {"param": jt}
        flat, column = junk_matrix(alg_id, jt["param"], jt.get("column"), jt.get("value"))
        over = dict(jt.get("params", {}), **{jt["param"]: flat})
        res, folder, fb = runner.run(alg_id, runner.params(alg_id, over), kind)
        msg = expect_error(res, folder, "12x")
        assert re.search(r"row \d+|第 ?\d+ ?行|rule|规则", msg), "no row named: %s" % msg
        return

    if kind == "cancel":
        fb = CancelAtFirstProgress()
        res, folder, fb = runner.run(alg_id, runner.params(alg_id), kind, feedback=fb)
        if not fb.isCanceled():
            # it never reported progress: cancel before it starts (the Cancel button of
            # the dialog does not wait for a progress report)
            fb = Collect()
            fb.cancel()
            res, folder, fb = runner.run(alg_id, runner.params(alg_id), kind + "_at_start",
                                         feedback=fb)
        assert isinstance(res, QgsProcessingException), \
            "canceled, the run still finished: %r" % (res,)
        assert files_in(folder) == [], "left behind after cancel: %s" % files_in(folder)
        return
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", CASE_KINDS)
@pytest.mark.parametrize("alg_id", sorted(ALGS))
def test_bad_input(runner, alg_id, kind):
    run_case(runner, alg_id, kind)


def test_every_registered_algorithm_has_cases(plugin):
    from qgis.core import QgsProcessingModelAlgorithm

    provider = plugin.provider
    # shipped .model3 workflows are chains of these algorithms: their bad input is theirs
    ids = sorted(a.name() for a in provider.algorithms()
                 if not isinstance(a, QgsProcessingModelAlgorithm))
    missing = [a for a in ids if a not in ALGS]
    assert not missing, "algorithms without bad-input cases: %s" % missing
    for a in ids:
        for key in ("field", "raster", "missing_class", "junk_table"):
            assert key in ALGS[a], "%s: say what '%s' does or why it does not apply" % (a, key)


# -- rule files are data; GBK shapefiles -------------------------------------------------

@pytest.mark.parametrize("condition,needles", [
    ("__import__('os').system('touch /tmp/envzoning_pwned')", ["Rule 9", "row 2"]),
    ("imp >= (4", ["Rule 9", "row 2"]),
    ("open('/etc/passwd').read() == ''", ["Rule 9", "row 2"]),
])
def test_zoning_rules_file_with_junk_names_the_rule(runner, condition, needles):
    _registered("zoning")
    rules = runner.fx.text("rules_junk_%d.csv" % abs(hash(condition)),
                           "rule,condition,zone_type,subtype\n1,imp >= 4,II,II-4\n"
                           "9,\"%s\",II,II-4\n9,true,III,III-1\n" % condition.replace('"', '""'))
    res, folder, fb = runner.run("zoning", runner.params("zoning", {"RULES": rules}), "rules")
    expect_error(res, folder, *needles)
    assert not os.path.exists("/tmp/envzoning_pwned")


GBK_CASES = {
    # algorithm: (parameter taking the GBK towns, output, field holding the names)
    "p2": ("INPUT", "OUTPUT", "name"),
    "namezones": ("PLACES", "OUTPUT", "name"),
    "controlunits": ("TOWNSHIPS", "OUTPUT", "name"),
}


@pytest.mark.parametrize("alg_id", sorted(GBK_CASES))
def test_gbk_shapefile_without_cpg_reads_chinese_right(runner, alg_id):
    """A shapefile whose DBF holds GB18030 names, without .cpg and language-driver id."""
    _registered(alg_id)
    param, output, field = GBK_CASES[alg_id]
    towns = runner.fx.vector("towns", "gbk")
    base_ = towns.split("|")[0][:-4]
    assert not os.path.exists(base_ + ".cpg")
    raw = open(base_ + ".dbf", "rb").read()
    assert "甲镇".encode("gb18030") in raw and "甲镇".encode("utf-8") not in raw
    value = [towns] if isinstance(ALGS[alg_id]["params"][param], list) else towns
    res, folder, fb = runner.run(alg_id, runner.params(alg_id, {param: value}), "gbk")
    expect_ok(res, fb)
    names = [f[field] for f in QgsVectorLayer(res[output], "o", "ogr").getFeatures()]
    text = "".join(str(n) for n in names)
    assert "\ufffd" not in text, names
    assert any(t in text for t in TOWN_NAMES), names
    assert any("GB18030" in m for m in fb.infos), "no message says how it was read"


def test_utf8_shapefile_without_cpg_still_reads_right(runner, tmp_path):
    _registered("p2")
    towns = runner.fx.vector("towns", "nocrs")       # UTF-8, then give it a .prj
    base_ = towns[:-4]
    with open(base_ + ".prj", "w") as fh:
        fh.write(osr_wkt(4549))
    if os.path.exists(base_ + ".cpg"):
        os.remove(base_ + ".cpg")
    res, folder, fb = runner.run("p2", runner.params("p2", {"INPUT": towns}), "utf8")
    expect_ok(res, fb)
    names = [f["name"] for f in QgsVectorLayer(res["OUTPUT"], "o", "ogr").getFeatures()]
    assert sorted(names) == sorted(TOWN_NAMES)


def osr_wkt(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.MorphToESRI()
    return s.ExportToWkt()
