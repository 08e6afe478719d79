"""Z 7 deliverables: the 区划文本 / 区划说明 drafts (zoningtext) and the register in annex-5 prose —
on hand-made zones over 仙居 (test_outputs_algs.make_zones) with the targets, measures and
negative lists written by zonetargets."""

import os
import shutil
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_outputs_algs import GPKG, make_zones  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.fixture(scope="module")
def targeted(tmp_path_factory, plugin, run_alg):
    d = tmp_path_factory.mktemp("deliv")
    raw = str(d / "zones_raw.gpkg")
    codes = make_zones(raw)
    out = str(d / "zones.gpkg")
    run_alg("zonetargets", {"INPUT": raw, "ADMIN_CODE": "331024", "OUTPUT": out})
    return out, codes, d


@pytest.fixture(scope="module")
def texts(targeted, run_alg):
    zones, codes, d = targeted
    maps = d / "maps"
    (maps / "townships").mkdir(parents=True)
    from qgis.PyQt.QtGui import QColor, QImage
    img = QImage(200, 140, QImage.Format_RGB32)
    img.fill(QColor(240, 60, 0))
    img.save(str(maps / "zoning_map_a3.png"))
    img.save(str(maps / "townships" / "township_01_安洲街道.png"))
    checks = d / "checks.csv"
    checks.write_text("check,name,clause,figure,threshold,unit,result,detail\n"
                      "vi_le_v,VI ≤ V,Z 4.6.2,0.96,6.99,km²,pass,VI = 0.960 km²\n"
                      "gaps,缝隙 gaps,Z 4.5,0,0.2,km²,flag,核查缝隙\n", encoding="utf-8")
    res = run_alg("zoningtext", {
        "INPUT": zones, "REGION": GPKG + "|layername=region", "REGION_NAME": "仙居县",
        "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "name",
        "RIVERS": GPKG + "|layername=rivers", "RIVER_NAME_FIELD": "name",
        "CHECKS": str(checks), "MAPS_FOLDER": str(maps), "DATE": "2026年12月",
        "OUTPUT_TEXT": str(d / "text.docx"), "OUTPUT_EXPLANATION": str(d / "expl.docx")})
    return res, codes, zones


def _headings(doc, max_level=4):
    out = []
    for p in doc.paragraphs:
        name = p.style.name
        if name.startswith("Heading "):
            lv = int(name.split()[1])
            if lv <= max_level:
                out.append((lv, p.text))
    return out


def _east_asia(run):
    from docx.oxml.ns import qn
    rf = run._element.rPr.find(qn("w:rFonts"))
    return rf.get(qn("w:eastAsia")) if rf is not None else None


def test_text_outline_is_annex3(texts):
    import docx
    from envzoning.core import zoningtext as ZT
    res, codes, _ = texts
    doc = docx.Document(res["OUTPUT_TEXT"])
    assert _headings(doc, 2) == ZT.TEXT_OUTLINE
    assert [t for lv, t in ZT.TEXT_OUTLINE if lv == 1] == [
        "前言", "第一章 总则", "第二章 环境功能区划方案", "第三章 分区环境目标和管控措施", "附件"]
    assert [t for _, t in ZT.TEXT_OUTLINE][14:20] == [
        "第11节 自然生态红线区", "第12节 生态功能保障区", "第13节 农产品环境保障区",
        "第14节 人居环境保障区", "第15节 环境优化准入区", "第16节 环境重点准入区"]
    doc2 = docx.Document(res["OUTPUT_EXPLANATION"])
    assert _headings(doc2, 3) == ZT.EXPLANATION_OUTLINE
    assert [t for lv, t in ZT.EXPLANATION_OUTLINE if lv == 1] == [
        "1 概述", "2 基本概况", "3 环境状况综合评价", "4 环境功能区识别与划分条件",
        "5 与其他规划（区划）的衔接", "6 各功能小区概况", "7 保障措施", "附件"]


