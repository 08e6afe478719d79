"""The one small base class of every envzoning algorithm (STYLE.md items 4–6): identity and
bilingual help, parameters, table parameters, and the run (outputs staged and checked by
algorithms/outputs.py, core errors turned into QgsProcessingException).

The glue helpers algorithms share live in support modules by job — inputs.py, rasterize.py,
styles.py, outputs.py, progress.py — and are re-exported here (``base.check_source`` …)."""

import html
import os
import re

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterMatrix,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl

from . import outputs as OUT

from ..core.outputs import io_error
from ..core import raster as R
from ..core import tables as T
from ..core.errors import Canceled, EnvZoningError
from ..paths import PLUGIN_DIR, chinese_ui

# QGIS sorts the toolbox by displayed name: the number keeps the workflow order (issue 14)
GROUPS = {
    "evaluation": ("1 评价 Evaluation", "1_evaluation"),
    "zoning": ("2 分区 Zoning", "2_zoning"),
    "outputs": ("3 成果 Outputs", "3_outputs"),
    "control": ("4 分区管控 Zoning control", "4_control"),
}

# Z and N, the section codes of every help text, explained once in each (issue 14 item 5)
SEED_NOTE = ("Z =《浙江省市县环境功能区划编制技术指南》Zhejiang guideline for city/county "
             "environmental function zoning; N =《生态环境分区管控技术指南 总纲》编制说明 notes to "
             "the national ecological-environment zoning control guideline (2024); "
             "“Z 4.6” = section 4.6 of Z.")


# an upper-case identifier standing alone (not part of SOIL-1, core/x.py or a longer word)
ID_RE = re.compile(r"(?<![\w/.\-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\w/.\-])")


ID_SPACED_RE = re.compile(r"( ?)(%s)( ?)" % ID_RE.pattern)


