"""The provider as QGIS and qgis_process load it (STYLE.md items 1–3)."""

import configparser
import os

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

from envzoning.algorithms import ALGORITHMS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_metadata_is_valid_for_the_plugin_repository():
    cp = configparser.ConfigParser()
    cp.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    g = cp["general"]
    for key in ("name", "description", "about", "version", "author", "email", "repository",
                "icon", "changelog", "tags", "category"):
        assert g.get(key), key
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
    assert provider.versionInfo() == "0.1.0" or provider.versionInfo()


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


def test_initgui_calls_initprocessing_first_and_unload_removes(qgis_iface):
    import envzoning

    p = envzoning.classFactory(qgis_iface)
    assert p.provider is None  # constructor touches nothing
    reg = QgsApplication.processingRegistry()
    before = reg.providerById("envzoning")
    if before is not None:
        # the session plugin is registered; a second instance must not replace it
        return
    p.initGui()
    assert reg.providerById("envzoning") is not None
    p.unload()
    assert reg.providerById("envzoning") is None


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
