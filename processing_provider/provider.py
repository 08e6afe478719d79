"""The Processing provider ``envzoning`` (STYLE.md item 3): an explicit algorithm list
plus the shipped ``.model3`` workflows."""

import configparser
import glob
import importlib
import os

from qgis.core import Qgis, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings
from qgis.PyQt.QtGui import QIcon

from ..algorithms import ALGORITHMS

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def plugin_version():
    cp = configparser.ConfigParser()
    cp.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return cp.get("general", "version", fallback="0")


def chinese_ui():
    loc = str(QSettings().value("locale/userLocale", "") or QLocale.system().name())
    return loc.startswith("zh")


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
        for module_name, class_name in ALGORITHMS:
            # one broken module must not take the whole provider down in a user's QGIS;
            # the error is logged and tests/qgis/test_provider.py fails on it
            try:
                module = importlib.import_module("..algorithms." + module_name, __package__)
                self.addAlgorithm(getattr(module, class_name)())
            except Exception as exc:  # noqa: BLE001
                self.load_errors[module_name] = "%s: %s" % (type(exc).__name__, exc)
                QgsMessageLog.logMessage("envzoning: cannot load algorithm %s (%s)" % (
                    module_name, self.load_errors[module_name]), "Processing", Qgis.Critical)
        for path in sorted(glob.glob(os.path.join(PLUGIN_DIR, "resources", "models",
                                                  "*.model3"))):
            model = QgsProcessingModelAlgorithm()
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