def test_text_formats_z71(texts):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    res, _, _ = texts
    for path in (res["OUTPUT_TEXT"], res["OUTPUT_EXPLANATION"]):
        doc = docx.Document(path)
        paras = [p for p in doc.paragraphs if p.text.strip()]
        title = paras[0]
        assert title.text == "仙居县环境功能区划"
        assert all(r.font.size.pt == 28 and r.font.bold and _east_asia(r) == "宋体"
                   for r in title.runs)
        date = next(p for p in paras if p.text == "2026年12月")
        assert all(r.font.size.pt == 18 and r.font.bold and _east_asia(r) == "楷体"
                   for r in date.runs)
        toc = next(p for p in paras if p.text == "目录")
        assert toc.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert all(r.font.size.pt == 16 and _east_asia(r) == "黑体" for r in toc.runs)
        body_xml = doc.element.body.xml
        assert 'TOC \\o "1-' in body_xml and 'w:fldCharType="begin"' in body_xml
        want = {1: ("黑体", 16, False), 2: ("宋体", 15, True), 3: ("宋体", 14, True)}
        seen = set()
        for p in doc.paragraphs:
            if p.style.name.startswith("Heading "):
                lv = int(p.style.name.split()[1])
                font, size, bold = want[lv]
                for r in p.runs:
                    assert (_east_asia(r), r.font.size.pt, bool(r.font.bold)) == (font, size, bold), p.text
                assert p.style.paragraph_format.space_before.pt == 3
                assert p.style.paragraph_format.space_after.pt == 3
                seen.add(lv)
            elif p.text and p.style.name == "Normal" and p._p not in (title._p, date._p, toc._p):
                for r in p.runs:
                    if r.font.size.pt != 18:  # cover lines
                        assert r.font.size.pt == 14 and _east_asia(r) == "宋体", p.text
        assert {1, 2} <= seen
        assert doc.styles["Normal"].paragraph_format.line_spacing == 1.5
        rpr = doc.styles["Normal"].element.rPr
        assert rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
        for t in doc.tables:
            assert t.alignment == 1  # centred


def test_text_figures_from_the_run(texts):
    import docx
    from envzoning.core import register as REG
    res, codes, zones = texts
    from osgeo import ogr
    ds = ogr.Open(zones)
    areas = {}
    for f in ds.GetLayer(0):
        areas[f.GetField("zone_type")] = areas.get(f.GetField("zone_type"), 0) + f.GetField("area_km2")
    total = sum(areas.values())
    doc = docx.Document(res["OUTPUT_TEXT"])
    by_type = next(t for t in doc.tables if t.rows[0].cells[0].text == "类型"
                   and t.rows[0].cells[1].text == "名称")
    got = {r.cells[0].text: (int(r.cells[2].text), float(r.cells[3].text), float(r.cells[4].text))
           for r in by_type.rows[1:] if r.cells[0].text}
    for t, zh, _ in REG.ZONE_TYPES:
        assert got[t][1] == pytest.approx(areas.get(t, 0), abs=0.006)
        assert got[t][2] == pytest.approx(100 * areas.get(t, 0) / total, abs=0.006)
    assert sum(v[0] for v in got.values()) == len(codes)
    town = next(t for t in doc.tables if t.rows[0].cells[0].text == "乡镇（街道）")
    last = town.rows[-1].cells
    assert last[0].text == "合计"
    assert float(last[-1].text) == pytest.approx(total, rel=0.01)  # townships tile the county
    text = "\n".join(p.text for p in doc.paragraphs)
    text += "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    for code in codes:
        assert code in text
    assert "【待编写：" in text
    assert "禁止发展的产业包括所有" in text
    assert "表5" not in text.split("第三章 分区环境目标和管控措施")[-1]  # no table citations
    assert len(doc.inline_shapes) == 2  # zoning map + one township map
    expl = docx.Document(res["OUTPUT_EXPLANATION"])
    etext = "\n".join(p.text for p in expl.paragraphs)
    etext += "\n".join(c.text for t in expl.tables for r in t.rows for c in r.cells)
    assert "仙居县" in etext and "平方公里" in etext and "核查缝隙" in etext  # checks
    for code in codes:
        assert code in etext  # each zone's overview


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftotext") is None,
                    reason="libreoffice / pdftotext not installed")
def test_text_pdf_is_searchable(texts, tmp_path):
    res, codes, _ = texts
    subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://%s" % (tmp_path / "lo"),
                    "--convert-to", "pdf", "--outdir", str(tmp_path), res["OUTPUT_TEXT"]],
                   check=True, capture_output=True, timeout=300)
    pdf = tmp_path / (os.path.splitext(os.path.basename(res["OUTPUT_TEXT"]))[0] + ".pdf")
    txt = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")
    assert "仙居县环境功能区划" in txt
    assert "生态功能保障区" in txt and codes[1] in txt.replace("\n", "")


@pytest.fixture(scope="module")
def prose_register(targeted, run_alg):
    zones, codes, d = targeted
    res = run_alg("registrationtable", {
        "INPUT": zones, "REGION": GPKG + "|layername=region",
        "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "name",
        "RIVERS": GPKG + "|layername=rivers", "RIVER_NAME_FIELD": "name",
        "TITLE": "仙居县环境功能区划登记表", "OUTPUT_DOCX": str(d / "register.docx")})
    return res, codes


