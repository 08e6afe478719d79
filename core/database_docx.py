"""The 数据说明 of the Z 7.4 database (layers, fields, units, sources, CRS) as Word, with
python-docx and the Z 7.1 formats of ``core.docx_format``."""

from . import docx_format as F
from .database import MAX_BYTES

RASTER_MEANING = {
    "sensitivity_level": "生态系统敏感性等级 1–5（5 = 极敏感），0 = 无数据",
    "importance_level": "生态系统重要性等级 1–5（5 = 极重要），0 = 无数据",
    "importance_dominant": "生态系统重要性主导因子",
    "sensitivity_dominant": "生态系统敏感性主导因子",
    "soil_erosion_level": "土壤侵蚀敏感性等级 1–5",
    "water_conservation_level": "水源涵养重要性等级 1–5",
    "soil_conservation_level": "土壤保持重要性等级 1–5",
    "biodiversity_level": "生物多样性维护重要性等级 1–5",
    "flood_regulation_level": "洪水调蓄重要性等级 1–5",
    "zones_raw": "环境功能区类型栅格（合并前）",
}


def write(path, layers, rasters, long_rows):
    doc = F.new_document()
    title = F.para(doc, "环境功能区划数据库数据说明", F.COVER_TEXT_PT, True, F.HEI,
                   F.WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_after = F.Pt(12)
    F.heading(doc, "1 数据库组成", 1)
    F.para(doc, "按《浙江省市县环境功能区划编制技术指南》第7.4节，数据库包括环境功能区划方案数据、环境功能评价指标数据"
           "和基础空间数据。矢量数据为 Shapefile（字符编码 UTF-8，见 .cpg；坐标系见 .prj），栅格数据为 GeoTIFF。"
           "字段名不超过 10 个字符，与原字段的对照见 field_mapping.csv。")
    F.table(doc, ["文件", "内容", "要素/像元", "坐标系"],
            [(i["file"], i["name"], i["count"], i["crs"]) for i in layers]
            + [(r["file"], RASTER_MEANING.get(r["file"][:-4], "评价栅格"),
                "%d × %d" % r["size"], r["crs"]) for r in rasters],
            [3.6, 5.2, 2.4, 4.8], size_pt=10.5)
    F.heading(doc, "2 矢量图层", 1, chapter_break=False)
    for k, info in enumerate(layers):
        F.heading(doc, "2.%d %s（%s）" % (k + 1, info["name"], info["file"]), 2)
        F.para(doc, "几何类型：%s；要素数：%d；坐标系：%s；来源：%s。" % (
            info["geometry"], info["count"], info["crs"], info["source"]))
        F.table(doc, ["字段", "原字段", "类型", "单位", "说明"],
                [(shp, s, kind, unit or "—", desc or "【待补充】")
                 for shp, s, kind, unit, desc in info["fields"]],
                [2.6, 3.2, 2.4, 1.8, 6.0], size_pt=10.5)
    if rasters:
        F.heading(doc, "3 栅格数据", 1, chapter_break=False)
        F.table(doc, ["文件", "说明", "行列数", "像元大小（m）", "数据类型", "无数据值", "来源"],
                [(r["file"], RASTER_MEANING.get(r["file"][:-4], "评价栅格"), "%d × %d" % r["size"],
                  "%g" % r["cell"], r["dtype"], "" if r["nodata"] is None else "%g" % r["nodata"],
                  r["source"]) for r in rasters],
                [2.8, 3.6, 1.8, 1.6, 1.4, 1.4, 3.4], size_pt=9)
    F.heading(doc, "4 长文本", 1, chapter_break=False)
    if long_rows:
        F.para(doc, "Shapefile 文本字段最长 %d 字节。以下 %d 项文本超过该长度：Shapefile 中保留前 %d 字节，全文见 "
               "long_texts.csv（UTF-8）和 long_texts.dbf（按 %d 字节分段，字段 PART 为段序号），以编号 CODE 与图层关联。"
               % (MAX_BYTES, len(long_rows), MAX_BYTES, MAX_BYTES))
        groups = {}
        for a, b, c, t in long_rows:
            groups.setdefault((a, c), []).append((b, len(t.encode("utf-8"))))
        F.table(doc, ["图层", "字段", "条数", "最长（字节）", "编号（示例）"],
                [(a, c, len(v), max(n for _, n in v),
                  "、".join(k for k, _ in v[:3]) + ("等" if len(v) > 3 else ""))
                 for (a, c), v in groups.items()], [2.6, 3, 1.6, 2.4, 6.4], size_pt=10.5)
    else:
        F.para(doc, "所有文本均不超过 %d 字节，未生成长文本表。" % MAX_BYTES)
    F.heading(doc, "5 其他说明", 1, chapter_break=False)
    F.placeholder(doc, "基础地理数据（行政区划、居民地、水系、交通、数字高程）的来源、比例尺与保密要求")
    return F.save(doc, path)
