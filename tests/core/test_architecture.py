"""The house rules that can be read from the source (issue 18 items 2 and 4), checked by
parsing every module — no QGIS needed:

- no algorithm module imports another algorithm module (shared glue lives in the support
  modules of algorithms/, method in core/);
- no module imports PyQt5, PyQt6 or sip directly (only ``qgis.PyQt``), so the plugin
  follows the Qt that QGIS was built with;
- no Qt5-only API outside algorithms/compat.py: ``QVariant`` field types only through the
  compat module (PyQt6 has no ``QVariant.Int``), only the types compat defines for Qt6,
  no ``exec_()`` (removed in PyQt6), no unscoped Qt enum values (``QFont.PreferNoShaping``
  must be ``QFont.StyleStrategy.PreferNoShaping`` under PyQt6).
"""

import ast
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ALG_DIR = os.path.join(ROOT, "algorithms")
SKIP_DIRS = {".venv", "build", "ext_libs", ".git", "demo_output", "__pycache__"}


def _algorithm_modules():
    ns = {}
    with open(os.path.join(ALG_DIR, "__init__.py"), encoding="utf-8") as fh:
        exec(compile(fh.read(), "algorithms/__init__.py", "exec"), ns)  # a literal list
    return sorted({m for m, _ in ns["ALGORITHMS"]})


def _tree(path):
    with open(path, encoding="utf-8") as fh:
        return ast.parse(fh.read(), path)


def _python_files(plugin_only=True):
    out = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        rel = os.path.relpath(dirpath, ROOT)
        if plugin_only and rel.split(os.sep)[0] in ("tests", "tools", "bench"):
            continue
        out += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return out


def imported_algorithms(tree, algorithms):
    """(line, module) of every import of an algorithm module of the package, at any depth
    (function-level imports included): ``from . import x``, ``from .x import y``,
    ``from ..algorithms.x import y``, ``import envzoning.algorithms.x``."""
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            parts = mod.split(".") if mod else []
            if node.level == 1:
                names = parts[:1] if parts else [a.name for a in node.names]
            elif "algorithms" in parts:
                rest = parts[parts.index("algorithms") + 1:]
                names = rest[:1] if rest else [a.name for a in node.names]
            else:
                continue
            hits += [(node.lineno, n) for n in names if n in algorithms]
        elif isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                if "algorithms" in parts:
                    rest = parts[parts.index("algorithms") + 1:]
                    if rest and rest[0] in algorithms:
                        hits.append((node.lineno, rest[0]))
    return sorted(hits)


def test_the_checker_sees_every_import_form():
    algs = {"zoningmaps", "stylezones"}
    src = ("from . import base\nfrom . import zoningmaps\nfrom .stylezones import x\n"
           "def f():\n    from ..algorithms.zoningmaps import y\n"
           "import envzoning.algorithms.stylezones\nfrom . import styles\n")
    assert imported_algorithms(ast.parse(src), algs) == [
        (2, "zoningmaps"), (3, "stylezones"), (5, "zoningmaps"), (6, "stylezones")]


def test_no_algorithm_module_imports_another_algorithm_module():
    algorithms = _algorithm_modules()
    assert len(algorithms) >= 36
    bad = []
    for name in algorithms:
        path = os.path.join(ALG_DIR, name + ".py")
        assert os.path.isfile(path), path
        bad += ["algorithms/%s.py:%d imports %s" % (name, line, other)
                for line, other in imported_algorithms(_tree(path), set(algorithms))
                if other != name]
    assert not bad, "\n".join(bad)


def test_support_modules_import_no_algorithm_module():
    """The shared glue must not lean on an algorithm either (it would be a cycle)."""
    algorithms = set(_algorithm_modules())
    bad = []
    for f in sorted(os.listdir(ALG_DIR)):
        stem = f[:-3]
        if not f.endswith(".py") or stem in algorithms or f == "__init__.py":
            continue
        bad += ["algorithms/%s:%d imports %s" % (f, line, other)
                for line, other in imported_algorithms(_tree(os.path.join(ALG_DIR, f)),
                                                       algorithms)]
    assert not bad, "\n".join(bad)


def test_no_direct_pyqt_or_sip_import():
    bad = []
    for path in _python_files(plugin_only=False):
        for node in ast.walk(_tree(path)):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                mods = [node.module]
            for m in mods:
                if m.split(".")[0] in ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6"):
                    bad.append("%s:%d imports %s" % (os.path.relpath(path, ROOT),
                                                     node.lineno, m))
    assert not bad, "use qgis.PyQt:\n" + "\n".join(bad)


def _compat_qt6_types():
    tree = _tree(os.path.join(ALG_DIR, "compat.py"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == "QVariant":
            return {t.id for stmt in node.body if isinstance(stmt, ast.Assign)
                    for t in stmt.targets if isinstance(t, ast.Name)}
    raise AssertionError("compat.py defines no QVariant namespace")


def _qt_names(tree):
    """Names bound by ``from qgis.PyQt.<module> import …`` in a module."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt"):
            for a in node.names:
                names[a.asname or a.name] = node.module
    return names


def qt5_only_uses(tree, compat_types):
    """(line, what) of Qt5-only API in a parsed module (see the module docstring)."""
    hits = []
    qt = _qt_names(tree)
    for name, mod in qt.items():
        if name == "QVariant":
            hits.append((0, "QVariant imported from %s, not from algorithms.compat" % mod))
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    # ``Owner.Attr`` used scoped or called somewhere is an enum type (QFont.StyleStrategy)
    types = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            parent = parents.get(node)
            if (isinstance(parent, ast.Attribute) and parent.value is node) or \
                    (isinstance(parent, ast.Call) and parent.func is node):
                types.add((node.value.id, node.attr))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr == "exec_":
                hits.append((node.lineno, "exec_() (Qt6: exec())"))
            if not isinstance(node.value, ast.Name):
                continue
            owner = node.value.id
            if owner == "QVariant" and node.attr not in compat_types and node.attr != "Type":
                hits.append((node.lineno, "QVariant.%s is not in compat's Qt6 types" % node.attr))
            elif owner in qt and owner != "QVariant" and node.attr[:1].isupper():
                if (owner, node.attr) not in types:
                    hits.append((node.lineno, "unscoped Qt enum %s.%s (PyQt6 needs "
                                 "%s.<Enum>.%s)" % (owner, node.attr, owner, node.attr)))
    return sorted(hits)


def test_the_qt5_checker_finds_what_it_should():
    src = ("from qgis.PyQt.QtCore import QVariant, Qt\nfrom qgis.PyQt.QtGui import QFont\n"
           "a = QFont.PreferNoShaping\nb = QFont.StyleStrategy.PreferNoShaping\n"
           "c = QFont.StyleStrategy(1)\nd = Qt.AlignmentFlag.AlignTop\ne = QVariant.Int\n"
           "dlg.exec_()\nisinstance(c, QFont.StyleStrategy)\nf = Qt.AlignLeft\n")
    hits = qt5_only_uses(ast.parse(src), {"Int"})
    assert [h[0] for h in hits] == [0, 3, 8, 10], hits


@pytest.mark.parametrize("path", [os.path.relpath(p, ROOT) for p in _python_files()
                                  if os.path.relpath(p, ROOT) != os.path.join("algorithms",
                                                                              "compat.py")])
def test_no_qt5_only_api(path):
    hits = qt5_only_uses(_tree(os.path.join(ROOT, path)), _compat_qt6_types())
    assert not hits, "\n".join("%s:%d %s" % (path, line, what) for line, what in hits)