def test_register_reads_as_annex5_prose(prose_register):
    import docx
    res, codes = prose_register
    doc = docx.Document(res["OUTPUT_DOCX"])
    main = doc.tables[0]
    zone_rows = [main.rows[1 + 2 * k] for k in range(len(codes))]
    for row in zone_rows:
        cells = [c.text for c in row.cells]
        body = "\n".join(cells[1:])
        # sentences, no clause citations in the zone text
        for cite in ("表5", "表6", "Z 4", "Z 5"):
            assert cite not in body, (cite, body)
        assert cells[1].startswith("位于仙居县") and "部" in cells[1].split("，")[0]
        assert "总面积" in cells[1] and cells[1].endswith("平方公里。")
        assert "主导功能与保护目标：" in cells[2] and "环境质量目标：" in cells[2]
        assert "（1）" in cells[3] and "负面清单：" in cells[3]
        neg = cells[3].split("负面清单：", 1)[1]
        assert "禁止发展的产业包括所有" in neg and "工业项目" in neg
        assert not any(ch.isdigit() for ch in neg)  # item numbers only in the appendix
    # the zone in the north-west third of the county says so
    text = "\n".join(r.cells[1].text for r in zone_rows)
    assert "仙居县西北部" in text and "仙居县东南部" in text
    # appendix 1: each industry class's item numbers once; appendix 2: the clauses
    assert len(doc.tables) == 3
    items = doc.tables[1]
    classes = [r.cells[0].text for r in items.rows[1:]]
    assert len(classes) == len(set(classes)) and set(classes) <= {"一类", "二类", "三类"}
    assert all(any(ch.isdigit() for ch in r.cells[1].text) for r in items.rows[1:])
    clauses = [tuple(c.text for c in r.cells) for r in doc.tables[2].rows[1:]]
    assert len(clauses) == len(set(clauses))
    assert any(c[2].startswith("表5") for c in clauses) and any(c[2].startswith("Z 4") for c in clauses)


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdfinfo") is None,
                    reason="libreoffice / pdfinfo not installed")
def test_register_at_most_two_pages_a_zone(prose_register, tmp_path):
    res, codes = prose_register
    subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://%s" % (tmp_path / "lo"),
                    "--convert-to", "pdf", "--outdir", str(tmp_path), res["OUTPUT_DOCX"]],
                   check=True, capture_output=True, timeout=300)
    info = subprocess.run(["pdfinfo", str(tmp_path / "register.pdf")], check=True,
                          capture_output=True, timeout=60).stdout.decode()
    pages = int(next(ln.split()[1] for ln in info.splitlines() if ln.startswith("Pages:")))
    assert pages <= 2 * len(codes)
    txt = subprocess.run(["pdftotext", str(tmp_path / "register.pdf"), "-"], check=True,
                         capture_output=True, timeout=60).stdout.decode("utf-8")
    assert "仙居县环境功能区划登记表" in txt


def test_negative_list_sentence_core():
    from envzoning.core import register as REG
    text = ("表6 二类（D、E、31）禁止：禁止新建二类工业项目\n表6 三类（22、32）禁止：禁止三类\n"
            "表5 生态功能保障区 管控措施4 毁林、开荒 禁止：禁止任何形式的毁林\n"
            "表5 生态功能保障区 管控措施2 规模化畜禽养殖 限制：控制规模")
    assert REG.negative_sentences(text) == [
        "禁止发展的产业包括所有二类工业项目和三类工业项目。",
        "禁止的其他活动包括毁林、开荒。", "限制的其他活动包括规模化畜禽养殖。"]
    assert REG.split_clause("表5 环境目标1 地表水达到II类") == ("表5 环境目标1", "地表水达到II类")
    assert REG.split_clause("Z 4.2.2(1) 水源涵养区：指源头") == ("Z 4.2.2(1)", "水源涵养区：指源头")
    assert REG.split_clause("地表水不低于Ⅲ类") == ("", "地表水不低于Ⅲ类")
    assert REG.direction_word((1, 9), (0, 0, 10, 10)) == "西北"
    assert REG.direction_word((5, 5), (0, 0, 10, 10)) == "中"
    assert REG.sentence_list(["甲。", "乙"], numbered=True) == ["（1）甲；", "（2）乙。"]


