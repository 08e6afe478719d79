"""The Desktop UI (ui/): the workflow dock, the zone map tool, load and unload, on a real
offscreen QGIS application (pytest-qgis)."""

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QToolBar

from envzoning.algorithms import ALGORITHMS

from qgis.PyQt import sip


def _zone_layer():
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4549&field=code:string&field=name:string&field=zone_type:string"
        "&field=env_target:string&field=measures:string&field=negative_list:string",
        "zones", "memory")
    feats = []
    for x0, code, name, ztype, neg in (
            (0, "1024-Ⅱ-1-1", "括苍山水源涵养区", "II", "表6 1 禁止新建二类工业项目\n表6 2 禁止三类工业项目"),
            (1000, "1024-Ⅳ-0-1", "安洲人居环境保障区", "IV", "")):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(500000 + x0, 3100000, 501000 + x0,
                                                        3101000)))
        f["code"], f["name"], f["zone_type"] = code, name, ztype
        f["env_target"] = "地表水达到Ⅱ类标准"
        f["measures"] = "严格控制开发强度"
        f["negative_list"] = neg
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def _unit_layer():
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4549&field=HJZHGKDYBM:string&field=HJZHGKDYMC:string"
        "&field=ZHGKDYFL:string", "units", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(499000, 3099000, 503000, 3102000)))
    f["HJZHGKDYBM"], f["HJZHGKDYMC"], f["ZHGKDYFL"] = "ZH33102410001", "括苍山优先保护单元", "1"
    assert layer.dataProvider().addFeatures([f])
    return layer


def test_dock_lists_registered_algorithms_in_workflow_order(plugin):
    from envzoning.ui.dock import WORKFLOW, EnvZoningDock

    provider = QgsApplication.processingRegistry().providerById("envzoning")
    registered = {a.name() for a in provider.algorithms()}
    dock = EnvZoningDock()
    try:
        ids = [b.step.id for b in dock.step_buttons]
        # every planned step is listed once, registered or not
        assert len(ids) == len(set(ids))
        assert {w[1] for w in WORKFLOW} - {"zoning_workflow"} <= set(ids)
        # registered algorithms appear in the order of algorithms.ALGORITHMS
        listed = [m for m, _ in ALGORITHMS if m in registered]
        assert [i for i in ids if i in listed] == listed
        # groups in the order 评价, 分区, 成果, 分区管控, then the whole-workflow model
        groups = [b.step.group for b in dock.step_buttons]
        order = ["evaluation", "zoning", "outputs", "control", "workflow"]
        assert groups == sorted(groups, key=order.index)
        assert ids.index("soilerosionsensitivity") < ids.index("zoning") < ids.index(
            "stylezones") < ids.index("sitecheck")
        for button in dock.step_buttons:
            step = button.step
            assert step.name_zh in button.text() and step.name_en in button.text()
            if step.id in registered:
                alg = provider.algorithm(step.id)
                assert button.isEnabled(), step.id
                assert step.alg_id == "envzoning:" + step.id
                if getattr(alg, "SEED", ""):
                    assert alg.SEED in button.description()
                    assert step.summary and step.summary in button.description()
            elif step.group != "workflow" or not any(
                    b.step.available for b in dock.step_buttons if b.step.group == "workflow"):
                assert not button.isEnabled(), step.id
                assert step.alg_id in button.toolTip()
        # the numbering runs 1..n down the list
        assert [b.step.number for b in dock.step_buttons] == list(
            range(1, len(dock.step_buttons) + 1))
    finally:
        dock.deleteLater()


def test_missing_step_is_disabled_with_tooltip(plugin, monkeypatch):
    from envzoning.ui import dock as dock_module

    # every planned algorithm has landed: plan one more that is not registered
    planned = ("zoning", "plannedstep", "计划中的步骤", "Planned step")
    monkeypatch.setattr(dock_module, "WORKFLOW", dock_module.WORKFLOW + [planned])
    missing = [w for w in dock_module.WORKFLOW
               if plugin.provider.algorithm(w[1]) is None and w[0] != "workflow"]
    assert missing == [planned]
    steps = dock_module.workflow_steps()
    assert [s.available for s in steps if s.group != "workflow"].count(False) == 1
    dock = dock_module.EnvZoningDock()
    try:
        button = dock.button_for(missing[0][1])
        assert button is not None and not button.isEnabled()
        assert "envzoning:%s" % missing[0][1] in button.toolTip()
        assert missing[0][2] in button.text()  # the planned Chinese name
    finally:
        dock.deleteLater()


