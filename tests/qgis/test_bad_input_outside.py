"""A vector layer wholly outside the region (issue 13, SPEC section 7): every algorithm that
takes a REGION refuses each of its vector inputs moved 100 km east — an error naming that
layer, Chinese first, nothing written — while its rasters (raster_partial / raster_outside of
the bad-input suite) keep their own checks on the analysis grid.

The cases come from the bad-input table (tests/qgis/test_bad_input.py ALGS) and the public
contract (tests/qgis/contract.json): one case per algorithm with a REGION parameter and per
vector layer its good parameters give (each layer of a multi-layer input on its own)."""

import json
import os

import pytest
from osgeo import ogr

import test_bad_input as BI  # noqa: E402  (tests/qgis on sys.path)
from test_bad_input import Chain, V, expect_error, expect_ok, files_in

fx = BI.fx          # the bad-input suite's fixtures and runner
runner = BI.runner

ogr.UseExceptions()

SHIFT = 100000.0    # metres east: another county
CONTRACT = json.load(open(os.path.join(os.path.dirname(__file__), "contract.json"),
                          encoding="utf-8"))
VECTOR_TYPES = ("source", "vector", "multilayer", "layer")


def _region_algorithms():
    out = {}
    for alg_id, spec in CONTRACT.items():
        params = {p[0]: p[1] for p in spec["parameters"]}
        if params.get("REGION") == "source":
            out[alg_id] = {n for n, t in params.items() if t in VECTOR_TYPES and n != "REGION"}
    return out


REGION_ALGS = _region_algorithms()
#: algorithms with a REGION whose only vector input here is the region itself
NO_OTHER_VECTOR = {
    "carbonzones": "rasters and the region only",
    "p1": "rasters and the region only",
    "soilerosionsensitivity": "SOIL_VECTOR is optional and the case table gives SOIL as a raster",
}


def _cases():
    cases = []
    for alg_id in sorted(REGION_ALGS):
        params = dict(BI.ALGS[alg_id]["params"])
        for name in sorted(REGION_ALGS[alg_id]):
            value = params.get(name)
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                if isinstance(item, (V, Chain)):
                    cases.append(pytest.param(alg_id, name, i,
                                              id="%s-%s-%s" % (alg_id, name, item.name)))
    return cases


CASES = _cases()


def test_every_region_algorithm_has_a_case():
    covered = {c.values[0] for c in CASES}
    missing = set(REGION_ALGS) - covered - set(NO_OTHER_VECTOR)
    assert not missing, "no outside-the-region case for %s" % sorted(missing)
    assert len(REGION_ALGS) >= 15 and len(CASES) >= 20


def shifted_copy(uri, folder, dx=SHIFT):
    """A copy of the vector ``uri`` (``path`` or ``path|layername=x``) moved ``dx`` east, as
    ``<layer>_far`` in a GeoPackage of its own. Returns (uri, layer name)."""
    path, _, rest = uri.partition("|layername=")
    src = ogr.Open(path)
    lyr = src.GetLayerByName(rest) if rest else src.GetLayer(0)
    name = lyr.GetName() + "_far"
    out = os.path.join(folder, name + ".gpkg")
    if os.path.exists(out):
        return out + "|layername=" + name, name
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
    dst = ds.CreateLayer(name, lyr.GetSpatialRef(), lyr.GetGeomType())
    defn = lyr.GetLayerDefn()
    for i in range(defn.GetFieldCount()):
        dst.CreateField(defn.GetFieldDefn(i))
    for f in lyr:
        g = f.GetGeometryRef()
        if g is not None:
            g = g.Clone()
            for_each_point_shift(g, dx)
        nf = ogr.Feature(dst.GetLayerDefn())
        for i in range(defn.GetFieldCount()):
            nf.SetField(i, f.GetField(i))
        nf.SetGeometry(g)
        dst.CreateFeature(nf)
    ds = None
    src = None
    return out + "|layername=" + name, name


def for_each_point_shift(g, dx):
    if g.GetGeometryCount():
        for k in range(g.GetGeometryCount()):
            for_each_point_shift(g.GetGeometryRef(k), dx)
        return
    for k in range(g.GetPointCount()):
        x, y = g.GetX(k), g.GetY(k)
        g.SetPoint_2D(k, x + dx, y)


@pytest.mark.parametrize("alg_id,param,index", CASES)
def test_vector_input_wholly_outside_the_region_is_refused(runner, tmp_path, alg_id, param,
                                                            index):
    BI._registered(alg_id)
    params = runner.params(alg_id)
    params.setdefault("REGION", runner.resolve(V("region")))   # an optional REGION, given
    value = params[param]
    items = list(value) if isinstance(value, list) else [value]
    far, name = shifted_copy(items[index], str(tmp_path))
    items[index] = far
    params[param] = items if isinstance(value, list) else far
    res, folder, fb = runner.run(alg_id, params, "outside_" + param)
    msg = expect_error(res, folder, name, "区划范围之外", "wholly outside the region")
    assert msg.index("区划范围之外") < msg.index("wholly outside"), "not Chinese first: " + msg
    assert files_in(folder) == []


def test_a_layer_reaching_into_the_region_is_not_refused(runner, tmp_path):
    """Moved 2.5 km east (to x 3 900–4 100), the riparian strip still reaches into the 4 km
    county: ecosensitivity runs (only a layer wholly outside is refused)."""
    params = runner.params("ecosensitivity")
    params["RIPARIAN"], _ = shifted_copy(params["RIPARIAN"], str(tmp_path), dx=2500.0)
    res, folder, fb = runner.run("ecosensitivity", params, "reaching")
    expect_ok(res, fb)
    assert files_in(folder)
