"""The register as a Word document (Z 7.2, annex 5), with python-docx.

Z 7.2: A4, title 宋体 四号 (14 pt) bold, text 宋体 小四 (12 pt), 1.5 line spacing. One table
per zone laid out as annex 5 (编号及名称 | 基本概况 | 主导功能及目标 | 管控措施, the negative list at the
foot of the measures column), plus a full-width row 形状及坐标 (Z 7.2 lists the shape and the
coordinates among the register's contents). **Decision:** the page is A4 landscape, so the
four columns of annex 5 stay readable at 小四.

Importing this module needs python-docx (and lxml, which QGIS ships); the algorithm falls back
to XLSX/CSV only when it is missing.
"""

import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from . import register as REG
from .outputs import clean_text

FONT = "宋体"
TITLE_PT = 14  # 四号
BODY_PT = 12  # 小四
LINE_SPACING = 1.5
HEADERS = ["编号及名称", "基本概况", "主导功能及目标", "管控措施"]
WIDTHS_CM = [3.6, 6.0, 7.6, 8.5]  # 25.7 cm: A4 landscape minus 2 cm margins


def _set_font(run, size_pt, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def _para(container, text, size_pt=BODY_PT, bold=False, align=None, new=True):
    p = container.add_paragraph() if new else container.paragraphs[0]
    fmt = p.paragraph_format
    fmt.line_spacing = LINE_SPACING
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if text:
        _set_font(p.add_run(clean_text(text)), size_pt, bold)
    return p


def _cell_lines(cell, blocks):
    """Fill a cell with paragraphs: blocks = [(text, bold), ...]; the first reuses the
    cell's empty paragraph."""
    first = True
    for text, bold in blocks:
        _para(cell, text, bold=bold, new=not first)
        first = False
    if first:
        _para(cell, "", new=False)


def _shade(cell, fill="E7E6E6"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _labelled(label, text, empty="（未填写）"):
    items = REG.lines(text)
    return [(label, True)] + [(t, False) for t in (items or [empty])]


def write_docx(path, rows, title="环境功能区划登记表", note=""):
    """Write the register to ``path`` (.docx). Returns the path."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.line_spacing = LINE_SPACING

    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)

    _para(doc, title, TITLE_PT, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    if note:
        _para(doc, note, align=WD_ALIGN_PARAGRAPH.CENTER)

    for row in rows:
        _para(doc, "%d. %s %s" % (row["seq"], row["code"], row["name"]), TITLE_PT, bold=True)
        table = doc.add_table(rows=3, cols=4)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for j, h in enumerate(HEADERS):
            c = table.rows[0].cells[j]
            _para(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, new=False)
            _shade(c)
        _repeat_header(table.rows[0])
        cells = table.rows[1].cells
        _cell_lines(cells[0], [(row["code"], False), (row["name"], False)])
        _cell_lines(cells[1], [(row["overview"], False)])
        _cell_lines(cells[2], _labelled("主导功能与保护目标：", row["main_function"])
                    + _labelled("环境质量目标：", row["env_target"])
                    + _labelled("生态保护目标：", row["eco_target"]))
        _cell_lines(cells[3], [(t, False) for t in (REG.lines(row["measures"]) or ["（未填写）"])]
                    + _labelled("负面清单：", row["negative_list"]))
        merged = table.rows[2].cells[0].merge(table.rows[2].cells[3])
        coord = REG.lines(row["coordinates"])
        _cell_lines(merged, [("形状及坐标：" + coord[0], True)]
                    + [("；".join(coord[1:]), False)])
        for j, col in enumerate(table.columns):
            col.width = Cm(WIDTHS_CM[j])
        for r in table.rows[:2]:
            for j, c in enumerate(r.cells):
                c.width = Cm(WIDTHS_CM[j])
        merged.width = Cm(sum(WIDTHS_CM))
        _para(doc, "")

    tmp = os.path.splitext(path)[0] + "_part_%d.docx" % os.getpid()
    doc.save(tmp)
    os.replace(tmp, path)
    return path
