"""Images of the user guide (issue 9), made from the real plugin and the real demo outputs.

    .venv/bin/python tools/docs_screenshots.py maps      # maps from demo_output/ (run `make demo` first)
    .venv/bin/python tools/docs_screenshots.py desktop   # QGIS Desktop under Xvfb: toolbox, dialogs
    .venv/bin/python tools/docs_screenshots.py register  # page 1 of demo_output/register.docx
    .venv/bin/python tools/docs_screenshots.py all

Maps are drawn offscreen with the layers' own .qml styles (as tools/render.py does), with a
legend read from the layer's renderer, and written to docs/img/*.png. The README picture is the
plugin's own zoningmaps PNG (demo_output/maps/zoning_map_a3.png), downscaled. Desktop
screenshots come from QGIS itself, started under Xvfb with a throw-away profile that enables
the plugin and sets the zh_CN locale; a --code script loads the demo layers, opens the
Processing toolbox, algorithm dialogs, the Modeler and the plugin's dock (workflow, zone
query), grabs them with QWidget.grab() and quits.
Every PNG is reduced to a palette image (≤ 256 colours) to stay small.
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "demo_output")
SAMPLE = os.path.join(ROOT, "sample_data")
GPKG = os.path.join(SAMPLE, "xianju.gpkg")
IMG = os.path.join(ROOT, "docs", "img")
FONT = "Noto Sans CJK SC"


def shrink(src, dst, width=None, colors=128):
    """Downscale (keeping the aspect) and reduce to a palette PNG."""
    try:
        from PIL import Image
    except ImportError:  # QImage fallback: scaled only
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QImage

        img = QImage(src)
        if width and img.width() > width:
            img = img.scaledToWidth(width, Qt.SmoothTransformation)
        img.save(dst)
        return dst
    im = Image.open(src).convert("RGB")
    if width and im.width > width:
        im = im.resize((width, round(im.height * width / im.width)), Image.LANCZOS)
    im = im.quantize(colors=colors, method=Image.MEDIANCUT, dither=Image.NONE)
    im.save(dst, optimize=True)
    return dst


# ---------------------------------------------------------------------------------------------
# maps
# ---------------------------------------------------------------------------------------------
def _legend_items(layer):
    r = layer.renderer()
    items = []
    if hasattr(r, "classes"):  # paletted raster
        items = [(c.color, c.label) for c in r.classes()]
    elif hasattr(r, "categories"):  # categorized vector: the symbol itself (hatches too)
        items = [(c.symbol().clone(), c.label()) for c in r.categories() if c.renderState()]
    elif hasattr(r, "ranges"):
        items = [(c.symbol().clone(), c.label()) for c in r.ranges()]
    return [(c, str(t)) for c, t in items if str(t).strip()]


def render_map(png, layer_paths, title, legend_from=0, width=1000, subtitle=None):
    """Draw layers (first on top) with their sidecar styles, the county outline on top, a
    title and a legend taken from layer number ``legend_from``."""
    sys.path.insert(0, HERE)
    import render  # tools/render.py: loads a layer with its sidecar .qml

    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsVectorLayer
    from qgis.PyQt.QtCore import QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen

    region = QgsVectorLayer(GPKG + "|layername=region", "region", "ogr")
    sym = region.renderer().symbol()
    sym.setColor(QColor(0, 0, 0, 0))
    sym.symbolLayer(0).setStrokeColor(QColor(40, 40, 40))
    sym.symbolLayer(0).setStrokeWidth(0.5)
    layers = [render.load(p) for p in layer_paths]
    ext = region.extent()
    ext.scale(1.04)
    map_w = int(width * 0.74)
    height = int(map_w * ext.height() / ext.width()) + 70
    ms = QgsMapSettings()
    ms.setLayers([region] + layers)
    ms.setDestinationCrs(region.crs())
    ms.setExtent(ext)
    ms.setOutputSize(QSize(map_w, height - 70))
    ms.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    from qgis.PyQt.QtGui import QImage

    img = QImage(width, height, QImage.Format_RGB32)
    img.fill(QColor(255, 255, 255))
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    p.drawImage(0, 70, job.renderedImage())
    p.setPen(QColor(0, 0, 0))
    f = QFont(FONT)
    f.setPixelSize(24)
    f.setBold(True)
    p.setFont(f)
    p.drawText(QRectF(16, 8, width - 32, 34), Qt.AlignLeft | Qt.AlignVCenter, title)
    if subtitle:
        f.setPixelSize(15)
        f.setBold(False)
        p.setFont(f)
        p.setPen(QColor(70, 70, 70))
        p.drawText(QRectF(16, 40, width - 32, 24), Qt.AlignLeft | Qt.AlignVCenter, subtitle)
    f.setPixelSize(15)
    f.setBold(False)
    p.setFont(f)
    p.setPen(QColor(0, 0, 0))
    x, y = map_w + 8, 90
    for color, label in _legend_items(layers[legend_from]):
        if isinstance(color, QColor):
            p.fillRect(x, y, 24, 16, color)
        else:  # a symbol
            p.drawImage(x, y, color.asImage(QSize(24, 16)))
        p.setPen(QPen(QColor(90, 90, 90), 1))
        p.drawRect(x, y, 24, 16)
        p.setPen(QColor(0, 0, 0))
        words = label.split(" ", 1)
        p.drawText(x + 32, y + 14, words[0])
        if len(words) > 1:
            p.setPen(QColor(90, 90, 90))
            p.drawText(x + 32, y + 32, words[1][:30])
            p.setPen(QColor(0, 0, 0))
            y += 44
        else:
            y += 26
    p.end()
    tmp = png + ".tmp.png"
    img.save(tmp)
    shrink(tmp, png, colors=96)
    os.remove(tmp)
    print("%s (%d KB)" % (os.path.relpath(png, ROOT), os.path.getsize(png) // 1024))


MAPS = [
    # file, layers (first on top), title, subtitle
    ("soil_erosion.png", ["soil_erosion_level.tif"],
     "土壤侵蚀敏感性 Soil erosion sensitivity — 仙居县",
     "envzoning:soilerosionsensitivity · Z 附录1 表1-1"),
    ("sensitivity.png", ["sensitivity_level.tif"],
     "生态系统敏感性 Ecological sensitivity — 仙居县",
     "envzoning:ecosensitivity = max(土壤侵蚀, 河湖滨岸)"),
    ("importance.png", ["importance_level.tif"],
     "生态系统重要性 Ecosystem importance — 仙居县",
     "envzoning:ecoimportance = max(水源涵养, 水土保持, 生物多样性, 洪水调蓄)"),
    ("importance_dominant.png", ["importance_dominant.tif"],
     "重要性主导因子 Dominant importance factor",
     "envzoning:ecoimportance OUTPUT_DOMINANT"),
    ("p1_grid.png", ["p1_grid.gpkg"],
     "P1 保障自然生态安全指数（公里网格） P1 on the km grid",
     "envzoning:p1 · P1 = max(敏感性, 重要性)"),
    ("composite_a.png", ["composite_grid.gpkg"],
     "综合评价指数 A = K·P2 − P1 分级 / A classes",
     "envzoning:compositeindex · a_class 5 高 … 1 低"),
    ("zones.png", ["zones_styled.gpkg"],
     "环境功能区 Zones — 仙居县（表7、表8 样式）",
     "envzoning:zoning → mergezones → namezones → zonetargets → stylezones"),
    ("control_units.png", ["control_units.gpkg"],
     "生态环境管控单元 Control units — 仙居县",
     "envzoning:controlunits · 优先保护 / 重点管控 / 一般管控"),
]


def make_maps():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(IMG, exist_ok=True)
    missing = []
    for name, layers, title, sub in MAPS:
        paths = [os.path.join(OUT, p) for p in layers]
        if not all(os.path.exists(p.split("|")[0]) for p in paths):
            missing.append(name)
            continue
        render_map(os.path.join(IMG, name), paths, title, subtitle=sub)
    zm = os.path.join(OUT, "maps", "zoning_map_a3.png")
    if os.path.exists(zm):
        shrink(zm, os.path.join(IMG, "zoning_map.png"), width=1000, colors=128)
        print("docs/img/zoning_map.png (%d KB)"
              % (os.path.getsize(os.path.join(IMG, "zoning_map.png")) // 1024))
    else:
        missing.append("zoning_map.png")
    if missing:
        print("not made (demo outputs missing — run `make demo`): " + ", ".join(missing))
    app.exitQgis()


# ---------------------------------------------------------------------------------------------
# QGIS Desktop under Xvfb
# ---------------------------------------------------------------------------------------------
DESKTOP_CODE = r'''
import os
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QTreeView
from qgis.utils import iface

SHOTS = {shots!r}
GPKG = {gpkg!r}
OUT = {out!r}
SAMPLE = {sample!r}


def load():
    from qgis.PyQt.QtGui import QColor

    def vec(path, name, qml=None):
        lyr = QgsVectorLayer(path, name, "ogr")
        if qml and os.path.exists(qml):
            lyr.loadNamedStyle(qml)
        QgsProject.instance().addMapLayer(lyr)
        return lyr

    def outline(lyr, rgb, width):
        sym = lyr.renderer().symbol()
        sym.setColor(QColor(0, 0, 0, 0))
        sym.symbolLayer(0).setStrokeColor(QColor(*rgb))
        sym.symbolLayer(0).setStrokeWidth(width)

    # added bottom first: the last one added is drawn on top
    zones = os.path.join(OUT, "zones_styled.gpkg")
    if os.path.exists(zones):
        vec(zones, "环境功能区 zones", os.path.join(OUT, "zones_styled.qml"))
    outline(vec(GPKG + "|layername=townships", "乡镇 townships"), (90, 90, 90), 0.3)
    rivers = vec(GPKG + "|layername=rivers", "河流 rivers")
    rivers.renderer().symbol().setColor(QColor(30, 110, 220))
    rivers.renderer().symbol().setWidth(0.5)
    region = vec(GPKG + "|layername=region", "县界 region")
    outline(region, (0, 0, 0), 0.8)
    iface.mapCanvas().setExtent(region.extent())
    iface.mapCanvas().refresh()


def toolbox():
    dock = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    dock.show()
    dock.raise_()
    tree = dock.findChild(QTreeView)
    model = tree.model()
    tree.collapseAll()
    for row in range(model.rowCount()):
        idx = model.index(row, 0)
        if "envzoning" in str(model.data(idx)):
            tree.expand(idx)
            for r2 in range(model.rowCount(idx)):
                tree.expand(model.index(r2, 0, idx))
            tree.scrollTo(idx, QTreeView.PositionAtTop)
    return dock


def shoot_toolbox():
    dock = toolbox()
    dock.setFloating(True)
    dock.resize(460, 900)
    QTimer.singleShot(1500, lambda: (dock.grab().save(SHOTS["toolbox"]), main_window()))


def main_window():
    dock = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    dock.setFloating(False)
    iface.mainWindow().resize(1600, 1000)
    iface.mapCanvas().setExtent(QgsProject.instance().mapLayersByName("县界 region")[0].extent())
    iface.mapCanvas().refresh()
    QTimer.singleShot(4000, lambda: (iface.mainWindow().grab().save(SHOTS["main"]), dialog_soil()))


def open_dialog(alg_id, params, key, then):
    import processing
    dlg = processing.createAlgorithmDialog(alg_id, params)
    dlg.resize(1250, 860)
    dlg.show()
    QTimer.singleShot(2500, lambda: (dlg.grab().save(SHOTS[key]), dlg.close(), then()))


def dialog_soil():
    open_dialog("envzoning:soilerosionsensitivity", {{
        "EROSIVITY": os.path.join(SAMPLE, "erosivity.tif"),
        "SOIL": os.path.join(SAMPLE, "soil_texture.tif"),
        "DEM": os.path.join(SAMPLE, "dem.tif"),
        "LANDCOVER": os.path.join(SAMPLE, "landcover.tif"),
        "REGION": GPKG + "|layername=region",
    }}, "dialog_soil", dialog_zoning)


def dialog_zoning():
    open_dialog("envzoning:zoning", {{"REGION": GPKG + "|layername=region", "CELL_SIZE": 100}},
                "dialog_zoning", dialog_p1)


def dialog_p1():
    open_dialog("envzoning:p1", {{"REGION": GPKG + "|layername=region"}}, "dialog_p1", modeler)


def modeler():
    """The shipped model in the Graphical Modeler, zoomed to the whole model."""
    from processing.modeler.ModelerDialog import ModelerDialog
    alg = QgsApplication.processingRegistry().algorithmById("envzoning:zoning_workflow")
    dlg = ModelerDialog.create(alg.create())
    dlg.resize(1500, 1000)
    dlg.show()
    for name in ("zoomFull", "zoomToItems"):
        if hasattr(dlg, name):
            QTimer.singleShot(800, getattr(dlg, name))
            break
    QTimer.singleShot(3000, lambda: (dlg.grab().save(SHOTS["modeler"]), dlg.close(), done()))


def dock_workflow():
    """The plugin's dock as a user first opens it (a tab beside the Processing toolbox, the
    main window at full size), on its workflow tab."""
    from qgis.utils import plugins
    ui = plugins["envzoning"].ui
    iface.mainWindow().resize(1600, 1000)
    ui.action_dock.setChecked(True)
    ui.dock.show()
    ui.dock.raise_()
    ui.dock.tabs.setCurrentIndex(0)
    QTimer.singleShot(2500, lambda: (ui.dock.grab().save(SHOTS["dock"]), dock_zone(ui)))


def dock_zone(ui):
    """The zone query: the identify tool at a point inside the first zone."""
    zones = QgsProject.instance().mapLayersByName("环境功能区 zones")
    if not zones:
        return done()
    iface.setActiveLayer(zones[0])
    feat = next(zones[0].getFeatures())
    from qgis.core import QgsCoordinateTransform
    xf = QgsCoordinateTransform(zones[0].crs(),
                                iface.mapCanvas().mapSettings().destinationCrs(),
                                QgsProject.instance())
    point = xf.transform(feat.geometry().pointOnSurface().asPoint())
    ui.tool.identify_at(point)

    def then():
        ui.dock.grab().save(SHOTS["dock_zone"])
        ui.action_dock.setChecked(False)
        shoot_toolbox()
    QTimer.singleShot(2500, then)


def done():
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(300, lambda: os._exit(0))


load()
QTimer.singleShot(2000, dock_workflow)
'''


def make_desktop():
    os.makedirs(IMG, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="envzoning_shots_")
    prof = os.path.join(tmp, "profile")
    ini_dir = os.path.join(prof, "profiles", "default", "QGIS")
    os.makedirs(ini_dir)
    with open(os.path.join(ini_dir, "QGIS3.ini"), "w", encoding="utf-8") as fh:
        fh.write("[PythonPlugins]\nenvzoning=true\nprocessing=true\n\n"
                 "[locale]\noverrideFlag=true\nuserLocale=zh_CN\nglobalLocale=zh_CN\n\n"
                 "[qgis]\nshowTips=false\ncheckVersion=false\n"
                 "allowVersionCheck=false\n\n[UI]\nUI\\lastProjectOpenDir=" + tmp + "\n")
    shots = {k: os.path.join(tmp, k + ".png")
             for k in ("toolbox", "main", "dialog_soil", "dialog_zoning", "dialog_p1",
                       "modeler", "dock", "dock_zone")}
    code = os.path.join(tmp, "shots.py")
    with open(code, "w", encoding="utf-8") as fh:
        fh.write(DESKTOP_CODE.format(shots=shots, gpkg=GPKG, out=OUT, sample=SAMPLE))
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(QGIS_CUSTOM_CONFIG_PATH=prof,
               QGIS_PLUGINPATH=os.path.join(ROOT, "build", "pluginpath"),
               LANG="zh_CN.UTF-8", LC_ALL="C.UTF-8")
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--noversioncheck",
           "--nologo", "--code", code]
    try:
        subprocess.run(cmd, env=env, timeout=240, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        print("QGIS did not quit in 240 s; using the screenshots made so far")
    made = {
        "toolbox": ("toolbox.png", None),
        "main": ("qgis_main.png", 1200),
        "dialog_soil": ("dialog_soilerosion.png", 1000),
        "dialog_zoning": ("dialog_zoning.png", 1000),
        "dialog_p1": ("dialog_p1.png", 1000),
        "modeler": ("modeler.png", 1200),
        "dock": ("dock.png", None),
        "dock_zone": ("dock_zone.png", None),
    }
    for key, (name, width) in made.items():
        if os.path.exists(shots[key]):
            dst = shrink(shots[key], os.path.join(IMG, name), width=width, colors=128)
            print("%s (%d KB)" % (os.path.relpath(dst, ROOT), os.path.getsize(dst) // 1024))
        else:
            print("not made: %s" % name)
    shutil.rmtree(tmp, ignore_errors=True)


def make_register():
    """Page 1 of the demo's registration table (DOCX → PDF by LibreOffice → PNG by pdftoppm)."""
    docx = os.path.join(OUT, "register.docx")
    if not os.path.exists(docx) or not shutil.which("soffice") or not shutil.which("pdftoppm"):
        print("not made: register.png (needs demo_output/register.docx, soffice, pdftoppm)")
        return
    tmp = tempfile.mkdtemp(prefix="envzoning_reg_")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    pdf = os.path.join(tmp, "register.pdf")
    if os.path.exists(pdf):
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile",
                        pdf, os.path.join(tmp, "page")], check=True)
        dst = shrink(os.path.join(tmp, "page.png"), os.path.join(IMG, "register.png"), colors=64)
        print("%s (%d KB)" % (os.path.relpath(dst, ROOT), os.path.getsize(dst) // 1024))
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    if what in ("maps", "all"):
        make_maps()
    if what in ("register", "all"):
        make_register()
    if what in ("desktop", "all"):
        make_desktop()


if __name__ == "__main__":
    main()
