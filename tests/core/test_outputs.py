"""The file-system part of the one output write path (core/outputs.py, issue 13)."""

import os
import sqlite3
import subprocess
import sys
import zipfile

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from envzoning.core import outputs as O
from envzoning.core import raster as R
from envzoning.core.errors import EnvZoningError


@pytest.mark.parametrize("dest,expected", [
    ("/x/a.gpkg", ("/x/a.gpkg", None)),
    ("/x/a.gpkg|layername=zones", ("/x/a.gpkg", "zones")),
    ("ogr:dbname='/x/a b.gpkg' table=\"zones\" (geom)", ("/x/a b.gpkg", "zones")),
    ("ogr:dbname='/x/a.gpkg' table=\"z\"", ("/x/a.gpkg", "z")),
])
def test_parse_destination(dest, expected):
    assert O.parse_destination(dest) == expected
    assert O.is_file_destination(dest)


@pytest.mark.parametrize("dest", ["TEMPORARY_OUTPUT", "memory:", "", "postgres://x",
                                  "relative.gpkg"])
def test_not_file_destinations(dest):
    assert not O.is_file_destination(dest)


def _gpkg(path, layers):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not os.path.exists(path) \
        else ogr.Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    for name, n in layers.items():
        lyr = ds.CreateLayer(name, srs, ogr.wkbPolygon, ["OVERWRITE=YES"])
        for i in range(n):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,1 0,1 1,0 0))"))
            lyr.CreateFeature(f)
    ds = None


def _layers(path):
    ds = ogr.Open(str(path))
    return {ds.GetLayer(i).GetName(): ds.GetLayer(i).GetFeatureCount()
            for i in range(ds.GetLayerCount())}


def test_stage_commit_replaces_and_abort_keeps_previous(tmp_path):
    final = tmp_path / "out.csv"
    final.write_text("old\n", encoding="utf-8")
    st = O.Stage(str(tmp_path))
    st.begin()
    staged = st.add(str(final))
    assert os.path.dirname(staged) != str(tmp_path) and not os.path.exists(staged)
    with open(staged, "w", encoding="utf-8") as fh:
        fh.write("new\n")
    st.abort()
    st.release()
    assert final.read_text(encoding="utf-8") == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["out.csv"]
    st = O.Stage(str(tmp_path))
    st.begin()
    staged = st.add(str(final))
    with open(staged, "w", encoding="utf-8") as fh:
        fh.write("new\n")
    st.commit()
    st.release()
    assert final.read_text(encoding="utf-8") == "new\n"
    assert sorted(os.listdir(tmp_path)) == ["out.csv"]


def test_layer_into_existing_geopackage_keeps_other_layers(tmp_path):
    gpkg = tmp_path / "project.gpkg"
    _gpkg(gpkg, {"roads": 3, "zones": 1})
    st = O.Stage(str(tmp_path))
    st.begin()
    staged = st.add(str(gpkg), "zones")
    assert _layers(staged) == {"roads": 3, "zones": 1}   # a copy of the user's file
    _gpkg(staged, {"zones": 5})
    st.commit()
    st.release()
    assert _layers(gpkg) == {"roads": 3, "zones": 5}
    assert sorted(os.listdir(tmp_path)) == ["project.gpkg"]


def test_broken_outputs_are_refused_and_previous_kept(tmp_path):
    for name, content in (("r.docx", b"PK\x03\x04truncated"), ("t.tif", b"II*\x00junk"),
                          ("z.gpkg", b"SQLite format 3\x00" + b"\x00" * 50)):
        final = tmp_path / name
        final.write_bytes(b"previous")
        st = O.Stage(str(tmp_path))
        st.begin()
        staged = st.add(str(final))
        with open(staged, "wb") as fh:
            fh.write(content)
        with pytest.raises(O.OutputError, match=name):
            st.commit()
        st.release()
        assert final.read_bytes() == b"previous"
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]


def test_geopackage_with_only_provenance_is_refused(tmp_path):
    st = O.Stage(str(tmp_path))
    st.begin()
    staged = st.add(str(tmp_path / "zones.gpkg"))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(staged)
    ds.CreateLayer("provenance", None, ogr.wkbNone)
    ds = None
    with pytest.raises(O.OutputError, match="zones.gpkg"):
        st.commit()
    st.release()
    assert os.listdir(tmp_path) == []


def test_second_writer_of_the_same_output_is_refused(tmp_path):
    final = str(tmp_path / "a.tif")
    st = O.Stage(str(tmp_path))
    st.begin()
    st.add(final)
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from envzoning.core import outputs as O\n"
            "st = O.Stage(%r); st.begin()\n"
            "try:\n    st.add(%r)\nexcept O.OutputError as e:\n    print('REFUSED', e)\n"
            "st.release()\n" % (os.path.dirname(_plugin_root()), str(tmp_path), final))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "REFUSED" in out.stdout and "another run" in out.stdout, out.stderr
    assert os.path.isdir(st.dir)  # the other run did not remove the live staging folder
    st.release()
    # once released, the next run may write it
    st2 = O.Stage(str(tmp_path))
    st2.begin()
    st2.add(final)
    st2.release()
    assert os.listdir(tmp_path) == []


