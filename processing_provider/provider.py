"""The Processing provider ``envzoning`` (STYLE.md item 3): an explicit algorithm list
plus the shipped ``.model3`` workflows."""

import glob
import importlib
import os

from qgis.core import Qgis, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..algorithms import ALGORITHMS

from ..paths import PLUGIN_DIR, chinese_ui, plugin_version  # noqa: F401 (re-exported)


class EnvZoningProvider(QgsProcessingProvider):
    def id(self):
        return "envzoning"

    def name(self):
        return "环境功能区划 envzoning" if chinese_ui() else QCoreApplication.translate(
            "EnvZoningProvider", "Environmental zoning (envzoning)")

    def longName(self):  # noqa: N802
        return self.name() + " " + plugin_version()

    def versionInfo(self):  # noqa: N802
        return plugin_version()

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        return os.path.join(PLUGIN_DIR, "resources", "icons", "envzoning.svg")

    def loadAlgorithms(self):  # noqa: N802
        self.load_errors = {}
        counters = {}
        for module_name, class_name in ALGORITHMS:
            # one broken module must not take the whole provider down in a user's QGIS;
            # the error is logged and tests/qgis/test_provider.py fails on it
            try:
                module = importlib.import_module("..algorithms." + module_name, __package__)
                cls = getattr(module, class_name)
                # "1.01 …": QGIS sorts a group by displayed name; this keeps the SPEC order
                from ..algorithms.base import GROUPS

                group_no = int(GROUPS[cls.GROUP][1].split("_")[0])
                counters[cls.GROUP] = counters.get(cls.GROUP, 0) + 1
                cls.ORDER = "%d.%02d" % (group_no, counters[cls.GROUP])
                self.addAlgorithm(cls())
            except Exception as exc:  # noqa: BLE001
                self.load_errors[module_name] = "%s: %s" % (type(exc).__name__, exc)
                QgsMessageLog.logMessage("envzoning: cannot load algorithm %s (%s)" % (
                    module_name, self.load_errors[module_name]), "Processing", Qgis.Critical)
        for path in sorted(glob.glob(os.path.join(PLUGIN_DIR, "resources", "models",
                                                  "*.model3"))):
            model = ShippedModel()
            if model.fromFile(path):
                order_inputs_by_position(model)
                self.addAlgorithm(model)


def order_inputs_by_position(model):
    """QGIS 3.22 reads a model's inputs into a name-sorted map, so its dialog lists them in
    alphabetical order of ids. Re-add them top to bottom as they stand in the Modeler (the
    shipped models place them in workflow order, tools/make_model.py)."""
    comps = model.parameterComponents()
    names = [n for n in comps if model.parameterDefinition(n) is not None]
    names.sort(key=lambda n: (comps[n].position().y(), comps[n].position().x()))
    for name in names:
        definition = model.parameterDefinition(name).clone()
        component = comps[name]
        model.removeModelParameter(name)
        model.addModelParameter(definition, component)


class ShippedModel(QgsProcessingModelAlgorithm):
    """A shipped model shown by its description ("环境功能区划全流程（浙江）", in the group
    "0 全流程 Whole workflow" at the top of the toolbox), not by its id ``zoning_workflow``;
    the id, and so ``envzoning:zoning_workflow``, stays."""

    GROUP_ZH, GROUP_EN = "0 全流程", "Whole workflow"

    def displayName(self):  # noqa: N802
        if self.name() == "zoning_workflow":
            if chinese_ui():
                return "环境功能区划全流程（浙江）"
            return "Whole zoning workflow (Zhejiang)"  # Chinese above, by chinese_ui()
        return QgsProcessingModelAlgorithm.displayName(self)

    def group(self):
        return "%s %s" % (self.GROUP_ZH, self.GROUP_EN)

    def groupId(self):  # noqa: N802
        return "0_workflow"

    def createInstance(self):  # noqa: N802
        model = ShippedModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        order_inputs_by_position(model)
        return model
