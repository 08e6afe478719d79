"""The envzoning dock: the workflow in order (each step opens the algorithm's own Processing
dialog) and the zone-information panel filled by the map tool (ui/maptool.py).

No computation here: the steps come from the provider's registry at runtime, ordered by
``algorithms.ALGORITHMS``; planned steps that are not registered (yet) are shown disabled.
"""

import html
import os

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..algorithms import ALGORITHMS
from ..algorithms.base import GROUPS
from ..processing_provider.provider import PLUGIN_DIR, chinese_ui
from . import zoneinfo

PROVIDER_ID = "envzoning"
_translate = QCoreApplication.translate
ICON = os.path.join(PLUGIN_DIR, "resources", "icons", "envzoning.svg")

# The whole workflow as planned in SPEC sections 3-6: (group, id, 中文名, English name).
# Names of registered algorithms come from the algorithms themselves; these are shown for
# steps that are not registered in this version.
WORKFLOW = [
    ("evaluation", "soilerosionsensitivity", "土壤侵蚀敏感性", "Soil erosion sensitivity"),
    ("evaluation", "riparianzone", "河湖滨岸敏感性", "Riparian zone sensitivity"),
    ("evaluation", "coastalhazardzone", "海岸带灾害敏感区", "Coastal hazard zone"),
    ("evaluation", "ecosensitivity", "生态系统敏感性", "Ecological sensitivity"),
    ("evaluation", "waterconservation", "水源涵养重要性", "Water conservation importance"),
    ("evaluation", "soilconservation", "土壤保持重要性", "Soil conservation importance"),
    ("evaluation", "biodiversity", "生物多样性保护重要性",
     "Biodiversity conservation importance"),
    ("evaluation", "floodregulation", "洪水调蓄功能重要性", "Flood regulation importance"),
    ("evaluation", "ecoimportance", "生态功能重要性", "Ecological importance"),
    ("evaluation", "p1", "保障自然生态安全指数 P1", "P1 ecological-security index"),
    ("evaluation", "p2", "维护人居环境健康指数 P2", "P2 human-settlement index"),
    ("evaluation", "airquality", "大气环境质量", "Air quality level"),
    ("evaluation", "waterquality", "水环境质量", "Water quality level"),
    ("evaluation", "soilquality", "土壤环境质量", "Soil quality level"),
    ("evaluation", "emissionindex", "污染物排放指数", "Emission index"),
    ("evaluation", "k", "环境支撑能力指数 K", "K environmental support index"),
    ("evaluation", "compositeindex", "环境功能综合评价指数 A", "Composite index A"),
    ("zoning", "zoning", "环境功能区划分", "Zoning"),
    ("zoning", "mergezones", "碎斑合并", "Merge small zones"),
    ("zoning", "namezones", "分区编码与命名", "Zone codes and names"),
    ("zoning", "checkzoning", "区划合理性检查", "Check the zoning"),
    ("zoning", "zonetargets", "目标、管控措施与负面清单",
     "Targets, measures and negative lists"),
    ("outputs", "stylezones", "区划图样式", "Zone styles"),
    ("outputs", "zoningmaps", "区划图件", "Zoning maps"),
    ("outputs", "registrationtable", "环境功能区登记表", "Zone registration table"),
    ("control", "elementzones", "要素分区", "Element zones"),
    ("control", "controlunits", "环境管控单元", "Environmental control units"),
    ("control", "accesslist", "生态环境准入清单", "Access list"),
    ("control", "sitecheck", "选址研判", "Site check"),
    ("control", "comparezonings", "区划对比", "Compare zonings"),
    ("workflow", "zoning_workflow", "环境功能区划全流程", "Whole zoning workflow"),
]
GROUP_ORDER = ["evaluation", "zoning", "outputs", "control", "workflow"]
GROUP_TITLES = {key: "%d %s" % (i + 1, GROUPS[key][0]) for i, key in
                enumerate(GROUP_ORDER[:4])}
GROUP_TITLES["workflow"] = "5 全流程模型 Whole-workflow model"

_open_dialogs = []  # keep non-modal algorithm dialogs alive until they close