def test_clicking_a_step_opens_its_dialog(plugin, monkeypatch):
    from envzoning.ui import dock as dock_module

    opened = []
    monkeypatch.setattr(dock_module, "open_algorithm_dialog",
                        lambda alg_id, parameters=None: opened.append(alg_id))
    dock = dock_module.EnvZoningDock()
    try:
        button = dock.button_for("soilerosionsensitivity")
        assert button.isEnabled()
        button.click()
        disabled = [b for b in dock.step_buttons if not b.isEnabled()]
        for b in disabled[:1]:
            b.click()  # a disabled step does nothing
        assert opened == ["envzoning:soilerosionsensitivity"]
    finally:
        dock.deleteLater()


def test_open_algorithm_dialog_builds_the_processing_dialog(plugin, qgis_iface, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    from envzoning.ui.dock import _open_dialogs, open_algorithm_dialog

    model = QgsBrowserGuiModel()  # pytest-qgis's iface has no browser model
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)

    dialog = open_algorithm_dialog("envzoning:riparianzone")
    try:
        assert dialog is not None
        assert dialog.algorithm().id() == "envzoning:riparianzone"
        assert dialog in _open_dialogs
    finally:
        dialog.close()


def test_map_tool_finds_zone_and_unit_and_fills_panel(plugin, qgis_iface, qgis_canvas):
    from envzoning.ui.dock import EnvZoningDock
    from envzoning.ui.maptool import ZoneIdentifyTool

    zones, units = _zone_layer(), _unit_layer()
    QgsProject.instance().addMapLayers([zones, units])
    try:
        qgis_iface.setActiveLayer(zones)
        qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4549"))
        qgis_canvas.resize(QSize(400, 400))
        qgis_canvas.setExtent(QgsRectangle(499000, 3099000, 503000, 3102000))
        dock = EnvZoningDock()
        tool = ZoneIdentifyTool(qgis_canvas, qgis_iface.activeLayer)
        tool.identified.connect(dock.show_result)

        result = tool.identify_at(QgsPointXY(500500, 3100500))
        assert result.zone["code"] == "1024-Ⅱ-1-1"
        assert result.zone["name"] == "括苍山水源涵养区"
        assert result.zone_layer is zones
        assert result.unit["HJZHGKDYBM"] == "ZH33102410001"
        text = dock.info.toPlainText()
        for expected in ("1024-Ⅱ-1-1", "括苍山水源涵养区", "生态功能保障区", "地表水达到Ⅱ类标准",
                         "严格控制开发强度", "禁止新建二类工业项目", "禁止三类工业项目",
                         "编码", "名称", "负面清单", "管控措施", "环境质量目标",
                         "ZH33102410001", "括苍山优先保护单元", "优先保护单元"):
            assert expected in text, expected
        assert "生态保护目标" not in text  # the layer has no eco_target field
        assert dock.tabs.currentWidget() is dock.zone_page

        # a real click on the second zone: map → pixel → release event
        pixel = qgis_canvas.getCoordinateTransform().transform(QgsPointXY(501500, 3100500))
        event = QgsMapMouseEvent(qgis_canvas, QEvent.Type.MouseButtonRelease,
                                 QPoint(int(pixel.x()), int(pixel.y())),
                                 Qt.MouseButton.LeftButton)
        got = []
        tool.identified.connect(got.append)
        tool.canvasReleaseEvent(event)
        assert got and got[0].zone["code"] == "1024-Ⅳ-0-1"
        assert "安洲人居环境保障区" in dock.info.toPlainText()
        assert "负面清单" not in dock.info.toPlainText()  # empty negative list not shown

        # 选址研判 Site check opens envzoning:sitecheck with the zone and unit layers filled in
        from envzoning.ui import dock as dock_module

        opened = []
        orig = dock_module.open_algorithm_dialog
        dock_module.open_algorithm_dialog = lambda alg_id, parameters=None: opened.append(
            (alg_id, parameters))
        try:
            dock.sitecheck_button.click()
        finally:
            dock_module.open_algorithm_dialog = orig
        sitecheck = QgsApplication.processingRegistry().algorithmById("envzoning:sitecheck")
        if sitecheck is None:
            assert not dock.sitecheck_button.isEnabled() and not opened
        else:
            names = {p.name() for p in sitecheck.parameterDefinitions()}
            assert opened and opened[0][0] == "envzoning:sitecheck"
            if "ZONES" in names:
                assert opened[0][1]["ZONES"] == zones.id()
            # the site is the clicked point, not left for the user to draw again
            site = QgsProject.instance().mapLayer(opened[0][1]["PROJECT"])
            geom = next(site.getFeatures()).geometry().asPoint()
            clicked = got[0].point  # the last click (pixel-snapped)
            assert abs(geom.x() - clicked.x()) < 1e-6 and abs(geom.y() - clicked.y()) < 1e-6
            assert 501000 < geom.x() < 502000  # inside the second zone
            QgsProject.instance().removeMapLayer(site.id())

        # outside every zone: nothing found, the panel says so
        result = tool.identify_at(QgsPointXY(600000, 3200000))
        assert result.zone is None and result.unit is None
        assert "zones" in dock.info.toPlainText()
        dock.deleteLater()
        tool.deleteLater()
    finally:
        QgsProject.instance().removeMapLayers([zones.id(), units.id()])


