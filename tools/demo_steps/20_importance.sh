# 20 — ecological importance (Z 3.2.1(2), annex-1 2: tables 2-1…2-4, 2(4) flood) and P1 on
# the km grid (Z 3.2.1). Sourced by tools/demo.sh (qp, $SAMPLE, $OUT, $PY).
GPKG=$SAMPLE/xianju.gpkg

# the soil-erosion level of 10_sensitivity.sh; if that step has not run, make it here
if [ ! -f "$OUT/soil_erosion_level.tif" ]; then
  qp soilerosionsensitivity \
    "EROSIVITY=$SAMPLE/erosivity.tif" "SOIL=$SAMPLE/soil_texture.tif" "DEM=$SAMPLE/dem.tif" \
    "LANDCOVER=$SAMPLE/landcover.tif" LANDCOVER_SCHEME=0 RELIEF_WINDOW=1000 \
    "REGION=$GPKG|layername=region" \
    "OUTPUT_INDEX=$OUT/soil_erosion_ss.tif" "OUTPUT_LEVEL=$OUT/soil_erosion_level.tif"
fi
# P1 takes the combined sensitivity of 10_sensitivity.sh, else soil erosion alone
SENS_LEVEL=$OUT/sensitivity_level.tif
[ -f "$SENS_LEVEL" ] || SENS_LEVEL=$OUT/soil_erosion_level.tif

# table 2-1: 仙居 lies in the humid zone (湿润, the default)
qp waterconservation "INPUT=$GPKG|layername=water_sources" TYPE_FIELD=type CLIMATE=3 \
  "REFERENCE=$OUT/soil_erosion_level.tif" "OUTPUT=$OUT/water_conservation_level.tif"

# table 2-2: soil-erosion sensitivity × receiving-water class of the D8 catchments
qp soilconservation "SENSITIVITY=$OUT/soil_erosion_level.tif" \
  "CATCHMENTS=$GPKG|layername=catchments" WATER_CLASS_FIELD=water_class \
  "OUTPUT=$OUT/soil_conservation_level.tif"

# tables 2-3, 2-4: township species counts against a stand-in province total of 2 000
# (sample_data/README.md; ratios about 11–36 %), priority ecosystems flagged per township;
# protected-species points mark the cells within 500 m (a stand-in home range; default 0 =
# the point's own cell)
qp biodiversity "UNITS=$GPKG|layername=townships" SPECIES_FIELD=species PROVINCE_SPECIES=2000 \
  PRIORITY_FIELD=priority_eco "OCCURRENCES=$GPKG|layername=species_points" \
  PROTECTION_FIELD=protection BUFFER=500 "REFERENCE=$OUT/soil_erosion_level.tif" \
  "OUTPUT=$OUT/biodiversity_level.tif"

# annex-1 2(4): Q = (Limax − Limin) / (dem − Limin) inside the two reservoirs
qp floodregulation "DEM=$SAMPLE/dem.tif" "WATERBODIES=$GPKG|layername=waterbodies" \
  LIMAX_FIELD=limax LIMIN_FIELD=limin CLIMATE=3 \
  "OUTPUT_Q=$OUT/flood_q.tif" "OUTPUT=$OUT/flood_regulation_level.tif"

qp ecoimportance "WATER=$OUT/water_conservation_level.tif" \
  "SOIL=$OUT/soil_conservation_level.tif" "BIODIVERSITY=$OUT/biodiversity_level.tif" \
  "FLOOD=$OUT/flood_regulation_level.tif" \
  "OUTPUT_LEVEL=$OUT/importance_level.tif" "OUTPUT_DOMINANT=$OUT/importance_dominant.tif"

rm -f "$OUT/p1_grid.gpkg"
qp p1 "SENSITIVITY=$SENS_LEVEL" "IMPORTANCE=$OUT/importance_level.tif" \
  "REGION=$GPKG|layername=region" CELL_SIZE=1000 AGGREGATION=0 "OUTPUT=$OUT/p1_grid.gpkg"

# look at them: importance, its dominant factor and the P1 grid as PNG (offscreen QGIS)
R="$PY $ROOT/tools/render.py"
$R "$OUT/importance_level.png" "$OUT/importance_level.tif" --legend --width 1000 \
  --outline "$GPKG|layername=region" --title "生态系统重要性 Ecosystem importance — 仙居县"
$R "$OUT/importance_dominant.png" "$OUT/importance_dominant.tif" --legend --width 1000 \
  --outline "$GPKG|layername=region" --title "重要性主导因子 Dominant importance factor"
$R "$OUT/p1_grid.png" "$OUT/p1_grid.gpkg" --legend --width 1000 \
  --outline "$GPKG|layername=region" --title "P1 保障自然生态安全指数（公里网格）P1 on the km grid"
