# 40 — zones by the dominant-factor rule table (Z 2.1, 4.1–4.3) and small zones merged
# (Z 4.5) for 仙居, on a 100 m grid. Sourced by tools/demo.sh (qp, $SAMPLE, $OUT, $PY).
# Names, checks and targets follow in 45_zones_named.sh.
#
# Inputs: sample_data/xianju.gpkg (region; protected_areas and planning, each with a `role`
# field in the vocabulary of the zoning rules), sample_data/landcover.tif (CLCD codes), and
# the evaluation outputs of steps 10–30 in $OUT.
# Outputs: $OUT/zones_raw.gpkg (+ zones_raw.tif, zones_summary.csv), $OUT/zones_merged.gpkg,
# $OUT/merge_audit.csv, $OUT/zones_merged.png, $OUT/zones_merged_lines.png (with the snap lines).
GPKG=$SAMPLE/xianju.gpkg
for f in sensitivity_level.tif importance_level.tif importance_dominant.tif p1_grid.gpkg \
         composite_grid.gpkg townships_p2k.gpkg; do
  if [ ! -f "$OUT/$f" ]; then
    echo "40_zoning.sh: $OUT/$f is missing — run the evaluation steps (10_–30_) first"; exit 1
  fi
done
rm -f "$OUT"/zones_raw.* "$OUT"/zones_summary.csv "$OUT"/zones_merged.* "$OUT"/merge_audit.csv
DOMINANT_SENS=()
if [ -f "$OUT/sensitivity_dominant.tif" ]; then
  DOMINANT_SENS=("SENSITIVITY_DOMINANT=$OUT/sensitivity_dominant.tif")
fi
RIPARIAN=()
if [ -f "$OUT/riparian.gpkg" ]; then RIPARIAN=("RIPARIAN=$OUT/riparian.gpkg"); fi

qp zoning "REGION=$GPKG|layername=region" CELL_SIZE=100 \
  "PROTECTED=$GPKG|layername=protected_areas" PROTECTED_ROLE_FIELD=role \
  "PLANNING=$GPKG|layername=planning" PLANNING_ROLE_FIELD=role \
  "LANDCOVER=$SAMPLE/landcover.tif" \
  "SENSITIVITY=$OUT/sensitivity_level.tif" "${DOMINANT_SENS[@]}" \
  "IMPORTANCE=$OUT/importance_level.tif" "IMPORTANCE_DOMINANT=$OUT/importance_dominant.tif" \
  "P1_GRID=$OUT/p1_grid.gpkg" "COMPOSITE_GRID=$OUT/composite_grid.gpkg" \
  "TOWNSHIPS=$OUT/townships_p2k.gpkg" "${RIPARIAN[@]}" KEY_ECO_COUNTY=false \
  "OUTPUT=$OUT/zones_raw.gpkg" "OUTPUT_RASTER=$OUT/zones_raw.tif" \
  "OUTPUT_SUMMARY=$OUT/zones_summary.csv"
qp mergezones "INPUT=$OUT/zones_raw.gpkg" "REGION=$GPKG|layername=region" MIN_AREA=0.5 \
  CELL_SIZE=100 "PROTECTED=$GPKG|layername=protected_areas" PROTECTED_ROLE_FIELD=role \
  PROTECTED_NAME_FIELD=name "PLANNING=$GPKG|layername=planning" PLANNING_ROLE_FIELD=role \
  "BOUNDARY_LINES=$GPKG|layername=townships" \
  "BOUNDARY_LINES=$GPKG|layername=rivers" "DEM=$SAMPLE/dem.tif" \
  "OUTPUT=$OUT/zones_merged.gpkg" "OUTPUT_AUDIT=$OUT/merge_audit.csv"

# area by subtype before and after merging, and a map of the merged zones
"$PY" - "$OUT" <<'PYEOF'
import os, sys
from osgeo import ogr
out = sys.argv[1]
def areas(path):
    acc, n = {}, 0
    ds = ogr.Open(path)
    for f in ds.GetLayer(0):
        acc[f.GetField("subtype")] = acc.get(f.GetField("subtype"), 0.0) + f.GetGeometryRef().GetArea()
        n += 1
    return acc, n
raw, nraw = areas(os.path.join(out, "zones_raw.gpkg"))
mer, nmer = areas(os.path.join(out, "zones_merged.gpkg"))
print("subtype      raw km²   merged km²   (polygons: %d raw, %d merged)" % (nraw, nmer))
for s in sorted(set(raw) | set(mer), key=lambda s: (len(s.split("-")[0]), s)):
    print("  %-9s %9.2f %12.2f" % (s, raw.get(s, 0) / 1e6, mer.get(s, 0) / 1e6))
audit = sum(1 for _ in open(os.path.join(out, "merge_audit.csv"), encoding="utf-8")) - 1
print("merge audit rows / 合并审计记录: %d" % audit)
PYEOF
"$PY" "$ROOT/tools/render.py" "$OUT/zones_merged.png" "$OUT/zones_merged.gpkg" --legend \
  --width 1000 --title "合并后的环境功能区 Merged zones"
# the merged zones with the lines their boundaries snap to (townships red, rivers blue)
"$PY" "$ROOT/tools/render.py" "$OUT/zones_merged_lines.png" "$OUT/zones_merged.gpkg" \
  --lines "$GPKG|layername=rivers" --lines "$GPKG|layername=townships" --width 1400 \
  --title "合并后的环境功能区与区界依附线 Merged zones, rivers (blue), townships (red)"
