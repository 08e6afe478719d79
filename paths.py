"""Where the plugin is and which language the user reads (one place, issue 18 item 2):
used by the plugin entry point, the provider, the algorithms' glue and the UI."""

import configparser
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


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
