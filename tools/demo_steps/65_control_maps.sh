# 65 — the 三线一单 maps (N 5.12, Z 7.3) from 60_control.sh's outputs: the control units on
# A3 (优先保护 / 重点管控 / 一般管控 in the class colours, unit codes inside or with leader
# lines) and one A4 map per element of the element zones. Sourced by tools/demo.sh
# (qp, $SAMPLE, $OUT). Outputs: $OUT/maps/control/control_units_a3.pdf/.png,
# $OUT/maps/control/element_<element>_a4.pdf/.png.
for f in element_zones.gpkg control_units.gpkg; do
  if [ ! -f "$OUT/$f" ]; then
    echo "65_control_maps.sh: $OUT/$f is missing — run 60_control.sh first / 缺少 $f" >&2
    exit 1
  fi
done
mkdir -p "$OUT/maps/control"
qp controlmaps "CONTROL_UNITS=$OUT/control_units.gpkg" "ELEMENT_ZONES=$OUT/element_zones.gpkg" \
  "REGION=$SAMPLE/xianju.gpkg|layername=region" "TOWNSHIPS=$SAMPLE/xianju.gpkg|layername=townships" \
  TOWNSHIP_NAME_FIELD=name "RIVERS=$SAMPLE/xianju.gpkg|layername=rivers" REGION_NAME=仙居县 \
  "OUTPUT_FOLDER=$OUT/maps/control"
test -s "$OUT/maps/control/control_units_a3.png" || {
  echo "65_control_maps.sh: control_units_a3.png was not written" >&2; exit 1; }
