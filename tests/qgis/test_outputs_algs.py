"""Outputs (SPEC section 5, Z 7): stylezones, zoningmaps, registrationtable — on hand-made
zones over the demo county (a 3 × 3 grid split of 仙居's boundary, all six zone types)."""

import csv
import os
import re
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(ROOT, "sample_data", "xianju.gpkg")
TABLE7 = {"I": (240, 60, 0), "II": (0, 200, 50), "III": (240, 240, 90), "IV": (160, 200, 250),
          "V": (90, 160, 250), "VI": (30, 120, 230)}
TYPE_ZH = {"I": "自然生态红线区", "II": "生态功能保障区", "III": "农产品环境保障区",
           "IV": "人居环境保障区", "V": "环境优化准入区", "VI": "环境重点准入区"}
ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ", "VI": "Ⅵ"}
GRID_TYPES = ["I", "II", "II", "III", "IV", "V", "II", "VI", "III"]  # row-major, north first


def make_zones(path):
    """Hand-made zones: 仙居's boundary cut by a 3 × 3 grid, with every zone field of
    CONTRIBUTING.md (multi-line text with table numbers). Returns the zone codes."""
    from qgis.core import (QgsFeature, QgsField, QgsFields, QgsGeometry, QgsRectangle,
                           QgsVectorFileWriter, QgsVectorLayer, QgsWkbTypes, QgsProject)
    from qgis.PyQt.QtCore import QVariant

    region = QgsVectorLayer(GPKG + "|layername=region", "region", "ogr")
    towns = QgsVectorLayer(GPKG + "|layername=townships", "townships", "ogr")
    rg = next(region.getFeatures()).geometry()
    ext = rg.boundingBox()
    fields = QgsFields()
    for name, t in [("zone_type", QVariant.String), ("subtype", QVariant.String),
                    ("rule", QVariant.Int), ("code", QVariant.String), ("name", QVariant.String),
                    ("area_km2", QVariant.Double), ("main_function", QVariant.String),
                    ("env_target", QVariant.String), ("eco_target", QVariant.String),
                    ("measures", QVariant.String), ("negative_list", QVariant.String)]:
        fields.append(QgsField(name, t))
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = "zones"
    w = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.MultiPolygon, region.crs(),
                                   QgsProject.instance().transformContext(), opts)
    dx, dy = ext.width() / 3, ext.height() / 3
    serial, codes = {}, []
    for k, zt in enumerate(GRID_TYPES):
        r, c = divmod(k, 3)
        cell = QgsGeometry.fromRect(QgsRectangle(ext.xMinimum() + c * dx, ext.yMaximum() - (r + 1) * dy,
                                                 ext.xMinimum() + (c + 1) * dx, ext.yMaximum() - r * dy))
        g = cell.intersection(rg)
        if g.isEmpty():
            continue
        g.convertToMultiType()
        place = max(towns.getFeatures(), key=lambda t: t.geometry().intersection(g).area())["name"]
        sub = "0" if zt in ("IV", "V", "VI") else "1"
        serial[(zt, sub)] = serial.get((zt, sub), 0) + 1
        code = "1024-%s-%s-%d" % (ROMAN[zt], sub, serial[(zt, sub)])
        codes.append(code)
        f = QgsFeature(fields)
        f.setGeometry(g)
        f.setAttributes([zt, "%s-%s" % (zt, sub), k + 1, code, "%s%s" % (place, TYPE_ZH[zt]),
                         g.area() / 1e6, "维护%s主导功能\n提升区域环境质量" % TYPE_ZH[zt],
                         "表5 地表水不低于Ⅲ类\n表5 环境空气二级",
                         "森林覆盖率不降低\n生物多样性不减少",
                         "禁止新建三类工业项目\n严格控制畜禽养殖规模",
                         "表6 三类工业项目（禁止）\n表6 二类工业项目（限制）"])
        w.addFeature(f)
    del w
    return codes


@pytest.fixture(scope="module")
def zones(tmp_path_factory, plugin):
    path = str(tmp_path_factory.mktemp("zones") / "zones.gpkg")
    codes = make_zones(path)
    assert len(codes) == 9
    return path, codes


def _ns_symbol_layers(symbol_el):
    return [lay.get("class") for lay in symbol_el.findall("layer")]


def _opt(layer_el, key):
    for o in layer_el.iter("Option"):
        if o.get("name") == key and o.get("value") is not None:
            return o.get("value")
    p = layer_el.find("prop[@k='%s']" % key)
    return p.get("v") if p is not None else None


