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
            <source>Unit-class items first, then element-zone items in table order; duplicates are compared on the text ignoring spaces, full/half width, numbering and end punctuation. The shipped requirement table holds stand-in items paraphrasing N 5.7–5.11: replace them with the local requirements.</source>
            <translation>先列单元类别条目，再按表序列要素分区条目；去重按文本比较（忽略空格、全半角、编号和句末标点）。随插件提供的准入要求表为示例条目（据 N 5.7–5.11 的要求改写），实际编制时请替换为地方管理要求。</translation>
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
            <source>Station SO2, NO2, PM10 concentrations → sub-indices by piecewise-linear interpolation on the API breakpoint table, API = max (or an API/AQI field). Table 6-1: ≤50 excellent 5, 51–100 good 4, 101–150 and 151–200 slightly/lightly polluted 3, 201–300 moderately 2, &gt;300 heavily 1. A township takes the stations inside it; one without a station takes the nearest (air_nearest = 1).</source>
            <translation>监测站 SO2、NO2、PM10 浓度按 API 分段点表线性插值得分指数，API = 最大分指数（或直接给 API/AQI 字段）；按表6-1 分级：≤50 优 5，51–100 良好 4，101–150 轻微污染 3，151–200 轻度污染 3，201–300 中度污染 2，&gt;300 重度污染 1。镇（乡）取其内站点；无站点的取最近站点并标记 air_nearest = 1。</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>The six classes of table 6-1 map to quality levels 5,4,3,3,2,1 (5 best). Default breakpoints: the GB 3095-era daily API table (mg/m³, PM10 for particulates); concentrations above the table give API 500. Several stations in a township: by default the API of their mean concentrations (the mean API when an API field is given); options: mean API, worst station. An AQI field is graded with the same classes.</source>
            <translation>表6-1 六级对应质量等级 5,4,3,3,2,1（5 最好）。默认 API 分段点为 GB 3095 时期日报 API 表（mg/m³，颗粒物取 PM10），超过 500 的浓度记 500。站点内多个站点：默认取浓度平均后的 API（给 API 字段时取 API 平均），可改为 API 平均或最差站点。AQI 字段按 API 同一分级使用。</translation>
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
            <source>API / AQI field</source>
            <translation>API/AQI 字段</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Optional API or AQI value (used instead of the concentrations)</source>
            <translation>可选：直接给出的 API 或 AQI（给出时不用浓度字段）</translation>
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
            <source>Air quality townships</source>
            <translation>大气环境质量结果</translation>
        </message>
        <message>
            <location filename="../algorithms/airquality.py" />
            <source>Input fields + air_api, air (level 1–5, 5 best), air_n (stations inside; 0 when the nearest was taken), air_nearest</source>
            <translation>输入字段 + air_api, air（质量等级 1–5，5 优）, air_n（单元内站点数，取最近站点时为 0）, air_nearest</translation>
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
        <name>ControlUnits</name>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Control units</source>
            <translation>生态环境管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Overlays the element zones: ecological red line and other important ecological space (class-1 zones of the priority elements) → priority unit (1); else any key zone or industrial park → key unit (2, industrial-cluster or urban-living kind); else general unit (3). Units follow township and park boundaries; slivers join the neighbour with the longest shared border; the region is covered exactly. Code ZH + 6-digit admin code + class + 4-digit serial.</source>
            <translation>叠加要素管控分区：生态保护红线和其他重要生态空间（优先要素的 1 类分区）→ 优先保护单元（1）；否则任一要素重点管控区或工业园区 → 重点管控单元（2，分产业集聚类、城镇生活类）；其余 → 一般管控单元（3）。单元以乡镇边界和园区边界为界，碎斑并入共边最长的相邻单元，完整覆盖全域。编码 ZH+6 位行政区划代码+类别+4 位流水号。</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Serials run county-wide within each class, north to south then west to east by the unit's interior point; a park is one unit (not cut at township boundaries) whose township is the one holding most of it; priority pieces are never merged away; slivers join neighbours within their township (park) only; element zones covering at least MIN_SHARE of a unit are listed in its zones field (read by accesslist).</source>
            <translation>流水号在同一类别内全县连续编号，按单元内点自北向南、再自西向东排序；园区自成单元（不按乡镇切分），所在乡镇取面积最大者；优先保护碎斑不并入其他单元；碎斑只并入同一乡镇（园区）内的相邻单元；与单元面积占比不低于 MIN_SHARE 的要素分区记入 zones 字段（供准入清单使用）。名称：{乡镇}优先保护单元、{乡镇或园区}产业集聚重点管控单元、{乡镇}城镇生活重点管控单元、{乡镇}一般管控单元。</translation>
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
            <source>Control unit polygons</source>
            <translation>管控单元</translation>
        </message>
        <message>
            <location filename="../algorithms/controlunits.py" />
            <source>Fields HJZHGKDYBM (code), HJZHGKDYMC (name), ZHGKDYFL (class), code, name, unit_class, …</source>
            <translation>字段 HJZHGKDYBM（编码）、HJZHGKDYMC（名称）、ZHGKDYFL（分类）及 code、name、unit_class……</translation>
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
            <source>Soil-erosion sensitivity level raster (1–5, nodata 0; OUTPUT_LEVEL of soilerosionsensitivity)</source>
            <translation>土壤侵蚀敏感性等级栅格（1–5，0 为无数据；soilerosionsensitivity 的 OUTPUT_LEVEL）</translation>
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
            <source>Within an element the highest class wins where rules overlap (1 over 2 over 3), the first rule in table order within a class; the rest of the region is the element's general zone (rule XX-G); only elements with at least one matching source feature are written. A feature may match rules of several elements.</source>
            <translation>同一要素内多条规则重叠时取最高类别（1 优先于 2 优先于 3），同类别取表中靠前的规则；要素内未被任何规则覆盖的区域为该要素一般管控区（规则 XX-G）；只输出至少有一个来源要素命中的要素。一个要素可命中多个要素的规则（如饮用水水源保护区既属其他重要生态空间，也属水环境优先保护区）。</translation>
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
            <source>Element zones</source>
            <translation>要素管控分区</translation>
        </message>
        <message>
            <location filename="../algorithms/elementzones.py" />
            <source>Fields element, class (1 priority / 2 key / 3 general), rule, clause, …</source>
            <translation>字段 element、class（1 优先保护 / 2 重点管控 / 3 一般管控）、rule、clause 等</translation>
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
            <location filename="../../../work/main/processing_provider/provider.py" line="34" />
            <source>Environmental zoning (envzoning)</source>
            <translation>环境功能区划 envzoning</translation>
        </message>
    </context>
    <context>
        <name>EnvZoningUi</name>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="148" />
            <source>Runs the whole workflow as one Graphical Modeler model.</source>
            <translation>以一个图形建模器模型运行整个区划流程。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="220" />
            <source>Source: %s</source>
            <translation>依据：%s</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="245" />
            <source>Open the dialog of %s</source>
            <translation>打开 %s 的对话框</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="249" />
            <source>Not available yet: the algorithm %s is not registered in this version of the plugin.</source>
            <translation>暂不可用：本版插件尚未注册算法 %s。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/main.py" line="47" />
            <source>Environmental zoning</source>
            <translation>环境功能区划</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="298" />
            <source>Run the steps in order; each step opens its Processing dialog. With the zone tool, click the map to see a zone's targets and measures.</source>
            <translation>请按顺序执行各步骤，每一步打开其处理工具对话框。用功能区查询工具点击地图，可查看功能区的目标与管控措施。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="309" />
            <source>Workflow</source>
            <translation>工作流程</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="322" />
            <source>选址研判 Site check</source>
            <translation>选址研判</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="334" />
            <source>Zone at a point</source>
            <translation>点位查询</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="389" />
            <source>Screen a proposed project's site against the zones and control units (envzoning:sitecheck).</source>
            <translation>按环境功能区和环境管控单元对拟建项目选址进行研判（envzoning:sitecheck）。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/dock.py" line="389" />
            <source>Not available yet: the algorithm envzoning:sitecheck is not registered in this version of the plugin.</source>
            <translation>暂不可用：本版插件尚未注册算法 envzoning:sitecheck。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/main.py" line="23" />
            <source>&amp;Environmental zoning</source>
            <translation>环境功能区划(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/main.py" line="33" />
            <source>Environmental zoning workflow</source>
            <translation>环境功能区划工作流程</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/main.py" line="37" />
            <source>Show the environmental zoning workflow (环境功能区划)</source>
            <translation>显示环境功能区划工作流程</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/main.py" line="39" />
            <source>Identify zone</source>
            <translation>查询功能区</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/main.py" line="43" />
            <source>Click on the map to show the zone's code, name, targets, measures and negative list</source>
            <translation>在地图上单击，查看该处功能区的编码、名称、目标、管控措施和负面清单</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="26" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="27" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="28" />
            <source>Zone type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="29" />
            <source>Subtype</source>
            <translation>亚类</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="30" />
            <source>Area (km²)</source>
            <translation>面积（km²）</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="31" />
            <source>Main function</source>
            <translation>主导功能</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="32" />
            <source>Environmental quality targets</source>
            <translation>环境质量目标</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="33" />
            <source>Ecological protection targets</source>
            <translation>生态保护目标</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="34" />
            <source>Control measures</source>
            <translation>管控措施</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="35" />
            <source>Negative list</source>
            <translation>负面清单</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="42" />
            <source>Control unit code</source>
            <translation>环境管控单元编码</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="43" />
            <source>Control unit name</source>
            <translation>环境管控单元名称</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="44" />
            <source>Control unit class</source>
            <translation>管控单元分类</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="106" />
            <source>Choose the zone tool and click on the map: the zone's code, name, targets, measures and negative list are shown here.</source>
            <translation>选择“查询功能区”工具并在地图上单击：此处显示该功能区的编码、名称、目标、管控措施和负面清单。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="115" />
            <source>Environmental function zone</source>
            <translation>环境功能区</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="123" />
            <source>Layer: %s</source>
            <translation>图层：%s</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="121" />
            <source>Environmental control unit</source>
            <translation>环境管控单元</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="128" />
            <source>No zone or control unit at this point (layers searched: %s).</source>
            <translation>该点没有功能区或管控单元（已查询图层：%s）。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="132" />
            <source>No zone layer: select a polygon layer with the fields code, name, zone_type … or HJZHGKDYBM in the Layers panel.</source>
            <translation>没有功能区图层：请在图层面板中选中含 code、name、zone_type … 或 HJZHGKDYBM 字段的面图层。</translation>
        </message>
        <message>
            <location filename="../../../work/main/ui/zoneinfo.py" line="136" />
            <source>Point: %.3f, %.3f (%s)</source>
            <translation>点位：%.3f, %.3f（%s）</translation>
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
            <source>The grading is the SPEC 3a decision (editable breaks, min &lt;= Q &lt; max). The Q raster has values only where dem &gt; Limin inside a water body (the formula is undefined below Limin); elsewhere it is nodata.</source>
            <translation>公式图像缺失，分级为本规范约定（SPEC 3a），断点可编辑，区间为 min ≤ Q &lt; max。Q 栅格仅在 dem &gt; Limin 处有值（dem ≤ Limin 时公式无意义，为无数据）；水体以外为无数据。</translation>
        </message>
        <message>
            <location filename="../algorithms/floodregulation.py" />
            <source>DEM</source>
            <translation>数字高程模型 DEM</translation>
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
            <source>The seed's K formula image is lost; SPEC 3a: the product; options: min or mean of the two normalised terms.</source>
            <translation>K 公式图片缺失，按 SPEC 3a 取乘积；可选两项归一化值的最小值或平均值。</translation>
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
            <source>On the analysis grid: a patch smaller than the minimum area joins the neighbour with the longest shared border; NEIGHBOUR patches of rule 9 (any size) do the same; same-subtype neighbours dissolve. Type I is never merged away. The result is polygonized and fitted exactly to the region: no gaps, no overlaps, total area equal to the region's (within 0.01 %). Every merge is a row of the audit table (patch, area, from, to, shared border, reason).</source>
            <translation>在分析网格上：面积小于最小面积的图斑并入与其公共边界最长的相邻区；规则 9 的 NEIGHBOUR 图斑（任意大小）并入公共边界最长的相邻区；相同亚类相邻即合并。I 类从不被并掉。结果转为面、精确裁切到区划范围，无缝隙、无重叠，总面积与区划范围一致（≤0.01 %）。每次合并都写入审计表（图斑、面积、原亚类、并入亚类、公共边界长度、原因），可复核、可撤销。</translation>
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
            <source>Non-I patches smaller than this are merged (default 0.5 km²)</source>
            <translation>小于此面积的非 I 类图斑被合并（默认 0.5 km²）</translation>
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
            <source>One row per merge: patch, area_km2, from_subtype, to_subtype, into_patch, border_m, reason, x, y</source>
            <translation>每次合并一行：patch, area_km2, from_subtype, to_subtype, into_patch, border_m, reason, x, y</translation>
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
            <source>Zones that would share a name get 一, 二, 三 … before the final 区 in serial order. Name endings are the name_word column of the code table (table 4's subtype names; 区 added to 森林公园/地质公园, 其它 dropped).</source>
            <translation>同名功能区：按序号在“区”字前插入一、二、三……（如 淡竹乡水源涵养一区）。名称用语见编码表name_word 列（表4 小类名，森林公园/地质公园加“区”，“其它”去掉）。</translation>
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
            <source>The seed's formula image is lost; SPEC 3a: grades 1/3/5/7/9 (as table 1-1), P2 = their product. Area from the geometry in the projected analysis CRS (km²) unless AREA_FIELD is given.</source>
            <translation>公式图片缺失，按 SPEC 3a：5 级赋值 1/3/5/7/9（同表1-1），P2 取乘积；面积默认由几何在投影坐标系中计算（km²）。</translation>
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
            <source>Key turning points: the outer ring of the largest part simplified (Visvalingam–Whyatt) to MAX_POINTS vertices, listed clockwise from the northernmost, lon/lat to 6 decimals. The DOCX is A4 landscape with the four columns of annex 5. Area from the area_km2 field, else computed in the analysis CRS. Rows ordered by type (I…VI), then code.</source>
            <translation>主要拐点：最大地块外边界按 Visvalingam–Whyatt 法化简至 MAX_POINTS 个顶点，自最北点起顺时针列出，经纬度 6 位小数。DOCX 为 A4 横向，表格按附件五四栏排列。面积取 area_km2 字段，无该字段时按分析坐标系计算。行按类型（I…VI）再按编号排序。</translation>
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
            <source>Erosion raster</source>
            <translation>土壤侵蚀栅格</translation>
        </message>
        <message>
            <location filename="../algorithms/riparianzone.py" />
            <source>Soil-erosion level raster (OUTPUT_LEVEL of soilerosionsensitivity) or an SL190 intensity-code raster</source>
            <translation>土壤侵蚀敏感性等级栅格（soilerosionsensitivity 的 OUTPUT_LEVEL）或 SL190 强度码栅格</translation>
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
            <source>Industry (table 6)</source>
            <translation>行业类别（表6）</translation>
        </message>
        <message>
            <location filename="../algorithms/sitecheck.py" />
            <source>Table-6 item number (e.g. 47, K), item key (三类-47) or class 一类/二类/三类</source>
            <translation>表6 条目号（如 47、K）、条目键（如 三类-47）或 一类/二类/三类</translation>
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
            <translation>数字高程模型 DEM</translation>
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
            <source>The SPI formula image is lost: max Pi per SPEC (Nemerow as option); several samples: each pollutant's Pi averaged over them, then combined. Default standards: GB 15618-2018 farmland screening values (other, 5.5 &lt; pH ≤ 6.5); or standard fields per sample, or the edited table.</source>
            <translation>SPI 公式图片缺失：按 SPEC 取最大 Pi（内梅罗为选项）；多样点取各污染物 Pi 的平均后再合成。评价标准默认 GB 15618-2018 农用地风险筛选值（其他，5.5&lt;pH≤6.5），可改为样点标准字段或编辑表。</translation>
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
            <source>Soil standards table</source>
            <translation>土壤评价标准表</translation>
        </message>
        <message>
            <location filename="../algorithms/soilquality.py" />
            <source>pollutant → standard (mg/kg) (default: the guideline's table; editable)</source>
            <translation>污染物 → 评价标准（mg/kg）（默认值为指南表，可编辑）</translation>
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
            <source>Rules 1–9 are SPEC section 4's decision. A role whose layer is not given, or has no data, is 0. Overlapping protected areas: nature reserve &gt; scenic area &gt; forest park &gt; geopark &gt; water source &gt; red line; overlapping planning polygons: existing industry &gt; planned industry &gt; urban &gt; farmland &gt; aquaculture. Rule 6 leaves planned aquaculture water to rule 7 (III-2). Rules follow SPEC's order: cropland, garden and basic farmland (rule 7) before planned industrial land (rule 8), so planned industrial land on today's cropland stays III; move rule 8 above rule 7 in the rule table to let approved industrial plans win. Rule 5: the importance dominant factor comes first; sensitivity &gt;= 4 outside riparian/coastal zones (or dominated by soil erosion) gives II-2. Rule 9's 'majority neighbour' is the placeholder NEIGHBOUR, resolved by mergezones; cells no rule matches are NEIGHBOUR too (rule 0). Vector layers are burnt by cell centre: boundaries are kept within one cell.</source>
            <translation>规则 1–9 为 SPEC 第 4 节的约定。图层未给出或无数据处，其角色值为 0。保护地重叠时按 自然保护区 &gt; 风景名胜区 &gt; 森林公园 &gt; 地质公园 &gt; 饮用水源保护区 &gt; 红线 取值；规划用地重叠时按 现有工业 &gt; 规划工业 &gt; 城镇 &gt; 基本农田 &gt; 养殖 取值。规则 6 不含规划的养殖水域（其归规则 7 的 III-2）。规则按 SPEC 顺序：耕地、园地与基本农田（规则 7）先于规划工业用地（规则 8），即规划工业用地中现状为耕地的部分仍为 III；若要让已批准的规划工业用地优先，可在规则表中把规则 8 移到规则 7 之前。规则 5 的主导因子：重要性主导因子优先；敏感性≥4 且不在滨岸带/海岸带（或主导为土壤侵蚀）→ II-2。规则 9 的“取多数相邻区”记为 NEIGHBOUR，由 mergezones 解决。没有规则命中的像元也记为 NEIGHBOUR（规则 0）。矢量图层按像元中心栅格化：边界误差不超过一个像元。</translation>
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
            <source>Values industrial_existing / industrial_planned / urban / farmland / aquaculture, their Chinese names, or 1–5</source>
            <translation>取值 industrial_existing / industrial_planned / urban / farmland / aquaculture，或 现有工业区、规划工业区、城镇、基本农田、水产养殖，或 1–5</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Riparian zones</source>
            <translation>河湖滨岸带</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>riparianzone output (its level field if present, else 1; rule 5)</source>
            <translation>riparianzone 的输出（有 level 字段时取其值，否则为 1；规则 5）</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>Coastal zones</source>
            <translation>海岸带</translation>
        </message>
        <message>
            <location filename="../algorithms/zoning.py" />
            <source>coastalhazardzone output (its level field if present, else 1; rule 5)</source>
            <translation>coastalhazardzone 的输出（有 level 字段时取其值，否则为 1；规则 5）</translation>
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
</TS>
