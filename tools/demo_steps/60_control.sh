# 60 — zoning control / 三线一单 (SPEC section 6; N 5.7–5.14) for 仙居: element zones, control
# units, the access list, a site check of each sample project, and a comparison of the raw
# and the final zoning. Sourced by tools/demo.sh (qp, $SAMPLE, $OUT, $PY).
#
# Inputs: sample_data/xianju.gpkg (region, townships, protected_areas, planning, town_seats,
# projects), $OUT/zones.gpkg (its II-1/II-3 zones are 其他重要生态空间, rule ECO-4) and $OUT/zones_raw.gpkg
# (40_zoning.sh, 45_zones_named.sh), sample_data/control/overall_list.csv and the stand-ins
# of sample_data/control/ (control_data.gpkg, emission_*.tif, carbon_pools_standin.csv). Element layers the
# sample county lacks are derived as documented stand-ins (sample_data/control/README.md).
# Outputs: $OUT/element_zones.gpkg (with soil, water resources, shoreline from data),
# $OUT/element_zones_soil_idw.gpkg (soil classes by IDW), $OUT/control_units.gpkg (+ .png), $OUT/access_list.gpkg,
# $OUT/access_list.docx, $OUT/access_list.xlsx, $OUT/sitecheck_<project>.html and .json,
# $OUT/zoning_changes.gpkg, $OUT/zoning_transition.csv, $OUT/zoning_changes.txt,
# $OUT/sitecheck_batch.html/.json/.xlsx (+ one page per project), $OUT/control_units_update.gpkg,
# $OUT/units_codes.csv, $OUT/units_changes.txt (kept / changed / new / retired codes),
# $OUT/water_units.gpkg (+ .png), $OUT/air_zones.gpkg (weak diffusion from the DEM),
# $OUT/carbon_stock.tif, $OUT/ghg_zones.gpkg.
GPKG=$SAMPLE/xianju.gpkg
for f in zones.gpkg; do
  if [ ! -f "$OUT/$f" ]; then
    echo "60_control.sh: $OUT/$f is missing — run the evaluation and zoning steps (20_, 40_, 45_) first"
    exit 1
  fi
done
rm -f "$OUT"/control_sources.gpkg "$OUT"/element_zones.* "$OUT"/element_zones_soil_idw.* "$OUT"/control_units.* \
  "$OUT"/access_list.* "$OUT"/sitecheck_*.html "$OUT"/sitecheck_*.json "$OUT"/zoning_changes.* \
  "$OUT"/zoning_transition.csv "$OUT"/sitecheck_batch* "$OUT"/units_* \
  "$OUT"/control_units_update.* "$OUT"/water_units.* "$OUT"/air_zones.* \
  "$OUT"/carbon_stock.tif "$OUT"/ghg_zones.*

# stand-in element sources (documented in sample_data/control/README.md)
"$PY" - "$GPKG" "$OUT/control_sources.gpkg" <<'PYEOF'
import sys
from osgeo import ogr
src = ogr.Open(sys.argv[1])
drv = ogr.GetDriverByName("GPKG")
out = drv.CreateDataSource(sys.argv[2])
srs = src.GetLayer("planning").GetSpatialRef()

def layer(name, rows):
    lyr = out.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("role", ogr.OFTString))
    for geom, nm, role in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.ForceToMultiPolygon(geom))
        f.SetField("name", nm)
        f.SetField("role", role)
        lyr.CreateFeature(f)
    print("  stand-in %-13s %d features" % (name, lyr.GetFeatureCount()))

def feats(lname):
    return [(f.GetGeometryRef().Clone(), f.GetField("name"), f.GetField("role"))
            for f in src.GetLayer(lname)]

