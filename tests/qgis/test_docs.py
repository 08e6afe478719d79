"""The reference in docs/reference is generated from the provider and must not drift."""

import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _make_docs():
    spec = importlib.util.spec_from_file_location("make_docs", os.path.join(ROOT, "tools",
                                                                             "make_docs.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_reference_is_up_to_date(plugin, tmp_path):
    written = _make_docs().write_reference(str(tmp_path), plugin.provider)
    committed = os.path.join(ROOT, "docs", "reference")
    assert len(written) == len(plugin.provider.algorithms())
    stale = []
    for name in written + ["README.md"]:
        path = os.path.join(committed, name)
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        if not os.path.exists(path) or open(path, encoding="utf-8").read() != fresh:
            stale.append(name)
    assert not stale, "docs/reference is out of date for %s: run `make docs`" % stale


def test_every_parameter_has_help_and_help_links_the_reference(plugin):
    missing = []
    for alg in plugin.provider.algorithms():
        if not hasattr(alg, "SEED"):
            continue  # models registered from .model3
        assert alg.helpUrl().endswith("docs/reference/%s.md" % alg.name())
        assert ("%s" % alg.name()) in alg.shortHelpString()
        for p in alg.parameterDefinitions():
            if not p.help().strip():
                missing.append("%s.%s" % (alg.name(), p.name()))
    assert not missing, "parameters without help: %s" % missing


def test_page_lists_every_parameter_with_type_and_default(plugin):
    mod = _make_docs()
    alg = plugin.provider.algorithm("soilerosionsensitivity")
    page = mod.algorithm_page(alg)
    for name in ("EROSIVITY", "SOIL", "DEM", "RELIEF", "RELIEF_WINDOW", "LANDCOVER",
                 "LANDCOVER_SCHEME", "OUTPUT_INDEX", "OUTPUT_LEVEL"):
        assert "`%s`" % name in page
    assert "| `RELIEF_WINDOW` |" in page and "| 1000.0 |" in page
    assert "Z 附录1 1(1)" in page
