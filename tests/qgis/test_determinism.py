"""Determinism (issue 8): the same inputs give byte-identical rasters (sha256 of the
GeoTIFFs) and identical vector outputs (feature order, attributes — codes, names — and
geometry WKB) across two runs, into two different folders. Inputs: the tiny county of
``badinput_fixtures``; parameters: the good ones of the bad-input table."""

import hashlib
import os

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingFeedback

from test_bad_input import Runner  # noqa: E402  (tests/qgis on sys.path)
from badinput_fixtures import Fixtures  # noqa: E402

ALG_IDS = ["soilerosionsensitivity", "ecosensitivity", "p1", "zoning", "mergezones",
           "namezones", "controlunits"]


@pytest.fixture(scope="module")
def runner(run_alg, tmp_path_factory):
    fx = Fixtures(tmp_path_factory.mktemp("det_data"))
    return Runner(fx, run_alg, tmp_path_factory.mktemp("det_runs"))


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def vector_rows(path):
    """[(attributes…, geometry WKB)] of every layer but provenance, in file order."""
    ds = ogr.Open(path)
    out = {}
    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayer(i)
        if lyr.GetName() == "provenance":
            continue
        rows = []
        for f in lyr:
            g = f.GetGeometryRef()
            rows.append((f.GetFID(), tuple(f.GetField(k) for k in f.keys()),
                         bytes(g.ExportToWkb()) if g is not None else None))
        out[lyr.GetName()] = rows
    ds = None
    return out


def fingerprint(results):
    out = {}
    for k, v in results.items():
        if not isinstance(v, str) or not os.path.isfile(v.split("|")[0]):
            continue
        path = v.split("|")[0]
        low = path.lower()
        if low.endswith(".tif"):
            out[k] = sha256(path)
        elif low.endswith(".gpkg"):
            out[k] = vector_rows(path)
        elif low.endswith((".csv", ".txt", ".qml")):
            with open(path, encoding="utf-8") as fh:
                out[k] = fh.read()
    return out


@pytest.mark.parametrize("alg_id", ALG_IDS)
def test_two_runs_are_identical(runner, alg_id):
    if QgsApplication.processingRegistry().algorithmById("envzoning:" + alg_id) is None:
        pytest.skip("envzoning:%s is not registered" % alg_id)
    prints = []
    for run in (1, 2):
        res, _folder, fb = runner.run(alg_id, runner.params(alg_id), "run%d" % run,
                                      feedback=QgsProcessingFeedback())
        assert not isinstance(res, Exception), str(res)
        prints.append(fingerprint(res))
    assert prints[0], "no output to compare"
    for k in prints[0]:
        if isinstance(prints[0][k], dict):
            for layer, rows in prints[0][k].items():
                other = prints[1][k][layer]
                assert len(rows) == len(other), (k, layer)
                for a, b in zip(rows, other):
                    assert a == b, "%s %s: feature differs between runs:\n%r\n%r" % (
                        k, layer, a[:2], b[:2])
        else:
            assert prints[0][k] == prints[1][k], "%s differs between runs" % k


# -- across processes: Python's string hashing (set / dict-of-set order) changes with
# PYTHONHASHSEED, which one process cannot vary: two qgis_process runs with two seeds ------

PROCESS_ALGS = ["p1", "zoning", "mergezones", "namezones", "controlunits"]


def qgis_process_args(alg_id, params):
    args = ["run", "envzoning:" + alg_id, "--"]
    for k, v in params.items():
        for item in (v if isinstance(v, list) else [v]):
            if isinstance(item, bool):
                item = "true" if item else "false"
            args.append("%s=%s" % (k, item))
    return args


@pytest.mark.parametrize("alg_id", PROCESS_ALGS)
def test_two_processes_with_other_hash_seeds_are_identical(runner, alg_id, plugin,
                                                           tmp_path_factory):
    import shutil
    import subprocess

    from conftest import qgis_process_env

    if QgsApplication.processingRegistry().algorithmById("envzoning:" + alg_id) is None:
        pytest.skip("envzoning:%s is not registered" % alg_id)
    exe = (shutil.which("qgis_process.bin") or shutil.which("qgis_process")
           or "/usr/bin/qgis_process")
    env = qgis_process_env(str(tmp_path_factory.mktemp("det_profile")))
    prints = []
    for seed in ("1", "2"):
        folder = runner.folder("%s_seed%s" % (alg_id, seed))
        params = runner.params(alg_id)
        outs = runner.outputs(alg_id, folder)
        params.update(outs)
        proc = subprocess.run([exe] + qgis_process_args(alg_id, params),
                              env=dict(env, PYTHONHASHSEED=seed), capture_output=True,
                              text=True, timeout=600)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        prints.append(fingerprint(outs))
    assert prints[0]
    assert prints[0].keys() == prints[1].keys()
    for k in prints[0]:
        assert prints[0][k] == prints[1][k], "%s differs between processes" % k
