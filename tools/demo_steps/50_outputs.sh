# 50 outputs (Z 7, SPEC section 5): zone style, maps and register from $OUT/zones.gpkg
# (the final named zones with targets, written by 45_zones_named.sh).
if [ ! -f "$OUT/zones.gpkg" ]; then
  echo "50_outputs: $OUT/zones.gpkg is missing: run the zoning steps (45_zones_named.sh) first /" \
       "缺少最终区划成果 zones.gpkg" >&2
  exit 1
fi
mkdir -p "$OUT/maps"
# stand-in "satellite imagery" for the 卫星遥感图 (the sample has none): the CLCD land cover
# in natural colours. A county gives its own imagery (IMAGERY=…tif or IMAGERY_URL=XYZ/WMTS).
printf '1 205 190 120\n2 38 92 42\n3 84 124 62\n4 150 170 92\n5 40 74 124\n6 240 240 240\n7 172 160 140\n8 150 146 150\n9 62 112 110\nnv 0 0 0\n' \
  > "$OUT/_imagery_colors.txt"
rm -f "$OUT/_imagery.tif"
gdaldem color-relief -q -alpha -nearest_color_entry "$SAMPLE/landcover.tif" "$OUT/_imagery_colors.txt" "$OUT/_imagery.tif"
qp stylezones INPUT="$OUT/zones.gpkg" OUTPUT="$OUT/zones_styled.gpkg" OUTPUT_QML="$OUT/zones_styled.qml"
qp zoningmaps ZONES="$OUT/zones.gpkg" REGION="$SAMPLE/xianju.gpkg|layername=region" \
  TOWNSHIPS="$SAMPLE/xianju.gpkg|layername=townships" TOWNSHIP_NAME_FIELD=name \
  RIVERS="$SAMPLE/xianju.gpkg|layername=rivers" WATERBODIES="$SAMPLE/xianju.gpkg|layername=waterbodies" \
  SETTLEMENTS="$SAMPLE/xianju.gpkg|layername=town_seats" SENSITIVITY="$OUT/sensitivity_level.tif" \
  IMPORTANCE="$OUT/importance_level.tif" P1_GRID="$OUT/p1_grid.gpkg" COMPOSITE_GRID="$OUT/composite_grid.gpkg" \
  TOWNSHIPS_P2K="$OUT/townships_p2k.gpkg" \
  IMAGERY="$OUT/_imagery.tif" TITLE=仙居县环境功能区划图 OUTPUT_FOLDER="$OUT/maps"
qp registrationtable INPUT="$OUT/zones.gpkg" REGION="$SAMPLE/xianju.gpkg|layername=region" TOWNSHIPS="$SAMPLE/xianju.gpkg|layername=townships" \
  RIVERS="$SAMPLE/xianju.gpkg|layername=rivers" TITLE=仙居县环境功能区划登记表 \
  OUTPUT_DOCX="$OUT/register.docx" OUTPUT_XLSX="$OUT/register.xlsx" OUTPUT_CSV="$OUT/register.csv"
test -s "$OUT/register.docx" || { echo "50_outputs: register.docx was not written" >&2; exit 1; }
# the 区划文本 and 区划说明 drafts (Z 7.1, annexes 3 and 4), every figure from this run
rm -f "$OUT/zoning_text.docx" "$OUT/zoning_explanation.docx"
qp zoningtext INPUT="$OUT/zones.gpkg" REGION="$SAMPLE/xianju.gpkg|layername=region" REGION_NAME=仙居县 \
  TOWNSHIPS="$SAMPLE/xianju.gpkg|layername=townships" TOWNSHIP_NAME_FIELD=name \
  RIVERS="$SAMPLE/xianju.gpkg|layername=rivers" CHECKS="$OUT/zoning_checks.csv" \
  SENSITIVITY="$OUT/sensitivity_level.tif" IMPORTANCE="$OUT/importance_level.tif" \
  P1_GRID="$OUT/p1_grid.gpkg" TOWNSHIPS_P2K="$OUT/townships_p2k.gpkg" \
  COMPOSITE_GRID="$OUT/composite_grid.gpkg" MAPS_FOLDER="$OUT/maps" \
  OUTPUT_TEXT="$OUT/zoning_text.docx" OUTPUT_EXPLANATION="$OUT/zoning_explanation.docx"
test -s "$OUT/zoning_text.docx" || { echo "50_outputs: zoning_text.docx was not written" >&2; exit 1; }
