"""The plugin's Desktop UI: a toolbar and menu entry toggling the workflow dock, and the
zone map tool. Created by ``plugin.initGui()``, removed by ``plugin.unload()``."""

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

try:  # Qt6: QAction lives in QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction

from qgis.PyQt.QtWidgets import QDockWidget
from qgis.core import QgsApplication

from .dock import ICON, EnvZoningDock
from .maptool import ZoneIdentifyTool

_translate = QCoreApplication.translate


class EnvZoningUi:
    def __init__(self, iface):
        self.iface = iface
        self.menu = _translate("EnvZoningUi", "&Environmental zoning")
        self.toolbar = None
        self.dock = None
        self.tool = None
        self.action_dock = None
        self.action_identify = None

    def init(self):
        iface = self.iface
        main = iface.mainWindow()
        self.action_dock = QAction(
            QIcon(ICON), _translate("EnvZoningUi", "Environmental zoning workflow"), main)
        self.action_dock.setObjectName("EnvZoningDockAction")
        self.action_dock.setCheckable(True)
        self.action_dock.setToolTip(_translate(
            "EnvZoningUi", "Show the environmental zoning workflow (环境功能区划)"))
        self.action_identify = QAction(QgsApplication.getThemeIcon("/mActionIdentify.svg"),
                                       _translate("EnvZoningUi", "Identify zone"), main)
        self.action_identify.setObjectName("EnvZoningIdentifyAction")
        self.action_identify.setCheckable(True)
        self.action_identify.setToolTip(_translate(
            "EnvZoningUi", "Click on the map to show the zone's code, name, targets, measures "
                           "and negative list"))

        self.toolbar = iface.addToolBar(_translate("EnvZoningUi", "Environmental zoning"))
        self.toolbar.setObjectName("EnvZoningToolbar")
        self.toolbar.addAction(self.action_dock)
        self.toolbar.addAction(self.action_identify)
        iface.addPluginToMenu(self.menu, self.action_dock)
        iface.addPluginToMenu(self.menu, self.action_identify)

        self.dock = EnvZoningDock(main)
        iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # a tab next to the Processing toolbox: the toolbox's full height, not a strip under
        # it (issue 14 item 4)
        toolbox = main.findChild(QDockWidget, "ProcessingToolbox") if main is not None else None
        if toolbox is not None:
            main.tabifyDockWidget(toolbox, self.dock)
        self.dock.hide()
        self.dock.identify_button.setDefaultAction(self.action_identify)
        self.action_dock.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action_dock.setChecked)

        self.tool = ZoneIdentifyTool(iface.mapCanvas(), iface.activeLayer)
        self.tool.setAction(self.action_identify)
        self.tool.identified.connect(self.dock.show_result)
        self.action_identify.triggered.connect(self.toggle_tool)

    def toggle_tool(self, checked=True):
        canvas = self.iface.mapCanvas()
        if checked:
            canvas.setMapTool(self.tool)
        elif canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)

    def unload(self):
        canvas = self.iface.mapCanvas()
        if self.tool is not None:
            if canvas is not None and canvas.mapTool() is self.tool:
                canvas.unsetMapTool(self.tool)
            self.tool.deleteLater()
            self.tool = None
        for action in (self.action_dock, self.action_identify):
            if action is not None:
                self.iface.removePluginMenu(self.menu, action)
                if self.toolbar is not None:
                    self.toolbar.removeAction(action)
                action.deleteLater()
        self.action_dock = self.action_identify = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            reg = QgsApplication.processingRegistry()
            for signal in (reg.providerAdded, reg.providerRemoved):
                try:
                    signal.disconnect(self.dock._provider_changed)
                except (TypeError, RuntimeError):
                    pass
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