def open_algorithm_dialog(alg_id, parameters=None):
    """Open the Processing dialog of ``alg_id`` (e.g. ``envzoning:p1``), non-modal, with
    ``parameters`` pre-filled. The one function of ui/ that opens algorithm dialogs."""
    import processing

    dialog = processing.createAlgorithmDialog(alg_id, parameters or {})
    if dialog is None:
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(dialog)
    dialog.destroyed.connect(lambda *_: _open_dialogs.remove(dialog)
                             if dialog in _open_dialogs else None)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class Step:
    """One row of the workflow: a registered algorithm or a planned, missing one."""

    def __init__(self, number, group, step_id, name_zh, name_en, summary="", seed="",
                 algorithm=None, alg_id=None):
        self.number = number
        self.group = group
        self.id = step_id
        self.alg_id = alg_id or "%s:%s" % (PROVIDER_ID, step_id)
        self.name_zh = name_zh
        self.name_en = name_en
        self.summary = summary
        self.seed = seed
        self.algorithm = algorithm

    @property
    def available(self):
        return self.algorithm is not None

    def __repr__(self):
        return "Step(%s, %s, %s)" % (self.number, self.alg_id, self.available)


def _first_sentence(text, zh):
    text = " ".join((text or "").split())
    if not text:
        return ""
    stop = text.find("。") + 1 if zh else text.find(". ") + 1
    if stop > 0:
        text = text[:stop]
    return text  # the whole sentence (the label wraps): never cut mid-formula


def _step_from_algorithm(alg, group, step_id, fallback_zh, fallback_en):
    zh_ui = chinese_ui()
    name_zh = getattr(alg, "NAME_ZH", "") or fallback_zh
    name_en = getattr(alg, "NAME_EN", "") or fallback_en or alg.displayName()
    named = getattr(alg, "named", lambda text, zh=True: text)   # ids → parameter names
    if zh_ui and getattr(alg, "SUMMARY_ZH", ""):
        summary = _first_sentence(named(alg.SUMMARY_ZH, True), True)
    elif getattr(alg, "SUMMARY_EN", ""):
        summary = _first_sentence(named(alg.tr(alg.SUMMARY_EN), False), False)
    else:
        summary = _first_sentence(alg.shortDescription() or "", zh_ui)
    seed = getattr(alg, "SEED", "")
    if isinstance(alg, QgsProcessingModelAlgorithm) and not summary:
        summary = _translate("EnvZoningUi",
                             "Runs the whole workflow as one Graphical Modeler model.")
    return Step(0, group, step_id, name_zh, name_en, summary, seed, alg, alg.id())


def workflow_steps(provider=None):
    """The workflow steps in order: registered algorithms in the order of
    ``algorithms.ALGORITHMS``, planned ones that are missing at their place in the workflow,
    and the shipped models (or the planned whole-workflow model) last."""
    if provider is None:
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    algs = {a.name(): a for a in provider.algorithms()} if provider is not None else {}
    planned = {w[1]: w for w in WORKFLOW}
    listed = [m for m, _ in ALGORITHMS]

    order = list(listed)
    for i, (_, step_id, _, _) in enumerate(WORKFLOW):
        if step_id in order or planned[step_id][0] == "workflow":
            continue
        pos = 0
        for prev in reversed([w[1] for w in WORKFLOW[:i]]):
            if prev in order:
                pos = order.index(prev) + 1
                break
        order.insert(pos, step_id)
    models = [a for a in algs.values() if isinstance(a, QgsProcessingModelAlgorithm)]
    extra = [n for n, a in algs.items() if n not in order and a not in models]
    order.extend(sorted(extra))

    steps = []
    for step_id in order:
        alg = algs.get(step_id)
        group, zh, en = "evaluation", step_id, step_id
        if step_id in planned:
            group, _, zh, en = planned[step_id]
        if alg is not None:
            group = getattr(alg, "GROUP", group) or group
            steps.append(_step_from_algorithm(alg, group, step_id, zh, en))
        else:
            steps.append(Step(0, group, step_id, zh, en))
    if models:
        for model in sorted(models, key=lambda m: m.name()):
            zh, en = (planned[model.name()][2:] if model.name() in planned
                      else (model.displayName(), model.displayName()))
            steps.append(_step_from_algorithm(model, "workflow", model.name(), zh, en))
    else:
        _, step_id, zh, en = planned["zoning_workflow"]
        steps.append(Step(0, "workflow", step_id, zh, en))
    steps.sort(key=lambda s: GROUP_ORDER.index(s.group) if s.group in GROUP_ORDER else 9)
    for number, step in enumerate(steps, 1):
        step.number = number
    return steps


