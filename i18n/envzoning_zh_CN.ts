<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccessList</name>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Access list</source>
            <translation>生态环境准入清单</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Integrates each unit's access list from the requirement table by the unit's class and the element zones it overlaps (the zones field of controlunits), in four dimensions (spatial layout, pollutant discharge, environmental risk, resource efficiency); duplicates and items of the overall list are left out. Outputs the units with the four fields, DOCX and XLSX.</source>
            <translation>按单元分类和单元所涉要素管控分区（controlunits 输出的 zones 字段），从准入要求表集成每个单元的准入清单，分空间布局约束、污染物排放管控、环境风险防控、资源开发效率要求四个维度；去重，总体清单已有的条目不再列入。输出带四个维度字段的单元图层、DOCX 和 XLSX。</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Unit-class items first, then element-zone items in table order; duplicates are compared on the text ignoring spaces, full/half width, numbering and end punctuation. The shipped requirement table holds stand-in items paraphrasing N 5.7–5.11: replace them with the local requirements. When the units carry the data-standard fields KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ (controlunits), they are rewritten with this list.</source>
            <translation>先列单元类别条目，再按表序列要素分区条目；去重按文本比较（忽略空格、全半角、编号和句末标点）。随插件提供的准入要求表为示例条目（据 N 5.7–5.11 的要求改写），实际编制时请替换为地方管理要求。输入单元带数据规范字段 KJBJYS、WRWPFGK、HJFXFK、ZYKFXLYQ（controlunits 输出）时，以本次清单重写这四个字段。</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Control units</source>
            <translation>管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Output of controlunits (unit_class or ZHGKDYFL; the zones field lists the element zones)</source>
            <translation>controlunits 的输出（unit_class 或 ZHGKDYFL；zones 字段列出所涉要素分区）</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Requirement table</source>
            <translation>准入要求表</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>element 'unit' attaches to the unit class, otherwise to element zones (and class, rule); dimension is one of the four (default: the guideline's table; editable)</source>
            <translation>element=unit 时按单元类别，否则按要素（及类别、规则）挂接；dimension 为四个维度之一（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Requirement table file (CSV)</source>
            <translation>准入要求表文件 (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Optional CSV with the same columns; replaces REQUIREMENTS when given</source>
            <translation>可选：与准入要求表同列的 CSV 文件，给出时取代 REQUIREMENTS</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Overall list (CSV)</source>
            <translation>总体准入清单 (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Optional overall (county-wide) list, column item (dimension optional); its items are left out of the unit lists</source>
            <translation>可选：全省/全市/全县总体准入清单，item 列（可有 dimension 列）；其中条目不再列入单元清单</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Units with access list</source>
            <translation>单元准入清单图层</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Units plus the four fields space_layout, emission_control, risk_control, resource_efficiency (one item per line)</source>
            <translation>单元加四个维度字段 space_layout、emission_control、risk_control、resource_efficiency（每行一条）</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Access list (DOCX)</source>
            <translation>准入清单 DOCX</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>One table per unit (python-docx)</source>
            <translation>每个单元一张表（python-docx）</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>Access list (XLSX)</source>
            <translation>准入清单 XLSX</translation>
        </message>
        <message>
            <location filename="../algorithms/accesslist.py" />
            <source>One row per unit (GDAL's XLSX driver)</source>
            <translation>每个单元一行（GDAL XLSX 驱动）</translation>
        </message>
    </context>
    <context>
        <name>AirQuality</name>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air quality level</source>
            <translation>大气环境质量</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Station SO2, NO2, PM10 concentrations → sub-indices by piecewise-linear interpolation on the API breakpoint table, API = max (or an API field). Table 6-1: ≤50 excellent 5, 51–100 good 4, 101–150 and 151–200 slightly/lightly polluted 3, 201–300 moderately 2, &gt;300 heavily 1. An AQI field, or PM2.5/O3/CO concentrations, by HJ 633-2012: ≤50 5, 51–100 4, 101–150 3, 151–200 2, 201–300 1, &gt;300 1. A township takes the stations inside it; one without a station takes the nearest (air_nearest = 1).</source>
            <translation>监测站 SO2、NO2、PM10 浓度按 API 分段点表线性插值得分指数，API = 最大分指数（或直接给 API 字段）；按表6-1 分级：≤50 优 5，51–100 良好 4，101–150 轻微污染 3，151–200 轻度污染 3，201–300 中度污染 2，&gt;300 重度污染 1。AQI 字段或 PM2.5/O3/CO 浓度按 HJ 633-2012：≤50 优 5，51–100 良 4，101–150 轻度 3，151–200 中度 2，201–300 重度 1，&gt;300 严重 1。镇（乡）取其内站点；无站点的取最近站点并标记 air_nearest = 1。</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>The six classes of table 6-1 map to quality levels 5,4,3,3,2,1 (5 best). Default breakpoints: the GB 3095-era daily API table (mg/m³, PM10 for particulates); concentrations above the table give API 500. Several stations in a township: by default the API of their mean concentrations (the mean API when an API field is given); options: mean API, worst station. With PM2.5, O3 or CO fields the AQI of HJ 633-2012 is computed (IAQI breakpoints of 24-h means, O3 8-h; rounded up), and an AQI field is graded by HJ 633-2012: excellent 5, good 4, light 3, moderate 2, heavy 1, severe 1. The breakpoints, not the data, are converted between units, so whole-number concentrations on a break grade as the table says (NO2 = 565 µg/m³ is API 300).</source>
            <translation>表6-1 六级对应质量等级 5,4,3,3,2,1（5 最好）。默认 API 分段点为 GB 3095 时期日报 API 表（mg/m³，颗粒物取 PM10），超过 500 的浓度记 500。站点内多个站点：默认取浓度平均后的 API（给 API 字段时取 API 平均），可改为 API 平均或最差站点。给出 PM2.5、O3 或 CO 字段时按 HJ 633-2012 的 IAQI 分段点（24 小时均值，O3 为 8 小时）计算 AQI（进位取整），AQI 字段也按 HJ 633-2012 分级：优 5、良 4、轻度 3、中度 2、重度 1、严重 1。浓度不做单位换算，而是换算分段点，整数浓度恰在分段点上时按表归档（如 NO2 = 565 μg/m³ 为 API 300）。</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Townships</source>
            <translation>镇（乡）评价单元</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>镇（乡）面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air monitoring stations</source>
            <translation>大气监测站点</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air monitoring stations (points)</source>
            <translation>大气监测站点（点）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>SO2 field</source>
            <translation>SO2 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>SO2 concentration (annual or period mean; unit: UNIT)</source>
            <translation>SO2 浓度（年均或评价期均值；单位见 UNIT）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>NO2 field</source>
            <translation>NO2 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>NO2 concentration (annual or period mean; unit: UNIT)</source>
            <translation>NO2 浓度（年均或评价期均值；单位见 UNIT）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM10 field</source>
            <translation>PM10 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM10 concentration (annual or period mean; unit: UNIT)</source>
            <translation>PM10 浓度（年均或评价期均值；单位见 UNIT）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM2.5 field</source>
            <translation>PM2.5 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>PM2.5 concentration (annual or period mean; unit: UNIT)</source>
            <translation>PM2.5 浓度（年均或评价期均值；单位见 UNIT）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>O3 field</source>
            <translation>O3 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>O3 concentration (annual or period mean; unit: UNIT)</source>
            <translation>O3 浓度（年均或评价期均值；单位见 UNIT）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API field</source>
            <translation>API 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Optional API value (the pre-2013 pollution index, graded by table 6-1; used instead of the concentrations). Give an AQI as AQI_FIELD: their classes differ</source>
            <translation>可选：直接给出的 API（2013 年前的空气污染指数，按表6-1 分级；给出时不用浓度字段）。AQI 请用 AQI_FIELD：两者分级不同</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>CO field</source>
            <translation>CO 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>CO concentration (mg/m³ whatever UNIT; PM2.5/O3/CO select the AQI of HJ 633-2012)</source>
            <translation>CO 浓度（mg/m³，与 UNIT 无关；给出 PM2.5/O3/CO 时按 HJ 633-2012 计算 AQI）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>AQI field</source>
            <translation>AQI 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Optional AQI value, graded by HJ 633-2012 (excellent 5, good 4, light 3, moderate 2, heavy and severe 1)</source>
            <translation>可选：直接给出的 AQI，按 HJ 633-2012 分级（优 5、良 4、轻度 3、中度 2、重度和严重 1）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Concentration unit</source>
            <translation>浓度单位</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Unit of the concentration fields (default μg/m³, as CNEMC publishes)</source>
            <translation>浓度字段的单位（默认 μg/m³，如全国空气质量实时发布数据）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Several stations in a township</source>
            <translation>多站点合成</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>How several stations in a township combine</source>
            <translation>镇（乡）内有多个站点时的合成方法</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API breakpoint table</source>
            <translation>API 分段点表</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API and pollutant concentration breakpoints (mg/m³) (default: the guideline's table; editable)</source>
            <translation>API 与各污染物浓度（mg/m³）分段点（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Table 6-1 API classes</source>
            <translation>表6-1 API 分级</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>API range → air quality status and level (default: the guideline's table; editable)</source>
            <translation>API 区间 → 空气质量状况与质量等级（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>HJ 633-2012 IAQI breakpoint table</source>
            <translation>HJ 633-2012 IAQI 分段点表</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>IAQI and pollutant concentration breakpoints (μg/m³, CO mg/m³; 24-h means, O3 8-h) (default: the guideline's table; editable)</source>
            <translation>IAQI 与各污染物浓度分段点（μg/m³，CO 为 mg/m³；24 小时均值，O3 为 8 小时）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>HJ 633-2012 AQI classes</source>
            <translation>HJ 633-2012 AQI 分级</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>AQI range → air quality category and level (default: the guideline's table; editable)</source>
            <translation>AQI 区间 → 空气质量级别与质量等级（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Air quality townships</source>
            <translation>大气环境质量结果</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Input fields + air_api (API or AQI), air (level 1–5, 5 best), air_n (stations inside; 0 when the nearest was taken), air_nearest</source>
            <translation>输入字段 + air_api（API 或 AQI）, air（质量等级 1–5，5 优）, air_n（单元内站点数，取最近站点时为 0）, air_nearest</translation>
        </message>
    </context>
    <context>
        <name>AirZones</name>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Air control zones</source>
            <translation>大气环境管控分区</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Air control zones from data: class-1 ambient-air areas → priority (1); high-emission cells (the most intense cells holding HIGH_EMISSION_SHARE of the emission raster's total), receptor-sensitive areas (residential areas, schools, hospitals, care homes buffered by RECEPTOR_BUFFER), weak-diffusion areas (ventilation coefficient below VENTILATION_THRESHOLD) and the layout-sensitive upwind sector of the urban areas (WIND_FROM ± SECTOR degrees within UPWIND_DISTANCE) → key (2); the rest general (3). The output is an element-zone layer (element=air) for controlunits.</source>
            <translation>由数据划定大气环境管控分区：环境空气一类功能区 → 优先保护（1）；高排放区（排放强度栅格中占总量 HIGH_EMISSION_SHARE 的最高像元）、受体敏感区（居住区、学校、医院、养老机构缓冲 RECEPTOR_BUFFER）、弱扩散区（通风系数低于 VENTILATION_THRESHOLD）、布局敏感区（城镇上风向 WIND_FROM ± SECTOR 度、UPWIND_DISTANCE 以内）→ 重点管控（2）；其余 → 一般管控（3）。输出可直接作为要素分区（element=air）。</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Key kinds claim area in the order high emission, receptors, weak diffusion, layout (earlier keeps); priority before key. The sector's apex is each urban polygon's interior point, its radius UPWIND_DISTANCE plus the polygon's circumradius, the urban polygon itself removed. Without a ventilation raster the weak-diffusion areas come from the DEM: cells lower than the mean of the VALLEY_WINDOW square around them by more than VALLEY_DEPTH (closed basins, valley floors; core/air.py valley_mask), cells with an incomplete window not classed; with neither, none is drawn.</source>
            <translation>重点管控各类的取用顺序：高排放区、受体敏感区、弱扩散区、布局敏感区（先取者保留）；优先保护先于重点管控。扇区以每个城镇面的内点为顶点、半径为 UPWIND_DISTANCE 加城镇面外接圆半径，并扣除城镇面本身。无通风系数栅格时由 DEM 识别弱扩散区：高程低于 VALLEY_WINDOW 见方窗口平均高程超过 VALLEY_DEPTH 的像元（封闭盆地、谷底；core/air.py valley_mask），窗口不完整的像元不分类；两者皆无时不划弱扩散区。</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>County boundary: the zones tile it</source>
            <translation>县（市）行政边界：分区铺满此范围</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Class-1 ambient-air areas</source>
            <translation>环境空气一类功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>E.g. nature reserves and scenic areas (from a protected-areas layer)</source>
            <translation>如自然保护区、风景名胜区（保护地图层中相应要素）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Receptors</source>
            <translation>环境受体</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Residential / urban polygons, schools, hospitals, care homes (points or polygons)</source>
            <translation>居住区、城镇面，学校、医院、养老机构（点或面）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Receptor buffer (m)</source>
            <translation>受体缓冲距离 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Buffer around receptors (500 m)</source>
            <translation>受体外扩距离（默认 500 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Emission intensity</source>
            <translation>排放强度栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Air-pollutant emission intensity (t/km²·a)</source>
            <translation>大气污染物排放强度（t/km²·a）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>High-emission share</source>
            <translation>高排放占比</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>The most intense cells holding this share of the total are high-emission (0.8)</source>
            <translation>排放量最高、合计占总量此比例的像元为高排放区（默认 0.8）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Ventilation coefficient</source>
            <translation>通风系数栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Ventilation coefficient (m²/s)</source>
            <translation>大气通风系数（m²/s）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Ventilation threshold (m²/s)</source>
            <translation>通风系数阈值 (m²/s)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Below this: weak diffusion (2000 m²/s)</source>
            <translation>低于此值为弱扩散区（默认 2000 m²/s）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>DEM (without a ventilation raster)</source>
            <translation>数字高程模型</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Optional: without a ventilation raster, closed basins and valley floors from the DEM are weak-diffusion areas: cells lower than the mean elevation of the VALLEY_WINDOW square around them by more than VALLEY_DEPTH m (topographic position index TPI &lt; −VALLEY_DEPTH); cells whose window is incomplete (raster edge, nodata) are not classed, so let the DEM reach half a window beyond the region</source>
            <translation>可选：无通风系数栅格时，由 DEM 识别封闭盆地和谷底为弱扩散区：高程低于周围 VALLEY_WINDOW 见方窗口平均高程超过 VALLEY_DEPTH 米的像元（地形位置指数 TPI &lt; −VALLEY_DEPTH）；窗口不完整的像元（栅格边缘、无数据）不分类，DEM 宜比区划范围外扩半个窗口</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Valley window (m)</source>
            <translation>谷地识别窗口 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Side of the square window of the mean elevation (3000 m)</source>
            <translation>比较平均高程的方形窗口边长（默认 3000 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Valley depth (m)</source>
            <translation>谷地深度阈值 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Lower than the window mean by more than this: valley floor / basin (50 m)</source>
            <translation>低于窗口平均高程超过此值为谷底/盆地（默认 50 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Urban areas</source>
            <translation>城镇区域</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Built-up areas: their upwind sector is layout-sensitive</source>
            <translation>城镇建成区：其上风向为布局敏感区</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Prevailing wind from (°)</source>
            <translation>主导风向 (°)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Where the prevailing wind comes from, clockwise from north (45 = NE)</source>
            <translation>主导风的来向，自正北顺时针（默认 45 = 东北风）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Sector half-angle (°)</source>
            <translation>扇区半角 (°)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Half-angle of the upwind sector (22.5°)</source>
            <translation>上风向扇区的半角（默认 22.5°）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Upwind distance (km)</source>
            <translation>上风向距离 (km)</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>How far upwind of the urban areas (5 km)</source>
            <translation>布局敏感区自城镇向上风向的距离（默认 5 km）</translation>
        </message>
        <message>
            <location filename="../algorithms/airzones.py" />
            <source>Fields element=air, class (1/2/3), kind, rule, unit_kind, clause</source>
            <translation>字段 element=air、class（1/2/3）、kind、rule、unit_kind、clause</translation>
        </message>
    </context>
    <context>
        <name>Biodiversity</name>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Biodiversity conservation importance</source>
            <translation>生物多样性保护重要性</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Table 2-3: a unit's share of the province's species &gt; 30 % or a priority ecosystem → 5, 15–30 % → 3, 5–15 % → 2, &lt; 5 % → 1; table 2-4: national class I protected species → 5, class II → 3, other national or provincial → 2. The level is the maximum of the two; elsewhere 1.</source>
            <translation>表2-3：评价单元物种数占全省物种数的比率 &gt;30% 或优先生态系统为极重要，15–30% 中等重要，5–15% 比较重要，&lt;5% 不重要；表2-4：国家一级保护物种分布处极重要，国家二级中等重要，其他国家与省级保护物种比较重要。结果取两者最大值；不在任何单元内且无保护物种的像元为 1。</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Ratio classes are min &lt; r &lt;= max: exactly 30 % is 3, 15 % is 2, 5 % is 1. A priority ecosystem takes the top ratio class. An occurrence marks the cell it falls in, or its buffer when BUFFER &gt; 0. Overlaps take the highest level.</source>
            <translation>比率分级按左开右闭 (min &lt; r ≤ max)：恰为 30% 为中等重要，15% 为比较重要，5% 为不重要。优先生态系统取比率表最高一级。物种点标记其所在像元，BUFFER &gt; 0 时标记其缓冲区。重叠处取最高等级。</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Evaluation units</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Units (e.g. townships) with a species count</source>
            <translation>带物种数的评价单元（如乡镇）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species count field</source>
            <translation>物种数字段</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Number of species recorded in the unit</source>
            <translation>单元内的物种数</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species in the province</source>
            <translation>全省物种数</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Ratio = unit species / this number</source>
            <translation>比率 = 单元物种数 / 全省物种数</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Priority ecosystem field</source>
            <translation>优先生态系统字段</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Optional: 1 = priority ecosystem</source>
            <translation>可选：1 = 优先生态系统（极重要）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protected-species occurrences</source>
            <translation>保护物种分布</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Optional protected-species points (or polygons)</source>
            <translation>可选：保护物种分布点（或面）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protection class field</source>
            <translation>保护级别字段</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>国家一级 / 国家二级 / 其他 (other national or provincial), or 1 / 2 / 3</source>
            <translation>国家一级 / 国家二级 / 其他（国家与省级保护物种），或 1 / 2 / 3</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Occurrence buffer (m)</source>
            <translation>分布点缓冲距离 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>0: the occurrence marks its cell; &gt; 0: every cell within this distance</source>
            <translation>0：标记点所在像元；&gt; 0：标记缓冲区内像元</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Reference grid raster</source>
            <translation>参考栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>The output takes its grid (e.g. the soil-erosion level raster) and its nodata; give REFERENCE or REGION</source>
            <translation>输出与其网格一致（如土壤侵蚀敏感性等级栅格），其无数据处输出亦为无数据；与 REGION 至少给一个</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Optional region: the grid is its extent snapped to the cell size; outside is nodata</source>
            <translation>可选：分析范围（网格按其范围和像元大小对齐，范围外为无数据）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Cell size (m)</source>
            <translation>像元大小 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Analysis cell size (default: the reference raster's; 30 m with a region only)</source>
            <translation>分析网格像元大小（默认：参考栅格的像元；仅有 REGION 时 30 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species ratio table (table 2-3, %)</source>
            <translation>物种比率分级表（表2-3，%）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Species ratio table (table 2-3, %) (default: the guideline's table; editable)</source>
            <translation>物种比率分级表（表2-3，%）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protection class table (table 2-4)</source>
            <translation>保护物种分级表（表2-4）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Protection class table (table 2-4) (default: the guideline's table; editable)</source>
            <translation>保护物种分级表（表2-4）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Importance words</source>
            <translation>重要性等级词表</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>等级词 → 等级（约定：极重要 5、中等重要 3、较重要/比较重要 2、不重要 1）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Biodiversity level</source>
            <translation>生物多样性保护重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/biodiversity.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>等级 1–5（Byte，0 为无数据）</translation>
        </message>
    </context>
    <context>
        <name>CarbonZones</name>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Greenhouse-gas control zones</source>
            <translation>温室气体管控分区</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Ecosystem carbon stock (the InVEST carbon model's structure: four pools per land-cover class — above- and below-ground biomass, soil, dead organic matter, t C/ha) → a carbon-stock raster (t C per cell); the cells of highest density covering HIGH_SHARE of the region are priority; where the pollutant and CO2 emission hot spots (the cells holding EMISSION_SHARE of each total) coincide, key; the rest general.</source>
            <translation>生态系统碳储量（InVEST 碳模型结构：每个地类地上、地下生物量、土壤有机碳、死亡有机质四个碳库，t C/ha）→ 碳储量栅格（t C/像元）；碳密度最高、合计占区域面积 HIGH_SHARE 的像元为温室气体优先保护区；大气污染物与 CO2 排放热点（各占总量 EMISSION_SHARE 的最高像元）重合处为重点管控区；其余为一般管控区。</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>The shipped carbon table holds only the IPCC Tier 1 defaults that can be cited exactly (the source column names the table): soil organic carbon SOCref of the 2019 Refinement, Vol. 4 Ch. 2 Table 2.3, warm temperate moist (LAC soils 55, wetland soils 135 t C/ha, 0–30 cm), cropland × the long-term cultivated factor 0.69 of Ch. 5 Table 5.5 (37.95 t C/ha); dead organic matter of non-forest land 0 (Tier 1). The biomass pools have no default (they differ by region and stand): they come from a local survey, the forest inventory or a cited study. An empty cell is unknown, not 0: a class of the land cover with an unknown pool is an error naming the pools; write 0 for none. The high-stock area takes every cell tied at the threshold density (a whole class when each class has one density).</source>
            <translation>插件自带的碳密度表只含可确切引用的 IPCC Tier 1 缺省值（source 列注明表号）：土壤有机碳取 2019 年修订版第 4 卷第 2 章表 2.3 暖温带湿润区的参考值 SOCref（低活性黏土 55、湿地土壤 135 t C/ha，0–30 cm），耕地再乘第 5 章表 5.5 的长期耕作因子 0.69（37.95 t C/ha）；非林地死亡有机质按 Tier 1 取 0。生物量碳库没有缺省值（因地区和林分而异），须取自本地调查、森林资源清查或注明出处的研究。表中空格表示“未知”而非 0：土地覆被中出现的地类缺任一碳库即报错并列出所缺碳库；无碳请填 0。高碳储量面积按碳密度排序，与阈值相同的像元全部计入（每地类一个碳密度时整类计入）。</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Land cover</source>
            <translation>土地覆被</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Land-cover raster (codes as in the carbon table, e.g. CLCD 1–9)</source>
            <translation>土地覆被栅格（代码与碳密度表一致，如 CLCD 1–9）</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>County boundary</source>
            <translation>县（市）行政边界</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon pools</source>
            <translation>碳密度表</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>code, name_zh, c_above, c_below, c_soil, c_dead (t C/ha), source (default: the guideline's table; editable)</source>
            <translation>code、name_zh、c_above、c_below、c_soil、c_dead（t C/ha）、source（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon pools (CSV file)</source>
            <translation>碳密度表文件</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Optional CSV with the same columns; replaces CARBON_TABLE</source>
            <translation>可选：同列的 CSV 文件，给出时代替 CARBON_TABLE</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>High-stock share of the area</source>
            <translation>高碳储量面积占比</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Cells of highest density covering this share of the region are priority (0.3)</source>
            <translation>碳密度最高、合计占区域面积此比例的像元为优先保护区（默认 0.3）</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Air-pollutant emissions</source>
            <translation>大气污染物排放清单栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Optional: t/km²·a</source>
            <translation>可选：t/km²·a</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>CO2 emissions</source>
            <translation>CO2 排放清单栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Emission hot-spot share</source>
            <translation>排放热点占比</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>The most intense cells holding this share of the total are hot spots (0.8)</source>
            <translation>排放量最高、合计占总量此比例的像元为热点（默认 0.8）</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon stock</source>
            <translation>碳储量栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Carbon stock per cell (t C)</source>
            <translation>每像元碳储量（t C）</translation>
        </message>
        <message>
            <location filename="../algorithms/carbonzones.py" />
            <source>Fields element=ghg, class (1/2/3), kind, rule, stock_t</source>
            <translation>字段 element=ghg、class（1/2/3）、kind、rule、stock_t</translation>
        </message>
    </context>
    <context>
        <name>CheckZoning</name>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Check zoning</source>
            <translation>功能区划检查</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Checks as a table (figure, threshold, pass/fail): I + II area ≥ 90 % (source counties) / 75 % (others) of forest + water area; VI area ≤ V area; no VI in key ecological counties; VI next to I/II (flagged for review); gaps, overlaps, invalid geometry, multi-part zones. The table is also printed to the log.</source>
            <translation>逐项检查并列表（数值、阈值、通过/不通过）：红线区+生态功能保障区面积 ≥ 森林+水域面积的 90 %（源头地区）/ 75 %（其他地区）；环境重点准入区面积 ≤ 环境优化准入区；重点生态功能区不划环境重点准入区；环境重点准入区与 I/II 类区相邻（待核查）；缝隙、重叠、无效几何、多部件功能区。</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Region kind from ADMIN_CODE (the 14 source counties of Z 4.6.1, the key ecological counties of Z 4.6.2); key ecological counties are held to 90 % too. Forest = CLCD 2 forest + 3 shrub (China's forest cover counts shrubland), water = 5 water + 9 wetland (flats). Gap/overlap tolerance 0.01 % of the region. VI next to I/II and multi-part zones are flagged for review, not failed.</source>
            <translation>区域类型自动按 ADMIN_CODE 判断（指南 4.6.1 的 14 个源头县、4.6.2 的重点生态功能区县）；重点生态功能区县也按 90 % 要求。森林 = CLCD 2 林地、3 灌木（森林覆盖率含灌木林），水域 = 5 水体、9 湿地（含滩涂）。缝隙、重叠容差为区域面积的 0.01 %。VI 与 I/II 相邻、多部件功能区列为“待核查”(flag)，不计为不通过。</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Zone polygons (zone_type; code and name when named)</source>
            <translation>功能区面图层（zone_type，可有 code、name）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land cover</source>
            <translation>地表覆盖</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land-cover class raster, for the forest and water area</source>
            <translation>地表覆盖类别栅格，用于计算森林和水域面积</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Forest class codes</source>
            <translation>森林类别码</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land-cover codes counted as forest, comma-separated (CLCD: 2 forest, 3 shrub)</source>
            <translation>计为森林的地表覆盖码，逗号分隔（CLCD：2 林地、3 灌木）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Water class codes</source>
            <translation>水域类别码</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Land-cover codes counted as water (CLCD: 5 water, 9 wetland)</source>
            <translation>计为水域的地表覆盖码（CLCD：5 水体、9 湿地）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>County boundary: forest and water counted inside it, gaps checked against it; without it the zones' own extent is used and gaps are not checked</source>
            <translation>县域边界：森林水域面积在其内统计，并检查缝隙；不给时用功能区范围、不查缝隙</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Region kind</source>
            <translation>区域类型</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Auto (ADMIN_CODE looked up in the lists of Z 4.6.1/4.6.2), source county, key ecological county, other</source>
            <translation>自动（按行政代码查指南 4.6.1/4.6.2 名单）、源头地区、重点生态功能区、其他地区</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Auto (by ADMIN_CODE)</source>
            <translation>自动（按行政区划代码）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Source county (90 %)</source>
            <translation>源头县（90 %）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Key ecological county</source>
            <translation>重点生态功能区县</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Other (75 %)</source>
            <translation>其他（75 %）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Admin code (6 digits)</source>
            <translation>行政区划代码（6 位）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Required when REGION_KIND is auto, e.g. 331024</source>
            <translation>REGION_KIND 为自动时必填，如 331024</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Share for source counties (%)</source>
            <translation>源头地区比例 (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Minimum share of I + II in forest + water area (Z 4.6.1: 90)</source>
            <translation>I+II 面积占森林水域面积的最低比例（指南 4.6.1：90）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Share for other regions (%)</source>
            <translation>其他地区比例 (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Minimum share elsewhere (Z 4.6.1: 75)</source>
            <translation>其他地区的最低比例（指南 4.6.1：75）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Gap/overlap tolerance (% of region)</source>
            <translation>缝隙/重叠容差（区域面积 %）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Default 0.01 %</source>
            <translation>默认 0.01 %</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Source counties</source>
            <translation>源头县名单</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Z 4.6.1 source counties (default: the guideline's table; editable)</source>
            <translation>指南 4.6.1 主要河流源头县（市）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Key ecological counties</source>
            <translation>重点生态功能区名单</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Z 4.6.2 key ecological counties (default: the guideline's table; editable)</source>
            <translation>指南 4.6.2 重点生态功能区县（市）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>Check table</source>
            <translation>检查表</translation>
        </message>
        <message>
            <location filename="../algorithms/checkzoning.py" />
            <source>One row per check: check, name, clause, figure, threshold, unit, result, detail</source>
            <translation>每项一行：check, name, clause, figure, threshold, unit, result, detail</translation>
        </message>
    </context>
    <context>
        <name>CoastalHazardZone</name>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Coastal hazard zone</source>
            <translation>海岸带灾害敏感区</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>From the present coastline, the zone width is max(a, b, c): a = the 30-year mean retreat width, b = S / tanθ (100-year sea-level rise; 0 on dyked stretches), c = H / tanθ (100-year storm surge). The zone is the coastline buffered by the width and clipped to the land polygons (landward).</source>
            <translation>以当前海岸线为基准，取 a（近 30 年平均蚀退宽度）、b = S / tanθ（百年海平面上升影响宽度，有堤防岸段为 0）、c = H / tanθ（百年一遇风暴潮增水影响宽度）三者最大值为宽度，向陆划定海岸带灾害敏感区（海岸线缓冲后与陆域求交）。</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Level 5 (extremely sensitive) by default (parameter LEVEL). Empty a, S, H count as 0 (with a warning), an empty dyked flag as not dyked; the slope θ (0–90°) is needed only where S or H is used. Stretches of width 0 are left out. Computed in the analysis CRS (the CGCS2000 3-degree zone for geographic input).</source>
            <translation>等级默认 5（极敏感，参数 LEVEL）。字段为空时 a、S、H 按 0 计（并给出警告），堤防字段为空按无堤防；只有 S 或 H 参与计算时才需要坡度 θ（0–90 度）。宽度为 0 的岸段不输出。在分析坐标系中计算（地理坐标输入取 CGCS2000 3 度带）。</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Coastline</source>
            <translation>海岸线</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Present coastline (lines), one feature per stretch with a, S, θ, H, dyked fields</source>
            <translation>当前海岸线（线），按岸段带 a、S、θ、H、堤防字段</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Land</source>
            <translation>陆域</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Land polygons (e.g. the county boundary); the zone is clipped to them (landward)</source>
            <translation>陆域面（如县域边界），敏感区裁剪到其内部（向陆）</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Retreat width a (m)</source>
            <translation>蚀退宽度 a 字段 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>30-year mean retreat width (m); a = 0 when not given</source>
            <translation>近 30 年岸段平均蚀退宽度（米）；不给则 a = 0</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Sea-level rise S (m)</source>
            <translation>海平面上升高度 S 字段 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>100-year sea-level rise (m); b = 0 when not given</source>
            <translation>未来百年海平面上升高度（米）；不给则 b = 0</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Nearshore slope θ (degrees)</source>
            <translation>近岸平均坡度 θ 字段 (度)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Mean nearshore slope (degrees, 0–90); needed for b and c</source>
            <translation>近岸平均坡度（度，0–90）；计算 b、c 时必需</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Storm surge H (m)</source>
            <translation>风暴潮增水高度 H 字段 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>100-year storm-surge height (m); c = 0 when not given</source>
            <translation>百年一遇风暴潮增水高度（米）；不给则 c = 0</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Dyked flag</source>
            <translation>堤防字段</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Dyked stretch (1/0, true/false, 是/否, 有/无): b = 0; none given = not dyked</source>
            <translation>有堤防岸段（1/0、true/false、是/否、有/无）b = 0；不给则均按无堤防</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Sensitivity level</source>
            <translation>敏感性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Sensitivity level of the zone (default 5, extremely sensitive)</source>
            <translation>海岸带灾害敏感区的敏感性等级（默认 5 极敏感）</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Coastal hazard zones</source>
            <translation>海岸带灾害敏感区</translation>
        </message>
        <message>
            <location filename="../algorithms/coastalhazardzone.py" />
            <source>Zone polygons: input fields + a, b, c, width (m), level</source>
            <translation>敏感区多边形：输入字段 + a、b、c、width（米）、level</translation>
        </message>
    </context>
    <context>
        <name>CompareZonings</name>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Compare zonings</source>
            <translation>区划版本对比</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Overlays two versions of zones or control units and gives the area transition matrix (old class → new class, km²), the changed polygons and a change summary, for updates and periodic adjustments.</source>
            <translation>叠加两个版本的环境功能区或管控单元，按分类字段得到面积转移矩阵（旧类型 → 新类型，km²）、变化图斑和变化摘要，用于动态更新和定期调整的论证。</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Area present in only one version is class '(无)'; the matrix sums to the area of the union of the two versions.</source>
            <translation>只在一个版本中存在的区域记为“(无)”类；矩阵各格之和等于两版本并集面积。</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Old version</source>
            <translation>旧版本</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Old zones or control units</source>
            <translation>旧版环境功能区或管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Old class field</source>
            <translation>旧版分类字段</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>e.g. zone_type, subtype, unit_class, ZHGKDYFL</source>
            <translation>如 zone_type（默认）、subtype、unit_class、ZHGKDYFL</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>New version</source>
            <translation>新版本</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>New zones or control units</source>
            <translation>新版环境功能区或管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>New class field</source>
            <translation>新版分类字段</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Class field of the new version (default: as OLD_FIELD; values comparable)</source>
            <translation>新版的分类字段（默认同旧版；取值应与旧版可比）</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Transition matrix</source>
            <translation>面积转移矩阵</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>One row per old class, columns to_{new class} in km², totals last</source>
            <translation>每行一个旧类型，列 to_{新类型} 为面积 (km²)，末行、末列为合计</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Changed polygons</source>
            <translation>变化图斑</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Polygons whose class changed (from_class, to_class, area_km2)</source>
            <translation>类型发生变化的图斑（from_class、to_class、area_km2）</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Change summary</source>
            <translation>变化摘要</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Change summary text (also in the log)</source>
            <translation>变化摘要文本（也写入日志）</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Code field</source>
            <translation>编码字段</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Code field in both versions; empty: HJZHGKDYBM or code when both have it. Then codes are reported as kept / changed / new / retired</source>
            <translation>两个版本共有的编码字段；留空时自动取 HJZHGKDYBM 或 code（两版都有时）。给出后按编码报告保留/变更/新增/撤销</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>IoU of a kept code</source>
            <translation>保留编码的交并比</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>A code in both versions with the same class and IoU at or above this is kept, otherwise changed (0.9)</source>
            <translation>同一编码在两版中同类别且交并比不低于此值为“保留”，否则为“变更”（默认 0.9）</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>Code changes</source>
            <translation>编码变化表</translation>
        </message>
        <message>
            <location filename="../algorithms/comparezonings.py" />
            <source>One row per code: code, status (kept/changed/new/retired), status_zh, old and new class, IoU</source>
            <translation>每个编码一行：code、status（kept/changed/new/retired）、status_zh（保留/变更/新增/撤销）、旧新类别、交并比</translation>
        </message>
    </context>
    <context>
        <name>CompositeIndex</name>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Composite index A</source>
            <translation>环境功能综合评价指数 A</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Each km-grid cell takes P2 and K of the township covering most of it; a = k·p2 − p1; A classed into 5 by natural breaks (a_class 5 high … 1 low). High A leans to human-settlement functions, low A to ecological security.</source>
            <translation>公里网格每格取覆盖面积最大的镇（乡）的 P2 与 K，A = K·P2 − P1；A 按自然断点分 5 级（a_class 5 高、4 较高、3 中、2 较低、1 低）。A 越高越偏向维护人居环境健康，越低越偏向保障自然生态安全。</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Cells outside every township, or with P1 NULL/0, get NULL p2, k, a, a_class; equal overlaps go to the township read first.</source>
            <translation>网格不与任何镇（乡）相交或 P1 为空/0 时 p2、k、a、a_class 为空值；面积相同时取要素序号小者。</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>P1 grid</source>
            <translation>P1 公里网格</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The output of envzoning:p1 (with a p1 field)</source>
            <translation>envzoning:p1 的输出（含 p1 字段）</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Townships with P2 and K</source>
            <translation>带 P2、K 的镇（乡）</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Township polygons with p2 and k</source>
            <translation>含 p2、k 字段的镇（乡）面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>P1 field</source>
            <translation>P1 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The grid's P1 (1–5) field, default p1</source>
            <translation>网格的 P1（1–5）字段，默认 p1</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>P2 field</source>
            <translation>P2 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The townships' P2 field, default p2</source>
            <translation>镇（乡）的 P2 字段，默认 p2</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>K field</source>
            <translation>K 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>The townships' K field, default k</source>
            <translation>镇（乡）的 K 字段，默认 k</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Classification</source>
            <translation>分级方法</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</source>
            <translation>将指数分为 5 级的方法：自然断点（Jenks/Fisher 精确最优，≤5000 个单元不抽样；默认，指南“按样本数的分布频率自然分等”）、分位数、等间距。少于 5 个不同值时每个值各为一级，最低为 1</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Composite index grid</source>
            <translation>综合评价指数网格</translation>
        </message>
        <message>
            <location filename="../algorithms/compositeindex.py" />
            <source>Grid fields + p2, k, a, a_class (1–5, 5 high)</source>
            <translation>网格字段 + p2, k, a, a_class（1–5，5 高）</translation>
        </message>
    </context>
    <context>
        <name>ControlMaps</name>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Zoning control maps (三线一单)</source>
            <translation>生态环境分区管控图件</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Writes the zoning-control (三线一单) maps from the print-layout templates in resources/layouts/: the environmental control units (A3, coloured priority / key / general, unit codes inside the unit or with a leader line, none outside the county) and one A4 map per element of the element zones; PDF (searchable text) and PNG.</source>
            <translation>由 resources/layouts/ 的打印布局模板生成生态环境分区管控（三线一单）图件：环境管控单元图（A3，优先保护/重点管控/一般管控三类着色，单元编码注记在单元内或以引线标注，不出县界）与各要素分区管控图（A4，每个要素一幅），导出 PDF 与 PNG，PDF 文字可检索。</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>No national rule fixes the colours; the ones most provincial 三线一单 atlases use: priority protection green #38a800, key control red #e64b3c, general control yellow #ffe27a; element zones use the same. The class field may hold 1/2/3 or the class names (ZHGKDYFL's 优先保护单元 …).</source>
            <translation>三类颜色无国家统一规定，采用各省“三线一单”图集常用配色：优先保护 绿 #38a800、重点管控 红 #e64b3c、一般管控 黄 #ffe27a；要素分区用同一配色。分类字段可为 1/2/3 或类别名称（如 ZHGKDYFL 的“优先保护单元”）。</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control units</source>
            <translation>环境管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control units (controlunits output)</source>
            <translation>环境管控单元（controlunits 输出）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit class field</source>
            <translation>单元分类字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit class field: 1/2/3 or the class names (default unit_class; ZHGKDYFL works)</source>
            <translation>管控单元分类字段：1/2/3 或 优先保护单元/重点管控单元/一般管控单元（默认 unit_class，亦可用 ZHGKDYFL）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit label field</source>
            <translation>单元注记字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Unit label field (default code, the unit code; empty: no labels)</source>
            <translation>单元注记字段（默认 code，即环境管控单元编码；留空不注记）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Element zones</source>
            <translation>要素分区</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Element zones (elementzones output): one A4 map per element, optional</source>
            <translation>要素分区（elementzones 输出），每个要素一幅 A4 图，可选</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Region</source>
            <translation>区划范围（县界）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>The county boundary</source>
            <translation>县（市、区）行政边界</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Townships</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Township boundaries (base map), optional</source>
            <translation>乡镇边界（底图，按名称注记），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Township name field</source>
            <translation>乡镇名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Township name field (default name)</source>
            <translation>乡镇名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Rivers</source>
            <translation>水系</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Rivers (lines) or water bodies (polygons), optional</source>
            <translation>河流（线）或水体（面），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>County name</source>
            <translation>县（市、区）名称</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Title prefix, e.g. 仙居县 (title: 仙居县环境管控单元图)</source>
            <translation>图名前缀，如“仙居县”（图名：仙居县环境管控单元图）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>PNG resolution (dpi)</source>
            <translation>PNG 分辨率 (dpi)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>PNG resolution (default 150)</source>
            <translation>PNG 导出分辨率（默认 150）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Folder for control_units_a3.pdf/.png and element_&lt;element&gt;_a4.pdf/.png</source>
            <translation>图件输出文件夹：control_units_a3.pdf/.png、element_&lt;要素&gt;_a4.pdf/.png</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control-unit map (PDF)</source>
            <translation>管控单元图 PDF</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Optional: path of the control-unit map PDF</source>
            <translation>可选：管控单元图 PDF 另存路径</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Control-unit map (PNG)</source>
            <translation>管控单元图 PNG</translation>
        </message>
        <message>
            <location filename="../algorithms/controlmaps.py" />
            <source>Optional: path of the control-unit map PNG</source>
            <translation>可选：管控单元图 PNG 另存路径</translation>
        </message>
    </context>
    <context>
        <name>ControlUnits</name>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Control units</source>
            <translation>生态环境管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Overlays the element zones: ecological red line and other important ecological space (class-1 zones of the priority elements) → priority unit (1); else any key zone or industrial park → key unit (2, industrial-cluster or urban-living kind); else general unit (3). Units are the vector overlay of townships, parks and the element zones (nothing rasterized); slivers join the neighbour in their township with the longest shared border; the region is covered exactly. Code ZH + 6-digit admin code + class + 4-digit serial; with PREVIOUS, units that did not change keep their codes.</source>
            <translation>叠加要素管控分区：生态保护红线和其他重要生态空间（优先要素的 1 类分区）→ 优先保护单元（1）；否则任一要素重点管控区或工业园区 → 重点管控单元（2，分产业集聚类、城镇生活类）；其余 → 一般管控单元（3）。单元由乡镇、园区边界与各要素分区的矢量叠加得到（不栅格化），碎斑并入本乡镇内共边最长的相邻单元，完整覆盖全域。编码 ZH+6 位行政区划代码+类别+4 位流水号；给出上一版（PREVIOUS）时未变的单元沿用原编码。</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Serials run county-wide within each class, north to south then west to east by the unit's interior point; a park is one unit (not cut at township boundaries) whose township is the one holding most of it; a priority piece below MIN_AREA that is mostly a legal area (LEGAL_RULES: red line, protected areas) stays, and joins the priority unit across the township line when a township line cut it off (the red line is kept, the township line gives way); other slivers join neighbours within their township (park) only; element zones covering at least MIN_SHARE of a unit are listed in its zones field (read by accesslist). Data-standard fields (core/datastandard.py): province code = first 2 digits of ADMIN_CODE + 0000, city = first 4 + 00, county = the 6 digits, names from core/tables/admin_divisions.csv (all of Zhejiang) or CITY_NAME / COUNTY_NAME; the four dimension fields are filled from the requirement table as accesslist does (REQUIREMENTS, OVERALL); YSGKFQBM lists the codes of the element zones the unit takes in (the layer's code field, else YS + 6 digits + 2-digit element number + class + 3-digit serial). All names are upper-case, at most 10 characters: the same in a Shapefile.</source>
            <translation>流水号在同一类别内全县连续编号，按单元内点自北向南、再自西向东排序；园区自成单元（不按乡镇切分），所在乡镇取面积最大者；小于 MIN_AREA 的优先保护碎斑过半属于法定区域（LEGAL_RULES：红线、保护地）时保留，若被乡镇界切开则并入相邻乡镇的优先保护单元（红线不改、乡镇界让位），其余碎斑只并入同一乡镇（园区）内的相邻单元；与单元面积占比不低于 MIN_SHARE 的要素分区记入 zones 字段（供准入清单使用）。名称：{乡镇}优先保护单元、{乡镇或园区}产业集聚重点管控单元、{乡镇}城镇生活重点管控单元、{乡镇}一般管控单元。数据规范字段（core/datastandard.py）：省代码=ADMIN_CODE 前 2 位+0000、市代码=前 4 位+00、县代码=6 位，名称查 core/tables/admin_divisions.csv（浙江全省）或 CITY_NAME/COUNTY_NAME；四个维度字段按 accesslist 的方法由准入要求表填写（REQUIREMENTS、OVERALL）；YSGKFQBM 为单元所涉要素分区的编码（图层有 code 字段时用之，否则 YS+6 位代码+2 位要素号+类别+3 位流水号）。字段名均为不超过 10 个字符的大写字母，Shapefile 中不变。</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Element zones</source>
            <translation>要素管控分区</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Output of elementzones (fields element, class; optionally rule, unit_kind)</source>
            <translation>elementzones 的输出（字段 element、class，可有 rule、unit_kind）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>More element-zone layers</source>
            <translation>其他要素分区图层</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional more element-zone layers (fields element, class; optionally rule, unit_kind), e.g. the output of waterunits; where zones of one element overlap the highest class holds (core.winning_rule)</source>
            <translation>可选：更多要素分区图层（字段 element、class，可有 rule、unit_kind），如 waterunits 的输出；同一要素在同一处有多个分区时取最高类别（core.winning_rule）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Townships</source>
            <translation>乡镇（街道）边界</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Township boundaries; units follow them; their union is the region</source>
            <translation>乡镇边界，单元以其为界；其并集即区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Township name field</source>
            <translation>乡镇名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Township name used in unit names</source>
            <translation>用于单元名称的乡镇名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Industrial parks</source>
            <translation>工业园区</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional industrial parks; outside priority areas they are industrial-cluster key units</source>
            <translation>可选：工业园区（开发区）边界；园区内非优先保护区域为产业集聚类重点管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Park name field</source>
            <translation>园区名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Park name used in unit names</source>
            <translation>用于单元名称的园区名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Admin code (6 digits)</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>6-digit county code, e.g. 331024</source>
            <translation>县（市、区）6 位行政区划代码，如 331024</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Minimum unit part area (km²)</source>
            <translation>最小图斑面积 (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Parts smaller than this join the neighbour with the longest shared border (0.5)</source>
            <translation>小于此面积的碎斑并入共边最长的相邻单元（默认 0.5 km²）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Elements whose priority zones make priority units</source>
            <translation>形成优先保护单元的要素</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Comma-separated element ids (default ecology: red line and other important ecological space)</source>
            <translation>逗号分隔的要素名（默认 ecology：生态保护红线和其他重要生态空间）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Rules of legal priority areas kept however small</source>
            <translation>保留的法定优先保护区规则</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Comma-separated element rule ids (default ECO-1 red line, ECO-2 protected areas and drinking-water source areas): a priority part below MIN_AREA stays when more than half of it is such a legal area (its legal boundary is kept); other priority slivers join a neighbour like any sliver</source>
            <translation>逗号分隔的要素规则编号（默认 ECO-1 生态保护红线、ECO-2 各类保护地和饮用水水源保护区）：小于 MIN_AREA 的优先保护图斑过半属于这些规则时保留（法定边界不改），否则与其他碎斑一样并入相邻单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Minimum share of a unit to list an element zone (%)</source>
            <translation>要素分区记入单元的最小占比 (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Element zones covering at least this share of a unit are listed in zones (1 %)</source>
            <translation>要素分区占单元面积不低于此比例时记入 zones 字段（默认 1%）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Previous version of the units</source>
            <translation>上一版管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional previous version (field HJZHGKDYBM or code; unit_class or the class read from the code). A unit of the same class with IoU ≥ KEEP_IOU keeps that unit's code; the others take the next unused serials of their class (N 5.13.2–5.13.3)</source>
            <translation>可选：上一版管控单元（字段 HJZHGKDYBM 或 code；unit_class 或由编码读出类别）。与上一版单元同类别且交并比 ≥ KEEP_IOU 的单元沿用其编码，其余单元取该类别下一个未用过的流水号（N 5.13.2–5.13.3）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>IoU to keep a previous code</source>
            <translation>沿用编码的交并比</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Intersection over union with a previous unit (same class) at or above which its code is kept (0.9)</source>
            <translation>与上一版单元的交并比不低于此值（且同类别）时沿用其编码（默认 0.9）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>City name (data standard)</source>
            <translation>地级市名称</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional city name of the SHIMC field; by default looked up by the first 4 digits of ADMIN_CODE in core/tables/admin_divisions.csv</source>
            <translation>可选：SHIMC 字段的地级名称；不填时按 ADMIN_CODE 前 4 位查 core/tables/admin_divisions.csv</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>County name (data standard)</source>
            <translation>县级名称</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional county name of the XIANMC field; by default looked up by ADMIN_CODE in core/tables/admin_divisions.csv</source>
            <translation>可选：XIANMC 字段的县级名称；不填时按 ADMIN_CODE 查 core/tables/admin_divisions.csv</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Requirement table</source>
            <translation>准入要求表</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>The requirement table that fills the four dimension fields of the data standard (KJBJYS …), as accesslist's (default: the guideline's table; editable)</source>
            <translation>填写数据规范四个维度字段（KJBJYS 等）所用的准入要求表，与 accesslist 相同（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Requirement table file (CSV)</source>
            <translation>准入要求表文件 (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional CSV with the same columns; replaces REQUIREMENTS when given</source>
            <translation>可选：与准入要求表同列的 CSV 文件，给出时取代 REQUIREMENTS</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Overall list (CSV)</source>
            <translation>总体准入清单 (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Optional overall list (column item); its items are left out of the four dimension fields</source>
            <translation>可选：总体准入清单（item 列）；其中条目不再列入单元的四个维度字段</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Control unit polygons</source>
            <translation>管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Fields HJZHGKDYBM (code), HJZHGKDYMC (name), ZHGKDYFL (class), code, name, unit_class, …; data-standard fields SHENGBM/SHENGMC, SHIBM/SHIMC, XIANBM/XIANMC (province, city, county codes and names), KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ (the four access-list dimensions), YSGKFQBM (element-zone codes)</source>
            <translation>字段 HJZHGKDYBM（编码）、HJZHGKDYMC（名称）、ZHGKDYFL（分类）及 code、name、unit_class……；数据规范字段 SHENGBM/SHENGMC、SHIBM/SHIMC、XIANBM/XIANMC（省、市、县代码和名称）、KJBJYS（空间布局约束）、WRWPFGK（污染物排放管控）、HJFXFK（环境风险防控）、ZYKFXLYQ（资源开发效率要求）、YSGKFQBM（要素管控分区编码）</translation>
        </message>
    </context>
    <context>
        <name>EcoImportance</name>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Ecosystem importance</source>
            <translation>生态系统重要性</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Importance = max of water conservation, soil conservation, biodiversity and flood regulation (the most-limiting-factor method); the dominant-factor raster says which factor decided: 1 water, 2 soil, 3 biodiversity, 4 flood. Any subset of at least one factor.</source>
            <translation>［生态系统重要性指数］= Max{水源涵养, 土壤保持, 生物多样性维护, 洪水调蓄}（最大限制因素法）；主导因子栅格记录决定等级的因子：1 水源涵养、2 土壤保持、3 生物多样性、4 洪水调蓄。可只给其中部分因子（至少一个）。</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Ties go to the first factor in parameter order (water, soil, biodiversity, flood). The outputs take the grid of the first factor given.</source>
            <translation>并列时取参数顺序在前的因子（水源涵养、土壤保持、生物多样性、洪水调蓄）。输出取第一个给出的因子栅格的网格。</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Water conservation level</source>
            <translation>水源涵养重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Water conservation level raster (1–5, nodata 0); dominant code 1</source>
            <translation>水源涵养重要性等级栅格（1–5，0 为无数据）；主导因子码 1</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Soil conservation level</source>
            <translation>水土保持重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Soil conservation level raster (1–5, nodata 0); dominant code 2</source>
            <translation>水土保持重要性等级栅格（1–5，0 为无数据）；主导因子码 2</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Biodiversity level</source>
            <translation>生物多样性保护重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Biodiversity level raster (1–5, nodata 0); dominant code 3</source>
            <translation>生物多样性保护重要性等级栅格（1–5，0 为无数据）；主导因子码 3</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Flood regulation level</source>
            <translation>洪水调蓄功能重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Flood regulation level raster (1–5, nodata 0); dominant code 4</source>
            <translation>洪水调蓄功能重要性等级栅格（1–5，0 为无数据）；主导因子码 4</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Importance level</source>
            <translation>生态系统重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>等级 1–5（Byte，0 为无数据）</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>Dominant factor</source>
            <translation>主导因子</translation>
        </message>
        <message>
            <location filename="../algorithms/ecoimportance.py" />
            <source>1 water, 2 soil, 3 biodiversity, 4 flood (nodata 0)</source>
            <translation>1 水源涵养、2 土壤保持、3 生物多样性、4 洪水调蓄（0 为无数据）</translation>
        </message>
    </context>
    <context>
        <name>EcoSensitivity</name>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Ecological sensitivity</source>
            <translation>生态系统敏感性</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Ecological sensitivity = max(soil erosion, riparian, marine) — the most limiting factor. Riparian zones, coastal hazard zones and marine biodiversity areas are rasterized by their `level` field onto the analysis grid; each cell takes the maximum, and the dominant factor is written too (1 soil erosion, 2 riparian, 3 coastal hazard, 4 marine biodiversity).</source>
            <translation>生态系统敏感性 = Max{土壤侵蚀敏感性, 河湖滨岸敏感性, 海洋生态环境敏感性}（最大限制因素法）。滨岸带、海岸带灾害区、海洋生物多样性敏感区按其 level 字段栅格化到分析网格，逐像元取最大值，并输出主导因子（1 土壤侵蚀、2 河湖滨岸、3 海岸带灾害、4 海洋生物多样性）。</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Where polygons of one layer overlap, the higher level wins; among tied factors the lower code is dominant (soil erosion first). Polygons are rasterized with all touched cells (ALL_TOUCHED) by default so that riparian strips narrower than a cell do not break up or vanish. Cells covered only by polygon factors (e.g. the sea) are kept; with REGION, cells outside it are nodata.</source>
            <translation>同一图层内多边形重叠时取较高等级；并列时主导因子取编号小者（土壤侵蚀优先）。默认按“接触即计入”栅格化（ALL_TOUCHED），以免窄于像元的滨岸带断续或消失。仅有面状因子的像元（如海域）也输出；给出 REGION 时区外为无数据。</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Soil erosion sensitivity</source>
            <translation>土壤侵蚀敏感性</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Soil-erosion sensitivity level raster (1–5, nodata 0; the level output of 'Soil erosion sensitivity')</source>
            <translation>土壤侵蚀敏感性等级栅格（1–5，0 为无数据；“土壤侵蚀敏感性”的等级输出）</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Riparian zones</source>
            <translation>河湖滨岸敏感区</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Riparian zone polygons (riparianzone output) with a `level` field</source>
            <translation>河湖滨岸带多边形（riparianzone 的输出），带 level 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Coastal hazard zones</source>
            <translation>海岸带灾害敏感区</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Coastal hazard zone polygons (coastalhazardzone output) with a `level` field</source>
            <translation>海岸带灾害敏感区多边形（coastalhazardzone 的输出），带 level 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Marine biodiversity areas</source>
            <translation>海洋生物多样性敏感区</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Marine biodiversity sensitive areas with a `level` field (1–5)</source>
            <translation>海洋生物多样性敏感区多边形，带 level 字段（1–5）</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Reference grid</source>
            <translation>参考网格</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>The outputs take this raster's grid (default: the soil-erosion raster)</source>
            <translation>输出网格取此栅格的网格（默认：土壤侵蚀敏感性栅格）</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Optional region: cells outside it are nodata</source>
            <translation>可选：区外像元为无数据</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Burn all touched cells</source>
            <translation>接触即计入</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Rasterize polygon factors onto every cell they touch (default); otherwise only cells whose centre is inside</source>
            <translation>面状因子栅格化时计入所有接触的像元（默认是）；否则只计中心落入的像元</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Sensitivity level</source>
            <translation>生态系统敏感性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>等级 1–5（Byte，0 为无数据）</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>Dominant factor</source>
            <translation>主导因子</translation>
        </message>
        <message>
            <location filename="../algorithms/ecosensitivity.py" />
            <source>1 soil erosion, 2 riparian, 3 coastal hazard, 4 marine biodiversity (nodata 0)</source>
            <translation>1 土壤侵蚀、2 河湖滨岸、3 海岸带灾害、4 海洋生物多样性（0 为无数据）</translation>
        </message>
    </context>
    <context>
        <name>ElementZones</name>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Element control zones</source>
            <translation>要素管控分区</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Classes each element (ecology, air, surface water, coastal, soil, groundwater, noise, GHG, water resources, energy, shoreline) into priority (1) / key (2) / general (3) zones from source layers whose role field (or the p1 field of a P1 grid) matches the element rule table; each zone records the rule and clause.</source>
            <translation>按要素规则表，把各来源图层（字段 role 标明角色；P1 网格按 p1 字段）划为生态、大气、水、近岸海域、土壤、地下水、声、温室气体、水资源、能源、岸线等要素的优先保护区（1）/重点管控区（2）/一般管控区（3），记录触发的规则和条款。</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Within an element the highest class wins where rules overlap (1 over 2 over 3), the first rule in table order within a class; the rest of the region is the element's general zone (rule XX-G); only elements with at least one matching source feature are written. A feature may match rules of several elements. Sources derived from data (core/resources.py): farmland plots by the largest Ci/Si and Ci/Gi of their samples against GB 15618-2018 (priority / safe use / strict control), or (SOIL_METHOD) by inverse distance weighting (power 2, radius 2 000 m, 100 m cells; no class where no sample is within the radius) per cell or aggregated by plot (the mean interpolated concentrations and pH over the plot's cell centres); townships overloaded or critical in water resources → key; shorelines 严格保护 → priority, 优化利用 → key, 限制开发 → general (buffered). The results enter the same rule table as role values. With ADMIN_CODE each zone gets the data standard's element-zone code (YS + 6 digits + 2-digit element number in rule-table order + class + 3-digit serial, north to south then west to east within element and class); controlunits' YSGKFQBM lists these codes.</source>
            <translation>同一要素内多条规则重叠时取最高类别（1 优先于 2 优先于 3），同类别取表中靠前的规则；要素内未被任何规则覆盖的区域为该要素一般管控区（规则 XX-G）；只输出至少有一个来源要素命中的要素。一个要素可命中多个要素的规则（如饮用水水源保护区既属其他重要生态空间，也属水环境优先保护区）。由数据派生的来源（core/resources.py）：农用地地块按其内样点对照 GB 15618-2018 的最大 Ci/Si、Ci/Gi 分为优先保护类/安全利用类/严格管控类，或（SOIL_METHOD）以反距离权重插值（幂 2、搜索半径 2000 m、像元 100 m，半径内无样点处不分类）逐像元分类或按地块汇总（地块内像元中心插值含量与 pH 的平均值）；乡镇水资源超载、临界超载为重点管控；岸线严格保护→优先保护、优化利用→重点管控、限制开发→一般管控（缓冲成面）。派生结果以角色值进入同一规则表。给出 ADMIN_CODE 时每个分区写数据规范的要素管控分区编码 code（YS+6 位代码+2 位要素号（要素规则表顺序）+类别+3 位流水号，同要素同类别内自北向南、自西向东），controlunits 的 YSGKFQBM 直接引用这些编码。</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Source layers</source>
            <translation>来源图层</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Polygon layers the element zones come from (red line, protected areas, P1 grid, planning, noise function zones, contaminated plots …), each with the role field (ROLE_FIELD) or another field a rule reads (e.g. p1)</source>
            <translation>要素分区的来源面图层（生态保护红线、保护地、P1 网格、规划用地、声环境功能区、污染地块……），每个图层用角色字段（ROLE_FIELD）说明要素含义，或带规则表使用的其他字段（如 p1）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Role field</source>
            <translation>角色字段</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Name of the role field in the source layers (read by rules whose match_field is role; default role)</source>
            <translation>来源图层中的角色字段名（规则表 match_field=role 时读取此字段；默认 role）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>County boundary: zones are clipped to it; the uncovered rest is general control</source>
            <translation>县（市）行政边界：要素分区裁剪至此范围，未覆盖部分为一般管控区</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Element rules</source>
            <translation>要素分区规则表</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>rule id, element, class 1/2/3, match field, operator, value(s) separated by ';', unit kind, clause (default: the guideline's table; editable)</source>
            <translation>规则编号、要素、类别 1/2/3、匹配字段、运算符、值（多个值用 ; 分隔）、单元类型、条款（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Role values no rule lists</source>
            <translation>规则表未列出的角色值</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Error (default) or skip with a warning</source>
            <translation>报错（默认）或跳过并警告</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Error</source>
            <translation>报错</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Skip with a warning</source>
            <translation>跳过并警告</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Soil samples (farmland)</source>
            <translation>农用地土壤样点</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional farmland soil samples with pollutant fields in mg/kg (cd, hg, as or as_, pb, cr, cu, ni, zn or 镉, 汞 …) and pH; with SOIL_PLOTS they class the plots by GB 15618-2018 (core/resources.py)</source>
            <translation>可选：农用地土壤样点，字段为污染物含量 mg/kg（cd、hg、as 或 as_、pb、cr、cu、ni、zn 或 镉、汞……）和 pH；与 SOIL_PLOTS 一起按 GB 15618-2018 划分地块类别（core/resources.py）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Farmland plots</source>
            <translation>农用地地块</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional farmland plots; each takes the largest Ci/Si and Ci/Gi of the samples inside: max Ci/Si ≤ 1 priority (SOIL-1), max Ci/Gi &gt; 1 strict control, else safe use (SOIL-3); plots without samples get no class</source>
            <translation>可选：农用地地块（图斑）；每块取其内样点 Ci/Si、Ci/Gi 的最大值：Ci/Si≤1 优先保护类（SOIL-1），Ci/Gi&gt;1 严格管控类，其余安全利用类（SOIL-3）；无样点的地块不分类</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Soil classes from the samples</source>
            <translation>农用地类别的求法</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>0 the samples inside each plot (default; needs SOIL_PLOTS); 1 inverse distance weighting (IDW) to a SOIL_CELL grid, each cell classed (within SOIL_PLOTS when given; land use other); 2 IDW aggregated by plot: the mean interpolated concentrations and pH over the cell centres inside the plot, classed with the plot's land use (core/resources.py)</source>
            <translation>0 地块内样点（默认，需 SOIL_PLOTS）；1 反距离权重（IDW）插值到 SOIL_CELL 网格，逐像元分类（有 SOIL_PLOTS 时限于地块内，用地按“其他”）；2 IDW 插值按地块汇总：地块内各像元中心插值的平均含量和 pH 按地块用地分类（core/resources.py）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Samples inside each plot</source>
            <translation>地块内样点</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW interpolation to a grid</source>
            <translation>IDW 插值到网格</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW interpolation aggregated by plot</source>
            <translation>IDW 插值按地块汇总</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW power</source>
            <translation>IDW 幂指数</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Weight = distance^-power (2)</source>
            <translation>权重 = 距离^-幂（默认 2）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW search radius (m)</source>
            <translation>IDW 搜索半径 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Only samples within this distance (2 000 m; 0 = all samples); a place with no sample within it gets no class</source>
            <translation>只用此距离内的样点（默认 2000 m；0 = 全部样点）；半径内无样点的位置不分类</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>IDW grid cell (m)</source>
            <translation>插值网格像元 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Cell size of the IDW grid (100 m)</source>
            <translation>IDW 插值网格的像元大小（默认 100 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Sample pH field</source>
            <translation>样点 pH 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>pH field of the samples (ph; a missing value takes the strictest of the four bands)</source>
            <translation>样点 pH 字段（默认 ph；缺值取四个 pH 段中最严的值）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Plot land-use field</source>
            <translation>地块用地类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional plot field with 水田/paddy, 果园/orchard or other (chooses the screening value; other by default)</source>
            <translation>可选：地块字段，值为 水田/paddy、果园/orchard 或其他（决定筛选值；默认按其他）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>GB 15618-2018 screening and intervention values</source>
            <translation>GB 15618-2018 风险筛选值和管制值</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>pollutant, kind (screening/intervention), land (paddy/orchard/other/all), the values of the four pH bands in mg/kg (default: the guideline's table; editable)</source>
            <translation>污染物、kind（screening/intervention）、land（paddy/orchard/other/all）、四个 pH 段的值 mg/kg（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Water-resource overload by township</source>
            <translation>乡镇水资源承载状态</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional township polygons whose OVERLOAD_FIELD is 超载/临界超载/不超载; overloaded and critical → water-resource key zone (WR-1)</source>
            <translation>可选：乡镇面，OVERLOAD_FIELD 为 超载/临界超载/不超载；超载、临界超载 → 水资源重点管控区（WR-1）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Overload field</source>
            <translation>承载状态字段</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>超载/临界超载/不超载 (or overloaded/critical/not)</source>
            <translation>超载/临界超载/不超载（或 overloaded/critical/not）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Shorelines</source>
            <translation>岸线</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional shoreline lines whose SHORELINE_FIELD is 严格保护/限制开发/优化利用, buffered by SHORELINE_BUFFER m: 严格保护 → priority (SH-1), 优化利用 → key (SH-2), 限制开发 → general (SH-3)</source>
            <translation>可选：岸线（线），SHORELINE_FIELD 为 严格保护/限制开发/优化利用；缓冲 SHORELINE_BUFFER 米成面：严格保护 → 优先保护岸线（SH-1），优化利用 → 重点管控岸线（SH-2），限制开发 → 一般管控岸线（SH-3）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Shoreline class field</source>
            <translation>岸线类别字段</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>严格保护/限制开发/优化利用</source>
            <translation>严格保护/限制开发/优化利用</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Shoreline buffer (m)</source>
            <translation>岸线缓冲距离 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Distance each side of the line (50 m)</source>
            <translation>岸线向两侧缓冲的距离（默认 50 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Admin code (6 digits) for the zone codes</source>
            <translation>行政区划代码（要素分区编码）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Optional 6-digit county code: each zone's code = YS + 6 digits + 2-digit element number + class + 3-digit serial (core/datastandard.py, the codes controlunits' YSGKFQBM field lists)</source>
            <translation>可选：县 6 位行政区划代码；给出时每个要素分区写 code = YS+6 位代码+2 位要素号+类别+3 位流水号（core/datastandard.py，与 controlunits 的 YSGKFQBM 字段一致）</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Element zones</source>
            <translation>要素管控分区</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Fields element, class (1 priority / 2 key / 3 general), rule, clause, code, …</source>
            <translation>字段 element、class（1 优先保护 / 2 重点管控 / 3 一般管控）、rule、clause、code 等</translation>
        </message>
    </context>
    <context>
        <name>EmissionIndex</name>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Emission index</source>
            <translation>污染物排放指数</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>COD, NH3-N, SO2 and NOx emissions per township divided by its area (intensity per km²), each classed into 5 by natural breaks (5 = highest); water index = max(COD, NH3-N), air = max(SO2, NOx), emission = max(water, air).</source>
            <translation>各镇（乡）COD、氨氮、SO2、NOx 排放量除以面积得排放强度（/km²），各自按自然断点分 5 级（5 最高）；水污染物排放指数 = max(COD, 氨氮)，大气 = max(SO2, NOx)，污染物排放指数 = max(水, 大气)。</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>The seed's 'NO2 intensity' is read as NOx (annex 2, item 42). Level 5 = heaviest emission.</source>
            <translation>原文“二氧化氮排放强度”按指标库（附件二 42 项）取氮氧化物。等级 5 = 排放最重。</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Townships</source>
            <translation>镇（乡）评价单元</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>镇（乡）面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>COD field</source>
            <translation>化学需氧量 COD 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Annual emission (any one unit, e.g. t/a)</source>
            <translation>年排放量（任意统一单位，如 t/a）</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>NH3-N field</source>
            <translation>氨氮 NH3-N 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>SO2 field</source>
            <translation>二氧化硫 SO2 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>NOx field</source>
            <translation>氮氧化物 NOx 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Area field (km²)</source>
            <translation>面积字段 (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Optional land area (km²); default: from the geometry</source>
            <translation>可选：土地面积（km²）；缺省时由几何计算</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Classification</source>
            <translation>分级方法</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</source>
            <translation>将指数分为 5 级的方法：自然断点（Jenks/Fisher 精确最优，≤5000 个单元不抽样；默认，指南“按样本数的分布频率自然分等”）、分位数、等间距。少于 5 个不同值时每个值各为一级，最低为 1</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Emission townships</source>
            <translation>污染物排放指数结果</translation>
        </message>
        <message>
            <location filename="../algorithms/emissionindex.py" />
            <source>Input fields + cod_int, nh3n_int, so2_int, nox_int (per km²), water_emis, air_emis, emission (1–5, 5 heaviest)</source>
            <translation>输入字段 + cod_int, nh3n_int, so2_int, nox_int（/km²）, water_emis, air_emis, emission（1–5，5 最重）</translation>
        </message>
    </context>
    <context>
        <name>EnvZoningProvider</name>
        <message>
            <location filename="../../../work/wt-i17ctrl/processing_provider/provider.py" line="22" />
            <source>Environmental zoning (envzoning)</source>
            <translation>环境功能区划 envzoning</translation>
        </message>
    </context>
    <context>
        <name>EnvZoningUi</name>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="148" />
            <source>Runs the whole workflow as one Graphical Modeler model.</source>
            <translation>以一个图形建模器模型运行整个区划流程。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="220" />
            <source>Source: %s</source>
            <translation>依据：%s</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="245" />
            <source>Open the dialog of %s</source>
            <translation>打开 %s 的对话框</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="249" />
            <source>Not available yet: the algorithm %s is not registered in this version of the plugin.</source>
            <translation>暂不可用：本版插件尚未注册算法 %s。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="48" />
            <source>Environmental zoning</source>
            <translation>环境功能区划</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="298" />
            <source>Run the steps in order; each step opens its Processing dialog. With the zone tool, click the map to see a zone's targets and measures.</source>
            <translation>请按顺序执行各步骤，每一步打开其处理工具对话框。用功能区查询工具点击地图，可查看功能区的目标与管控措施。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="310" />
            <source>Workflow</source>
            <translation>工作流程</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="323" />
            <source>选址研判 Site check</source>
            <translation>选址研判</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="335" />
            <source>Zone at a point</source>
            <translation>点位查询</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="390" />
            <source>Screen a proposed project's site against the zones and control units (envzoning:sitecheck).</source>
            <translation>按环境功能区和环境管控单元对拟建项目选址进行研判（envzoning:sitecheck）。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/dock.py" line="390" />
            <source>Not available yet: the algorithm envzoning:sitecheck is not registered in this version of the plugin.</source>
            <translation>暂不可用：本版插件尚未注册算法 envzoning:sitecheck。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="24" />
            <source>&amp;Environmental zoning</source>
            <translation>环境功能区划(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="34" />
            <source>Environmental zoning workflow</source>
            <translation>环境功能区划工作流程</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="38" />
            <source>Show the environmental zoning workflow (环境功能区划)</source>
            <translation>显示环境功能区划工作流程</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="40" />
            <source>Identify zone</source>
            <translation>查询功能区</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/main.py" line="44" />
            <source>Click on the map to show the zone's code, name, targets, measures and negative list</source>
            <translation>在地图上单击，查看该处功能区的编码、名称、目标、管控措施和负面清单</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="25" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="26" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="27" />
            <source>Zone type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="28" />
            <source>Subtype</source>
            <translation>亚类</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="29" />
            <source>Area (km²)</source>
            <translation>面积（km²）</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="30" />
            <source>Main function</source>
            <translation>主导功能</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="31" />
            <source>Environmental quality targets</source>
            <translation>环境质量目标</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="32" />
            <source>Ecological protection targets</source>
            <translation>生态保护目标</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="33" />
            <source>Control measures</source>
            <translation>管控措施</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="34" />
            <source>Negative list</source>
            <translation>负面清单</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="41" />
            <source>Control unit code</source>
            <translation>环境管控单元编码</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="42" />
            <source>Control unit name</source>
            <translation>环境管控单元名称</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="43" />
            <source>Control unit class</source>
            <translation>管控单元分类</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="105" />
            <source>Choose the zone tool and click on the map: the zone's code, name, targets, measures and negative list are shown here.</source>
            <translation>选择“查询功能区”工具并在地图上单击：此处显示该功能区的编码、名称、目标、管控措施和负面清单。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="114" />
            <source>Environmental function zone</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="122" />
            <source>Layer: %s</source>
            <translation>图层：%s</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="120" />
            <source>Environmental control unit</source>
            <translation>环境管控单元</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="127" />
            <source>No zone or control unit at this point (layers searched: %s).</source>
            <translation>该点没有功能区或管控单元（已查询图层：%s）。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="131" />
            <source>No zone layer: select a polygon layer with the fields code, name, zone_type … or HJZHGKDYBM in the Layers panel.</source>
            <translation>没有功能区图层：请在图层面板中选中含 code、name、zone_type … 或 HJZHGKDYBM 字段的面图层。</translation>
        </message>
        <message>
            <location filename="../../../work/wt-i17ctrl/ui/zoneinfo.py" line="135" />
            <source>Point: %.3f, %.3f (%s)</source>
            <translation>点位：%.3f, %.3f（%s）</translation>
        </message>
    </context>
    <context>
        <name>ExportDatabase</name>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Export the zoning database (Shapefile, GeoTIFF)</source>
            <translation>导出区划数据库</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>The Z 7.4 database: zones, control units, element zones, townships with indices and the km grid as Shapefiles (UTF-8 with .cpg and .prj); field names cut to ≤ 10 characters through a published mapping (field_mapping.csv); texts over 254 bytes keep their first 254 bytes in the Shapefile and go whole into long_texts.csv / long_texts.dbf keyed by the code, each one named in the log; evaluation rasters copied as GeoTIFF; a 数据说明 DOCX describing every layer, field, unit, source and CRS.</source>
            <translation>按第7.4节导出数据库：环境功能区、管控单元、要素分区、乡镇评价指标、公里网格评价结果写为 Shapefile（UTF-8，带 .cpg、.prj）；字段名按公开的对照表（field_mapping.csv）缩为 ≤10 个字符；超过 254 字节的文本在 Shapefile 中保留前 254 字节，全文写入以编号关联的 long_texts.csv / long_texts.dbf，并在日志中列出；评价栅格复制为 GeoTIFF；生成描述每个图层、字段、单位、来源和坐标系的数据说明 DOCX。</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Field names from core/tables/database_fields.csv; a field it lacks is cut to 10 characters (upper case), made unique with a digit.</source>
            <translation>字段名对照表：core/tables/database_fields.csv；表中没有的字段截为前 10 个字符（大写）并以数字去重。</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental function zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental function zones (the final zoning) → zones.shp</source>
            <translation>环境功能区 → zones.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental control units</source>
            <translation>环境管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Environmental control units (三线一单) → ctrl_units.shp</source>
            <translation>环境管控单元 → ctrl_units.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Element zones</source>
            <translation>要素分区</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Element zones (三线一单) → elem_zones.shp</source>
            <translation>要素分区 → elem_zones.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Townships with the evaluation indices</source>
            <translation>乡镇（街道）评价指标</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Townships with the evaluation indices (P2, K) → townships.shp</source>
            <translation>乡镇（街道）评价指标 → townships.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Kilometre grid with the evaluation results</source>
            <translation>公里网格评价结果</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Kilometre grid with the evaluation results (P1, A) → km_grid.shp</source>
            <translation>公里网格评价结果 → km_grid.shp</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Zone code field</source>
            <translation>编号字段</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Key of the long-text table (default code)</source>
            <translation>长文本表关联用的编号字段（默认 code）</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Evaluation rasters</source>
            <translation>评价栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Evaluation rasters (sensitivity, importance …), copied as GeoTIFF (with their .qml)</source>
            <translation>生态系统敏感性、重要性等评价栅格，复制为 GeoTIFF（带 .qml 样式）</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Database folder</source>
            <translation>数据库文件夹</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Folder for the Shapefiles, GeoTIFFs, mapping table and description</source>
            <translation>Shapefile、GeoTIFF、对照表和数据说明的输出文件夹</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Data description (DOCX)</source>
            <translation>数据说明 DOCX</translation>
        </message>
        <message>
            <location filename="../algorithms/exportdatabase.py" />
            <source>Describes every layer, field, unit, source and CRS (needs python-docx)</source>
            <translation>描述每个图层、字段、单位、来源和坐标系（需要 python-docx）</translation>
        </message>
    </context>
    <context>
        <name>FloodRegulation</name>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood regulation importance</source>
            <translation>洪水调蓄功能重要性</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Inside lakes, reservoirs and wetlands Q = (Limax − Limin) / (dem − Limin) (highest and lowest water level, cell elevation). dem ≤ Limin (permanent water) or Q ≥ 1 (the storage band) → 5; 0.5 ≤ Q &lt; 1 → 3; otherwise 1. The level is capped by table 2-1's flood-storage row for the climate zone.</source>
            <translation>在湖库湿地范围内按 Q = (Limax − Limin) / (dem − Limin) 计算洪水调蓄量（Limax 最高水位，Limin 最低水位，dem 像元高程），并分级：dem ≤ Limin（常年水面）或 Q ≥ 1（水位变幅带）为极重要 5；0.5 ≤ Q &lt; 1 为中等重要 3；其余为 1。等级不超过表2-1“洪水调蓄”行在所选气候区的等级。</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>The grading is the plugin's convention (editable breaks, min &lt;= Q &lt; max). The Q raster has values only where dem &gt; Limin inside a water body (the formula is undefined below Limin); elsewhere it is nodata.</source>
            <translation>公式图像缺失，分级为本插件的约定，断点可编辑，区间为 min ≤ Q &lt; max。Q 栅格仅在 dem &gt; Limin 处有值（dem ≤ Limin 时公式无意义，为无数据）；水体以外为无数据。</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>DEM</source>
            <translation>数字高程模型</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Cell elevation (m); the outputs take its grid</source>
            <translation>像元高程 dem（米）；输出取其网格</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lakes, reservoirs, wetlands</source>
            <translation>湖库湿地</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lake, reservoir and wetland polygons with highest and lowest water level</source>
            <translation>湖泊、水库、湿地面图层，带最高、最低水位字段</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Highest water level field (Limax)</source>
            <translation>最高水位字段 Limax</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Highest water level (m, same datum as the DEM)</source>
            <translation>最高水位（米，与 DEM 同一高程基准）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lowest water level field (Limin)</source>
            <translation>最低水位字段 Limin</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Lowest water level (m)</source>
            <translation>最低水位（米）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Climate zone</source>
            <translation>气候区</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Column of table 2-1: arid, semi-arid, semi-humid, humid (Zhejiang: humid)</source>
            <translation>表2-1 的列：干旱、半干旱、半湿润、湿润（浙江：湿润）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood Q breaks (min &lt;= Q &lt; max)</source>
            <translation>洪水调蓄量分级表（min ≤ Q &lt; max）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood Q breaks (min &lt;= Q &lt; max) (default: the guideline's table; editable)</source>
            <translation>洪水调蓄量分级表（min ≤ Q &lt; max）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Table 2-1 (its flood-storage row caps the level)</source>
            <translation>水源涵养重要性分级表（表2-1，取洪水调蓄行为上限）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Table 2-1 (its flood-storage row caps the level) (default: the guideline's table; editable)</source>
            <translation>水源涵养重要性分级表（表2-1，取洪水调蓄行为上限）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Importance words</source>
            <translation>重要性等级词表</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>等级词 → 等级（约定：极重要 5、中等重要 3、较重要/比较重要 2、不重要 1）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood regulation Q</source>
            <translation>洪水调蓄量 Q</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Q (Float32, nodata NaN)</source>
            <translation>Q (Float32，无数据为 NaN)</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Flood regulation level</source>
            <translation>洪水调蓄功能重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>等级 1–5（Byte，0 为无数据）</translation>
        </message>
    </context>
    <context>
        <name>K</name>
        <message>
            <location filename="../algorithms/k.py" />
            <source>K environmental support index</source>
            <translation>区域环境支撑能力指数 K</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality index = min of the air, water and soil quality levels (5 best … 1 heavily polluted); k = (quality/5)·((6 − emission level)/5), in (0, 1]; the smaller k, the weaker the support.</source>
            <translation>环境质量指数 = min(大气, 地表水, 土壤) 质量等级（5 优 … 1 重度污染）；K = (质量/5)·((6 − 排放等级)/5)，范围 (0, 1]，K 越小环境支撑能力越弱。</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>The seed's K formula image is lost; by the plugin's convention the product; options: min or mean of the two normalised terms.</source>
            <translation>K 公式图片缺失，按本插件的约定取乘积；可选两项归一化值的最小值或平均值。</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Townships</source>
            <translation>镇（乡）评价单元</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Townships with quality and emission levels</source>
            <translation>带质量等级与排放等级字段的镇（乡）面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Air quality field</source>
            <translation>大气环境质量字段</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality level 1–5 (5 best); optional, at least one of the three (default field air)</source>
            <translation>质量等级 1–5（5 优）；可选，至少给出一项（默认字段 air）</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Water quality field</source>
            <translation>地表水环境质量字段</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality level 1–5 (5 best); optional, at least one of the three (default field water)</source>
            <translation>质量等级 1–5（5 优）；可选，至少给出一项（默认字段 water）</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Soil quality field</source>
            <translation>土壤环境质量字段</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Quality level 1–5 (5 best); optional, at least one of the three (default field soil)</source>
            <translation>质量等级 1–5（5 优）；可选，至少给出一项（默认字段 soil）</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Emission level field</source>
            <translation>污染物排放等级字段</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Emission level 1–5 (5 heaviest; default field emission)</source>
            <translation>排放等级 1–5（5 排放最重；默认字段 emission）</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Formula</source>
            <translation>K 公式</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Product (default) (q/5)·((6−e)/5), min or mean of the two terms</source>
            <translation>乘积（默认）(q/5)·((6−e)/5)、两项最小值、两项平均</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>K townships</source>
            <translation>K 结果</translation>
        </message>
        <message>
            <location filename="../algorithms/k.py" />
            <source>Input fields + quality (1–5), k</source>
            <translation>输入字段 + quality（环境质量指数 1–5）, k</translation>
        </message>
    </context>
    <context>
        <name>MergeZones</name>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merge small zones</source>
            <translation>合并细碎分区</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>On the analysis grid: a patch smaller than the minimum area joins the neighbour with the longest shared border; NEIGHBOUR patches of rule 9 (any size) do the same; same-subtype neighbours dissolve. Type I is never merged away. The result is polygonized and fitted exactly to the region: no gaps, no overlaps, total area equal to the region's (within 0.01 %). Every merge is a row of the audit table (patch, area, from, to, shared border, reason). Then on polygons: with PROTECTED, type-I zones are the legal polygons themselves (Z 4.2.1); small zones are merged again by shared border; the boundaries the evaluation drew are generalised by shared arcs (neighbours keep one common line: no gaps, no overlaps).</source>
            <translation>在分析网格上：面积小于最小面积的图斑并入与其公共边界最长的相邻区；规则 9 的 NEIGHBOUR 图斑（任意大小）并入公共边界最长的相邻区；相同亚类相邻即合并。I 类从不被并掉。结果转为面、精确裁切到区划范围，无缝隙、无重叠，总面积与区划范围一致（≤0.01 %）。每次合并都写入审计表（图斑、面积、原亚类、并入亚类、公共边界长度、原因），可复核、可撤销。之后在矢量面上：给出保护地时 I 类区取法定边界本身（Z 4.2.1），小图斑再按公共边界合并，评价得出的区界按平面弧段法概化（相邻区共用同一条新边界，无缝隙无重叠）。</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Shared border = shared cell edges (m); ties go to the larger neighbour. Small patches are handled smallest first until stable. By default no patch joins a type-I zone (legal boundaries are kept): a small patch whose only neighbours are type I stays and is audited; a NEIGHBOUR patch enclosed by type I joins it. Cells of the region that the input leaves uncovered are NEIGHBOUR. Boundary: grid polygons are intersected with the exact region; slivers of the region they miss join the polygon sharing the longest boundary with them.</source>
            <translation>公共边界按共享像元边计（米）；并列时取面积较大的相邻区。小图斑由小到大依次处理，直至稳定。默认小图斑不并入 I 类（保护地法定边界不变），仅与 I 类相邻的小图斑保留并记入审计表；只与 I 类相邻的 NEIGHBOUR 图斑并入 I 类。区划范围内输入没有覆盖的像元按 NEIGHBOUR 处理。边界：栅格面与精确的区划边界求交，区划内未被覆盖的碎片并入与其公共边界最长的面。</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Zones from zoning: polygons (field subtype, optionally rule) or the zone raster (subtype codes)</source>
            <translation>zoning 的分区面（字段 subtype，可有 rule）或分区栅格（亚类编码）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Region (administrative boundary): the result is fitted exactly to it</source>
            <translation>区划范围（行政边界）：结果精确裁切到此范围</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Minimum area (km²)</source>
            <translation>最小面积 (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Non-I patches smaller than this are merged (default 0.5 km²); types II and III take at least MIN_AREA_EVALUATED (default 1 km²)</source>
            <translation>小于此面积的非 I 类图斑被合并（默认 0.5 km²）；II、III 类至少取 MIN_AREA_EVALUATED（默认 1 km²）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Cell size (m)</source>
            <translation>像元大小 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Analysis cell (default: the input raster's; 30 m for polygons — use the one zoning used)</source>
            <translation>分析网格像元（默认：输入栅格的像元；输入为面时 30 m——请与 zoning 一致）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Minimum area by zone type</source>
            <translation>分类型最小面积</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Optional: per zone type (II…VI) instead of MIN_AREA; type I is never merged</source>
            <translation>可选：按类型（II…VI）覆盖 MIN_AREA；I 类从不合并</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Minimum area of evaluation-drawn zones, types II and III (km²)</source>
            <translation>评价所得区最小面积 (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Types II and III are drawn by the evaluation, whose basic unit is the km grid (Z 3.2.1): they are not smaller than the larger of this and MIN_AREA (default 1 km², one km-grid cell; a MIN_AREA_BY_TYPE row for the type wins; 0 = MIN_AREA only)</source>
            <translation>II、III 类区由评价划出，评价的基本单元是公里网格（Z 3.2.1）：这两类区不小于此面积与 MIN_AREA 中的较大者（默认 1 km²，一个公里网格；MIN_AREA_BY_TYPE 逐类给出时以其为准；0 = 只用 MIN_AREA）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Small patches may join type I</source>
            <translation>允许并入 I 类</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Small patches may join a type-I zone (changes legal boundaries; default no)</source>
            <translation>小图斑可并入 I 类（会改变保护地边界；默认否）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Protected areas (legal boundaries)</source>
            <translation>保护地（法定边界）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Optional: the protected areas zoning used. Given, type-I zones take the legal polygons themselves (vector overlay, priority by difference: nature reserve &gt; scenic area &gt; forest park &gt; geopark &gt; water source &gt; red line); polygons of one name and subtype form one zone; rasterised type-I pieces outside them join a neighbour</source>
            <translation>可选：zoning 所用的保护地面图层。给出时 I 类区取保护地的法定边界本身（矢量叠加，按 自然保护区 &gt; 风景名胜区 &gt; 森林公园 &gt; 地质公园 &gt; 饮用水源保护区 &gt; 红线 求差），同名同类的保护地为一个区；其外的栅格化 I 类碎片并入相邻区</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Protected-area role field</source>
            <translation>保护地类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Values as zoning's PROTECTED_ROLE_FIELD (nature_reserve … redline, Chinese names or 1–6)</source>
            <translation>取值同 zoning 的 PROTECTED_ROLE_FIELD（nature_reserve … redline、中文名或 1–6）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Protected-area name field</source>
            <translation>保护地名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>The legal name, written to the output's legal_name field (namezones names zones by it)</source>
            <translation>保护地的法定名称，写入结果的 legal_name 字段（namezones 用它命名）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Boundary generalisation tolerance (m)</source>
            <translation>边界概化容差 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Boundaries the zoning draws itself (arcs shared by two non-legal zones) are simplified (Douglas–Peucker) and smoothed (Chaikin) once with this tolerance; neighbours share the new line, no gaps or overlaps; legal and region boundaries stay. Default 1.5 × cell size; 0 = off</source>
            <translation>评价得出的区界（两非法定区之间的公共弧段）按此容差化简并平滑一次，相邻区共用同一条新边界，无缝隙无重叠；法定边界与区划边界不动。默认 1.5 倍像元；0 = 不概化</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Small patches enclosed by type I</source>
            <translation>被 I 类包围的小图斑</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>A small patch whose only neighbours are type I joins it (default; the absorbed area is in the audit) or its longest-border neighbour</source>
            <translation>只与 I 类相邻的小图斑：并入该 I 类区（默认，面积记入审计表），或并入公共边界最长的相邻区</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merged zones</source>
            <translation>合并后的环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Zone polygons (zone_type, subtype, rule, area_km2) covering the region, no gaps or overlaps</source>
            <translation>分区面（zone_type, subtype, rule, area_km2），覆盖区划范围，无缝隙无重叠</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merge audit</source>
            <translation>合并审计表</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>One row per merge: patch, area_km2, from_subtype, to_subtype, into_patch, border_m, reason, x, y, step (grid = the grid merge; legal, merge, merge2 = the vector steps, patch/into_patch numbered in that step's input, so the audit replays)</source>
            <translation>每次合并一行：patch, area_km2, from_subtype, to_subtype, into_patch, border_m, reason, x, y, step（grid = 网格合并；legal、merge、merge2 = 矢量步骤，patch/into_patch 为该步输入中的序号，可据此重放）</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Merged zone raster</source>
            <translation>合并后的分区栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/mergezones.py" />
            <source>Optional: the merged subtype-code raster</source>
            <translation>可选：合并后的亚类编码栅格</translation>
        </message>
    </context>
    <context>
        <name>NameZones</name>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Code and name zones</source>
            <translation>功能区编号与命名</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Code = admin code without the province digits - type - subtype - serial, e.g. 1024-Ⅱ-1-5; serials run north to south, then west to east by the zone's interior point within each subtype. Name = place + function + 区; the place is the place-name feature covering most of the zone, a second one joined with '-' when it covers ≥ 30 %.</source>
            <translation>编号 = 行政代码（去掉省级前两位）-类型-小类-序号，如 1024-Ⅱ-1-5；序号在同一小类内按内点自北向南、自西向东排列。名称 = 地名 + 主导功能 + 区，地名取覆盖功能区面积最大的地名要素，第二个地名覆盖 ≥30 % 时以“-”连接，如 括苍山-大盘山水源涵养区。</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zones that would share a name get no ordinal (一区/二区 or （一）/（二） read like the 一级/二级 protection zones of the law) but a distinguishing place: a name of the DISTINCT layers (villages, mountains, rivers) inside the zone, else the position of its interior point in the county (北部, 东南部, 中部 …), else its position among the zones of that name, else its township; only when all are equal the code in brackets. A protected area's own name stays whole and the zone is a 片区 of it (神仙居风景名胜区北部片区). A zone with a legal name (LEGAL_NAME_FIELD) is named by it. Name endings are the name_word column of the code table (table 4's subtype names; 区 added to 森林公园/地质公园, 其它 dropped).</source>
            <translation>同名功能区不加序号（“一区/二区”“（一）/（二）”易被读作一级/二级保护区），而插入区分地名：先用区分地名图层（村庄、山、河）中位于该区的名称，再用其内点在全县中的方位（北部、东南部、中部……），再用同名各区之间的相对方位，再加所在乡镇；仍相同时才在括号内附编号。专名（保护地法定名称）保持完整，加“××片区”（如 神仙居风景名胜区北部片区）。带法定名称字段（LEGAL_NAME_FIELD）的区以其命名。名称用语见编码表 name_word 列（表4 小类名，森林公园/地质公园加“区”，“其它”去掉）。</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zone polygons with fields zone_type (I…VI) and subtype (e.g. II-1)</source>
            <translation>功能区面图层，字段 zone_type（I…VI）与 subtype（如 II-1）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Admin code (6 digits)</source>
            <translation>行政区划代码（6 位）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>County admin code; codes use its last 4 digits (331024 → 1024)</source>
            <translation>县级行政区划代码，编号取其后 4 位（如 331024 → 1024）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Place-name layers</source>
            <translation>地名图层</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Place-name polygon layers (townships, mountains, rivers …); the feature covering most of a zone names it</source>
            <translation>乡镇、山脉、河流等地名面图层（可多个），取覆盖面积最大者</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Place name field</source>
            <translation>地名字段</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Name field of the place layers (the same in every layer)</source>
            <translation>各地名图层中的名称字段（所有图层同名）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Roman numerals</source>
            <translation>罗马数字</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Type in the code: Unicode Ⅰ…Ⅵ (as Z 4.4.2) or ASCII I…VI</source>
            <translation>编号中类型的写法：Unicode Ⅰ…Ⅵ（如指南 4.4.2）或 ASCII I…VI</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Unicode (Ⅰ…Ⅵ)</source>
            <translation>Unicode 罗马数字（Ⅰ…Ⅵ）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>ASCII (I…VI)</source>
            <translation>ASCII 字母（I…VI）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Second place share (%)</source>
            <translation>第二地名占比 (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>A second place joins the name with '-' when it covers this share (default 30)</source>
            <translation>第二个地名覆盖功能区面积达到该比例时以“-”连接（默认 30）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Suffixes to drop from place names</source>
            <translation>地名去除的后缀</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Comma-separated, e.g. 街道,镇,乡 (default: none)</source>
            <translation>逗号分隔，如 街道,镇,乡（默认不去除）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Named-feature layers</source>
            <translation>特征地物图层</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Optional named features (protected areas, mountains, lakes): one covering at least FEATURE_SHARE of a zone names it (e.g. 括苍山自然保护区) instead of the place layers</source>
            <translation>可选：保护地、山脉、湖库等有专名的面图层；某地物覆盖功能区面积达 FEATURE_SHARE 时以其专名命名（如 括苍山自然保护区），否则用地名图层</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Feature name field</source>
            <translation>特征地物名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Name field of the feature layers</source>
            <translation>特征地物图层中的名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Feature share (%)</source>
            <translation>特征地物占比 (%)</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>A named feature covering this share of a zone names it (default 50)</source>
            <translation>特征地物覆盖功能区面积达到该比例时以其专名命名（默认 50）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Distinguishing place layers</source>
            <translation>区分地名图层</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Optional villages (points), mountains (points or polygons), rivers (lines): zones that would share a name each take one of these lying in them (points nearest the interior point, polygons by area, lines by length inside)</source>
            <translation>可选：村庄（点）、山峰/山脉（点或面）、河流（线）等；两个功能区同名时，各取位于本区内的名称加以区分（点取离内点最近者，面取相交面积最大者，线取区内长度最长者）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Distinguishing name field</source>
            <translation>区分地名字段</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Name field of the distinguishing layers</source>
            <translation>区分地名图层中的名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Legal name field</source>
            <translation>法定名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Field of the zones holding a legal name (e.g. written by mergezones for the pieces of one protected area): when set it names the zone; ignored when the layer has no such field</source>
            <translation>功能区图层中的法定名称字段（如 mergezones 为一个保护地的各部分写入的名称）；有值时以其命名，字段不存在时忽略</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Zone code table</source>
            <translation>功能区分类编码表</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Table 4 types, subtype codes, name words (default: the guideline's table; editable)</source>
            <translation>表4 类型、小类编码与名称用语（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Previous version of the zones</source>
            <translation>上一版功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Optional previous version (fields code, zone_type, subtype): a zone of the same subtype with IoU ≥ KEEP_IOU keeps that zone's code; the others take the next unused serials of their subtype (N 5.13.2–5.13.3)</source>
            <translation>可选：上一版已编号功能区（字段 code、zone_type、subtype）；同小类且交并比 ≥ KEEP_IOU 的功能区沿用其编码，其余取该小类下一个未用过的流水号（N 5.13.2–5.13.3）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>IoU to keep a previous code</source>
            <translation>沿用编码的交并比</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>IoU with a previous zone (same subtype) at or above which its code is kept</source>
            <translation>与上一版功能区的交并比不低于此值（且同小类）时沿用其编码（默认 0.9）</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Named zones</source>
            <translation>已命名功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/namezones.py" />
            <source>Input fields + code, name, area_km2</source>
            <translation>输入字段 + code、name、area_km2</translation>
        </message>
    </context>
    <context>
        <name>P1</name>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>P1 ecological security index (km grid)</source>
            <translation>保障自然生态安全指数 P1（公里网格）</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Km grid cells as evaluation units: P1 = max(sensitivity, importance). Cells are aligned to whole km in the analysis CRS, clipped to the region; cells outside are dropped. The fine cells of a grid cell give sens and imp by majority (default), max or mean; dominant says whether P1 comes from sensitivity, importance or both; sens_s1…s5, imp_s1…s5 are the shares of each level; area_km2 the (clipped) area.</source>
            <translation>以公里网格为评价单元：P1 = Max{生态系统敏感性, 生态系统重要性}。网格按分析坐标系的整公里对齐，跨区界的网格裁剪到区界，区外网格舍去。每个网格内细像元的等级按多数（默认）、最大值或平均值汇总为 sens、imp；字段 dominant 说明 P1 来自敏感性、重要性或两者相同；sens_s1…s5、imp_s1…s5 为各级像元所占比例；area_km2 为（裁剪后）面积。</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Only fine cells whose centre is inside the region and that hold data count. A majority tie goes to the higher level (precautionary); the mean is rounded half up (2.5 → 3). A cell where only one of the two has data takes that one; boundary slivers holding no counted fine cell are dropped (count and area logged).</source>
            <translation>只统计中心落在区界内且有数据的细像元。多数法并列时取较高等级（从严）；平均值四舍五入（2.5→3）。只有一方有数据的网格取该方；无任何有数据细像元的边界碎片网格舍去（日志报告个数与面积）。</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Sensitivity level</source>
            <translation>生态系统敏感性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Level raster 1–5 of ecosensitivity (or soilerosionsensitivity)</source>
            <translation>ecosensitivity（或 soilerosionsensitivity）的等级栅格 1–5</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Importance level</source>
            <translation>生态系统重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Level raster 1–5 of ecoimportance</source>
            <translation>ecoimportance 的等级栅格 1–5</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Region boundary: the grid is clipped to it; its (projected) CRS is the analysis CRS. Without it: the sensitivity raster's grid and extent (projected CRS), counting its cells with data</source>
            <translation>区界：网格裁剪到其范围；其坐标系（投影坐标系）即分析坐标系。不给时取敏感性栅格（须为投影坐标系）的范围与网格，统计其有数据的像元</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Grid cell size (m)</source>
            <translation>网格边长 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Side of the grid cells (m, default 1000)</source>
            <translation>公里网格边长（米，默认 1000）</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Aggregation</source>
            <translation>汇总方式</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>How fine cells make the grid cell's level: majority (ties → higher), max, mean (rounded half up)</source>
            <translation>网格内细像元等级的汇总：多数（并列取高）、最大值、平均值（四舍五入）</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>P1 grid</source>
            <translation>P1 公里网格</translation>
        </message>
        <message>
            <location filename="../algorithms/p1.py" />
            <source>Grid polygons: cell_id, sens, imp, p1, dominant, sens_s1…s5, imp_s1…s5, area_km2</source>
            <translation>网格面：cell_id, sens, imp, p1, dominant, sens_s1…s5, imp_s1…s5, area_km2</translation>
        </message>
    </context>
    <context>
        <name>P2</name>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>P2 human-settlement index</source>
            <translation>维护人居环境健康指数 P2</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Per township: pop_idx = Di/D (population density over the region's), eco_idx = pGDPi/pGDP0 + di/d0 (per-capita GDP and GDP per km², over the region's; the region = all units). Each is classed into 5 by natural breaks and graded 1/3/5/7/9; p2 = product of the grades (1–81; or mean, max, geometric mean).</source>
            <translation>以镇（乡）为单元：人口集聚度 = Di/D（人口密度之比），经济发展水平 = 人均GDPi/人均GDP0 + 经济密度di/d0（D、GDP0、d0 为全部单元合计）；两者各按自然断点分 5 级、赋值 1/3/5/7/9，P2 = 两者赋值之积（1–81，可选平均、最大、几何平均）。</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>The seed's formula image is lost; by the plugin's convention grades 1/3/5/7/9 (as table 1-1), P2 = their product. Area from the geometry in the projected analysis CRS (km²) unless AREA_FIELD is given.</source>
            <translation>公式图片缺失，按本插件的约定：5 级赋值 1/3/5/7/9（同表1-1），P2 取乘积；面积默认由几何在投影坐标系中计算（km²）。</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Townships</source>
            <translation>镇（乡）评价单元</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>镇（乡）面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Population field</source>
            <translation>人口字段</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Resident population</source>
            <translation>常住人口总数</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>GDP field</source>
            <translation>GDP 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>GDP (any one unit, e.g. 10⁴ yuan)</source>
            <translation>地区生产总值（任意统一单位，如万元）</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Area field (km²)</source>
            <translation>面积字段 (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Optional land area (km²); default: from the geometry</source>
            <translation>可选：土地面积（km²）；缺省时由几何计算</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Classification</source>
            <translation>分级方法</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>How indices are classed into 5: natural breaks (exact Jenks/Fisher optimum, no sampling up to 5 000 units; default, the guideline's 自然分等), quantile or equal interval. With fewer than 5 distinct values each value is its own class, lowest 1</source>
            <translation>将指数分为 5 级的方法：自然断点（Jenks/Fisher 精确最优，≤5000 个单元不抽样；默认，指南“按样本数的分布频率自然分等”）、分位数、等间距。少于 5 个不同值时每个值各为一级，最低为 1</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Combination</source>
            <translation>P2 组合方式</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>How the two grades combine: product (default, 1–81), mean, max, geometric mean</source>
            <translation>两项赋值的组合：乘积（默认，1–81）、平均、最大、几何平均</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>P2 townships</source>
            <translation>P2 结果</translation>
        </message>
        <message>
            <location filename="../algorithms/p2.py" />
            <source>Input fields + pop_idx, eco_idx, pop_grade, eco_grade, p2</source>
            <translation>输入字段 + pop_idx, eco_idx, pop_grade, eco_grade, p2</translation>
        </message>
    </context>
    <context>
        <name>RegistrationTable</name>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone registration table</source>
            <translation>环境功能区登记表</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>One row / table per zone: code and name; overview (townships, area km², rivers crossing it); main function and targets; environmental quality and ecological targets; control measures; negative list; shape and key turning points in CGCS2000 lon/lat. Writes DOCX (A4, SimSun, 14 pt bold title, 12 pt text, 1.5 line spacing), XLSX and CSV.</source>
            <translation>每个环境功能区一行/一表：编号及名称；基本概况（所在乡镇、面积、流经河流）；主导功能及目标；环境质量目标；生态保护目标；管控措施；负面清单；形状及坐标（外边界主要拐点，CGCS2000 经纬度）。输出 DOCX（A4，宋体，标题四号加粗，正文小四，1.5 倍行距）、XLSX 和 CSV。</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Key turning points: the outer ring of the largest part simplified (Visvalingam–Whyatt) to MAX_POINTS vertices, listed clockwise from the northernmost, lon/lat to 6 decimals. The DOCX is A4 landscape with the four columns of annex 5. Area from the area_km2 field, else computed in the analysis CRS. Rows ordered by type (I…VI), then code. The DOCX reads as annex 5's sample: an overview saying where in the county the zone lies, its townships, rivers and area; targets and measures as sentences without clause citations (appendix 2 lists the clause behind each item); the negative list as 禁止发展的产业包括所有二类工业项目和三类工业项目, the table-6 item numbers listed once per industry class in appendix 1.</source>
            <translation>主要拐点：最大地块外边界按 Visvalingam–Whyatt 法化简至 MAX_POINTS 个顶点，自最北点起顺时针列出，经纬度 6 位小数。DOCX 为 A4 横向，表格按附件五四栏排列。面积取 area_km2 字段，无该字段时按分析坐标系计算。行按类型（I…VI）再按编号排序。DOCX 按附件五样表写成句子：基本概况写出区域在县域的方位、涉及乡镇、流经河流和面积；目标与措施不引条款号（条款依据集中列于附表2）；负面清单写成“禁止发展的产业包括所有二类工业项目和三类工业项目”，表6 项目编号按工业类别只在附表1 中列一次。</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Named zones (output of namezones / zonetargets: code, name, zone_type, area_km2, main_function, env_target, eco_target, measures, negative_list)</source>
            <translation>已命名的环境功能区（namezones / zonetargets 的输出：code、name、zone_type、area_km2、main_function、env_target、eco_target、measures、negative_list）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Code field</source>
            <translation>编号字段</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone code field (default code)</source>
            <translation>环境功能区编号字段（默认 code）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Name field</source>
            <translation>名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone name field (default name)</source>
            <translation>环境功能区名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone type field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Zone type field (I…VI, default zone_type)</source>
            <translation>环境功能区类型字段（I…VI，默认 zone_type）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Townships</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Township boundaries, for the location (the townships a zone lies in, with shares)</source>
            <translation>乡镇边界，用于“位置”（区域所在乡镇及占比）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Township name field</source>
            <translation>乡镇名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Township name field (default name)</source>
            <translation>乡镇名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Rivers</source>
            <translation>河流水系</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Rivers (lines or polygons), for the rivers crossing each zone</source>
            <translation>河流（线或面），用于“流经河流”</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>River name field</source>
            <translation>河流名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>River name field (default name)</source>
            <translation>河流名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>County boundary: the overview says where in the county a zone lies (default: the extent of all zones)</source>
            <translation>县（市）行政区边界：基本概况写出区域位于县域的哪个方位（不给出时用全部功能区的范围）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Region name</source>
            <translation>区划名称</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>County name, e.g. 仙居县 (default: the title's part before 环境功能区划)</source>
            <translation>县（市）名称，如“仙居县”（默认取标题中“环境功能区划”之前的部分）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Key turning points per zone</source>
            <translation>每区拐点数</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Maximum number of key turning points listed per zone (default 8)</source>
            <translation>每个区域列出的外边界主要拐点个数上限（默认 8）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Title of the register, e.g. 仙居县环境功能区划登记表</source>
            <translation>登记表标题，如“仙居县环境功能区划登记表”</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Register (DOCX)</source>
            <translation>登记表 DOCX</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Word register (needs python-docx)</source>
            <translation>Word 登记表（需要 python-docx）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Register (XLSX)</source>
            <translation>登记表 XLSX</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Excel register (GDAL's XLSX driver)</source>
            <translation>Excel 登记表（GDAL XLSX 驱动）</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>Register (CSV)</source>
            <translation>登记表 CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/registrationtable.py" />
            <source>CSV register (UTF-8 with BOM, opens in Excel)</source>
            <translation>CSV 登记表（UTF-8 带 BOM，Excel 可直接打开）</translation>
        </message>
    </context>
    <context>
        <name>RiparianZone</name>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Riparian zone sensitivity</source>
            <translation>河湖滨岸敏感性</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>The water-quality target gives the riparian sensitivity level (table 1-2: II or better 5 … worse than V 1); level and catchment erosion intensity give the minimum buffer width H (table 1-3). Lines are buffered by H on both sides, polygons outward from the shore (buffer minus the water). The output keeps the input fields and adds level, width (H, m) and intensity (the table 1-3 column used).</source>
            <translation>按水质目标（表1-2）定河湖滨岸敏感性等级（Ⅱ类以上 5 … 劣Ⅴ类 1），再按等级和滨岸带集水区土壤侵蚀强度（表1-3）取滨岸植被最小保护宽度 H：线状河流两侧各缓冲 H，面状河湖自岸线向外缓冲 H（缓冲区减去水面）。输出保留输入字段并增加 level（敏感性等级）、width（H，米）、intensity（所用侵蚀强度列）。</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>The row the seed calls 一般敏感 is level 2 (slightly sensitive). Erosion intensity comes from a field (the six names or SL190 codes 1–6) or from a raster: a statistic (majority by default; max, or the mean rounded half up) of the cells within EROSION_DISTANCE (default 1000 m, a stand-in for the riparian catchment) of the feature; soil-erosion levels map 5 → 极强烈, 4 → 强烈, 3 → 中度, 2 → 轻度, 1 → 无明显. Buffers are built in the analysis CRS (the matching CGCS2000 3-degree zone for geographic input).</source>
            <translation>表中“一般敏感”行即轻度敏感（2 级）。侵蚀强度可取自字段（六类名称或 SL190 码 1–6），或取自栅格：在要素两侧 EROSION_DISTANCE（默认 1000 m，代表滨岸带集水区）缓冲区内统计（默认众数，可选最大值、均值四舍五入），土壤侵蚀敏感性等级 5→极强烈、4→强烈、3→中度、2→轻度、1→无明显。结果在分析坐标系（输入为地理坐标时取 CGCS2000 3 度带）中计算。</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Rivers and lakes</source>
            <translation>河流与湖库</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Rivers (lines) or lakes/reservoirs (polygons) with a water-quality target field</source>
            <translation>河流（线）或湖库水面（面），带水质目标字段</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Water-quality target field</source>
            <translation>水质目标字段</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Water-quality target: I, II, III, IV, V, 劣V (also Ⅰ…Ⅴ, 劣Ⅴ, 'Ⅱ类' or 1…6)</source>
            <translation>水质目标：I、II、III、IV、V、劣V（亦可 Ⅰ…Ⅴ、劣Ⅴ、“Ⅱ类”或 1…6）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion intensity field</source>
            <translation>土壤侵蚀强度字段</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Catchment erosion intensity: 极强烈, 剧烈, 强烈, 中度, 轻度, 无明显, or SL190 codes 1 (微度) … 6 (剧烈) (EROSION_FIELD or EROSION_RASTER)</source>
            <translation>滨岸带集水区土壤侵蚀强度：极强烈、剧烈、强烈、中度、轻度、无明显，或 SL190 码 1 微度 … 6 剧烈（与 EROSION_RASTER 二选一）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Lakes and reservoirs</source>
            <translation>湖泊水库</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Optional lakes and reservoirs (polygons), buffered outward from the shore into the same output; with a water-quality target field</source>
            <translation>可选：湖泊、水库水面（面），与河流一起计算，写入同一输出；带水质目标字段</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Lake water-quality target field</source>
            <translation>湖库水质目标字段</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>The lakes' water-quality target field (as TARGET_FIELD; default: the field of that name)</source>
            <translation>湖库的水质目标字段（写法同 TARGET_FIELD；不填时用同名字段）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Lake erosion intensity field</source>
            <translation>湖库侵蚀强度字段</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Optional: the lakes' catchment erosion intensity field; default: EROSION_RASTER, without a raster the field named as EROSION_FIELD</source>
            <translation>可选：湖库集水区的土壤侵蚀强度字段；不填时取 EROSION_RASTER，无栅格时用与 EROSION_FIELD 同名的字段</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion raster</source>
            <translation>土壤侵蚀栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Soil-erosion level raster (the level output of 'Soil erosion sensitivity') or an SL190 intensity-code raster</source>
            <translation>土壤侵蚀敏感性等级栅格（“土壤侵蚀敏感性”的等级输出）或 SL190 强度码栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion raster values</source>
            <translation>侵蚀栅格取值含义</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Soil-erosion sensitivity levels 1–5 (default) or SL190 intensity codes 1–6</source>
            <translation>土壤侵蚀敏感性等级 1–5（默认）或 SL190 强度码 1–6</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Soil-erosion sensitivity level 1–5</source>
            <translation>土壤侵蚀敏感性等级 1–5</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>SL190 intensity code 1–6</source>
            <translation>SL190 侵蚀强度码 1–6</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion statistic</source>
            <translation>侵蚀强度统计方式</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Majority (default), maximum or mean (rounded half up) of the raster cells in the buffer</source>
            <translation>缓冲区内栅格值的众数（默认）、最大值或均值（四舍五入）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Majority</source>
            <translation>众数</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Maximum</source>
            <translation>最大值</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Mean (rounded)</source>
            <translation>均值（四舍五入）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Erosion sampling distance (m)</source>
            <translation>侵蚀统计范围 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Raster cells within this distance of the feature (outside the shore for lakes) are the riparian catchment (default 1000 m)</source>
            <translation>在要素两侧（湖库为岸线外）此距离内统计侵蚀栅格，代表滨岸带集水区（默认 1000 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Water-quality target table (table 1-2)</source>
            <translation>水质目标敏感性表（表1-2）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>target class → sensitivity level (default: the guideline's table; editable)</source>
            <translation>水质目标 → 敏感性等级（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Minimum buffer width table (table 1-3)</source>
            <translation>滨岸带最小保护宽度表（表1-3）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>level × erosion intensity → width H (m) (default: the guideline's table; editable)</source>
            <translation>敏感性等级 × 侵蚀强度 → 宽度 H（米）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Riparian zones</source>
            <translation>河湖滨岸敏感区</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Riparian buffer polygons: input fields + level, width, intensity</source>
            <translation>滨岸带多边形：输入字段 + level、width、intensity</translation>
        </message>
    </context>
    <context>
        <name>SiteCheck</name>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Site check</source>
            <translation>空间准入研判</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Overlays a project footprint (point, line or polygon) and its industry (table-6 item or class 一类/二类/三类) with zones and/or control units: every zone/unit touched with area, targets, measures and negative-list hits, and a verdict 允许/限制/禁止 with reasons, each citing the table, item and clause. Deterministic.</source>
            <translation>项目用地（点、线或面）及其行业（表6 条目号或一类/二类/三类）与环境功能区和/或管控单元叠加：列出涉及的每个功能区/单元（占用面积、目标、管控措施、负面清单命中），给出 允许/限制/禁止 结论及理由，每条理由注明表、条目和条款。同一输入总得到同一结论。</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>The verdict is the strictest of all zones and units touched (禁止 &gt; 限制 &gt; 允许); zones by the negative-list table (Z 5.3), units by the requirement rows with an action; source-county rows apply when the admin code is a source county (Z 4.6.1). A number that table 6 lists in several classes (e.g. 76) must be given with its class (三类-76).</source>
            <translation>结论取所涉各功能区、单元中最严的一条（禁止 &gt; 限制 &gt; 允许）；功能区按负面清单表（Z 5.3），单元按准入要求表中带 action 的条目；行政区划代码属于源头地区（Z 4.6.1）时，源头地区条款适用。只有条目号而表6 中对应多个类别（如 76）时须写明条目（如 三类-76）。</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project footprint</source>
            <translation>项目用地</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project footprint (point, line or polygon; all features form one project — use 'selected features only' to pick one)</source>
            <translation>项目用地范围（点、线或面；图层中全部要素合为一个项目，可只用选中要素）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry (table 6 or GB/T 4754)</source>
            <translation>行业类别（表6 或 GB/T 4754）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Table-6 item number (e.g. 47, K), item key (三类-47), class 一类/二类/三类, or a GB/T 4754-2017 industry code (4 digits or with its section letter: 3011, C3011, GB:30; mapped to table 6 by the editable GBT4754_TABLE). Batch mode: INDUSTRY_FIELD</source>
            <translation>表6 条目号（如 47、K）、条目键（如 三类-47）、一类/二类/三类，或 GB/T 4754-2017 国民经济行业代码（4 位数字或带门类字母，如 3011、C3011、GB:30；按可编辑对照表 GBT4754_TABLE 对应到表6）。批量模式用 INDUSTRY_FIELD</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry field (batch mode)</source>
            <translation>行业字段（批量）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch mode: each PROJECT feature is a project whose industry is this field (written as INDUSTRY); one verdict and report per project plus a summary table</source>
            <translation>给出时为批量模式：PROJECT 每个要素是一个项目，行业取此字段（写法同 INDUSTRY），每个项目一个结论、一份报告，并输出汇总表</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project kind</source>
            <translation>项目性质</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>新建/改建/扩建/现有: only rows that concern that kind count (a row naming 新建、扩建 does not bind an existing plant or a 改建; '现有的…' binds existing plants; rows naming none bind all; a project_kind column in the table overrides). Empty: all</source>
            <translation>新建/改建/扩建/现有：只计入适用于该性质的条款（条款写明“新建、扩建”的不约束现有、改建项目；“现有的…”约束现有项目；未写明的适用于全部；表中有 project_kind 列时以该列为准）。空：全部条款</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project kind field (batch mode)</source>
            <translation>项目性质字段（批量）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch mode: each project's kind (新建/改建/扩建/现有); empty values take PROJECT_KIND</source>
            <translation>批量模式下每个项目的性质（新建/改建/扩建/现有）；空值取 PROJECT_KIND</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Project name</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Name in the report (default: the name field of the first feature, or the layer name)</source>
            <translation>报告中的项目名称（默认：项目图层第一个要素的 name 字段，或图层名）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Environmental function zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Zones (field zone_type; optionally subtype, code, name, env_target, eco_target, measures, negative_list)</source>
            <translation>区划成果（字段 zone_type，可有 subtype、code、name、env_target、eco_target、measures、negative_list）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Control units</source>
            <translation>管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Output of controlunits / accesslist</source>
            <translation>controlunits / accesslist 的输出</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Admin code (6 digits)</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Optional 6-digit county code, to know whether it is a source county (Z 4.6.1); default the units' admin_code field</source>
            <translation>可选：县 6 位代码，判断是否源头地区（Z 4.6.1）；默认取单元的 admin_code 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Negative lists</source>
            <translation>负面清单表</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Negative lists (default: the guideline's table; editable)</source>
            <translation>负面清单表（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Requirement table</source>
            <translation>准入要求表</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Requirement table (default: the guideline's table; editable)</source>
            <translation>准入要求表（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry catalogue (table 6)</source>
            <translation>工业项目分类目录（表6）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Industry catalogue (table 6) (default: the guideline's table; editable)</source>
            <translation>工业项目分类目录（表6）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>GB/T 4754-2017 → table 6 mapping</source>
            <translation>国民经济行业代码与表6对照表</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>code (2–4 digits, longest prefix first), name, item (table-6 key), note (default: the guideline's table; editable)</source>
            <translation>code（2–4 位，最长前缀优先）、name、item（表6 条目键）、note（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Report (HTML)</source>
            <translation>研判报告 HTML</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Site-check report page</source>
            <translation>研判报告网页</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Result (JSON)</source>
            <translation>研判结果 JSON</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>verdict (允许/限制/禁止), reasons (with clause), zones and units touched</source>
            <translation>verdict（允许/限制/禁止）、reasons（含 clause）、涉及的功能区和单元</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch summary (XLSX)</source>
            <translation>批量汇总表 XLSX</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Batch mode: one row per project (industry, table-6 item, kind, verdict, reasons, zones/units touched, main reason)</source>
            <translation>批量模式：每个项目一行（行业、表6条目、性质、结论、理由条数、涉及功能区/单元、主要理由）</translation>
        </message>
    </context>
    <context>
        <name>SoilConservation</name>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation importance</source>
            <translation>水土保持重要性</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Table 2-2: the soil-erosion sensitivity level (1 not … 5 extremely sensitive) and the receiving-water class of the catchment (1 = 1–2 rivers &amp; major urban sources, 2 = 3 rivers &amp; small-town sources, 3 = 4–5 rivers) give the soil-conservation importance; cells in no catchment are 1. The output is on the sensitivity raster's grid.</source>
            <translation>按表2-2，由土壤侵蚀敏感性等级（1 不敏感 … 5 极敏感）和所在汇水区的影响水体类别（1：1-2级河流及大中城市主要水源水体；2：3级河流及小城市水源水体；3：4-5级河流）确定水土保持重要性；不在任何汇水区内的像元为 1（不重要）。输出与敏感性栅格同网格。</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Words map to 极重要 5, 中等重要 3, 较重要 2, 不重要 1. Where catchments overlap, the smallest class number (the most important receiving water) wins.</source>
            <translation>等级词映射：极重要 5、中等重要 3、较重要 2、不重要 1。汇水区重叠处取类别号最小者（影响水体最重要）。</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil erosion sensitivity level</source>
            <translation>土壤侵蚀敏感性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Level raster of soilerosionsensitivity (1–5, nodata 0); the output takes its grid</source>
            <translation>soilerosionsensitivity 的等级栅格（1–5，0 为无数据）；输出取其网格</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Catchments</source>
            <translation>汇水区</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Catchment polygons with a receiving-water class</source>
            <translation>汇水区面图层，带影响水体类别字段</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Receiving-water class field</source>
            <translation>影响水体类别字段</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>1 = 1–2 rivers &amp; major urban sources, 2 = 3 rivers &amp; small-town sources, 3 = 4–5 rivers</source>
            <translation>1 = 1-2级河流及大中城市主要水源水体，2 = 3级河流及小城市水源水体，3 = 4-5级河流</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation table (table 2-2)</source>
            <translation>水土保持重要性分级表（表2-2）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation table (table 2-2) (default: the guideline's table; editable)</source>
            <translation>水土保持重要性分级表（表2-2）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Importance words</source>
            <translation>重要性等级词表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>等级词 → 等级（约定：极重要 5、中等重要 3、较重要/比较重要 2、不重要 1）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Soil conservation level</source>
            <translation>水土保持重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/soilconservation.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>等级 1–5（Byte，0 为无数据）</translation>
        </message>
    </context>
    <context>
        <name>SoilErosionSensitivity</name>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil erosion sensitivity</source>
            <translation>土壤侵蚀敏感性</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity R, soil texture K, relief LS and land cover C are each graded 1/3/5/7/9 by table 1-1; SS = (R·K·LS·C)^(1/4) is graded to levels 1–5 (5 extremely sensitive). Runs block-wise: memory does not grow with raster size.</source>
            <translation>降水侵蚀力 R、土壤质地 K、地形起伏度 LS、地表覆盖 C 各按表1-1分级赋值 1/3/5/7/9，SS = (R·K·LS·C)^(1/4)，再按 SS 分为 5 级（5 极敏感 … 1 不敏感）。分块计算，内存不随栅格增大。</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Breaks are min &lt; v &lt;= max, the first class taking its min: R = 25 grades 1, relief 20 m grades 1, SS = 2.0 is level 1. Built-up/impervious grades 1 (sealed); CLCD cropland grades 5 (double cropping).</source>
            <translation>区间取左开右闭 (min &lt; v ≤ max)，首级含下限：R=25 为 1 级，起伏度 20 m 为 1 级，SS=2.0 为 1 级。建设用地/不透水面赋 1（已封闭，不可侵蚀）；CLCD 耕地赋 5（一年二熟粮作）。</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity R</source>
            <translation>降水侵蚀力 R</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity raster (graded &lt;25, 25–100, 100–400, 400–600, &gt;600)</source>
            <translation>降水侵蚀力栅格（表1-1 分级：&lt;25, 25–100, 100–400, 400–600, &gt;600）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Rainfall erosivity unit</source>
            <translation>降水侵蚀力单位</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Unit of the R raster: that of table 1-1, or SI MJ·mm/(hm²·h·a) (divided by 17.02 into table 1-1 units)</source>
            <translation>R 栅格的单位：表1-1 的单位，或国际单位 MJ·mm/(hm²·h·a)（除以 17.02 换算为表1-1 的单位）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture raster</source>
            <translation>土壤质地栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture class raster (default codes 1 gravel … 12 silt); or use the soil polygons below</source>
            <translation>土壤质地类别码栅格（默认码表：1 石砾 … 12 粉土）；或改用下方土壤质地面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture polygons</source>
            <translation>土壤质地面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil polygons with a texture field (with SOIL_FIELD)</source>
            <translation>土壤质地面图层（与 SOIL_FIELD 配合）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture field</source>
            <translation>土壤质地字段</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Texture name (e.g. 壤土) or class code</source>
            <translation>质地名称（如 壤土）或类别码</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>DEM</source>
            <translation>数字高程模型</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>DEM; relief = max − min in a moving window (DEM or RELIEF is required)</source>
            <translation>由 DEM 以移动窗口计算地形起伏度（与 RELIEF 二选一）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief raster (m)</source>
            <translation>地形起伏度栅格 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>A ready relief raster in metres</source>
            <translation>已算好的地形起伏度栅格（米）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief window side (m)</source>
            <translation>起伏度窗口边长 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Side of the square moving window for relief (m, default 1000)</source>
            <translation>计算地形起伏度的方形移动窗口边长（米，默认 1000）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Land cover</source>
            <translation>地表覆盖</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Land-cover class raster (CLCD, ESA WorldCover or custom codes)</source>
            <translation>地表覆盖类别栅格（CLCD、ESA WorldCover 或自定义码）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Land cover scheme</source>
            <translation>地表覆盖分类体系</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>CLCD, ESA WorldCover or the custom VEGETATION_TABLE</source>
            <translation>CLCD、ESA WorldCover 或自定义植被表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>CLCD (China Land Cover Dataset)</source>
            <translation>CLCD（中国土地覆盖数据集）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>ESA WorldCover</source>
            <translation>ESA WorldCover（欧空局全球地表覆盖）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Custom (VEGETATION_TABLE)</source>
            <translation>自定义（VEGETATION_TABLE）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Optional region: the grid is its extent snapped to the cell size; outside is nodata</source>
            <translation>可选：分析范围（网格按其范围和像元大小对齐，范围外为无数据）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Cell size (m)</source>
            <translation>像元大小 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Analysis cell size (default: the erosivity raster's; 30 m with a region)</source>
            <translation>分析网格像元大小（默认：降水侵蚀力栅格的像元；有 REGION 时默认 30 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Soil texture table</source>
            <translation>土壤质地分级表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>texture code → grade (default: the guideline's table; editable)</source>
            <translation>质地码 → 分级赋值（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Custom vegetation table</source>
            <translation>自定义植被分级表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>cover code → grade (used with the custom scheme) (default: the guideline's table; editable)</source>
            <translation>地表覆盖码 → 分级赋值（LANDCOVER_SCHEME=自定义时使用）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Erosivity breaks</source>
            <translation>降水侵蚀力分级表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Erosivity breaks (default: the guideline's table; editable)</source>
            <translation>降水侵蚀力分级表（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief breaks</source>
            <translation>地形起伏度分级表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Relief breaks (default: the guideline's table; editable)</source>
            <translation>地形起伏度分级表（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS level breaks</source>
            <translation>敏感性指数分级表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS level breaks (default: the guideline's table; editable)</source>
            <translation>敏感性指数分级表（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Class values missing from a table</source>
            <translation>表中缺少的类别值</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Error (default) or treat as nodata</source>
            <translation>报错（默认）或作为无数据</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Error</source>
            <translation>报错</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Nodata</source>
            <translation>记为无数据</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS index</source>
            <translation>敏感性指数 SS</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>SS index (Float32)</source>
            <translation>SS 指数 (Float32)</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Sensitivity level</source>
            <translation>土壤侵蚀敏感性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/soilerosionsensitivity.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>等级 1–5（Byte，0 为无数据）</translation>
        </message>
    </context>
    <context>
        <name>SoilQuality</name>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil quality level</source>
            <translation>土壤环境质量</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Single-factor index Pi = Ci/Si (measured / standard); Pi averaged over the unit's samples; unit index = max Pi (or Nemerow sqrt((Pmax²+Pmean²)/2)); ≤1 clean 5, (1,2] good 4, (2,3] slightly 3, (3,5] moderately 2, &gt;5 heavily polluted 1. A unit without samples takes the nearest (soil_nearest = 1).</source>
            <translation>单因子污染指数 Pi = Ci/Si（实测值/评价标准）；单元内各样点 Pi 取平均，单元指数 = 最大 Pi（可选内梅罗 √((Pmax²+Pmean²)/2)）；≤1 优 5，(1,2] 良 4，(2,3] 轻度污染 3，(3,5] 中度污染 2，&gt;5 重度污染 1。无样点的单元取最近样点并标记 soil_nearest = 1。</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>The SPI formula image is lost: max Pi by the plugin's convention (Nemerow as option); several samples: each pollutant's Pi averaged over them, then combined. Default standards: GB 15618-2018 farmland screening values (other, 5.5 &lt; pH ≤ 6.5); with a pH field, each sample's own pH band (≤5.5, 5.5–6.5, 6.5–7.5, &gt;7.5, upper limits inclusive) and land use (paddy / orchard / other); or standard fields per sample, or the edited table.</source>
            <translation>SPI 公式图片缺失：按本插件的约定取最大 Pi（内梅罗为选项）；多样点取各污染物 Pi 的平均后再合成。评价标准默认 GB 15618-2018 农用地风险筛选值（其他，5.5&lt;pH≤6.5）；给出 pH 字段时按每个样点的 pH 分档（≤5.5、5.5–6.5、6.5–7.5、&gt;7.5，上限含）和用地（水田/果园/其他）取值；也可用样点标准字段或编辑表。</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Townships</source>
            <translation>镇（乡）评价单元</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Township polygons (evaluation units)</source>
            <translation>镇（乡）面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil samples</source>
            <translation>土壤样点</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil samples (points)</source>
            <translation>土壤监测样点（点）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Pollutant fields</source>
            <translation>污染物字段</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Measured concentration fields Ci</source>
            <translation>各污染物实测浓度字段 Ci</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Standard fields</source>
            <translation>评价标准字段</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Optional standard fields Si, one per pollutant field in the same order; default: the standards table (field name = the table's pollutant)</source>
            <translation>可选：与污染物字段一一对应（同样顺序）的评价标准 Si 字段；缺省时按标准表（字段名 = 表中 pollutant）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>pH field</source>
            <translation>pH 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Optional sample pH: the screening value of GB 15618-2018 table 1 by pH band (≤5.5, 5.5–6.5, 6.5–7.5, &gt;7.5)</source>
            <translation>可选：样点 pH；给出时按 GB 15618-2018 表1 的 pH 分档（≤5.5、5.5–6.5、6.5–7.5、&gt;7.5）取筛选值</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Land-use field</source>
            <translation>用地类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Optional: samples whose value is 水田 (or paddy) take the paddy values, 果园 (or orchard) the orchard values (GB 15618-2018 table 1: copper only), the others 其他</source>
            <translation>可选：值为 水田（或 paddy）的样点用水田筛选值，果园（或 orchard）的用果园值（GB 15618-2018 表1 仅铜有），其余用“其他”</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>GB 15618-2018 screening values</source>
            <translation>GB 15618-2018 筛选值表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>pollutant, kind (screening / intervention; the screening rows are read), land (paddy/orchard/other/all), the value per pH band (mg/kg); the same table as elementzones' (default: the guideline's table; editable)</source>
            <translation>污染物、kind（screening 筛选值 / intervention 管制值，此处读筛选值）、用地 land（paddy 水田/orchard 果园/other 其他/all）、四个 pH 档的值（mg/kg）；与 elementzones 同一张表（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil standards table</source>
            <translation>土壤评价标准表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>pollutant → standard (mg/kg); default: the screening values of gb15618_farmland.csv for other land at 5.5 &lt; pH ≤ 6.5 (default: the guideline's table; editable)</source>
            <translation>污染物 → 评价标准（mg/kg）；默认为 gb15618_farmland.csv 中“其他”用地 5.5&lt;pH≤6.5 的筛选值（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Unit index</source>
            <translation>单元指数</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Max Pi (default) or Nemerow</source>
            <translation>最大 Pi（默认）或内梅罗综合指数</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Units without a sample take the nearest</source>
            <translation>无样点单元取最近样点</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Otherwise the unit is left NULL</source>
            <translation>否则该单元为空值</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>SPI breaks</source>
            <translation>SPI 分级表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>index range → quality level (default: the guideline's table; editable)</source>
            <translation>指数区间 → 质量等级（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Soil quality townships</source>
            <translation>土壤环境质量结果</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>Input fields + soil_pi, soil (level 1–5, 5 best), soil_n, soil_nearest</source>
            <translation>输入字段 + soil_pi, soil（质量等级 1–5，5 优）, soil_n, soil_nearest</translation>
        </message>
    </context>
    <context>
        <name>StyleZones</name>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Style zones</source>
            <translation>环境功能区样式</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Table 7 colours: I (240,60,0), II (0,200,50), III (240,240,90), IV (160,200,250), V (90,160,250) with a diagonal hatch, VI (30,120,230) with a grid hatch (table 8); zone codes as labels. The style is saved as QML (beside the output and to OUTPUT_QML) and applied when the layer is loaded.</source>
            <translation>按表7着色：自然生态红线区 (240,60,0)、生态功能保障区 (0,200,50)、农产品环境保障区 (240,240,90)、人居环境保障区 (160,200,250)、环境优化准入区 (90,160,250) 加斜线、环境重点准入区 (30,120,230) 加网格（表8）；标注区域编号。样式另存为 QML（输出旁及 OUTPUT_QML），图层加载时自动应用。</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Table 8's pattern images are lost: diagonal = one 45° line-pattern fill, grid = two line-pattern fills at 0° and 90°, over the table 7 fill, 2 mm apart. The style's source is resources/styles/zones.qml (editable).</source>
            <translation>表8 的图案图片未保留：斜线 = 45° 线型填充，网格 = 0° 与 90° 两层线型填充，均叠加在表7 填充色之上，线距 2 mm。样式源文件为 resources/styles/zones.qml（可编辑）。</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Zone polygons (zone_type I…VI)</source>
            <translation>环境功能区面图层（zone_type 为 I…VI）</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Zone type field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Category field with the zone type (I…VI, default zone_type)</source>
            <translation>分类着色所用的类型字段（I…VI，默认 zone_type）</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Label field</source>
            <translation>标注字段</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Label field (default code; empty: no labels)</source>
            <translation>标注字段（默认 code 区域编号；留空不标注）</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Styled zones</source>
            <translation>带样式的环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>A copy of the zones with a sidecar .qml (also the default style inside a GeoPackage)</source>
            <translation>环境功能区副本，旁附 .qml 样式（GeoPackage 中另存为默认样式）</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Style file (QML)</source>
            <translation>样式文件 QML</translation>
        </message>
        <message>
            <location filename="../algorithms/stylezones.py" />
            <source>Also save the style to this file (optional)</source>
            <translation>另存样式文件（可选）</translation>
        </message>
    </context>
    <context>
        <name>WaterConservation</name>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation importance</source>
            <translation>水源涵养重要性</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Table 2-1: the type of the source area (urban water source, irrigation intake, flood storage) and the climate zone give the water-conservation importance level; cells in no source area are 1 (not important).</source>
            <translation>按表2-1，由水源区类型（城市水源地、农灌取水区、洪水调蓄）和气候区（干旱、半干旱、半湿润、湿润）确定水源涵养重要性等级；不在任何水源区内的像元为 1（不重要）。</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Words map to levels 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1 (level 4 only through user tables). Where source areas overlap the highest level wins.</source>
            <translation>等级词映射：极重要 5、中等重要 3、较重要/比较重要 2、不重要 1（4 级仅可由用户表得到）。水源区重叠处取最高等级。</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Source areas</source>
            <translation>水源区</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Source-area polygons (urban water source, irrigation intake, flood storage)</source>
            <translation>水源区面图层（城市水源地、农灌取水区、洪水调蓄区）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Type field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Values 城市水源地 / 农灌取水区 / 洪水调蓄, or 1 / 2 / 3</source>
            <translation>取值：城市水源地 / 农灌取水区 / 洪水调蓄，或 1 / 2 / 3</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Climate zone</source>
            <translation>气候区</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Column of table 2-1: arid, semi-arid, semi-humid, humid (Zhejiang: humid)</source>
            <translation>表2-1 的列：干旱、半干旱、半湿润、湿润（浙江：湿润）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Climate zone field</source>
            <translation>气候区字段</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Optional per-feature climate zone (干旱/半干旱/半湿润/湿润 or arid … humid); overrides CLIMATE</source>
            <translation>可选：逐要素的气候区（干旱/半干旱/半湿润/湿润），优先于 CLIMATE</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Reference grid raster</source>
            <translation>参考栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>The output takes its grid (e.g. the soil-erosion level raster) and its nodata; give REFERENCE or REGION</source>
            <translation>输出与其网格一致（如土壤侵蚀敏感性等级栅格），其无数据处输出亦为无数据；与 REGION 至少给一个</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Optional region: the grid is its extent snapped to the cell size; outside is nodata</source>
            <translation>可选：分析范围（网格按其范围和像元大小对齐，范围外为无数据）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Cell size (m)</source>
            <translation>像元大小 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Analysis cell size (default: the reference raster's; 30 m with a region only)</source>
            <translation>分析网格像元大小（默认：参考栅格的像元；仅有 REGION 时 30 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation table (table 2-1)</source>
            <translation>水源涵养重要性分级表（表2-1）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation table (table 2-1) (default: the guideline's table; editable)</source>
            <translation>水源涵养重要性分级表（表2-1）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Importance words</source>
            <translation>重要性等级词表</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1) (default: the guideline's table; editable)</source>
            <translation>等级词 → 等级（约定：极重要 5、中等重要 3、较重要/比较重要 2、不重要 1）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Water conservation level</source>
            <translation>水源涵养重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/waterconservation.py" />
            <source>Level 1–5 (Byte, nodata 0)</source>
            <translation>等级 1–5（Byte，0 为无数据）</translation>
        </message>
    </context>
    <context>
        <name>WaterQuality</name>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Surface water quality level</source>
            <translation>地表水环境质量</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Each unit takes the monitoring sections inside it. Fewer than 5: the class of the mean concentrations against the GB 3838-2002 basic-item limits, then table 6-2 (I–II excellent 5, III good 4, IV slightly 3, V moderately 2, worse than V heavily polluted 1). 5 or more: the class-share rules of table 6-3, in the order written. A unit without a section takes the nearest one (water_nearest = 1).</source>
            <translation>每个单元取其内的监测断面。断面少于 5 个：各指标浓度取算术平均，按 GB 3838-2002 基本项目限值定类别，再按表6-2（Ⅰ～Ⅱ 优 5，Ⅲ 良好 4，Ⅳ 轻度污染 3，Ⅴ 中度污染 2，劣Ⅴ 重度污染 1）；5 个及以上：按表6-3 断面类别比例规则依次判定。无断面的单元取最近断面并标记 water_nearest = 1。</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Table 6-3's rows leave out exactly I–III = 60 % with worse-than-V = 40 %; it is graded heavily polluted, as its worse-than-V share says (row 6, editable). With fewer than 5 sections and only a class field: the mean class number rounded up (II and III → III). With both: fewer than 5 use mean concentrations, 5 or more use the class field (empty ones from the concentrations).</source>
            <translation>表6-3 原文各行未覆盖“Ⅰ～Ⅲ类恰为 60%、劣Ⅴ类恰为 40%”一种情形，按其劣Ⅴ类比例判为重度污染（表第 6 行，可编辑）。少于 5 个断面且只有类别字段时，取类别序号平均值向上取整（如 Ⅱ、Ⅲ → Ⅲ）。既有浓度又有类别字段时：少于 5 个用浓度平均，5 个及以上用类别字段（空值由浓度判定）。</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Units (townships)</source>
            <translation>评价单元（镇乡）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Township (or catchment) polygons</source>
            <translation>镇（乡）或流域面图层</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Monitoring sections</source>
            <translation>水质监测断面</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Surface-water monitoring sections (points)</source>
            <translation>地表水监测断面（点）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Water class field</source>
            <translation>水质类别字段</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Section class: I…V, 劣V (also Ⅰ…Ⅴ, 1…6)</source>
            <translation>断面水质类别：I…V、劣V（也接受 Ⅰ…Ⅴ、1…6）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Indicator fields</source>
            <translation>水质指标字段</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Indicator concentration fields (mg/L) named as the limit table's item or Chinese name, e.g. do, codmn, cod, bod5, nh3n, tp, tn</source>
            <translation>指标浓度字段（mg/L），字段名为限值表的 item 或中文名，如 do, codmn, cod, bod5, nh3n, tp, tn</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Units without a section take the nearest</source>
            <translation>无断面单元取最近断面</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Otherwise the unit is left NULL</source>
            <translation>否则该单元为空值（K 计算时须给出其他质量字段）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>GB 3838-2002 limits</source>
            <translation>GB 3838-2002 限值表</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Basic-item limits (min = at least, e.g. DO; max = at most) (default: the guideline's table; editable)</source>
            <translation>基本项目标准限值（min = 不低于，如溶解氧；max = 不高于）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Table 6-2 class → status</source>
            <translation>表6-2 水质定性评价</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>class → status and quality level (default: the guideline's table; editable)</source>
            <translation>水质类别 → 状况与质量等级（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Table 6-3 share rules</source>
            <translation>表6-3 类别比例规则</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>The first row with min ≤ share &lt; max (percent) wins (default: the guideline's table; editable)</source>
            <translation>按行序第一条满足 min ≤ 比例 &lt; max 的规则生效（百分比）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Water quality units</source>
            <translation>地表水环境质量结果</translation>
        </message>
        <message>
            <location filename="../algorithms/waterquality.py" />
            <source>Input fields + water (level 1–5, 5 best), water_class, water_n, water_rule, water_i3 (% I–III), water_w5 (% worse than V), water_nearest</source>
            <translation>输入字段 + water（质量等级 1–5，5 优）, water_class, water_n, water_rule, water_i3, water_w5, water_nearest</translation>
        </message>
    </context>
    <context>
        <name>WaterUnits</name>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Surface-water control units</source>
            <translation>地表水环境管控分区</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Tiles the region with the catchments of the monitoring sections: flow directions (depression filling + D8) and each section's catchment from a DEM (the upstream sections' catchments cut out of the downstream ones, nested), or the CATCHMENTS given. Class: target II or better (drinking water, sources) → priority (1); current worse than target, or industrial/urban sources → key (2); else general (3); inside drinking-water source areas priority. The output is an element-zone layer (element=water, class, rule) for controlunits.</source>
            <translation>以控制断面的汇水范围为单元铺满全域：由 DEM 计算流向（填洼 + D8）和每个断面的汇水区（上游断面的汇水区从下游扣除，自上而下嵌套），或直接用 CATCHMENTS。单元类别：目标 II 类及以上（饮用水源、源头）→ 优先保护（1）；现状劣于目标或有工业、城镇污染源 → 重点管控（2）；其余 → 一般管控（3）；饮用水水源保护区内为优先保护。输出可直接作为 elementzones/controlunits 的要素分区（字段 element=water、class、rule）。</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>A section snaps to the cell of largest flow accumulation within SNAP_DISTANCE; land that drains through no section is a general unit without section; parts below MIN_AREA join the neighbour with the longest shared border; with CATCHMENTS each polygon belongs to the section inside it and larger catchments lose the smaller ones inside them (nesting).</source>
            <translation>断面吸附到 SNAP_DISTANCE 内汇流累积量最大的像元；不流经任何断面的区域为“无断面”一般管控单元；小于 MIN_AREA 的碎斑并入共边最长的相邻单元；给出 CATCHMENTS 时，每个汇水区归其内的断面，较大的汇水区扣除其中较小的（嵌套）。</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Monitoring sections</source>
            <translation>控制断面</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Section points (name, target, current class)</source>
            <translation>断面点（名称、水质目标、现状类别）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Section name field</source>
            <translation>断面名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Section name field (name)</source>
            <translation>断面名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Target class field</source>
            <translation>水质目标字段</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Target class (I…V); empty: TARGET</source>
            <translation>断面水质目标（I…V）字段；为空时用 TARGET</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Default target class</source>
            <translation>默认水质目标</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Target where no field gives one (III)</source>
            <translation>没有目标字段时的水质目标（默认 III）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Current class field</source>
            <translation>现状类别字段</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Current class (I…V, 劣V) field (class)</source>
            <translation>断面现状水质类别（I…V、劣V）字段（默认 class）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>DEM</source>
            <translation>数字高程模型</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>For flow directions and catchments (required without CATCHMENTS)</source>
            <translation>计算流向和汇水区（不给 CATCHMENTS 时必需）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Catchments</source>
            <translation>汇水区</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Optional section catchments (one section inside each); then the DEM is not used</source>
            <translation>可选：已有的断面汇水区（每个面内含一个断面）；给出时不用 DEM</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>County boundary: units tile it</source>
            <translation>县（市）行政边界：单元铺满此范围</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Drinking-water source areas</source>
            <translation>饮用水水源保护区</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Optional: priority wherever they lie</source>
            <translation>可选：其范围为水环境优先保护区</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Industrial / urban sources</source>
            <translation>工业、城镇污染源</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Optional industrial parks, built-up areas or outfalls: their units are key</source>
            <translation>可选：工业集聚区、城镇建成区或排污口；所在单元为重点管控</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Snap distance (m)</source>
            <translation>断面吸附距离 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Sections snap to the largest flow accumulation within this distance (300 m)</source>
            <translation>断面吸附到此距离内汇流累积量最大的像元（默认 300 m）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Minimum part area (km²)</source>
            <translation>最小图斑面积 (km²)</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Parts below this join the longest-border neighbour (0.5)</source>
            <translation>碎斑并入共边最长的相邻单元（默认 0.5）</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Water control units</source>
            <translation>水环境管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/waterunits.py" />
            <source>Fields section, target, current, exceed, class (1/2/3), kind, element, rule, clause</source>
            <translation>字段 section、target、current、exceed、class（1/2/3）、kind、element、rule、clause</translation>
        </message>
    </context>
    <context>
        <name>ZoneTargets</name>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Zone targets, measures and negative lists</source>
            <translation>功能区环境目标、管控措施与负面清单</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Attaches by zone type/subtype the main function (Z 4.2), environmental quality targets and overall control measures (table 5), ecological targets (Z 5.1) and the negative list (table 5 measures + table 6 industry catalogue); an optional local table keyed by zone code appends stricter items marked 地方. One item per line, prefixed with its table number.</source>
            <translation>按功能区类型/小类附上主导功能（4.2）、环境质量目标与总体管控措施（表5）、生态保护目标（5.1）和负面清单（表5 措施 + 表6 工业项目分类目录）；可用地方补充表（按功能区编号）追加更严格的条目，标注“地方”。每条一行，前缀为其表号。</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Table 5 has no ecological-target column: the indicators of Z 5.1 are used (I, II: public-welfare forest, stand structure, water area, biodiversity, protected species; III: water area; IV–VI: green space, water area) 'kept stable'. The reading of table 5 into negative lists is documented in core/tables/zoning_tables.md (e.g. class-2 industry in III is restricted). VI zones in source counties (by ADMIN_CODE, else 33 + the code prefix) prohibit class-3 industry.</source>
            <translation>表5 没有生态保护目标列：取 5.1 列出的指标（I、II 类：生态公益林面积、林分结构、水域面积、生物多样性状态、主要保护物种数量；III 类：水域面积；IV–VI 类：绿地面积、水域面积）保持稳定。负面清单对表5 措施的解读见 core/tables/zoning_tables.md（如 III 类二类工业为“限制”）。源头地区（按 ADMIN_CODE 或编号前缀加 33 判断）的 VI 类区禁止三类工业项目。</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Named zones</source>
            <translation>已命名功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Zone polygons (zone_type, subtype; code when a local table is given — the output of namezones)</source>
            <translation>功能区面图层（zone_type、subtype，有地方补充表时需要 code；namezones 的输出）</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Local additions (CSV)</source>
            <translation>地方补充表 (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Optional CSV with columns code (zone code), kind (function, env_target, eco_target, measure, negative), text and optionally ref; appended, marked 地方</source>
            <translation>可选：列 code（功能区编号）、kind（主导功能/环境质量目标/生态保护目标/管控措施/负面清单，或 function/env_target/eco_target/measure/negative）、text，可选 ref；追加并标注“地方”</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Admin code (6 digits)</source>
            <translation>行政区划代码（6 位）</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Tells whether the region is a source county (table 5, VI measure 1); by default 33 + the prefix of the zone codes</source>
            <translation>用于判断源头地区（表5 VI 类措施1）；不给时取编号前缀并加省代码 33</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Targets and measures</source>
            <translation>分区目标与措施表</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Table 5 (and Z 4.2, 5.1), item by item (default: the guideline's table; editable)</source>
            <translation>表5（及 4.2、5.1）逐条（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Negative lists</source>
            <translation>负面清单表</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Prohibited/restricted industry classes, items and activities by type (default: the guideline's table; editable)</source>
            <translation>按类型禁止/限制的工业类别、条目与活动（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Industry catalogue</source>
            <translation>工业项目分类目录</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Table 6 (default: the guideline's table; editable)</source>
            <translation>表6（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Zones with targets</source>
            <translation>含目标与措施的功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/zonetargets.py" />
            <source>Input fields + main_function, env_target, eco_target, measures, negative_list</source>
            <translation>输入字段 + main_function、env_target、eco_target、measures、negative_list</translation>
        </message>
    </context>
    <context>
        <name>Zoning</name>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Environmental function zoning</source>
            <translation>环境功能区划分</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Assigns each cell of the analysis grid the first rule of the rule table that holds (six zone types and their subtypes), then polygonizes the zones and fits them exactly to the region (no gaps, no overlaps). The rule table is an editable data file; conditions are a small whitelisted expression language, never executed.</source>
            <translation>在分析网格上逐像元按规则表（首条满足的规则生效）划分六类环境功能区及亚类，再转为面并精确裁切到区划范围（无缝隙、无重叠）。规则表为数据文件，可编辑；条件为受限的表达式语言（白名单解析，绝不执行）。</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Rules 1–9 are the plugin's convention, corrected by Z 4.2.1, 4.3.2 and 4.3.4 (decision 16). A role whose layer is not given, or has no data, is 0. Overlapping protected areas: nature reserve &gt; scenic area &gt; forest park &gt; geopark &gt; water source &gt; red line; overlapping planning polygons: the priority column of the role table roles.csv, by default basic farmland &gt; existing industry &gt; urban &gt; aquaculture &gt; no-build area &gt; prohibited-access area &gt; planned industry &gt; built-up &gt; build-suitable &gt; restricted-build &gt; restricted-access &gt; optimised-access &gt; key-access area (permanent basic farmland cannot be built on: where planned industry overlaps it, it is basic farmland, III-1). Rule order (Z 4.3.2): basic farmland (rule 7) → III-1; planned industrial land with P1 &lt;= 2 outside key ecological counties (rule 8) → VI-0; other concentrated cropland and garden land (rule 7, after rule 8) → III-1, so planned industrial land on today's cropland is VI. Level-5 riparian zones and the coastal hazard zone → I-6 (after rules 3 and 4: existing built land stays V / IV); other riparian zones → II-4. No-build and prohibited-access areas → I-6; built-up and build-suitable areas → IV-0 (edit to V or VI); optimised-access → V-0; key-access as rule 8 → VI-0; cropland and garden land of restricted-build and restricted-access areas → III-1, the rest → II-4. Rule 6 leaves planned aquaculture water to rule 7 (III-2). Rule 5: the importance dominant factor comes first; sensitivity &gt;= 4 outside riparian/coastal zones (or dominated by soil erosion) gives II-2. Rule 9's 'majority neighbour' is the placeholder NEIGHBOUR, resolved by mergezones; cells no rule matches are NEIGHBOUR too (rule 0). Vector layers are burnt by cell centre: boundaries are kept within one cell.</source>
            <translation>规则 1–9 为本插件的约定，按 Z 4.2.1、4.3.2、4.3.4 修正（决策 16）。图层未给出或无数据处，其角色值为 0。保护地重叠时按 自然保护区 &gt; 风景名胜区 &gt; 森林公园 &gt; 地质公园 &gt; 饮用水源保护区 &gt; 红线 取值；规划用地重叠时按角色表 roles.csv 的 priority 列取值，默认 基本农田 &gt; 现有工业 &gt; 城镇 &gt; 养殖 &gt; 禁建区 &gt; 禁止准入区 &gt; 规划工业 &gt; 已建区 &gt; 适建区 &gt; 限建区 &gt; 限制准入区 &gt; 优化准入区 &gt; 重点准入区（永久基本农田不得占用：与规划工业用地重叠处为基本农田，III-1）。规则顺序（Z 4.3.2）：基本农田（规则 7）→ III-1；规划工业用地 P1 ≤ 2 且非重点生态功能区县（规则 8）→ VI-0；其余集中连片的耕地、园地（规则 7，在规则 8 之后）→ III-1，故规划工业用地中现状为耕地的部分为 VI。等级 5 的河湖滨岸带与海岸带退缩线向陆一侧 → I-6（在规则 3、4 之后，现有建设用地保持 V、IV）；其余滨岸带 → II-4。禁建区、禁止准入区 → I-6；已建区、适建区 → IV-0（可改为 V、VI）；优化准入区 → V-0；重点准入区同规则 8 → VI-0；限建区、限制准入区中的耕地园地 → III-1，其余 → II-4。规则 6 不含规划的养殖水域（其归规则 7 的 III-2）。规则 5 的主导因子：重要性主导因子优先；敏感性≥4 且不在滨岸带/海岸带（或主导为土壤侵蚀）→ II-2。规则 9 的“取多数相邻区”记为 NEIGHBOUR，由 mergezones 解决。没有规则命中的像元也记为 NEIGHBOUR（规则 0）。矢量图层按像元中心栅格化：边界误差不超过一个像元。</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Region boundary (county or city); the analysis grid is its extent snapped to the cell size</source>
            <translation>区划范围（县、市行政边界）；分析网格按其范围和像元大小对齐</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Rule table (CSV)</source>
            <translation>规则表 (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Columns rule, condition, zone_type, subtype, note_zh, note_en; empty = the shipped default rules 1–9 (core/tables/zoning_rules.csv)</source>
            <translation>列 rule, condition, zone_type, subtype, note_zh, note_en；留空使用内置的默认规则 1–9（core/tables/zoning_rules.csv）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Cell size (m)</source>
            <translation>像元大小 (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Analysis cell size (m, default 30)</source>
            <translation>分析网格像元大小（米，默认 30）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Protected areas</source>
            <translation>保护地</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Legal protected areas (rule 1 → I-1…I-6)</source>
            <translation>依法设立的保护地面图层（规则 1 → I-1…I-6）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Protected-area role field</source>
            <translation>保护地类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Values nature_reserve / scenic_area / forest_park / geopark / water_source_protection / redline, their Chinese names, or 1–6</source>
            <translation>取值 nature_reserve / scenic_area / forest_park / geopark / water_source_protection / redline，或 自然保护区、风景名胜区、森林公园、地质公园、饮用水水源保护区、生态保护红线，或 1–6</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Sensitivity level</source>
            <translation>生态敏感性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Sensitivity level raster from ecosensitivity (1–5; role sens)</source>
            <translation>ecosensitivity 的等级栅格（1–5，角色 sens）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Sensitivity dominant factor</source>
            <translation>敏感性主导因子</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>1 soil erosion 2 riparian 3 coastal 4 marine (role dominant_sens)</source>
            <translation>1 土壤侵蚀 2 河湖滨岸 3 海岸带 4 海洋生物多样性（角色 dominant_sens）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Importance level</source>
            <translation>生态重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Importance level raster from ecoimportance (1–5; role imp)</source>
            <translation>ecoimportance 的等级栅格（1–5，角色 imp）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Importance dominant factor</source>
            <translation>重要性主导因子</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>1 water conservation 2 soil conservation 3 biodiversity 4 flood regulation (role dominant_imp, rule 5)</source>
            <translation>1 水源涵养 2 土壤保持 3 生物多样性 4 洪水调蓄（角色 dominant_imp，规则 5）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>P1 grid</source>
            <translation>P1 公里网格</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>The p1 grid (field p1; also sens, imp when those rasters are not given); without it p1 = max(sens, imp) per cell</source>
            <translation>p1 的输出网格（字段 p1；未给 SENSITIVITY/IMPORTANCE 时也取 sens、imp）；未给出时 p1 = max(sens, imp) 逐像元</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Composite index grid</source>
            <translation>综合指数网格</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>compositeindex output (field a_class 1–5, 5 high; rule 9)</source>
            <translation>compositeindex 的输出（字段 a_class 1–5，5 高；规则 9）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Townships (P2)</source>
            <translation>乡镇 (P2)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>p2 output (fields pop_grade, eco_grade; rule 2)</source>
            <translation>p2 的输出（字段 pop_grade、eco_grade；规则 2）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>P1 field</source>
            <translation>P1 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>P1 field (default p1)</source>
            <translation>P1 字段（默认 p1）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>A class field</source>
            <translation>A 分级字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>A class field (default a_class)</source>
            <translation>A 分级字段（默认 a_class）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Population grade field</source>
            <translation>人口集聚度等级字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Population grade field (default pop_grade)</source>
            <translation>人口集聚度等级字段（默认 pop_grade）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Economic grade field</source>
            <translation>经济发展水平等级字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Economic grade field (default eco_grade)</source>
            <translation>经济发展水平等级字段（默认 eco_grade）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Land cover</source>
            <translation>地表覆盖</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Land-cover class raster (mapped by LANDCOVER_ROLES to forest/water/…; rules 6, 7)</source>
            <translation>地表覆盖类别栅格（按 LANDCOVER_ROLES 转为 forest/water/…；规则 6、7）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Land-cover roles</source>
            <translation>地表覆盖用途表</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>cover code → role (default: CLCD) (default: the guideline's table; editable)</source>
            <translation>地表覆盖码 → 用途（默认 CLCD）（默认值为指南表，可编辑）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Planning polygons</source>
            <translation>规划用地</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Existing/planned industrial land, urban land, basic farmland, aquaculture (rules 3, 4, 7, 8)</source>
            <translation>现有/规划工业区、城镇居住商贸用地、基本农田、养殖水域（规则 3、4、7、8）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Planning role field</source>
            <translation>规划用地类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Values of the role table core/tables/roles.csv (group planning): industrial_existing, industrial_planned, urban, farmland, aquaculture, construction_prohibited/restricted/suitable/built, eco_prohibited/restricted/optimised/key, their Chinese names or codes</source>
            <translation>取值见角色表 core/tables/roles.csv（planning 组）：现有工业区、规划工业区、城镇、基本农田、水产养殖、禁建区、限建区、适建区、已建区、禁止/限制/优化/重点准入区，或其英文键、代码</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Riparian zones</source>
            <translation>河湖滨岸带</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>riparianzone output (its level field if present, else 1; level 5 → I-6, others → II-4)</source>
            <translation>riparianzone 的输出（有 level 字段时取其值，否则为 1；等级 5 → I-6，其余 → II-4）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Coastal zones</source>
            <translation>海岸带</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>coastalhazardzone output (its level field if present, else 1; → I-6)</source>
            <translation>coastalhazardzone 的输出（有 level 字段时取其值，否则为 1；→ I-6）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Key ecological county</source>
            <translation>重点生态功能区县</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>A county listed in Z 4.6.2: no key-access (VI) zones (rule 8)</source>
            <translation>Z 4.6.2 所列县（市）：不划环境重点准入区（规则 8）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Zone polygons (zone_type, subtype, rule, area_km2), fitted exactly to the region</source>
            <translation>分区面（zone_type, subtype, rule, area_km2），已精确裁切到区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Zone raster</source>
            <translation>分区栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Subtype codes: type index × 10 + digit (I-1 = 11 … VI-0 = 60, NEIGHBOUR = 99, 0 nodata)</source>
            <translation>亚类编码：类型序号×10+亚类号（I-1=11 … VI-0=60，NEIGHBOUR=99，0 无数据）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Area summary</source>
            <translation>面积汇总</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Area (km²) and share by type / subtype</source>
            <translation>按类型/亚类的面积（km²）与占比</translation>
        </message>
    </context>
    <context>
        <name>ZoningMaps</name>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zoning maps</source>
            <translation>环境功能区划图件</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Builds the county zoning map (A3) and one map per township (A4 atlas) from the print-layout templates in resources/layouts/: title, legend, scale bar, north arrow, lon/lat ticks, county and township boundaries, water, zone-code labels and a map-review-number placeholder; exported to PDF and PNG (~150 dpi).</source>
            <translation>由 resources/layouts/ 中的打印布局模板生成环境功能区划总图（A3）与各乡镇分图（A4 图集），含标题、图例、比例尺、指北针、经纬度、县界、乡镇界、水系、区域编号注记与审图号占位，导出 PDF 与 PNG（约 150 dpi）。</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>The county map is A3 landscape, township maps A4 portrait (Z 7.1); outside the current township the map is faded with translucent white. The templates can be edited in the layout designer (items found by id: map, title, legend, scale_bar, north_arrow, review_no).</source>
            <translation>区划总图为 A3 横向、乡镇分图为 A4 纵向（Z 7.1）；分图中非本乡镇范围以白色半透明淡化。模板可在 QGIS 布局设计器中修改（按图元 ID 识别：map、title、legend、scale_bar、north_arrow、review_no）。</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone polygons (zone_type I…VI, code)</source>
            <translation>环境功能区面图层（zone_type I…VI，code）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Region</source>
            <translation>区划范围（县界）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>The county boundary</source>
            <translation>县（市、区）行政边界</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Townships</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township boundaries (one A4 map each)</source>
            <translation>乡镇边界（每个乡镇一幅 A4 分图）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township name field</source>
            <translation>乡镇名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township name field (atlas titles and labels, default name)</source>
            <translation>乡镇名称字段（分图标题与注记，默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Rivers</source>
            <translation>水系</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Rivers (lines) or water bodies (polygons), optional</source>
            <translation>河流（线）或水体（面），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>River name field</source>
            <translation>河流名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>River label field (default name; empty: no labels)</source>
            <translation>河流注记字段（默认 name；留空不注记）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Lakes and reservoirs</source>
            <translation>湖泊水库</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Lakes and reservoirs (polygons, labelled by a name field), optional</source>
            <translation>湖泊、水库等面状水体（按 name 字段注记），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Roads</source>
            <translation>交通</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Roads (lines) for the base map, optional</source>
            <translation>道路（线），底图要素，可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Settlements</source>
            <translation>居民地</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Settlements (points, labelled by a name field), optional</source>
            <translation>居民地（点，按 name 字段注记），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem sensitivity levels</source>
            <translation>生态系统敏感性评价</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem sensitivity levels: an A4 evaluation map evaluation_sensitivity.pdf/.png with a level legend, optional</source>
            <translation>生态系统敏感性评价：输出 A4 评价图 evaluation_sensitivity.pdf/.png（带分级图例），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem importance levels</source>
            <translation>生态系统重要性评价</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Ecosystem importance levels: an A4 evaluation map evaluation_importance.pdf/.png with a level legend, optional</source>
            <translation>生态系统重要性评价：输出 A4 评价图 evaluation_importance.pdf/.png（带分级图例），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>P1 grid</source>
            <translation>保障自然生态安全指数（P1）评价</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>P1 grid: an A4 evaluation map evaluation_p1.pdf/.png with a level legend, optional</source>
            <translation>保障自然生态安全指数（P1）评价：输出 A4 评价图 evaluation_p1.pdf/.png（带分级图例），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Composite index grid (A)</source>
            <translation>环境功能综合评价</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Composite index grid (A): an A4 evaluation map evaluation_composite.pdf/.png with a level legend, optional</source>
            <translation>环境功能综合评价：输出 A4 评价图 evaluation_composite.pdf/.png（带分级图例），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Townships with P2 and K</source>
            <translation>乡镇 P2、K 评价</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Townships with p2 and k (the k output): A4 evaluation maps evaluation_p2.pdf/.png and evaluation_k.pdf/.png (townships filled by value, with a legend), optional</source>
            <translation>k 算法输出的乡镇面（字段 p2、k）：输出 A4 评价图 evaluation_p2.pdf/.png 与 evaluation_k.pdf/.png（乡镇按值分级着色，带图例），可选</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Satellite imagery</source>
            <translation>卫星遥感影像</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Satellite imagery raster (e.g. GeoTIFF): writes the satellite map satellite_a3.pdf/.png (mandatory in Z 7.3)</source>
            <translation>卫星遥感影像栅格（如 GeoTIFF），生成卫星遥感图 satellite_a3.pdf/.png（Z 7.3 必需图件）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Imagery XYZ/WMTS source</source>
            <translation>影像服务地址</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Without an imagery raster: an XYZ tile URL (https://…/{z}/{x}/{y}.png) or a full QGIS WMS/WMTS source string (with url= and layers=)</source>
            <translation>不提供影像栅格时，可给出 XYZ 瓦片地址（如 https://…/{z}/{x}/{y}.png）或完整的 QGIS WMS/WMTS 数据源串（含 url= 与 layers=）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Title</source>
            <translation>图名</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Map title, e.g. 仙居县环境功能区划图; township maps get county + township + 环境功能区划图</source>
            <translation>总图图名，如“仙居县环境功能区划图”；分图图名为 县名+乡镇名+环境功能区划图</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone type field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone type field (I…VI)</source>
            <translation>环境功能区类型字段（I…VI）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone label field</source>
            <translation>区域注记字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zone label field (default code; empty: no labels)</source>
            <translation>区域注记字段（默认 code；留空不注记）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>PNG resolution (dpi)</source>
            <translation>PNG 分辨率 (dpi)</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>PNG resolution (default 150)</source>
            <translation>PNG 导出分辨率（默认 150）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township maps also as PNG</source>
            <translation>分图另存 PNG</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Also write one PNG per township</source>
            <translation>乡镇分图是否另存为 PNG（每乡镇一个）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Folder for zoning_map_a3.pdf/.png, township_atlas_a4.pdf, townships/*.png</source>
            <translation>图件输出文件夹：zoning_map_a3.pdf/.png、township_atlas_a4.pdf、townships/*.png</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zoning map (PDF)</source>
            <translation>区划总图 PDF</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Optional: path of the A3 map PDF</source>
            <translation>可选：总图 PDF 另存路径</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Zoning map (PNG)</source>
            <translation>区划总图 PNG</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Optional: path of the A3 map PNG</source>
            <translation>可选：总图 PNG 另存路径</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Township atlas (PDF)</source>
            <translation>乡镇分图集 PDF</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningmaps.py" />
            <source>Optional: path of the township atlas PDF</source>
            <translation>可选：乡镇分图集 PDF 另存路径</translation>
        </message>
    </context>
    <context>
        <name>ZoningText</name>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zoning text and explanation (DOCX drafts)</source>
            <translation>区划文本与说明</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Word drafts of the zoning text (annex 3 outline) and the explanation (annex 4): cover, table of contents (a TOC field), chapters; the areas and shares by type and subtype, by township and type, the evaluation results by level, each zone's overview and the Z 4.6 checks are computed from this run and filled in, the zoning map inserted; paragraphs only the author can write are yellow 【待编写：…】 placeholders. Formats of Z 7.1 (28 pt SimSun bold cover title, 18 pt KaiTi bold date, 16 pt SimHei centred 目录, headings 16 pt SimHei / 15 pt and 14 pt SimSun bold, body 14 pt SimSun, 1.5 lines, 3 pt around headings, centred tables and figures).</source>
            <translation>按附件三（文本）和附件四（说明）提纲生成 Word 初稿：封面、目录（TOC 域）、各章节；各类型及亚类面积与比例、各乡镇分类型面积、评价结果分级面积、各功能区概况、第4.6节核查结果均由本次成果计算填入，并插入区划图；只有编制人员才能写的段落标为黄色【待编写：…】。格式按第7.1节：封面标题28磅宋体加粗，日期小二号楷体加粗；“目录”黑体三号居中；一级标题三号黑体，二级小三号宋体加粗，三、四级四号宋体加粗；正文宋体四号，1.5倍行距，标题段前段后3磅；图表居中。</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Annex 4 numbers 7.2 twice: the explanation numbers 7.1–7.4. Each type's targets and measures are the most common texts among its zones; clause references (表5, Z 4.2 …) stay out of the prose.</source>
            <translation>附件四提纲中“7.2”重复出现，说明按 7.1–7.4 顺序编号。各类型的目标与措施取该类型功能区中最常见的文本；条款编号（表5、Z 4.2 等）不进正文。</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zones</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Named zones (output of namezones / zonetargets: code, name, zone_type, area_km2, main_function, env_target, eco_target, measures, negative_list)</source>
            <translation>已命名的环境功能区（namezones / zonetargets 的输出：code、name、zone_type、area_km2、main_function、env_target、eco_target、measures、negative_list）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Code field</source>
            <translation>编号字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone code field (default code)</source>
            <translation>环境功能区编号字段（默认 code）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Name field</source>
            <translation>名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone name field (default name)</source>
            <translation>环境功能区名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone type field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zone type field (I…VI, default zone_type)</source>
            <translation>环境功能区类型字段（I…VI，默认 zone_type）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Townships</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Township boundaries, for the location (the townships a zone lies in, with shares)</source>
            <translation>乡镇边界，用于“位置”（区域所在乡镇及占比）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Township name field</source>
            <translation>乡镇名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Township name field (default name)</source>
            <translation>乡镇名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Rivers</source>
            <translation>河流水系</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Rivers (lines or polygons), for the rivers crossing each zone</source>
            <translation>河流（线或面），用于“流经河流”</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>River name field</source>
            <translation>河流名称字段</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>River name field (default name)</source>
            <translation>河流名称字段（默认 name）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Region</source>
            <translation>区划范围</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>County boundary: the overview says where in the county a zone lies (default: the extent of all zones)</source>
            <translation>县（市）行政区边界：基本概况写出区域位于县域的哪个方位（不给出时用全部功能区的范围）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Region name</source>
            <translation>区划名称</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>County name, e.g. 仙居县 (default: the title's part before 环境功能区划)</source>
            <translation>县（市）名称，如“仙居县”（默认取标题中“环境功能区划”之前的部分）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Key turning points per zone</source>
            <translation>每区拐点数</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Maximum number of key turning points listed per zone (default 8)</source>
            <translation>每个区域列出的外边界主要拐点个数上限（默认 8）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Title of the register, e.g. 仙居县环境功能区划登记表</source>
            <translation>登记表标题，如“仙居县环境功能区划登记表”</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Register (DOCX)</source>
            <translation>登记表 DOCX</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Word register (needs python-docx)</source>
            <translation>Word 登记表（需要 python-docx）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Register (XLSX)</source>
            <translation>登记表 XLSX</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Excel register (GDAL's XLSX driver)</source>
            <translation>Excel 登记表（GDAL XLSX 驱动）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Register (CSV)</source>
            <translation>登记表 CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>CSV register (UTF-8 with BOM, opens in Excel)</source>
            <translation>CSV 登记表（UTF-8 带 BOM，Excel 可直接打开）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Date</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Cover date (default: this month, e.g. 2026年12月)</source>
            <translation>封面日期（默认本月，如“2026年12月”）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Author</source>
            <translation>编制单位</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Authoring institute on the cover</source>
            <translation>封面上的编制单位</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Checks (checkzoning CSV)</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>The CSV written by checkzoning (Z 4.5, 4.6 checks)</source>
            <translation>checkzoning 输出的 CSV（第4.5、4.6节核查）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Sensitivity level</source>
            <translation>生态系统敏感性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Sensitivity level raster (1–5) from ecosensitivity</source>
            <translation>ecosensitivity 的等级栅格（1–5）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Importance level</source>
            <translation>生态系统重要性等级</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Importance level raster (1–5) from ecoimportance</source>
            <translation>ecoimportance 的等级栅格（1–5）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>P1 grid</source>
            <translation>P1 网格</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>P1 grid (field p1, 1–5)</source>
            <translation>p1 的输出网格（字段 p1，1–5）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Townships with P2 and K</source>
            <translation>乡镇 P2、K</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Townships from p2 / k (fields p2, k)</source>
            <translation>p2、k 的输出乡镇图层（字段 p2、k）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Composite grid</source>
            <translation>综合评价网格</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>compositeindex output (field a_class, 1–5)</source>
            <translation>compositeindex 的输出（字段 a_class，1–5）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Maps folder (zoningmaps)</source>
            <translation>图件文件夹</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>zoningmaps' output folder (zoning_map_a3.png and townships/*.png are inserted)</source>
            <translation>zoningmaps 的输出文件夹（zoning_map_a3.png、townships/*.png 插入文档）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zoning text (DOCX)</source>
            <translation>区划文本 DOCX</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Draft zoning text (annex 3 outline)</source>
            <translation>区划文本初稿（附件三提纲）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Zoning explanation (DOCX)</source>
            <translation>区划说明 DOCX</translation>
        </message>
        <message>
            <location filename="../algorithms/zoningtext.py" />
            <source>Draft zoning explanation (annex 4 outline)</source>
            <translation>区划说明初稿（附件四提纲）</translation>
        </message>
    </context>
</TS>
