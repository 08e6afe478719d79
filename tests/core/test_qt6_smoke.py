"""The Qt-facing glue under a real PyQt6 (issue 18 item 4). No QGIS built with Qt6 can be had
here (Debian 12 ships QGIS 3.22 on Qt5/PyQt5 only; PyPI has no QGIS), so what is run is
what touches Qt and not QGIS: ``algorithms/compat.py`` (field types, font families) and
``maplayout.no_shaping`` (a scoped QFont enum), in Debian's python3 with python3-pyqt6,
``qgis.PyQt`` and ``qgis.core.Qgis`` stood in for by a tiny shim that forwards to PyQt6 and
says QGIS 3.40. Skipped with the reason where python3-pyqt6 is not installed (make setup
installs it)."""

import ast
import os
import subprocess
import textwrap

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY = "/usr/bin/python3"

SHIM = {
    "qgis/__init__.py": "",
    "qgis/PyQt/__init__.py": "",
    "qgis/PyQt/QtCore.py": "from PyQt6.QtCore import *  # noqa\n",
    "qgis/PyQt/QtGui.py": "from PyQt6.QtGui import *  # noqa\n",
    "qgis/core.py": "class Qgis:\n    QGIS_VERSION_INT = 34000\n",
}

SCRIPT = r"""
import ast, importlib.util, sys
from PyQt6.QtGui import QFont, QGuiApplication
app = QGuiApplication([])
spec = importlib.util.spec_from_file_location("compat", COMPAT)
compat = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compat)
from PyQt6.QtCore import QMetaType
for name in ("Int", "UInt", "LongLong", "ULongLong", "Double", "String", "Bool"):
    assert isinstance(getattr(compat.QVariant, name), QMetaType.Type), name
fams = compat.font_families()
assert fams and all(isinstance(f, str) for f in fams), fams
ns = {"QFont": QFont}
exec(NO_SHAPING, ns)
f = ns["no_shaping"](QFont("Noto Sans CJK SC"))
assert f.styleStrategy() & QFont.StyleStrategy.PreferNoShaping
print("OK", len(fams))
"""


def _function_source(path, name):
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    for node in ast.parse(src).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return ast.get_source_segment(src, node)
    raise AssertionError("%s has no function %s" % (path, name))


def _has_pyqt6():
    if not os.path.exists(PY):
        return False
    r = subprocess.run([PY, "-c", "import PyQt6.QtGui"], capture_output=True, timeout=60)
    return r.returncode == 0


@pytest.mark.skipif(not _has_pyqt6(), reason="python3-pyqt6 is not installed (make setup)")
def test_compat_and_font_strategy_run_under_pyqt6(tmp_path):
    for rel, text in SHIM.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    script = "COMPAT = %r\nNO_SHAPING = %r\n" % (
        os.path.join(ROOT, "algorithms", "compat.py"),
        _function_source(os.path.join(ROOT, "algorithms", "maplayout.py"), "no_shaping"))
    script += textwrap.dedent(SCRIPT)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update({"PYTHONPATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"})
    r = subprocess.run([PY, "-c", script], env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and r.stdout.startswith("OK"), r.stdout + r.stderr[-3000:]


def test_the_old_font_strategy_form_is_gone():
    """``int(QFont.PreferNoShaping)`` raised AttributeError under PyQt6 (seen above)."""
    src = _function_source(os.path.join(ROOT, "algorithms", "maplayout.py"), "no_shaping")
    assert "QFont.StyleStrategy.PreferNoShaping" in src and "QFont.PreferNoShaping" not in src
