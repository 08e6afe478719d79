"""User texts show names, not internal ids (issue 14 item 5): the Chinese help of every
algorithm (summary, decision, every parameter's help and label, enum options, the messages
of the dialog's checks) holds no upper-case parameter id and no reference to the
developers' SPEC; every enum option is "中文 English"."""

import re

import pytest

from envzoning.algorithms.base import ID_RE, EnvZoningAlgorithm


def algorithms(plugin):
    return [a for a in plugin.provider.algorithms() if isinstance(a, EnvZoningAlgorithm)]


def all_ids(plugin):
    ids = set()
    for a in plugin.provider.algorithms():
        ids |= {d.name() for d in a.parameterDefinitions()}
        ids |= {d.name() for d in a.outputDefinitions()}
    return ids


def leaks(text, ids):
    """Upper-case ids and 'SPEC' in ``text`` outside the quoted names “…”."""
    bare = re.sub(r"“[^”]*”", "", text or "")
    found = [m.group(0) for m in ID_RE.finditer(bare) if m.group(0) in ids]
    return found + (["SPEC"] if "SPEC" in bare else [])


def chinese_texts(alg):
    yield "SUMMARY_ZH", alg.named(alg.SUMMARY_ZH, True)
    yield "DECISION_ZH", alg.named(alg.DECISION_ZH, True)
    for name, zh, _en in alg._help:
        yield "help of " + name, alg.named(zh, True)
        yield "label of " + name, alg._labels[name][0]
    for d in alg.parameterDefinitions():
        if d.type() == "enum":
            for o in d.options():
                yield "option of " + d.name(), re.split(r" (?=[A-Za-z])", o)[0]  # its Chinese


def test_no_internal_ids_in_chinese_help(plugin):
    ids = all_ids(plugin)
    bad = []
    for alg in algorithms(plugin):
        for where, text in chinese_texts(alg):
            found = leaks(text, ids)
            if found:
                bad.append("%s %s: %s in %r" % (alg.name(), where, found, text[:80]))
    assert not bad, "\n".join(bad)


def test_ids_become_names_with_the_id_kept_in_check_messages(plugin):
    alg = [a for a in algorithms(plugin) if a.name() == "soilerosionsensitivity"][0]
    ok, message = alg.checkParameterValues({}, None)
    assert not ok
    zh, en = message.split(" / ")
    assert zh == "“数字高程模型”（DEM）或“地形起伏度栅格 (m)”（RELIEF）至少给出一个"
    assert en == "Give 'DEM' (DEM) or 'Relief raster (m)' (RELIEF)"
    # the help of DEM names RELIEF by its label, without spaces around it in Chinese
    dem = alg.parameterDefinition("DEM")
    assert dem.help().startswith("由“数字高程模型”以移动窗口计算地形起伏度（与“地形起伏度栅格 (m)”二选一）")
    # the parameter list gives the name first, the id for qgis_process after it
    assert "<b>数字高程模型 DEM</b> (DEM):" in alg.shortHelpString()


def test_every_enum_option_is_bilingual(plugin):
    units = {"μg/m³", "mg/m³", ""}
    bad = []
    for alg in algorithms(plugin):
        for d in alg.parameterDefinitions():
            if d.type() != "enum":
                continue
            for o in d.options():
                if o in units:
                    continue
                if not re.search(r"[\u4e00-\u9fff]", o) or not re.search(r"[A-Za-z]", o):
                    bad.append("%s.%s: %r" % (alg.name(), d.name(), o))
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("option,zh", [("Error", "报错 Error"), ("Nodata", "记为无数据 Nodata"),
                                       ("Majority", "众数 Majority")])
def test_option_names_come_from_the_one_table(plugin, option, zh):
    alg = algorithms(plugin)[0]
    assert alg.option_label(option) == zh
