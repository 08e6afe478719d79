"""File writers of the access list (N 5.11): XLSX through GDAL/OGR's XLSX driver and DOCX
through python-docx. An I/O module (GDAL allowed here, never qgis). Both write under a
temporary name and rename at the end, so a failed run leaves nothing half-written."""

import os

from .control import DIMENSION_FIELDS, DIMENSIONS
from .errors import EnvZoningError
from .outputs import clean_rows, clean_text

XLSX_COLUMNS = [("code", "管控单元编码"), ("name", "管控单元名称"), ("class_name", "管控单元分类"),
                ("township", "所在乡镇"), ("area_km2", "面积(km²)")] + \
    list(zip(DIMENSION_FIELDS, DIMENSIONS))


def _replace(tmp, path):
    if os.path.exists(path):
        os.remove(path)
    os.replace(tmp, path)


def write_xlsx(path, units, sheet="准入清单"):
    """``units``: list of dicts with the keys of :data:`XLSX_COLUMNS`. Headers are Chinese."""
    units = clean_rows(units, formula=True)
    from osgeo import ogr

    drv = ogr.GetDriverByName("XLSX")
    if drv is None:
        raise EnvZoningError("GDAL has no XLSX driver / GDAL 缺少 XLSX 驱动")
    # one ".xlsx" only in the name: GDAL's zip layer splits paths at ".xlsx"
    tmp = os.path.splitext(path)[0] + "_part_tmp.xlsx"
    if os.path.exists(tmp):
        os.remove(tmp)
    ds = drv.CreateDataSource(tmp)
    if ds is None:
        raise EnvZoningError("Cannot create %s / 无法创建文件" % path)
    lyr = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
    for key, header in XLSX_COLUMNS:
        defn = ogr.FieldDefn(header, ogr.OFTReal if key == "area_km2" else ogr.OFTString)
        lyr.CreateField(defn)
    for u in units:
        f = ogr.Feature(lyr.GetLayerDefn())
        for j, (key, _) in enumerate(XLSX_COLUMNS):
            v = u.get(key, "")
            if key == "area_km2":
                f.SetField(j, float(v or 0.0))
            else:
                f.SetField(j, "" if v is None else str(v))
        lyr.CreateFeature(f)
    ds = None
    _replace(tmp, path)
    return path


BATCH_COLUMNS = [("fid", "要素号"), ("name", "项目名称"), ("industry", "行业（输入）"),
                 ("gbt4754", "国民经济行业代码"), ("item", "表6条目"), ("class", "工业项目类别"),
                 ("project_kind", "项目性质"), ("verdict", "研判结论"), ("reasons", "理由条数"),
                 ("zones", "涉及功能区"), ("units", "涉及管控单元"), ("main_reason", "主要理由"),
                 ("area_km2", "用地面积(km²)")]


def write_table_xlsx(path, columns, rows, sheet):
    """A one-sheet XLSX of ``rows`` (dicts) with ``columns`` [(key, Chinese header)];
    numbers stay numbers. Written under a temporary name, renamed at the end."""
    from osgeo import ogr

    drv = ogr.GetDriverByName("XLSX")
    if drv is None:
        raise EnvZoningError("GDAL has no XLSX driver / GDAL 缺少 XLSX 驱动")
    tmp = os.path.splitext(path)[0] + "_part_tmp.xlsx"
    if os.path.exists(tmp):
        os.remove(tmp)
    ds = drv.CreateDataSource(tmp)
    if ds is None:
        raise EnvZoningError("Cannot create %s / 无法创建文件" % path)
    lyr = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
    kinds = {}
    for key, header in columns:
        vals = [r.get(key) for r in rows if r.get(key) not in (None, "")]
        if vals and all(isinstance(v, int) and not isinstance(v, bool) for v in vals):
            kinds[key] = ogr.OFTInteger
        elif vals and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
            kinds[key] = ogr.OFTReal
        else:
            kinds[key] = ogr.OFTString
        lyr.CreateField(ogr.FieldDefn(header, kinds[key]))
    for r in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for j, (key, _) in enumerate(columns):
            v = r.get(key)
            if v in (None, ""):
                continue
            f.SetField(j, v if kinds[key] != ogr.OFTString else str(v))
        lyr.CreateFeature(f)
    ds = None
    _replace(tmp, path)
    return path


def write_docx(path, units, title="生态环境准入清单", note=""):
    """One table per unit: code, name, class, township, area, then the four dimensions.
    A4 portrait, 宋体, title 四号 bold, body 小四, 1.5 line spacing (as Z 7.2's register)."""
    units = clean_rows(units)
    title, note = clean_text(title), clean_text(note)
    try:
        from docx import Document
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt
    except ImportError:
        raise EnvZoningError(
            "python-docx is not installed: pip install python-docx, or install the plugin from "
            "its zip (ext_libs/ carries it) / 未安装 python-docx，无法生成 DOCX") from None

    def font(run, size, bold=False):
        run.font.name = "宋体"
        run.font.size = Pt(size)
        run.font.bold = bold
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    p = doc.add_paragraph()
    font(p.add_run(title), 14, True)
    if note:
        p = doc.add_paragraph()
        font(p.add_run(note), 12)
    for u in units:
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = 1.5
        font(p.add_run("%s %s" % (u.get("code", ""), u.get("name", ""))), 14, True)
        rows = [("管控单元编码", u.get("code", "")), ("管控单元名称", u.get("name", "")),
                ("管控单元分类", u.get("class_name", "")), ("所在乡镇", u.get("township", "")),
                ("面积(km²)", "%.2f" % float(u.get("area_km2") or 0.0))]
        rows += [(d, u.get(f, "") or "—") for f, d in zip(DIMENSION_FIELDS, DIMENSIONS)]
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for i, (k, v) in enumerate(rows):
            a, b = table.rows[i].cells
            a.width, b.width = Cm(3.5), Cm(13.5)
            font(a.paragraphs[0].add_run(k), 12, True)
            lines = str(v).split("\n")
            font(b.paragraphs[0].add_run(lines[0]), 12)
            b.paragraphs[0].paragraph_format.line_spacing = 1.5
            for line in lines[1:]:
                q = b.add_paragraph()
                q.paragraph_format.line_spacing = 1.5
                font(q.add_run(line), 12)
    tmp = os.path.splitext(path)[0] + "_part_tmp.docx"
    doc.save(tmp)
    _replace(tmp, path)
    return path
