# 45 — zones coded and named (Z 4.4), checked (Z 4.6, 4.5), with targets, measures and
# negative lists (Z 5, tables 5, 6). Input: $OUT/zones_merged.gpkg from 40_zoning.sh.
# Outputs: $OUT/zones_named.gpkg, $OUT/zones.gpkg (final), $OUT/zoning_checks.csv.
if [ ! -f "$OUT/zones_merged.gpkg" ]; then
  echo "45_zones_named.sh: $OUT/zones_merged.gpkg is missing — run 40_zoning.sh first"; exit 1
fi
rm -f "$OUT/zones_named.gpkg" "$OUT/zones.gpkg" "$OUT/zoning_checks.csv"
# names: the protected area's own name where one covers ≥ 50 % of a zone (the red line is
# a status, not a place name: left out), else the township(s) (Z 4.4.1)
qp namezones "INPUT=$OUT/zones_merged.gpkg" ADMIN_CODE=331024 \
  "PLACES=$SAMPLE/xianju.gpkg|layername=townships" PLACE_NAME_FIELD=name ROMAN=0 \
  "FEATURES=$SAMPLE/xianju.gpkg|layername=protected_areas|subset=\"role\" <> 'redline'" \
  "OUTPUT=$OUT/zones_named.gpkg"
qp checkzoning "INPUT=$OUT/zones_named.gpkg" "LANDCOVER=$SAMPLE/landcover.tif" \
  FOREST_CODES=2,3 WATER_CODES=5,9 "REGION=$SAMPLE/xianju.gpkg|layername=region" \
  REGION_KIND=0 ADMIN_CODE=331024 "OUTPUT=$OUT/zoning_checks.csv"
qp zonetargets "INPUT=$OUT/zones_named.gpkg" ADMIN_CODE=331024 "OUTPUT=$OUT/zones.gpkg"
"$PY" - "$OUT/zones.gpkg" <<'PYEOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = con.execute("select code, name, round(area_km2, 2) from zones order by rowid").fetchall()
print("%d zones / 个功能区:" % len(rows))
for code, name, area in rows[:12]:
    print("  %-14s %-28s %8.2f km²" % (code, name, area))
if len(rows) > 12:
    print("  …")
# provenance: the layer metadata's history (gpkg_metadata), one entry per step
import json, xml.etree.ElementTree as ET
(md,) = con.execute("select m.metadata from gpkg_metadata m join gpkg_metadata_reference r "
                    "on r.md_file_id = m.id where r.table_name = 'zones'").fetchone()
prefix = "envzoning provenance: "
steps = [json.loads(h.text[len(prefix):])["algorithm"] for h in ET.fromstring(md).iter("history")
         if h.text and h.text.startswith(prefix)]
print("provenance / 溯源: " + " → ".join(steps))
PYEOF
