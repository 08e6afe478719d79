"""The one small base class of every envzoning algorithm (STYLE.md items 4–6), and the glue
helpers algorithms share: parameters with bilingual help, inputs onto the analysis grid or
into the analysis CRS, outputs styled, core errors turned into QgsProcessingException,
partial outputs removed on failure or cancel."""

import html
import json
import math
import os
import shutil
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingUtils,
    QgsProperty,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl

from .compat import QVariant

from ..core import encoding as ENC
from ..core import raster as R
from ..core import tables as T
from ..core.errors import Canceled, EnvZoningError
from ..processing_provider.provider import PLUGIN_DIR, chinese_ui

# QGIS sorts the toolbox by displayed name: the number keeps the workflow order (issue 14)
GROUPS = {
    "evaluation": ("1 评价 Evaluation", "1_evaluation"),
    "zoning": ("2 分区 Zoning", "2_zoning"),
    "outputs": ("3 成果 Outputs", "3_outputs"),
    "control": ("4 分区管控 Zoning control", "4_control"),
}
STYLE_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
HELP_BASE = "https://github.com/envzoning/envzoning/blob/main/docs/reference/"

# Z and N, the section codes of every help text, explained once in each (issue 14 item 5)
SEED_NOTE = ("Z =《浙江省市县环境功能区划编制技术指南》Zhejiang guideline for city/county "
             "environmental function zoning; N =《生态环境分区管控技术指南 总纲》编制说明 notes to "
             "the national ecological-environment zoning control guideline (2024); "
             "“Z 4.6” = section 4.6 of Z.")

_post_processors = []  # keep Python post-processors alive (STYLE.md item 8)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml):
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()


class EnvZoningAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set the class attributes and implement ``initParameters`` and ``process``."""

    ID = ""
    NAME_EN = ""
    NAME_ZH = ""
    GROUP = "evaluation"
    SEED = ""  # the seed section it implements, e.g. "Z annex-1 1(1), table 1-1"
    SUMMARY_EN = ""
    SUMMARY_ZH = ""
    DECISION_EN = ""
    DECISION_ZH = ""

    def __init__(self):
        super().__init__()
        self._help = []  # (name, zh, en)

    # -- identity -----------------------------------------------------------------------
    def name(self):
        return self.ID

    ORDER = ""  # "1.01": set by the provider from the SPEC order, so the toolbox keeps it

    def displayName(self):  # noqa: N802
        prefix = self.ORDER + " " if self.ORDER else ""
        if chinese_ui() and self.NAME_ZH:
            return "%s%s %s" % (prefix, self.NAME_ZH, self.ID)
        return prefix + self.tr(self.NAME_EN)

    def group(self):
        return GROUPS[self.GROUP][0]

    def groupId(self):  # noqa: N802
        return GROUPS[self.GROUP][1]

    def tags(self):
        return [self.ID, self.NAME_ZH, "envzoning", "环境功能区划"]

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def bi(self, zh, en, sep=" "):
        """"中文 English" — or only the Chinese when a translation is loaded (the zh_CN .qm
        turns the English half into the same Chinese: shown once, not twice)."""
        if not en:
            return zh
        en_t = self.tr(en)
        if not zh:
            return en_t
        if en_t != en:
            return zh
        return "%s%s%s" % (zh, sep, en)

    def helpUrl(self):  # noqa: N802
        """The installed plugin's own reference page (docs/reference is in the zip), so the
        Help button works offline; the web page only when the file is missing."""
        local = os.path.join(PLUGIN_DIR, "docs", "reference", self.ID + ".md")
        if os.path.exists(local):
            return QUrl.fromLocalFile(local).toString()
        return HELP_BASE + self.ID + ".md"

    def shortDescription(self):  # noqa: N802
        return self.bi(self.SUMMARY_ZH, self.SUMMARY_EN, " — ")

    def shortHelpString(self):  # noqa: N802
        esc = html.escape  # the texts hold "<25", "min < v <= max": not markup
        parts = ["<p><b>%s</b></p>" % esc(self.bi(self.NAME_ZH, self.NAME_EN, " · "))]
        if self.SUMMARY_ZH or self.SUMMARY_EN:
            parts.append("<p>%s</p>" % esc(self.bi(self.SUMMARY_ZH, self.SUMMARY_EN, "\n"))
                         .replace("\n", "</p><p>"))
        if self.SEED:
            parts.append("<p><b>依据 Source:</b> %s</p>" % esc(self.SEED))
            parts.append("<p>%s</p>" % esc(SEED_NOTE))
        if self.DECISION_ZH or self.DECISION_EN:
            parts.append("<p><b>约定 Decision:</b> %s</p>" % esc(
                self.bi(self.DECISION_ZH, self.DECISION_EN)))
        if self._help:
            parts.append("<p><b>参数 Parameters</b></p><ul>")
            for name, zh, en in self._help:
                parts.append("<li><b>%s</b>: %s</li>" % (name, esc(self.bi(zh, en))))
            parts.append("</ul>")
        parts.append('<p>参考 Reference: <a href="%s">%s</a></p>' % (self.helpUrl(), self.ID))
        return "\n".join(parts)

    # -- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        self._help = []
        self.initParameters(config)

    def initParameters(self, config=None):  # noqa: N802
        raise NotImplementedError

    def add(self, param, label_zh, help_zh="", help_en="", advanced=False):
        """Add ``param`` (created with its short English description) with a Chinese
        label and help in both languages. The dialog shows "中文 English"."""
        en_label = param.description()
        param.setDescription(self.bi(label_zh, en_label))
        help_zh = help_zh or label_zh
        help_en = help_en or en_label
        param.setHelp(self.bi(help_zh, help_en))
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self._help.append((param.name(), help_zh, help_en))
        if param.isDestination():
            self.addParameter(param, True)
        else:
            self.addParameter(param)
        return param

    def add_table(self, name, table_name, label_zh, label_en, help_zh="", help_en="",
                  advanced=True):
        """A matrix parameter holding a shipped table; default = the seed's values."""
        table = T.load(table_name)
        p = QgsProcessingParameterMatrix(
            name, label_en, numberRows=len(table.rows), hasFixedNumberRows=False,
            headers=table.headers, defaultValue=table.flat(), optional=True)
        return self.add(p, label_zh,
                        (help_zh or label_zh) + "（默认值为指南表，可编辑）",
                        (help_en or label_en) + " (default: the guideline's table; editable)",
                        advanced)

    def table_param(self, parameters, name, table_name, context):
        headers = T.load(table_name).headers
        value = self.parameterAsMatrix(parameters, name, context)
        if not value:
            return T.load(table_name)
        return T.from_matrix(value, headers, name)

    # -- running ------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        outputs = self._destinations(parameters, context)
        before = {p: _stamp(p) for p in outputs}
        try:
            parameters = self._with_encodings(parameters, context, feedback)
            results = self.process(parameters, context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise Canceled()   # finished anyway: what it wrote is not a result
            return results
        except Canceled as exc:
            self._cleanup(before)
            raise QgsProcessingException(str(exc)) from None
        except EnvZoningError as exc:
            self._cleanup(before)
            raise QgsProcessingException(str(exc)) from None
        except Exception:
            self._cleanup(before)
            raise

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def _with_encodings(self, parameters, context, feedback):
        """``parameters`` with every vector input that is a shapefile without .cpg whose
        DBF holds GB18030 text opened with that encoding (SPEC section 7; core.encoding)."""
        out = None
        for p in self.parameterDefinitions():
            if p.isDestination() or p.type() not in ("source", "vector", "multilayer",
                                                     "layer"):
                continue
            value = parameters.get(p.name())
            if value is None:
                continue
            new = _encoded_value(value, context, feedback)
            if new is not value:
                out = out if out is not None else dict(parameters)
                out[p.name()] = new
        return out if out is not None else parameters

    def _destinations(self, parameters, context):
        paths = []
        for p in self.destinationParameterDefinitions():
            if p.name() not in parameters or parameters[p.name()] is None:
                continue
            try:
                if isinstance(p, (QgsProcessingParameterRasterDestination,
                                  QgsProcessingParameterVectorDestination,
                                  QgsProcessingParameterFeatureSink)):
                    path = self.parameterAsOutputLayer(parameters, p.name(), context)
                elif isinstance(p, QgsProcessingParameterFileDestination):
                    path = self.parameterAsFileOutput(parameters, p.name(), context)
                else:
                    continue
            except Exception:  # noqa: BLE001
                continue
            if path and not path.startswith(("memory:", "ogr:", "postgres")):
                paths.append(path.split("|")[0])
        return paths

    @staticmethod
    def _cleanup(before):
        for path, stamp in before.items():
            if os.path.isfile(path) and _stamp(path) != stamp:
                try:
                    os.remove(path)
                except OSError:
                    pass
            if stamp is not None:
                continue
            # sidecars of an output this run created: style, GDAL statistics, SQLite journals
            for side in (os.path.splitext(path)[0] + ".qml", path + ".aux.xml",
                         path + "-journal", path + "-wal", path + "-shm"):
                if os.path.exists(side):
                    try:
                        os.remove(side)
                    except OSError:
                        pass


def _stamp(path):
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return None


def _encoded_value(value, context, feedback):
    """A parameter value re-pointed at ``<shp>|option:ENCODING=<enc>`` when the shapefile
    needs it; ``value`` itself otherwise. Lists (multilayer), feature-source definitions
    with a static source and loaded OGR layers are handled too."""
    if isinstance(value, (list, tuple)):
        new = [_encoded_value(v, context, feedback) for v in value]
        return new if any(a is not b for a, b in zip(new, value)) else value
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        prop = value.source
        if prop.propertyType() == QgsProperty.StaticProperty:
            src = prop.staticValue()
            new = _encoded_value(src, context, feedback)
            if new is not src:
                d = QgsProcessingFeatureSourceDefinition(value)
                d.source = QgsProperty.fromValue(new)
                return d
        return value
    if isinstance(value, QgsVectorLayer):
        if value.providerType() != "ogr":
            return value
        uri = _encoded_value(value.source(), context, feedback)
        if uri is value.source():
            return value
        layer = QgsVectorLayer(uri, value.name(), "ogr")
        if not layer.isValid():
            return value
        layer.setCrs(value.crs())
        context.temporaryLayerStore().addMapLayer(layer)
        return layer
    if not isinstance(value, str) or "option:ENCODING=" in value.replace(" ", ""):
        return value
    path = value.split("|")[0]
    if not path.lower().endswith((".shp", ".dbf")):
        return value
    enc = ENC.override_for(path)
    if not enc:
        return value
    name = os.path.splitext(os.path.basename(path))[0]
    feedback.pushInfo("Layer '%s': no .cpg and the text is not UTF-8; read as %s / 图层“%s”没有 "
                      ".cpg 文件，文本按 %s 编码读取" % (name, enc, name, enc))
    return value + "|option:ENCODING=" + enc


def callbacks(feedback, start=0.0, end=100.0):
    """(progress(fraction), is_canceled()) plain callables for core (STYLE.md item 6)."""

    def progress(frac):
        feedback.setProgress(start + (end - start) * max(0.0, min(1.0, frac)))

    return progress, feedback.isCanceled


# -- inputs -----------------------------------------------------------------------------

def raster_source(alg, parameters, name, context, required=True):
    """(path, label) of a raster parameter; None when optional and not given."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        if required:
            raise QgsProcessingException("Parameter %s: a raster layer is required / 需要栅格图层"
                                         % name)
        return None
    if not layer.crs().isValid():
        raise QgsProcessingException(
            "Raster '%s' (%s) has no CRS: assign one (Layer Properties > Source) / 栅格“%s”没有坐标参考系"
            % (layer.name(), name, layer.name()))
    if layer.providerType() != "gdal":
        raise QgsProcessingException("Raster '%s' must be a file readable by GDAL" % layer.name())
    return layer.source(), "%s (%s)" % (layer.name(), name)


def gk_crs_for_lon(lon):
    """The CGCS2000 3-degree Gauss-Krüger zone (CM in the EPSG code) for a longitude."""
    cm = int(round(lon / 3.0)) * 3
    cm = min(135, max(75, cm))
    return QgsCoordinateReferenceSystem("EPSG:%d" % (4534 + (cm - 75) // 3))


def analysis_crs(crs, extent=None):
    """SPEC section 2: the given CRS if projected, else the matching CGCS2000 GK zone."""
    if not crs.isValid():
        raise QgsProcessingException("The region layer has no CRS / 区域图层没有坐标参考系")
    if not crs.isGeographic():
        return crs
    lon = extent.center().x() if extent is not None else 120.0
    return gk_crs_for_lon(lon)


def source_label(source, name):
    """'layer name (PARAMETER)': how messages name an input layer."""
    try:
        layer = source.sourceName()
    except Exception:  # noqa: BLE001
        layer = ""
    return "%s (%s)" % (layer, name) if layer and layer != name else name


def check_source(source, name, label=None):
    if source is None:
        raise QgsProcessingException("Parameter %s: the layer could not be read / 无法读取图层"
                                     % name)
    label = label or source_label(source, name)
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            "Layer '%s' has no CRS: assign one (Layer Properties > Source) / 图层“%s”没有坐标参考系"
            % (label, label))
    if source.featureCount() == 0:
        raise QgsProcessingException("Layer '%s' is empty / 图层“%s”没有要素" % (label, label))


def features_in_crs(source, crs, context, feedback, label):
    """Features of ``source`` with geometries in ``crs``, repaired (makeValid) with one
    warning naming the count; features with empty geometry are dropped with a warning."""
    xform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    out, fixed, empty = [], 0, 0
    for f in source.getFeatures(QgsFeatureRequest()):
        if feedback is not None and feedback.isCanceled():
            raise Canceled()
        g = f.geometry()
        if g is None or g.isEmpty():
            empty += 1
            continue
        g = QgsGeometry(g)
        if not g.isGeosValid():
            g = g.makeValid()
            fixed += 1
        if xform.isShortCircuited() is False:
            try:
                g.transform(xform)
            except Exception:  # noqa: BLE001 - QgsCsException
                g = None
            bb = g.boundingBox() if g is not None else None
            if bb is None or not all(math.isfinite(v) for v in (
                    bb.xMinimum(), bb.yMinimum(), bb.xMaximum(), bb.yMaximum())):
                raise QgsProcessingException(
                    "Layer '%s': feature %s cannot be transformed from %s to %s: check the "
                    "layer's CRS / 图层“%s”的要素 %s 无法转换坐标，请检查其坐标参考系"
                    % (label, f.id(), source.sourceCrs().authid(), crs.authid(), label, f.id()))
        nf = QgsFeature(f)
        nf.setGeometry(g)
        out.append(nf)
    if fixed:
        feedback.pushWarning("Layer '%s': %d invalid geometries repaired (makeValid) / 图层“%s”中 %d 个无效几何已修复"
                             % (label, fixed, label, fixed))
    if empty:
        feedback.pushWarning("Layer '%s': %d features without geometry skipped / 图层“%s”中 %d 个空几何已跳过"
                             % (label, empty, label, empty))
    if not out:
        raise QgsProcessingException("Layer '%s' has no usable geometry / 图层“%s”没有有效几何"
                                     % (label, label))
    return out


def require_overlap(grid, features, raster_label, region_label):
    """Error naming the raster when the region's features (in the grid's CRS) lie wholly
    outside the analysis grid of that raster (a wrong CRS or extent, SPEC section 7)."""
    x0, y0, x1, y1 = grid.bounds
    cells = QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))
    if not any(f.geometry().intersects(cells) for f in features):
        raise QgsProcessingException(
            "Raster '%s' does not overlap the region '%s': check its CRS and extent / "
            "栅格“%s”与区域“%s”不重叠，请检查其坐标系和范围"
            % (raster_label, region_label, raster_label, region_label))


def write_temp_vector(features, fields, wkb_type, crs, context, name="layer"):
    """Write features to a temporary GeoPackage (for GDAL/OGR in core). Returns path."""
    path = os.path.join(QgsProcessingUtils.tempFolder(), "%s_%s.gpkg" % (name, uuid.uuid4().hex[:8]))
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = name
    opts.fileEncoding = "UTF-8"
    writer = QgsVectorFileWriter.create(path, fields, wkb_type, crs, context.transformContext(),
                                        opts)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise QgsProcessingException("Cannot write temporary layer: %s" % writer.errorMessage())
    for f in features:
        writer.addFeature(f)
    del writer
    return path


def region_grid(alg, source, cell, context, feedback, crs=None, label="REGION"):
    """Analysis grid from a region layer: extent in the analysis CRS snapped to ``cell``.
    Returns (grid, crs, features in crs)."""
    check_source(source, label)
    crs = crs or analysis_crs(source.sourceCrs(), source.sourceExtent())
    feats = features_in_crs(source, crs, context, feedback, label)
    ext = QgsRectangle()
    ext.setMinimal()
    for f in feats:
        ext.combineExtentWith(f.geometry().boundingBox())
    grid = R.Grid.from_extent(ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum(),
                              cell, crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    return grid, crs, feats


def rasterize_features(features, fields, crs, grid, context, name, attribute=None, burn=1,
                       dtype="uint8", nodata=0, all_touched=False):
    """Burn features onto ``grid`` through a temporary GeoPackage; returns the tif path."""
    wkb = QgsWkbTypes.multiType(features[0].geometry().wkbType())
    path = write_temp_vector(features, fields, wkb, crs, context, name)
    out = os.path.join(QgsProcessingUtils.tempFolder(), "%s_%s.tif" % (name, uuid.uuid4().hex[:8]))
    R.rasterize(path, grid, out, layer=name, attribute=attribute, burn=burn, dtype=dtype,
                nodata=nodata, all_touched=all_touched)
    return out


def field_index(source, field, label, param):
    idx = source.fields().lookupField(field) if field else -1
    if idx < 0:
        names = ", ".join(source.fields().names())
        raise QgsProcessingException(
            "Layer '%s' has no field '%s' (parameter %s; fields: %s) / 图层“%s”没有字段“%s”"
            % (label, field, param, names, label, field))
    return idx


# -- outputs & styles -------------------------------------------------------------------

def level_style_qml(kind):
    """QML text of a 5-level (or factor) paletted raster style from styles/levels.json."""
    with open(os.path.join(STYLE_DIR, "levels.json"), encoding="utf-8") as fh:
        spec = json.load(fh)[kind]
    entries = "\n".join(
        '        <paletteEntry value="%d" color="%s" alpha="255" label="%s"/>' % (
            c["value"], c["color"], _xml(c["zh"] + " " + c["en"]))
        for c in spec["classes"])
    return QML_RASTER % {"entries": entries}


def vector_level_qml(kind, field):
    """QML of a categorized vector style on ``field`` with the classes of ``kind``."""
    with open(os.path.join(STYLE_DIR, "levels.json"), encoding="utf-8") as fh:
        spec = json.load(fh)[kind]
    cats, syms = [], []
    for i, c in enumerate(spec["classes"]):
        cats.append('      <category render="true" symbol="%d" value="%d" label="%s"/>' % (
            i, c["value"], _xml(c["zh"] + " " + c["en"])))
        r, g, b = _rgb(c["color"])
        syms.append(QML_FILL_SYMBOL % {"name": i, "rgb": "%d,%d,%d,255" % (r, g, b)})
    return QML_VECTOR % {"field": field, "cats": "\n".join(cats), "syms": "\n".join(syms)}


def _rgb(hexcolor):
    h = hexcolor.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _xml(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def apply_style(context, output_path, qml_text=None, qml_file=None):
    """Write ``<output>.qml`` beside a file output and style the layer when QGIS loads it.
    A temporary (memory) output gets no sidecar: its style goes to the temp folder."""
    if not output_path:
        return None
    base = output_path.split("|")[0]
    if os.path.isabs(base) and os.path.isfile(base):
        side = os.path.splitext(base)[0] + ".qml"
    else:  # memory layer or layer id: nothing to sit beside
        side = os.path.join(QgsProcessingUtils.tempFolder(), "style_%s.qml" % uuid.uuid4().hex[:8])
    if qml_file:
        shutil.copyfile(qml_file, side)
    else:
        with open(side, "w", encoding="utf-8") as fh:
            fh.write(qml_text)
    if context.willLoadLayerOnCompletion(output_path):
        pp = StylePostProcessor(side)
        _post_processors.append(pp)
        context.layerToLoadOnCompletionDetails(output_path).setPostProcessor(pp)
    return side


def add_fields(fields, specs):
    """Append (name, QVariant type, length, precision) specs to a copy of ``fields``."""
    out = QgsFields(fields)
    for name, vtype, length, prec in specs:
        if out.lookupField(name) >= 0:
            out.remove(out.lookupField(name))
        out.append(QgsField(name, vtype, len=length, prec=prec))
    return out


QVARIANT = {"int": QVariant.Int, "double": QVariant.Double, "string": QVariant.String}

QML_RASTER = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="AllStyleCategories">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
%(entries)s
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
"""