def test_exportdatabase_shapefiles_lose_no_text(targeted, run_alg, tmp_path):
    import docx
    from osgeo import ogr
    zones, codes, _ = targeted
    out = tmp_path / "db"
    res = run_alg("exportdatabase", {
        "ZONES": zones, "TOWNSHIPS": GPKG + "|layername=townships",
        "RASTERS": [os.path.join(os.path.dirname(GPKG), "landcover.tif")],
        "OUTPUT_FOLDER": str(out), "OUTPUT_DESCRIPTION": str(out / "数据说明.docx")})
    for stem in ("zones", "townships"):
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            assert (out / (stem + ext)).is_file(), stem + ext
        assert (out / (stem + ".cpg")).read_text().strip().upper().replace("-", "") == "UTF8"
    assert (out / "landcover.tif").is_file()
    src = ogr.Open(zones)
    orig = {f.GetField("code"): {k: f.GetField(k) for k in
                                 ("name", "main_function", "env_target", "eco_target",
                                  "measures", "negative_list")} for f in src.GetLayer(0)}
    with open(out / "field_mapping.csv", encoding="utf-8-sig") as fh:
        import csv
        mp = {(r["layer"], r["source_field"]): r["shp_field"] for r in csv.DictReader(fh)}
    assert mp[("zones.shp", "negative_list")] == "NEG_LIST"
    assert mp[("zones.shp", "main_function")] == "MAIN_FUNC"
    assert all(len(v) <= 10 for v in mp.values())
    ds = ogr.Open(str(out / "zones.shp"))
    lyr = ds.GetLayer(0)
    assert lyr.GetFeatureCount() == len(codes)
    long_ds = ogr.Open(str(out / "long_texts.dbf"))
    assert long_ds is not None, "the zonetargets texts run over 254 bytes: a linked table is due"
    parts = {}
    for f in long_ds.GetLayer(0):
        parts.setdefault((f.GetField("CODE"), f.GetField("FIELD")), []).append(
            (f.GetField("PART"), f.GetField("TEXT")))
        assert len(f.GetField("TEXT").encode("utf-8")) <= 254
    n_long = 0
    for f in lyr:
        code = f.GetField("CODE")
        for key, text in orig[code].items():
            got = f.GetField(mp[("zones.shp", key)])
            assert len((got or "").encode("utf-8")) <= 254
            if (code, key) in parts:
                n_long += 1
                got = "".join(t for _, t in sorted(parts[(code, key)]))
            assert got == text, (code, key)
    assert n_long > 0
    doc = docx.Document(res["OUTPUT_DESCRIPTION"])
    text = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    text += "\n".join(p.text for p in doc.paragraphs)
    for shp in mp.values():
        assert shp in text
    assert "EPSG:4549" in text and "landcover.tif" in text and "long_texts.csv" in text


