# 30 — P2 (Z 3.2.2), environmental quality and emission (Z annex-1 5–7, tables 6-1…6-3),
# K (Z 3.2.3) and the composite index A = K·P2 − P1 (Z 3.1) for 仙居, per township and
# on the km grid of 20_importance.sh. Sourced by tools/demo.sh (qp, $SAMPLE, $OUT, $PY).
#
# Inputs, all from sample_data/xianju.gpkg (see sample_data/README.md for their origin):
#   townships     population (2020 census), gdp, cod_t, nh3n_t, so2_t, nox_t (t/a)
#   air_stations  CNEMC stations, so2/no2/pm10 in μg/m³ — only a few lie in the county, so
#                 most townships take the nearest station (air_nearest = 1)
#   water_sections class (I…劣V) and codmn, nh3n, tp, do (mg/L)
#   soil_samples  cd, pb, as_, hg, cr (mg/kg) with their standards cd_s … cr_s
GPKG=$SAMPLE/xianju.gpkg
P2K=$OUT/_p2k
mkdir -p "$P2K"
rm -f "$P2K"/*.gpkg "$P2K"/*.qml "$OUT/townships_p2k.gpkg" "$OUT/townships_p2k.qml" \
  "$OUT/composite_grid.gpkg" "$OUT/composite_grid.qml"

qp p2 "INPUT=$GPKG|layername=townships" POPULATION_FIELD=population GDP_FIELD=gdp \
  CLASSIFICATION=0 COMBINATION=0 "OUTPUT=$P2K/p2.gpkg"
qp airquality "INPUT=$P2K/p2.gpkg" "STATIONS=$GPKG|layername=air_stations" \
  SO2_FIELD=so2 NO2_FIELD=no2 PM10_FIELD=pm10 UNIT=0 AGGREGATION=0 "OUTPUT=$P2K/air.gpkg"
qp waterquality "INPUT=$P2K/air.gpkg" "SECTIONS=$GPKG|layername=water_sections" \
  CLASS_FIELD=class INDICATOR_FIELDS=codmn INDICATOR_FIELDS=nh3n INDICATOR_FIELDS=tp \
  INDICATOR_FIELDS=do "OUTPUT=$P2K/water.gpkg"
qp soilquality "INPUT=$P2K/water.gpkg" "SAMPLES=$GPKG|layername=soil_samples" \
  POLLUTANT_FIELDS=cd POLLUTANT_FIELDS=pb POLLUTANT_FIELDS=as_ POLLUTANT_FIELDS=hg \
  POLLUTANT_FIELDS=cr STANDARD_FIELDS=cd_s STANDARD_FIELDS=pb_s STANDARD_FIELDS=as_s \
  STANDARD_FIELDS=hg_s STANDARD_FIELDS=cr_s METHOD=0 "OUTPUT=$P2K/soil.gpkg"
qp emissionindex "INPUT=$P2K/soil.gpkg" COD_FIELD=cod_t NH3N_FIELD=nh3n_t SO2_FIELD=so2_t \
  NOX_FIELD=nox_t CLASSIFICATION=0 "OUTPUT=$P2K/emission.gpkg"
qp k "INPUT=$P2K/emission.gpkg" AIR_FIELD=air WATER_FIELD=water SOIL_FIELD=soil \
  EMISSION_FIELD=emission FORMULA=0 "OUTPUT=$OUT/townships_p2k.gpkg"
qp compositeindex "GRID=$OUT/p1_grid.gpkg" "TOWNSHIPS=$OUT/townships_p2k.gpkg" \
  CLASSIFICATION=0 "OUTPUT=$OUT/composite_grid.gpkg"

# the figures of this step in the log, and two maps to look at
"$PY" - "$OUT" <<'PYEOF'
import os, sys
from osgeo import ogr
out = sys.argv[1]
ds = ogr.Open(os.path.join(out, "townships_p2k.gpkg"))
lyr = ds.GetLayer(0)
print("%-10s %8s %8s %4s %4s %4s %4s %4s %4s %6s" % (
    "township", "pop_idx", "eco_idx", "p2", "air", "wat", "soil", "emis", "qual", "k"))
for f in lyr:
    print("%-10s %8.3f %8.3f %4.0f %4d %4d %4d %4d %4d %6.3f%s" % (
        f["name"], f["pop_idx"], f["eco_idx"], f["p2"], f["air"], f["water"], f["soil"],
        f["emission"], f["quality"], f["k"], "  (nearest air station)" if f["air_nearest"] else ""))
ds = ogr.Open(os.path.join(out, "composite_grid.gpkg"))
lyr = ds.GetLayer(0)
a = [f["a"] for f in lyr if f["a"] is not None]
lyr.ResetReading()
counts = {}
for f in lyr:
    counts[f["a_class"]] = counts.get(f["a_class"], 0) + 1
print("A = k*p2 - p1 on %d km cells: min %.3f, max %.3f, mean %.3f" % (
    len(a), min(a), max(a), sum(a) / len(a)))
print("a_class cells (5 = 高 … 1 = 低):", {k: counts[k] for k in sorted(counts, key=str)})
PYEOF
R="$PY $ROOT/tools/render.py"
$R "$OUT/composite_grid.png" "$OUT/composite_grid.gpkg" --legend --width 900 \
  --title "A = K·P2 − P1 分级 (5 高 … 1 低) / A classes"
$R "$OUT/townships_quality.png" "$OUT/townships_p2k.gpkg" --legend --width 900 \
  --title "环境质量指数 (5 优 … 1 重度污染) / quality index"