def _cjk(ch):
    """A Chinese character or full-width punctuation (。，、（）“” …)."""
    return "\u3000" <= ch <= "\u303f" or "\u4e00" <= ch <= "\u9fff" or \
        "\uff00" <= ch <= "\uffef" or ch in "“”"


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
        self._labels = {}  # parameter name -> (label zh, label en)
        self._options = {}

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

    def bi(self, zh, en, sep=" ", names=True):
        """"中文 English" — or only the Chinese when a translation is loaded (the zh_CN .qm
        turns the English half into the same Chinese: shown once, not twice). Parameter ids
        in either half are shown as the parameters' names (``named``; not in a label:
        ``names=False``)."""
        zh = self.named(zh, True) if names else zh
        if not en:
            return zh
        en_t = self.named(self.tr(en), False) if names else self.tr(en)
        if not zh:
            return en_t
        if self.tr(en) != en:
            return zh
        return "%s%s%s" % (zh, sep, en_t)

    def msg(self, zh, en):
        """A bilingual message about parameters: their names, each id after it in brackets
        (“数字高程模型”（DEM）), so the dialog user and the qgis_process user both find it."""
        return "%s / %s" % (self.named(zh, True, True), self.named(en, False, True))

    def named(self, text, zh=True, keep_ids=False):
        """``text`` with the ids of this algorithm's parameters and outputs (EROSION_RASTER)
        replaced by their display names (“土壤侵蚀栅格” / 'Erosion raster'): user texts show no
        internal ids (issue 14 item 5); the ids stay in the source, the parameter list and
        the reference's tables, where qgis_process users need them."""
        if not text or not self._labels:
            return text or ""

        def label(m):
            ident = m.group(2)
            names = self._labels.get(ident)
            if not names or not names[0 if zh else 1]:
                return m.group(0)
            shown = ("“%s”" if zh else "'%s'") % names[0 if zh else 1]
            if keep_ids:
                shown += ("（%s）" if zh else " (%s)") % ident
            before, after = m.group(1), m.group(3)
            if zh:   # no space between Chinese and the quoted name
                s, e = m.start(), m.end()
                if before and (s == 0 or _cjk(m.string[s - 1])):
                    before = ""
                if after and (e >= len(m.string) or _cjk(m.string[e])):
                    after = ""
            return before + shown + after

        return ID_SPACED_RE.sub(label, text)

    def helpUrl(self):  # noqa: N802
        """The installed plugin's own reference page (docs/reference is in the zip), so the
        Help button works offline; none when the page is missing (the project has no public
        web page yet: no invented address)."""
        local = os.path.join(PLUGIN_DIR, "docs", "reference", self.ID + ".md")
        if os.path.exists(local):
            return QUrl.fromLocalFile(local).toString()
        return ""

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
                # the parameter's name, then its id for qgis_process and Python users
                label = self.bi(*self._labels.get(name, ("", name)), names=False)
                parts.append("<li><b>%s</b> (%s): %s</li>" % (esc(label), name,
                                                               esc(self.bi(zh, en))))
            parts.append("</ul>")
        parts.append('<p>参考 Reference: <a href="%s">%s</a></p>' % (self.helpUrl(), self.ID))
        return "\n".join(parts)

    # -- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        self._help = []
        self._labels = {}
        self._options = {}  # enum parameter -> its options as declared
        self.initParameters(config)
        for o in self.outputDefinitions():
            self._labels.setdefault(o.name(), _split_label(o.description()))
        for name, help_zh, help_en in self._help:   # now that every name is known
            p = self.parameterDefinition(name)
            if p is None:
                continue
            p.setHelp(self.bi(help_zh, help_en))
            if name in self._options:
                p.setOptions([self.option_label(o) for o in self._options[name]])

    def option_label(self, option):
        """An enum option "中文 English" (compat.OPTION_NAMES_ZH); as written when it holds
        Chinese already or has no entry (units such as mg/m³)."""
        from .compat import OPTION_NAMES_ZH

        zh = OPTION_NAMES_ZH.get(option)
        if not zh or any("\u4e00" <= c <= "\u9fff" for c in option):
            return option
        return self.bi(zh, option)

    def initParameters(self, config=None):  # noqa: N802
        raise NotImplementedError

    def add(self, param, label_zh, help_zh="", help_en="", advanced=False):
        """Add ``param`` (created with its short English description) with a Chinese
        label and help in both languages. The dialog shows "中文 English"."""
        en_label = param.description()
        self._labels[param.name()] = (label_zh, en_label)
        if param.type() == "enum":
            self._options[param.name()] = list(param.options())
        param.setDescription(self.bi(label_zh, en_label, names=False))
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
        """Runs ``process()`` with every file output staged (algorithms/outputs.py): the
        outputs appear, checked, only when the whole run succeeded."""
        plan = OUT.OutputPlan(self, parameters)
        try:
            try:
                parameters = plan.begin()
                parameters = self._with_encodings(parameters, context, feedback)
                self._check_geometry_types(parameters, context)
                T.start_tally()
                R.start_tally()
                results = self.process(parameters, context, feedback)
                for table, (below, above) in sorted(T.take_tally().items()):
                    for n, en, zh in ((above, "above the last", "高于最高"),
                                      (below, "below the first", "低于最低")):
                        if n and feedback is not None:
                            feedback.pushWarning(
                                "Table '%s': %d values %s class became nodata: check the "
                                "input's units or extend the table / 表“%s”：%d 个值%s分级，记为无数据"
                                % (table, n, en, table, n, zh))
                for raster, n in sorted(R.take_tally().items()):
                    if feedback is not None:
                        feedback.pushWarning(
                            "Raster '%s': %d cells of ±inf or untagged -9999 read as nodata / "
                            "栅格“%s”：%d 个 ±inf 或未标记的 -9999 像元按无数据处理"
                            % (raster, n, raster, n))
                if feedback is not None and feedback.isCanceled():
                    raise Canceled()   # finished anyway: what it wrote is not a result
                results = plan.commit(results, context)
                order_loaded_outputs(self, results, context)
                if feedback is not None:
                    feedback.setProgress(100)   # outputs checked and in place: done
                return results
            except Canceled as exc:
                raise QgsProcessingException(str(exc)) from None
            except (EnvZoningError, QgsProcessingException, OSError, RuntimeError) as exc:
                # core's and glue's errors, OutputError, OSError/GDAL errors on a full disk
                msg = plan.explain(exc.args[0] if exc.args and isinstance(exc, (
                    EnvZoningError, QgsProcessingException)) else exc)
                if isinstance(exc, OSError) and getattr(exc, "filename", None) and \
                        msg == plan.final(str(exc)):
                    msg = str(io_error(plan.final(exc.filename), exc))
                if isinstance(exc, RuntimeError) and msg == plan.final(str(exc)):
                    raise   # a defect, not an output problem: keep the traceback
                raise QgsProcessingException(msg) from None
        finally:
            T.take_tally()
            R.take_tally()
            plan.release()

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def _check_geometry_types(self, parameters, context):
        """An error naming the layer when a polygon-only source parameter gets points or
        lines (SPEC section 7: a point layer is not a protected-area polygon)."""
        from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource

        for p in self.parameterDefinitions():
            if p.isDestination() or p.type() not in ("source", "vector"):
                continue
            if parameters.get(p.name()) in (None, ""):
                continue
            _restore_crs(parameters.get(p.name()), context)
            if not isinstance(p, QgsProcessingParameterFeatureSource) or \
                    p.dataTypes() != [QgsProcessing.TypeVectorPolygon]:
                continue
            try:
                src = self.parameterAsSource(parameters, p.name(), context)
            except Exception:  # noqa: BLE001 - reported where the algorithm reads it
                continue
            if src is None:
                continue
            gtype = QgsWkbTypes.geometryType(src.wkbType())
            if gtype in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry,
                         QgsWkbTypes.NullGeometry):
                label = source_label(src, p.name())
                kind = {QgsWkbTypes.PointGeometry: ("points", "点"),
                        QgsWkbTypes.LineGeometry: ("lines", "线"),
                        QgsWkbTypes.NullGeometry: ("no geometry", "无几何")}[gtype]
                raise QgsProcessingException(
                    "Layer '%s' holds %s; polygons are expected here / 图层“%s”为%s图层，此处需要面图层"
                    % (label, kind[0], label, kind[1]))

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

    def _destinations(self, parameters, context=None):
        """The file paths of the file destinations given in ``parameters``, read without
        ``parameterAsOutputLayer`` (which registers a new TEMPORARY_OUTPUT on each call)."""
        paths = []
        for p in self.destinationParameterDefinitions():
            dest = OUT.static_value(parameters.get(p.name()))
            if dest and OUT.O.is_file_destination(dest):
                paths.append(OUT.O.parse_destination(dest)[0])
        return paths







def _split_label(description):
    """(zh, en) of a "中文 English" description (an output's, set by ``add``)."""
    words = description.split(" ")
    zh = [w for w in words if any("\u4e00" <= c <= "\u9fff" for c in w)]
    if not zh:
        return ("", description)
    last = max(i for i, w in enumerate(words) if w in zh)
    return (" ".join(words[:last + 1]), " ".join(words[last + 1:]))


# -- shared glue, split by job (issue 18): re-exported here so that ``base.x`` keeps working
from .inputs import (  # noqa: E402,F401
    QVARIANT, _encoded_value, _restore_crs, add_fields, analysis_crs, check_source, fields_of,
    features_in_crs, field_index, gk_crs_for_lon, raster_source, require_overlap, source_label)
from .progress import callbacks  # noqa: E402,F401
from .rasterize import (  # noqa: E402,F401
    build_grid, metric_cell, rasterize_features, region_grid, write_temp_vector)
from .styles import (  # noqa: E402,F401
    QML_FILL_SYMBOL, QML_RASTER, QML_VECTOR, STYLE_DIR, StylePostProcessor, _post_processors,
    _rgb, _xml, apply_style, level_style_qml, order_loaded_outputs, vector_level_qml)
