"""The register as a Word document (Z 7.2, annex 5), with python-docx.

Z 7.2: A4, title 宋体 四号 (14 pt) bold, text 宋体 小四 (12 pt), 1.5 line spacing. One table
laid out as annex 5 (编号及名称 | 基本概况 | 主导功能及目标 | 管控措施, header repeated on each page),
a row per zone in sentences (targets and numbered measures without clause citations, the
negative list as the sample's sentence "禁止发展的产业包括所有二类工业项目和三类工业项目" at the foot of
the measures), then a full-width row 形状及坐标 (Z 7.2 lists the shape and the coordinates
among the register's contents). Appendix 1 lists the table-6 item numbers once per industry
class; appendix 2 the clause behind each parameter, by zone type. **Decision:** the page is A4 landscape, so the
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
WIDTHS_CM = [3.4, 5.2, 8.0, 9.1]  # 25.7 cm: A4 landscape minus 2 cm margins


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


def _labelled_para(cell, label, sentences, first=False, empty="（未填写）"):
    """'label：sentence sentence…' in one paragraph, the label bold."""
    p = _para(cell, "", new=not first)
    _set_font(p.add_run(label), BODY_PT, True)
    _set_font(p.add_run("".join(sentences or [empty])), BODY_PT, False)


def _row_cells(table, row):
    cells = table.add_row().cells
    _cell_lines(cells[0], [(row["code"], False), (row["name"], False),
                           (row["zone_type"], False)])
    _cell_lines(cells[1], [(row["overview"], False)])
    _labelled_para(cells[2], "主导功能与保护目标：", row.get("main_function_prose"), first=True)
    _labelled_para(cells[2], "环境质量目标：", row.get("env_target_prose"))
    _labelled_para(cells[2], "生态保护目标：", row.get("eco_target_prose"))
    _cell_lines(cells[3], [(t, False) for t in (row.get("measures_prose") or ["（未填写）"])]
)
    _labelled_para(cells[3], "负面清单：", row.get("negative_prose"))
    for j, c in enumerate(cells):
        c.width = Cm(WIDTHS_CM[j])
    coord = REG.lines(row["coordinates"])
    merged = table.add_row().cells
    m = merged[0].merge(merged[3])
    _cell_lines(m, [("形状及坐标：" + (coord[0] if coord else "") + "；".join(coord[1:]), False)])
    m.width = Cm(sum(WIDTHS_CM))


def _simple_table(doc, headers, rows, widths):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, h in enumerate(headers):
        c = t.rows[0].cells[j]
        _para(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, new=False)
        _shade(c)
    _repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            _cell_lines(cells[j], [(str(v), False)])
    for j, col in enumerate(t.columns):
        col.width = Cm(widths[j])
    for r in t.rows:
        for j, c in enumerate(r.cells):
            c.width = Cm(widths[j])
    return t


def write_docx(path, rows, title="环境功能区划登记表", note=""):
    """Write the register to ``path`` (.docx): one table in the annex-5 layout (a row per
    zone in sentences, then its shape and coordinates), then appendix tables of the
    negative lists' table-6 items and of the clause references by parameter."""
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

    table = doc.add_table(rows=1, cols=4)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for j, h in enumerate(HEADERS):
        c = table.rows[0].cells[j]
        _para(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, new=False)
        _shade(c)
        c.width = Cm(WIDTHS_CM[j])
    _repeat_header(table.rows[0])
    for j, col in enumerate(table.columns):
        col.width = Cm(WIDTHS_CM[j])   # the grid LibreOffice reads
    for row in rows:
        _row_cells(table, row)

    items = REG.negative_items(rows)
    if items:
        _para(doc, "")
        _para(doc, "附表1 负面清单涉及的工业项目（表6 项目编号）", TITLE_PT, bold=True,
              align=WD_ALIGN_PARAGRAPH.CENTER)
        _simple_table(doc, ["工业项目类别", "项目编号（表6）", "适用的环境功能区类型"],
                      [(c, i, "、".join(t)) for c, i, t in items], [3.6, 15.1, 7.0])
    refs = REG.clause_references(rows)
    if refs:
        _para(doc, "")
        _para(doc, "附表2 登记表内容的条款依据", TITLE_PT, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _simple_table(doc, ["环境功能区类型", "内容", "条款"], refs, [5.0, 12.7, 8.0])
    tmp = os.path.splitext(path)[0] + "_part_%d.docx" % os.getpid()
    doc.save(tmp)
    os.replace(tmp, path)
    return path
