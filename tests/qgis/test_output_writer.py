"""The one output write path through real algorithm runs (issue 13 items 1, 2, 5):
GeoPackages with other layers as output (both URI forms), failures that keep the previous
output, TEMPORARY_OUTPUT through a processing context (one registration per output, every
output loads), kill -9 in the middle of a raster and of a vector write, two concurrent runs,
a nearly full and a read-only file system (a tmpfs in a private mount namespace)."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from test_bad_input import Collect, CancelAtFirstProgress, files_in
import test_bad_input as BI  # noqa: E402

fx = BI.fx          # the bad-input suite's fixtures
runner = BI.runner

HERE = os.path.dirname(os.path.abspath(__file__))
CHILD = os.path.join(HERE, "writer_child.py")
PARTIAL = ".envzoning-partial-"


def layers(path):
    ds = ogr.Open(str(path))
    out = {ds.GetLayer(i).GetName(): ds.GetLayer(i).GetFeatureCount()
           for i in range(ds.GetLayerCount())}
    ds = None
    return out


def digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def user_gpkg(folder, inputs):
    """A user's project.gpkg: a 'roads' layer and the zone input copied into it."""
    path = os.path.join(folder, "project.gpkg")
    src, _, lname = inputs.partition("|layername=")
    gdal.VectorTranslate(path, src, layerName="input_zones", layers=[lname] if lname else None)
    gdal.VectorTranslate(path, src, layerName="roads", accessMode="append",
                         layers=[lname] if lname else None)
    return path


def zoning_outputs(folder, vector):
    return {"OUTPUT": vector, "OUTPUT_RASTER": os.path.join(folder, "zones.tif"),
            "OUTPUT_SUMMARY": os.path.join(folder, "summary.csv")}


@pytest.mark.parametrize("alg_id,form", [
    ("zoning", "pipe"), ("zoning", "ogr"), ("mergezones", "pipe"), ("mergezones", "ogr"),
    ("namezones", "ogr"), ("p2", "pipe"), ("p2", "ogr")])
def test_layer_into_geopackage_with_other_layers(runner, tmp_path, alg_id, form):
    folder = str(tmp_path)
    gpkg = user_gpkg(folder, runner.fx.vector("zones"))
    before = layers(gpkg)
    dest = ("%s|layername=result" % gpkg if form == "pipe"
            else "ogr:dbname='%s' table=\"result\" (geom)" % gpkg)
    params = runner.params(alg_id)
    if alg_id in ("mergezones", "namezones"):
        params["INPUT"] = gpkg + "|layername=input_zones"   # read from the same file
    for d in runner.outputs(alg_id, folder).items():
        params[d[0]] = d[1]
    params["OUTPUT"] = dest
    for _ in range(2):   # the second run replaces the layer
        res = runner.run_alg(alg_id, params, Collect())
        got = layers(gpkg)
        assert {k: got[k] for k in before} == before, "other layers changed: %s" % got
        assert got["result"] > 0
    assert "result" in res["OUTPUT"] and gpkg in res["OUTPUT"] and PARTIAL not in res["OUTPUT"]
    assert not [n for n in os.listdir(folder) if n.startswith(".")], os.listdir(folder)


def test_failed_run_into_a_users_geopackage_keeps_the_file(runner, tmp_path):
    folder = str(tmp_path)
    gpkg = user_gpkg(folder, runner.fx.vector("zones"))
    sha = digest(gpkg)
    params = runner.params("zoning")
    params.update(zoning_outputs(folder, gpkg + "|layername=zones"))
    with pytest.raises(QgsProcessingException):
        runner.run_alg("zoning", params, CancelAtFirstProgress())
    assert digest(gpkg) == sha
    assert files_in(folder) == ["project.gpkg"]
    params["REGION"] = runner.fx.vector("region", "empty")
    with pytest.raises(QgsProcessingException):
        runner.run_alg("zoning", params, Collect())
    assert digest(gpkg) == sha and files_in(folder) == ["project.gpkg"]


def test_failure_keeps_the_previous_outputs(runner, tmp_path):
    folder = str(tmp_path)
    params = runner.params("zoning")
    params.update(zoning_outputs(folder, os.path.join(folder, "zones.gpkg")))
    runner.run_alg("zoning", params, Collect())
    shas = {n: digest(os.path.join(folder, n)) for n in os.listdir(folder)}
    with pytest.raises(QgsProcessingException):
        runner.run_alg("zoning", params, CancelAtFirstProgress())
    assert {n: digest(os.path.join(folder, n)) for n in os.listdir(folder)} == shas


def test_missing_output_folder_is_created(runner, tmp_path):
    folder = os.path.join(str(tmp_path), "new", "deeper")
    params = runner.params("p2")
    params["OUTPUT"] = os.path.join(folder, "p2.gpkg")
    res = runner.run_alg("p2", params, Collect())
    assert res["OUTPUT"].startswith(folder) and layers(os.path.join(folder, "p2.gpkg"))


