# The whole Zhejiang workflow as ONE run of the shipped Graphical Modeler model
# (resources/models/zoning_workflow.model3): evaluation → zoning → names → targets → checks
# → style → maps → registration table, from the raw sample_data/ inputs, into $OUT/model/.
GPKG=$SAMPLE/xianju.gpkg
M=$OUT/model
rm -rf "$M"
mkdir -p "$M"
echo "== model zoning_workflow.model3"
t0=$(date +%s)
if ! "$(command -v qgis_process.bin || command -v qgis_process)" run "$ROOT/resources/models/zoning_workflow.model3" -- \
  "REGION=$GPKG|layername=region" ADMIN_CODE=331024 TITLE=仙居县环境功能区划图 CELL_SIZE=100 \
  "EROSIVITY=$SAMPLE/erosivity.tif" "SOIL_TEXTURE=$SAMPLE/soil_texture.tif" \
  "DEM=$SAMPLE/dem.tif" "LANDCOVER=$SAMPLE/landcover.tif" \
  "RIVERS=$GPKG|layername=rivers" "WATER_SOURCES=$GPKG|layername=water_sources" \
  "CATCHMENTS=$GPKG|layername=catchments" "TOWNSHIPS=$GPKG|layername=townships" \
  "SPECIES_POINTS=$GPKG|layername=species_points" "WATERBODIES=$GPKG|layername=waterbodies" \
  "AIR_STATIONS=$GPKG|layername=air_stations" "WATER_SECTIONS=$GPKG|layername=water_sections" \
  "SOIL_SAMPLES=$GPKG|layername=soil_samples" "PROTECTED_AREAS=$GPKG|layername=protected_areas" \
  "PLANNING=$GPKG|layername=planning" \
  "PARKS=$GPKG|layername=planning|subset=\"role\" LIKE 'industrial%'" \
  "FARMLAND_SAMPLES=$SAMPLE/control/control_data.gpkg|layername=farmland_samples" \
  "FARMLAND=$GPKG|layername=planning|subset=\"role\" = 'farmland'" \
  "WATER_OVERLOAD=$SAMPLE/control/control_data.gpkg|layername=water_overload" \
  "SHORELINES=$SAMPLE/control/control_data.gpkg|layername=shorelines" \
  "NAMED_FEATURES=$GPKG|layername=protected_areas|subset=\"role\" <> 'redline'" \
  "sensitivity:生态敏感性=$M/sensitivity_level.tif" "importance:生态重要性=$M/importance_level.tif" \
  "composite:综合指数网格=$M/composite_grid.gpkg" "style:环境功能区=$M/zones.gpkg" \
  "checks:区划检查表=$M/zoning_checks.csv" "maps:图件文件夹=$M/maps" \
  "register:登记表DOCX=$M/register.docx" "register:登记表XLSX=$M/register.xlsx" \
  "text:区划文本=$M/zoning_text.docx" "text:区划说明=$M/zoning_explanation.docx" \
  "waterunits:水环境控制单元=$M/water_units.gpkg" "elementzones:要素管控分区=$M/element_zones.gpkg" \
  "controlunits:生态环境管控单元=$M/control_units.gpkg" \
  > "$OUT/log_model.txt" 2>&1; then
  tail -40 "$OUT/log_model.txt"; echo "the shipped model failed"; exit 1
fi
grep -E "Model processed OK" "$OUT/log_model.txt" || true
echo "model run: $(( $(date +%s) - t0 )) s (start-up included) → $M: zones.gpkg, maps/, register.docx|xlsx"
