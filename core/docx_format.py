"""Word formatting of the Z 7.1 deliverables (文本, 说明, 数据说明), with python-docx.

Z 7.1: cover title 28 pt 宋体 bold, date and other cover text 小二号 (18 pt) 楷体 bold; 目录
黑体 三号 (16 pt) centred, entries 四号 (14 pt) 宋体, level 1 bold; heading 1 三号 (16 pt) 黑体,
heading 2 小三号 (15 pt) 宋体 bold, headings 3–4 四号 (14 pt) 宋体 bold; body 宋体 四号 (14 pt);
table and figure titles 宋体 四号 bold; tables and figures centred; 3 pt before/after headings;
body 1.5 line spacing.

The headings use Word's built-in styles "Heading 1"…"Heading 4" (restyled) so that the TOC
field collects them. The TOC is a real field (``TOC \\o "1-3" \\h \\z \\u``) whose cached result
lists the headings; ``w:updateFields`` asks Word to refresh it (with page numbers) on opening.

Importing this module needs python-docx.
"""

import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SONG = "宋体"
HEI = "黑体"
KAI = "楷体"
COVER_TITLE_PT = 28
COVER_TEXT_PT = 18   # 小二
TOC_TITLE_PT = 16    # 三号
TOC_ENTRY_PT = 14    # 四号
BODY_PT = 14         # 四号
LINE_SPACING = 1.5
HEADING_SPACE_PT = 3
# level → (font, size pt, bold)
HEADINGS = {1: (HEI, 16, False), 2: (SONG, 15, True), 3: (SONG, 14, True), 4: (SONG, 14, True)}
PLACEHOLDER_FILL = "FFFF00"


def set_run_font(run, font, size_pt, bold=False):
    run.font.name = font
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    _east_asia(rpr, font)


def _east_asia(rpr, font):
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), font)


def _style_font(style, font, size_pt, bold):
    style.font.name = font
    style.font.size = Pt(size_pt)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    _east_asia(style.element.get_or_add_rPr(), font)


def new_document(landscape=False, body_pt=BODY_PT):
    """A4 document with Normal = 宋体 ``body_pt`` 1.5 lines and Z 7.1 heading styles."""
    doc = Document()
    normal = doc.styles["Normal"]
    _style_font(normal, SONG, body_pt, False)
    normal.paragraph_format.line_spacing = LINE_SPACING
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    for level, (font, size, bold) in HEADINGS.items():
        st = doc.styles["Heading %d" % level]
        _style_font(st, font, size, bold)
        pf = st.paragraph_format
        pf.space_before = Pt(HEADING_SPACE_PT)
        pf.space_after = Pt(HEADING_SPACE_PT)
        pf.line_spacing = LINE_SPACING
        pf.keep_with_next = True
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    settings = doc.settings.element
    upd = OxmlElement("w:updateFields")
    upd.set(qn("w:val"), "true")
    settings.append(upd)
    return doc


def para(container, text="", size_pt=None, bold=False, font=SONG, align=None, indent=True):
    """A body paragraph (宋体 四号 1.5 lines, first line indented 2 characters)."""
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Pt(2 * (size_pt or BODY_PT))
    if text:
        set_run_font(p.add_run(text), font, size_pt or BODY_PT, bold)
    return p


def placeholder(container, what):
    """A paragraph only an author can write: 【待编写：what】, highlighted yellow."""
    p = container.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
    run = p.add_run("【待编写：%s】" % what)
    set_run_font(run, SONG, BODY_PT, False)
    rpr = run._element.get_or_add_rPr()
    shd = OxmlElement("w:highlight")
    shd.set(qn("w:val"), "yellow")
    rpr.append(shd)
    return p