def test_temporary_outputs_register_once_and_all_load(runner, plugin):
    """What the dialog does: TEMPORARY_OUTPUT definitions bound to the project, then
    processing's own post-processing (the code that reports 'not correctly generated')."""
    import processing
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById("envzoning:zoning")
    params = runner.params("zoning")
    for name in ("OUTPUT", "OUTPUT_RASTER"):
        params[name] = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT",
                                                          QgsProject.instance())
    params["OUTPUT_SUMMARY"] = "TEMPORARY_OUTPUT"
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    fb = Collect()
    res, ok = alg.run(params, ctx, fb)
    assert ok, fb.warnings
    loads = ctx.layersToLoadOnCompletion()
    assert sorted(loads) == sorted([res["OUTPUT"], res["OUTPUT_RASTER"]]), loads
    assert QgsVectorLayer(res["OUTPUT"], "z", "ogr").isValid()
    assert QgsRasterLayer(res["OUTPUT_RASTER"], "r").isValid()
    n = len(QgsProject.instance().mapLayers())
    errors = []

    class FB(Collect):
        def reportError(self, text, fatalError=False):  # noqa: N802, N803
            errors.append(text)

    assert handleAlgorithmResults(alg, ctx, FB(), False, res) is True
    assert not errors, errors
    assert len(QgsProject.instance().mapLayers()) == n + 2
    QgsProject.instance().removeAllMapLayers()
    assert processing  # the plugin's provider is what ran


# -- separate processes: kill -9, concurrency, full and read-only disks -----------------------

def child(job, tmp, env=None, wrap=None):
    path = os.path.join(str(tmp), "job_%d.json" % int(time.time() * 1e6))
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(job, fh, ensure_ascii=False)
    cmd = [sys.executable if not sys.executable.endswith("pytest") else "python3", CHILD, path]
    cmd = ["/usr/bin/python3", CHILD, path]
    if wrap:
        cmd = wrap + [" ".join("'%s'" % c for c in cmd)]
    return cmd


