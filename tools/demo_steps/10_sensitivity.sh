# 10 — ecological sensitivity (Z 3.2.1(1), annex-1 1): soil erosion (table 1-1), riparian
# zones (tables 1-2, 1-3), coastal hazard (annex-1 1(3)②), combination by max.
# Sourced by tools/demo.sh (qp, $SAMPLE, $OUT, $PY).
GPKG=$SAMPLE/xianju.gpkg

qp soilerosionsensitivity \
  "EROSIVITY=$SAMPLE/erosivity.tif" "SOIL=$SAMPLE/soil_texture.tif" "DEM=$SAMPLE/dem.tif" \
  "LANDCOVER=$SAMPLE/landcover.tif" LANDCOVER_SCHEME=0 RELIEF_WINDOW=1000 \
  "REGION=$GPKG|layername=region" \
  "OUTPUT_INDEX=$OUT/soil_erosion_ss.tif" "OUTPUT_LEVEL=$OUT/soil_erosion_level.tif"

# rivers: water-quality target (table 1-2) and catchment erosion intensity as fields
qp riparianzone "INPUT=$GPKG|layername=rivers" TARGET_FIELD=target EROSION_FIELD=erosion \
  "OUTPUT=$OUT/riparian.gpkg"
# reservoirs: no erosion field, so the intensity comes from the soil-erosion level raster
# (majority within 1000 m of the shore); no target field either → a documented stand-in:
# both reservoirs are drinking-water sources, target Ⅱ类.
rm -f "$OUT/_reservoirs.gpkg"
ogr2ogr -f GPKG "$OUT/_reservoirs.gpkg" "$GPKG" -nln reservoirs \
  -sql "SELECT geom, name, 'II' AS target FROM waterbodies"
QP_SUFFIX=_reservoirs qp riparianzone "INPUT=$OUT/_reservoirs.gpkg|layername=reservoirs" TARGET_FIELD=target \
  "EROSION_RASTER=$OUT/soil_erosion_level.tif" "OUTPUT=$OUT/riparian_reservoirs.gpkg"

# 仙居 is inland: there is no coastline. coastalhazardzone is run on a tiny stand-in — a 2 km
# "coast" inside the county (555–557 km E, 3175 km N; a line, so both sides count as land)
# with a = 20 m, S = 0.5 m, θ = 1°, H = 1 m (width = max(20, 28.6, 57.3) = 57.3 m) — only to
# show the algorithm; its output is NOT fed to ecosensitivity, so the sensitivity map of 仙居
# is soil erosion + riparian only.
rm -f "$OUT/_coast_standin.gpkg"
cat > "$OUT/_coast_standin.geojson" <<'EOF'
{"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4549"}},
 "features": [{"type": "Feature",
   "properties": {"name": "stand-in coast (not real)", "a": 20.0, "s": 0.5, "theta": 1.0,
                  "h": 1.0, "dyked": 0},
   "geometry": {"type": "LineString",
                "coordinates": [[555000, 3175000], [557000, 3175000]]}}]}
EOF
qp coastalhazardzone "INPUT=$OUT/_coast_standin.geojson" "LAND=$GPKG|layername=region" \
  RETREAT_FIELD=a SLR_FIELD=s SLOPE_FIELD=theta SURGE_FIELD=h DYKED_FIELD=dyked LEVEL=5 \
  "OUTPUT=$OUT/coastal_standin.gpkg"

# the two riparian layers as one (ecosensitivity takes one RIPARIAN layer)
rm -f "$OUT/_riparian_all.gpkg"
ogr2ogr -f GPKG "$OUT/_riparian_all.gpkg" "$OUT/riparian.gpkg" -nln riparian \
  -sql "SELECT geom, level FROM riparian"
ogr2ogr -update -append "$OUT/_riparian_all.gpkg" "$OUT/riparian_reservoirs.gpkg" \
  -nln riparian -sql "SELECT geom, level FROM riparian_reservoirs"

qp ecosensitivity "SOIL_EROSION=$OUT/soil_erosion_level.tif" \
  "RIPARIAN=$OUT/_riparian_all.gpkg|layername=riparian" \
  "REGION=$GPKG|layername=region" \
  "OUTPUT_LEVEL=$OUT/sensitivity_level.tif" "OUTPUT_DOMINANT=$OUT/sensitivity_dominant.tif"