plan, prot = feats("planning"), feats("protected_areas")
seats = [(f.GetGeometryRef().Clone(), f.GetField("name")) for f in src.GetLayer("town_seats")]
# basic farmland is no source here: its soil classes come from the farmland samples
layer("planning_ctl", [(g, n, r) for g, n, r in plan if r != "farmland"])
layer("noise", [(g, n, "noise_2") for g, n, r in plan if r == "urban"] +
      [(g, n, "noise_3") for g, n, r in plan if r.startswith("industrial")] +
      [(g.Buffer(300, 16), "%s噪声敏感建筑物集中区" % n, "noise_sensitive") for g, n in seats])
def square(g, half=75.0):
    p = g.PointOnSurface()
    x, y = p.GetX(), p.GetY()
    return ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        x - half, y - half, x + half, y - half, x + half, y + half, x - half, y + half,
        x - half, y - half))
layer("plots", [(square(g), "%s地块" % n,
                 "contaminated_plot" if r == "industrial_existing" else "suspected_contaminated_plot")
                for g, n, r in plan if r.startswith("industrial")])
layer("groundwater", [(g, n, "gw_protection") for g, n, r in prot if r == "water_source_protection"] +
      [(g, n, "gw_pollution") for g, n, r in plan if r == "industrial_existing"])
layer("ghg", [(g, n, "carbon_high") for g, n, r in prot if r in ("nature_reserve", "forest_park")] +
      [(g, n, "co_emission_high") for g, n, r in plan if r == "industrial_existing"])
layer("energy", [(g, n, "fuel_ban") for g, n, r in plan if n == "仙居县城建成区"])
layer("parks", [(g, n, r) for g, n, r in plan if r.startswith("industrial")])
out = None
PYEOF
S=$OUT/control_sources.gpkg
D=$SAMPLE/control/control_data.gpkg
# surface-water control units (N 5.8.3(2)): catchments of the 12 monitoring sections from the
# DEM (nested upstream → downstream), target III (the sample sections have no target field),
# the drinking-water source protection areas priority, the industrial parks as sources; they
# enter the control units as element zones (EXTRA_ZONES)
qp waterunits "SECTIONS=$GPKG|layername=water_sections" CURRENT_FIELD=class TARGET=III \
  "DEM=$SAMPLE/dem.tif" "REGION=$GPKG|layername=region" \
  "WATER_SOURCES=$GPKG|layername=protected_areas|subset=\"role\" = 'water_source_protection'" \
  "SOURCES=$S|layername=parks" \
  "OUTPUT=$OUT/water_units.gpkg"
"$PY" "$ROOT/tools/render.py" "$OUT/water_units.png" "$OUT/water_units.gpkg" --label section \
  --width 1200
# element zones: the role layers, and from data (issue 17 item 4; stand-ins of
# sample_data/control/control_data.gpkg) the soil 农用地 classes of the basic-farmland plots
# from the farmland samples (GB 15618-2018 by pH band and land use), water-resource overload
# by township, river shorelines buffered 50 m; each zone coded (YS… of the data standard)
qp elementzones "INPUTS=$GPKG|layername=protected_areas" "INPUTS=$S|layername=planning_ctl" \
  "INPUTS=$OUT/zones.gpkg|layername=zones" "INPUTS=$S|layername=noise" "INPUTS=$S|layername=plots" \
  "INPUTS=$S|layername=groundwater" "INPUTS=$S|layername=ghg" "INPUTS=$S|layername=energy" \
  ROLE_FIELD=role "SOIL_SAMPLES=$D|layername=farmland_samples" \
  "SOIL_PLOTS=$GPKG|layername=planning|subset=\"role\" = 'farmland'" \
  "WATER_TOWNSHIPS=$D|layername=water_overload" OVERLOAD_FIELD=overload \
  "SHORELINES=$D|layername=shorelines" SHORELINE_FIELD=class SHORELINE_BUFFER=50 \
  ADMIN_CODE=331024 "REGION=$GPKG|layername=region" "OUTPUT=$OUT/element_zones.gpkg"
