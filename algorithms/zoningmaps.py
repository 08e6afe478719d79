"""envzoning:zoningmaps — Z 7.1, 7.3: the zoning map (A3) and the township atlas (A4)
from the print-layout templates in resources/layouts/, exported to PDF and PNG."""

import os
import shutil
import uuid

from qgis.core import (
    QgsProcessingParameterRasterLayer,
    QgsExpression,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLineSymbol,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from . import base
from . import progress as P
from . import maplayout as ML
from ..core import pdftext
from .styles import check_zone_types, cjk_font_family, styled_zone_layer



class ZoningMaps(base.EnvZoningAlgorithm):
    ID = "zoningmaps"
    NAME_EN = "Zoning maps"
    NAME_ZH = "环境功能区划图件"
    GROUP = "outputs"
    SEED = "Z 7.1、7.3 / Z 7.1, 7.3"
    SUMMARY_ZH = ("由 resources/layouts/ 中的打印布局模板生成环境功能区划总图（A3）与各乡镇分图（A4 图集），"
                  "含标题、图例、比例尺、指北针、经纬度、县界、乡镇界、水系、区域编号注记与审图号占位，"
                  "导出 PDF 与 PNG（约 150 dpi）。")
    SUMMARY_EN = ("Builds the county zoning map (A3) and one map per township (A4 atlas) from the "
                  "print-layout templates in resources/layouts/: title, legend, scale bar, north "
                  "arrow, lon/lat ticks, county and township boundaries, water, zone-code labels "
                  "and a map-review-number placeholder; exported to PDF and PNG (~150 dpi).")
    DECISION_ZH = ("区划总图为 A3 横向、乡镇分图为 A4 纵向（Z 7.1）；分图中非本乡镇范围以白色半透明淡化。"
                   "模板可在 QGIS 布局设计器中修改（按图元 ID 识别：map、title、legend、scale_bar、north_arrow、review_no）。")
    DECISION_EN = ("The county map is A3 landscape, township maps A4 portrait (Z 7.1); outside the "
                   "current township the map is faded with translucent white. The templates can "
                   "be edited in the layout designer (items found by id: map, title, legend, "
                   "scale_bar, north_arrow, review_no).")

    def flags(self):
        # layouts and their rendering are created on the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("ZONES", "Zones", [
            QgsProcessing.TypeVectorPolygon]), "环境功能区", "环境功能区面图层（zone_type I…VI，code）",
            "Zone polygons (zone_type I…VI, code)")
        self.add(QgsProcessingParameterFeatureSource("REGION", "Region", [
            QgsProcessing.TypeVectorPolygon]), "区划范围（县界）", "县（市、区）行政边界",
            "The county boundary")
        self.add(QgsProcessingParameterFeatureSource("TOWNSHIPS", "Townships", [
            QgsProcessing.TypeVectorPolygon]), "乡镇（街道）", "乡镇边界（每个乡镇一幅 A4 分图）",
            "Township boundaries (one A4 map each)")
        self.add(QgsProcessingParameterField("TOWNSHIP_NAME_FIELD", "Township name field", "name",
                                             "TOWNSHIPS", optional=True),
                 "乡镇名称字段", "乡镇名称字段（分图标题与注记，默认 name）",
                 "Township name field (atlas titles and labels, default name)")
        self.add(QgsProcessingParameterFeatureSource("RIVERS", "Rivers", [
            QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon], optional=True),
            "水系", "河流（线）或水体（面），可选", "Rivers (lines) or water bodies (polygons), optional")
        self.add(QgsProcessingParameterField("RIVER_NAME_FIELD", "River name field", "name",
                                             "RIVERS", optional=True),
                 "河流名称字段", "河流注记字段（默认 name；留空不注记）",
                 "River label field (default name; empty: no labels)", advanced=True)
        self.add(QgsProcessingParameterFeatureSource("WATERBODIES", "Lakes and reservoirs", [
            QgsProcessing.TypeVectorPolygon], optional=True),
            "湖泊水库", "湖泊、水库等面状水体（按 name 字段注记），可选",
            "Lakes and reservoirs (polygons, labelled by a name field), optional")
        self.add(QgsProcessingParameterFeatureSource("ROADS", "Roads", [
            QgsProcessing.TypeVectorLine], optional=True),
            "交通", "道路（线），底图要素，可选", "Roads (lines) for the base map, optional")
        self.add(QgsProcessingParameterFeatureSource("SETTLEMENTS", "Settlements", [
            QgsProcessing.TypeVectorPoint], optional=True),
            "居民地", "居民地（点，按 name 字段注记），可选",
            "Settlements (points, labelled by a name field), optional")
        for key, zh, en in EVALUATION_INPUTS:
            if key in ("SENSITIVITY", "IMPORTANCE"):
                prm = QgsProcessingParameterRasterLayer(key, en, optional=True)
            else:
                prm = QgsProcessingParameterFeatureSource(key, en, [
                    QgsProcessing.TypeVectorPolygon], optional=True)
            self.add(prm, zh, "%s：输出 A4 评价图 evaluation_%s.pdf/.png（带分级图例），可选"
                     % (zh, key.lower().split("_")[0]),
                     "%s: an A4 evaluation map evaluation_%s.pdf/.png with a level legend, "
                     "optional" % (en, key.lower().split("_")[0]))
        self.add(QgsProcessingParameterFeatureSource("TOWNSHIPS_P2K", "Townships with P2 and K", [
            QgsProcessing.TypeVectorPolygon], optional=True),
            "乡镇 P2、K 评价", "k 算法输出的乡镇面（字段 p2、k）：输出 A4 评价图 evaluation_p2.pdf/.png 与 "
            "evaluation_k.pdf/.png（乡镇按值分级着色，带图例），可选",
            "Townships with p2 and k (the k output): A4 evaluation maps evaluation_p2.pdf/.png and "
            "evaluation_k.pdf/.png (townships filled by value, with a legend), optional")
        self.add(QgsProcessingParameterRasterLayer("IMAGERY", "Satellite imagery", optional=True),
                 "卫星遥感影像", "卫星遥感影像栅格（如 GeoTIFF），生成卫星遥感图 satellite_a3.pdf/.png（Z 7.3 必需图件）",
                 "Satellite imagery raster (e.g. GeoTIFF): writes the satellite map satellite_a3.pdf/.png "
                 "(mandatory in Z 7.3)")
        self.add(QgsProcessingParameterString("IMAGERY_URL", "Imagery XYZ/WMTS source", "",
                                              optional=True),
                 "影像服务地址", "不提供影像栅格时，可给出 XYZ 瓦片地址（如 https://…/{z}/{x}/{y}.png）或完整的 "
                 "QGIS WMS/WMTS 数据源串（含 url= 与 layers=）",
                 "Without an imagery raster: an XYZ tile URL (https://…/{z}/{x}/{y}.png) or a "
                 "full QGIS WMS/WMTS source string (with url= and layers=)", advanced=True)
        self.add(QgsProcessingParameterString("TITLE", "Title", "环境功能区划图"),
                 "图名", "总图图名，如“仙居县环境功能区划图”；分图图名为 县名+乡镇名+环境功能区划图",
                 "Map title, e.g. 仙居县环境功能区划图; township maps get county + township + "
                 "环境功能区划图")
        self.add(QgsProcessingParameterField("TYPE_FIELD", "Zone type field", "zone_type", "ZONES", optional=True),
                 "类型字段", "环境功能区类型字段（I…VI）", "Zone type field (I…VI)", advanced=True)
        self.add(QgsProcessingParameterField("LABEL_FIELD", "Zone label field", "code", "ZONES",
                                             optional=True),
                 "区域注记字段", "区域注记字段（默认 code；留空不注记）",
                 "Zone label field (default code; empty: no labels)", advanced=True)
        self.add(QgsProcessingParameterNumber("DPI", "PNG resolution (dpi)",
                                              QgsProcessingParameterNumber.Integer, 150,
                                              minValue=50, maxValue=600),
                 "PNG 分辨率 (dpi)", "PNG 导出分辨率（默认 150）", "PNG resolution (default 150)",
                 advanced=True)
        self.add(QgsProcessingParameterBoolean("ATLAS_PNG", "Township maps also as PNG", True),
                 "分图另存 PNG", "乡镇分图是否另存为 PNG（每乡镇一个）",
                 "Also write one PNG per township")
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", "Output folder"),
                 "输出文件夹", "图件输出文件夹：zoning_map_a3.pdf/.png、township_atlas_a4.pdf、"
                 "townships/*.png", "Folder for zoning_map_a3.pdf/.png, township_atlas_a4.pdf, "
                 "townships/*.png")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", "Zoning map (PDF)", "PDF (*.pdf)", optional=True,
            createByDefault=False), "区划总图 PDF", "可选：总图 PDF 另存路径",
            "Optional: path of the A3 map PDF")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_PNG", "Zoning map (PNG)", "PNG (*.png)", optional=True,
            createByDefault=False), "区划总图 PNG", "可选：总图 PNG 另存路径",
            "Optional: path of the A3 map PNG")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_ATLAS_PDF", "Township atlas (PDF)", "PDF (*.pdf)", optional=True,
            createByDefault=False), "乡镇分图集 PDF", "可选：乡镇分图集 PDF 另存路径",
            "Optional: path of the township atlas PDF")

    # -- running ------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        zones_src = self.parameterAsSource(parameters, "ZONES", context)
        base.check_source(zones_src, "ZONES")
        zlabel = zones_src.sourceName() or "ZONES"
        type_field = self.parameterAsString(parameters, "TYPE_FIELD", context) or "zone_type"
        check_zone_types(zones_src, base.field_index(zones_src, type_field, zlabel, "TYPE_FIELD"),
                         zlabel)
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context)
        if label_field:
            base.field_index(zones_src, label_field, zlabel, "LABEL_FIELD")
        region_src = self.parameterAsSource(parameters, "REGION", context)
        base.check_source(region_src, "REGION")
        towns_src = self.parameterAsSource(parameters, "TOWNSHIPS", context)
        base.check_source(towns_src, "TOWNSHIPS")
        tname = self.parameterAsString(parameters, "TOWNSHIP_NAME_FIELD", context) or "name"
        base.field_index(towns_src, tname, towns_src.sourceName() or "TOWNSHIPS",
                         "TOWNSHIP_NAME_FIELD")
        rivers_src = None
        rname = ""
        if parameters.get("RIVERS") not in (None, ""):
            rivers_src = self.parameterAsSource(parameters, "RIVERS", context)
            base.check_source(rivers_src, "RIVERS")
            rname = self.parameterAsString(parameters, "RIVER_NAME_FIELD", context)
            if rname:
                base.field_index(rivers_src, rname, rivers_src.sourceName() or "RIVERS",
                                 "RIVER_NAME_FIELD")
        title = self.parameterAsString(parameters, "TITLE", context) or "环境功能区划图"
        dpi = self.parameterAsInt(parameters, "DPI", context)
        atlas_png = self.parameterAsBool(parameters, "ATLAS_PNG", context)
        ML.check_templates()

        crs = base.analysis_crs(region_src.sourceCrs(), region_src.sourceExtent())
        project = QgsProject()
        project.setCrs(crs)
        font = cjk_font_family()
        zones = ML.materialize(zones_src, "环境功能区")
        styled_zone_layer(zones, type_field, label_field, font_size=7)
        if label_field:
            # a zone smaller than a ~20 mm square on the A3 map (≈ 330 mm wide) gets its
            # label beside it with a leader line
            rext = ML.extent_in(ML.materialize(region_src, "region"), crs, project)
            side = 20.0 * max(rext.width(), rext.height() * 330 / 250.0) / 330.0
            ML.zone_labels_inside(zones, side * side)
        region = ML.county_boundary(region_src)
        towns = ML.township_boundaries(towns_src, tname, font, 9)
        layers = [region]
        rivers = None
        if rivers_src is not None:
            rivers = ML.materialize(rivers_src, "河流水系")
            if rivers.geometryType() == QgsWkbTypes.LineGeometry:
                rivers.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
                    "line_color": "0,112,192,255", "line_width": "0.5",
                    "line_width_unit": "MM", "capstyle": "round", "joinstyle": "round"})))
            else:
                rivers.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
                    "color": "150,200,240,255", "outline_color": "0,112,192,255",
                    "outline_width": "0.3"})))
            if rname:
                ML.label_layer(rivers, rname, font, 8, QColor(0, 90, 170), italic=True, curved=True,
                       priority=2)
            layers.append(rivers)
        base_map = self._base_map(parameters, context, font)
        layers += base_map
        for lyr in [zones, towns] + layers:
            project.addMapLayer(lyr, False)
        P.report(feedback, 10)

        stage = os.path.join(QgsProcessingUtils.tempFolder(), "maps_%s" % uuid.uuid4().hex[:8])
        os.makedirs(os.path.join(stage, "townships"))
        outside = ML.outside_obstacle(region, project)
        project.addMapLayer(outside, False)
        water = base_map + ([rivers] if rivers else [])
        map_layers = [outside, region] + water + [towns, zones]

        # A3 county map
        layout = ML.layout_from_template(project, ML.A3_TEMPLATE, "zoning_map_a3")
        ML.set_title(layout, title, font)
        mp = layout.itemById("map")
        mp.setCrs(crs)
        mp.setLayers(map_layers)
        ext = ML.extent_in(region, crs, project)
        mp.zoomToExtent(ext.buffered(max(ext.width(), ext.height()) * 0.03))
        ML.grid_interval(mp, ext, crs, project, 5)
        ML.zone_legend(layout, zones, [region, towns] + water, font)
        ML.fix_fonts(layout, font)
        ML.nice_scalebar(layout, 60)
        pdf = os.path.join(stage, "zoning_map_a3.pdf")
        png = os.path.join(stage, "zoning_map_a3.png")
        ML.export_layout(layout, pdf, png, dpi, feedback)
        P.report(feedback, 40)

        # A4 township atlas
        atlas_layout = ML.layout_from_template(project, ML.A4_TEMPLATE, "township_atlas_a4")
        mask = ML.materialize(towns_src, "mask")
        mask.setRenderer(ML.mask_renderer())
        project.addMapLayer(mask, False)
        prefix = title.replace("环境功能区划图", "") if title.endswith("环境功能区划图") else ""
        ref = QgsExpression.quotedColumnRef(tname)
        ML.set_title(atlas_layout, "%s[%% %s %%]环境功能区划图" % (prefix, ref), font)
        amap = atlas_layout.itemById("map")
        amap.setCrs(crs)
        amap.setLayers([mask, region] + water + [towns, zones])
        amap.setAtlasDriven(True)
        amap.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        amap.setAtlasMargin(0.08)
        atlas = atlas_layout.atlas()
        atlas.setCoverageLayer(mask)  # the mask's own ids: $id = @atlas_featureid
        atlas.setPageNameExpression(ref)
        atlas.setFilenameExpression("'township_' || lpad(to_string(@atlas_featurenumber), 2, '0')"
                                    " || '_' || %s" % ref)
        atlas.setEnabled(True)
        sizes = []
        for f in towns.getFeatures():
            bb = f.geometry().boundingBox()
            sizes.append(bb)
        median = sorted(sizes, key=lambda b: max(b.width(), b.height()))[len(sizes) // 2]
        ML.grid_interval(amap, median, crs, project, 3, towns.crs())
        ML.zone_legend(atlas_layout, zones, [region, towns] + water, font)
        ML.fix_fonts(atlas_layout, font)
        atlas.featureChanged.connect(lambda *_: ML.nice_scalebar(atlas_layout, 40))
        atlas_pdf = os.path.join(stage, "township_atlas_a4.pdf")
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 300
        settings.textRenderFormat = ML.TEXT_AS_TEXT
        res, err = QgsLayoutExporter.exportToPdf(atlas, atlas_pdf, settings)
        if res != QgsLayoutExporter.Success:
            raise QgsProcessingException("Township atlas export failed: %s / 乡镇分图导出失败" % err)
        pdftext.fix_radicals(atlas_pdf)
        P.report(feedback, 70)
        if atlas_png:
            isettings = QgsLayoutExporter.ImageExportSettings()
            isettings.dpi = dpi
            res, err = QgsLayoutExporter.exportToImage(  # the base path's folder is used
                atlas, os.path.join(stage, "townships", "township"),
                                                       "png", isettings)
            if res != QgsLayoutExporter.Success:
                raise QgsProcessingException("Township PNG export failed: %s / 乡镇分图 PNG 导出失败"
                                             % err)
        P.report(feedback, 95)
        feedback.pushInfo("%d township maps / 乡镇分图 %d 幅" % (towns.featureCount(),
                                                              towns.featureCount()))

        # A3 satellite map (Z 7.3: 卫星遥感图)
        eval_files = self._satellite_map(parameters, context, project, crs, region, towns,
                                         tname, prefix, font, stage, dpi, feedback)
        # A4 evaluation maps (Z 7.3: 单因子评价和综合评价图)
        eval_files += self._evaluation_maps(parameters, context, project, crs, region, towns,
                                           water, prefix, font, stage, dpi, feedback)

        # move the finished files into place (nothing half-written on failure)
        P.check_canceled(feedback)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        os.makedirs(folder, exist_ok=True)
        out = {"OUTPUT_FOLDER": folder}
        targets = {"OUTPUT_PDF": (pdf, "zoning_map_a3.pdf"), "OUTPUT_PNG": (png, "zoning_map_a3.png"),
                   "OUTPUT_ATLAS_PDF": (atlas_pdf, "township_atlas_a4.pdf")}
        for key, (src, name) in targets.items():
            dest = None
            if parameters.get(key) not in (None, ""):
                dest = self.parameterAsFileOutput(parameters, key, context)
            dest = dest or os.path.join(folder, name)
            os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)
            shutil.copyfile(src, dest)
            out[key] = dest
        for name in eval_files:
            shutil.move(os.path.join(stage, name), os.path.join(folder, name))
        if atlas_png:
            tdir = os.path.join(folder, "townships")
            os.makedirs(tdir, exist_ok=True)
            for name in sorted(os.listdir(os.path.join(stage, "townships"))):
                shutil.move(os.path.join(stage, "townships", name), os.path.join(tdir, name))
        shutil.rmtree(stage, ignore_errors=True)
        feedback.setProgress(100)
        return out

    def _satellite_map(self, parameters, context, project, crs, region, towns, tname, prefix,
                       font, stage, dpi, feedback):
        """The 卫星遥感图: imagery under the county and township boundaries and names."""
        from qgis.core import QgsRasterLayer
        url = (self.parameterAsString(parameters, "IMAGERY_URL", context) or "").strip()
        if parameters.get("IMAGERY") not in (None, ""):
            src = self.parameterAsRasterLayer(parameters, "IMAGERY", context)
            img = QgsRasterLayer(src.source(), "卫星遥感影像")
        elif url:
            if "url=" not in url:
                from urllib.parse import quote
                url = "type=xyz&url=%s&zmax=18&zmin=0" % quote(url, safe=":/{}?=&")
            img = QgsRasterLayer(url, "卫星遥感影像", "wms")
        else:
            feedback.pushWarning("No IMAGERY or IMAGERY_URL: the satellite map (卫星遥感图, required "
                                 "by Z 7.3) is not drawn / 未给出遥感影像，未生成卫星遥感图")
            return []
        if not img.isValid():
            raise QgsProcessingException("The imagery could not be read: %s / 无法读取遥感影像"
                                         % (img.source()))
        project.addMapLayer(img, False)
        lines = ML.materialize(region, "县界")
        lines.setRenderer(QgsSingleSymbolRenderer(ML.line_fill("255,255,0,255", 0.9, "solid")))
        tl = ML.materialize(towns, "乡镇界")
        tl.setRenderer(QgsSingleSymbolRenderer(ML.line_fill("255,255,255,255", 0.35, "dash")))
        ML.label_layer(tl, tname, font, 9, QColor(255, 255, 255), bold=True, priority=10, dark=True)
        for lyr in (lines, tl):
            project.addMapLayer(lyr, False)
        layout = ML.layout_from_template(project, ML.A3_TEMPLATE, "satellite_a3")
        ML.set_title(layout, "%s卫星遥感图" % prefix, font)
        mp = layout.itemById("map")
        mp.setCrs(crs)
        mp.setLayers([lines, tl, img])
        ext = ML.extent_in(region, crs, project)
        mp.zoomToExtent(ext.buffered(max(ext.width(), ext.height()) * 0.03))
        ML.grid_interval(mp, ext, crs, project, 5)
        legend = layout.itemById("legend")
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        root.addLayer(lines)
        root.addLayer(tl)
        legend.updateLegend()
        legend.adjustBoxSize()
        ML.fix_fonts(layout, font)
        ML.nice_scalebar(layout, 60)
        ML.export_layout(layout, os.path.join(stage, "satellite_a3.pdf"),
                os.path.join(stage, "satellite_a3.png"), dpi, feedback)
        feedback.pushInfo("卫星遥感图 satellite map: satellite_a3.pdf / .png")
        return ["satellite_a3.pdf", "satellite_a3.png"]

    def _evaluation_maps(self, parameters, context, project, crs, region, towns, water,
                         prefix, font, stage, dpi, feedback):
        """One A4 map per given evaluation layer, styled with its levels (levels.json)."""
        from qgis.core import QgsRasterLayer
        files = []
        for key, zh, en in EVALUATION_INPUTS:
            if parameters.get(key) in (None, ""):
                continue
            kind, field = EVALUATION_STYLE[key]
            qml = os.path.join(stage, "eval_%s.qml" % kind)
            if key in ("SENSITIVITY", "IMPORTANCE"):
                src = self.parameterAsRasterLayer(parameters, key, context)
                lyr = QgsRasterLayer(src.source(), zh)
                text = base.level_style_qml(kind)
            else:
                src = self.parameterAsSource(parameters, key, context)
                base.check_source(src, key)
                base.field_index(src, field, src.sourceName() or key, key)
                lyr = ML.materialize(src, zh)
                text = base.vector_level_qml(kind, field)
            with open(qml, "w", encoding="utf-8") as fh:
                fh.write(text)
            lyr.loadNamedStyle(qml)
            lyr.setName(zh)
            project.addMapLayer(lyr, False)
            stem = "evaluation_%s" % key.lower().split("_")[0]
            files += ML.export_map(project, ML.A4_TEMPLATE, stem, "%s%s图" % (prefix, zh), crs,
                                ML.extent_in(region, crs, project),
                                [region] + water + [towns, lyr], [lyr, region, towns], font,
                                40, 3, dpi, stage, feedback)
        if parameters.get("TOWNSHIPS_P2K") not in (None, ""):
            src = self.parameterAsSource(parameters, "TOWNSHIPS_P2K", context)
            base.check_source(src, "TOWNSHIPS_P2K")
            for field, zh, ramp in TOWNSHIP_EVALUATIONS:
                base.field_index(src, field, src.sourceName() or "TOWNSHIPS_P2K", "TOWNSHIPS_P2K")
                lyr = ML.materialize(src, zh)
                lyr.setRenderer(township_value_renderer(lyr, field, ramp))
                project.addMapLayer(lyr, False)
                files += ML.export_map(project, ML.A4_TEMPLATE, "evaluation_%s" % field,
                                    "%s%s图" % (prefix, zh), crs, ML.extent_in(region, crs, project),
                                    [region] + water + [towns, lyr], [lyr, region, towns], font,
                                    40, 3, dpi, stage, feedback)
        return files

    def _base_map(self, parameters, context, font):
        """Lakes/reservoirs, roads and settlements (Z 7.3 base map), each optional; the
        list goes into the map above the zones, in drawing order."""
        out = []
        spec = [("SETTLEMENTS", "居民地"), ("ROADS", "交通"), ("WATERBODIES", "湖泊水库")]
        for key, zh in spec:
            if parameters.get(key) in (None, ""):
                continue
            src = self.parameterAsSource(parameters, key, context)
            base.check_source(src, key)
            lyr = ML.materialize(src, zh)
            name = _named_field(lyr)
            if key == "WATERBODIES":
                lyr.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
                    "color": "150,200,240,255", "outline_color": "0,112,192,255",
                    "outline_width": "0.3"})))
                if name:
                    ML.label_layer(lyr, name, font, 8, QColor(0, 90, 170), italic=True, priority=6)
            elif key == "ROADS":
                lyr.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
                    "line_color": "150,110,60,255", "line_width": "0.4",
                    "line_width_unit": "MM"})))
            else:
                from qgis.core import QgsMarkerSymbol
                lyr.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
                    "name": "circle", "color": "255,255,255,255", "outline_color": "0,0,0,255",
                    "size": "1.6"})))
                if name:
                    ML.label_layer(lyr, name, font, 7, QColor(0, 0, 0), priority=7)
            out.append(lyr)
        return out