class StepButton(QFrame):
    """A workflow step row: a button with the algorithm's icon, "n. 中文名 English name", a
    one-line description and the seed section. Clicking anywhere on the row opens the
    algorithm's dialog; a step that is not registered is disabled with a tooltip."""

    clicked = pyqtSignal()

    def __init__(self, step, parent=None):
        super().__init__(parent)
        self.step = step
        self.setObjectName("step_" + step.id)
        self.setProperty("envzoningStep", True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._title = "%d. %s  %s" % (step.number, step.name_zh, step.name_en)
        lines = []
        if step.summary:
            lines.append(step.summary)
        if step.seed:
            lines.append(_translate("EnvZoningUi", "Source: %s") % step.seed)
        self._description = "\n".join(lines)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 3, 4, 3)
        layout.setSpacing(6)
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.button.setIconSize(QSize(20, 20))
        icon = step.algorithm.icon() if step.available else QIcon()
        self.button.setIcon(icon if not icon.isNull() else QIcon(ICON))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(
            "<b>%d. %s</b>&nbsp; %s" % (step.number, html.escape(step.name_zh),
                                       html.escape(step.name_en))
            + "".join("<br/><span style='font-size:small;color:%s'>%s</span>" % (
                "#444" if i == 0 and step.summary else "#777", html.escape(line))
                for i, line in enumerate(lines)))
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        if step.available:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            tip = _translate("EnvZoningUi", "Open the dialog of %s") % step.alg_id
            self.button.clicked.connect(self.clicked)
            self.clicked.connect(self.open_dialog)
        else:
            tip = _translate(
                "EnvZoningUi", "Not available yet: the algorithm %s is not registered in this "
                               "version of the plugin.") % step.alg_id
            self.setEnabled(False)
        self.setToolTip(tip)
        self.button.setToolTip(tip)
        self.label.setToolTip(tip)

    def text(self):
        return self._title

    def description(self):
        return self._description

    def click(self):
        """Open the step's dialog, as a click on the row does (nothing when disabled)."""
        if self.isEnabled():
            self.clicked.emit()

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt API name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.pos()):
            self.click()
        super().mouseReleaseEvent(event)

    def open_dialog(self):
        return open_algorithm_dialog(self.step.alg_id)


STEP_STYLE = ("QFrame[envzoningStep=\"true\"] { border-radius: 3px; }"
              "QFrame[envzoningStep=\"true\"]:hover:enabled "
              "{ background-color: rgba(0, 110, 200, 28); }")


