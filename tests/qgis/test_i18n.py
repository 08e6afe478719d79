"""i18n (STYLE.md item 10): the plugin speaks the QGIS locale; the zh_CN .ts is complete
for the UI and compiled into the shipped .qm."""

import ast
import glob
import os
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QSettings, QTranslator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
I18N = os.path.join(ROOT, "i18n")


def _ts(lang):
    """{(context, source): translation or None when unfinished}"""
    out = {}
    for ctx in ET.parse(os.path.join(I18N, "envzoning_%s.ts" % lang)).getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            done = t is not None and t.get("type") is None and bool(t.text)
            out[(ctx.findtext("name"), m.findtext("source"))] = t.text if done else None
    return out


def _translate_calls(patterns):
    """(context, source, where) of every translate("ctx", "literal") call in the files."""
    calls = []
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(path, encoding="utf-8") as fh:
                tree = ast.parse(fh.read(), path)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or len(node.args) < 2:
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name not in ("translate", "_translate"):
                    continue
                ctx, src = node.args[:2]
                if isinstance(ctx, ast.Constant) and isinstance(src, ast.Constant):
                    calls.append((ctx.value, src.value, "%s:%d" % (
                        os.path.relpath(path, ROOT), node.lineno)))
                else:
                    calls.append((None, None, "%s:%d" % (os.path.relpath(path, ROOT),
                                                         node.lineno)))
    return calls


@pytest.fixture(params=["zh_CN", "zh-Hans"])
def zh_translator(plugin, request):
    """QSettings locale/userLocale = zh_CN (or QGIS's own code for Simplified Chinese,
    zh-Hans) and plugin.install_translator() as at start-up; everything restored after."""
    from envzoning import plugin as plugin_module

    settings = QSettings()
    old_locale = settings.value("locale/userLocale", None)
    old = list(plugin_module.TRANSLATORS)
    for tr in old:
        QCoreApplication.removeTranslator(tr)
    plugin_module.TRANSLATORS.clear()
    settings.setValue("locale/userLocale", request.param)
    try:
        plugin_module.install_translator()
        assert plugin_module.TRANSLATORS, "no .qm loaded for %s" % request.param
        yield plugin_module.TRANSLATORS[0]
    finally:
        for tr in plugin_module.TRANSLATORS:
            QCoreApplication.removeTranslator(tr)
        plugin_module.TRANSLATORS[:] = old
        for tr in old:
            QCoreApplication.installTranslator(tr)
        if old_locale is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", old_locale)


def test_ui_and_algorithm_strings_come_out_in_chinese(zh_translator):
    from envzoning.ui.dock import EnvZoningDock

    dock = EnvZoningDock()
    try:
        assert dock.windowTitle() == "环境功能区划"
        assert dock.tabs.tabText(0) == "工作流程"
        button = dock.button_for("soilerosionsensitivity")
        assert "依据：" in button.description()
    finally:
        dock.deleteLater()
    alg = QgsApplication.processingRegistry().algorithmById("envzoning:soilerosionsensitivity")
    assert alg.tr(alg.NAME_EN) == alg.NAME_ZH == "土壤侵蚀敏感性"
    assert QCoreApplication.translate("SoilErosionSensitivity", alg.NAME_EN) == alg.NAME_ZH
    # a parameter's help: base.add() translates the English help with the class context
    dem = [h for h in alg._help if h[0] == "DEM"]
    if dem:
        assert alg.tr(dem[0][2]) == dem[0][1]


def test_english_locale_keeps_english(plugin):
    from envzoning.ui.dock import EnvZoningDock

    from envzoning import plugin as plugin_module

    installed = list(plugin_module.TRANSLATORS)
    for tr in installed:
        QCoreApplication.removeTranslator(tr)
    try:
        en = QTranslator()
        assert en.load(os.path.join(I18N, "envzoning_en.qm"))
        QCoreApplication.installTranslator(en)
        dock = EnvZoningDock()
        assert dock.windowTitle() == "Environmental zoning"
        dock.deleteLater()
        QCoreApplication.removeTranslator(en)
    finally:
        for tr in installed:
            QCoreApplication.installTranslator(tr)


def test_every_ui_string_has_a_finished_chinese_translation():
    """Fails when someone adds a UI string without running ``make translations`` and
    translating it in i18n/envzoning_zh_CN.ts."""
    zh = _ts("zh_CN")
    calls = _translate_calls(["ui/*.py", "plugin.py", "processing_provider/*.py"])
    assert calls, "no translate() calls found in ui/"
    problems = []
    for ctx, src, where in calls:
        if ctx is None:
            problems.append("%s: translate() needs literal context and text (pylupdate5)"
                            % where)
        elif (ctx, src) not in zh:
            problems.append("%s: [%s] %r is not in the .ts (run make translations)"
                            % (where, ctx, src))
        elif not zh[(ctx, src)]:
            problems.append("%s: [%s] %r is unfinished in envzoning_zh_CN.ts" % (where, ctx,
                                                                                 src))
    assert not problems, "\n".join(problems)


def test_shipped_qm_matches_the_ts():
    zh = _ts("zh_CN")
    tr = QTranslator()
    assert tr.load(os.path.join(I18N, "envzoning_zh_CN.qm"))
    QCoreApplication.installTranslator(tr)  # the last installed translator is asked first
    try:
        stale = [(c, s) for (c, s), t in zh.items()
                 if t and c in ("EnvZoningUi", "EnvZoningProvider")
                 and QCoreApplication.translate(c, s) != t]
    finally:
        QCoreApplication.removeTranslator(tr)
    assert not stale, "envzoning_zh_CN.qm is older than the .ts (make translations): %s" % (
        stale[:3],)
    en = _ts("en")
    assert set(en) == set(zh)
    assert all(t == s for (c, s), t in en.items())


def test_enum_options_and_names_in_chinese(zh_translator):
    """With the zh_CN translation an enum option shows once, in Chinese, and ids in the
    help are the parameters' Chinese names (issue 14 item 5)."""
    alg = QgsApplication.processingRegistry().createAlgorithmById(
        "envzoning:soilerosionsensitivity")
    assert alg.parameterDefinition("UNMAPPED").options() == ["报错", "记为无数据"]
    assert alg.parameterDefinition("LANDCOVER_SCHEME").options()[2] == "自定义（“自定义植被分级表”）"
    assert alg.parameterDefinition("DEM").help() == (
        "由“数字高程模型”以移动窗口计算地形起伏度（与“地形起伏度栅格 (m)”二选一）")
