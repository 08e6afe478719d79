"""Where the plugin is and which language the user reads (one place, issue 18 item 2):
used by the plugin entry point, the provider, the algorithms' glue and the UI."""

import configparser
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
# python-docx of a plugin installed offline from its zip (tools/package.sh)
EXT_LIBS = os.path.join(PLUGIN_DIR, "ext_libs")


def plugin_version():
    cp = configparser.ConfigParser()
    cp.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return cp.get("general", "version", fallback="0")


def user_locale():
    """The QGIS user locale ('zh_CN', 'en_US' …), else the system's."""
    from qgis.PyQt.QtCore import QLocale, QSettings

    return str(QSettings().value("locale/userLocale", "") or QLocale.system().name())


def chinese_ui():
    return user_locale().startswith("zh")


def ensure_ext_libs():
    """Put the plugin's ext_libs/ on sys.path when python-docx is not installed."""
    import importlib.util
    import sys

    if importlib.util.find_spec("docx") is None and os.path.isdir(EXT_LIBS) \
            and EXT_LIBS not in sys.path:
        sys.path.append(EXT_LIBS)


def has_python_docx():
    """True when python-docx can be imported (installed, or from ext_libs/)."""
    import importlib.util

    ensure_ext_libs()
    return importlib.util.find_spec("docx") is not None