# the same soil samples interpolated (IDW power 2, radius 2 km, 100 m cells) within the
# farmland, shown on its own
QP_SUFFIX=_soil_idw qp elementzones "INPUTS=$GPKG|layername=protected_areas" \
  "SOIL_SAMPLES=$D|layername=farmland_samples" \
  "SOIL_PLOTS=$GPKG|layername=planning|subset=\"role\" = 'farmland'" SOIL_METHOD=1 \
  "REGION=$GPKG|layername=region" "OUTPUT=$OUT/element_zones_soil_idw.gpkg"
qp controlunits "ELEMENT_ZONES=$OUT/element_zones.gpkg" "EXTRA_ZONES=$OUT/water_units.gpkg" \
  "TOWNSHIPS=$GPKG|layername=townships" \
  TOWNSHIP_FIELD=name "PARKS=$S|layername=parks" PARK_FIELD=name ADMIN_CODE=331024 \
  MIN_AREA=0.5 "OVERALL=$SAMPLE/control/overall_list.csv" "OUTPUT=$OUT/control_units.gpkg"
qp accesslist "UNITS=$OUT/control_units.gpkg" "OVERALL=$SAMPLE/control/overall_list.csv" \
  "OUTPUT=$OUT/access_list.gpkg" "OUTPUT_DOCX=$OUT/access_list.docx" \
  "OUTPUT_XLSX=$OUT/access_list.xlsx"

# one site check per sample project (projects layer: name, item_no)
"$PY" - "$GPKG" <<'PYEOF' > "$OUT/_projects.txt"
import sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1])
for f in ds.GetLayer("projects"):
    print("%d\t%s\t%s" % (f.GetFID(), f.GetField("item_no"), f.GetField("name")))
PYEOF
while IFS=$'\t' read -r fid item name; do
  QP_SUFFIX="_$fid" qp sitecheck "PROJECT=$GPKG|layername=projects|subset=\"fid\" = $fid" "INDUSTRY=$item" \
    "PROJECT_NAME=$name" "ZONES=$OUT/zones.gpkg|layername=zones" \
    "UNITS=$OUT/access_list.gpkg" ADMIN_CODE=331024 \
    "OUTPUT_HTML=$OUT/sitecheck_${name}.html" "OUTPUT_JSON=$OUT/sitecheck_${name}.json"
done < "$OUT/_projects.txt"

# air control zones (N 5.8.3(1)): class-1 areas = nature reserve and scenic area, receptors =
# the town seats (500 m), the upwind (NE, the sample county's stand-in prevailing wind) 5 km
# sector of the built-up areas; the high-emission areas from the stand-in 1 km inventory
# (sample_data/control/emission_air.tif); no ventilation raster, so the weak-diffusion areas
# are the valley floors and basins of the DEM (3 km window, 50 m)
qp airzones "REGION=$GPKG|layername=region" "DEM=$SAMPLE/dem.tif" VALLEY_WINDOW=3000 VALLEY_DEPTH=50 \
  "EMISSIONS=$SAMPLE/control/emission_air.tif" \
  "CLASS1_AREAS=$GPKG|layername=protected_areas|subset=\"role\" IN ('nature_reserve', 'scenic_area')" \
  "RECEPTORS=$GPKG|layername=town_seats" RECEPTOR_BUFFER=500 \
  "URBAN=$GPKG|layername=planning|subset=\"role\" = 'urban'" WIND_FROM=45 SECTOR=22.5 \
  UPWIND_DISTANCE=5 "OUTPUT=$OUT/air_zones.gpkg"

# greenhouse-gas zones (N 5.8.3(7)): carbon stock from the land cover with the STAND-IN carbon
# densities of sample_data/control/carbon_pools_standin.csv (no source; the shipped table
# holds only the cited IPCC soil defaults), the top 30 % of the area by density priority, the
# coinciding pollutant and CO2 hot spots of the stand-in inventories key
qp carbonzones "LANDCOVER=$SAMPLE/landcover.tif" "REGION=$GPKG|layername=region" \
  "CARBON_CSV=$SAMPLE/control/carbon_pools_standin.csv" HIGH_SHARE=0.3 \
  "POLLUTANT_EMISSIONS=$SAMPLE/control/emission_air.tif" \
  "CO2_EMISSIONS=$SAMPLE/control/emission_co2.tif" \
  "OUTPUT_STOCK=$OUT/carbon_stock.tif" "OUTPUT=$OUT/ghg_zones.gpkg"