def heading(doc, text, level, toc=None, chapter_break=True):
    """A heading in the restyled built-in style (explicit runs too, for viewers that ignore
    styles); appended to ``toc`` (list) for the TOC field's cached result."""
    if level == 1 and chapter_break and len(doc.paragraphs) > 0 and toc:
        page_break(doc)   # each chapter on a new page (not the first after the TOC)
    p = doc.add_paragraph(style="Heading %d" % level)
    font, size, bold = HEADINGS[level]
    set_run_font(p.add_run(text), font, size, bold)
    if level == 1 and font == HEI:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if toc is not None:
        toc.append((level, text))
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cover(doc, title, subtitle, lines):
    """Cover: title 28 pt 宋体 bold, subtitle and the other lines (date, author) 小二 楷体 bold."""
    for _ in range(6):
        doc.add_paragraph()
    p = para(doc, title, COVER_TITLE_PT, True, SONG, WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.space_after = Pt(24)
    if subtitle:
        para(doc, subtitle, COVER_TEXT_PT, True, KAI, WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(10):
        doc.add_paragraph()
    for line in lines:
        para(doc, line, COVER_TEXT_PT, True, KAI, WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)


def toc_title(doc):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run("目录"), HEI, TOC_TITLE_PT, False)
    return p


def toc_field(doc, max_level=3):
    """Insert a TOC field here; returns a function ``fill(entries)`` writing the cached result
    (one line per heading up to ``max_level``: 四号宋体, level 1 bold) once the headings are
    known. Word refreshes the field (page numbers) on opening (w:updateFields)."""
    begin = doc.add_paragraph()
    r = begin.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    r2 = begin.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-%d" \\h \\z \\u ' % max_level
    r2._element.append(instr)
    r3 = begin.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    r3._element.append(sep)
    end_p = doc.add_paragraph()
    r4 = end_p.add_run()
    fe = OxmlElement("w:fldChar")
    fe.set(qn("w:fldCharType"), "end")
    r4._element.append(fe)
    page_break(doc)

    def fill(entries):
        anchor = end_p._p
        for level, text in entries:
            if level > max_level:
                continue
            np_ = OxmlElement("w:p")
            anchor.addprevious(np_)
            from docx.text.paragraph import Paragraph
            p = Paragraph(np_, end_p._parent)
            p.paragraph_format.left_indent = Pt(TOC_ENTRY_PT * (level - 1))
            set_run_font(p.add_run(text), SONG, TOC_ENTRY_PT, level == 1)
    return fill


def caption(doc, text):
    """Table / figure title: 宋体 四号 bold, centred."""
    p = para(doc, text, BODY_PT, True, SONG, WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.keep_with_next = True
    return p


def table(doc, headers, rows, widths_cm=None, size_pt=12):
    """A centred grid table; header row bold and repeated on each page. Cells at ``size_pt``
    (小四 by default, so wide tables fit; the text body stays 四号)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = not widths_cm
    for j, h in enumerate(headers):
        _cell(t.rows[0].cells[j], h, size_pt, True)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            _cell(t.rows[i + 1].cells[j], v, size_pt, False)
    if widths_cm:
        for j, col in enumerate(t.columns):
            col.width = Cm(widths_cm[j])
        for r in t.rows:
            for j, c in enumerate(r.cells):
                c.width = Cm(widths_cm[j])
    doc.add_paragraph()
    return t


def _cell(cell, value, size_pt, bold):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = 1.0
    text = "" if value is None else str(value)
    set_run_font(p.add_run(text), SONG, size_pt, bold)


def figure(doc, path, title, width_cm=15.0):
    """A centred picture with its title below; a placeholder when the file is missing."""
    if path and os.path.isfile(path):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(path, width=Cm(width_cm))
        p.paragraph_format.keep_with_next = True
        caption(doc, title)
        return True
    placeholder(doc, "插入图件：%s" % title)
    return False


def save(doc, path):
    """Save under a temporary name in the same folder, then replace ``path``."""
    tmp = os.path.splitext(path)[0] + "_part_%d.docx" % os.getpid()
    doc.save(tmp)
    os.replace(tmp, path)
    return path