QML_FILL_SYMBOL = """      <symbol type="fill" name="%(name)s" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="color" value="%(rgb)s"/>
            <Option type="QString" name="outline_color" value="90,90,90,255"/>
            <Option type="QString" name="outline_width" value="0.1"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
            <Option type="QString" name="outline_style" value="solid"/>
          </Option>
        </layer>
      </symbol>"""

QML_VECTOR = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="Symbology">
  <renderer-v2 type="categorizedSymbol" attr="%(field)s" symbollevels="0" enableorderby="0" forceraster="0">
    <categories>
%(cats)s
    </categories>
    <symbols>
%(syms)s
    </symbols>
  </renderer-v2>
</qgis>
"""


def build_grid(alg, parameters, context, feedback, reference, region_param="REGION",
               cell_param="CELL_SIZE", default_cell=30.0):
    """The analysis grid of a raster algorithm (SPEC section 2).

    With a region layer: its extent in the analysis CRS snapped to the cell size (the
    parameter, else the reference raster's cell when projected, else ``default_cell``),
    plus a mask raster of the region. Without one: the grid of ``reference`` (a path).
    Returns (grid, mask_path or None, QgsCoordinateReferenceSystem)."""
    region = None
    if region_param and parameters.get(region_param) not in (None, ""):
        region = alg.parameterAsSource(parameters, region_param, context)
    cell = None
    if cell_param and parameters.get(cell_param) not in (None, ""):
        cell = alg.parameterAsDouble(parameters, cell_param, context) or None
    try:
        if region is None:
            grid = R.Grid.from_raster(reference)
            crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
            if cell:
                x0, y0, x1, y1 = grid.bounds
                grid = R.Grid.from_extent(x0, y0, x1, y1, cell, grid.crs_wkt)
            return grid, None, crs
        if cell is None and reference:
            ref = R.Grid.from_raster(reference)
            refcrs = QgsCoordinateReferenceSystem.fromWkt(ref.crs_wkt)
            cell = ref.cell_x if not refcrs.isGeographic() else default_cell
        grid, crs, feats = region_grid(alg, region, cell or default_cell, context, feedback,
                                       label="%s (%s)" % (_source_name(region), region_param))
        mask = rasterize_features(feats, region.fields(), crs, grid, context, "region_mask")
        return grid, mask, crs
    except EnvZoningError as exc:
        raise QgsProcessingException(str(exc)) from None


def _source_name(source):
    try:
        return source.sourceName()
    except Exception:  # noqa: BLE001
        return "REGION"


def metric_cell(grid):
    """Cell size in metres (approximate for a geographic grid)."""
    crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
    if not crs.isGeographic():
        return grid.cell_x
    import math
    lat = (grid.bounds[1] + grid.bounds[3]) / 2.0
    return grid.cell_x * 111320.0 * math.cos(math.radians(lat))
