"""envzoning:zoningtext — Z 7.1, annexes 3 and 4: the 区划文本 and 区划说明 as DOCX drafts."""

import datetime
import glob
import os

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import register as REG
from ..core import zoningtext as ZT
from . import base
from .zonereport import ZoneReport, docx_writer, largest_ring


def _text_writer():
    """core.zoningtext_docx, or None without python-docx."""
    if docx_writer() is None:
        return None
    from ..core import zoningtext_docx
    return zoningtext_docx


def write_docx_output(fn, path, ctx):
    """One place where a DOCX deliverable is written (to switch to the shared writer)."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    return fn(path, ctx)


class ZoningText(ZoneReport):
    ID = "zoningtext"
    NAME_EN = "Zoning text and explanation (DOCX drafts)"
    NAME_ZH = "区划文本与说明"
    GROUP = "outputs"
    SEED = "Z 7.1, 附件三、附件四 / Z 7.1, annexes 3 and 4"
    SUMMARY_ZH = ("按附件三（文本）和附件四（说明）提纲生成 Word 初稿：封面、目录（TOC 域）、各章节；"
                  "各类型及亚类面积与比例、各乡镇分类型面积、评价结果分级面积、各功能区概况、第4.6节核查结果"
                  "均由本次成果计算填入，并插入区划图；只有编制人员才能写的段落标为黄色【待编写：…】。"
                  "格式按第7.1节：封面标题28磅宋体加粗，日期小二号楷体加粗；“目录”黑体三号居中；一级标题三号黑体，"
                  "二级小三号宋体加粗，三、四级四号宋体加粗；正文宋体四号，1.5倍行距，标题段前段后3磅；图表居中。")
    SUMMARY_EN = ("Word drafts of the zoning text (annex 3 outline) and the explanation (annex 4): "
                  "cover, table of contents (a TOC field), chapters; the areas and shares by type "
                  "and subtype, by township and type, the evaluation results by level, each zone's "
                  "overview and the Z 4.6 checks are computed from this run and filled in, the "
                  "zoning map inserted; paragraphs only the author can write are yellow "
                  "【待编写：…】 placeholders. Formats of Z 7.1 (28 pt SimSun bold cover title, "
                  "18 pt KaiTi bold date, 16 pt SimHei centred 目录, headings 16 pt SimHei / 15 pt "
                  "and 14 pt SimSun bold, body 14 pt SimSun, 1.5 lines, 3 pt around headings, "
                  "centred tables and figures).")
    DECISION_ZH = ("附件四提纲中“7.2”重复出现，说明按 7.1–7.4 顺序编号。各类型的目标与措施取该类型功能区中最常见的文本；"
                   "条款编号（表5、Z 4.2 等）不进正文。")
    DECISION_EN = ("Annex 4 numbers 7.2 twice: the explanation numbers 7.1–7.4. Each type's "
                   "targets and measures are the most common texts among its zones; clause "
                   "references (表5, Z 4.2 …) stay out of the prose.")

    def initParameters(self, config=None):  # noqa: N802
        self.add_zone_inputs()
        self.add(QgsProcessingParameterString("DATE", "Date", "", optional=True),
                 "编制日期", "封面日期（默认本月，如“2026年12月”）",
                 "Cover date (default: this month, e.g. 2026年12月)")
        self.add(QgsProcessingParameterString("AUTHOR", "Author", "", optional=True),
                 "编制单位", "封面上的编制单位", "Authoring institute on the cover")
        self.add(QgsProcessingParameterFile("CHECKS", "Checks (checkzoning CSV)",
                                            extension="csv", optional=True),
                 "核查结果", "checkzoning 输出的 CSV（第4.5、4.6节核查）",
                 "The CSV written by checkzoning (Z 4.5, 4.6 checks)")
        self.add(QgsProcessingParameterRasterLayer("SENSITIVITY", "Sensitivity level",
                                                   optional=True),
                 "生态系统敏感性等级", "ecosensitivity 的等级栅格（1–5）",
                 "Sensitivity level raster (1–5) from ecosensitivity")
        self.add(QgsProcessingParameterRasterLayer("IMPORTANCE", "Importance level",
                                                   optional=True),
                 "生态系统重要性等级", "ecoimportance 的等级栅格（1–5）",
                 "Importance level raster (1–5) from ecoimportance")
        self.add(QgsProcessingParameterFeatureSource("P1_GRID", "P1 grid", [
            QgsProcessing.TypeVectorPolygon], optional=True), "P1 网格",
            "p1 的输出网格（字段 p1，1–5）", "P1 grid (field p1, 1–5)")
        self.add(QgsProcessingParameterFeatureSource("TOWNSHIPS_P2K", "Townships with P2 and K", [
            QgsProcessing.TypeVectorPolygon], optional=True), "乡镇 P2、K",
            "p2、k 的输出乡镇图层（字段 p2、k）", "Townships from p2 / k (fields p2, k)")
        self.add(QgsProcessingParameterFeatureSource("COMPOSITE_GRID", "Composite grid", [
            QgsProcessing.TypeVectorPolygon], optional=True), "综合评价网格",
            "compositeindex 的输出（字段 a_class，1–5）", "compositeindex output (field a_class, 1–5)")
        self.add(QgsProcessingParameterFile("MAPS_FOLDER", "Maps folder (zoningmaps)",
                                            behavior=QgsProcessingParameterFile.Folder,
                                            optional=True),
                 "图件文件夹", "zoningmaps 的输出文件夹（zoning_map_a3.png、townships/*.png 插入文档）",
                 "zoningmaps' output folder (zoning_map_a3.png and townships/*.png are inserted)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_TEXT", "Zoning text (DOCX)", "Word (*.docx)", optional=True,
            createByDefault=True), "区划文本 DOCX", "区划文本初稿（附件三提纲）",
            "Draft zoning text (annex 3 outline)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_EXPLANATION", "Zoning explanation (DOCX)", "Word (*.docx)", optional=True,
            createByDefault=True), "区划说明 DOCX", "区划说明初稿（附件四提纲）",
            "Draft zoning explanation (annex 4 outline)")

    def process(self, parameters, context, feedback):
        writer = _text_writer()
        if writer is None:
            raise QgsProcessingException(
                "The zoning text needs the Python package python-docx (pip install python-docx, "
                "or install the plugin from its zip) / 区划文本需要 python-docx")
        text_path = self._dest(parameters, "OUTPUT_TEXT", context)
        expl_path = self._dest(parameters, "OUTPUT_EXPLANATION", context)
        if not (text_path or expl_path):
            # a model run that skips both outputs (an output left unset in the Modeler)
            feedback.pushWarning("Neither OUTPUT_TEXT nor OUTPUT_EXPLANATION is asked for: "
                                 "nothing written / 未指定区划文本或说明输出，未写出文件")
            return {"OUTPUT_TEXT": None, "OUTPUT_EXPLANATION": None}
        source = self.parameterAsSource(parameters, "INPUT", context)
        base.check_source(source, "INPUT")
        label = source.sourceName() or "INPUT"
        fields = {p: base.field_index(source, self.parameterAsString(parameters, p, context),
                                      label, p)
                  for p in ("CODE_FIELD", "NAME_FIELD", "TYPE_FIELD")}
        idx = {k: source.fields().lookupField(k) for k in REG.TEXT_FIELDS + ["area_km2", "subtype"]}
        crs = base.analysis_crs(source.sourceCrs(), source.sourceExtent())
        zones = base.features_in_crs(source, crs, context, feedback, label)
        towns = self._named_features(parameters, "TOWNSHIPS", "TOWNSHIP_NAME_FIELD", crs,
                                     context, feedback)
        rivers = self._named_features(parameters, "RIVERS", "RIVER_NAME_FIELD", crs, context,
                                      feedback)
        region_geom, region_area = None, None
        if parameters.get("REGION") not in (None, ""):
            rsrc = self.parameterAsSource(parameters, "REGION", context)
            base.check_source(rsrc, "REGION")
            geoms = [f.geometry() for f in base.features_in_crs(rsrc, crs, context, feedback,
                                                                rsrc.sourceName() or "REGION")]
            from qgis.core import QgsGeometry
            region_geom = QgsGeometry.unaryUnion(geoms)
            region_area = region_geom.area() / 1e6
        region_name = self.parameterAsString(parameters, "REGION_NAME", context).strip()
        to_4490 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4490"),
                                         context.transformContext())

        def to_lonlat(xy):
            p = to_4490.transform(QgsPointXY(xy[0], xy[1]))
            return p.x(), p.y()

        plain, extra = [], {}
        town_type = {}
        extent = region_geom.boundingBox() if region_geom is not None else None
        for f in zones:
            g = f.geometry()
            a = f.attributes()
            area_geom = g.area() / 1e6
            try:
                area = float(a[idx["area_km2"]]) if idx["area_km2"] >= 0 else area_geom
            except (TypeError, ValueError):
                area = area_geom
            shares = self._shares(g, towns, area_geom)
            z = {"fid": f.id(), "code": a[fields["CODE_FIELD"]], "name": a[fields["NAME_FIELD"]],
                 "zone_type": a[fields["TYPE_FIELD"]], "area_km2": area, "townships": shares,
                 "rivers": self._rivers(g, rivers)}
            z["ring"], z["parts"] = largest_ring(g)
            for key in REG.TEXT_FIELDS:
                z[key] = a[idx[key]] if idx[key] >= 0 else ""
            plain.append(z)
            pt = g.pointOnSurface().asPoint()
            direction = REG.direction_word((pt.x(), pt.y()), (
                extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())) \
                if extent is not None else ""
            extra[str(z["code"]).strip()] = {
                "subtype": a[idx["subtype"]] if idx["subtype"] >= 0 else None,
                "area_km2": area,   # unrounded: the statistics sum it
                "townships": sorted(shares, key=lambda t: -t[1]),
                "overview_prose": REG.overview_prose(region_name, direction, shares, z["rivers"],
                                                     area, z["parts"])}
            ztype = REG.normalize_type(z["zone_type"])
            if towns is not None and ztype:
                index, items = towns
                for i in index.intersects(g.boundingBox()):
                    tg, tname = items[i]
                    if tname and tg.intersects(g):
                        km2 = g.intersection(tg).area() / 1e6
                        if km2 > 0:
                            town_type.setdefault(tname, {})
                            town_type[tname][ztype] = town_type[tname].get(ztype, 0.0) + km2
        rows = REG.build_rows(plain, to_lonlat, 8)
        for r in rows:
            r.update(extra[r["code"]])
        feedback.setProgress(40)
        town_names = []
        if towns is not None:
            seen = set()
            for _, (_, tname) in sorted(towns[1].items()):
                if tname and tname not in seen:
                    seen.add(tname)
                    town_names.append(tname)

        ctx = {
            "region_name": region_name, "region_area_km2": region_area,
            "date": self.parameterAsString(parameters, "DATE", context).strip()
            or datetime.date.today().strftime("%Y年%m月").replace("年0", "年"),
            "author": self.parameterAsString(parameters, "AUTHOR", context).strip(),
            "townships": town_names, "rows": rows, "town_type": town_type,
            "levels": {}, "values": {}, "figures": {}, "maps": {},
        }
        checks = self.parameterAsFile(parameters, "CHECKS", context)
        if checks:
            ctx["checks"] = ZT.read_checks(checks)
        for key, words in (("SENSITIVITY", "sensitivity"), ("IMPORTANCE", "importance")):
            lyr = self.parameterAsRasterLayer(parameters, key, context)
            if lyr is not None:
                ctx["levels"][key.lower()] = (words, _raster_level_km2(lyr.source(), key))
        for key, fld, words in (("P1_GRID", "p1", "grade"), ("COMPOSITE_GRID", "a_class", "grade")):
            if parameters.get(key) not in (None, ""):
                src = self.parameterAsSource(parameters, key, context)
                ctx["levels"]["p1" if key == "P1_GRID" else "a"] = (
                    words, self._vector_level_km2(src, fld, crs, context, feedback, key))
        if parameters.get("TOWNSHIPS_P2K") not in (None, ""):
            src = self.parameterAsSource(parameters, "TOWNSHIPS_P2K", context)
            base.check_source(src, "TOWNSHIPS_P2K")
            lab = src.sourceName() or "TOWNSHIPS_P2K"
            iname = base.field_index(src, "name", lab, "TOWNSHIPS_P2K")
            for fld in ("p2", "k"):
                i = src.fields().lookupField(fld)
                if i < 0:
                    feedback.pushWarning("%s has no field %s / %s 没有字段 %s" % (lab, fld, lab, fld))
                    continue
                vals = []
                for f in src.getFeatures():
                    try:
                        vals.append((str(f.attributes()[iname]), float(f.attributes()[i])))
                    except (TypeError, ValueError):
                        pass
                ctx["values"][fld] = vals
        folder = self.parameterAsFile(parameters, "MAPS_FOLDER", context)
        if folder:
            z = os.path.join(folder, "zoning_map_a3.png")
            ctx["maps"]["zoning"] = z if os.path.isfile(z) else None
            ctx["maps"]["townships"] = [
                (os.path.splitext(os.path.basename(p))[0].split("_", 2)[-1], p)
                for p in sorted(glob.glob(os.path.join(folder, "townships", "*.png")))]
            for key, stem in (("sensitivity", "sensitivity"), ("importance", "importance"),
                              ("p1", "p1"), ("a", "composite")):
                p = os.path.join(folder, "evaluation_%s.png" % stem)
                if os.path.isfile(p):
                    ctx["figures"][key] = p
            if ctx["maps"]["zoning"] is None:
                feedback.pushWarning("%s has no zoning_map_a3.png: a placeholder stands in the text"
                                     " / 图件文件夹中没有 zoning_map_a3.png" % folder)
        feedback.setProgress(60)
        out = {"OUTPUT_TEXT": None, "OUTPUT_EXPLANATION": None}
        try:
            if text_path:
                out["OUTPUT_TEXT"] = write_docx_output(writer.write_text, text_path, ctx)
            feedback.setProgress(80)
            if expl_path:
                out["OUTPUT_EXPLANATION"] = write_docx_output(writer.write_explanation, expl_path,
                                                              ctx)
        except OSError as exc:
            raise QgsProcessingException("Cannot write the DOCX: %s / 无法写入 DOCX" % exc) from None
        feedback.pushInfo("%d zones in the text and explanation / 文本与说明共 %d 个功能区"
                          % (len(rows), len(rows)))
        return out

    def _vector_level_km2(self, src, fld, crs, context, feedback, key):
        base.check_source(src, key)
        lab = src.sourceName() or key
        i = base.field_index(src, fld, lab, key)
        acc = {}
        for f in base.features_in_crs(src, crs, context, feedback, lab):
            try:
                lv = int(f.attributes()[i])
            except (TypeError, ValueError):
                continue
            acc[lv] = acc.get(lv, 0.0) + f.geometry().area() / 1e6
        return acc


def _raster_level_km2(path, key):
    """{level: km²} of a level raster (1–5), read block by block."""
    ds = gdal.Open(path)
    if ds is None:
        raise QgsProcessingException("Cannot open %s raster %s / 无法打开栅格" % (key, path))
    band = ds.GetRasterBand(1)
    gt = ds.GetGeoTransform()
    cell_km2 = abs(gt[1] * gt[5]) / 1e6
    bx, by = band.GetBlockSize()
    counts = np.zeros(256, dtype=np.int64)
    step = max(by, 256)
    for y0 in range(0, ds.RasterYSize, step):
        a = band.ReadAsArray(0, y0, ds.RasterXSize, min(step, ds.RasterYSize - y0))
        a = a[(a >= 1) & (a <= 5)].astype(np.int64)
        counts += np.bincount(a, minlength=256)[:256]
    return {lv: counts[lv] * cell_km2 for lv in range(1, 6)}