# -- stylezones ---------------------------------------------------------------------------

def test_stylezones_writes_table7_colours_and_hatches(zones, run_alg, tmp_path):
    src, _ = zones
    out = str(tmp_path / "styled.gpkg")
    qml = str(tmp_path / "zone_style.qml")
    res = run_alg("stylezones", {"INPUT": src, "OUTPUT": out, "OUTPUT_QML": qml})
    assert res["OUTPUT_QML"] == qml
    side = os.path.splitext(out)[0] + ".qml"
    for path in (qml, side):
        root = ET.parse(path).getroot()
        rend = root.find("renderer-v2")
        assert rend.get("type") == "categorizedSymbol" and rend.get("attr") == "zone_type"
        cats = {c.get("value"): c for c in rend.find("categories")}
        assert set(cats) == set(TABLE7)
        syms = {s.get("name"): s for s in rend.find("symbols").findall("symbol")}
        for zt, rgb in TABLE7.items():
            assert cats[zt].get("label") == TYPE_ZH[zt]
            sym = syms[cats[zt].get("symbol")]
            layers = sym.findall("layer")
            assert layers[0].get("class") == "SimpleFill"
            color = tuple(int(v) for v in _opt(layers[0], "color").split(",")[:3])
            assert color == rgb, zt
            patterns = [lay for lay in layers if lay.get("class") == "LinePatternFill"]
            assert len(patterns) == {"V": 1, "VI": 2}.get(zt, 0), zt
            if zt == "VI":
                a, b = (float(_opt(p, "angle")) for p in patterns)
                assert abs(abs(a - b) - 90.0) < 1e-6
            if zt == "V":
                assert float(_opt(patterns[0], "angle")) % 90 != 0  # diagonal
            # hatches are drawn over the fill
            assert all(layers.index(p) > 0 for p in patterns)
        text = root.find(".//labeling/settings/text-style")
        assert text.get("fieldName") == "code"
        assert "CJK" in text.get("fontFamily") or text.get("fontFamily")
    # the layer written by the algorithm renders with that style when QGIS loads it
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(out, "styled", "ogr")
    assert lyr.isValid() and lyr.featureCount() == 9
    lyr.loadNamedStyle(side)
    assert lyr.renderer().classAttribute() == "zone_type"
    assert lyr.labelsEnabled()


