<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccessList</name>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Access list</source>
            <translation>Access list</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Integrates each unit's access list from the requirement table by the unit's class and the element zones it overlaps (the zones field of controlunits), in four dimensions (spatial layout, pollutant discharge, environmental risk, resource efficiency); duplicates and items of the overall list are left out. Outputs the units with the four fields, DOCX and XLSX.</source>
            <translation>Integrates each unit's access list from the requirement table by the unit's class and the element zones it overlaps (the zones field of controlunits), in four dimensions (spatial layout, pollutant discharge, environmental risk, resource efficiency); duplicates and items of the overall list are left out. Outputs the units with the four fields, DOCX and XLSX.</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Unit-class items first, then element-zone items in table order; duplicates are compared on the text ignoring spaces, full/half width, numbering and end punctuation. The shipped requirement table holds stand-in items paraphrasing N 5.7–5.11: replace them with the local requirements. When the units carry the data-standard fields KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ (controlunits), they are rewritten with this list.</source>
            <translation>Unit-class items first, then element-zone items in table order; duplicates are compared on the text ignoring spaces, full/half width, numbering and end punctuation. The shipped requirement table holds stand-in items paraphrasing N 5.7–5.11: replace them with the local requirements. When the units carry the data-standard fields KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ (controlunits), they are rewritten with this list.</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Control units</source>
            <translation>Control units</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Output of controlunits (unit_class or ZHGKDYFL; the zones field lists the element zones)</source>
            <translation>Output of controlunits (unit_class or ZHGKDYFL; the zones field lists the element zones)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Requirement table</source>
            <translation>Requirement table</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>element 'unit' attaches to the unit class, otherwise to element zones (and class, rule); dimension is one of the four (default: the guideline's table; editable)</source>
            <translation>element 'unit' attaches to the unit class, otherwise to element zones (and class, rule); dimension is one of the four (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Requirement table file (CSV)</source>
            <translation>Requirement table file (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Optional CSV with the same columns; replaces REQUIREMENTS when given</source>
            <translation>Optional CSV with the same columns; replaces REQUIREMENTS when given</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Overall list (CSV)</source>
            <translation>Overall list (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Optional overall (county-wide) list, column item (dimension optional); its items are left out of the unit lists</source>
            <translation>Optional overall (county-wide) list, column item (dimension optional); its items are left out of the unit lists</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Units with access list</source>
            <translation>Units with access list</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Units plus the four fields space_layout, emission_control, risk_control, resource_efficiency (one item per line)</source>
            <translation>Units plus the four fields space_layout, emission_control, risk_control, resource_efficiency (one item per line)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Access list (DOCX)</source>
            <translation>Access list (DOCX)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>One table per unit (python-docx)</source>
            <translation>One table per unit (python-docx)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Access list (XLSX)</source>
            <translation>Access list (XLSX)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>One row per unit (GDAL's XLSX driver)</source>
            <translation>One row per unit (GDAL's XLSX driver)</translation>
        </message>
    </context>
    <context>
        <name>AirQuality</name>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air quality level</source>
            <translation>Air quality level</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Station SO2, NO2, PM10 concentrations → sub-indices by piecewise-linear interpolation on the API breakpoint table, API = max (or an API field). Table 6-1: ≤50 excellent 5, 51–100 good 4, 101–150 and 151–200 slightly/lightly polluted 3, 201–300 moderately 2, &gt;300 heavily 1. An AQI field, or PM2.5/O3/CO concentrations, by HJ 633-2012: ≤50 5, 51–100 4, 101–150 3, 151–200 2, 201–300 1, &gt;300 1. A township takes the stations inside it; one without a station takes the nearest (air_nearest = 1).</source>
            <translation>Station SO2, NO2, PM10 concentrations → sub-indices by piecewise-linear interpolation on the API breakpoint table, API = max (or an API field). Table 6-1: ≤50 excellent 5, 51–100 good 4, 101–150 and 151–200 slightly/lightly polluted 3, 201–300 moderately 2, &gt;300 heavily 1. An AQI field, or PM2.5/O3/CO concentrations, by HJ 633-2012: ≤50 5, 51–100 4, 101–150 3, 151–200 2, 201–300 1, &gt;300 1. A township takes the stations inside it; one without a station takes the nearest (air_nearest = 1).</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>The six classes of table 6-1 map to quality levels 5,4,3,3,2,1 (5 best). Default breakpoints: the GB 3095-era daily API table (mg/m³, PM10 for particulates); concentrations above the table give API 500. Several stations in a township: by default the API of their mean concentrations (the mean API when an API field is given); options: mean API, worst station. With PM2.5, O3 or CO fields the AQI of HJ 633-2012 is computed (IAQI breakpoints of 24-h means, O3 8-h; rounded up), and an AQI field is graded by HJ 633-2012: excellent 5, good 4, light 3, moderate 2, heavy 1, severe 1. The breakpoints, not the data, are converted between units, so whole-number concentrations on a break grade as the table says (NO2 = 565 µg/m³ is API 300).</source>
            <translation>The six classes of table 6-1 map to quality levels 5,4,3,3,2,1 (5 best). Default breakpoints: the GB 3095-era daily API table (mg/m³, PM10 for particulates); concentrations above the table give API 500. Several stations in a township: by default the API of their mean concentrations (the mean API when an API field is given); options: mean API, worst station. With PM2.5, O3 or CO fields the AQI of HJ 633-2012 is computed (IAQI breakpoints of 24-h means, O3 8-h; rounded up), and an AQI field is graded by HJ 633-2012: excellent 5, good 4, light 3, moderate 2, heavy 1, severe 1. The breakpoints, not the data, are converted between units, so whole-number concentrations on a break grade as the table says (NO2 = 565 µg/m³ is API 300).</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>Township polygons (evaluation units)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air monitoring stations</source>
            <translation>Air monitoring stations</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air monitoring stations (points)</source>
            <translation>Air monitoring stations (points)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>SO2 field</source>
            <translation>SO2 field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>SO2 concentration (annual or period mean; unit: UNIT)</source>
            <translation>SO2 concentration (annual or period mean; unit: UNIT)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>NO2 field</source>
            <translation>NO2 field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>NO2 concentration (annual or period mean; unit: UNIT)</source>
            <translation>NO2 concentration (annual or period mean; unit: UNIT)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM10 field</source>
            <translation>PM10 field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM10 concentration (annual or period mean; unit: UNIT)</source>
            <translation>PM10 concentration (annual or period mean; unit: UNIT)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM2.5 field</source>
            <translation>PM2.5 field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM2.5 concentration (annual or period mean; unit: UNIT)</source>
            <translation>PM2.5 concentration (annual or period mean; unit: UNIT)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>O3 field</source>
            <translation>O3 field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>O3 concentration (annual or period mean; unit: UNIT)</source>
            <translation>O3 concentration (annual or period mean; unit: UNIT)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API field</source>
            <translation>API field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Optional API value (the pre-2013 pollution index, graded by table 6-1; used instead of the concentrations). Give an AQI as AQI_FIELD: their classes differ</source>
            <translation>Optional API value (the pre-2013 pollution index, graded by table 6-1; used instead of the concentrations). Give an AQI as AQI_FIELD: their classes differ</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>CO field</source>
            <translation>CO field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>CO concentration (mg/m³ whatever UNIT; PM2.5/O3/CO select the AQI of HJ 633-2012)</source>
            <translation>CO concentration (mg/m³ whatever UNIT; PM2.5/O3/CO select the AQI of HJ 633-2012)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>AQI field</source>
            <translation>AQI field</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Optional AQI value, graded by HJ 633-2012 (excellent 5, good 4, light 3, moderate 2, heavy and severe 1)</source>
            <translation>Optional AQI value, graded by HJ 633-2012 (excellent 5, good 4, light 3, moderate 2, heavy and severe 1)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Concentration unit</source>
            <translation>Concentration unit</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Unit of the concentration fields (default μg/m³, as CNEMC publishes)</source>
            <translation>Unit of the concentration fields (default μg/m³, as CNEMC publishes)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Several stations in a township</source>
            <translation>Several stations in a township</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>How several stations in a township combine</source>
            <translation>How several stations in a township combine</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API breakpoint table</source>
            <translation>API breakpoint table</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API and pollutant concentration breakpoints (mg/m³) (default: the guideline's table; editable)</source>
            <translation>API and pollutant concentration breakpoints (mg/m³) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Table 6-1 API classes</source>
            <translation>Table 6-1 API classes</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API range → air quality status and level (default: the guideline's table; editable)</source>
            <translation>API range → air quality status and level (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>HJ 633-2012 IAQI breakpoint table</source>
            <translation>HJ 633-2012 IAQI breakpoint table</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>IAQI and pollutant concentration breakpoints (μg/m³, CO mg/m³; 24-h means, O3 8-h) (default: the guideline's table; editable)</source>
            <translation>IAQI and pollutant concentration breakpoints (μg/m³, CO mg/m³; 24-h means, O3 8-h) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>HJ 633-2012 AQI classes</source>
            <translation>HJ 633-2012 AQI classes</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>AQI range → air quality category and level (default: the guideline's table; editable)</source>
            <translation>AQI range → air quality category and level (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air quality townships</source>
            <translation>Air quality townships</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Input fields + air_api (API or AQI), air (level 1–5, 5 best), air_n (stations inside; 0 when the nearest was taken), air_nearest</source>
            <translation>Input fields + air_api (API or AQI), air (level 1–5, 5 best), air_n (stations inside; 0 when the nearest was taken), air_nearest</translation>
        </message>
    </context>
    <context>
        <name>AirZones</name>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Air control zones</source>
            <translation>Air control zones</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Air control zones from data: class-1 ambient-air areas → priority (1); high-emission cells (the most intense cells holding HIGH_EMISSION_SHARE of the emission raster's total), receptor-sensitive areas (residential areas, schools, hospitals, care homes buffered by RECEPTOR_BUFFER), weak-diffusion areas (ventilation coefficient below VENTILATION_THRESHOLD) and the layout-sensitive upwind sector of the urban areas (WIND_FROM ± SECTOR degrees within UPWIND_DISTANCE) → key (2); the rest general (3). The output is an element-zone layer (element=air) for controlunits.</source>
            <translation>Air control zones from data: class-1 ambient-air areas → priority (1); high-emission cells (the most intense cells holding HIGH_EMISSION_SHARE of the emission raster's total), receptor-sensitive areas (residential areas, schools, hospitals, care homes buffered by RECEPTOR_BUFFER), weak-diffusion areas (ventilation coefficient below VENTILATION_THRESHOLD) and the layout-sensitive upwind sector of the urban areas (WIND_FROM ± SECTOR degrees within UPWIND_DISTANCE) → key (2); the rest general (3). The output is an element-zone layer (element=air) for controlunits.</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Key kinds claim area in the order high emission, receptors, weak diffusion, layout (earlier keeps); priority before key. The sector's apex is each urban polygon's interior point, its radius UPWIND_DISTANCE plus the polygon's circumradius, the urban polygon itself removed. Without a ventilation raster the weak-diffusion areas come from the DEM: cells lower than the mean of the VALLEY_WINDOW square around them by more than VALLEY_DEPTH (closed basins, valley floors; core/air.py valley_mask), cells with an incomplete window not classed; with neither, none is drawn.</source>
            <translation>Key kinds claim area in the order high emission, receptors, weak diffusion, layout (earlier keeps); priority before key. The sector's apex is each urban polygon's interior point, its radius UPWIND_DISTANCE plus the polygon's circumradius, the urban polygon itself removed. Without a ventilation raster the weak-diffusion areas come from the DEM: cells lower than the mean of the VALLEY_WINDOW square around them by more than VALLEY_DEPTH (closed basins, valley floors; core/air.py valley_mask), cells with an incomplete window not classed; with neither, none is drawn.</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>County boundary: the zones tile it</source>
            <translation>County boundary: the zones tile it</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Class-1 ambient-air areas</source>
            <translation>Class-1 ambient-air areas</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>E.g. nature reserves and scenic areas (from a protected-areas layer)</source>
            <translation>E.g. nature reserves and scenic areas (from a protected-areas layer)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Receptors</source>
            <translation>Receptors</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Residential / urban polygons, schools, hospitals, care homes (points or polygons)</source>
            <translation>Residential / urban polygons, schools, hospitals, care homes (points or polygons)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Receptor buffer (m)</source>
            <translation>Receptor buffer (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Buffer around receptors (500 m)</source>
            <translation>Buffer around receptors (500 m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Emission intensity</source>
            <translation>Emission intensity</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Air-pollutant emission intensity (t/km²·a)</source>
            <translation>Air-pollutant emission intensity (t/km²·a)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>High-emission share</source>
            <translation>High-emission share</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>The most intense cells holding this share of the total are high-emission (0.8)</source>
            <translation>The most intense cells holding this share of the total are high-emission (0.8)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Ventilation coefficient</source>
            <translation>Ventilation coefficient</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Ventilation coefficient (m²/s)</source>
            <translation>Ventilation coefficient (m²/s)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Ventilation threshold (m²/s)</source>
            <translation>Ventilation threshold (m²/s)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Below this: weak diffusion (2000 m²/s)</source>
            <translation>Below this: weak diffusion (2000 m²/s)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>DEM (without a ventilation raster)</source>
            <translation>DEM (without a ventilation raster)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Optional: without a ventilation raster, closed basins and valley floors from the DEM are weak-diffusion areas: cells lower than the mean elevation of the VALLEY_WINDOW square around them by more than VALLEY_DEPTH m (topographic position index TPI &lt; −VALLEY_DEPTH); cells whose window is incomplete (raster edge, nodata) are not classed, so let the DEM reach half a window beyond the region</source>
            <translation>Optional: without a ventilation raster, closed basins and valley floors from the DEM are weak-diffusion areas: cells lower than the mean elevation of the VALLEY_WINDOW square around them by more than VALLEY_DEPTH m (topographic position index TPI &lt; −VALLEY_DEPTH); cells whose window is incomplete (raster edge, nodata) are not classed, so let the DEM reach half a window beyond the region</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Valley window (m)</source>
            <translation>Valley window (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Side of the square window of the mean elevation (3000 m)</source>
            <translation>Side of the square window of the mean elevation (3000 m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Valley depth (m)</source>
            <translation>Valley depth (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Lower than the window mean by more than this: valley floor / basin (50 m)</source>
            <translation>Lower than the window mean by more than this: valley floor / basin (50 m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Urban areas</source>
            <translation>Urban areas</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Built-up areas: their upwind sector is layout-sensitive</source>
            <translation>Built-up areas: their upwind sector is layout-sensitive</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Prevailing wind from (°)</source>
            <translation>Prevailing wind from (°)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Where the prevailing wind comes from, clockwise from north (45 = NE)</source>
            <translation>Where the prevailing wind comes from, clockwise from north (45 = NE)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Sector half-angle (°)</source>
            <translation>Sector half-angle (°)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Half-angle of the upwind sector (22.5°)</source>
            <translation>Half-angle of the upwind sector (22.5°)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Upwind distance (km)</source>
            <translation>Upwind distance (km)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>How far upwind of the urban areas (5 km)</source>
            <translation>How far upwind of the urban areas (5 km)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Fields element=air, class (1/2/3), kind, rule, unit_kind, clause</source>
            <translation>Fields element=air, class (1/2/3), kind, rule, unit_kind, clause</translation>
        </message>
    </context>
    <context>
        <name>Biodiversity</name>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Biodiversity conservation importance</source>
            <translation>Biodiversity conservation importance</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Table 2-3: a unit's share of the province's species &gt; 30 % or a priority ecosystem → 5, 15–30 % → 3, 5–15 % → 2, &lt; 5 % → 1; table 2-4: national class I protected species → 5, class II → 3, other national or provincial → 2. The level is the maximum of the two; elsewhere 1.</source>
            <translation>Table 2-3: a unit's share of the province's species &gt; 30 % or a priority ecosystem → 5, 15–30 % → 3, 5–15 % → 2, &lt; 5 % → 1; table 2-4: national class I protected species → 5, class II → 3, other national or provincial → 2. The level is the maximum of the two; elsewhere 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Ratio classes are min &lt; r &lt;= max: exactly 30 % is 3, 15 % is 2, 5 % is 1. A priority ecosystem takes the top ratio class. An occurrence marks the cell it falls in, or its buffer when BUFFER &gt; 0. Overlaps take the highest level.</source>
            <translation>Ratio classes are min &lt; r &lt;= max: exactly 30 % is 3, 15 % is 2, 5 % is 1. A priority ecosystem takes the top ratio class. An occurrence marks the cell it falls in, or its buffer when BUFFER &gt; 0. Overlaps take the highest level.</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Evaluation units</source>
            <translation>Evaluation units</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Units (e.g. townships) with a species count</source>
            <translation>Units (e.g. townships) with a species count</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species count field</source>
            <translation>Species count field</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Number of species recorded in the unit</source>
            <translation>Number of species recorded in the unit</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species in the province</source>
            <translation>Species in the province</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Ratio = unit species / this number</source>
            <translation>Ratio = unit species / this number</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Priority ecosystem field</source>
            <translation>Priority ecosystem field</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Optional: 1 = priority ecosystem</source>
            <translation>Optional: 1 = priority ecosystem</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protected-species occurrences</source>
            <translation>Protected-species occurrences</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Optional protected-species points (or polygons)</source>
            <translation>Optional protected-species points (or polygons)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protection class field</source>
            <translation>Protection class field</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>国家一级 / 国家二级 / 其他 (other national or provincial), or 1 / 2 / 3</source>
            <translation>国家一级 / 国家二级 / 其他 (other national or provincial), or 1 / 2 / 3</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Occurrence buffer (m)</source>
            <translation>Occurrence buffer (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>0: the occurrence marks its cell; &gt; 0: every cell within this distance</source>
            <translation>0: the occurrence marks its cell; &gt; 0: every cell within this distance</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Reference grid raster</source>
            <translation>Reference grid raster</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>The output takes its grid (e.g. the soil-erosion level raster) and its nodata; give REFERENCE or REGION</source>
            <translation>The output takes its grid (e.g. the soil-erosion level raster) and its nodata; give REFERENCE or REGION</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Optional region: the grid is its extent snapped to the cell size; outside is nodata</source>
            <translation>Optional region: the grid is its extent snapped to the cell size; outside is nodata</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Cell size (m)</source>
            <translation>Cell size (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Analysis cell size (default: the reference raster's; 30 m with a region only)</source>
            <translation>Analysis cell size (default: the reference raster's; 30 m with a region only)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species ratio table (table 2-3, %)</source>
            <translation>Species ratio table (table 2-3, %)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species ratio table (table 2-3, %) (default: the guideline's table; editable)</source>
            <translation>Species ratio table (table 2-3, %) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protection class table (table 2-4)</source>
            <translation>Protection class table (table 2-4)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protection class table (table 2-4) (default: the guideline's table; editable)</source>
            <translation>Protection class table (table 2-4) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Importance words</source>
            <translation>Importance words</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Biodiversity level</source>
            <translation>Biodiversity level</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>Level 1–5 (Byte, nodata 0)</translation>
        </message>
    </context>
    <context>
        <name>CarbonZones</name>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Greenhouse-gas control zones</source>
            <translation>Greenhouse-gas control zones</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Ecosystem carbon stock (the InVEST carbon model's structure: four pools per land-cover class — above- and below-ground biomass, soil, dead organic matter, t C/ha) → a carbon-stock raster (t C per cell); the cells of highest density covering HIGH_SHARE of the region are priority; where the pollutant and CO2 emission hot spots (the cells holding EMISSION_SHARE of each total) coincide, key; the rest general.</source>
            <translation>Ecosystem carbon stock (the InVEST carbon model's structure: four pools per land-cover class — above- and below-ground biomass, soil, dead organic matter, t C/ha) → a carbon-stock raster (t C per cell); the cells of highest density covering HIGH_SHARE of the region are priority; where the pollutant and CO2 emission hot spots (the cells holding EMISSION_SHARE of each total) coincide, key; the rest general.</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>The shipped carbon table holds only the IPCC Tier 1 defaults that can be cited exactly (the source column names the table): soil organic carbon SOCref of the 2019 Refinement, Vol. 4 Ch. 2 Table 2.3, warm temperate moist (LAC soils 55, wetland soils 135 t C/ha, 0–30 cm), cropland × the long-term cultivated factor 0.69 of Ch. 5 Table 5.5 (37.95 t C/ha); dead organic matter of non-forest land 0 (Tier 1). The biomass pools have no default (they differ by region and stand): they come from a local survey, the forest inventory or a cited study. An empty cell is unknown, not 0: a class of the land cover with an unknown pool is an error naming the pools; write 0 for none. The high-stock area takes every cell tied at the threshold density (a whole class when each class has one density).</source>
            <translation>The shipped carbon table holds only the IPCC Tier 1 defaults that can be cited exactly (the source column names the table): soil organic carbon SOCref of the 2019 Refinement, Vol. 4 Ch. 2 Table 2.3, warm temperate moist (LAC soils 55, wetland soils 135 t C/ha, 0–30 cm), cropland × the long-term cultivated factor 0.69 of Ch. 5 Table 5.5 (37.95 t C/ha); dead organic matter of non-forest land 0 (Tier 1). The biomass pools have no default (they differ by region and stand): they come from a local survey, the forest inventory or a cited study. An empty cell is unknown, not 0: a class of the land cover with an unknown pool is an error naming the pools; write 0 for none. The high-stock area takes every cell tied at the threshold density (a whole class when each class has one density).</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Land cover</source>
            <translation>Land cover</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Land-cover raster (codes as in the carbon table, e.g. CLCD 1–9)</source>
            <translation>Land-cover raster (codes as in the carbon table, e.g. CLCD 1–9)</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>County boundary</source>
            <translation>County boundary</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon pools</source>
            <translation>Carbon pools</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>code, name_zh, c_above, c_below, c_soil, c_dead (t C/ha), source (default: the guideline's table; editable)</source>
            <translation>code, name_zh, c_above, c_below, c_soil, c_dead (t C/ha), source (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon pools (CSV file)</source>
            <translation>Carbon pools (CSV file)</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Optional CSV with the same columns; replaces CARBON_TABLE</source>
            <translation>Optional CSV with the same columns; replaces CARBON_TABLE</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>High-stock share of the area</source>
            <translation>High-stock share of the area</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Cells of highest density covering this share of the region are priority (0.3)</source>
            <translation>Cells of highest density covering this share of the region are priority (0.3)</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Air-pollutant emissions</source>
            <translation>Air-pollutant emissions</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Optional: t/km²·a</source>
            <translation>Optional: t/km²·a</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>CO2 emissions</source>
            <translation>CO2 emissions</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Emission hot-spot share</source>
            <translation>Emission hot-spot share</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>The most intense cells holding this share of the total are hot spots (0.8)</source>
            <translation>The most intense cells holding this share of the total are hot spots (0.8)</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon stock</source>
            <translation>Carbon stock</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon stock per cell (t C)</source>
            <translation>Carbon stock per cell (t C)</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Fields element=ghg, class (1/2/3), kind, rule, stock_t</source>
            <translation>Fields element=ghg, class (1/2/3), kind, rule, stock_t</translation>
        </message>
    </context>
    <context>
        <name>CheckZoning</name>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Check zoning</source>
            <translation>Check zoning</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Checks as a table (figure, threshold, pass/fail): I + II area ≥ 90 % (source counties) / 75 % (others) of forest + water area; VI area ≤ V area; no VI in key ecological counties; VI next to I/II (flagged for review); gaps, overlaps, invalid geometry, multi-part zones. The table is also printed to the log.</source>
            <translation>Checks as a table (figure, threshold, pass/fail): I + II area ≥ 90 % (source counties) / 75 % (others) of forest + water area; VI area ≤ V area; no VI in key ecological counties; VI next to I/II (flagged for review); gaps, overlaps, invalid geometry, multi-part zones. The table is also printed to the log.</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Region kind from ADMIN_CODE (the 14 source counties of Z 4.6.1, the key ecological counties of Z 4.6.2); key ecological counties are held to 90 % too. Forest = CLCD 2 forest + 3 shrub (China's forest cover counts shrubland), water = 5 water + 9 wetland (flats). Gap/overlap tolerance 0.01 % of the region. VI next to I/II and multi-part zones are flagged for review, not failed.</source>
            <translation>Region kind from ADMIN_CODE (the 14 source counties of Z 4.6.1, the key ecological counties of Z 4.6.2); key ecological counties are held to 90 % too. Forest = CLCD 2 forest + 3 shrub (China's forest cover counts shrubland), water = 5 water + 9 wetland (flats). Gap/overlap tolerance 0.01 % of the region. VI next to I/II and multi-part zones are flagged for review, not failed.</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Zone polygons (zone_type; code and name when named)</source>
            <translation>Zone polygons (zone_type; code and name when named)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land cover</source>
            <translation>Land cover</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land-cover class raster, for the forest and water area</source>
            <translation>Land-cover class raster, for the forest and water area</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Forest class codes</source>
            <translation>Forest class codes</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land-cover codes counted as forest, comma-separated (CLCD: 2 forest, 3 shrub)</source>
            <translation>Land-cover codes counted as forest, comma-separated (CLCD: 2 forest, 3 shrub)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Water class codes</source>
            <translation>Water class codes</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land-cover codes counted as water (CLCD: 5 water, 9 wetland)</source>
            <translation>Land-cover codes counted as water (CLCD: 5 water, 9 wetland)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>County boundary: forest and water counted inside it, gaps checked against it; without it the zones' own extent is used and gaps are not checked</source>
            <translation>County boundary: forest and water counted inside it, gaps checked against it; without it the zones' own extent is used and gaps are not checked</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Region kind</source>
            <translation>Region kind</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Auto (ADMIN_CODE looked up in the lists of Z 4.6.1/4.6.2), source county, key ecological county, other</source>
            <translation>Auto (ADMIN_CODE looked up in the lists of Z 4.6.1/4.6.2), source county, key ecological county, other</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Auto (by ADMIN_CODE)</source>
            <translation>Auto (by ADMIN_CODE)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Source county (90 %)</source>
            <translation>Source county (90 %)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Key ecological county</source>
            <translation>Key ecological county</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Other (75 %)</source>
            <translation>Other (75 %)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Admin code (6 digits)</source>
            <translation>Admin code (6 digits)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Required when REGION_KIND is auto, e.g. 331024</source>
            <translation>Required when REGION_KIND is auto, e.g. 331024</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Share for source counties (%)</source>
            <translation>Share for source counties (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Minimum share of I + II in forest + water area (Z 4.6.1: 90)</source>
            <translation>Minimum share of I + II in forest + water area (Z 4.6.1: 90)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Share for other regions (%)</source>
            <translation>Share for other regions (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Minimum share elsewhere (Z 4.6.1: 75)</source>
            <translation>Minimum share elsewhere (Z 4.6.1: 75)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Gap/overlap tolerance (% of region)</source>
            <translation>Gap/overlap tolerance (% of region)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Default 0.01 %</source>
            <translation>Default 0.01 %</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Source counties</source>
            <translation>Source counties</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Z 4.6.1 source counties (default: the guideline's table; editable)</source>
            <translation>Z 4.6.1 source counties (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Key ecological counties</source>
            <translation>Key ecological counties</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Z 4.6.2 key ecological counties (default: the guideline's table; editable)</source>
            <translation>Z 4.6.2 key ecological counties (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Check table</source>
            <translation>Check table</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>One row per check: check, name, clause, figure, threshold, unit, result, detail</source>
            <translation>One row per check: check, name, clause, figure, threshold, unit, result, detail</translation>
        </message>
    </context>
    <context>
        <name>CoastalHazardZone</name>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Coastal hazard zone</source>
            <translation>Coastal hazard zone</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>From the present coastline, the zone width is max(a, b, c): a = the 30-year mean retreat width, b = S / tanθ (100-year sea-level rise; 0 on dyked stretches), c = H / tanθ (100-year storm surge). The zone is the coastline buffered by the width and clipped to the land polygons (landward).</source>
            <translation>From the present coastline, the zone width is max(a, b, c): a = the 30-year mean retreat width, b = S / tanθ (100-year sea-level rise; 0 on dyked stretches), c = H / tanθ (100-year storm surge). The zone is the coastline buffered by the width and clipped to the land polygons (landward).</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Level 5 (extremely sensitive) by default (parameter LEVEL). Empty a, S, H count as 0 (with a warning), an empty dyked flag as not dyked; the slope θ (0–90°) is needed only where S or H is used. Stretches of width 0 are left out. Computed in the analysis CRS (the CGCS2000 3-degree zone for geographic input).</source>
            <translation>Level 5 (extremely sensitive) by default (parameter LEVEL). Empty a, S, H count as 0 (with a warning), an empty dyked flag as not dyked; the slope θ (0–90°) is needed only where S or H is used. Stretches of width 0 are left out. Computed in the analysis CRS (the CGCS2000 3-degree zone for geographic input).</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Coastline</source>
            <translation>Coastline</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Present coastline (lines), one feature per stretch with a, S, θ, H, dyked fields</source>
            <translation>Present coastline (lines), one feature per stretch with a, S, θ, H, dyked fields</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Land</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Land polygons (e.g. the county boundary); the zone is clipped to them (landward)</source>
            <translation>Land polygons (e.g. the county boundary); the zone is clipped to them (landward)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Retreat width a (m)</source>
            <translation>Retreat width a (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>30-year mean retreat width (m); a = 0 when not given</source>
            <translation>30-year mean retreat width (m); a = 0 when not given</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Sea-level rise S (m)</source>
            <translation>Sea-level rise S (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>100-year sea-level rise (m); b = 0 when not given</source>
            <translation>100-year sea-level rise (m); b = 0 when not given</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Nearshore slope θ (degrees)</source>
            <translation>Nearshore slope θ (degrees)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Mean nearshore slope (degrees, 0–90); needed for b and c</source>
            <translation>Mean nearshore slope (degrees, 0–90); needed for b and c</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Storm surge H (m)</source>
            <translation>Storm surge H (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>100-year storm-surge height (m); c = 0 when not given</source>
            <translation>100-year storm-surge height (m); c = 0 when not given</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Dyked flag</source>
            <translation>Dyked flag</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Dyked stretch (1/0, true/false, 是/否, 有/无): b = 0; none given = not dyked</source>
            <translation>Dyked stretch (1/0, true/false, 是/否, 有/无): b = 0; none given = not dyked</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Sensitivity level</source>
            <translation>Sensitivity level</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Sensitivity level of the zone (default 5, extremely sensitive)</source>
            <translation>Sensitivity level of the zone (default 5, extremely sensitive)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Coastal hazard zones</source>
            <translation>Coastal hazard zones</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Zone polygons: input fields + a, b, c, width (m), level</source>
            <translation>Zone polygons: input fields + a, b, c, width (m), level</translation>
        </message>
    </context>
    <context>
        <name>CompareZonings</name>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Compare zonings</source>
            <translation>Compare zonings</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Overlays two versions of zones or control units and gives the area transition matrix (old class → new class, km²), the changed polygons and a change summary, for updates and periodic adjustments.</source>
            <translation>Overlays two versions of zones or control units and gives the area transition matrix (old class → new class, km²), the changed polygons and a change summary, for updates and periodic adjustments.</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Area present in only one version is class '(无)'; the matrix sums to the area of the union of the two versions.</source>
            <translation>Area present in only one version is class '(无)'; the matrix sums to the area of the union of the two versions.</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Old version</source>
            <translation>Old version</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Old zones or control units</source>
            <translation>Old zones or control units</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Old class field</source>
            <translation>Old class field</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>e.g. zone_type, subtype, unit_class, ZHGKDYFL</source>
            <translation>e.g. zone_type, subtype, unit_class, ZHGKDYFL</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>New version</source>
            <translation>New version</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>New zones or control units</source>
            <translation>New zones or control units</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>New class field</source>
            <translation>New class field</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Class field of the new version (default: as OLD_FIELD; values comparable)</source>
            <translation>Class field of the new version (default: as OLD_FIELD; values comparable)</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Transition matrix</source>
            <translation>Transition matrix</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>One row per old class, columns to_{new class} in km², totals last</source>
            <translation>One row per old class, columns to_{new class} in km², totals last</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Changed polygons</source>
            <translation>Changed polygons</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Polygons whose class changed (from_class, to_class, area_km2)</source>
            <translation>Polygons whose class changed (from_class, to_class, area_km2)</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Change summary</source>
            <translation>Change summary</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Change summary text (also in the log)</source>
            <translation>Change summary text (also in the log)</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Code field</source>
            <translation>Code field</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Code field in both versions; empty: HJZHGKDYBM or code when both have it. Then codes are reported as kept / changed / new / retired</source>
            <translation>Code field in both versions; empty: HJZHGKDYBM or code when both have it. Then codes are reported as kept / changed / new / retired</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>IoU of a kept code</source>
            <translation>IoU of a kept code</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>A code in both versions with the same class and IoU at or above this is kept, otherwise changed (0.9)</source>
            <translation>A code in both versions with the same class and IoU at or above this is kept, otherwise changed (0.9)</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Code changes</source>
            <translation>Code changes</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>One row per code: code, status (kept/changed/new/retired), status_zh, old and new class, IoU</source>
            <translation>One row per code: code, status (kept/changed/new/retired), status_zh, old and new class, IoU</translation>
        </message>
    </context>
    <context>
        <name>CompositeIndex</name>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Composite index A</source>
            <translation>Composite index A</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Each km-grid cell takes P2 and K of the township covering most of it; a = k·p2 − p1; A classed into 5 by natural breaks (a_class 5 high … 1 low). High A leans to human-settlement functions, low A to ecological security.</source>
            <translation>Each km-grid cell takes P2 and K of the township covering most of it; a = k·p2 − p1; A classed into 5 by natural breaks (a_class 5 high … 1 low). High A leans to human-settlement functions, low A to ecological security.</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Cells outside every township, or with P1 NULL/0, get NULL p2, k, a, a_class; equal overlaps go to the township read first.</source>
            <translation>Cells outside every township, or with P1 NULL/0, get NULL p2, k, a, a_class; equal overlaps go to the township read first.</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>P1 grid</source>
            <translation>P1 grid</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The output of envzoning:p1 (with a p1 field)</source>
            <translation>The output of envzoning:p1 (with a p1 field)</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Townships with P2 and K</source>
            <translation>Townships with P2 and K</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Township polygons with p2 and k</source>
            <translation>Township polygons with p2 and k</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>P1 field</source>
            <translation>P1 field</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The grid's P1 (1–5) field, default p1</source>
            <translation>The grid's P1 (1–5) field, default p1</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>P2 field</source>
            <translation>P2 field</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The townships' P2 field, default p2</source>
            <translation>The townships' P2 field, default p2</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>K field</source>
            <translation>K field</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The townships' K field, default k</source>
            <translation>The townships' K field, default k</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</source>
            <translation>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Composite index grid</source>
            <translation>Composite index grid</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Grid fields + p2, k, a, a_class (1–5, 5 high)</source>
            <translation>Grid fields + p2, k, a, a_class (1–5, 5 high)</translation>
        </message>
    </context>
    <context>
        <name>ControlMaps</name>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Zoning control maps (三线一单)</source>
            <translation>Zoning control maps (三线一单)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Writes the zoning-control (三线一单) maps from the print-layout templates in resources/layouts/: the environmental control units (A3, coloured priority / key / general, unit codes inside the unit or with a leader line, none outside the county) and one A4 map per element of the element zones; PDF (searchable text) and PNG.</source>
            <translation>Writes the zoning-control (三线一单) maps from the print-layout templates in resources/layouts/: the environmental control units (A3, coloured priority / key / general, unit codes inside the unit or with a leader line, none outside the county) and one A4 map per element of the element zones; PDF (searchable text) and PNG.</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>No national rule fixes the colours; the ones most provincial 三线一单 atlases use: priority protection green #38a800, key control red #e64b3c, general control yellow #ffe27a; element zones use the same. The class field may hold 1/2/3 or the class names (ZHGKDYFL's 优先保护单元 …).</source>
            <translation>No national rule fixes the colours; the ones most provincial 三线一单 atlases use: priority protection green #38a800, key control red #e64b3c, general control yellow #ffe27a; element zones use the same. The class field may hold 1/2/3 or the class names (ZHGKDYFL's 优先保护单元 …).</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control units</source>
            <translation>Control units</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control units (controlunits output)</source>
            <translation>Control units (controlunits output)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit class field</source>
            <translation>Unit class field</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit class field: 1/2/3 or the class names (default unit_class; ZHGKDYFL works)</source>
            <translation>Unit class field: 1/2/3 or the class names (default unit_class; ZHGKDYFL works)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit label field</source>
            <translation>Unit label field</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit label field (default code, the unit code; empty: no labels)</source>
            <translation>Unit label field (default code, the unit code; empty: no labels)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Element zones</source>
            <translation>Element zones</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Element zones (elementzones output): one A4 map per element, optional</source>
            <translation>Element zones (elementzones output): one A4 map per element, optional</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>The county boundary</source>
            <translation>The county boundary</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Township boundaries (base map), optional</source>
            <translation>Township boundaries (base map), optional</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Township name field</source>
            <translation>Township name field</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Township name field (default name)</source>
            <translation>Township name field (default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Rivers</source>
            <translation>Rivers</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Rivers (lines) or water bodies (polygons), optional</source>
            <translation>Rivers (lines) or water bodies (polygons), optional</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>County name</source>
            <translation>County name</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Title prefix, e.g. 仙居县 (title: 仙居县环境管控单元图)</source>
            <translation>Title prefix, e.g. 仙居县 (title: 仙居县环境管控单元图)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>PNG resolution (dpi)</source>
            <translation>PNG resolution (dpi)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>PNG resolution (default 150)</source>
            <translation>PNG resolution (default 150)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Output folder</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Folder for control_units_a3.pdf/.png and element_&lt;element&gt;_a4.pdf/.png</source>
            <translation>Folder for control_units_a3.pdf/.png and element_&lt;element&gt;_a4.pdf/.png</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control-unit map (PDF)</source>
            <translation>Control-unit map (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Optional: path of the control-unit map PDF</source>
            <translation>Optional: path of the control-unit map PDF</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control-unit map (PNG)</source>
            <translation>Control-unit map (PNG)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Optional: path of the control-unit map PNG</source>
            <translation>Optional: path of the control-unit map PNG</translation>
        </message>
    </context>
    <context>
        <name>ControlUnits</name>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Control units</source>
            <translation>Control units</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Overlays the element zones: ecological red line and other important ecological space (class-1 zones of the priority elements) → priority unit (1); else any key zone or industrial park → key unit (2, industrial-cluster or urban-living kind); else general unit (3). Units are the vector overlay of townships, parks and the element zones (nothing rasterized); slivers join the neighbour in their township with the longest shared border; the region is covered exactly. Code ZH + 6-digit admin code + class + 4-digit serial; with PREVIOUS, units that did not change keep their codes.</source>
            <translation>Overlays the element zones: ecological red line and other important ecological space (class-1 zones of the priority elements) → priority unit (1); else any key zone or industrial park → key unit (2, industrial-cluster or urban-living kind); else general unit (3). Units are the vector overlay of townships, parks and the element zones (nothing rasterized); slivers join the neighbour in their township with the longest shared border; the region is covered exactly. Code ZH + 6-digit admin code + class + 4-digit serial; with PREVIOUS, units that did not change keep their codes.</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Serials run county-wide within each class, north to south then west to east by the unit's interior point; a park is one unit (not cut at township boundaries) whose township is the one holding most of it; a priority piece below MIN_AREA that is mostly a legal area (LEGAL_RULES: red line, protected areas) stays, and joins the priority unit across the township line when a township line cut it off (the red line is kept, the township line gives way); other slivers join neighbours within their township (park) only; element zones covering at least MIN_SHARE of a unit are listed in its zones field (read by accesslist). Data-standard fields (core/datastandard.py): province code = first 2 digits of ADMIN_CODE + 0000, city = first 4 + 00, county = the 6 digits, names from core/tables/admin_divisions.csv (all of Zhejiang) or CITY_NAME / COUNTY_NAME; the four dimension fields are filled from the requirement table as accesslist does (REQUIREMENTS, OVERALL); YSGKFQBM lists the codes of the element zones the unit takes in (the layer's code field, else YS + 6 digits + 2-digit element number + class + 3-digit serial). All names are upper-case, at most 10 characters: the same in a Shapefile.</source>
            <translation>Serials run county-wide within each class, north to south then west to east by the unit's interior point; a park is one unit (not cut at township boundaries) whose township is the one holding most of it; a priority piece below MIN_AREA that is mostly a legal area (LEGAL_RULES: red line, protected areas) stays, and joins the priority unit across the township line when a township line cut it off (the red line is kept, the township line gives way); other slivers join neighbours within their township (park) only; element zones covering at least MIN_SHARE of a unit are listed in its zones field (read by accesslist). Data-standard fields (core/datastandard.py): province code = first 2 digits of ADMIN_CODE + 0000, city = first 4 + 00, county = the 6 digits, names from core/tables/admin_divisions.csv (all of Zhejiang) or CITY_NAME / COUNTY_NAME; the four dimension fields are filled from the requirement table as accesslist does (REQUIREMENTS, OVERALL); YSGKFQBM lists the codes of the element zones the unit takes in (the layer's code field, else YS + 6 digits + 2-digit element number + class + 3-digit serial). All names are upper-case, at most 10 characters: the same in a Shapefile.</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Element zones</source>
            <translation>Element zones</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Output of elementzones (fields element, class; optionally rule, unit_kind)</source>
            <translation>Output of elementzones (fields element, class; optionally rule, unit_kind)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>More element-zone layers</source>
            <translation>More element-zone layers</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional more element-zone layers (fields element, class; optionally rule, unit_kind), e.g. the output of waterunits; where zones of one element overlap the highest class holds (core.winning_rule)</source>
            <translation>Optional more element-zone layers (fields element, class; optionally rule, unit_kind), e.g. the output of waterunits; where zones of one element overlap the highest class holds (core.winning_rule)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Township boundaries; units follow them; their union is the region</source>
            <translation>Township boundaries; units follow them; their union is the region</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Township name field</source>
            <translation>Township name field</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Township name used in unit names</source>
            <translation>Township name used in unit names</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Industrial parks</source>
            <translation>Industrial parks</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional industrial parks; outside priority areas they are industrial-cluster key units</source>
            <translation>Optional industrial parks; outside priority areas they are industrial-cluster key units</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Park name field</source>
            <translation>Park name field</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Park name used in unit names</source>
            <translation>Park name used in unit names</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Admin code (6 digits)</source>
            <translation>Admin code (6 digits)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>6-digit county code, e.g. 331024</source>
            <translation>6-digit county code, e.g. 331024</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Minimum unit part area (km²)</source>
            <translation>Minimum unit part area (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Parts smaller than this join the neighbour with the longest shared border (0.5)</source>
            <translation>Parts smaller than this join the neighbour with the longest shared border (0.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Elements whose priority zones make priority units</source>
            <translation>Elements whose priority zones make priority units</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Comma-separated element ids (default ecology: red line and other important ecological space)</source>
            <translation>Comma-separated element ids (default ecology: red line and other important ecological space)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Rules of legal priority areas kept however small</source>
            <translation>Rules of legal priority areas kept however small</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Comma-separated element rule ids (default ECO-1 red line, ECO-2 protected areas and drinking-water source areas): a priority part below MIN_AREA stays when more than half of it is such a legal area (its legal boundary is kept); other priority slivers join a neighbour like any sliver</source>
            <translation>Comma-separated element rule ids (default ECO-1 red line, ECO-2 protected areas and drinking-water source areas): a priority part below MIN_AREA stays when more than half of it is such a legal area (its legal boundary is kept); other priority slivers join a neighbour like any sliver</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Minimum share of a unit to list an element zone (%)</source>
            <translation>Minimum share of a unit to list an element zone (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Element zones covering at least this share of a unit are listed in zones (1 %)</source>
            <translation>Element zones covering at least this share of a unit are listed in zones (1 %)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Previous version of the units</source>
            <translation>Previous version of the units</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional previous version (field HJZHGKDYBM or code; unit_class or the class read from the code). A unit of the same class with IoU ≥ KEEP_IOU keeps that unit's code; the others take the next unused serials of their class (N 5.13.2–5.13.3)</source>
            <translation>Optional previous version (field HJZHGKDYBM or code; unit_class or the class read from the code). A unit of the same class with IoU ≥ KEEP_IOU keeps that unit's code; the others take the next unused serials of their class (N 5.13.2–5.13.3)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>IoU to keep a previous code</source>
            <translation>IoU to keep a previous code</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Intersection over union with a previous unit (same class) at or above which its code is kept (0.9)</source>
            <translation>Intersection over union with a previous unit (same class) at or above which its code is kept (0.9)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>City name (data standard)</source>
            <translation>City name (data standard)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional city name of the SHIMC field; by default looked up by the first 4 digits of ADMIN_CODE in core/tables/admin_divisions.csv</source>
            <translation>Optional city name of the SHIMC field; by default looked up by the first 4 digits of ADMIN_CODE in core/tables/admin_divisions.csv</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>County name (data standard)</source>
            <translation>County name (data standard)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional county name of the XIANMC field; by default looked up by ADMIN_CODE in core/tables/admin_divisions.csv</source>
            <translation>Optional county name of the XIANMC field; by default looked up by ADMIN_CODE in core/tables/admin_divisions.csv</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Requirement table</source>
            <translation>Requirement table</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>The requirement table that fills the four dimension fields of the data standard (KJBJYS …), as accesslist's (default: the guideline's table; editable)</source>
            <translation>The requirement table that fills the four dimension fields of the data standard (KJBJYS …), as accesslist's (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Requirement table file (CSV)</source>
            <translation>Requirement table file (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional CSV with the same columns; replaces REQUIREMENTS when given</source>
            <translation>Optional CSV with the same columns; replaces REQUIREMENTS when given</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Overall list (CSV)</source>
            <translation>Overall list (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional overall list (column item); its items are left out of the four dimension fields</source>
            <translation>Optional overall list (column item); its items are left out of the four dimension fields</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Control unit polygons</source>
            <translation>Control unit polygons</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Fields HJZHGKDYBM (code), HJZHGKDYMC (name), ZHGKDYFL (class), code, name, unit_class, …; data-standard fields SHENGBM/SHENGMC, SHIBM/SHIMC, XIANBM/XIANMC (province, city, county codes and names), KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ (the four access-list dimensions), YSGKFQBM (element-zone codes)</source>
            <translation>Fields HJZHGKDYBM (code), HJZHGKDYMC (name), ZHGKDYFL (class), code, name, unit_class, …; data-standard fields SHENGBM/SHENGMC, SHIBM/SHIMC, XIANBM/XIANMC (province, city, county codes and names), KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ (the four access-list dimensions), YSGKFQBM (element-zone codes)</translation>
        </message>
    </context>
    <context>
        <name>EcoImportance</name>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Ecosystem importance</source>
            <translation>Ecosystem importance</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Importance = max of water conservation, soil conservation, biodiversity and flood regulation (the most-limiting-factor method); the dominant-factor raster says which factor decided: 1 water, 2 soil, 3 biodiversity, 4 flood. Any subset of at least one factor.</source>
            <translation>Importance = max of water conservation, soil conservation, biodiversity and flood regulation (the most-limiting-factor method); the dominant-factor raster says which factor decided: 1 water, 2 soil, 3 biodiversity, 4 flood. Any subset of at least one factor.</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Ties go to the first factor in parameter order (water, soil, biodiversity, flood). The outputs take the grid of the first factor given.</source>
            <translation>Ties go to the first factor in parameter order (water, soil, biodiversity, flood). The outputs take the grid of the first factor given.</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Water conservation level</source>
            <translation>Water conservation level</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Water conservation level raster (1–5, nodata 0); dominant code 1</source>
            <translation>Water conservation level raster (1–5, nodata 0); dominant code 1</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Soil conservation level</source>
            <translation>Soil conservation level</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Soil conservation level raster (1–5, nodata 0); dominant code 2</source>
            <translation>Soil conservation level raster (1–5, nodata 0); dominant code 2</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Biodiversity level</source>
            <translation>Biodiversity level</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Biodiversity level raster (1–5, nodata 0); dominant code 3</source>
            <translation>Biodiversity level raster (1–5, nodata 0); dominant code 3</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Flood regulation level</source>
            <translation>Flood regulation level</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Flood regulation level raster (1–5, nodata 0); dominant code 4</source>
            <translation>Flood regulation level raster (1–5, nodata 0); dominant code 4</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Importance level</source>
            <translation>Importance level</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>Level 1–5 (Byte, nodata 0)</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Dominant factor</source>
            <translation>Dominant factor</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>1 water, 2 soil, 3 biodiversity, 4 flood (nodata 0)</source>
            <translation>1 water, 2 soil, 3 biodiversity, 4 flood (nodata 0)</translation>
        </message>
    </context>
    <context>
        <name>EcoSensitivity</name>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Ecological sensitivity</source>
            <translation>Ecological sensitivity</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Ecological sensitivity = max(soil erosion, riparian, marine) — the most limiting factor. Riparian zones, coastal hazard zones and marine biodiversity areas are rasterized by their `level` field onto the analysis grid; each cell takes the maximum, and the dominant factor is written too (1 soil erosion, 2 riparian, 3 coastal hazard, 4 marine biodiversity).</source>
            <translation>Ecological sensitivity = max(soil erosion, riparian, marine) — the most limiting factor. Riparian zones, coastal hazard zones and marine biodiversity areas are rasterized by their `level` field onto the analysis grid; each cell takes the maximum, and the dominant factor is written too (1 soil erosion, 2 riparian, 3 coastal hazard, 4 marine biodiversity).</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Where polygons of one layer overlap, the higher level wins; among tied factors the lower code is dominant (soil erosion first). Polygons are rasterized with all touched cells (ALL_TOUCHED) by default so that riparian strips narrower than a cell do not break up or vanish. Cells covered only by polygon factors (e.g. the sea) are kept; with REGION, cells outside it are nodata.</source>
            <translation>Where polygons of one layer overlap, the higher level wins; among tied factors the lower code is dominant (soil erosion first). Polygons are rasterized with all touched cells (ALL_TOUCHED) by default so that riparian strips narrower than a cell do not break up or vanish. Cells covered only by polygon factors (e.g. the sea) are kept; with REGION, cells outside it are nodata.</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Soil erosion sensitivity</source>
            <translation>Soil erosion sensitivity</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Soil-erosion sensitivity level raster (1–5, nodata 0; the level output of 'Soil erosion sensitivity')</source>
            <translation>Soil-erosion sensitivity level raster (1–5, nodata 0; the level output of 'Soil erosion sensitivity')</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Riparian zones</source>
            <translation>Riparian zones</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Riparian zone polygons (riparianzone output) with a `level` field</source>
            <translation>Riparian zone polygons (riparianzone output) with a `level` field</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Coastal hazard zones</source>
            <translation>Coastal hazard zones</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Coastal hazard zone polygons (coastalhazardzone output) with a `level` field</source>
            <translation>Coastal hazard zone polygons (coastalhazardzone output) with a `level` field</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Marine biodiversity areas</source>
            <translation>Marine biodiversity areas</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Marine biodiversity sensitive areas with a `level` field (1–5)</source>
            <translation>Marine biodiversity sensitive areas with a `level` field (1–5)</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Reference grid</source>
            <translation>Reference grid</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>The outputs take this raster's grid (default: the soil-erosion raster)</source>
            <translation>The outputs take this raster's grid (default: the soil-erosion raster)</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Optional region: cells outside it are nodata</source>
            <translation>Optional region: cells outside it are nodata</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Burn all touched cells</source>
            <translation>Burn all touched cells</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Rasterize polygon factors onto every cell they touch (default); otherwise only cells whose centre is inside</source>
            <translation>Rasterize polygon factors onto every cell they touch (default); otherwise only cells whose centre is inside</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Sensitivity level</source>
            <translation>Sensitivity level</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>Level 1–5 (Byte, nodata 0)</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Dominant factor</source>
            <translation>Dominant factor</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>1 soil erosion, 2 riparian, 3 coastal hazard, 4 marine biodiversity (nodata 0)</source>
            <translation>1 soil erosion, 2 riparian, 3 coastal hazard, 4 marine biodiversity (nodata 0)</translation>
        </message>
    </context>
    <context>
        <name>ElementZones</name>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Element control zones</source>
            <translation>Element control zones</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Classes each element (ecology, air, surface water, coastal, soil, groundwater, noise, GHG, water resources, energy, shoreline) into priority (1) / key (2) / general (3) zones from source layers whose role field (or the p1 field of a P1 grid) matches the element rule table; each zone records the rule and clause.</source>
            <translation>Classes each element (ecology, air, surface water, coastal, soil, groundwater, noise, GHG, water resources, energy, shoreline) into priority (1) / key (2) / general (3) zones from source layers whose role field (or the p1 field of a P1 grid) matches the element rule table; each zone records the rule and clause.</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Within an element the highest class wins where rules overlap (1 over 2 over 3), the first rule in table order within a class; the rest of the region is the element's general zone (rule XX-G); only elements with at least one matching source feature are written. A feature may match rules of several elements. Sources derived from data (core/resources.py): farmland plots by the largest Ci/Si and Ci/Gi of their samples against GB 15618-2018 (priority / safe use / strict control), or (SOIL_METHOD) by inverse distance weighting (power 2, radius 2 000 m, 100 m cells; no class where no sample is within the radius) per cell or aggregated by plot (the mean interpolated concentrations and pH over the plot's cell centres); townships overloaded or critical in water resources → key; shorelines 严格保护 → priority, 优化利用 → key, 限制开发 → general (buffered). The results enter the same rule table as role values. With ADMIN_CODE each zone gets the data standard's element-zone code (YS + 6 digits + 2-digit element number in rule-table order + class + 3-digit serial, north to south then west to east within element and class); controlunits' YSGKFQBM lists these codes.</source>
            <translation>Within an element the highest class wins where rules overlap (1 over 2 over 3), the first rule in table order within a class; the rest of the region is the element's general zone (rule XX-G); only elements with at least one matching source feature are written. A feature may match rules of several elements. Sources derived from data (core/resources.py): farmland plots by the largest Ci/Si and Ci/Gi of their samples against GB 15618-2018 (priority / safe use / strict control), or (SOIL_METHOD) by inverse distance weighting (power 2, radius 2 000 m, 100 m cells; no class where no sample is within the radius) per cell or aggregated by plot (the mean interpolated concentrations and pH over the plot's cell centres); townships overloaded or critical in water resources → key; shorelines 严格保护 → priority, 优化利用 → key, 限制开发 → general (buffered). The results enter the same rule table as role values. With ADMIN_CODE each zone gets the data standard's element-zone code (YS + 6 digits + 2-digit element number in rule-table order + class + 3-digit serial, north to south then west to east within element and class); controlunits' YSGKFQBM lists these codes.</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Source layers</source>
            <translation>Source layers</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Polygon layers the element zones come from (red line, protected areas, P1 grid, planning, noise function zones, contaminated plots …), each with the role field (ROLE_FIELD) or another field a rule reads (e.g. p1)</source>
            <translation>Polygon layers the element zones come from (red line, protected areas, P1 grid, planning, noise function zones, contaminated plots …), each with the role field (ROLE_FIELD) or another field a rule reads (e.g. p1)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Role field</source>
            <translation>Role field</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Name of the role field in the source layers (read by rules whose match_field is role; default role)</source>
            <translation>Name of the role field in the source layers (read by rules whose match_field is role; default role)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>County boundary: zones are clipped to it; the uncovered rest is general control</source>
            <translation>County boundary: zones are clipped to it; the uncovered rest is general control</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Element rules</source>
            <translation>Element rules</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>rule id, element, class 1/2/3, match field, operator, value(s) separated by ';', unit kind, clause (default: the guideline's table; editable)</source>
            <translation>rule id, element, class 1/2/3, match field, operator, value(s) separated by ';', unit kind, clause (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Role values no rule lists</source>
            <translation>Role values no rule lists</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Error (default) or skip with a warning</source>
            <translation>Error (default) or skip with a warning</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Skip with a warning</source>
            <translation>Skip with a warning</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Soil samples (farmland)</source>
            <translation>Soil samples (farmland)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional farmland soil samples with pollutant fields in mg/kg (cd, hg, as or as_, pb, cr, cu, ni, zn or 镉, 汞 …) and pH; with SOIL_PLOTS they class the plots by GB 15618-2018 (core/resources.py)</source>
            <translation>Optional farmland soil samples with pollutant fields in mg/kg (cd, hg, as or as_, pb, cr, cu, ni, zn or 镉, 汞 …) and pH; with SOIL_PLOTS they class the plots by GB 15618-2018 (core/resources.py)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Farmland plots</source>
            <translation>Farmland plots</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional farmland plots; each takes the largest Ci/Si and Ci/Gi of the samples inside: max Ci/Si ≤ 1 priority (SOIL-1), max Ci/Gi &gt; 1 strict control, else safe use (SOIL-3); plots without samples get no class</source>
            <translation>Optional farmland plots; each takes the largest Ci/Si and Ci/Gi of the samples inside: max Ci/Si ≤ 1 priority (SOIL-1), max Ci/Gi &gt; 1 strict control, else safe use (SOIL-3); plots without samples get no class</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Soil classes from the samples</source>
            <translation>Soil classes from the samples</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>0 the samples inside each plot (default; needs SOIL_PLOTS); 1 inverse distance weighting (IDW) to a SOIL_CELL grid, each cell classed (within SOIL_PLOTS when given; land use other); 2 IDW aggregated by plot: the mean interpolated concentrations and pH over the cell centres inside the plot, classed with the plot's land use (core/resources.py)</source>
            <translation>0 the samples inside each plot (default; needs SOIL_PLOTS); 1 inverse distance weighting (IDW) to a SOIL_CELL grid, each cell classed (within SOIL_PLOTS when given; land use other); 2 IDW aggregated by plot: the mean interpolated concentrations and pH over the cell centres inside the plot, classed with the plot's land use (core/resources.py)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Samples inside each plot</source>
            <translation>Samples inside each plot</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW interpolation to a grid</source>
            <translation>IDW interpolation to a grid</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW interpolation aggregated by plot</source>
            <translation>IDW interpolation aggregated by plot</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW power</source>
            <translation>IDW power</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Weight = distance^-power (2)</source>
            <translation>Weight = distance^-power (2)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW search radius (m)</source>
            <translation>IDW search radius (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Only samples within this distance (2 000 m; 0 = all samples); a place with no sample within it gets no class</source>
            <translation>Only samples within this distance (2 000 m; 0 = all samples); a place with no sample within it gets no class</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW grid cell (m)</source>
            <translation>IDW grid cell (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Cell size of the IDW grid (100 m)</source>
            <translation>Cell size of the IDW grid (100 m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Sample pH field</source>
            <translation>Sample pH field</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>pH field of the samples (ph; a missing value takes the strictest of the four bands)</source>
            <translation>pH field of the samples (ph; a missing value takes the strictest of the four bands)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Plot land-use field</source>
            <translation>Plot land-use field</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional plot field with 水田/paddy, 果园/orchard or other (chooses the screening value; other by default)</source>
            <translation>Optional plot field with 水田/paddy, 果园/orchard or other (chooses the screening value; other by default)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>GB 15618-2018 screening and intervention values</source>
            <translation>GB 15618-2018 screening and intervention values</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>pollutant, kind (screening/intervention), land (paddy/orchard/other/all), the values of the four pH bands in mg/kg (default: the guideline's table; editable)</source>
            <translation>pollutant, kind (screening/intervention), land (paddy/orchard/other/all), the values of the four pH bands in mg/kg (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Water-resource overload by township</source>
            <translation>Water-resource overload by township</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional township polygons whose OVERLOAD_FIELD is 超载/临界超载/不超载; overloaded and critical → water-resource key zone (WR-1)</source>
            <translation>Optional township polygons whose OVERLOAD_FIELD is 超载/临界超载/不超载; overloaded and critical → water-resource key zone (WR-1)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Overload field</source>
            <translation>Overload field</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>超载/临界超载/不超载 (or overloaded/critical/not)</source>
            <translation>超载/临界超载/不超载 (or overloaded/critical/not)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Shorelines</source>
            <translation>Shorelines</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional shoreline lines whose SHORELINE_FIELD is 严格保护/限制开发/优化利用, buffered by SHORELINE_BUFFER m: 严格保护 → priority (SH-1), 优化利用 → key (SH-2), 限制开发 → general (SH-3)</source>
            <translation>Optional shoreline lines whose SHORELINE_FIELD is 严格保护/限制开发/优化利用, buffered by SHORELINE_BUFFER m: 严格保护 → priority (SH-1), 优化利用 → key (SH-2), 限制开发 → general (SH-3)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Shoreline class field</source>
            <translation>Shoreline class field</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>严格保护/限制开发/优化利用</source>
            <translation>严格保护/限制开发/优化利用</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Shoreline buffer (m)</source>
            <translation>Shoreline buffer (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Distance each side of the line (50 m)</source>
            <translation>Distance each side of the line (50 m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Admin code (6 digits) for the zone codes</source>
            <translation>Admin code (6 digits) for the zone codes</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional 6-digit county code: each zone's code = YS + 6 digits + 2-digit element number + class + 3-digit serial (core/datastandard.py, the codes controlunits' YSGKFQBM field lists)</source>
            <translation>Optional 6-digit county code: each zone's code = YS + 6 digits + 2-digit element number + class + 3-digit serial (core/datastandard.py, the codes controlunits' YSGKFQBM field lists)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Element zones</source>
            <translation>Element zones</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Fields element, class (1 priority / 2 key / 3 general), rule, clause, code, …</source>
            <translation>Fields element, class (1 priority / 2 key / 3 general), rule, clause, code, …</translation>
        </message>
    </context>
    <context>
        <name>EmissionIndex</name>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Emission index</source>
            <translation>Emission index</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>COD, NH3-N, SO2 and NOx emissions per township divided by its area (intensity per km²), each classed into 5 by natural breaks (5 = highest); water index = max(COD, NH3-N), air = max(SO2, NOx), emission = max(water, air).</source>
            <translation>COD, NH3-N, SO2 and NOx emissions per township divided by its area (intensity per km²), each classed into 5 by natural breaks (5 = highest); water index = max(COD, NH3-N), air = max(SO2, NOx), emission = max(water, air).</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>The seed's 'NO2 intensity' is read as NOx (annex 2, item 42). Level 5 = heaviest emission.</source>
            <translation>The seed's 'NO2 intensity' is read as NOx (annex 2, item 42). Level 5 = heaviest emission.</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>Township polygons (evaluation units)</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>COD field</source>
            <translation>COD field</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Annual emission (any one unit, e.g. t/a)</source>
            <translation>Annual emission (any one unit, e.g. t/a)</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>NH3-N field</source>
            <translation>NH3-N field</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>SO2 field</source>
            <translation>SO2 field</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>NOx field</source>
            <translation>NOx field</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Area field (km²)</source>
            <translation>Area field (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Optional land area (km²); default: from the geometry</source>
            <translation>Optional land area (km²); default: from the geometry</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</source>
            <translation>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Emission townships</source>
            <translation>Emission townships</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Input fields + cod_int, nh3n_int, so2_int, nox_int (per km²), water_emis, air_emis, emission (1–5, 5 heaviest)</source>
            <translation>Input fields + cod_int, nh3n_int, so2_int, nox_int (per km²), water_emis, air_emis, emission (1–5, 5 heaviest)</translation>
        </message>
    </context>
    <context>
        <name>EnvZoningProvider</name>
        <message>
            <location filename="../../../work/wt-i17ctrl/processing_provider/provider.py" line="22" />
            <source>Environmental zoning (envzoning)</source>
            <translation>Environmental zoning (envzoning)</translation>
        </message>
    </context>
    <context>
        <name>EnvZoningUi</name>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="148" />
            <source>Runs the whole workflow as one Graphical Modeler model.</source>
            <translation>Runs the whole workflow as one Graphical Modeler model.</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="220" />
            <source>Source: %s</source>
            <translation>Source: %s</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="245" />
            <source>Open the dialog of %s</source>
            <translation>Open the dialog of %s</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="249" />
            <source>Not available yet: the algorithm %s is not registered in this version of the plugin.</source>
            <translation>Not available yet: the algorithm %s is not registered in this version of the plugin.</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="48" />
            <source>Environmental zoning</source>
            <translation>Environmental zoning</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="298" />
            <source>Run the steps in order; each step opens its Processing dialog. With the zone tool, click the map to see a zone's targets and measures.</source>
            <translation>Run the steps in order; each step opens its Processing dialog. With the zone tool, click the map to see a zone's targets and measures.</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="310" />
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="323" />
            <source>选址研判 Site check</source>
            <translation>选址研判 Site check</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="335" />
            <source>Zone at a point</source>
            <translation>Zone at a point</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="390" />
            <source>Screen a proposed project's site against the zones and control units (envzoning:sitecheck).</source>
            <translation>Screen a proposed project's site against the zones and control units (envzoning:sitecheck).</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="390" />
            <source>Not available yet: the algorithm envzoning:sitecheck is not registered in this version of the plugin.</source>
            <translation>Not available yet: the algorithm envzoning:sitecheck is not registered in this version of the plugin.</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="24" />
            <source>&amp;Environmental zoning</source>
            <translation>&amp;Environmental zoning</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="34" />
            <source>Environmental zoning workflow</source>
            <translation>Environmental zoning workflow</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="38" />
            <source>Show the environmental zoning workflow (环境功能区划)</source>
            <translation>Show the environmental zoning workflow (环境功能区划)</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="40" />
            <source>Identify zone</source>
            <translation>Identify zone</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="44" />
            <source>Click on the map to show the zone's code, name, targets, measures and negative list</source>
            <translation>Click on the map to show the zone's code, name, targets, measures and negative list</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="25" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="26" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="27" />
            <source>Zone type</source>
            <translation>Zone type</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="28" />
            <source>Subtype</source>
            <translation>Subtype</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="29" />
            <source>Area (km²)</source>
            <translation>Area (km²)</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="30" />
            <source>Main function</source>
            <translation>Main function</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="31" />
            <source>Environmental quality targets</source>
            <translation>Environmental quality targets</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="32" />
            <source>Ecological protection targets</source>
            <translation>Ecological protection targets</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="33" />
            <source>Control measures</source>
            <translation>Control measures</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="34" />
            <source>Negative list</source>
            <translation>Negative list</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="41" />
            <source>Control unit code</source>
            <translation>Control unit code</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="42" />
            <source>Control unit name</source>
            <translation>Control unit name</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="43" />
            <source>Control unit class</source>
            <translation>Control unit class</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="105" />
            <source>Choose the zone tool and click on the map: the zone's code, name, targets, measures and negative list are shown here.</source>
            <translation>Choose the zone tool and click on the map: the zone's code, name, targets, measures and negative list are shown here.</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="114" />
            <source>Environmental function zone</source>
            <translation>Environmental function zone</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="122" />
            <source>Layer: %s</source>
            <translation>Layer: %s</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="120" />
            <source>Environmental control unit</source>
            <translation>Environmental control unit</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="127" />
            <source>No zone or control unit at this point (layers searched: %s).</source>
            <translation>No zone or control unit at this point (layers searched: %s).</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="131" />
            <source>No zone layer: select a polygon layer with the fields code, name, zone_type … or HJZHGKDYBM in the Layers panel.</source>
            <translation>No zone layer: select a polygon layer with the fields code, name, zone_type … or HJZHGKDYBM in the Layers panel.</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="135" />
            <source>Point: %.3f, %.3f (%s)</source>
            <translation>Point: %.3f, %.3f (%s)</translation>
        </message>
    </context>
    <context>
        <name>ExportDatabase</name>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Export the zoning database (Shapefile, GeoTIFF)</source>
            <translation>Export the zoning database (Shapefile, GeoTIFF)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>The Z 7.4 database: zones, control units, element zones, townships with indices and the km grid as Shapefiles (UTF-8 with .cpg and .prj); field names cut to ≤ 10 characters through a published mapping (field_mapping.csv); texts over 254 bytes keep their first 254 bytes in the Shapefile and go whole into long_texts.csv / long_texts.dbf keyed by the code, each one named in the log; evaluation rasters copied as GeoTIFF; a 数据说明 DOCX describing every layer, field, unit, source and CRS.</source>
            <translation>The Z 7.4 database: zones, control units, element zones, townships with indices and the km grid as Shapefiles (UTF-8 with .cpg and .prj); field names cut to ≤ 10 characters through a published mapping (field_mapping.csv); texts over 254 bytes keep their first 254 bytes in the Shapefile and go whole into long_texts.csv / long_texts.dbf keyed by the code, each one named in the log; evaluation rasters copied as GeoTIFF; a 数据说明 DOCX describing every layer, field, unit, source and CRS.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Field names from core/tables/database_fields.csv; a field it lacks is cut to 10 characters (upper case), made unique with a digit.</source>
            <translation>Field names from core/tables/database_fields.csv; a field it lacks is cut to 10 characters (upper case), made unique with a digit.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental function zones</source>
            <translation>Environmental function zones</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental function zones (the final zoning) → zones.shp</source>
            <translation>Environmental function zones (the final zoning) → zones.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental control units</source>
            <translation>Environmental control units</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental control units (三线一单) → ctrl_units.shp</source>
            <translation>Environmental control units (三线一单) → ctrl_units.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Element zones</source>
            <translation>Element zones</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Element zones (三线一单) → elem_zones.shp</source>
            <translation>Element zones (三线一单) → elem_zones.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Townships with the evaluation indices</source>
            <translation>Townships with the evaluation indices</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Townships with the evaluation indices (P2, K) → townships.shp</source>
            <translation>Townships with the evaluation indices (P2, K) → townships.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Kilometre grid with the evaluation results</source>
            <translation>Kilometre grid with the evaluation results</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Kilometre grid with the evaluation results (P1, A) → km_grid.shp</source>
            <translation>Kilometre grid with the evaluation results (P1, A) → km_grid.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Zone code field</source>
            <translation>Zone code field</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Key of the long-text table (default code)</source>
            <translation>Key of the long-text table (default code)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Evaluation rasters</source>
            <translation>Evaluation rasters</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Evaluation rasters (sensitivity, importance …), copied as GeoTIFF (with their .qml)</source>
            <translation>Evaluation rasters (sensitivity, importance …), copied as GeoTIFF (with their .qml)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Database folder</source>
            <translation>Database folder</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Folder for the Shapefiles, GeoTIFFs, mapping table and description</source>
            <translation>Folder for the Shapefiles, GeoTIFFs, mapping table and description</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Data description (DOCX)</source>
            <translation>Data description (DOCX)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Describes every layer, field, unit, source and CRS (needs python-docx)</source>
            <translation>Describes every layer, field, unit, source and CRS (needs python-docx)</translation>
        </message>
    </context>
    <context>
        <name>FloodRegulation</name>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood regulation importance</source>
            <translation>Flood regulation importance</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Inside lakes, reservoirs and wetlands Q = (Limax − Limin) / (dem − Limin) (highest and lowest water level, cell elevation). dem ≤ Limin (permanent water) or Q ≥ 1 (the storage band) → 5; 0.5 ≤ Q &lt; 1 → 3; otherwise 1. The level is capped by table 2-1's flood-storage row for the climate zone.</source>
            <translation>Inside lakes, reservoirs and wetlands Q = (Limax − Limin) / (dem − Limin) (highest and lowest water level, cell elevation). dem ≤ Limin (permanent water) or Q ≥ 1 (the storage band) → 5; 0.5 ≤ Q &lt; 1 → 3; otherwise 1. The level is capped by table 2-1's flood-storage row for the climate zone.</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>The grading is the plugin's convention (editable breaks, min &lt;= Q &lt; max). The Q raster has values only where dem &gt; Limin inside a water body (the formula is undefined below Limin); elsewhere it is nodata.</source>
            <translation>The grading is the plugin's convention (editable breaks, min &lt;= Q &lt; max). The Q raster has values only where dem &gt; Limin inside a water body (the formula is undefined below Limin); elsewhere it is nodata.</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Cell elevation (m); the outputs take its grid</source>
            <translation>Cell elevation (m); the outputs take its grid</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lakes, reservoirs, wetlands</source>
            <translation>Lakes, reservoirs, wetlands</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lake, reservoir and wetland polygons with highest and lowest water level</source>
            <translation>Lake, reservoir and wetland polygons with highest and lowest water level</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Highest water level field (Limax)</source>
            <translation>Highest water level field (Limax)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Highest water level (m, same datum as the DEM)</source>
            <translation>Highest water level (m, same datum as the DEM)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lowest water level field (Limin)</source>
            <translation>Lowest water level field (Limin)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lowest water level (m)</source>
            <translation>Lowest water level (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Climate zone</source>
            <translation>Climate zone</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Column of table 2-1: arid, semi-arid, semi-humid, humid (Zhejiang: humid)</source>
            <translation>Column of table 2-1: arid, semi-arid, semi-humid, humid (Zhejiang: humid)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood Q breaks (min &lt;= Q &lt; max)</source>
            <translation>Flood Q breaks (min &lt;= Q &lt; max)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood Q breaks (min &lt;= Q &lt; max) (default: the guideline's table; editable)</source>
            <translation>Flood Q breaks (min &lt;= Q &lt; max) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Table 2-1 (its flood-storage row caps the level)</source>
            <translation>Table 2-1 (its flood-storage row caps the level)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Table 2-1 (its flood-storage row caps the level) (default: the guideline's table; editable)</source>
            <translation>Table 2-1 (its flood-storage row caps the level) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Importance words</source>
            <translation>Importance words</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood regulation Q</source>
            <translation>Flood regulation Q</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Q (Float32, nodata NaN)</source>
            <translation>Q (Float32, nodata NaN)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood regulation level</source>
            <translation>Flood regulation level</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>Level 1–5 (Byte, nodata 0)</translation>
        </message>
    </context>
    <context>
        <name>K</name>
        <message>
            <location filename="../algorithms/k.py" />
            <source>K environmental support index</source>
            <translation>K environmental support index</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality index = min of the air, water and soil quality levels (5 best … 1 heavily polluted); k = (quality/5)·((6 − emission level)/5), in (0, 1]; the smaller k, the weaker the support.</source>
            <translation>Quality index = min of the air, water and soil quality levels (5 best … 1 heavily polluted); k = (quality/5)·((6 − emission level)/5), in (0, 1]; the smaller k, the weaker the support.</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>The seed's K formula image is lost; by the plugin's convention the product; options: min or mean of the two normalised terms.</source>
            <translation>The seed's K formula image is lost; by the plugin's convention the product; options: min or mean of the two normalised terms.</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Townships with quality and emission levels</source>
            <translation>Townships with quality and emission levels</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Air quality field</source>
            <translation>Air quality field</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality level 1–5 (5 best); optional, at least one of the three (default field air)</source>
            <translation>Quality level 1–5 (5 best); optional, at least one of the three (default field air)</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Water quality field</source>
            <translation>Water quality field</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality level 1–5 (5 best); optional, at least one of the three (default field water)</source>
            <translation>Quality level 1–5 (5 best); optional, at least one of the three (default field water)</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Soil quality field</source>
            <translation>Soil quality field</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality level 1–5 (5 best); optional, at least one of the three (default field soil)</source>
            <translation>Quality level 1–5 (5 best); optional, at least one of the three (default field soil)</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Emission level field</source>
            <translation>Emission level field</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Emission level 1–5 (5 heaviest; default field emission)</source>
            <translation>Emission level 1–5 (5 heaviest; default field emission)</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Formula</source>
            <translation>Formula</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Product (default) (q/5)·((6−e)/5), min or mean of the two terms</source>
            <translation>Product (default) (q/5)·((6−e)/5), min or mean of the two terms</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>K townships</source>
            <translation>K townships</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Input fields + quality (1–5), k</source>
            <translation>Input fields + quality (1–5), k</translation>
        </message>
    </context>
    <context>
        <name>MergeZones</name>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merge small zones</source>
            <translation>Merge small zones</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>On the analysis grid: a patch smaller than the minimum area joins the neighbour with the longest shared border; NEIGHBOUR patches of rule 9 (any size) do the same; same-subtype neighbours dissolve. Type I is never merged away. The result is polygonized and fitted exactly to the region: no gaps, no overlaps, total area equal to the region's (within 0.01 %). Every merge is a row of the audit table (patch, area, from, to, shared border, reason). Then on polygons: with PROTECTED, type-I zones are the legal polygons themselves (Z 4.2.1); small zones are merged again by shared border; the boundaries the evaluation drew are generalised by shared arcs (neighbours keep one common line: no gaps, no overlaps).</source>
            <translation>On the analysis grid: a patch smaller than the minimum area joins the neighbour with the longest shared border; NEIGHBOUR patches of rule 9 (any size) do the same; same-subtype neighbours dissolve. Type I is never merged away. The result is polygonized and fitted exactly to the region: no gaps, no overlaps, total area equal to the region's (within 0.01 %). Every merge is a row of the audit table (patch, area, from, to, shared border, reason). Then on polygons: with PROTECTED, type-I zones are the legal polygons themselves (Z 4.2.1); small zones are merged again by shared border; the boundaries the evaluation drew are generalised by shared arcs (neighbours keep one common line: no gaps, no overlaps).</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Shared border = shared cell edges (m); ties go to the larger neighbour. Small patches are handled smallest first until stable. By default no patch joins a type-I zone (legal boundaries are kept): a small patch whose only neighbours are type I stays and is audited; a NEIGHBOUR patch enclosed by type I joins it. Cells of the region that the input leaves uncovered are NEIGHBOUR. Boundary: grid polygons are intersected with the exact region; slivers of the region they miss join the polygon sharing the longest boundary with them.</source>
            <translation>Shared border = shared cell edges (m); ties go to the larger neighbour. Small patches are handled smallest first until stable. By default no patch joins a type-I zone (legal boundaries are kept): a small patch whose only neighbours are type I stays and is audited; a NEIGHBOUR patch enclosed by type I joins it. Cells of the region that the input leaves uncovered are NEIGHBOUR. Boundary: grid polygons are intersected with the exact region; slivers of the region they miss join the polygon sharing the longest boundary with them.</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Zones from zoning: polygons (field subtype, optionally rule) or the zone raster (subtype codes)</source>
            <translation>Zones from zoning: polygons (field subtype, optionally rule) or the zone raster (subtype codes)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Region (administrative boundary): the result is fitted exactly to it</source>
            <translation>Region (administrative boundary): the result is fitted exactly to it</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Minimum area (km²)</source>
            <translation>Minimum area (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Non-I patches smaller than this are merged (default 0.5 km²); types II and III take at least MIN_AREA_EVALUATED (default 1 km²)</source>
            <translation>Non-I patches smaller than this are merged (default 0.5 km²); types II and III take at least MIN_AREA_EVALUATED (default 1 km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Cell size (m)</source>
            <translation>Cell size (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Analysis cell (default: the input raster's; 30 m for polygons — use the one zoning used)</source>
            <translation>Analysis cell (default: the input raster's; 30 m for polygons — use the one zoning used)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Minimum area by zone type</source>
            <translation>Minimum area by zone type</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Optional: per zone type (II…VI) instead of MIN_AREA; type I is never merged</source>
            <translation>Optional: per zone type (II…VI) instead of MIN_AREA; type I is never merged</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Minimum area of evaluation-drawn zones, types II and III (km²)</source>
            <translation>Minimum area of evaluation-drawn zones, types II and III (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Types II and III are drawn by the evaluation, whose basic unit is the km grid (Z 3.2.1): they are not smaller than the larger of this and MIN_AREA (default 1 km², one km-grid cell; a MIN_AREA_BY_TYPE row for the type wins; 0 = MIN_AREA only)</source>
            <translation>Types II and III are drawn by the evaluation, whose basic unit is the km grid (Z 3.2.1): they are not smaller than the larger of this and MIN_AREA (default 1 km², one km-grid cell; a MIN_AREA_BY_TYPE row for the type wins; 0 = MIN_AREA only)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Small patches may join type I</source>
            <translation>Small patches may join type I</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Small patches may join a type-I zone (changes legal boundaries; default no)</source>
            <translation>Small patches may join a type-I zone (changes legal boundaries; default no)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Protected areas (legal boundaries)</source>
            <translation>Protected areas (legal boundaries)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Optional: the protected areas zoning used. Given, type-I zones take the legal polygons themselves (vector overlay, priority by difference: nature reserve &gt; scenic area &gt; forest park &gt; geopark &gt; water source &gt; red line); polygons of one name and subtype form one zone; rasterised type-I pieces outside them join a neighbour</source>
            <translation>Optional: the protected areas zoning used. Given, type-I zones take the legal polygons themselves (vector overlay, priority by difference: nature reserve &gt; scenic area &gt; forest park &gt; geopark &gt; water source &gt; red line); polygons of one name and subtype form one zone; rasterised type-I pieces outside them join a neighbour</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Protected-area role field</source>
            <translation>Protected-area role field</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Values as zoning's PROTECTED_ROLE_FIELD (nature_reserve … redline, Chinese names or 1–6)</source>
            <translation>Values as zoning's PROTECTED_ROLE_FIELD (nature_reserve … redline, Chinese names or 1–6)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Protected-area name field</source>
            <translation>Protected-area name field</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>The legal name, written to the output's legal_name field (namezones names zones by it)</source>
            <translation>The legal name, written to the output's legal_name field (namezones names zones by it)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Boundary generalisation tolerance (m)</source>
            <translation>Boundary generalisation tolerance (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Boundaries the zoning draws itself (arcs shared by two non-legal zones) are simplified (Douglas–Peucker) and smoothed (Chaikin) once with this tolerance; neighbours share the new line, no gaps or overlaps; legal and region boundaries stay. Default 1.5 × cell size; 0 = off</source>
            <translation>Boundaries the zoning draws itself (arcs shared by two non-legal zones) are simplified (Douglas–Peucker) and smoothed (Chaikin) once with this tolerance; neighbours share the new line, no gaps or overlaps; legal and region boundaries stay. Default 1.5 × cell size; 0 = off</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Small patches enclosed by type I</source>
            <translation>Small patches enclosed by type I</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>A small patch whose only neighbours are type I joins it (default; the absorbed area is in the audit) or its longest-border neighbour</source>
            <translation>A small patch whose only neighbours are type I joins it (default; the absorbed area is in the audit) or its longest-border neighbour</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merged zones</source>
            <translation>Merged zones</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Zone polygons (zone_type, subtype, rule, area_km2) covering the region, no gaps or overlaps</source>
            <translation>Zone polygons (zone_type, subtype, rule, area_km2) covering the region, no gaps or overlaps</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merge audit</source>
            <translation>Merge audit</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>One row per merge: patch, area_km2, from_subtype, to_subtype, into_patch, border_m, reason, x, y, step (grid = the grid merge; legal, merge, merge2 = the vector steps, patch/into_patch numbered in that step's input, so the audit replays)</source>
            <translation>One row per merge: patch, area_km2, from_subtype, to_subtype, into_patch, border_m, reason, x, y, step (grid = the grid merge; legal, merge, merge2 = the vector steps, patch/into_patch numbered in that step's input, so the audit replays)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merged zone raster</source>
            <translation>Merged zone raster</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Optional: the merged subtype-code raster</source>
            <translation>Optional: the merged subtype-code raster</translation>
        </message>
    </context>
    <context>
        <name>NameZones</name>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Code and name zones</source>
            <translation>Code and name zones</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Code = admin code without the province digits - type - subtype - serial, e.g. 1024-Ⅱ-1-5; serials run north to south, then west to east by the zone's interior point within each subtype. Name = place + function + 区; the place is the place-name feature covering most of the zone, a second one joined with '-' when it covers ≥ 30 %.</source>
            <translation>Code = admin code without the province digits - type - subtype - serial, e.g. 1024-Ⅱ-1-5; serials run north to south, then west to east by the zone's interior point within each subtype. Name = place + function + 区; the place is the place-name feature covering most of the zone, a second one joined with '-' when it covers ≥ 30 %.</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zones that would share a name get no ordinal (一区/二区 or （一）/（二） read like the 一级/二级 protection zones of the law) but a distinguishing place: a name of the DISTINCT layers (villages, mountains, rivers) inside the zone, else the position of its interior point in the county (北部, 东南部, 中部 …), else its position among the zones of that name, else its township; only when all are equal the code in brackets. A protected area's own name stays whole and the zone is a 片区 of it (神仙居风景名胜区北部片区). A zone with a legal name (LEGAL_NAME_FIELD) is named by it. Name endings are the name_word column of the code table (table 4's subtype names; 区 added to 森林公园/地质公园, 其它 dropped).</source>
            <translation>Zones that would share a name get no ordinal (一区/二区 or （一）/（二） read like the 一级/二级 protection zones of the law) but a distinguishing place: a name of the DISTINCT layers (villages, mountains, rivers) inside the zone, else the position of its interior point in the county (北部, 东南部, 中部 …), else its position among the zones of that name, else its township; only when all are equal the code in brackets. A protected area's own name stays whole and the zone is a 片区 of it (神仙居风景名胜区北部片区). A zone with a legal name (LEGAL_NAME_FIELD) is named by it. Name endings are the name_word column of the code table (table 4's subtype names; 区 added to 森林公园/地质公园, 其它 dropped).</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zone polygons with fields zone_type (I…VI) and subtype (e.g. II-1)</source>
            <translation>Zone polygons with fields zone_type (I…VI) and subtype (e.g. II-1)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Admin code (6 digits)</source>
            <translation>Admin code (6 digits)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>County admin code; codes use its last 4 digits (331024 → 1024)</source>
            <translation>County admin code; codes use its last 4 digits (331024 → 1024)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Place-name layers</source>
            <translation>Place-name layers</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Place-name polygon layers (townships, mountains, rivers …); the feature covering most of a zone names it</source>
            <translation>Place-name polygon layers (townships, mountains, rivers …); the feature covering most of a zone names it</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Place name field</source>
            <translation>Place name field</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Name field of the place layers (the same in every layer)</source>
            <translation>Name field of the place layers (the same in every layer)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Roman numerals</source>
            <translation>Roman numerals</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Type in the code: Unicode Ⅰ…Ⅵ (as Z 4.4.2) or ASCII I…VI</source>
            <translation>Type in the code: Unicode Ⅰ…Ⅵ (as Z 4.4.2) or ASCII I…VI</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Unicode (Ⅰ…Ⅵ)</source>
            <translation>Unicode (Ⅰ…Ⅵ)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>ASCII (I…VI)</source>
            <translation>ASCII (I…VI)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Second place share (%)</source>
            <translation>Second place share (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>A second place joins the name with '-' when it covers this share (default 30)</source>
            <translation>A second place joins the name with '-' when it covers this share (default 30)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Suffixes to drop from place names</source>
            <translation>Suffixes to drop from place names</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Comma-separated, e.g. 街道,镇,乡 (default: none)</source>
            <translation>Comma-separated, e.g. 街道,镇,乡 (default: none)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Named-feature layers</source>
            <translation>Named-feature layers</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Optional named features (protected areas, mountains, lakes): one covering at least FEATURE_SHARE of a zone names it (e.g. 括苍山自然保护区) instead of the place layers</source>
            <translation>Optional named features (protected areas, mountains, lakes): one covering at least FEATURE_SHARE of a zone names it (e.g. 括苍山自然保护区) instead of the place layers</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Feature name field</source>
            <translation>Feature name field</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Name field of the feature layers</source>
            <translation>Name field of the feature layers</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Feature share (%)</source>
            <translation>Feature share (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>A named feature covering this share of a zone names it (default 50)</source>
            <translation>A named feature covering this share of a zone names it (default 50)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Distinguishing place layers</source>
            <translation>Distinguishing place layers</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Optional villages (points), mountains (points or polygons), rivers (lines): zones that would share a name each take one of these lying in them (points nearest the interior point, polygons by area, lines by length inside)</source>
            <translation>Optional villages (points), mountains (points or polygons), rivers (lines): zones that would share a name each take one of these lying in them (points nearest the interior point, polygons by area, lines by length inside)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Distinguishing name field</source>
            <translation>Distinguishing name field</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Name field of the distinguishing layers</source>
            <translation>Name field of the distinguishing layers</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Legal name field</source>
            <translation>Legal name field</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Field of the zones holding a legal name (e.g. written by mergezones for the pieces of one protected area): when set it names the zone; ignored when the layer has no such field</source>
            <translation>Field of the zones holding a legal name (e.g. written by mergezones for the pieces of one protected area): when set it names the zone; ignored when the layer has no such field</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zone code table</source>
            <translation>Zone code table</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Table 4 types, subtype codes, name words (default: the guideline's table; editable)</source>
            <translation>Table 4 types, subtype codes, name words (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Previous version of the zones</source>
            <translation>Previous version of the zones</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Optional previous version (fields code, zone_type, subtype): a zone of the same subtype with IoU ≥ KEEP_IOU keeps that zone's code; the others take the next unused serials of their subtype (N 5.13.2–5.13.3)</source>
            <translation>Optional previous version (fields code, zone_type, subtype): a zone of the same subtype with IoU ≥ KEEP_IOU keeps that zone's code; the others take the next unused serials of their subtype (N 5.13.2–5.13.3)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>IoU to keep a previous code</source>
            <translation>IoU to keep a previous code</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>IoU with a previous zone (same subtype) at or above which its code is kept</source>
            <translation>IoU with a previous zone (same subtype) at or above which its code is kept</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Named zones</source>
            <translation>Named zones</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Input fields + code, name, area_km2</source>
            <translation>Input fields + code, name, area_km2</translation>
        </message>
    </context>
    <context>
        <name>P1</name>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>P1 ecological security index (km grid)</source>
            <translation>P1 ecological security index (km grid)</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Km grid cells as evaluation units: P1 = max(sensitivity, importance). Cells are aligned to whole km in the analysis CRS, clipped to the region; cells outside are dropped. The fine cells of a grid cell give sens and imp by majority (default), max or mean; dominant says whether P1 comes from sensitivity, importance or both; sens_s1…s5, imp_s1…s5 are the shares of each level; area_km2 the (clipped) area.</source>
            <translation>Km grid cells as evaluation units: P1 = max(sensitivity, importance). Cells are aligned to whole km in the analysis CRS, clipped to the region; cells outside are dropped. The fine cells of a grid cell give sens and imp by majority (default), max or mean; dominant says whether P1 comes from sensitivity, importance or both; sens_s1…s5, imp_s1…s5 are the shares of each level; area_km2 the (clipped) area.</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Only fine cells whose centre is inside the region and that hold data count. A majority tie goes to the higher level (precautionary); the mean is rounded half up (2.5 → 3). A cell where only one of the two has data takes that one; boundary slivers holding no counted fine cell are dropped (count and area logged).</source>
            <translation>Only fine cells whose centre is inside the region and that hold data count. A majority tie goes to the higher level (precautionary); the mean is rounded half up (2.5 → 3). A cell where only one of the two has data takes that one; boundary slivers holding no counted fine cell are dropped (count and area logged).</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Sensitivity level</source>
            <translation>Sensitivity level</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Level raster 1–5 of ecosensitivity (or soilerosionsensitivity)</source>
            <translation>Level raster 1–5 of ecosensitivity (or soilerosionsensitivity)</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Importance level</source>
            <translation>Importance level</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Level raster 1–5 of ecoimportance</source>
            <translation>Level raster 1–5 of ecoimportance</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Region boundary: the grid is clipped to it; its (projected) CRS is the analysis CRS. Without it: the sensitivity raster's grid and extent (projected CRS), counting its cells with data</source>
            <translation>Region boundary: the grid is clipped to it; its (projected) CRS is the analysis CRS. Without it: the sensitivity raster's grid and extent (projected CRS), counting its cells with data</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Grid cell size (m)</source>
            <translation>Grid cell size (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Side of the grid cells (m, default 1000)</source>
            <translation>Side of the grid cells (m, default 1000)</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Aggregation</source>
            <translation>Aggregation</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>How fine cells make the grid cell's level: majority (ties → higher), max, mean (rounded half up)</source>
            <translation>How fine cells make the grid cell's level: majority (ties → higher), max, mean (rounded half up)</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>P1 grid</source>
            <translation>P1 grid</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Grid polygons: cell_id, sens, imp, p1, dominant, sens_s1…s5, imp_s1…s5, area_km2</source>
            <translation>Grid polygons: cell_id, sens, imp, p1, dominant, sens_s1…s5, imp_s1…s5, area_km2</translation>
        </message>
    </context>
    <context>
        <name>P2</name>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>P2 human-settlement index</source>
            <translation>P2 human-settlement index</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Per township: pop_idx = Di/D (population density over the region's), eco_idx = pGDPi/pGDP0 + di/d0 (per-capita GDP and GDP per km², over the region's; the region = all units). Each is classed into 5 by natural breaks and graded 1/3/5/7/9; p2 = product of the grades (1–81; or mean, max, geometric mean).</source>
            <translation>Per township: pop_idx = Di/D (population density over the region's), eco_idx = pGDPi/pGDP0 + di/d0 (per-capita GDP and GDP per km², over the region's; the region = all units). Each is classed into 5 by natural breaks and graded 1/3/5/7/9; p2 = product of the grades (1–81; or mean, max, geometric mean).</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>The seed's formula image is lost; by the plugin's convention grades 1/3/5/7/9 (as table 1-1), P2 = their product. Area from the geometry in the projected analysis CRS (km²) unless AREA_FIELD is given.</source>
            <translation>The seed's formula image is lost; by the plugin's convention grades 1/3/5/7/9 (as table 1-1), P2 = their product. Area from the geometry in the projected analysis CRS (km²) unless AREA_FIELD is given.</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>Township polygons (evaluation units)</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Population field</source>
            <translation>Population field</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Resident population</source>
            <translation>Resident population</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>GDP field</source>
            <translation>GDP field</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>GDP (any one unit, e.g. 10⁴ yuan)</source>
            <translation>GDP (any one unit, e.g. 10⁴ yuan)</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Area field (km²)</source>
            <translation>Area field (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Optional land area (km²); default: from the geometry</source>
            <translation>Optional land area (km²); default: from the geometry</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</source>
            <translation>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Combination</source>
            <translation>Combination</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>How the two grades combine: product (default, 1–81), mean, max, geometric mean</source>
            <translation>How the two grades combine: product (default, 1–81), mean, max, geometric mean</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>P2 townships</source>
            <translation>P2 townships</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Input fields + pop_idx, eco_idx, pop_grade, eco_grade, p2</source>
            <translation>Input fields + pop_idx, eco_idx, pop_grade, eco_grade, p2</translation>
        </message>
    </context>
    <context>
        <name>RegistrationTable</name>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone registration table</source>
            <translation>Zone registration table</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>One row / table per zone: code and name; overview (townships, area km², rivers crossing it); main function and targets; environmental quality and ecological targets; control measures; negative list; shape and key turning points in CGCS2000 lon/lat. Writes DOCX (A4, SimSun, 14 pt bold title, 12 pt text, 1.5 line spacing), XLSX and CSV.</source>
            <translation>One row / table per zone: code and name; overview (townships, area km², rivers crossing it); main function and targets; environmental quality and ecological targets; control measures; negative list; shape and key turning points in CGCS2000 lon/lat. Writes DOCX (A4, SimSun, 14 pt bold title, 12 pt text, 1.5 line spacing), XLSX and CSV.</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Key turning points: the outer ring of the largest part simplified (Visvalingam–Whyatt) to MAX_POINTS vertices, listed clockwise from the northernmost, lon/lat to 6 decimals. The DOCX is A4 landscape with the four columns of annex 5. Area from the area_km2 field, else computed in the analysis CRS. Rows ordered by type (I…VI), then code. The DOCX reads as annex 5's sample: an overview saying where in the county the zone lies, its townships, rivers and area; targets and measures as sentences without clause citations (appendix 2 lists the clause behind each item); the negative list as 禁止发展的产业包括所有二类工业项目和三类工业项目, the table-6 item numbers listed once per industry class in appendix 1.</source>
            <translation>Key turning points: the outer ring of the largest part simplified (Visvalingam–Whyatt) to MAX_POINTS vertices, listed clockwise from the northernmost, lon/lat to 6 decimals. The DOCX is A4 landscape with the four columns of annex 5. Area from the area_km2 field, else computed in the analysis CRS. Rows ordered by type (I…VI), then code. The DOCX reads as annex 5's sample: an overview saying where in the county the zone lies, its townships, rivers and area; targets and measures as sentences without clause citations (appendix 2 lists the clause behind each item); the negative list as 禁止发展的产业包括所有二类工业项目和三类工业项目, the table-6 item numbers listed once per industry class in appendix 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Named zones (output of namezones / zonetargets: code, name, zone_type, area_km2, main_function, env_target, eco_target, measures, negative_list)</source>
            <translation>Named zones (output of namezones / zonetargets: code, name, zone_type, area_km2, main_function, env_target, eco_target, measures, negative_list)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Code field</source>
            <translation>Code field</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone code field (default code)</source>
            <translation>Zone code field (default code)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Name field</source>
            <translation>Name field</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone name field (default name)</source>
            <translation>Zone name field (default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone type field</source>
            <translation>Zone type field</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone type field (I…VI, default zone_type)</source>
            <translation>Zone type field (I…VI, default zone_type)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Township boundaries, for the location (the townships a zone lies in, with shares)</source>
            <translation>Township boundaries, for the location (the townships a zone lies in, with shares)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Township name field</source>
            <translation>Township name field</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Township name field (default name)</source>
            <translation>Township name field (default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Rivers</source>
            <translation>Rivers</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Rivers (lines or polygons), for the rivers crossing each zone</source>
            <translation>Rivers (lines or polygons), for the rivers crossing each zone</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>River name field</source>
            <translation>River name field</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>River name field (default name)</source>
            <translation>River name field (default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>County boundary: the overview says where in the county a zone lies (default: the extent of all zones)</source>
            <translation>County boundary: the overview says where in the county a zone lies (default: the extent of all zones)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Region name</source>
            <translation>Region name</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>County name, e.g. 仙居县 (default: the title's part before 环境功能区划)</source>
            <translation>County name, e.g. 仙居县 (default: the title's part before 环境功能区划)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Key turning points per zone</source>
            <translation>Key turning points per zone</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Maximum number of key turning points listed per zone (default 8)</source>
            <translation>Maximum number of key turning points listed per zone (default 8)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Title of the register, e.g. 仙居县环境功能区划登记表</source>
            <translation>Title of the register, e.g. 仙居县环境功能区划登记表</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Register (DOCX)</source>
            <translation>Register (DOCX)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Word register (needs python-docx)</source>
            <translation>Word register (needs python-docx)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Register (XLSX)</source>
            <translation>Register (XLSX)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Excel register (GDAL's XLSX driver)</source>
            <translation>Excel register (GDAL's XLSX driver)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Register (CSV)</source>
            <translation>Register (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>CSV register (UTF-8 with BOM, opens in Excel)</source>
            <translation>CSV register (UTF-8 with BOM, opens in Excel)</translation>
        </message>
    </context>
    <context>
        <name>RiparianZone</name>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Riparian zone sensitivity</source>
            <translation>Riparian zone sensitivity</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>The water-quality target gives the riparian sensitivity level (table 1-2: II or better 5 … worse than V 1); level and catchment erosion intensity give the minimum buffer width H (table 1-3). Lines are buffered by H on both sides, polygons outward from the shore (buffer minus the water). The output keeps the input fields and adds level, width (H, m) and intensity (the table 1-3 column used).</source>
            <translation>The water-quality target gives the riparian sensitivity level (table 1-2: II or better 5 … worse than V 1); level and catchment erosion intensity give the minimum buffer width H (table 1-3). Lines are buffered by H on both sides, polygons outward from the shore (buffer minus the water). The output keeps the input fields and adds level, width (H, m) and intensity (the table 1-3 column used).</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>The row the seed calls 一般敏感 is level 2 (slightly sensitive). Erosion intensity comes from a field (the six names or SL190 codes 1–6) or from a raster: a statistic (majority by default; max, or the mean rounded half up) of the cells within EROSION_DISTANCE (default 1000 m, a stand-in for the riparian catchment) of the feature; soil-erosion levels map 5 → 极强烈, 4 → 强烈, 3 → 中度, 2 → 轻度, 1 → 无明显. Buffers are built in the analysis CRS (the matching CGCS2000 3-degree zone for geographic input).</source>
            <translation>The row the seed calls 一般敏感 is level 2 (slightly sensitive). Erosion intensity comes from a field (the six names or SL190 codes 1–6) or from a raster: a statistic (majority by default; max, or the mean rounded half up) of the cells within EROSION_DISTANCE (default 1000 m, a stand-in for the riparian catchment) of the feature; soil-erosion levels map 5 → 极强烈, 4 → 强烈, 3 → 中度, 2 → 轻度, 1 → 无明显. Buffers are built in the analysis CRS (the matching CGCS2000 3-degree zone for geographic input).</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Rivers and lakes</source>
            <translation>Rivers and lakes</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Rivers (lines) or lakes/reservoirs (polygons) with a water-quality target field</source>
            <translation>Rivers (lines) or lakes/reservoirs (polygons) with a water-quality target field</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Water-quality target field</source>
            <translation>Water-quality target field</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Water-quality target: I, II, III, IV, V, 劣V (also Ⅰ…Ⅴ, 劣Ⅴ, 'Ⅱ类' or 1…6)</source>
            <translation>Water-quality target: I, II, III, IV, V, 劣V (also Ⅰ…Ⅴ, 劣Ⅴ, 'Ⅱ类' or 1…6)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion intensity field</source>
            <translation>Erosion intensity field</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Catchment erosion intensity: 极强烈, 剧烈, 强烈, 中度, 轻度, 无明显, or SL190 codes 1 (微度) … 6 (剧烈) (EROSION_FIELD or EROSION_RASTER)</source>
            <translation>Catchment erosion intensity: 极强烈, 剧烈, 强烈, 中度, 轻度, 无明显, or SL190 codes 1 (微度) … 6 (剧烈) (EROSION_FIELD or EROSION_RASTER)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Lakes and reservoirs</source>
            <translation>Lakes and reservoirs</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Optional lakes and reservoirs (polygons), buffered outward from the shore into the same output; with a water-quality target field</source>
            <translation>Optional lakes and reservoirs (polygons), buffered outward from the shore into the same output; with a water-quality target field</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Lake water-quality target field</source>
            <translation>Lake water-quality target field</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>The lakes' water-quality target field (as TARGET_FIELD; default: the field of that name)</source>
            <translation>The lakes' water-quality target field (as TARGET_FIELD; default: the field of that name)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Lake erosion intensity field</source>
            <translation>Lake erosion intensity field</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Optional: the lakes' catchment erosion intensity field; default: EROSION_RASTER, without a raster the field named as EROSION_FIELD</source>
            <translation>Optional: the lakes' catchment erosion intensity field; default: EROSION_RASTER, without a raster the field named as EROSION_FIELD</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion raster</source>
            <translation>Erosion raster</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Soil-erosion level raster (the level output of 'Soil erosion sensitivity') or an SL190 intensity-code raster</source>
            <translation>Soil-erosion level raster (the level output of 'Soil erosion sensitivity') or an SL190 intensity-code raster</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion raster values</source>
            <translation>Erosion raster values</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Soil-erosion sensitivity levels 1–5 (default) or SL190 intensity codes 1–6</source>
            <translation>Soil-erosion sensitivity levels 1–5 (default) or SL190 intensity codes 1–6</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Soil-erosion sensitivity level 1–5</source>
            <translation>Soil-erosion sensitivity level 1–5</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>SL190 intensity code 1–6</source>
            <translation>SL190 intensity code 1–6</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion statistic</source>
            <translation>Erosion statistic</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Majority (default), maximum or mean (rounded half up) of the raster cells in the buffer</source>
            <translation>Majority (default), maximum or mean (rounded half up) of the raster cells in the buffer</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Majority</source>
            <translation>Majority</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Mean (rounded)</source>
            <translation>Mean (rounded)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion sampling distance (m)</source>
            <translation>Erosion sampling distance (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Raster cells within this distance of the feature (outside the shore for lakes) are the riparian catchment (default 1000 m)</source>
            <translation>Raster cells within this distance of the feature (outside the shore for lakes) are the riparian catchment (default 1000 m)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Water-quality target table (table 1-2)</source>
            <translation>Water-quality target table (table 1-2)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>target class → sensitivity level (default: the guideline's table; editable)</source>
            <translation>target class → sensitivity level (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Minimum buffer width table (table 1-3)</source>
            <translation>Minimum buffer width table (table 1-3)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>level × erosion intensity → width H (m) (default: the guideline's table; editable)</source>
            <translation>level × erosion intensity → width H (m) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Riparian zones</source>
            <translation>Riparian zones</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Riparian buffer polygons: input fields + level, width, intensity</source>
            <translation>Riparian buffer polygons: input fields + level, width, intensity</translation>
        </message>
    </context>
    <context>
        <name>SiteCheck</name>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Site check</source>
            <translation>Site check</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Overlays a project footprint (point, line or polygon) and its industry (table-6 item or class 一类/二类/三类) with zones and/or control units: every zone/unit touched with area, targets, measures and negative-list hits, and a verdict 允许/限制/禁止 with reasons, each citing the table, item and clause. Deterministic.</source>
            <translation>Overlays a project footprint (point, line or polygon) and its industry (table-6 item or class 一类/二类/三类) with zones and/or control units: every zone/unit touched with area, targets, measures and negative-list hits, and a verdict 允许/限制/禁止 with reasons, each citing the table, item and clause. Deterministic.</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>The verdict is the strictest of all zones and units touched (禁止 &gt; 限制 &gt; 允许); zones by the negative-list table (Z 5.3), units by the requirement rows with an action; source-county rows apply when the admin code is a source county (Z 4.6.1). A number that table 6 lists in several classes (e.g. 76) must be given with its class (三类-76).</source>
            <translation>The verdict is the strictest of all zones and units touched (禁止 &gt; 限制 &gt; 允许); zones by the negative-list table (Z 5.3), units by the requirement rows with an action; source-county rows apply when the admin code is a source county (Z 4.6.1). A number that table 6 lists in several classes (e.g. 76) must be given with its class (三类-76).</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project footprint</source>
            <translation>Project footprint</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project footprint (point, line or polygon; all features form one project — use 'selected features only' to pick one)</source>
            <translation>Project footprint (point, line or polygon; all features form one project — use 'selected features only' to pick one)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry (table 6 or GB/T 4754)</source>
            <translation>Industry (table 6 or GB/T 4754)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Table-6 item number (e.g. 47, K), item key (三类-47), class 一类/二类/三类, or a GB/T 4754-2017 industry code (4 digits or with its section letter: 3011, C3011, GB:30; mapped to table 6 by the editable GBT4754_TABLE). Batch mode: INDUSTRY_FIELD</source>
            <translation>Table-6 item number (e.g. 47, K), item key (三类-47), class 一类/二类/三类, or a GB/T 4754-2017 industry code (4 digits or with its section letter: 3011, C3011, GB:30; mapped to table 6 by the editable GBT4754_TABLE). Batch mode: INDUSTRY_FIELD</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry field (batch mode)</source>
            <translation>Industry field (batch mode)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch mode: each PROJECT feature is a project whose industry is this field (written as INDUSTRY); one verdict and report per project plus a summary table</source>
            <translation>Batch mode: each PROJECT feature is a project whose industry is this field (written as INDUSTRY); one verdict and report per project plus a summary table</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project kind</source>
            <translation>Project kind</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>新建/改建/扩建/现有: only rows that concern that kind count (a row naming 新建、扩建 does not bind an existing plant or a 改建; '现有的…' binds existing plants; rows naming none bind all; a project_kind column in the table overrides). Empty: all</source>
            <translation>新建/改建/扩建/现有: only rows that concern that kind count (a row naming 新建、扩建 does not bind an existing plant or a 改建; '现有的…' binds existing plants; rows naming none bind all; a project_kind column in the table overrides). Empty: all</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project kind field (batch mode)</source>
            <translation>Project kind field (batch mode)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch mode: each project's kind (新建/改建/扩建/现有); empty values take PROJECT_KIND</source>
            <translation>Batch mode: each project's kind (新建/改建/扩建/现有); empty values take PROJECT_KIND</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project name</source>
            <translation>Project name</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Name in the report (default: the name field of the first feature, or the layer name)</source>
            <translation>Name in the report (default: the name field of the first feature, or the layer name)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Environmental function zones</source>
            <translation>Environmental function zones</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Zones (field zone_type; optionally subtype, code, name, env_target, eco_target, measures, negative_list)</source>
            <translation>Zones (field zone_type; optionally subtype, code, name, env_target, eco_target, measures, negative_list)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Control units</source>
            <translation>Control units</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Output of controlunits / accesslist</source>
            <translation>Output of controlunits / accesslist</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Admin code (6 digits)</source>
            <translation>Admin code (6 digits)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Optional 6-digit county code, to know whether it is a source county (Z 4.6.1); default the units' admin_code field</source>
            <translation>Optional 6-digit county code, to know whether it is a source county (Z 4.6.1); default the units' admin_code field</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Negative lists</source>
            <translation>Negative lists</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Negative lists (default: the guideline's table; editable)</source>
            <translation>Negative lists (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Requirement table</source>
            <translation>Requirement table</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Requirement table (default: the guideline's table; editable)</source>
            <translation>Requirement table (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry catalogue (table 6)</source>
            <translation>Industry catalogue (table 6)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry catalogue (table 6) (default: the guideline's table; editable)</source>
            <translation>Industry catalogue (table 6) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>GB/T 4754-2017 → table 6 mapping</source>
            <translation>GB/T 4754-2017 → table 6 mapping</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>code (2–4 digits, longest prefix first), name, item (table-6 key), note (default: the guideline's table; editable)</source>
            <translation>code (2–4 digits, longest prefix first), name, item (table-6 key), note (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Report (HTML)</source>
            <translation>Report (HTML)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Site-check report page</source>
            <translation>Site-check report page</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Result (JSON)</source>
            <translation>Result (JSON)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>verdict (允许/限制/禁止), reasons (with clause), zones and units touched</source>
            <translation>verdict (允许/限制/禁止), reasons (with clause), zones and units touched</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch summary (XLSX)</source>
            <translation>Batch summary (XLSX)</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch mode: one row per project (industry, table-6 item, kind, verdict, reasons, zones/units touched, main reason)</source>
            <translation>Batch mode: one row per project (industry, table-6 item, kind, verdict, reasons, zones/units touched, main reason)</translation>
        </message>
    </context>
    <context>
        <name>SoilConservation</name>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation importance</source>
            <translation>Soil conservation importance</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Table 2-2: the soil-erosion sensitivity level (1 not … 5 extremely sensitive) and the receiving-water class of the catchment (1 = 1–2 rivers &amp; major urban sources, 2 = 3 rivers &amp; small-town sources, 3 = 4–5 rivers) give the soil-conservation importance; cells in no catchment are 1. The output is on the sensitivity raster's grid.</source>
            <translation>Table 2-2: the soil-erosion sensitivity level (1 not … 5 extremely sensitive) and the receiving-water class of the catchment (1 = 1–2 rivers &amp; major urban sources, 2 = 3 rivers &amp; small-town sources, 3 = 4–5 rivers) give the soil-conservation importance; cells in no catchment are 1. The output is on the sensitivity raster's grid.</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Words map to 极重要 5, 中等重要 3, 较重要 2, 不重要 1. Where catchments overlap, the smallest class number (the most important receiving water) wins.</source>
            <translation>Words map to 极重要 5, 中等重要 3, 较重要 2, 不重要 1. Where catchments overlap, the smallest class number (the most important receiving water) wins.</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil erosion sensitivity level</source>
            <translation>Soil erosion sensitivity level</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Level raster of soilerosionsensitivity (1–5, nodata 0); the output takes its grid</source>
            <translation>Level raster of soilerosionsensitivity (1–5, nodata 0); the output takes its grid</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Catchments</source>
            <translation>Catchments</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Catchment polygons with a receiving-water class</source>
            <translation>Catchment polygons with a receiving-water class</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Receiving-water class field</source>
            <translation>Receiving-water class field</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>1 = 1–2 rivers &amp; major urban sources, 2 = 3 rivers &amp; small-town sources, 3 = 4–5 rivers</source>
            <translation>1 = 1–2 rivers &amp; major urban sources, 2 = 3 rivers &amp; small-town sources, 3 = 4–5 rivers</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation table (table 2-2)</source>
            <translation>Soil conservation table (table 2-2)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation table (table 2-2) (default: the guideline's table; editable)</source>
            <translation>Soil conservation table (table 2-2) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Importance words</source>
            <translation>Importance words</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation level</source>
            <translation>Soil conservation level</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>Level 1–5 (Byte, nodata 0)</translation>
        </message>
    </context>
    <context>
        <name>SoilErosionSensitivity</name>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil erosion sensitivity</source>
            <translation>Soil erosion sensitivity</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity R, soil texture K, relief LS and land cover C are each graded 1/3/5/7/9 by table 1-1; SS = (R·K·LS·C)^(1/4) is graded to levels 1–5 (5 extremely sensitive). Runs block-wise: memory does not grow with raster size.</source>
            <translation>Rainfall erosivity R, soil texture K, relief LS and land cover C are each graded 1/3/5/7/9 by table 1-1; SS = (R·K·LS·C)^(1/4) is graded to levels 1–5 (5 extremely sensitive). Runs block-wise: memory does not grow with raster size.</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Breaks are min &lt; v &lt;= max, the first class taking its min: R = 25 grades 1, relief 20 m grades 1, SS = 2.0 is level 1. Built-up/impervious grades 1 (sealed); CLCD cropland grades 5 (double cropping).</source>
            <translation>Breaks are min &lt; v &lt;= max, the first class taking its min: R = 25 grades 1, relief 20 m grades 1, SS = 2.0 is level 1. Built-up/impervious grades 1 (sealed); CLCD cropland grades 5 (double cropping).</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity R</source>
            <translation>Rainfall erosivity R</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity raster (graded &lt;25, 25–100, 100–400, 400–600, &gt;600)</source>
            <translation>Rainfall erosivity raster (graded &lt;25, 25–100, 100–400, 400–600, &gt;600)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity unit</source>
            <translation>Rainfall erosivity unit</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Unit of the R raster: that of table 1-1, or SI MJ·mm/(hm²·h·a) (divided by 17.02 into table 1-1 units)</source>
            <translation>Unit of the R raster: that of table 1-1, or SI MJ·mm/(hm²·h·a) (divided by 17.02 into table 1-1 units)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture raster</source>
            <translation>Soil texture raster</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture class raster (default codes 1 gravel … 12 silt); or use the soil polygons below</source>
            <translation>Soil texture class raster (default codes 1 gravel … 12 silt); or use the soil polygons below</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture polygons</source>
            <translation>Soil texture polygons</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil polygons with a texture field (with SOIL_FIELD)</source>
            <translation>Soil polygons with a texture field (with SOIL_FIELD)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture field</source>
            <translation>Soil texture field</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Texture name (e.g. 壤土) or class code</source>
            <translation>Texture name (e.g. 壤土) or class code</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>DEM; relief = max − min in a moving window (DEM or RELIEF is required)</source>
            <translation>DEM; relief = max − min in a moving window (DEM or RELIEF is required)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief raster (m)</source>
            <translation>Relief raster (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>A ready relief raster in metres</source>
            <translation>A ready relief raster in metres</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief window side (m)</source>
            <translation>Relief window side (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Side of the square moving window for relief (m, default 1000)</source>
            <translation>Side of the square moving window for relief (m, default 1000)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Land cover</source>
            <translation>Land cover</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Land-cover class raster (CLCD, ESA WorldCover or custom codes)</source>
            <translation>Land-cover class raster (CLCD, ESA WorldCover or custom codes)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Land cover scheme</source>
            <translation>Land cover scheme</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>CLCD, ESA WorldCover or the custom VEGETATION_TABLE</source>
            <translation>CLCD, ESA WorldCover or the custom VEGETATION_TABLE</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>CLCD (China Land Cover Dataset)</source>
            <translation>CLCD (China Land Cover Dataset)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>ESA WorldCover</source>
            <translation>ESA WorldCover</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Custom (VEGETATION_TABLE)</source>
            <translation>Custom (VEGETATION_TABLE)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Optional region: the grid is its extent snapped to the cell size; outside is nodata</source>
            <translation>Optional region: the grid is its extent snapped to the cell size; outside is nodata</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Cell size (m)</source>
            <translation>Cell size (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Analysis cell size (default: the erosivity raster's; 30 m with a region)</source>
            <translation>Analysis cell size (default: the erosivity raster's; 30 m with a region)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture table</source>
            <translation>Soil texture table</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>texture code → grade (default: the guideline's table; editable)</source>
            <translation>texture code → grade (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Custom vegetation table</source>
            <translation>Custom vegetation table</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>cover code → grade (used with the custom scheme) (default: the guideline's table; editable)</source>
            <translation>cover code → grade (used with the custom scheme) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Erosivity breaks</source>
            <translation>Erosivity breaks</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Erosivity breaks (default: the guideline's table; editable)</source>
            <translation>Erosivity breaks (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief breaks</source>
            <translation>Relief breaks</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief breaks (default: the guideline's table; editable)</source>
            <translation>Relief breaks (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS level breaks</source>
            <translation>SS level breaks</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS level breaks (default: the guideline's table; editable)</source>
            <translation>SS level breaks (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Class values missing from a table</source>
            <translation>Class values missing from a table</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Error (default) or treat as nodata</source>
            <translation>Error (default) or treat as nodata</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Nodata</source>
            <translation>Nodata</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS index</source>
            <translation>SS index</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS index (Float32)</source>
            <translation>SS index (Float32)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Sensitivity level</source>
            <translation>Sensitivity level</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>Level 1–5 (Byte, nodata 0)</translation>
        </message>
    </context>
    <context>
        <name>SoilQuality</name>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil quality level</source>
            <translation>Soil quality level</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Single-factor index Pi = Ci/Si (measured / standard); Pi averaged over the unit's samples; unit index = max Pi (or Nemerow sqrt((Pmax²+Pmean²)/2)); ≤1 clean 5, (1,2] good 4, (2,3] slightly 3, (3,5] moderately 2, &gt;5 heavily polluted 1. A unit without samples takes the nearest (soil_nearest = 1).</source>
            <translation>Single-factor index Pi = Ci/Si (measured / standard); Pi averaged over the unit's samples; unit index = max Pi (or Nemerow sqrt((Pmax²+Pmean²)/2)); ≤1 clean 5, (1,2] good 4, (2,3] slightly 3, (3,5] moderately 2, &gt;5 heavily polluted 1. A unit without samples takes the nearest (soil_nearest = 1).</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>The SPI formula image is lost: max Pi by the plugin's convention (Nemerow as option); several samples: each pollutant's Pi averaged over them, then combined. Default standards: GB 15618-2018 farmland screening values (other, 5.5 &lt; pH ≤ 6.5); with a pH field, each sample's own pH band (≤5.5, 5.5–6.5, 6.5–7.5, &gt;7.5, upper limits inclusive) and land use (paddy / orchard / other); or standard fields per sample, or the edited table.</source>
            <translation>The SPI formula image is lost: max Pi by the plugin's convention (Nemerow as option); several samples: each pollutant's Pi averaged over them, then combined. Default standards: GB 15618-2018 farmland screening values (other, 5.5 &lt; pH ≤ 6.5); with a pH field, each sample's own pH band (≤5.5, 5.5–6.5, 6.5–7.5, &gt;7.5, upper limits inclusive) and land use (paddy / orchard / other); or standard fields per sample, or the edited table.</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>Township polygons (evaluation units)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil samples</source>
            <translation>Soil samples</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil samples (points)</source>
            <translation>Soil samples (points)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Pollutant fields</source>
            <translation>Pollutant fields</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Measured concentration fields Ci</source>
            <translation>Measured concentration fields Ci</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Standard fields</source>
            <translation>Standard fields</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Optional standard fields Si, one per pollutant field in the same order; default: the standards table (field name = the table's pollutant)</source>
            <translation>Optional standard fields Si, one per pollutant field in the same order; default: the standards table (field name = the table's pollutant)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>pH field</source>
            <translation>pH field</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Optional sample pH: the screening value of GB 15618-2018 table 1 by pH band (≤5.5, 5.5–6.5, 6.5–7.5, &gt;7.5)</source>
            <translation>Optional sample pH: the screening value of GB 15618-2018 table 1 by pH band (≤5.5, 5.5–6.5, 6.5–7.5, &gt;7.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Land-use field</source>
            <translation>Land-use field</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Optional: samples whose value is 水田 (or paddy) take the paddy values, 果园 (or orchard) the orchard values (GB 15618-2018 table 1: copper only), the others 其他</source>
            <translation>Optional: samples whose value is 水田 (or paddy) take the paddy values, 果园 (or orchard) the orchard values (GB 15618-2018 table 1: copper only), the others 其他</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>GB 15618-2018 screening values</source>
            <translation>GB 15618-2018 screening values</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>pollutant, kind (screening / intervention; the screening rows are read), land (paddy/orchard/other/all), the value per pH band (mg/kg); the same table as elementzones' (default: the guideline's table; editable)</source>
            <translation>pollutant, kind (screening / intervention; the screening rows are read), land (paddy/orchard/other/all), the value per pH band (mg/kg); the same table as elementzones' (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil standards table</source>
            <translation>Soil standards table</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>pollutant → standard (mg/kg); default: the screening values of gb15618_farmland.csv for other land at 5.5 &lt; pH ≤ 6.5 (default: the guideline's table; editable)</source>
            <translation>pollutant → standard (mg/kg); default: the screening values of gb15618_farmland.csv for other land at 5.5 &lt; pH ≤ 6.5 (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Unit index</source>
            <translation>Unit index</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Max Pi (default) or Nemerow</source>
            <translation>Max Pi (default) or Nemerow</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Units without a sample take the nearest</source>
            <translation>Units without a sample take the nearest</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Otherwise the unit is left NULL</source>
            <translation>Otherwise the unit is left NULL</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>SPI breaks</source>
            <translation>SPI breaks</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>index range → quality level (default: the guideline's table; editable)</source>
            <translation>index range → quality level (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil quality townships</source>
            <translation>Soil quality townships</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Input fields + soil_pi, soil (level 1–5, 5 best), soil_n, soil_nearest</source>
            <translation>Input fields + soil_pi, soil (level 1–5, 5 best), soil_n, soil_nearest</translation>
        </message>
    </context>
    <context>
        <name>StyleZones</name>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Style zones</source>
            <translation>Style zones</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Table 7 colours: I (240,60,0), II (0,200,50), III (240,240,90), IV (160,200,250), V (90,160,250) with a diagonal hatch, VI (30,120,230) with a grid hatch (table 8); zone codes as labels. The style is saved as QML (beside the output and to OUTPUT_QML) and applied when the layer is loaded.</source>
            <translation>Table 7 colours: I (240,60,0), II (0,200,50), III (240,240,90), IV (160,200,250), V (90,160,250) with a diagonal hatch, VI (30,120,230) with a grid hatch (table 8); zone codes as labels. The style is saved as QML (beside the output and to OUTPUT_QML) and applied when the layer is loaded.</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Table 8's pattern images are lost: diagonal = one 45° line-pattern fill, grid = two line-pattern fills at 0° and 90°, over the table 7 fill, 2 mm apart. The style's source is resources/styles/zones.qml (editable).</source>
            <translation>Table 8's pattern images are lost: diagonal = one 45° line-pattern fill, grid = two line-pattern fills at 0° and 90°, over the table 7 fill, 2 mm apart. The style's source is resources/styles/zones.qml (editable).</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Zone polygons (zone_type I…VI)</source>
            <translation>Zone polygons (zone_type I…VI)</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Zone type field</source>
            <translation>Zone type field</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Category field with the zone type (I…VI, default zone_type)</source>
            <translation>Category field with the zone type (I…VI, default zone_type)</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Label field</source>
            <translation>Label field</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Label field (default code; empty: no labels)</source>
            <translation>Label field (default code; empty: no labels)</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Styled zones</source>
            <translation>Styled zones</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>A copy of the zones with a sidecar .qml (also the default style inside a GeoPackage)</source>
            <translation>A copy of the zones with a sidecar .qml (also the default style inside a GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Style file (QML)</source>
            <translation>Style file (QML)</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Also save the style to this file (optional)</source>
            <translation>Also save the style to this file (optional)</translation>
        </message>
    </context>
    <context>
        <name>WaterConservation</name>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation importance</source>
            <translation>Water conservation importance</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Table 2-1: the type of the source area (urban water source, irrigation intake, flood storage) and the climate zone give the water-conservation importance level; cells in no source area are 1 (not important).</source>
            <translation>Table 2-1: the type of the source area (urban water source, irrigation intake, flood storage) and the climate zone give the water-conservation importance level; cells in no source area are 1 (not important).</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Words map to levels 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1 (level 4 only through user tables). Where source areas overlap the highest level wins.</source>
            <translation>Words map to levels 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1 (level 4 only through user tables). Where source areas overlap the highest level wins.</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Source areas</source>
            <translation>Source areas</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Source-area polygons (urban water source, irrigation intake, flood storage)</source>
            <translation>Source-area polygons (urban water source, irrigation intake, flood storage)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Type field</source>
            <translation>Type field</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Values 城市水源地 / 农灌取水区 / 洪水调蓄, or 1 / 2 / 3</source>
            <translation>Values 城市水源地 / 农灌取水区 / 洪水调蓄, or 1 / 2 / 3</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Climate zone</source>
            <translation>Climate zone</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Column of table 2-1: arid, semi-arid, semi-humid, humid (Zhejiang: humid)</source>
            <translation>Column of table 2-1: arid, semi-arid, semi-humid, humid (Zhejiang: humid)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Climate zone field</source>
            <translation>Climate zone field</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Optional per-feature climate zone (干旱/半干旱/半湿润/湿润 or arid … humid); overrides CLIMATE</source>
            <translation>Optional per-feature climate zone (干旱/半干旱/半湿润/湿润 or arid … humid); overrides CLIMATE</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Reference grid raster</source>
            <translation>Reference grid raster</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>The output takes its grid (e.g. the soil-erosion level raster) and its nodata; give REFERENCE or REGION</source>
            <translation>The output takes its grid (e.g. the soil-erosion level raster) and its nodata; give REFERENCE or REGION</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Optional region: the grid is its extent snapped to the cell size; outside is nodata</source>
            <translation>Optional region: the grid is its extent snapped to the cell size; outside is nodata</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Cell size (m)</source>
            <translation>Cell size (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Analysis cell size (default: the reference raster's; 30 m with a region only)</source>
            <translation>Analysis cell size (default: the reference raster's; 30 m with a region only)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation table (table 2-1)</source>
            <translation>Water conservation table (table 2-1)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation table (table 2-1) (default: the guideline's table; editable)</source>
            <translation>Water conservation table (table 2-1) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Importance words</source>
            <translation>Importance words</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation level</source>
            <translation>Water conservation level</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>Level 1–5 (Byte, nodata 0)</translation>
        </message>
    </context>
    <context>
        <name>WaterQuality</name>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Surface water quality level</source>
            <translation>Surface water quality level</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Each unit takes the monitoring sections inside it. Fewer than 5: the class of the mean concentrations against the GB 3838-2002 basic-item limits, then table 6-2 (I–II excellent 5, III good 4, IV slightly 3, V moderately 2, worse than V heavily polluted 1). 5 or more: the class-share rules of table 6-3, in the order written. A unit without a section takes the nearest one (water_nearest = 1).</source>
            <translation>Each unit takes the monitoring sections inside it. Fewer than 5: the class of the mean concentrations against the GB 3838-2002 basic-item limits, then table 6-2 (I–II excellent 5, III good 4, IV slightly 3, V moderately 2, worse than V heavily polluted 1). 5 or more: the class-share rules of table 6-3, in the order written. A unit without a section takes the nearest one (water_nearest = 1).</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Table 6-3's rows leave out exactly I–III = 60 % with worse-than-V = 40 %; it is graded heavily polluted, as its worse-than-V share says (row 6, editable). With fewer than 5 sections and only a class field: the mean class number rounded up (II and III → III). With both: fewer than 5 use mean concentrations, 5 or more use the class field (empty ones from the concentrations).</source>
            <translation>Table 6-3's rows leave out exactly I–III = 60 % with worse-than-V = 40 %; it is graded heavily polluted, as its worse-than-V share says (row 6, editable). With fewer than 5 sections and only a class field: the mean class number rounded up (II and III → III). With both: fewer than 5 use mean concentrations, 5 or more use the class field (empty ones from the concentrations).</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Units (townships)</source>
            <translation>Units (townships)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Township (or catchment) polygons</source>
            <translation>Township (or catchment) polygons</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Monitoring sections</source>
            <translation>Monitoring sections</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Surface-water monitoring sections (points)</source>
            <translation>Surface-water monitoring sections (points)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Water class field</source>
            <translation>Water class field</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Section class: I…V, 劣V (also Ⅰ…Ⅴ, 1…6)</source>
            <translation>Section class: I…V, 劣V (also Ⅰ…Ⅴ, 1…6)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Indicator fields</source>
            <translation>Indicator fields</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Indicator concentration fields (mg/L) named as the limit table's item or Chinese name, e.g. do, codmn, cod, bod5, nh3n, tp, tn</source>
            <translation>Indicator concentration fields (mg/L) named as the limit table's item or Chinese name, e.g. do, codmn, cod, bod5, nh3n, tp, tn</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Units without a section take the nearest</source>
            <translation>Units without a section take the nearest</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Otherwise the unit is left NULL</source>
            <translation>Otherwise the unit is left NULL</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>GB 3838-2002 limits</source>
            <translation>GB 3838-2002 limits</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Basic-item limits (min = at least, e.g. DO; max = at most) (default: the guideline's table; editable)</source>
            <translation>Basic-item limits (min = at least, e.g. DO; max = at most) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Table 6-2 class → status</source>
            <translation>Table 6-2 class → status</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>class → status and quality level (default: the guideline's table; editable)</source>
            <translation>class → status and quality level (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Table 6-3 share rules</source>
            <translation>Table 6-3 share rules</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>The first row with min ≤ share &lt; max (percent) wins (default: the guideline's table; editable)</source>
            <translation>The first row with min ≤ share &lt; max (percent) wins (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Water quality units</source>
            <translation>Water quality units</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Input fields + water (level 1–5, 5 best), water_class, water_n, water_rule, water_i3 (% I–III), water_w5 (% worse than V), water_nearest</source>
            <translation>Input fields + water (level 1–5, 5 best), water_class, water_n, water_rule, water_i3 (% I–III), water_w5 (% worse than V), water_nearest</translation>
        </message>
    </context>
    <context>
        <name>WaterUnits</name>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Surface-water control units</source>
            <translation>Surface-water control units</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Tiles the region with the catchments of the monitoring sections: flow directions (depression filling + D8) and each section's catchment from a DEM (the upstream sections' catchments cut out of the downstream ones, nested), or the CATCHMENTS given. Class: target II or better (drinking water, sources) → priority (1); current worse than target, or industrial/urban sources → key (2); else general (3); inside drinking-water source areas priority. The output is an element-zone layer (element=water, class, rule) for controlunits.</source>
            <translation>Tiles the region with the catchments of the monitoring sections: flow directions (depression filling + D8) and each section's catchment from a DEM (the upstream sections' catchments cut out of the downstream ones, nested), or the CATCHMENTS given. Class: target II or better (drinking water, sources) → priority (1); current worse than target, or industrial/urban sources → key (2); else general (3); inside drinking-water source areas priority. The output is an element-zone layer (element=water, class, rule) for controlunits.</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>A section snaps to the cell of largest flow accumulation within SNAP_DISTANCE; land that drains through no section is a general unit without section; parts below MIN_AREA join the neighbour with the longest shared border; with CATCHMENTS each polygon belongs to the section inside it and larger catchments lose the smaller ones inside them (nesting).</source>
            <translation>A section snaps to the cell of largest flow accumulation within SNAP_DISTANCE; land that drains through no section is a general unit without section; parts below MIN_AREA join the neighbour with the longest shared border; with CATCHMENTS each polygon belongs to the section inside it and larger catchments lose the smaller ones inside them (nesting).</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Monitoring sections</source>
            <translation>Monitoring sections</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Section points (name, target, current class)</source>
            <translation>Section points (name, target, current class)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Section name field</source>
            <translation>Section name field</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Section name field (name)</source>
            <translation>Section name field (name)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Target class field</source>
            <translation>Target class field</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Target class (I…V); empty: TARGET</source>
            <translation>Target class (I…V); empty: TARGET</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Default target class</source>
            <translation>Default target class</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Target where no field gives one (III)</source>
            <translation>Target where no field gives one (III)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Current class field</source>
            <translation>Current class field</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Current class (I…V, 劣V) field (class)</source>
            <translation>Current class (I…V, 劣V) field (class)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>For flow directions and catchments (required without CATCHMENTS)</source>
            <translation>For flow directions and catchments (required without CATCHMENTS)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Catchments</source>
            <translation>Catchments</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Optional section catchments (one section inside each); then the DEM is not used</source>
            <translation>Optional section catchments (one section inside each); then the DEM is not used</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>County boundary: units tile it</source>
            <translation>County boundary: units tile it</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Drinking-water source areas</source>
            <translation>Drinking-water source areas</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Optional: priority wherever they lie</source>
            <translation>Optional: priority wherever they lie</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Industrial / urban sources</source>
            <translation>Industrial / urban sources</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Optional industrial parks, built-up areas or outfalls: their units are key</source>
            <translation>Optional industrial parks, built-up areas or outfalls: their units are key</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Snap distance (m)</source>
            <translation>Snap distance (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Sections snap to the largest flow accumulation within this distance (300 m)</source>
            <translation>Sections snap to the largest flow accumulation within this distance (300 m)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Minimum part area (km²)</source>
            <translation>Minimum part area (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Parts below this join the longest-border neighbour (0.5)</source>
            <translation>Parts below this join the longest-border neighbour (0.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Water control units</source>
            <translation>Water control units</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Fields section, target, current, exceed, class (1/2/3), kind, element, rule, clause</source>
            <translation>Fields section, target, current, exceed, class (1/2/3), kind, element, rule, clause</translation>
        </message>
    </context>
    <context>
        <name>ZoneTargets</name>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Zone targets, measures and negative lists</source>
            <translation>Zone targets, measures and negative lists</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Attaches by zone type/subtype the main function (Z 4.2), environmental quality targets and overall control measures (table 5), ecological targets (Z 5.1) and the negative list (table 5 measures + table 6 industry catalogue); an optional local table keyed by zone code appends stricter items marked 地方. One item per line, prefixed with its table number.</source>
            <translation>Attaches by zone type/subtype the main function (Z 4.2), environmental quality targets and overall control measures (table 5), ecological targets (Z 5.1) and the negative list (table 5 measures + table 6 industry catalogue); an optional local table keyed by zone code appends stricter items marked 地方. One item per line, prefixed with its table number.</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Table 5 has no ecological-target column: the indicators of Z 5.1 are used (I, II: public-welfare forest, stand structure, water area, biodiversity, protected species; III: water area; IV–VI: green space, water area) 'kept stable'. The reading of table 5 into negative lists is documented in core/tables/zoning_tables.md (e.g. class-2 industry in III is restricted). VI zones in source counties (by ADMIN_CODE, else 33 + the code prefix) prohibit class-3 industry.</source>
            <translation>Table 5 has no ecological-target column: the indicators of Z 5.1 are used (I, II: public-welfare forest, stand structure, water area, biodiversity, protected species; III: water area; IV–VI: green space, water area) 'kept stable'. The reading of table 5 into negative lists is documented in core/tables/zoning_tables.md (e.g. class-2 industry in III is restricted). VI zones in source counties (by ADMIN_CODE, else 33 + the code prefix) prohibit class-3 industry.</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Named zones</source>
            <translation>Named zones</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Zone polygons (zone_type, subtype; code when a local table is given — the output of namezones)</source>
            <translation>Zone polygons (zone_type, subtype; code when a local table is given — the output of namezones)</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Local additions (CSV)</source>
            <translation>Local additions (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Optional CSV with columns code (zone code), kind (function, env_target, eco_target, measure, negative), text and optionally ref; appended, marked 地方</source>
            <translation>Optional CSV with columns code (zone code), kind (function, env_target, eco_target, measure, negative), text and optionally ref; appended, marked 地方</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Admin code (6 digits)</source>
            <translation>Admin code (6 digits)</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Tells whether the region is a source county (table 5, VI measure 1); by default 33 + the prefix of the zone codes</source>
            <translation>Tells whether the region is a source county (table 5, VI measure 1); by default 33 + the prefix of the zone codes</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Targets and measures</source>
            <translation>Targets and measures</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Table 5 (and Z 4.2, 5.1), item by item (default: the guideline's table; editable)</source>
            <translation>Table 5 (and Z 4.2, 5.1), item by item (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Negative lists</source>
            <translation>Negative lists</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Prohibited/restricted industry classes, items and activities by type (default: the guideline's table; editable)</source>
            <translation>Prohibited/restricted industry classes, items and activities by type (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Industry catalogue</source>
            <translation>Industry catalogue</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Table 6 (default: the guideline's table; editable)</source>
            <translation>Table 6 (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Zones with targets</source>
            <translation>Zones with targets</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Input fields + main_function, env_target, eco_target, measures, negative_list</source>
            <translation>Input fields + main_function, env_target, eco_target, measures, negative_list</translation>
        </message>
    </context>
    <context>
        <name>Zoning</name>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Environmental function zoning</source>
            <translation>Environmental function zoning</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Assigns each cell of the analysis grid the first rule of the rule table that holds (six zone types and their subtypes), then polygonizes the zones and fits them exactly to the region (no gaps, no overlaps). The rule table is an editable data file; conditions are a small whitelisted expression language, never executed.</source>
            <translation>Assigns each cell of the analysis grid the first rule of the rule table that holds (six zone types and their subtypes), then polygonizes the zones and fits them exactly to the region (no gaps, no overlaps). The rule table is an editable data file; conditions are a small whitelisted expression language, never executed.</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Rules 1–9 are the plugin's convention, corrected by Z 4.2.1, 4.3.2 and 4.3.4 (decision 16). A role whose layer is not given, or has no data, is 0. Overlapping protected areas: nature reserve &gt; scenic area &gt; forest park &gt; geopark &gt; water source &gt; red line; overlapping planning polygons: the priority column of the role table roles.csv, by default basic farmland &gt; existing industry &gt; urban &gt; aquaculture &gt; no-build area &gt; prohibited-access area &gt; planned industry &gt; built-up &gt; build-suitable &gt; restricted-build &gt; restricted-access &gt; optimised-access &gt; key-access area (permanent basic farmland cannot be built on: where planned industry overlaps it, it is basic farmland, III-1). Rule order (Z 4.3.2): basic farmland (rule 7) → III-1; planned industrial land with P1 &lt;= 2 outside key ecological counties (rule 8) → VI-0; other concentrated cropland and garden land (rule 7, after rule 8) → III-1, so planned industrial land on today's cropland is VI. Level-5 riparian zones and the coastal hazard zone → I-6 (after rules 3 and 4: existing built land stays V / IV); other riparian zones → II-4. No-build and prohibited-access areas → I-6; built-up and build-suitable areas → IV-0 (edit to V or VI); optimised-access → V-0; key-access as rule 8 → VI-0; cropland and garden land of restricted-build and restricted-access areas → III-1, the rest → II-4. Rule 6 leaves planned aquaculture water to rule 7 (III-2). Rule 5: the importance dominant factor comes first; sensitivity &gt;= 4 outside riparian/coastal zones (or dominated by soil erosion) gives II-2. Rule 9's 'majority neighbour' is the placeholder NEIGHBOUR, resolved by mergezones; cells no rule matches are NEIGHBOUR too (rule 0). Vector layers are burnt by cell centre: boundaries are kept within one cell.</source>
            <translation>Rules 1–9 are the plugin's convention, corrected by Z 4.2.1, 4.3.2 and 4.3.4 (decision 16). A role whose layer is not given, or has no data, is 0. Overlapping protected areas: nature reserve &gt; scenic area &gt; forest park &gt; geopark &gt; water source &gt; red line; overlapping planning polygons: the priority column of the role table roles.csv, by default basic farmland &gt; existing industry &gt; urban &gt; aquaculture &gt; no-build area &gt; prohibited-access area &gt; planned industry &gt; built-up &gt; build-suitable &gt; restricted-build &gt; restricted-access &gt; optimised-access &gt; key-access area (permanent basic farmland cannot be built on: where planned industry overlaps it, it is basic farmland, III-1). Rule order (Z 4.3.2): basic farmland (rule 7) → III-1; planned industrial land with P1 &lt;= 2 outside key ecological counties (rule 8) → VI-0; other concentrated cropland and garden land (rule 7, after rule 8) → III-1, so planned industrial land on today's cropland is VI. Level-5 riparian zones and the coastal hazard zone → I-6 (after rules 3 and 4: existing built land stays V / IV); other riparian zones → II-4. No-build and prohibited-access areas → I-6; built-up and build-suitable areas → IV-0 (edit to V or VI); optimised-access → V-0; key-access as rule 8 → VI-0; cropland and garden land of restricted-build and restricted-access areas → III-1, the rest → II-4. Rule 6 leaves planned aquaculture water to rule 7 (III-2). Rule 5: the importance dominant factor comes first; sensitivity &gt;= 4 outside riparian/coastal zones (or dominated by soil erosion) gives II-2. Rule 9's 'majority neighbour' is the placeholder NEIGHBOUR, resolved by mergezones; cells no rule matches are NEIGHBOUR too (rule 0). Vector layers are burnt by cell centre: boundaries are kept within one cell.</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Region boundary (county or city); the analysis grid is its extent snapped to the cell size</source>
            <translation>Region boundary (county or city); the analysis grid is its extent snapped to the cell size</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Rule table (CSV)</source>
            <translation>Rule table (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Columns rule, condition, zone_type, subtype, note_zh, note_en; empty = the shipped default rules 1–9 (core/tables/zoning_rules.csv)</source>
            <translation>Columns rule, condition, zone_type, subtype, note_zh, note_en; empty = the shipped default rules 1–9 (core/tables/zoning_rules.csv)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Cell size (m)</source>
            <translation>Cell size (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Analysis cell size (m, default 30)</source>
            <translation>Analysis cell size (m, default 30)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Protected areas</source>
            <translation>Protected areas</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Legal protected areas (rule 1 → I-1…I-6)</source>
            <translation>Legal protected areas (rule 1 → I-1…I-6)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Protected-area role field</source>
            <translation>Protected-area role field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Values nature_reserve / scenic_area / forest_park / geopark / water_source_protection / redline, their Chinese names, or 1–6</source>
            <translation>Values nature_reserve / scenic_area / forest_park / geopark / water_source_protection / redline, their Chinese names, or 1–6</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Sensitivity level</source>
            <translation>Sensitivity level</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Sensitivity level raster from ecosensitivity (1–5; role sens)</source>
            <translation>Sensitivity level raster from ecosensitivity (1–5; role sens)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Sensitivity dominant factor</source>
            <translation>Sensitivity dominant factor</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>1 soil erosion 2 riparian 3 coastal 4 marine (role dominant_sens)</source>
            <translation>1 soil erosion 2 riparian 3 coastal 4 marine (role dominant_sens)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Importance level</source>
            <translation>Importance level</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Importance level raster from ecoimportance (1–5; role imp)</source>
            <translation>Importance level raster from ecoimportance (1–5; role imp)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Importance dominant factor</source>
            <translation>Importance dominant factor</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>1 water conservation 2 soil conservation 3 biodiversity 4 flood regulation (role dominant_imp, rule 5)</source>
            <translation>1 water conservation 2 soil conservation 3 biodiversity 4 flood regulation (role dominant_imp, rule 5)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>P1 grid</source>
            <translation>P1 grid</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>The p1 grid (field p1; also sens, imp when those rasters are not given); without it p1 = max(sens, imp) per cell</source>
            <translation>The p1 grid (field p1; also sens, imp when those rasters are not given); without it p1 = max(sens, imp) per cell</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Composite index grid</source>
            <translation>Composite index grid</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>compositeindex output (field a_class 1–5, 5 high; rule 9)</source>
            <translation>compositeindex output (field a_class 1–5, 5 high; rule 9)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Townships (P2)</source>
            <translation>Townships (P2)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>p2 output (fields pop_grade, eco_grade; rule 2)</source>
            <translation>p2 output (fields pop_grade, eco_grade; rule 2)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>P1 field</source>
            <translation>P1 field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>P1 field (default p1)</source>
            <translation>P1 field (default p1)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>A class field</source>
            <translation>A class field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>A class field (default a_class)</source>
            <translation>A class field (default a_class)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Population grade field</source>
            <translation>Population grade field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Population grade field (default pop_grade)</source>
            <translation>Population grade field (default pop_grade)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Economic grade field</source>
            <translation>Economic grade field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Economic grade field (default eco_grade)</source>
            <translation>Economic grade field (default eco_grade)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Land cover</source>
            <translation>Land cover</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Land-cover class raster (mapped by LANDCOVER_ROLES to forest/water/…; rules 6, 7)</source>
            <translation>Land-cover class raster (mapped by LANDCOVER_ROLES to forest/water/…; rules 6, 7)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Land-cover roles</source>
            <translation>Land-cover roles</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>cover code → role (default: CLCD) (default: the guideline's table; editable)</source>
            <translation>cover code → role (default: CLCD) (default: the guideline's table; editable)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Planning polygons</source>
            <translation>Planning polygons</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Existing/planned industrial land, urban land, basic farmland, aquaculture (rules 3, 4, 7, 8)</source>
            <translation>Existing/planned industrial land, urban land, basic farmland, aquaculture (rules 3, 4, 7, 8)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Planning role field</source>
            <translation>Planning role field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Values of the role table core/tables/roles.csv (group planning): industrial_existing, industrial_planned, urban, farmland, aquaculture, construction_prohibited/restricted/suitable/built, eco_prohibited/restricted/optimised/key, their Chinese names or codes</source>
            <translation>Values of the role table core/tables/roles.csv (group planning): industrial_existing, industrial_planned, urban, farmland, aquaculture, construction_prohibited/restricted/suitable/built, eco_prohibited/restricted/optimised/key, their Chinese names or codes</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Riparian zones</source>
            <translation>Riparian zones</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>riparianzone output (its level field if present, else 1; level 5 → I-6, others → II-4)</source>
            <translation>riparianzone output (its level field if present, else 1; level 5 → I-6, others → II-4)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Coastal zones</source>
            <translation>Coastal zones</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>coastalhazardzone output (its level field if present, else 1; → I-6)</source>
            <translation>coastalhazardzone output (its level field if present, else 1; → I-6)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Key ecological county</source>
            <translation>Key ecological county</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>A county listed in Z 4.6.2: no key-access (VI) zones (rule 8)</source>
            <translation>A county listed in Z 4.6.2: no key-access (VI) zones (rule 8)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Zone polygons (zone_type, subtype, rule, area_km2), fitted exactly to the region</source>
            <translation>Zone polygons (zone_type, subtype, rule, area_km2), fitted exactly to the region</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Zone raster</source>
            <translation>Zone raster</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Subtype codes: type index × 10 + digit (I-1 = 11 … VI-0 = 60, NEIGHBOUR = 99, 0 nodata)</source>
            <translation>Subtype codes: type index × 10 + digit (I-1 = 11 … VI-0 = 60, NEIGHBOUR = 99, 0 nodata)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Area summary</source>
            <translation>Area summary</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Area (km²) and share by type / subtype</source>
            <translation>Area (km²) and share by type / subtype</translation>
        </message>
    </context>
    <context>
        <name>ZoningMaps</name>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zoning maps</source>
            <translation>Zoning maps</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Builds the county zoning map (A3) and one map per township (A4 atlas) from the print-layout templates in resources/layouts/: title, legend, scale bar, north arrow, lon/lat ticks, county and township boundaries, water, zone-code labels and a map-review-number placeholder; exported to PDF and PNG (~150 dpi).</source>
            <translation>Builds the county zoning map (A3) and one map per township (A4 atlas) from the print-layout templates in resources/layouts/: title, legend, scale bar, north arrow, lon/lat ticks, county and township boundaries, water, zone-code labels and a map-review-number placeholder; exported to PDF and PNG (~150 dpi).</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>The county map is A3 landscape, township maps A4 portrait (Z 7.1); outside the current township the map is faded with translucent white. The templates can be edited in the layout designer (items found by id: map, title, legend, scale_bar, north_arrow, review_no).</source>
            <translation>The county map is A3 landscape, township maps A4 portrait (Z 7.1); outside the current township the map is faded with translucent white. The templates can be edited in the layout designer (items found by id: map, title, legend, scale_bar, north_arrow, review_no).</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone polygons (zone_type I…VI, code)</source>
            <translation>Zone polygons (zone_type I…VI, code)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>The county boundary</source>
            <translation>The county boundary</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township boundaries (one A4 map each)</source>
            <translation>Township boundaries (one A4 map each)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township name field</source>
            <translation>Township name field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township name field (atlas titles and labels, default name)</source>
            <translation>Township name field (atlas titles and labels, default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Rivers</source>
            <translation>Rivers</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Rivers (lines) or water bodies (polygons), optional</source>
            <translation>Rivers (lines) or water bodies (polygons), optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>River name field</source>
            <translation>River name field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>River label field (default name; empty: no labels)</source>
            <translation>River label field (default name; empty: no labels)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Lakes and reservoirs</source>
            <translation>Lakes and reservoirs</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Lakes and reservoirs (polygons, labelled by a name field), optional</source>
            <translation>Lakes and reservoirs (polygons, labelled by a name field), optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Roads</source>
            <translation>Roads</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Roads (lines) for the base map, optional</source>
            <translation>Roads (lines) for the base map, optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Settlements</source>
            <translation>Settlements</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Settlements (points, labelled by a name field), optional</source>
            <translation>Settlements (points, labelled by a name field), optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem sensitivity levels</source>
            <translation>Ecosystem sensitivity levels</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem sensitivity levels: an A4 evaluation map evaluation_sensitivity.pdf/.png with a level legend, optional</source>
            <translation>Ecosystem sensitivity levels: an A4 evaluation map evaluation_sensitivity.pdf/.png with a level legend, optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem importance levels</source>
            <translation>Ecosystem importance levels</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem importance levels: an A4 evaluation map evaluation_importance.pdf/.png with a level legend, optional</source>
            <translation>Ecosystem importance levels: an A4 evaluation map evaluation_importance.pdf/.png with a level legend, optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>P1 grid</source>
            <translation>P1 grid</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>P1 grid: an A4 evaluation map evaluation_p1.pdf/.png with a level legend, optional</source>
            <translation>P1 grid: an A4 evaluation map evaluation_p1.pdf/.png with a level legend, optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Composite index grid (A)</source>
            <translation>Composite index grid (A)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Composite index grid (A): an A4 evaluation map evaluation_composite.pdf/.png with a level legend, optional</source>
            <translation>Composite index grid (A): an A4 evaluation map evaluation_composite.pdf/.png with a level legend, optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Townships with P2 and K</source>
            <translation>Townships with P2 and K</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Townships with p2 and k (the k output): A4 evaluation maps evaluation_p2.pdf/.png and evaluation_k.pdf/.png (townships filled by value, with a legend), optional</source>
            <translation>Townships with p2 and k (the k output): A4 evaluation maps evaluation_p2.pdf/.png and evaluation_k.pdf/.png (townships filled by value, with a legend), optional</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Satellite imagery</source>
            <translation>Satellite imagery</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Satellite imagery raster (e.g. GeoTIFF): writes the satellite map satellite_a3.pdf/.png (mandatory in Z 7.3)</source>
            <translation>Satellite imagery raster (e.g. GeoTIFF): writes the satellite map satellite_a3.pdf/.png (mandatory in Z 7.3)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Imagery XYZ/WMTS source</source>
            <translation>Imagery XYZ/WMTS source</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Without an imagery raster: an XYZ tile URL (https://…/{z}/{x}/{y}.png) or a full QGIS WMS/WMTS source string (with url= and layers=)</source>
            <translation>Without an imagery raster: an XYZ tile URL (https://…/{z}/{x}/{y}.png) or a full QGIS WMS/WMTS source string (with url= and layers=)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Map title, e.g. 仙居县环境功能区划图; township maps get county + township + 环境功能区划图</source>
            <translation>Map title, e.g. 仙居县环境功能区划图; township maps get county + township + 环境功能区划图</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone type field</source>
            <translation>Zone type field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone type field (I…VI)</source>
            <translation>Zone type field (I…VI)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone label field</source>
            <translation>Zone label field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone label field (default code; empty: no labels)</source>
            <translation>Zone label field (default code; empty: no labels)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>PNG resolution (dpi)</source>
            <translation>PNG resolution (dpi)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>PNG resolution (default 150)</source>
            <translation>PNG resolution (default 150)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township maps also as PNG</source>
            <translation>Township maps also as PNG</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Also write one PNG per township</source>
            <translation>Also write one PNG per township</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Output folder</source>
            <translation>Output folder</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Folder for zoning_map_a3.pdf/.png, township_atlas_a4.pdf, townships/*.png</source>
            <translation>Folder for zoning_map_a3.pdf/.png, township_atlas_a4.pdf, townships/*.png</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zoning map (PDF)</source>
            <translation>Zoning map (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Optional: path of the A3 map PDF</source>
            <translation>Optional: path of the A3 map PDF</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zoning map (PNG)</source>
            <translation>Zoning map (PNG)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Optional: path of the A3 map PNG</source>
            <translation>Optional: path of the A3 map PNG</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township atlas (PDF)</source>
            <translation>Township atlas (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Optional: path of the township atlas PDF</source>
            <translation>Optional: path of the township atlas PDF</translation>
        </message>
    </context>
    <context>
        <name>ZoningText</name>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zoning text and explanation (DOCX drafts)</source>
            <translation>Zoning text and explanation (DOCX drafts)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Word drafts of the zoning text (annex 3 outline) and the explanation (annex 4): cover, table of contents (a TOC field), chapters; the areas and shares by type and subtype, by township and type, the evaluation results by level, each zone's overview and the Z 4.6 checks are computed from this run and filled in, the zoning map inserted; paragraphs only the author can write are yellow 【待编写：…】 placeholders. Formats of Z 7.1 (28 pt SimSun bold cover title, 18 pt KaiTi bold date, 16 pt SimHei centred 目录, headings 16 pt SimHei / 15 pt and 14 pt SimSun bold, body 14 pt SimSun, 1.5 lines, 3 pt around headings, centred tables and figures).</source>
            <translation>Word drafts of the zoning text (annex 3 outline) and the explanation (annex 4): cover, table of contents (a TOC field), chapters; the areas and shares by type and subtype, by township and type, the evaluation results by level, each zone's overview and the Z 4.6 checks are computed from this run and filled in, the zoning map inserted; paragraphs only the author can write are yellow 【待编写：…】 placeholders. Formats of Z 7.1 (28 pt SimSun bold cover title, 18 pt KaiTi bold date, 16 pt SimHei centred 目录, headings 16 pt SimHei / 15 pt and 14 pt SimSun bold, body 14 pt SimSun, 1.5 lines, 3 pt around headings, centred tables and figures).</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Annex 4 numbers 7.2 twice: the explanation numbers 7.1–7.4. Each type's targets and measures are the most common texts among its zones; clause references (表5, Z 4.2 …) stay out of the prose.</source>
            <translation>Annex 4 numbers 7.2 twice: the explanation numbers 7.1–7.4. Each type's targets and measures are the most common texts among its zones; clause references (表5, Z 4.2 …) stay out of the prose.</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Named zones (output of namezones / zonetargets: code, name, zone_type, area_km2, main_function, env_target, eco_target, measures, negative_list)</source>
            <translation>Named zones (output of namezones / zonetargets: code, name, zone_type, area_km2, main_function, env_target, eco_target, measures, negative_list)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Code field</source>
            <translation>Code field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone code field (default code)</source>
            <translation>Zone code field (default code)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Name field</source>
            <translation>Name field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone name field (default name)</source>
            <translation>Zone name field (default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone type field</source>
            <translation>Zone type field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone type field (I…VI, default zone_type)</source>
            <translation>Zone type field (I…VI, default zone_type)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Townships</source>
            <translation>Townships</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Township boundaries, for the location (the townships a zone lies in, with shares)</source>
            <translation>Township boundaries, for the location (the townships a zone lies in, with shares)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Township name field</source>
            <translation>Township name field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Township name field (default name)</source>
            <translation>Township name field (default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Rivers</source>
            <translation>Rivers</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Rivers (lines or polygons), for the rivers crossing each zone</source>
            <translation>Rivers (lines or polygons), for the rivers crossing each zone</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>River name field</source>
            <translation>River name field</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>River name field (default name)</source>
            <translation>River name field (default name)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>County boundary: the overview says where in the county a zone lies (default: the extent of all zones)</source>
            <translation>County boundary: the overview says where in the county a zone lies (default: the extent of all zones)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Region name</source>
            <translation>Region name</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>County name, e.g. 仙居县 (default: the title's part before 环境功能区划)</source>
            <translation>County name, e.g. 仙居县 (default: the title's part before 环境功能区划)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Key turning points per zone</source>
            <translation>Key turning points per zone</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Maximum number of key turning points listed per zone (default 8)</source>
            <translation>Maximum number of key turning points listed per zone (default 8)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Title of the register, e.g. 仙居县环境功能区划登记表</source>
            <translation>Title of the register, e.g. 仙居县环境功能区划登记表</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Register (DOCX)</source>
            <translation>Register (DOCX)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Word register (needs python-docx)</source>
            <translation>Word register (needs python-docx)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Register (XLSX)</source>
            <translation>Register (XLSX)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Excel register (GDAL's XLSX driver)</source>
            <translation>Excel register (GDAL's XLSX driver)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Register (CSV)</source>
            <translation>Register (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>CSV register (UTF-8 with BOM, opens in Excel)</source>
            <translation>CSV register (UTF-8 with BOM, opens in Excel)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Cover date (default: this month, e.g. 2026年12月)</source>
            <translation>Cover date (default: this month, e.g. 2026年12月)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Authoring institute on the cover</source>
            <translation>Authoring institute on the cover</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Checks (checkzoning CSV)</source>
            <translation>Checks (checkzoning CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>The CSV written by checkzoning (Z 4.5, 4.6 checks)</source>
            <translation>The CSV written by checkzoning (Z 4.5, 4.6 checks)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Sensitivity level</source>
            <translation>Sensitivity level</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Sensitivity level raster (1–5) from ecosensitivity</source>
            <translation>Sensitivity level raster (1–5) from ecosensitivity</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Importance level</source>
            <translation>Importance level</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Importance level raster (1–5) from ecoimportance</source>
            <translation>Importance level raster (1–5) from ecoimportance</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>P1 grid</source>
            <translation>P1 grid</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>P1 grid (field p1, 1–5)</source>
            <translation>P1 grid (field p1, 1–5)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Townships with P2 and K</source>
            <translation>Townships with P2 and K</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Townships from p2 / k (fields p2, k)</source>
            <translation>Townships from p2 / k (fields p2, k)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Composite grid</source>
            <translation>Composite grid</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>compositeindex output (field a_class, 1–5)</source>
            <translation>compositeindex output (field a_class, 1–5)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Maps folder (zoningmaps)</source>
            <translation>Maps folder (zoningmaps)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>zoningmaps' output folder (zoning_map_a3.png and townships/*.png are inserted)</source>
            <translation>zoningmaps' output folder (zoning_map_a3.png and townships/*.png are inserted)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zoning text (DOCX)</source>
            <translation>Zoning text (DOCX)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Draft zoning text (annex 3 outline)</source>
            <translation>Draft zoning text (annex 3 outline)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zoning explanation (DOCX)</source>
            <translation>Zoning explanation (DOCX)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Draft zoning explanation (annex 4 outline)</source>
            <translation>Draft zoning explanation (annex 4 outline)</translation>
        </message>
    </context>
</TS>
