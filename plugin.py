"""Plugin entry point (STYLE.md item 1).

``qgis_process`` calls ``classFactory(None)`` then ``initProcessing()``; QGIS Desktop calls
``initGui()``, which calls ``initProcessing()`` first. The constructor touches nothing.
"""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .paths import PLUGIN_DIR, user_locale
TRANSLATORS = []  # keeps the QTranslator alive (the app's sip wrapper may be collected)


def install_translator():
    """Load i18n/envzoning_<locale>.qm once (the QGIS locale; zh_CN by default for zh)."""
    app = QCoreApplication.instance()
    if app is None or TRANSLATORS:
        return
    locale = user_locale()
    for name in (locale, locale[:2], "zh_CN" if locale.startswith("zh") else ""):
        if not name:
            continue
        path = os.path.join(PLUGIN_DIR, "i18n", "envzoning_%s.qm" % name)
        if os.path.exists(path):
            tr = QTranslator()
            if tr.load(path):
                QCoreApplication.installTranslator(tr)
                TRANSLATORS.append(tr)
            return


class EnvZoningPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.ui = None

    def initProcessing(self):  # noqa: N802 - QGIS API name
        if self.provider is not None:
            return
        install_translator()
        from .processing_provider.provider import EnvZoningProvider

        self.provider = EnvZoningProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS API name
        self.initProcessing()
        try:
            from .ui.main import EnvZoningUi
        except ImportError:
            return
        self.ui = EnvZoningUi(self.iface)
        self.ui.init()

    def unload(self):
        if self.ui is not None:
            self.ui.unload()
            self.ui = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