def test_utf8_parts_round_trip():
    from envzoning.core import database as DB
    text = "表5 人居环境保障区 管控措施" * 30 + "  \n末尾"
    parts = DB.utf8_parts(text)
    assert "".join(parts) == text
    assert all(len(p.encode("utf-8")) <= 254 for p in parts)
    assert all(not p[-1].isspace() and not q[0].isspace() for p, q in zip(parts, parts[1:]))
    plan = DB.field_plan(["negative_list", "water_nearest_x", "water_nearest_y"], DB.load_mapping())
    assert [p[1] for p in plan] == ["NEG_LIST", "WATER_NEAR", "WATER_NEA1"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_zoningmaps_pdf_text_is_searchable(targeted, run_alg, tmp_path):
    """Standard CJK code points (自 U+81EA, not the Kangxi radical ⾃ U+2F83), labels as text."""
    zones, codes, _ = targeted
    from osgeo import ogr
    ds = ogr.Open(zones)
    names = [f.GetField("name") for f in ds.GetLayer(0)]
    res = run_alg("zoningmaps", {
        "ZONES": zones, "REGION": GPKG + "|layername=region", "LABEL_FIELD": "name",
        "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "name",
        "RIVERS": GPKG + "|layername=rivers", "TITLE": "仙居县环境功能区划图",
        "WATERBODIES": GPKG + "|layername=waterbodies",
        "SETTLEMENTS": GPKG + "|layername=town_seats",
        "SENSITIVITY": os.path.join(os.path.dirname(GPKG), "landcover.tif"),
        "OUTPUT_FOLDER": str(tmp_path / "maps"), "ATLAS_PNG": False})
    ev = tmp_path / "maps" / "evaluation_sensitivity.pdf"
    assert ev.is_file() and (tmp_path / "maps" / "evaluation_sensitivity.png").is_file()
    txt = subprocess.run(["pdftotext", str(ev), "-"], check=True, capture_output=True,
                         timeout=120).stdout.decode("utf-8")
    assert "仙居县生态系统敏感性评价图" in txt
    for word in ("极敏感", "高度敏感", "中度敏感", "轻度敏感", "不敏感"):  # the level legend
        assert word in txt, word
    txt = subprocess.run(["pdftotext", res["OUTPUT_PDF"], "-"], check=True, capture_output=True,
                         timeout=120).stdout.decode("utf-8")
    assert "湖泊水库" in txt and "居民地" in txt  # base-map layers in the legend
    for key in ("OUTPUT_PDF", "OUTPUT_ATLAS_PDF"):
        txt = subprocess.run(["pdftotext", res[key], "-"], check=True, capture_output=True,
                             timeout=120).stdout.decode("utf-8")
        radicals = [c for c in txt if 0x2F00 <= ord(c) <= 0x2FD5 or 0x2E80 <= ord(c) <= 0x2EF3]
        assert not radicals, (key, "".join(sorted(set(radicals))))
        assert "仙居县" in txt and "自然生态红线区" in txt and "人居环境保障区" in txt
        flat = txt.replace("\n", "")
        assert any(n in flat for n in names), key  # a zone label
        assert "安洲街道" in txt  # a township name


def test_fix_radicals_keeps_offsets():
    from envzoning.core import pdftext
    data = (b"1 0 obj\n<< /Length 99 >>\nstream\nbeginbfchar\n<2F83> <2F83>\nendbfchar\n"
            b"beginbfrange\n<0001> <0003> [<2F83> <7136> <2F63>]\n<0010> <0010> <2F54>\n"
            b"<0020> <0022> <2F83>\nendbfrange\nendstream\nxref\n")
    new, n = pdftext.fix_bytes(data)
    assert len(new) == len(data) and n == 4
    assert b"<2F83> <81EA>" in new                    # bfchar: the destination only
    assert b"[<81EA> <7136> <751F>]" in new           # ⾃ → 自, ⽣ → 生
    assert b"<0010> <0010> <6C34>" in new              # ⽔ → 水
    assert b"<0020> <0022> <2F83>" in new              # a real range is left alone


def make_imagery(path):
    """A small generated RGB 'satellite image' over 仙居 (offline stand-in for real imagery)."""
    import numpy as np
    from osgeo import gdal, ogr
    ds = ogr.Open(GPKG)
    lyr = ds.GetLayerByName("region")
    xmin, xmax, ymin, ymax = lyr.GetExtent()
    srs = lyr.GetSpatialRef().ExportToWkt()
    w, h = 120, 90
    out = gdal.GetDriverByName("GTiff").Create(path, w, h, 3, gdal.GDT_Byte)
    out.SetGeoTransform((xmin - 1000, (xmax - xmin + 2000) / w, 0, ymax + 1000, 0,
                         -(ymax - ymin + 2000) / h))
    out.SetProjection(srs)
    yy, xx = np.mgrid[0:h, 0:w]
    for b, arr in enumerate([40 + xx, 90 + (yy % 60), 50 + ((xx + yy) % 40)]):
        out.GetRasterBand(b + 1).WriteArray(arr.astype(np.uint8))
    out = None
    return path


def test_satellite_map_from_imagery(targeted, run_alg, tmp_path):
    zones, _, _ = targeted
    img = make_imagery(str(tmp_path / "imagery.tif"))
    res = run_alg("zoningmaps", {
        "ZONES": zones, "REGION": GPKG + "|layername=region",
        "TOWNSHIPS": GPKG + "|layername=townships", "TOWNSHIP_NAME_FIELD": "name",
        "TITLE": "仙居县环境功能区划图", "IMAGERY": img,
        "OUTPUT_FOLDER": str(tmp_path / "maps"), "ATLAS_PNG": False})
    pdf = os.path.join(res["OUTPUT_FOLDER"], "satellite_a3.pdf")
    png = os.path.join(res["OUTPUT_FOLDER"], "satellite_a3.png")
    assert os.path.isfile(pdf) and os.path.isfile(png)
    from qgis.PyQt.QtGui import QImage
    im = QImage(png)
    assert abs(im.width() / im.height() - 420 / 297) < 0.01
    # the generated imagery's colours are on the map (red channel 40–160, green 90–150)
    hits = 0
    for x in range(0, im.width(), 25):
        for y in range(0, im.height(), 25):
            c = im.pixelColor(x, y)
            hits += 40 <= c.red() <= 160 and 90 <= c.green() <= 150 and c.blue() < 100
    assert hits > 50
    if shutil.which("pdftotext"):
        txt = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                             timeout=120).stdout.decode("utf-8")
        assert "仙居县卫星遥感图" in txt and "安洲街道" in txt
