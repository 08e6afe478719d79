"""core/ is the method without QGIS (CONTRIBUTING, layering): importing every core module
in a fresh interpreter loads no qgis, PyQt or Qt module."""

import os
import pkgutil
import subprocess
import sys

import envzoning.core as core_pkg

CORE = os.path.dirname(core_pkg.__file__)
PLUGINPATH = os.path.dirname(os.path.dirname(CORE))

SCRIPT = r"""
import importlib, pkgutil, sys
import envzoning.core as core
names = sorted("envzoning.core." + m.name for m in pkgutil.iter_modules(core.__path__))
for n in names:
    importlib.import_module(n)
bad = sorted(m for m in sys.modules
             if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip", "PySide2", "PySide6")
             or m.startswith("envzoning.algorithms") or m.startswith("envzoning.ui"))
print("MODULES", len(names))
print("BAD", " ".join(bad))
"""


def test_every_core_module_imports_without_qgis_or_qt():
    modules = [m.name for m in pkgutil.iter_modules([CORE])]
    assert len(modules) > 15
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = PLUGINPATH
    r = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    out = dict(line.split(" ", 1) for line in r.stdout.splitlines() if " " in line)
    assert int(out["MODULES"]) == len(modules)
    assert out.get("BAD", "").strip() == "", "core imports %s" % out["BAD"]