def test_stylezones_custom_fields_and_bad_field(zones, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    src, _ = zones
    out = str(tmp_path / "styled2.gpkg")
    run_alg("stylezones", {"INPUT": src, "TYPE_FIELD": "zone_type", "LABEL_FIELD": "name",
                           "OUTPUT": out})
    root = ET.parse(os.path.splitext(out)[0] + ".qml").getroot()
    assert root.find(".//labeling/settings/text-style").get("fieldName") == "name"
    bad = str(tmp_path / "bad.gpkg")
    with pytest.raises(QgsProcessingException, match="nosuchfield"):
        run_alg("stylezones", {"INPUT": src, "TYPE_FIELD": "nosuchfield", "OUTPUT": bad})
    assert not os.path.exists(bad)


def test_shipped_zone_style_is_table7():
    root = ET.parse(os.path.join(ROOT, "resources", "styles", "zones.qml")).getroot()
    rend = root.find("renderer-v2")
    syms = {s.get("name"): s for s in rend.find("symbols").findall("symbol")}
    for c in rend.find("categories"):
        fill = syms[c.get("symbol")].find("layer")
        assert tuple(int(v) for v in _opt(fill, "color").split(",")[:3]) == TABLE7[c.get("value")]


# -- registrationtable --------------------------------------------------------------------

@pytest.fixture(scope="module")
def register(zones, run_alg, tmp_path_factory):
    src, codes = zones
    d = tmp_path_factory.mktemp("register")
    res = run_alg("registrationtable", {
        "INPUT": src, "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "name",
        "RIVERS": GPKG + "|layername=rivers", "RIVER_NAME_FIELD": "name",
        "TITLE": "仙居县环境功能区划登记表",
        "OUTPUT_DOCX": str(d / "register.docx"), "OUTPUT_XLSX": str(d / "register.xlsx"),
        "OUTPUT_CSV": str(d / "register.csv")})
    return res, codes


def test_register_docx_contents_fonts_and_spacing(register):
    import docx
    from docx.oxml.ns import qn

    res, codes = register
    doc = docx.Document(res["OUTPUT_DOCX"])
    sec = doc.sections[0]
    dims = sorted([round(sec.page_width.cm, 1), round(sec.page_height.cm, 1)])
    assert dims == [21.0, 29.7]  # A4
    title = doc.paragraphs[0]
    assert title.text == "仙居县环境功能区划登记表"
    assert all(r.font.bold and r.font.size.pt == 14 for r in title.runs)
    text = "\n".join(p.text for p in doc.paragraphs)
    cell_paras = [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    text += "\n".join(p.text for p in cell_paras)
    # one annex-5 table: header, then per zone a row in sentences and a coordinates row
    assert len(doc.tables[0].rows) == 1 + 2 * len(codes)
    for code in codes:
        assert code in text
    assert "仙居" not in codes[0] and "生态功能保障区" in text
    # every run: 宋体 (East Asian), 14 pt bold headings or 12 pt body; every paragraph 1.5 lines
    sizes = set()
    for p in list(doc.paragraphs) + cell_paras:
        if p.text:
            assert p.paragraph_format.line_spacing == 1.5, p.text
        for r in p.runs:
            rfonts = r._element.rPr.find(qn("w:rFonts"))
            assert rfonts.get(qn("w:eastAsia")) == "宋体"
            sizes.add(r.font.size.pt)
            if r.font.size.pt == 14:
                assert r.font.bold
    assert sizes == {12.0, 14.0}
    # annex 5 layout: the four headed columns, the shape and coordinates row
    t0 = doc.tables[0]
    assert [c.text for c in t0.rows[0].cells] == ["编号及名称", "基本概况", "主导功能及目标", "管控措施"]
    for k in range(len(codes)):
        assert "形状及坐标" in t0.rows[2 + 2 * k].cells[0].text
        assert "负面清单" in t0.rows[1 + 2 * k].cells[3].text
        assert "平方公里" in t0.rows[1 + 2 * k].cells[1].text


def test_register_xlsx_and_csv(register):
    from osgeo import ogr

    res, codes = register
    ds = ogr.Open(res["OUTPUT_XLSX"])
    lyr = ds.GetLayer(0)
    assert lyr.GetFeatureCount() == len(codes)
    names = [lyr.GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(lyr.GetLayerDefn().GetFieldCount())]
    assert "编号" in names and "形状及坐标" in names and "面积（平方公里）" in names
    got = {f.GetField("编号"): f for f in lyr}
    assert set(got) == set(codes)
    # areas: the zones tile the county (≈2000 km²)
    total = sum(f.GetField("面积（平方公里）") for f in got.values())
    assert 1900 < total < 2100
    with open(res["OUTPUT_CSV"], "rb") as fh:
        assert fh.read(3) == b"\xef\xbb\xbf"  # UTF-8 BOM for Excel
    with open(res["OUTPUT_CSV"], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["编号"] for r in rows] == [r for r in _type_sorted(codes)]
    for r in rows:
        pts = [ln for ln in r["形状及坐标"].split("\n")[1:]]
        assert 3 <= len(pts) <= 8
        for ln in pts:  # CGCS2000 lon/lat with 6 decimals, inside 仙居
            lon, lat = ln.split(". ", 1)[1].replace("°E", "").replace("°N", "").split("，")
            assert 120.0 < float(lon) < 121.0 and 28.4 < float(lat) < 29.0
            assert len(lon.split(".")[1]) == 6
        assert r["位置（所在乡镇）"]
    # the main river 永安溪 crosses the county from west to east: some zone lists it
    assert any("永安溪" in r["流经河流"] for r in rows)


def _type_sorted(codes):
    order = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"]
    return sorted(codes, key=lambda c: (order.index(c.split("-")[1]), int(c.split("-")[3])))


def test_register_missing_code_field_is_an_error_and_writes_nothing(zones, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    src, _ = zones
    csv_path = str(tmp_path / "r.csv")
    with pytest.raises(QgsProcessingException, match="nocode"):
        run_alg("registrationtable", {"INPUT": src, "CODE_FIELD": "nocode",
                                      "OUTPUT_CSV": csv_path})
    assert not os.path.exists(csv_path)


def test_register_without_python_docx_still_writes_tables(zones, run_alg, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingFeedback

    from envzoning.algorithms import registrationtable as RT

    monkeypatch.setattr(RT, "docx_writer", lambda: None)
    msgs = []

    class FB(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):  # noqa: N802
            msgs.append(error)

    src, _ = zones
    res = run_alg("registrationtable", {
        "INPUT": src, "OUTPUT_DOCX": str(tmp_path / "r.docx"),
        "OUTPUT_XLSX": str(tmp_path / "r.xlsx"), "OUTPUT_CSV": str(tmp_path / "r.csv")},
        feedback=FB())
    assert res["OUTPUT_DOCX"] is None and not os.path.exists(str(tmp_path / "r.docx"))
    assert os.path.exists(res["OUTPUT_XLSX"]) and os.path.exists(res["OUTPUT_CSV"])
    assert any("python-docx" in m for m in msgs)


# -- zoningmaps ---------------------------------------------------------------------------

def _png_not_blank(path):
    from qgis.PyQt.QtGui import QImage

    img = QImage(path)
    assert not img.isNull()
    img = img.convertToFormat(QImage.Format_RGB32)
    ptr = img.constBits()
    ptr.setsize(img.height() * img.bytesPerLine())
    arr = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    rgb = arr[:, :img.width(), 2::-1].copy()  # BGRA in memory (little endian) → RGB
    nonwhite = (rgb < 245).any(axis=2)
    return img.width(), img.height(), nonwhite.mean(), rgb


def test_zoningmaps_pdf_and_png(zones, run_alg, tmp_path):
    src, _ = zones
    res = run_alg("zoningmaps", {
        "ZONES": src, "REGION": GPKG + "|layername=region",
        "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "name",
        "RIVERS": GPKG + "|layername=rivers", "TITLE": "仙居县环境功能区划图",
        "OUTPUT_FOLDER": str(tmp_path / "maps"), "ATLAS_PNG": False})
    pdf, png, atlas = res["OUTPUT_PDF"], res["OUTPUT_PNG"], res["OUTPUT_ATLAS_PDF"]
    for p in (pdf, atlas):
        with open(p, "rb") as fh:
            assert fh.read(5) == b"%PDF-"
        assert os.path.getsize(p) > 20000
    with open(atlas, "rb") as fh:
        pages = re.findall(rb"/Type\s*/Page[^s]", fh.read())
    assert len(pages) == 20  # one A4 page per township
    w, h, frac, rgb = _png_not_blank(png)
    assert abs(w / h - 420 / 297) < 0.01 and 2300 < w < 2600  # A3 landscape at ~150 dpi
    assert 0.15 < frac < 0.95
    # the table-7 colours of the zones are on the map
    flat = rgb.reshape(-1, 3)
    for zt in ("I", "II", "III"):
        hit = (np.abs(flat.astype(int) - np.array(TABLE7[zt])).sum(axis=1) < 6).mean()
        assert hit > 0.002, zt


def test_zoningmaps_missing_township_field(zones, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    src, _ = zones
    with pytest.raises(QgsProcessingException, match="nofield"):
        run_alg("zoningmaps", {
            "ZONES": src, "REGION": GPKG + "|layername=region",
            "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "nofield",
            "OUTPUT_FOLDER": str(tmp_path / "maps")})
    assert not os.path.exists(str(tmp_path / "maps" / "zoning_map_a3.pdf"))


# -- headless, end to end ------------------------------------------------------------------

def test_stylezones_and_register_through_qgis_process(zones, qgis_process, tmp_path):
    src, codes = zones
    qml = str(tmp_path / "z.qml")
    qgis_process("run", "envzoning:stylezones", "--", "INPUT=" + src,
                 "OUTPUT=" + str(tmp_path / "z.gpkg"), "OUTPUT_QML=" + qml)
    root = ET.parse(qml).getroot()
    assert root.find("renderer-v2").get("attr") == "zone_type"
    csv_path = str(tmp_path / "r.csv")
    qgis_process("run", "envzoning:registrationtable", "--", "INPUT=" + src,
                 "TOWNSHIPS=" + GPKG + "|layername=townships", "OUTPUT_CSV=" + csv_path,
                 "OUTPUT_XLSX=" + str(tmp_path / "r.xlsx"), "OUTPUT_DOCX=" + str(tmp_path / "r.docx"))
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        assert sorted(r["编号"] for r in csv.DictReader(fh)) == sorted(codes)


if __name__ == "__main__":  # build the hand-made zones for a manual demo run
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print(make_zones(sys.argv[1]))
