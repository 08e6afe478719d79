"""controlmaps (三线一单 maps) and the P2/K township evaluation maps of zoningmaps, on hand-made
control units and element zones over the demo county's townships."""

import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest

sys.path.insert(0, os.path.dirname(__file__))
from test_outputs_algs import GPKG, _png_not_blank  # noqa: E402

# control-unit classes by township (the first townships 1, 2, 3, 1, 2, 3 …), ZHGKDYFL names
CLASS_ZH = {1: "优先保护单元", 2: "重点管控单元", 3: "一般管控单元"}
COLOURS = {1: (0x38, 0xa8, 0x00), 2: (0xe6, 0x4b, 0x3c), 3: (0xff, 0xe2, 0x7a)}


def _pdftext(path):
    return subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True,
                          timeout=120).stdout.decode("utf-8")


@pytest.fixture(scope="module")
def control_layers(tmp_path_factory):
    """units.gpkg: one unit per township, class (i % 3) + 1, ZHGKDYFL the class name, code;
    elements.gpkg: element water (class 1 in the first 5 townships, 2 in the next 5, 3
    else) and element air (all class 3)."""
    from osgeo import ogr
    d = tmp_path_factory.mktemp("ctl")
    src = ogr.Open(GPKG)
    towns = src.GetLayerByName("townships")
    srs = towns.GetSpatialRef()
    drv = ogr.GetDriverByName("GPKG")
    units_path, ez_path = str(d / "units.gpkg"), str(d / "elements.gpkg")
    uds = drv.CreateDataSource(units_path)
    ul = uds.CreateLayer("control_units", srs, ogr.wkbMultiPolygon)
    for name, kind in (("code", ogr.OFTString), ("ZHGKDYFL", ogr.OFTString),
                       ("unit_class", ogr.OFTInteger)):
        ul.CreateField(ogr.FieldDefn(name, kind))
    eds = drv.CreateDataSource(ez_path)
    el = eds.CreateLayer("element_zones", srs, ogr.wkbMultiPolygon)
    for name, kind in (("element", ogr.OFTString), ("element_zh", ogr.OFTString),
                       ("class", ogr.OFTInteger)):
        el.CreateField(ogr.FieldDefn(name, kind))
    classes = []
    for i, t in enumerate(towns):
        g = ogr.ForceToMultiPolygon(t.GetGeometryRef().Clone())
        cls = i % 3 + 1
        classes.append(cls)
        f = ogr.Feature(ul.GetLayerDefn())
        f.SetGeometry(g)
        f.SetField("code", "ZH3310241%04d" % (i + 1))
        f.SetField("ZHGKDYFL", CLASS_ZH[cls])
        f.SetField("unit_class", cls)
        ul.CreateFeature(f)
        for elem, zh, c in (("water", "水环境", 1 if i < 5 else 2 if i < 10 else 3),
                            ("air", "大气环境", 3)):
            f = ogr.Feature(el.GetLayerDefn())
            f.SetGeometry(g)
            f.SetField("element", elem)
            f.SetField("element_zh", zh)
            f.SetField("class", c)
            el.CreateFeature(f)
    uds = eds = None
    return units_path, ez_path, classes


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_control_unit_and_element_maps(control_layers, run_alg, tmp_path):
    units, ez, classes = control_layers
    res = run_alg("controlmaps", {
        "CONTROL_UNITS": units, "UNIT_CLASS_FIELD": "ZHGKDYFL", "ELEMENT_ZONES": ez,
        "REGION": GPKG + "|layername=region", "TOWNSHIPS": GPKG + "|layername=townships",
        "RIVERS": GPKG + "|layername=rivers", "REGION_NAME": "仙居县",
        "OUTPUT_FOLDER": str(tmp_path / "maps")})
    folder = res["OUTPUT_FOLDER"]
    assert sorted(os.listdir(folder)) == sorted(
        "%s.%s" % (stem, ext) for stem in ("control_units_a3", "element_water_a4",
                                            "element_air_a4") for ext in ("pdf", "png"))
    txt = _pdftext(res["OUTPUT_PDF"])
    assert "仙居县环境管控单元图" in txt
    for n, word in CLASS_ZH.items():   # the legend, with the number of units of each class
        assert "%s（%d 个）" % (word, classes.count(n)) in txt, word
    assert "安洲街道" in txt               # a township name
    # digits are searchable too (unit codes, CGCS2000, the lon/lat ticks)
    flat = txt.replace(" ", "").replace("\n", "")
    found = set(re.findall(r"ZH3310241\d{4}", flat))
    assert len(found) >= len(classes) // 2, sorted(found)
    assert "CGCS2000" in flat and re.search(r"120°\d+′E", flat)
    radicals = [c for c in txt if 0x2F00 <= ord(c) <= 0x2FD5 or 0x2E80 <= ord(c) <= 0x2EF3]
    assert not radicals
    w, h, frac, rgb = _png_not_blank(res["OUTPUT_PNG"])
    assert abs(w / h - 420 / 297) < 0.01            # A3 landscape
    assert 0.15 < frac < 0.95
    flat = rgb.reshape(-1, 3).astype(int)
    for n, col in COLOURS.items():                   # each class colour is on the map
        assert (np.abs(flat - np.array(col)).sum(axis=1) < 8).mean() > 0.005, n
    # element maps: A4 portrait, their own title and the zone-class legend
    wtxt = _pdftext(os.path.join(folder, "element_water_a4.pdf"))
    assert "仙居县水环境管控分区图" in wtxt
    for word in ("优先保护区", "重点管控区", "一般管控区"):
        assert word in wtxt, word
    atxt = _pdftext(os.path.join(folder, "element_air_a4.pdf"))
    assert "仙居县大气环境管控分区图" in atxt and "一般管控区" in atxt
    assert "优先保护区" not in atxt      # only the classes the element has
    w, h, frac, rgb = _png_not_blank(os.path.join(folder, "element_air_a4.png"))
    assert abs(w / h - 210 / 297) < 0.01 and 0.15 < frac < 0.95
    flat = rgb.reshape(-1, 3).astype(int)
    # the air element is all general control: yellow, no green priority fill
    assert (np.abs(flat - np.array(COLOURS[3])).sum(axis=1) < 8).mean() > 0.1
    assert (np.abs(flat - np.array(COLOURS[1])).sum(axis=1) < 8).mean() < 0.001