class EnvZoningDock(QDockWidget):
    """Workflow tab (the steps) and zone tab (the map tool's result)."""

    def __init__(self, parent=None):
        super().__init__(_translate("EnvZoningUi", "Environmental zoning"), parent)
        self.setObjectName("EnvZoningDock")
        self.step_buttons = []
        self.last_result = None

        self.tabs = QTabWidget()
        self.setWidget(self.tabs)

        # -- workflow tab
        self.workflow_page = QWidget()
        page_layout = QVBoxLayout(self.workflow_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(_translate(
            "EnvZoningUi", "Run the steps in order; each step opens its Processing dialog. "
                           "With the zone tool, click the map to see a zone's targets and "
                           "measures."))
        intro.setWordWrap(True)
        intro.setContentsMargins(6, 6, 6, 0)
        page_layout.addWidget(intro)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page_layout.addWidget(self.scroll)
        self.tabs.addTab(self.workflow_page, QIcon(ICON), _translate("EnvZoningUi", "Workflow"))

        # -- zone tab
        self.zone_page = QWidget()
        zone_layout = QVBoxLayout(self.zone_page)
        zone_layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        self.identify_button = QToolButton()
        self.identify_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.identify_button.setObjectName("identify_button")
        buttons.addWidget(self.identify_button)
        self.sitecheck_button = QToolButton()
        self.sitecheck_button.setObjectName("sitecheck_button")
        self.sitecheck_button.setText(_translate("EnvZoningUi", "选址研判 Site check"))
        self.sitecheck_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.sitecheck_button.clicked.connect(self.open_sitecheck)
        buttons.addWidget(self.sitecheck_button)
        buttons.addStretch(1)
        zone_layout.addLayout(buttons)
        self.info = QTextBrowser()
        self.info.setObjectName("zone_info")
        self.info.setReadOnly(True)
        self.info.setOpenExternalLinks(False)
        self.info.setHtml(zoneinfo.placeholder_html())
        zone_layout.addWidget(self.info)
        self.tabs.addTab(self.zone_page, _translate("EnvZoningUi", "Zone at a point"))

        self.rebuild()
        reg = QgsApplication.processingRegistry()
        reg.providerAdded.connect(self._provider_changed)
        reg.providerRemoved.connect(self._provider_changed)

    # -- workflow ----------------------------------------------------------------------
    def _provider_changed(self, provider_id):
        if provider_id == PROVIDER_ID:
            self.rebuild()

    def rebuild(self):
        """(Re)build the step list from the provider's registry."""
        self.steps = workflow_steps()
        content = QWidget()
        content.setStyleSheet(STEP_STYLE)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        self.step_buttons = []
        box = box_layout = None
        current = None
        for step in self.steps:
            if step.group != current:
                current = step.group
                box = QGroupBox(GROUP_TITLES.get(step.group, step.group))
                box.setObjectName("group_" + step.group)
                box_layout = QVBoxLayout(box)
                box_layout.setSpacing(0)
                box_layout.setContentsMargins(2, 2, 2, 2)
                layout.addWidget(box)
            button = StepButton(step, box)
            box_layout.addWidget(button)
            self.step_buttons.append(button)
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(content)
        self._update_sitecheck()

    def button_for(self, step_id):
        for button in self.step_buttons:
            if button.step.id == step_id:
                return button
        return None

    # -- zone panel --------------------------------------------------------------------
    def _sitecheck_step(self):
        button = self.button_for("sitecheck")
        return button.step if button is not None and button.step.available else None

    def _update_sitecheck(self):
        step = self._sitecheck_step()
        self.sitecheck_button.setEnabled(step is not None)
        self.sitecheck_button.setToolTip(
            _translate("EnvZoningUi",
                       "Screen a proposed project's site against the zones and control "
                       "units (envzoning:sitecheck).") if step is not None else
            _translate("EnvZoningUi",
                       "Not available yet: the algorithm envzoning:sitecheck is not "
                       "registered in this version of the plugin."))

    def open_sitecheck(self):
        step = self._sitecheck_step()
        if step is None:
            return None
        params = {}
        names = {p.name() for p in step.algorithm.parameterDefinitions()}
        if self.last_result is not None:
            if "ZONES" in names and self.last_result.zone_layer is not None:
                params["ZONES"] = self.last_result.zone_layer.id()
            if "UNITS" in names and self.last_result.unit_layer is not None:
                params["UNITS"] = self.last_result.unit_layer.id()
            if "PROJECT" in names:
                site = site_point_layer(self.last_result.point, self.last_result.crs)
                if site is not None:
                    params["PROJECT"] = site.id()
        return open_algorithm_dialog(step.alg_id, params)

    def show_result(self, result):
        """Fill the panel with what the map tool found (a maptool.IdentifyResult)."""
        self.last_result = result
        self.info.setHtml(zoneinfo.result_html(result))
        self.tabs.setCurrentWidget(self.zone_page)
        if not self.isVisible():
            self.show()


def site_point_layer(point, crs):
    """A scratch point layer holding the clicked point, registered in the project without a
    legend entry, so the site check screens the point the user clicked (issue 14 item 4)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    uri = "Point?crs=%s" % (crs.authid() if crs is not None and crs.isValid() else "EPSG:4490")
    layer = QgsVectorLayer(uri, "选址点 Clicked site", "memory")
    if not layer.isValid():
        return None
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(point))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer, False)
    return layer