# -- helpers ------------------------------------------------------------------------------

# evaluation maps: (parameter, title, English); style kind and field (levels.json)
EVALUATION_INPUTS = [
    ("SENSITIVITY", "生态系统敏感性评价", "Ecosystem sensitivity levels"),
    ("IMPORTANCE", "生态系统重要性评价", "Ecosystem importance levels"),
    ("P1_GRID", "保障自然生态安全指数（P1）评价", "P1 grid"),
    ("COMPOSITE_GRID", "环境功能综合评价", "Composite index grid (A)"),
]
EVALUATION_STYLE = {"SENSITIVITY": ("sensitivity", None), "IMPORTANCE": ("importance", None),
                    "P1_GRID": ("p1", "p1"), "COMPOSITE_GRID": ("a_class", "a_class")}

# township evaluation maps (TOWNSHIPS_P2K): field, title, colour ramp (low → high value)
TOWNSHIP_EVALUATIONS = [
    ("p2", "维护人居环境健康指数（P2）评价", ("#fff5eb", "#a63603")),
    ("k", "区域环境支撑能力指数（K）评价", ("#f7fcf5", "#006d2c")),
]


def township_value_renderer(layer, field, ramp, max_categories=7):
    """Townships filled by ``field``: one class per value when there are few values (P2
    and K take a handful), else five natural-break (Jenks) classes; light → dark with the
    value, each legend entry with the number of townships."""
    from qgis.core import (QgsCategorizedSymbolRenderer, QgsClassificationJenks,
                           QgsGradientColorRamp, QgsGraduatedSymbolRenderer,
                           QgsRendererCategory)
    vals = [f[field] for f in layer.getFeatures()]
    nums = sorted({float(v) for v in vals if v is not None and str(v) != "NULL"})
    if not nums:
        raise QgsProcessingException("%s: field %s has no values / 字段 %s 无数值"
                                     % (layer.name(), field, field))
    cramp = QgsGradientColorRamp(QColor(ramp[0]), QColor(ramp[1]))

    def fill(t):
        return QgsFillSymbol.createSimple({"color": cramp.color(t).name(),
                                           "outline_color": "110,110,110,255",
                                           "outline_width": "0.2"})

    def fmt(v):
        return ("%d" % v) if float(v).is_integer() else ("%.3g" % v)

    if len(nums) <= max_categories:
        cats = []
        for i, v in enumerate(nums):
            n = sum(1 for x in vals if x is not None and str(x) != "NULL" and float(x) == v)
            t = i / max(1, len(nums) - 1)
            cats.append(QgsRendererCategory(v, fill(0.15 + 0.85 * t),
                                            "%s = %s（%d 个乡镇）" % (field.upper(), fmt(v), n)))
        return QgsCategorizedSymbolRenderer(field, cats)
    r = QgsGraduatedSymbolRenderer(field)
    r.setClassificationMethod(QgsClassificationJenks())
    r.updateClasses(layer, 5)
    rngs = r.ranges()
    for i, rg in enumerate(rngs):
        t = i / max(1, len(rngs) - 1)
        r.updateRangeSymbol(i, fill(0.15 + 0.85 * t))
        r.updateRangeLabel(i, "%s %s - %s" % (field.upper(), fmt(rg.lowerValue()),
                                              fmt(rg.upperValue())))
    return r


def _named_field(layer):
    for cand in ("name", "NAME", "名称", "mc", "MC"):
        if layer.fields().lookupField(cand) >= 0:
            return cand
    return ""