def _plugin_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(O.__file__)))) \
        + os.sep + "envzoning"


def test_stale_staging_of_a_killed_run_is_removed(tmp_path):
    code = ("import os, sys; sys.path.insert(0, %r)\n"
            "from envzoning.core import outputs as O\n"
            "st = O.Stage(%r); st.begin(); p = st.add(%r)\n"
            "open(p, 'w').write('half'); os._exit(9)\n"
            % (os.path.dirname(_plugin_root()), str(tmp_path), str(tmp_path / "x.csv")))
    subprocess.run([sys.executable, "-c", code])
    (tmp_path / ".envzoning-partial-notmine").mkdir()   # not ours: a dir without our lock?
    left = [n for n in os.listdir(tmp_path) if n.startswith(O.PARTIAL_PREFIX)]
    assert len(left) == 2
    st = O.Stage(str(tmp_path))
    st.begin()
    st.release()
    assert not [n for n in os.listdir(tmp_path) if n.startswith(O.PARTIAL_PREFIX)]
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_created(tmp_path):
    folder = tmp_path / "a" / "b"
    st = O.Stage(str(folder))
    st.begin()
    st.release()
    assert folder.is_dir() and os.listdir(folder) == []


def test_unwritable_folder_names_it(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; tests/qgis/test_output_writer.py "
                    "checks a read-only mount")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(O.OutputError, match="ro"):
            O.Stage(str(folder)).begin()
    finally:
        folder.chmod(0o755)


def test_block_map_removes_stale_partials_of_a_dead_run(tmp_path):
    grid = R.Grid(_wkt(), (0, 10, 0, 100, 0, -10), 4, 3)
    out = tmp_path / "o.tif"
    stale = tmp_path / (".o.tif.%d-deadbeef.partial.tif" % 999999999)
    old = tmp_path / ".o.tif.cafebabe.partial.tif"   # the earlier naming
    live = tmp_path / (".o.tif.%d-00000000.partial.tif" % os.getppid())
    for p in (stale, old, live):
        p.write_bytes(b"x")
    R.write_array(str(tmp_path / "in.tif"), np.ones((3, 4), "uint8"), grid, nodata=0)
    R.block_map(lambda b: {"o": b.data["a"]}, grid, {"a": {"path": str(tmp_path / "in.tif")}},
                {"o": {"path": str(out), "dtype": "uint8", "nodata": 0}})
    assert not stale.exists() and not old.exists() and live.exists()
    assert R.read_array(str(out))[0].sum() == 12


def _wkt():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4549)
    return srs.ExportToWkt()


def test_validate_accepts_whole_files(tmp_path):
    p = tmp_path / "a.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("word/document.xml", "<x/>")
    O.validate(str(p))
    g = tmp_path / "g.gpkg"
    _gpkg(g, {"zones": 2})
    O.validate(str(g), ["zones"])
    with pytest.raises(O.OutputError, match="lacks the layer"):
        O.validate(str(g), ["other"])
    con = sqlite3.connect(str(g))
    con.close()
    grid = R.Grid(_wkt(), (0, 10, 0, 100, 0, -10), 4, 3)
    R.write_array(str(tmp_path / "r.tif"), np.ones((3, 4), "uint8"), grid)
    O.validate(str(tmp_path / "r.tif"))


def test_errors_are_envzoning_errors():
    assert issubclass(O.OutputError, EnvZoningError)
    msg = str(O.io_error("/x/y.gpkg", OSError(28, "No space left on device")))
    assert "/x/y.gpkg" in msg and "No space" in msg and "磁盘空间不足" in msg
    assert gdal.UseExceptions is not None


@pytest.mark.parametrize("raw,expected", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
    ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("\u22121+1", "'\u22121+1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\uff1d1+1", "'\uff1d1+1"), ("-1.5", "-1.5"), ("+3", "+3"), ("1024-Ⅱ-1-5", "1024-Ⅱ-1-5"),
    ("a\x00b\x07c\x1bd", "abcd"), ("line1\nline2\ttab", "line1\nline2\ttab"), (3.5, 3.5),
])
def test_cell_text_neutralises_formulas_and_control_characters(raw, expected):
    assert O.cell_text(raw) == expected


def test_clean_text_keeps_leading_signs_for_docx():
    assert O.clean_text("=x\x0b") == "=x"
    assert O.clean_rows([{"a": "\x01=1", "b": 2}], formula=True) == [{"a": "'=1", "b": 2}]


def test_register_csv_and_docx_take_hostile_text(tmp_path):
    pytest.importorskip("docx")
    from envzoning.core import register as REG
    from envzoning.core import register_docx as RD

    row = {k: "=HYPERLINK(\"x\")\x07" for k, _ in REG.COLUMNS}
    vals = REG.table_values(row)
    assert all(v == "'=HYPERLINK(\"x\")" for v in vals)
    p = tmp_path / "t.docx"
    doc = RD.Document()
    RD._para(doc, "bad \x0b\x1f text")
    doc.save(str(p))
    O.validate(str(p))
