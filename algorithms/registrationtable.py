"""envzoning:registrationtable — Z 7.2, annex 5: the zone register as DOCX, XLSX and CSV."""


from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsFields,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import register as REG
from . import base
from . import outputs as OUTW
from . import progress as P
from .zonereport import ZoneReport, docx_writer, largest_ring


class RegistrationTable(ZoneReport):
    ID = "registrationtable"
    NAME_EN = "Zone registration table"
    NAME_ZH = "环境功能区登记表"
    GROUP = "outputs"
    SEED = "Z 7.2, 附件五 / Z 7.2, annex 5"
    SUMMARY_ZH = ("每个环境功能区一行/一表：编号及名称；基本概况（所在乡镇、面积、流经河流）；主导功能及目标；"
                  "环境质量目标；生态保护目标；管控措施；负面清单；形状及坐标（外边界主要拐点，CGCS2000 经纬度）。"
                  "输出 DOCX（A4，宋体，标题四号加粗，正文小四，1.5 倍行距）、XLSX 和 CSV。")
    SUMMARY_EN = ("One row / table per zone: code and name; overview (townships, area km², rivers "
                  "crossing it); main function and targets; environmental quality and ecological "
                  "targets; control measures; negative list; shape and key turning points in "
                  "CGCS2000 lon/lat. Writes DOCX (A4, SimSun, 14 pt bold title, 12 pt text, 1.5 "
                  "line spacing), XLSX and CSV.")
    DECISION_ZH = ("主要拐点：最大地块外边界按 Visvalingam–Whyatt 法化简至 MAX_POINTS 个顶点，自最北点起顺时针列出，"
                   "经纬度 6 位小数。DOCX 为 A4 横向，表格按附件五四栏排列。面积取 area_km2 字段，无该字段时按分析坐标系计算。"
                   "行按类型（I…VI）再按编号排序。DOCX 按附件五样表写成句子：基本概况写出区域在县域的方位、涉及乡镇、流经河流和面积；"
                   "目标与措施不引条款号（条款依据集中列于附表2）；负面清单写成“禁止发展的产业包括所有二类工业项目和三类工业项目”，"
                   "表6 项目编号按工业类别只在附表1 中列一次。")
    DECISION_EN = ("Key turning points: the outer ring of the largest part simplified "
                   "(Visvalingam–Whyatt) to MAX_POINTS vertices, listed clockwise from the "
                   "northernmost, lon/lat to 6 decimals. The DOCX is A4 landscape with the four "
                   "columns of annex 5. Area from the area_km2 field, else computed in the "
                   "analysis CRS. Rows ordered by type (I…VI), then code. The DOCX reads as "
                   "annex 5's sample: an overview saying where in the county the zone lies, "
                   "its townships, rivers and area; targets and measures as sentences without "
                   "clause citations (appendix 2 lists the clause behind each item); the "
                   "negative list as 禁止发展的产业包括所有二类工业项目和三类工业项目, the table-6 "
                   "item numbers listed once per industry class in appendix 1.")

    def initParameters(self, config=None):  # noqa: N802
        self.add_zone_inputs()
        self.add(QgsProcessingParameterNumber("MAX_POINTS", "Key turning points per zone",
                                              QgsProcessingParameterNumber.Integer, 8,
                                              minValue=3, maxValue=100),
                 "每区拐点数", "每个区域列出的外边界主要拐点个数上限（默认 8）",
                 "Maximum number of key turning points listed per zone (default 8)")
        self.add(QgsProcessingParameterString("TITLE", "Title", "环境功能区划登记表"),
                 "标题", "登记表标题，如“仙居县环境功能区划登记表”",
                 "Title of the register, e.g. 仙居县环境功能区划登记表")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_DOCX", "Register (DOCX)", "Word (*.docx)", optional=True,
            createByDefault=True), "登记表 DOCX", "Word 登记表（需要 python-docx）",
            "Word register (needs python-docx)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", "Register (XLSX)", "Excel (*.xlsx)", optional=True,
            createByDefault=True), "登记表 XLSX", "Excel 登记表（GDAL XLSX 驱动）",
            "Excel register (GDAL's XLSX driver)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_CSV", "Register (CSV)", "CSV (*.csv)", optional=True,
            createByDefault=True), "登记表 CSV", "CSV 登记表（UTF-8 带 BOM，Excel 可直接打开）",
            "CSV register (UTF-8 with BOM, opens in Excel)")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        base.check_source(source, "INPUT")
        label = source.sourceName() or "INPUT"
        fields = {}
        for param in ("CODE_FIELD", "NAME_FIELD", "TYPE_FIELD"):
            name = self.parameterAsString(parameters, param, context)
            fields[param] = base.field_index(source, name, label, param)
        text_idx = {}
        for key in REG.TEXT_FIELDS + ["area_km2"]:
            i = source.fields().lookupField(key)
            if i >= 0:
                text_idx[key] = i
            elif key != "area_km2":
                feedback.pushWarning(
                    "Layer '%s' has no field '%s': that part of the register stays empty (run "
                    "zonetargets first) / 图层“%s”没有字段“%s”，登记表该项为空"
                    % (label, key, label, key))

        crs = base.analysis_crs(source.sourceCrs(), source.sourceExtent())
        zones = base.features_in_crs(source, crs, context, feedback, label)
        towns = self._named_features(parameters, "TOWNSHIPS", "TOWNSHIP_NAME_FIELD", crs,
                                     context, feedback)
        rivers = self._named_features(parameters, "RIVERS", "RIVER_NAME_FIELD", crs, context,
                                      feedback)
        if towns is None:
            feedback.pushWarning("No TOWNSHIPS given: the location stays empty / 未给出乡镇图层，位置为空")
        to_4490 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4490"),
                                         context.transformContext())

        def to_lonlat(xy):
            p = to_4490.transform(QgsPointXY(xy[0], xy[1]))
            return p.x(), p.y()

        title = self.parameterAsString(parameters, "TITLE", context) or "环境功能区划登记表"
        region_name = self.parameterAsString(parameters, "REGION_NAME", context).strip() \
            or title.split("环境功能区划")[0].strip()
        extent = self._region_extent(parameters, crs, context, feedback, zones)
        plain = []
        n = len(zones)
        for k, f in enumerate(zones):
            P.check_canceled(feedback)
            g = f.geometry()
            attrs = f.attributes()
            area_geom = g.area() / 1e6
            area = attrs[text_idx["area_km2"]] if "area_km2" in text_idx else None
            try:
                area = float(area)
            except (TypeError, ValueError):
                area = area_geom
            z = {
                "fid": f.id(),
                "code": attrs[fields["CODE_FIELD"]],
                "name": attrs[fields["NAME_FIELD"]],
                "zone_type": attrs[fields["TYPE_FIELD"]],
                "area_km2": area,
                "townships": self._shares(g, towns, area_geom),
                "rivers": self._rivers(g, rivers),
            }
            z["ring"], z["parts"] = largest_ring(g)
            pt = g.pointOnSurface().asPoint()
            z["direction"] = REG.direction_word((pt.x(), pt.y()), extent) if extent else ""
            z["region_name"] = region_name
            for key in REG.TEXT_FIELDS:
                z[key] = attrs[text_idx[key]] if key in text_idx else ""
            plain.append(z)
            feedback.setProgress(60.0 * (k + 1) / n)
        max_points = self.parameterAsInt(parameters, "MAX_POINTS", context)
        rows = REG.build_rows(plain, to_lonlat, max_points)   # validates before any writing
        feedback.pushInfo("%d zones in the register / 登记表共 %d 个区域" % (len(rows), len(rows)))

        out = {"OUTPUT_DOCX": None, "OUTPUT_XLSX": None, "OUTPUT_CSV": None}
        docx_path = self._dest(parameters, "OUTPUT_DOCX", context)
        xlsx_path = self._dest(parameters, "OUTPUT_XLSX", context)
        csv_path = self._dest(parameters, "OUTPUT_CSV", context)
        if not (docx_path or xlsx_path or csv_path):
            raise QgsProcessingException("Give at least one of OUTPUT_DOCX, OUTPUT_XLSX, OUTPUT_CSV"
                                         " / 至少指定一个输出文件")
        if csv_path:
            out["OUTPUT_CSV"] = REG.write_csv(csv_path, rows)
        feedback.setProgress(70)
        if xlsx_path:
            out["OUTPUT_XLSX"] = _write_xlsx(xlsx_path, rows, context)
        feedback.setProgress(80)
        if docx_path:
            writer = docx_writer()
            if writer is None:
                feedback.reportError(
                    "DOCX not written: it needs the Python package python-docx (pip install "
                    "python-docx, or install the plugin from its zip, which carries it in "
                    "ext_libs/). XLSX and CSV were written. / 未生成 DOCX：需要 python-docx"
                    "（pip install python-docx，或用插件 zip 包安装，包内 ext_libs/ 已带）。XLSX、CSV 已生成。")
            else:
                try:
                    out["OUTPUT_DOCX"] = writer.write_docx(docx_path, rows, title)
                except OSError as exc:
                    raise QgsProcessingException("Cannot write %s: %s / 无法写入 DOCX"
                                                 % (docx_path, exc)) from None
        feedback.setProgress(100)
        return out

    # -- helpers ------------------------------------------------------------------------
    def _region_extent(self, parameters, crs, context, feedback, zones):
        """(xmin, ymin, xmax, ymax) of REGION, else of all zones, in the analysis CRS."""
        from qgis.core import QgsRectangle
        ext = QgsRectangle()
        ext.setMinimal()
        if parameters.get("REGION") not in (None, ""):
            src = self.parameterAsSource(parameters, "REGION", context)
            base.check_source(src, "REGION")
            feats = base.features_in_crs(src, crs, context, feedback, src.sourceName() or "REGION")
        else:
            feats = zones
        for f in feats:
            ext.combineExtentWith(f.geometry().boundingBox())
        if ext.isEmpty():
            return None
        return ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum()


def _write_xlsx(path, rows, context):
    """The register through GDAL's XLSX driver (Chinese headers, one sheet)."""
    fields = QgsFields()
    for key, header in REG.COLUMNS:
        vtype = {"seq": QVariant.Int, "area_km2": QVariant.Double}.get(key, QVariant.String)
        fields.append(QgsField(header, vtype))
    # the base class staged ``path`` (outputs.py): written there, checked, then moved
    OUTW.write_features(path, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem(),
                        context, [(None, REG.table_values(r)) for r in rows], layer_name="登记表")
    return path