# batch site check (N 5.13.1): every project of the layer, its industry from item_no (table 6
# items; GB/T 4754-2017 codes such as 3011 work the same), all as new projects (新建)
qp sitecheck "PROJECT=$GPKG|layername=projects" INDUSTRY_FIELD=item_no PROJECT_KIND=1 \
  "ZONES=$OUT/zones.gpkg|layername=zones" "UNITS=$OUT/access_list.gpkg" ADMIN_CODE=331024 \
  "OUTPUT_HTML=$OUT/sitecheck_batch.html" "OUTPUT_JSON=$OUT/sitecheck_batch.json" \
  "OUTPUT_XLSX=$OUT/sitecheck_batch.xlsx"

# an update (N 5.13.2–5.13.3): the units rebuilt with MIN_AREA 1 km² and the first version as
# PREVIOUS — units that did not change keep their codes; the comparison lists the codes
QP_SUFFIX=_update qp controlunits "ELEMENT_ZONES=$OUT/element_zones.gpkg" \
  "EXTRA_ZONES=$OUT/water_units.gpkg" \
  "TOWNSHIPS=$GPKG|layername=townships" TOWNSHIP_FIELD=name "PARKS=$S|layername=parks" \
  PARK_FIELD=name ADMIN_CODE=331024 MIN_AREA=1.0 "PREVIOUS=$OUT/control_units.gpkg" \
  "OUTPUT=$OUT/control_units_update.gpkg"
QP_SUFFIX=_units qp comparezonings "OLD=$OUT/control_units.gpkg" OLD_FIELD=unit_class \
  "NEW=$OUT/control_units_update.gpkg" NEW_FIELD=unit_class \
  "OUTPUT=$OUT/units_transition.csv" "OUTPUT_CHANGES=$OUT/units_changes.gpkg" \
  "OUTPUT_CODES=$OUT/units_codes.csv" "OUTPUT_SUMMARY=$OUT/units_changes.txt"

# how mergezones changed the raw zoning (N 5.13.3 style comparison), if the raw zones exist
if [ -f "$OUT/zones_raw.gpkg" ]; then
  qp comparezonings "OLD=$OUT/zones_raw.gpkg" OLD_FIELD=zone_type \
    "NEW=$OUT/zones.gpkg|layername=zones" NEW_FIELD=zone_type \
    "OUTPUT=$OUT/zoning_transition.csv" "OUTPUT_CHANGES=$OUT/zoning_changes.gpkg" \
    "OUTPUT_SUMMARY=$OUT/zoning_changes.txt"
fi

# the control units as a map, labelled with their codes
"$PY" "$ROOT/tools/render.py" "$OUT/control_units.png" "$OUT/control_units.gpkg" --label name \
  --width 1400
"$PY" - "$OUT/control_units.gpkg" <<'PYEOF'
import sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1])
n = {1: 0, 2: 0, 3: 0}
for f in ds.GetLayer(0):
    n[f["unit_class"]] += 1
a = {1: 0.0, 2: 0.0, 3: 0.0}
for f in ds.GetLayer(0):
    a[f["unit_class"]] += f.GetGeometryRef().GetArea() / 1e6
t = sum(a.values())
print("units / 管控单元: %d 优先保护, %d 重点管控, %d 一般管控" % (n[1], n[2], n[3]))
print("area shares / 面积占比: 优先保护 %.1f %%, 重点管控 %.1f %%, 一般管控 %.1f %%"
      % (100 * a[1] / t, 100 * a[2] / t, 100 * a[3] / t))
PYEOF