def run_child(job, tmp, wrap=None, timeout=300):
    proc = subprocess.run(child(job, tmp, wrap=wrap), capture_output=True, text=True,
                          timeout=timeout)
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{")]
    return proc, lines


def good_zoning(runner, folder):
    params = runner.params("zoning")
    params.update(zoning_outputs(folder, os.path.join(folder, "zones.gpkg")))
    return params


@pytest.mark.parametrize("mode", ["kill_at_progress", "kill_in_vector"])
def test_kill_9_keeps_the_previous_output_and_the_next_run_cleans_up(runner, tmp_path, mode):
    folder = os.path.join(str(tmp_path), "out")
    os.makedirs(folder)
    params = good_zoning(runner, folder)
    runner.run_alg("zoning", params, Collect())
    shas = {n: digest(os.path.join(folder, n)) for n in os.listdir(folder)}
    proc, _ = run_child({"alg": "zoning", "params": params, "mode": mode, "at": 20}, tmp_path)
    assert proc.returncode == -9, proc.stderr[-2000:]
    left = os.listdir(folder)
    assert [n for n in left if n.startswith(PARTIAL)], "the kill came too late: %s" % left
    # the previous good outputs are untouched and readable
    assert {n: digest(os.path.join(folder, n)) for n in left if not n.startswith(".")} == shas
    assert layers(os.path.join(folder, "zones.gpkg"))["zones"] > 0
    # readable and not blank (a Checksum() >= 0 held for any raster that opens)
    assert gdal.Open(os.path.join(folder, "zones.tif")).ReadAsArray().max() > 0
    # the next run removes what the killed one left and writes the outputs
    runner.run_alg("zoning", params, Collect())
    assert sorted(os.listdir(folder)) == sorted(shas)


def test_second_concurrent_run_refuses_and_the_first_completes(runner, tmp_path):
    folder = os.path.join(str(tmp_path), "out")
    os.makedirs(folder)
    params = good_zoning(runner, folder)
    hold = os.path.join(str(tmp_path), "hold")
    open(hold, "w").close()
    proc = subprocess.Popen(child({"alg": "zoning", "params": params, "mode": "hold", "at": 20,
                                   "hold_file": hold}, tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        t0 = time.time()
        while not os.path.exists(hold + ".reached") and time.time() - t0 < 120:
            assert proc.poll() is None, proc.stderr.read()[-2000:]
            time.sleep(0.1)
        with pytest.raises(QgsProcessingException, match="another run"):
            runner.run_alg("zoning", params, Collect())
        assert not [n for n in os.listdir(folder) if not n.startswith(".")]
    finally:
        os.remove(hold)
        out, err = proc.communicate(timeout=300)
    res = json.loads(out.strip().splitlines()[-1])
    assert res["ok"], res
    assert sorted(os.listdir(folder)) == ["summary.csv", "zones.gpkg", "zones.qml", "zones.tif"] \
        or not [n for n in os.listdir(folder) if n.startswith(".")]
    assert layers(os.path.join(folder, "zones.gpkg"))["zones"] > 0


def _unshare_ok():
    if not shutil.which("unshare"):
        return "no unshare(1)"
    p = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m t /mnt"],
                       capture_output=True, text=True)
    return None if p.returncode == 0 else "unshare -m + mount not allowed: %s" % p.stderr.strip()


def test_nearly_full_disk_errors_naming_the_path_and_keeps_the_previous(runner, tmp_path):
    why = _unshare_ok()
    if why:
        pytest.skip(why)
    mnt = os.path.join(str(tmp_path), "mnt")
    os.makedirs(mnt)
    folder = os.path.join(mnt, "out")
    # inputs live outside the small disk
    params = good_zoning(runner, folder)
    free_levels = [0, 4096, 32768, 131072, 262144, 524288, 1 << 20, 1 << 21]
    runs = [{"params": params}]  # a first good run on the empty disk
    runs += [{"params": params, "fill": os.path.join(mnt, "filler"), "free": f}
             for f in free_levels]
    job = {"alg": "zoning", "runs": runs}
    path = os.path.join(str(tmp_path), "job.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(job, fh, ensure_ascii=False)
    script = ("mount -t tmpfs -o size=24m tmpfs '{mnt}' && mkdir -p '{folder}' && "
              "/usr/bin/python3 '{child}' '{job}'; code=$?; cp -r '{folder}' '{tmp}/copy'; "
              "exit $code").format(mnt=mnt, folder=folder, child=CHILD, job=path,
                                   tmp=str(tmp_path))
    cmd = ["unshare", "-m", "sh", "-c", script]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == len(runs), (proc.stdout[-2000:], proc.stderr[-3000:])
    assert lines[0]["ok"], lines[0]
    failed = 0
    for r in lines[1:]:
        assert "traceback" not in r, r
        if not r["ok"]:
            failed += 1
            assert folder in r["error"] and ("space" in r["error"] or "写出" in r["error"]), r
    assert failed >= 2, lines
    # after every run the folder holds the outputs of the last good run, whole and readable
    copy = os.path.join(str(tmp_path), "copy")
    assert sorted(n for n in os.listdir(copy) if not n.startswith(".")) == \
        ["summary.csv", "zones.gpkg", "zones.qml", "zones.tif"]
    assert layers(os.path.join(copy, "zones.gpkg"))["zones"] > 0
    assert gdal.Open(os.path.join(copy, "zones.tif")).ReadAsArray().max() > 0


def test_read_only_output_folder_is_an_error_naming_it(runner, tmp_path):
    why = _unshare_ok()
    if why:
        pytest.skip(why)
    mnt = os.path.join(str(tmp_path), "ro")
    os.makedirs(mnt)
    folder = os.path.join(mnt, "out")
    params = runner.params("p2")
    params["OUTPUT"] = os.path.join(mnt, "p2.gpkg")
    params2 = dict(params, OUTPUT=os.path.join(folder, "p2.gpkg"))
    path = os.path.join(str(tmp_path), "job.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"alg": "p2", "runs": [{"params": params}, {"params": params2}]}, fh)
    cmd = ["unshare", "-m", "sh", "-c",
           "mount -t tmpfs -o size=4m,ro tmpfs '%s' && /usr/bin/python3 '%s' '%s'"
           % (mnt, CHILD, path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 2, proc.stderr[-3000:]
    assert not lines[0]["ok"] and mnt in lines[0]["error"] and "不可写" in lines[0]["error"]
    assert not lines[1]["ok"] and folder in lines[1]["error"], lines[1]


def test_through_qgis_process_geopackage_layer_and_exit_code(runner, qgis_process, tmp_path):
    """The ogr:dbname form QGIS's "Save to GeoPackage" writes, through qgis_process: the
    user's other layers stay; an output that cannot be written exits non-zero naming it."""
    folder = str(tmp_path)
    gpkg = user_gpkg(folder, runner.fx.vector("zones"))
    before = layers(gpkg)
    params = runner.params("mergezones")
    params.update({k: v for k, v in runner.outputs("mergezones", folder).items() if k != "OUTPUT"})
    args = ["%s=%s" % (k, v) for k, v in params.items() if k != "INPUT"]
    args.append("INPUT=%s|layername=input_zones" % gpkg)
    out = "ogr:dbname='%s' table=\"merged\" (geom)" % gpkg
    qgis_process("run", "envzoning:mergezones", "--", *args, "OUTPUT=" + out)
    got = layers(gpkg)
    assert {k: got[k] for k in before} == before and got["merged"] > 0
    blocker = os.path.join(folder, "file_not_folder")
    open(blocker, "w").close()
    bad = os.path.join(blocker, "zones.gpkg")   # its "folder" is a file
    proc = qgis_process("run", "envzoning:mergezones", "--", *args,
                        "OUTPUT=" + bad, check=False)
    assert proc.returncode != 0
    assert blocker in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
