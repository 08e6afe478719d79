"""make bench — the demo county end to end (issue 19 "done when"): the shipped Graphical
Modeler model (resources/models/zoning_workflow.model3) on sample_data/ (仙居) at 30 m
cells, run headless with ``qgis_process`` as tools/demo_steps/55_model.sh does (at 100 m).
Reports the wall time (QGIS start-up included) and the peak resident memory of the
``qgis_process`` run; target < 30 s.

Usage: bench_demo.py [CELL_SIZE]   (default 30); outputs in $TMPDIR/envzoning_bench_demo_<c>.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    cell = sys.argv[1] if len(sys.argv) > 1 else "30"
    sample = os.path.join(ROOT, "sample_data")
    g = os.path.join(sample, "xianju.gpkg")
    m = os.path.join(tempfile.gettempdir(), "envzoning_bench_demo_%s" % cell)
    shutil.rmtree(m, ignore_errors=True)
    os.makedirs(m)
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    args = [exe, "run", os.path.join(ROOT, "resources", "models", "zoning_workflow.model3"), "--",
            "REGION=%s|layername=region" % g, "ADMIN_CODE=331024", "TITLE=仙居县环境功能区划图",
            "CELL_SIZE=%s" % cell]
    for k, v in (("EROSIVITY", "erosivity.tif"), ("SOIL_TEXTURE", "soil_texture.tif"),
                 ("DEM", "dem.tif"), ("LANDCOVER", "landcover.tif")):
        args.append("%s=%s" % (k, os.path.join(sample, v)))
    for k, v in (("RIVERS", "rivers"), ("WATER_SOURCES", "water_sources"),
                 ("CATCHMENTS", "catchments"), ("TOWNSHIPS", "townships"),
                 ("SPECIES_POINTS", "species_points"), ("WATERBODIES", "waterbodies"),
                 ("AIR_STATIONS", "air_stations"), ("WATER_SECTIONS", "water_sections"),
                 ("SOIL_SAMPLES", "soil_samples"), ("PROTECTED_AREAS", "protected_areas"),
                 ("PLANNING", "planning")):
        args.append("%s=%s|layername=%s" % (k, g, v))
    args.append("NAMED_FEATURES=%s|layername=protected_areas|subset=\"role\" <> 'redline'" % g)
    for k, v in (("sensitivity:生态敏感性", "sensitivity_level.tif"),
                 ("importance:生态重要性", "importance_level.tif"),
                 ("composite:综合指数网格", "composite_grid.gpkg"),
                 ("style:环境功能区", "zones.gpkg"), ("checks:区划检查表", "zoning_checks.csv"),
                 ("maps:图件文件夹", "maps"), ("register:登记表DOCX", "register.docx"),
                 ("register:登记表XLSX", "register.xlsx"), ("text:区划文本", "zoning_text.docx"),
                 ("text:区划说明", "zoning_explanation.docx")):
        args.append("%s=%s" % (k, os.path.join(m, v)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=os.path.join(ROOT, "build", "pluginpath"),
               QGIS_CUSTOM_CONFIG_PATH=os.path.join(ROOT, "build", "qgis_profile"))
    log = os.path.join(m, "log_model.txt")
    t = time.perf_counter()
    with open(log, "w") as fh:
        proc = subprocess.Popen(args, env=env, stdout=fh, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    if status != 0:
        with open(log, encoding="utf-8", errors="replace") as fh:
            raise SystemExit("the shipped model failed:\n" + fh.read()[-3000:])
    from osgeo import ogr

    ds = ogr.Open(os.path.join(m, "zones.gpkg"))
    zones = ds.GetLayer(0).GetFeatureCount()
    print("demo county, shipped model at %s m: %.1f s (start-up included; target < 30 s), "
          "peak %.0f MiB, %d zones → %s" % (cell, seconds, usage.ru_maxrss / 1024.0, zones, m))


if __name__ == "__main__":
    main()
