"""The provider as QGIS and qgis_process load it (STYLE.md items 1–3)."""

import configparser
import os

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

from envzoning.algorithms import ALGORITHMS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# the package as tests import it: <pluginpath>/envzoning
ROOT_LINK = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
ROOT_EXT = os.path.join(ROOT, "ext_libs")


def test_metadata_is_valid_for_the_plugin_repository():
    cp = configparser.ConfigParser()
    cp.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    g = cp["general"]
    for key in ("name", "description", "about", "version", "author", "icon", "changelog",
                "tags", "category"):
        assert g.get(key), key
    # the contacts are keys without a value: given by the maintainer at packaging (no
    # invented address; tools/check_metadata.py and test_package check the upload rules)
    for key in ("email", "homepage", "tracker", "repository"):
        assert key in g and g[key] == "", key
    assert g["qgisMinimumVersion"] == "3.22"
    assert g["qgisMaximumVersion"] == "4.99"
    assert g["supportsQt6"] == "True"
    assert g["hasProcessingProvider"] == "yes"
    assert os.path.exists(os.path.join(ROOT, g["icon"]))


def test_provider_registered_once_with_every_listed_algorithm(plugin):
    reg = QgsApplication.processingRegistry()
    provider = reg.providerById("envzoning")
    assert provider is plugin.provider
    assert not provider.load_errors, provider.load_errors
    ids = {a.name() for a in provider.algorithms()}
    assert {m for m, _ in ALGORITHMS} <= ids
    assert os.path.exists(provider.svgIconPath())
    cp = configparser.ConfigParser()
    cp.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    assert provider.versionInfo() == cp["general"]["version"]


def test_every_algorithm_explains_itself(plugin):
    for alg in plugin.provider.algorithms():
        if alg.provider() is None or alg.id().count(":") != 1:
            continue
        if isinstance(alg, QgsProcessingModelAlgorithm):
            continue
        assert alg.groupId() in {"1_evaluation", "2_zoning", "3_outputs", "4_control"}
        helptext = alg.shortHelpString()
        assert alg.SEED and alg.SEED in helptext, alg.id()
        for p in alg.parameterDefinitions():
            assert p.help(), "%s: parameter %s has no help" % (alg.id(), p.name())
            assert p.name() == p.name().upper(), p.name()


INITGUI_SCRIPT = r"""
import sys
from qgis.core import QgsApplication
app = QgsApplication([], True)
app.initQgis()
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QToolBar


class Iface:
    # the part of QgisInterface the plugin uses, on a real main window and canvas

    def __init__(self):
        self.main = QMainWindow()
        self.canvas = QgsMapCanvas(self.main)
        self.menus = []

    def mainWindow(self):
        return self.main

    def mapCanvas(self):
        return self.canvas

    def activeLayer(self):
        return None

    def addDockWidget(self, area, dock):
        self.main.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self.main.removeDockWidget(dock)

    def addToolBar(self, name):
        bar = QToolBar(name, self.main) if isinstance(name, str) else name
        self.main.addToolBar(bar)
        return bar

    def addPluginToMenu(self, menu, action):
        self.menus.append((menu, action))

    def removePluginMenu(self, menu, action):
        self.menus.remove((menu, action))


iface = Iface()
main = iface.main
import envzoning

reg = QgsApplication.processingRegistry()
assert reg.providerById("envzoning") is None
p = envzoning.classFactory(iface)
assert p.provider is None, "the constructor must touch nothing"
p.initGui()
assert reg.providerById("envzoning") is p.provider, "initGui registers the provider"
assert p.provider.algorithm("soilerosionsensitivity") is not None
assert p.ui is not None, "initGui built no UI (an ImportError in ui/ is swallowed)"
docks = [d for d in main.findChildren(QDockWidget) if d.objectName() == "EnvZoningDock"]
bars = [t for t in main.findChildren(QToolBar) if t.objectName() == "EnvZoningToolbar"]
assert len(docks) == 1 and len(bars) == 1, (docks, bars)
assert iface.menus, "initGui adds the plugin menu entries"
p.unload()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
assert reg.providerById("envzoning") is None
assert not [d for d in main.findChildren(QDockWidget) if d.objectName() == "EnvZoningDock"]
assert not iface.menus, "unload removes the menu entries"
print("INITGUI-OK")
app.exitQgis()
"""


def test_initgui_registers_provider_and_ui_and_unload_removes_them(tmp_path):
    """initGui with a stub iface in a fresh QGIS (the session's provider would otherwise
    hide a second registration): provider, dock and toolbar appear; unload removes all."""
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([os.path.dirname(ROOT_LINK), ROOT_EXT]
                                          + [p for p in sys.path if p]))
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(tmp_path)
    r = subprocess.run([sys.executable, "-c", INITGUI_SCRIPT], env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0 and "INITGUI-OK" in r.stdout, r.stdout + r.stderr


def test_toolbox_lists_groups_and_algorithms_in_workflow_order(plugin):
    """QGIS sorts groups and algorithms by displayed name (case-insensitive): the sorted
    toolbox is the whole-workflow model first, then groups 1–4, each in SPEC order, in
    both languages (issue 14 item 2)."""
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    old = settings.value("locale/userLocale", "")
    try:
        for locale in ("en_US", "zh-Hans"):
            settings.setValue("locale/userLocale", locale)
            algs = list(plugin.provider.algorithms())
            shown = sorted(algs, key=lambda a: (a.group().lower(), a.displayName().lower()))
            spec = [m for m, _ in ALGORITHMS]
            assert shown[0].name() == "zoning_workflow"
            assert shown[0].displayName() != "zoning_workflow"
            assert [a.name() for a in shown[1:]] == spec, locale
            groups = []
            for a in shown:
                if a.group() not in groups:
                    groups.append(a.group())
            assert [g.split()[0] for g in groups] == ["0", "1", "2", "3", "4"]
    finally:
        settings.setValue("locale/userLocale", old)


def test_font_families_work_on_qt5_and_the_qt6_api(plugin, monkeypatch):
    """CJK font handling: QFontDatabase() raises under PyQt6 (families() is static there);
    compat.font_families takes either API and no broad except hides a failure (item 9)."""
    import qgis.PyQt.QtGui as QtGui

    from envzoning.algorithms import compat
    from envzoning.algorithms.stylezones import cjk_font_family

    real = compat.font_families()
    assert any("CJK" in f or "Noto" in f for f in real), sorted(real)[:10]
    assert cjk_font_family() in real

    class Qt6FontDatabase:  # the PyQt6 shape: no instances, static families()
        def __init__(self):
            raise TypeError("QFontDatabase cannot be instantiated")

        @staticmethod
        def families():
            return ["Noto Sans CJK SC", "DejaVu Sans"]

    monkeypatch.setattr(QtGui, "QFontDatabase", Qt6FontDatabase)
    assert compat.font_families() == {"Noto Sans CJK SC", "DejaVu Sans"}
    assert cjk_font_family() == "Noto Sans CJK SC"