def test_zone_tool_takes_zone_layers_only(plugin):
    """Townships with code and name are no zones; zoning's zone_type + subtype are, and so
    is any layer with a zone field the user chose in the legend."""
    from envzoning.ui.maptool import is_zone_layer

    towns = QgsVectorLayer("Polygon?crs=EPSG:4549&field=code:string&field=name:string",
                           "townships", "memory")
    zones = QgsVectorLayer("Polygon?crs=EPSG:4549&field=zone_type:string"
                           "&field=subtype:string&field=code:string", "z", "memory")
    points = QgsVectorLayer("Point?crs=EPSG:4549&field=zone_type:string&field=subtype:string",
                            "p", "memory")
    assert not is_zone_layer(towns)
    assert is_zone_layer(zones)
    assert not is_zone_layer(points)
    assert is_zone_layer(towns, chosen=towns)


def test_init_and_unload_add_and_remove_everything(plugin, qgis_iface, qgis_canvas):
    from envzoning.ui.main import EnvZoningUi

    main = qgis_iface.mainWindow()
    ui = EnvZoningUi(qgis_iface)
    ui.init()
    dock, tool, toolbar = ui.dock, ui.tool, ui.toolbar
    action = ui.action_dock
    assert isinstance(dock, QDockWidget) and dock.objectName() == "EnvZoningDock"
    assert action in toolbar.actions() and ui.action_identify in toolbar.actions()
    assert dock.isHidden()
    action.trigger()  # the toolbar button toggles the dock (main window itself not shown)
    assert not dock.isHidden() and action.isChecked()
    action.trigger()
    assert dock.isHidden() and not action.isChecked()
    ui.action_identify.trigger()  # the identify action activates the map tool
    assert qgis_canvas.mapTool() is tool

    ui.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert qgis_canvas.mapTool() is not tool
    assert sip.isdeleted(dock) and sip.isdeleted(tool) and sip.isdeleted(toolbar)
    assert sip.isdeleted(action)
    assert not [d for d in main.findChildren(QDockWidget) if d.objectName() == "EnvZoningDock"]
    assert not [t for t in main.findChildren(QToolBar) if t.objectName() == "EnvZoningToolbar"]
    assert ui.dock is None and ui.tool is None and ui.toolbar is None


def test_dock_summaries_are_whole_and_the_intro_is_true(plugin):
    from envzoning.ui.dock import EnvZoningDock

    dock = EnvZoningDock()
    try:
        assert dock.step_buttons
        for button in dock.step_buttons:
            assert button.step.available  # every step of this version is there
            assert not button.step.summary.endswith("…"), button.step.summary
        texts = " ".join(w.text() for w in dock.findChildren(QLabel))
        assert "Greyed" not in texts and "灰色" not in texts
    finally:
        dock.deleteLater()