def test_control_unit_class_values(plugin):
    from envzoning.algorithms.controlmaps import class_of, element_title
    assert [class_of(v) for v in (1, "2", 3.0, "优先保护单元", "重点管控区", "一般管控")] == \
        [1, 2, 3, 1, 2, 3]
    assert class_of("4") is None and class_of(None) is None and class_of("保护") is None
    assert element_title("仙居县", "水环境") == "仙居县水环境管控分区图"
    assert element_title("", "生态") == "生态环境管控分区图"


def test_control_maps_reject_unknown_class(control_layers, run_alg, tmp_path):
    from qgis.core import QgsProcessingException
    units, _, _ = control_layers
    with pytest.raises(QgsProcessingException) as e:
        run_alg("controlmaps", {
            "CONTROL_UNITS": units, "UNIT_CLASS_FIELD": "code",
            "REGION": GPKG + "|layername=region", "OUTPUT_FOLDER": str(tmp_path / "m")})
    assert "code" in str(e.value) and "单元类别" in str(e.value)
    assert not (tmp_path / "m").exists() or not os.listdir(tmp_path / "m")


def test_control_unit_labels_inside_or_leader(plugin, tmp_path):
    """A label box fits in a large square, not in a thin strip: the strip's label goes
    beside it (leader-line rule)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from envzoning.algorithms.controlmaps import label_fits, unit_labels
    big = QgsGeometry.fromWkt("POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))")
    strip = QgsGeometry.fromWkt("POLYGON((2000 0,2030 0,2030 1000,2000 1000,2000 0))")
    assert label_fits(big, 300, 50) and not label_fits(strip, 300, 50)
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:4549&field=code:string", "u", "memory")
    feats = []
    for g, code in ((big, "ZH33102410001"), (strip, "ZH33102410002")):
        f = QgsFeature(lyr.fields())
        f.setGeometry(g)
        f["code"] = code
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    assert unit_labels(lyr, "code", "Noto Sans CJK SC", 5.5, 20.0) == 1
    fits = {f["code"]: f["_fits"] for f in lyr.getFeatures()}
    assert fits == {"ZH33102410001": 1, "ZH33102410002": 0}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_p2_and_k_township_maps(control_layers, run_alg, tmp_path):
    """TOWNSHIPS_P2K: evaluation_p2 / evaluation_k, one legend class per value with the
    number of townships; the zones input is the control units (any polygons with I…VI
    would do): here a one-zone layer over the county."""
    from osgeo import ogr
    d = str(tmp_path / "p2k.gpkg")
    src = ogr.Open(GPKG)
    towns = src.GetLayerByName("townships")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(d)
    lyr = ds.CreateLayer("townships_p2k", towns.GetSpatialRef(), ogr.wkbMultiPolygon)
    for name, kind in (("name", ogr.OFTString), ("p2", ogr.OFTReal), ("k", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    p2_vals = [81, 25, 9, 1]
    for i, t in enumerate(towns):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(t.GetGeometryRef().Clone())
        f.SetField("name", t.GetField("name"))
        f.SetField("p2", p2_vals[i % 4])
        f.SetField("k", 0.05 * i)            # 20 distinct values: five natural-break classes
        lyr.CreateFeature(f)
    zl = ds.CreateLayer("zones", towns.GetSpatialRef(), ogr.wkbMultiPolygon)
    for name in ("zone_type", "code"):
        zl.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    reg = src.GetLayerByName("region").GetNextFeature()
    f = ogr.Feature(zl.GetLayerDefn())
    f.SetGeometry(reg.GetGeometryRef().Clone())
    f.SetField("zone_type", "III")
    f.SetField("code", "III-1")
    zl.CreateFeature(f)
    ds = None
    n = 20
    res = run_alg("zoningmaps", {
        "ZONES": d + "|layername=zones", "REGION": GPKG + "|layername=region",
        "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "name",
        "TOWNSHIPS_P2K": d + "|layername=townships_p2k", "TITLE": "仙居县环境功能区划图",
        "OUTPUT_FOLDER": str(tmp_path / "maps"), "ATLAS_PNG": False})
    folder = res["OUTPUT_FOLDER"]
    txt = _pdftext(os.path.join(folder, "evaluation_p2.pdf"))
    assert "仙居县维护人居环境健康指数（P2）评价图" in txt
    for v in p2_vals:
        assert "P2 = %d（%d 个乡镇）" % (v, n // 4) in txt, v
    ktxt = _pdftext(os.path.join(folder, "evaluation_k.pdf"))
    assert "仙居县区域环境支撑能力指数（K）评价图" in ktxt and "安洲街道" in ktxt
    assert len(re.findall(r"K [0-9.]+ - [0-9.]+", ktxt)) == 5  # five ranges "K a - b"
    for stem in ("evaluation_p2", "evaluation_k"):
        w, h, frac, _ = _png_not_blank(os.path.join(folder, stem + ".png"))
        assert abs(w / h - 210 / 297) < 0.01 and 0.15 < frac < 0.95
