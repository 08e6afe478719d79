# 70 — the Z 7.4 database: Shapefiles (zones, control units, element zones, townships with
# indices, km grid) with .cpg and field names ≤ 10 characters (field_mapping.csv), long texts
# in long_texts.csv/.dbf, the evaluation rasters as GeoTIFF and the 数据说明 DOCX.
# Inputs from 20_–60_ in $OUT. Output: $OUT/database/.
for f in zones.gpkg control_units.gpkg element_zones.gpkg townships_p2k.gpkg composite_grid.gpkg; do
  if [ ! -f "$OUT/$f" ]; then
    echo "70_database.sh: $OUT/$f is missing — run the steps before (10_–60_) first"; exit 1
  fi
done
rm -rf "$OUT/database"
qp exportdatabase ZONES="$OUT/zones.gpkg" CONTROL_UNITS="$OUT/control_units.gpkg" \
  ELEMENT_ZONES="$OUT/element_zones.gpkg" TOWNSHIPS="$OUT/townships_p2k.gpkg" \
  GRID="$OUT/composite_grid.gpkg" RASTERS="$OUT/sensitivity_level.tif" \
  RASTERS="$OUT/importance_level.tif" RASTERS="$OUT/importance_dominant.tif" \
  OUTPUT_FOLDER="$OUT/database" OUTPUT_DESCRIPTION="$OUT/database/数据说明.docx"
test -s "$OUT/database/zones.shp" || { echo "70_database: zones.shp was not written" >&2; exit 1; }
