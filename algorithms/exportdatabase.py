"""envzoning:exportdatabase — Z 7.4: the zoning database as Shapefiles, GeoTIFFs and a 数据说明."""

import csv
import os
import shutil

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import database as DB
from . import base
from . import progress as P
from .zonereport import docx_writer

# (parameter, file stem, Chinese name, English help)
LAYERS = [
    ("ZONES", "zones", "环境功能区", "Environmental function zones (the final zoning)"),
    ("CONTROL_UNITS", "ctrl_units", "环境管控单元", "Environmental control units (三线一单)"),
    ("ELEMENT_ZONES", "elem_zones", "要素分区", "Element zones (三线一单)"),
    ("TOWNSHIPS", "townships", "乡镇（街道）评价指标", "Townships with the evaluation indices (P2, K)"),
    ("GRID", "km_grid", "公里网格评价结果", "Kilometre grid with the evaluation results (P1, A)"),
]


def write_files(stage, folder, names):
    """Move the staged files into ``folder`` (one place to switch to the shared writer)."""
    os.makedirs(folder, exist_ok=True)
    for n in names:
        os.replace(os.path.join(stage, n), os.path.join(folder, n))


class ExportDatabase(base.EnvZoningAlgorithm):
    ID = "exportdatabase"
    NAME_EN = "Export the zoning database (Shapefile, GeoTIFF)"
    NAME_ZH = "导出区划数据库"
    GROUP = "outputs"
    SEED = "Z 7.4, 8.2 / Z 7.4, 8.2"
    SUMMARY_ZH = ("按第7.4节导出数据库：环境功能区、管控单元、要素分区、乡镇评价指标、公里网格评价结果写为 Shapefile"
                  "（UTF-8，带 .cpg、.prj）；字段名按公开的对照表（field_mapping.csv）缩为 ≤10 个字符；超过 254 字节的"
                  "文本在 Shapefile 中保留前 254 字节，全文写入以编号关联的 long_texts.csv / long_texts.dbf，并在日志中"
                  "列出；评价栅格复制为 GeoTIFF；生成描述每个图层、字段、单位、来源和坐标系的数据说明 DOCX。")
    SUMMARY_EN = ("The Z 7.4 database: zones, control units, element zones, townships with "
                  "indices and the km grid as Shapefiles (UTF-8 with .cpg and .prj); field names "
                  "cut to ≤ 10 characters through a published mapping (field_mapping.csv); texts "
                  "over 254 bytes keep their first 254 bytes in the Shapefile and go whole into "
                  "long_texts.csv / long_texts.dbf keyed by the code, each one named in the log; "
                  "evaluation rasters copied as GeoTIFF; a 数据说明 DOCX describing every layer, "
                  "field, unit, source and CRS.")
    DECISION_ZH = "字段名对照表：core/tables/database_fields.csv；表中没有的字段截为前 10 个字符（大写）并以数字去重。"
    DECISION_EN = ("Field names from core/tables/database_fields.csv; a field it lacks is cut to "
                   "10 characters (upper case), made unique with a digit.")

    def initParameters(self, config=None):  # noqa: N802
        for name, stem, zh, en in LAYERS:
            self.add(QgsProcessingParameterFeatureSource(name, en.split(" (")[0], [
                QgsProcessing.TypeVectorAnyGeometry], optional=name != "ZONES"),
                zh, "%s → %s.shp" % (zh, stem), "%s → %s.shp" % (en, stem))
        self.add(QgsProcessingParameterField("CODE_FIELD", "Zone code field", "code", "ZONES",
                                             optional=True),
                 "编号字段", "长文本表关联用的编号字段（默认 code）",
                 "Key of the long-text table (default code)")
        self.add(QgsProcessingParameterMultipleLayers("RASTERS", "Evaluation rasters",
                                                      QgsProcessing.TypeRaster, optional=True),
                 "评价栅格", "生态系统敏感性、重要性等评价栅格，复制为 GeoTIFF（带 .qml 样式）",
                 "Evaluation rasters (sensitivity, importance …), copied as GeoTIFF (with their .qml)")
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", "Database folder"),
                 "数据库文件夹", "Shapefile、GeoTIFF、对照表和数据说明的输出文件夹",
                 "Folder for the Shapefiles, GeoTIFFs, mapping table and description")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_DESCRIPTION", "Data description (DOCX)", "Word (*.docx)", optional=True,
            createByDefault=True), "数据说明 DOCX", "描述每个图层、字段、单位、来源和坐标系（需要 python-docx）",
            "Describes every layer, field, unit, source and CRS (needs python-docx)")

    def process(self, parameters, context, feedback):
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        os.makedirs(folder, exist_ok=True)
        stage = os.path.join(folder, ".envzoning_part_%d" % os.getpid())
        os.makedirs(stage, exist_ok=True)
        mapping = DB.load_mapping()
        written, layers, long_rows = [], [], []
        try:
            for k, (name, stem, zh, en) in enumerate(LAYERS):
                if parameters.get(name) in (None, ""):
                    continue
                src = self.parameterAsSource(parameters, name, context)
                base.check_source(src, name)
                key_field = "code"
                if name == "ZONES":
                    key_field = self.parameterAsString(parameters, "CODE_FIELD", context) or "code"
                    base.field_index(src, key_field, src.sourceName() or name, "CODE_FIELD")
                feats = base.features_in_crs(src, src.sourceCrs(), context, feedback,
                                             src.sourceName() or name)  # repaired, warned
                info, files = self._write_shp(src, feats, stage, stem, zh, mapping, key_field,
                                              long_rows, parameters.get(name), feedback)
                layers.append(info)
                written += files
                feedback.pushInfo("%s.shp: %d features, %d fields / %d 个要素" % (
                    stem, info["count"], len(info["fields"]), info["count"]))
                feedback.setProgress(10 + 50.0 * (k + 1) / len(LAYERS))
            written += self._write_mapping(stage, layers)
            if long_rows:
                written += self._write_long(stage, long_rows)
                groups = {}
                for lyr, key, fld, text in long_rows:
                    groups.setdefault((lyr, fld), []).append((key, len(text.encode("utf-8"))))
                for (lyr, fld), items in groups.items():
                    keys = "、".join(k for k, _ in items[:5]) + ("…" if len(items) > 5 else "")
                    feedback.pushWarning(
                        "%s.shp, field %s: %d texts exceed 254 bytes (up to %d; %s): the Shapefile "
                        "keeps the first 254 bytes, the whole texts are in long_texts.csv / "
                        "long_texts.dbf keyed by the code / %s.shp 字段 %s 有 %d 条文本超过 254 字节，"
                        "全文见 long_texts.csv / long_texts.dbf（按编号关联）"
                        % (lyr, fld, len(items), max(n for _, n in items), keys, lyr, fld,
                           len(items)))
            rasters = []
            for lyr in self.parameterAsLayerList(parameters, "RASTERS", context) or []:
                info, files = self._copy_raster(lyr, stage)
                rasters.append(info)
                written += files
            feedback.setProgress(80)
            write_files(stage, folder, written)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        out = {"OUTPUT_FOLDER": folder, "OUTPUT_DESCRIPTION": None}
        desc = self.parameterAsFileOutput(parameters, "OUTPUT_DESCRIPTION", context) \
            if parameters.get("OUTPUT_DESCRIPTION") not in (None, "") else None
        if desc:
            if docx_writer() is None:
                feedback.reportError("数据说明 not written: python-docx is missing / 未生成数据说明：缺少 python-docx")
            else:
                from ..core import database_docx
                os.makedirs(os.path.dirname(os.path.abspath(desc)), exist_ok=True)
                out["OUTPUT_DESCRIPTION"] = database_docx.write(desc, layers, rasters, long_rows)
        feedback.setProgress(100)
        return out

    # -- writers ------------------------------------------------------------------------
    def _write_shp(self, src, feats, stage, stem, zh, mapping, key_field, long_rows,
                   source_param, feedback):
        fields = src.fields()
        plan = DB.field_plan([f.name() for f in fields], mapping)
        drv = ogr.GetDriverByName("ESRI Shapefile")
        path = os.path.join(stage, stem + ".shp")
        ds = drv.CreateDataSource(path)
        srs = None
        crs = src.sourceCrs()
        if crs.isValid():
            srs = osr.SpatialReference()
            srs.ImportFromWkt(crs.toWkt())
        gtype = {QgsWkbTypes.PointGeometry: ogr.wkbMultiPoint,
                 QgsWkbTypes.LineGeometry: ogr.wkbMultiLineString,
                 QgsWkbTypes.PolygonGeometry: ogr.wkbMultiPolygon}.get(
            QgsWkbTypes.geometryType(src.wkbType()), ogr.wkbUnknown)
        lyr = ds.CreateLayer(stem, srs, gtype, options=["ENCODING=UTF-8"])
        kinds = []
        for f, (_, shp, _, _) in zip(fields, plan):
            t = f.type()
            if t in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong, QVariant.Bool):
                fd = ogr.FieldDefn(shp, ogr.OFTInteger64 if t in (QVariant.LongLong,
                                                                   QVariant.ULongLong)
                                   else ogr.OFTInteger)
                kind = "整型 integer"
            elif t == QVariant.Double:
                fd = ogr.FieldDefn(shp, ogr.OFTReal)
                fd.SetWidth(24)
                fd.SetPrecision(6)
                kind = "浮点 real"
            else:
                fd = ogr.FieldDefn(shp, ogr.OFTString)
                fd.SetWidth(DB.MAX_BYTES)
                kind = "文本 text"
            lyr.CreateField(fd)
            kinds.append(kind)
        key_idx = fields.lookupField(key_field)
        n = 0
        for feat in feats:
            if feedback.isCanceled():
                ds = None
                P.check_canceled(feedback)
            of = ogr.Feature(lyr.GetLayerDefn())
            attrs = feat.attributes()
            key = str(attrs[key_idx]) if key_idx >= 0 else str(feat.id())
            for i, (srcname, shp, _, _) in enumerate(plan):
                v = attrs[i]
                if v is None or (hasattr(v, "isNull") and v.isNull()):
                    continue
                if kinds[i].startswith("文本"):
                    s = str(v)
                    if DB.too_long(s):
                        long_rows.append((stem, key, srcname, s))
                        s = DB.utf8_parts(s)[0]
                    of.SetField(shp, s)
                else:
                    of.SetField(shp, v)
            g = feat.geometry()
            if g is not None and not g.isEmpty():
                g = type(g)(g)
                g.convertToMultiType()
                of.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
            lyr.CreateFeature(of)
            n += 1
        ds = None
        files = [stem + ext for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg")
                 if os.path.exists(os.path.join(stage, stem + ext))]
        info = {"file": stem + ".shp", "name": zh, "count": n, "source": str(source_param),
                "crs": "%s %s" % (crs.authid(), crs.description()) if crs.isValid() else "—",
                "geometry": QgsWkbTypes.displayString(src.wkbType()),
                "fields": [(shp, s, kinds[i], unit, desc) for i, (s, shp, unit, desc)
                           in enumerate(plan)]}
        return info, files

    @staticmethod
    def _write_mapping(stage, layers):
        name = "field_mapping.csv"
        with open(os.path.join(stage, name), "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["layer", "shp_field", "source_field", "type", "unit", "description"])
            for info in layers:
                for shp, s, kind, unit, desc in info["fields"]:
                    w.writerow([info["file"], shp, s, kind, unit, desc])
        return [name]

    @staticmethod
    def _write_long(stage, long_rows):
        with open(os.path.join(stage, "long_texts.csv"), "w", encoding="utf-8-sig",
                  newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["layer", "code", "field", "text"])
            for row in long_rows:
                w.writerow(row)
        drv = ogr.GetDriverByName("ESRI Shapefile")
        ds = drv.CreateDataSource(os.path.join(stage, "long_texts.dbf"))
        lyr = ds.CreateLayer("long_texts", None, ogr.wkbNone, options=["ENCODING=UTF-8"])
        for fname, width in (("LAYER", 20), ("CODE", 60), ("FIELD", 30), ("PART", 0),
                             ("TEXT", DB.MAX_BYTES)):
            fd = ogr.FieldDefn(fname, ogr.OFTInteger if fname == "PART" else ogr.OFTString)
            if width:
                fd.SetWidth(width)
            lyr.CreateField(fd)
        for layer, code, field, text in long_rows:
            for k, part in enumerate(DB.utf8_parts(text)):
                f = ogr.Feature(lyr.GetLayerDefn())
                f.SetField("LAYER", layer)
                f.SetField("CODE", code)
                f.SetField("FIELD", field)
                f.SetField("PART", k + 1)
                f.SetField("TEXT", part)
                lyr.CreateFeature(f)
        ds = None
        return ["long_texts.csv"] + [n for n in ("long_texts.dbf", "long_texts.cpg")
                                     if os.path.exists(os.path.join(stage, n))]

    @staticmethod
    def _copy_raster(layer, stage):
        src = layer.source()
        stem = os.path.splitext(os.path.basename(src.split("|")[0]))[0]
        name = stem + ".tif"
        dst = os.path.join(stage, name)
        ds = gdal.Translate(dst, src, format="GTiff",
                            creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
        if ds is None:
            raise QgsProcessingException("Cannot copy raster %s / 无法复制栅格 %s" % (src, src))
        band = ds.GetRasterBand(1)
        gt = ds.GetGeoTransform()
        info = {"file": name, "source": src, "size": (ds.RasterXSize, ds.RasterYSize),
                "cell": abs(gt[1]), "nodata": band.GetNoDataValue(),
                "dtype": gdal.GetDataTypeName(band.DataType),
                "crs": "%s %s" % (layer.crs().authid(), layer.crs().description())}
        ds = None
        files = [name]
        qml = os.path.splitext(src.split("|")[0])[0] + ".qml"
        if os.path.isfile(qml):
            shutil.copyfile(qml, os.path.join(stage, stem + ".qml"))
            files.append(stem + ".qml")
        return info, files
