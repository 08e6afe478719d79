"""envzoning:elementzones — N 5.7–5.9: element control zones (要素管控分区)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)
from .compat import QVariant

import numpy as np

from ..core import control as C
from ..core import datastandard as D
from ..core import raster as RA
from ..core import resources as R
from ..core import rules as RU
from ..core import tables as T
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import control_geom as G
from .control_geom import zone_qml

FIELDS = [("element", QVariant.String), ("element_zh", QVariant.String),
          ("class", QVariant.Int), ("class_name", QVariant.String),
          ("zone_name", QVariant.String), ("rule", QVariant.String),
          ("clause", QVariant.String), ("unit_kind", QVariant.String),
          ("sources", QVariant.String), ("area_km2", QVariant.Double),
          ("code", QVariant.String)]

def element_fields():
    return base.fields_of(FIELDS)


class ElementZones(base.EnvZoningAlgorithm):
    ID = "elementzones"
    NAME_EN = "Element control zones"
    NAME_ZH = "要素管控分区"
    GROUP = "control"
    SEED = "N 5.7、5.8.3、5.9.2 / N 5.7, 5.8.3, 5.9.2"
    SUMMARY_ZH = ("按要素规则表，把各来源图层（字段 role 标明角色；P1 网格按 p1 字段）划为生态、大气、水、近岸海域、"
                  "土壤、地下水、声、温室气体、水资源、能源、岸线等要素的优先保护区（1）/重点管控区（2）/一般管控区（3），"
                  "记录触发的规则和条款。")
    SUMMARY_EN = ("Classes each element (ecology, air, surface water, coastal, soil, groundwater, "
                  "noise, GHG, water resources, energy, shoreline) into priority (1) / key (2) / "
                  "general (3) zones from source layers whose role field (or the p1 field of a P1 "
                  "grid) matches the element rule table; each zone records the rule and clause.")
    DECISION_ZH = ("同一要素内多条规则重叠时取最高类别（1 优先于 2 优先于 3），同类别取表中靠前的规则；"
                   "要素内未被任何规则覆盖的区域为该要素一般管控区（规则 XX-G）；只输出至少有一个来源要素命中的要素。"
                   "一个要素可命中多个要素的规则（如饮用水水源保护区既属其他重要生态空间，也属水环境优先保护区）。"
                   "由数据派生的来源（core/resources.py）：农用地地块按其内样点对照 GB 15618-2018 的最大 Ci/Si、Ci/Gi 分为"
                   "优先保护类/安全利用类/严格管控类，或（SOIL_METHOD）以反距离权重插值（幂 2、搜索半径 2000 m、像元 100 m，"
                   "半径内无样点处不分类）逐像元分类或按地块汇总（地块内像元中心插值含量与 pH 的平均值）；乡镇水资源超载、临界超载为重点管控；岸线严格保护→优先保护、优化利用→重点管控、"
                   "限制开发→一般管控（缓冲成面）。派生结果以角色值进入同一规则表。"
                   "给出 ADMIN_CODE 时每个分区写数据规范的要素管控分区编码 code（YS+6 位代码+2 位要素号（要素规则表顺序）+类别+"
                   "3 位流水号，同要素同类别内自北向南、自西向东），controlunits 的 YSGKFQBM 直接引用这些编码。")
    DECISION_EN = ("Within an element the highest class wins where rules overlap (1 over 2 over 3), "
                   "the first rule in table order within a class; the rest of the region is the "
                   "element's general zone (rule XX-G); only elements with at least one matching "
                   "source feature are written. A feature may match rules of several elements. "
                   "Sources derived from data (core/resources.py): farmland plots by the largest "
                   "Ci/Si and Ci/Gi of their samples against GB 15618-2018 (priority / safe use "
                   "/ strict control), or (SOIL_METHOD) by inverse distance weighting (power 2, "
                   "radius 2 000 m, 100 m cells; no class where no sample is within the radius) "
                   "per cell or aggregated by plot (the mean interpolated concentrations and pH "
                   "over the plot's cell centres); townships overloaded or critical in water resources → "
                   "key; shorelines 严格保护 → priority, 优化利用 → key, 限制开发 → general "
                   "(buffered). The results enter the same rule table as role values. With "
                   "ADMIN_CODE each zone gets the data standard's element-zone code (YS + 6 "
                   "digits + 2-digit element number in rule-table order + class + 3-digit "
                   "serial, north to south then west to east within element and class); "
                   "controlunits' YSGKFQBM lists these codes.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterMultipleLayers(
            "INPUTS", "Source layers", QgsProcessing.TypeVectorPolygon),
            "来源图层", "要素分区的来源面图层（生态保护红线、保护地、P1 网格、规划用地、声环境功能区、污染地块……），"
            "每个图层用角色字段（ROLE_FIELD）说明要素含义，或带规则表使用的其他字段（如 p1）",
            "Polygon layers the element zones come from (red line, protected areas, P1 grid, "
            "planning, noise function zones, contaminated plots …), each with the role field "
            "(ROLE_FIELD) or another field a rule reads (e.g. p1)")
        self.add(QgsProcessingParameterString("ROLE_FIELD", "Role field", "role"),
                 "角色字段", "来源图层中的角色字段名（规则表 match_field=role 时读取此字段；默认 role）",
                 "Name of the role field in the source layers (read by rules whose match_field "
                 "is role; default role)")
        self.add(QgsProcessingParameterFeatureSource(
            "REGION", "Region", [QgsProcessing.TypeVectorPolygon]),
            "区划范围", "县（市）行政边界：要素分区裁剪至此范围，未覆盖部分为一般管控区",
            "County boundary: zones are clipped to it; the uncovered rest is general control")
        self.add_table("RULES", "element_rules", "要素分区规则表", "Element rules",
                       "规则编号、要素、类别 1/2/3、匹配字段、运算符、值（多个值用 ; 分隔）、单元类型、条款",
                       "rule id, element, class 1/2/3, match field, operator, value(s) separated "
                       "by ';', unit kind, clause")
        self.add(QgsProcessingParameterEnum(
            "UNMATCHED", "Role values no rule lists", ["Error", "Skip with a warning"],
            defaultValue=0), "规则表未列出的角色值", "报错（默认）或跳过并警告",
            "Error (default) or skip with a warning", advanced=True)
        self.add(QgsProcessingParameterFeatureSource(
            "SOIL_SAMPLES", "Soil samples (farmland)", [QgsProcessing.TypeVectorPoint],
            optional=True), "农用地土壤样点",
            "可选：农用地土壤样点，字段为污染物含量 mg/kg（cd、hg、as 或 as_、pb、cr、cu、ni、zn 或 镉、汞……）和 pH；"
            "与 SOIL_PLOTS 一起按 GB 15618-2018 划分地块类别（core/resources.py）",
            "Optional farmland soil samples with pollutant fields in mg/kg (cd, hg, as or as_, "
            "pb, cr, cu, ni, zn or 镉, 汞 …) and pH; with SOIL_PLOTS they class the plots by GB "
            "15618-2018 (core/resources.py)")
        self.add(QgsProcessingParameterFeatureSource(
            "SOIL_PLOTS", "Farmland plots", [QgsProcessing.TypeVectorPolygon], optional=True),
            "农用地地块", "可选：农用地地块（图斑）；每块取其内样点 Ci/Si、Ci/Gi 的最大值：Ci/Si≤1 优先保护类"
            "（SOIL-1），Ci/Gi>1 严格管控类，其余安全利用类（SOIL-3）；无样点的地块不分类",
            "Optional farmland plots; each takes the largest Ci/Si and Ci/Gi of the samples "
            "inside: max Ci/Si ≤ 1 priority (SOIL-1), max Ci/Gi > 1 strict control, else safe "
            "use (SOIL-3); plots without samples get no class")
        self.add(QgsProcessingParameterEnum(
            "SOIL_METHOD", "Soil classes from the samples",
            ["Samples inside each plot", "IDW interpolation to a grid",
             "IDW interpolation aggregated by plot"], defaultValue=0),
            "农用地类别的求法",
            "0 地块内样点（默认，需 SOIL_PLOTS）；1 反距离权重（IDW）插值到 SOIL_CELL 网格，逐像元分类（有 SOIL_PLOTS 时限于地块内，"
            "用地按“其他”）；2 IDW 插值按地块汇总：地块内各像元中心插值的平均含量和 pH 按地块用地分类（core/resources.py）",
            "0 the samples inside each plot (default; needs SOIL_PLOTS); 1 inverse distance "
            "weighting (IDW) to a SOIL_CELL grid, each cell classed (within SOIL_PLOTS when "
            "given; land use other); 2 IDW aggregated by plot: the mean interpolated "
            "concentrations and pH over the cell centres inside the plot, classed with the "
            "plot's land use (core/resources.py)")
        self.add(QgsProcessingParameterNumber(
            "SOIL_IDW_POWER", "IDW power", QgsProcessingParameterNumber.Double, R.IDW_POWER,
            minValue=0.1), "IDW 幂指数", "权重 = 距离^-幂（默认 2）",
            "Weight = distance^-power (2)", advanced=True)
        self.add(QgsProcessingParameterNumber(
            "SOIL_IDW_RADIUS", "IDW search radius (m)", QgsProcessingParameterNumber.Double,
            R.IDW_RADIUS, minValue=0.0), "IDW 搜索半径 (m)",
            "只用此距离内的样点（默认 2000 m；0 = 全部样点）；半径内无样点的位置不分类",
            "Only samples within this distance (2 000 m; 0 = all samples); a place with no "
            "sample within it gets no class", advanced=True)
        self.add(QgsProcessingParameterNumber(
            "SOIL_CELL", "IDW grid cell (m)", QgsProcessingParameterNumber.Double, 100.0,
            minValue=1.0), "插值网格像元 (m)", "IDW 插值网格的像元大小（默认 100 m）",
            "Cell size of the IDW grid (100 m)", advanced=True)
        self.add(QgsProcessingParameterString("SOIL_PH_FIELD", "Sample pH field", "ph",
                                              optional=True),
                 "样点 pH 字段", "样点 pH 字段（默认 ph；缺值取四个 pH 段中最严的值）",
                 "pH field of the samples (ph; a missing value takes the strictest of the four "
                 "bands)", advanced=True)
        self.add(QgsProcessingParameterField(
            "SOIL_LAND_FIELD", "Plot land-use field", None, "SOIL_PLOTS", optional=True),
            "地块用地类型字段", "可选：地块字段，值为 水田/paddy、果园/orchard 或其他（决定筛选值；默认按其他）",
            "Optional plot field with 水田/paddy, 果园/orchard or other (chooses the screening "
            "value; other by default)", advanced=True)
        self.add_table("SOIL_STANDARD", "gb15618_farmland", "GB 15618-2018 风险筛选值和管制值",
                       "GB 15618-2018 screening and intervention values",
                       "污染物、kind（screening/intervention）、land（paddy/orchard/other/all）、四个 pH 段的值 mg/kg",
                       "pollutant, kind (screening/intervention), land (paddy/orchard/other/"
                       "all), the values of the four pH bands in mg/kg")
        self.add(QgsProcessingParameterFeatureSource(
            "WATER_TOWNSHIPS", "Water-resource overload by township",
            [QgsProcessing.TypeVectorPolygon], optional=True), "乡镇水资源承载状态",
            "可选：乡镇面，OVERLOAD_FIELD 为 超载/临界超载/不超载；超载、临界超载 → 水资源重点管控区（WR-1）",
            "Optional township polygons whose OVERLOAD_FIELD is 超载/临界超载/不超载; overloaded "
            "and critical → water-resource key zone (WR-1)")
        self.add(QgsProcessingParameterField(
            "OVERLOAD_FIELD", "Overload field", "overload", "WATER_TOWNSHIPS", optional=True),
            "承载状态字段", "超载/临界超载/不超载（或 overloaded/critical/not）",
            "超载/临界超载/不超载 (or overloaded/critical/not)", advanced=True)
        self.add(QgsProcessingParameterFeatureSource(
            "SHORELINES", "Shorelines", [QgsProcessing.TypeVectorLine], optional=True),
            "岸线", "可选：岸线（线），SHORELINE_FIELD 为 严格保护/限制开发/优化利用；缓冲 SHORELINE_BUFFER 米成面："
            "严格保护 → 优先保护岸线（SH-1），优化利用 → 重点管控岸线（SH-2），限制开发 → 一般管控岸线（SH-3）",
            "Optional shoreline lines whose SHORELINE_FIELD is 严格保护/限制开发/优化利用, buffered "
            "by SHORELINE_BUFFER m: 严格保护 → priority (SH-1), 优化利用 → key (SH-2), 限制开发 → "
            "general (SH-3)")
        self.add(QgsProcessingParameterField(
            "SHORELINE_FIELD", "Shoreline class field", "class", "SHORELINES", optional=True),
            "岸线类别字段", "严格保护/限制开发/优化利用", "严格保护/限制开发/优化利用", advanced=True)
        self.add(QgsProcessingParameterNumber(
            "SHORELINE_BUFFER", "Shoreline buffer (m)", QgsProcessingParameterNumber.Double, 50.0,
            minValue=0.1), "岸线缓冲距离 (m)", "岸线向两侧缓冲的距离（默认 50 m）",
            "Distance each side of the line (50 m)", advanced=True)
        self.add(QgsProcessingParameterString(
            "ADMIN_CODE", "Admin code (6 digits) for the zone codes", "", optional=True),
            "行政区划代码（要素分区编码）",
            "可选：县 6 位行政区划代码；给出时每个要素分区写 code = YS+6 位代码+2 位要素号+类别+3 位流水号"
            "（core/datastandard.py，与 controlunits 的 YSGKFQBM 字段一致）",
            "Optional 6-digit county code: each zone's code = YS + 6 digits + 2-digit element "
            "number + class + 3-digit serial (core/datastandard.py, the codes controlunits' "
            "YSGKFQBM field lists)", advanced=True)
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Element zones", QgsProcessing.TypeVectorPolygon),
            "要素管控分区", "字段 element、class（1 优先保护 / 2 重点管控 / 3 一般管控）、rule、clause、code 等",
            "Fields element, class (1 priority / 2 key / 3 general), rule, clause, code, …")

    def process(self, parameters, context, feedback):
        rules = C.load_element_rules(self.table_param(parameters, "RULES", "element_rules",
                                                      context))
        admin = (self.parameterAsString(parameters, "ADMIN_CODE", context) or "").strip()
        if admin:
            try:
                admin = C.check_admin_code(admin)
            except EnvZoningError as exc:
                raise QgsProcessingException(str(exc)) from None
        role_field = self.parameterAsString(parameters, "ROLE_FIELD", context).strip() or "role"
        skip = self.parameterAsEnum(parameters, "UNMATCHED", context) == 1
        crs, region = G.region_of(self, parameters, context, feedback)
        layers = self.parameterAsLayerList(parameters, "INPUTS", context) or []
        try:
            derived = self._derived(parameters, context, feedback, crs, region)
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        if not layers and not derived:
            raise QgsProcessingException("INPUTS: give at least one source layer / 至少需要一个来源图层")
        for r in rules:  # rule values and layer values read through one role vocabulary
            if r.field == "role" and r.op in ("in", "not in", "=", "!="):
                r.values = frozenset(RU.VOCABULARY.canonical(v) for v in r.values)
        role_values = {r_v for r in rules if r.field == "role" for r_v in r.values}
        hits = {}  # rule id -> [geometry]
        sources = {}  # rule id -> set of "layer:value"
        for li, layer in enumerate(layers):
            lname = G.layer_label(layer)
            label = "%s (INPUTS #%d)" % (lname, li + 1)
            base.check_source(layer, "INPUTS", label)
            names = layer.fields().names()
            wanted = [n for n in C.rule_fields(rules, role_field) if n in names]
            if not wanted:
                raise QgsProcessingException(
                    "Layer '%s' has none of the fields the rules read (%s; role field '%s') / "
                    "图层“%s”缺少规则所需字段（%s）" % (label, ", ".join(C.rule_fields(rules, role_field)),
                                             role_field, label, ", ".join(C.rule_fields(rules, role_field))))
            feats = base.features_in_crs(layer, crs, context, feedback, label)
            unmatched = {}
            for f in feats:
                if feedback.isCanceled():
                    raise Canceled()
                attrs = {n: f[n] for n in wanted}
                v = attrs.get(role_field)
                given = v is not None and str(v).strip() not in ("", "NULL")
                if given:  # one role vocabulary (core/tables/roles.csv)
                    attrs[role_field] = RU.VOCABULARY.canonical(v)
                matched = C.match_feature(rules, attrs, role_field)
                if not matched and given:
                    if attrs[role_field] not in role_values:
                        unmatched[str(v)] = unmatched.get(str(v), 0) + 1
                for r in matched:
                    hits.setdefault(r.rule, []).append(f.geometry())
                    key = attrs.get(role_field if r.field == "role" else r.field)
                    if r.field != "role":   # numeric rules name the test, text rules the value
                        key = ("%s%s%g" % (r.field, r.op, r.values[0])
                               if isinstance(r.values, tuple) else "%s=%s" % (r.field, key))
                    sources.setdefault(r.rule, set()).add("%s:%s" % (lname, key))
            if unmatched:
                vals = ", ".join("%s (%d)" % kv for kv in sorted(unmatched.items()))
                msg = ("Layer '%s', field '%s': role value(s) %s are in no element rule (table "
                       "RULES) / 图层“%s”字段“%s”的角色值 %s 不在要素规则表中" % (
                           label, role_field, vals, label, role_field, vals))
                if not skip:
                    raise QgsProcessingException(msg + "; add them to the table or set UNMATCHED "
                                                 "to skip / 请补充规则表或将 UNMATCHED 设为跳过")
                feedback.pushWarning(msg + " — skipped / 已跳过")
            feedback.setProgress(40.0 * (li + 1) / len(layers))

        for geom, role, lname in derived:   # soil plots, townships, shorelines → roles
            matched = C.match_feature(rules, {role_field: RU.VOCABULARY.canonical(role)},
                                      role_field)
            if not matched:
                feedback.pushWarning("Role '%s' (from %s) is in no element rule: left out / "
                                     "角色“%s”不在要素规则表中，未使用" % (role, lname, role))
            for r in matched:
                hits.setdefault(r.rule, []).append(geom)
                sources.setdefault(r.rule, set()).add("%s:%s" % (lname, role))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, element_fields(),
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        els = [e for e in C.elements(rules) if any(r.rule in hits for r in rules
                                                   if r.element == e)]
        for e in C.elements(rules):
            if e not in els:
                feedback.pushInfo("Element '%s': no source feature matched — not written / "
                                  "要素“%s”无来源要素，未输出" % (e, e))
        zones = []   # (rule, geometry, sources), written once the codes are known
        for k, element in enumerate(els):
            mine = C.precedence([r for r in rules if r.element == element])
            covered = None
            for r in mine:
                if r.rule not in hits:
                    continue
                g = G.intersect(G.union(hits[r.rule]), region)
                g = G.difference(g, covered)
                if g is None:
                    continue
                covered = G.union([covered, g]) if covered is not None else g
                zones.append((r, g, sorted(sources[r.rule])))
            rest = G.difference(region, covered)
            if rest is not None:
                zones.append((C.general_rule(rules, element), rest, []))
            feedback.pushInfo("Element '%s' (%s) done / 要素分区完成" % (element, mine[0].element_zh))
            feedback.setProgress(40.0 + 55.0 * (k + 1) / len(els))
        codes = [""] * len(zones)
        if admin:   # the data standard's element-zone codes, as controlunits' YSGKFQBM
            numbers = D.element_numbers(r.element for r in C.load_element_rules(
                T.load("element_rules")))
            pts = [g.pointOnSurface().asPoint() for _, g, _ in zones]
            try:
                codes = D.element_zone_codes(
                    [{"element": r.element, "cls": r.cls, "x": p.x(), "y": p.y()}
                     for (r, _, _), p in zip(zones, pts)], admin, numbers)
            except EnvZoningError as exc:
                raise QgsProcessingException(str(exc)) from None
        for (r, g, srcs), code in zip(zones, codes):
            self._write(sink, r, g, srcs, code)
        base.apply_style(context, dest, zone_qml())
        return {"OUTPUT": dest}

    def _name(self, parameters, name, source, context):
        """The sub-layer name of a source parameter (as INPUTS names its layers)."""
        try:
            layer = self.parameterAsVectorLayer(parameters, name, context)
        except Exception:  # noqa: BLE001 - a feature source definition QGIS cannot map
            layer = None
        return G.layer_label(layer) if layer is not None else source.sourceName()

    def _derived(self, parameters, context, feedback, crs, region):
        """(geometry, role, layer name) of the data-derived sources (core/resources.py)."""
        out = []
        plots = self.parameterAsSource(parameters, "SOIL_PLOTS", context)
        samples = self.parameterAsSource(parameters, "SOIL_SAMPLES", context)
        method = self.parameterAsEnum(parameters, "SOIL_METHOD", context)
        if plots is not None and samples is None or \
                samples is not None and plots is None and method != 1:
            raise QgsProcessingException(
                "SOIL_SAMPLES and SOIL_PLOTS go together: give both (only SOIL_METHOD 1, IDW "
                "to a grid, works without plots) / 农用地土壤样点和地块须同时给出（仅 SOIL_METHOD=1 "
                "网格插值可不给地块）")
        if samples is not None:
            out += self._soil(parameters, context, feedback, crs, plots, samples, method,
                              region)
        towns = self.parameterAsSource(parameters, "WATER_TOWNSHIPS", context)
        if towns is not None:
            label = "%s (WATER_TOWNSHIPS)" % self._name(parameters, "WATER_TOWNSHIPS", towns, context)
            base.check_source(towns, "WATER_TOWNSHIPS", label)
            fld = self.parameterAsString(parameters, "OVERLOAD_FIELD", context) or "overload"
            base.field_index(towns, fld, label, "OVERLOAD_FIELD")
            n, tname = 0, self._name(parameters, "WATER_TOWNSHIPS", towns, context)
            for f in base.features_in_crs(towns, crs, context, feedback, label):
                role = R.overload_role(f[fld], "Layer '%s', field '%s'" % (label, fld))
                if role:
                    out.append((f.geometry(), role, tname))
                    n += 1
            feedback.pushInfo("%s: %d townships overloaded or critical / 超载或临界超载乡镇 %d 个"
                              % (label, n, n))
        shores = self.parameterAsSource(parameters, "SHORELINES", context)
        if shores is not None:
            label = "%s (SHORELINES)" % self._name(parameters, "SHORELINES", shores, context)
            base.check_source(shores, "SHORELINES", label)
            fld = self.parameterAsString(parameters, "SHORELINE_FIELD", context) or "class"
            base.field_index(shores, fld, label, "SHORELINE_FIELD")
            dist = self.parameterAsDouble(parameters, "SHORELINE_BUFFER", context)
            sname = self._name(parameters, "SHORELINES", shores, context)
            for f in base.features_in_crs(shores, crs, context, feedback, label):
                role = R.shoreline_role(f[fld], "Layer '%s', field '%s'" % (label, fld))
                out.append((f.geometry().buffer(dist, 8), role, sname))
        return out

    def _soil(self, parameters, context, feedback, crs, plots, samples, method, region):
        std = R.SoilStandard(self.table_param(parameters, "SOIL_STANDARD", "gb15618_farmland",
                                              context))
        plabel = "%s (SOIL_PLOTS)" % (self._name(parameters, "SOIL_PLOTS", plots, context)
                                      if plots is not None else "")
        slabel = "%s (SOIL_SAMPLES)" % self._name(parameters, "SOIL_SAMPLES", samples,
                                                          context)
        if plots is not None:
            base.check_source(plots, "SOIL_PLOTS", plabel)
        base.check_source(samples, "SOIL_SAMPLES", slabel)
        names = samples.fields().names()
        lower = {n.lower(): n for n in names}
        cols = {}
        for p in std.pollutants:
            # 'as' is an SQL keyword: sample layers often call it as_
            n = lower.get(p) or lower.get(p + "_") or lower.get(std.names.get(p, "\0"))
            if n:
                cols[p] = n
        if not cols:
            raise QgsProcessingException(
                "Layer '%s' has no pollutant field (%s; fields: %s) / 图层“%s”没有污染物含量字段"
                % (slabel, ", ".join(std.pollutants), ", ".join(names), slabel))
        ph_field = self.parameterAsString(parameters, "SOIL_PH_FIELD", context) or "ph"
        ph_name = lower.get(ph_field.lower())
        land_field = self.parameterAsString(parameters, "SOIL_LAND_FIELD", context) or ""
        if land_field and plots is not None:
            base.field_index(plots, land_field, plabel, "SOIL_LAND_FIELD")
        pts, no_ph = [], 0
        for f in base.features_in_crs(samples, crs, context, feedback, slabel):
            conc = {}
            for p, n in cols.items():
                v = f[n]
                if v is None or str(v).strip() in ("", "NULL"):
                    continue
                try:
                    conc[p] = float(v)
                except (TypeError, ValueError):
                    raise QgsProcessingException(
                        "Layer '%s', feature %s, field '%s': '%s' is not a number (mg/kg) / "
                        "图层“%s”字段“%s”的值“%s”不是数字" % (slabel, f.id(), n, v, slabel, n, v)) \
                        from None
            ph = None
            if ph_name and f[ph_name] not in (None, "") and str(f[ph_name]) != "NULL":
                try:
                    ph = float(f[ph_name])
                except (TypeError, ValueError):
                    ph = None
            if ph is None:
                no_ph += 1
            pts.append((f.geometry(), conc, ph))
        if no_ph:
            feedback.pushWarning("%s: %d samples without pH take the strictest value / %d 个样点缺 pH，"
                                 "取最严的筛选值" % (slabel, no_ph, no_ph))
        if method != 0:
            return self._soil_idw(parameters, context, feedback, crs, plots, plabel, pts, std,
                                  method, region, land_field, slabel)
        index = G.Index([(g, k) for k, (g, _, _) in enumerate(pts)])
        pname = self._name(parameters, "SOIL_PLOTS", plots, context)
        out, counts, empty = [], {}, 0
        for f in base.features_in_crs(plots, crs, context, feedback, plabel):
            g = f.geometry()
            inside = [(pts[k][1], pts[k][2]) for pg, k in index.candidates(g)
                      if g.intersects(pg)]
            land = str(f[land_field]) if land_field else "other"
            res = R.plot_class(inside, std, land)
            if res is None:
                empty += 1
                continue
            counts[res[0]] = counts.get(res[0], 0) + 1
            out.append((g, R.SOIL_ROLES[res[0]], pname))
        feedback.pushInfo("%s: %s; %d plots without samples / 地块类别：%s；无样点地块 %d 个" % (
            plabel, ", ".join("%s %d" % (c, counts.get(c, 0)) for c in R.SOIL_CLASSES), empty,
            "、".join("%s类 %d" % (c, counts.get(c, 0)) for c in R.SOIL_CLASSES), empty))
        return out

    def _soil_idw(self, parameters, context, feedback, crs, plots, plabel, pts, std, method,
                  region, land_field, slabel):
        """Soil classes by IDW (core/resources.py): on a grid (method 1) or by plot (2)."""
        power = self.parameterAsDouble(parameters, "SOIL_IDW_POWER", context)
        radius = self.parameterAsDouble(parameters, "SOIL_IDW_RADIUS", context)
        cell = self.parameterAsDouble(parameters, "SOIL_CELL", context)
        samples = []
        for g, conc, ph in pts:
            p = g.asPoint() if not g.isMultipart() else g.asMultiPoint()[0]
            samples.append((p.x(), p.y(), conc, ph))
        if not samples:
            raise QgsProcessingException("%s has no sample / 没有样点" % slabel)
        box = region.boundingBox()
        grid = RA.Grid.from_extent(box.xMinimum(), box.yMinimum(), box.xMaximum(),
                                   box.yMaximum(), cell,
                                   crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
        x0, y1 = grid.gt[0], grid.gt[3]
        counts, out = {}, []
        info = "IDW power %g, radius %g m, cell %g m" % (power, radius, cell)
        if method == 1:
            cx = x0 + (np.arange(grid.xsize) + 0.5) * cell
            cy = y1 - (np.arange(grid.ysize) + 0.5) * cell
            px, py = np.meshgrid(cx, cy)
            conc, ph = R.interpolate(samples, px.ravel(), py.ravel(), power, radius)
            cls = R.classify_points(conc, ph, std)[0].reshape(grid.ysize, grid.xsize)
            by_cls = G.polygons_by_value(cls, grid, "soil_idw")
            within = None
            if plots is not None:
                within = G.union([f.geometry() for f in base.features_in_crs(
                    plots, crs, context, feedback, plabel)])
            for k, name in enumerate(R.SOIL_CLASSES, start=1):
                if k not in by_cls:
                    continue
                g = G.intersect(G.union(by_cls[k]), region)
                if within is not None:
                    g = G.intersect(g, within)
                if g is None:
                    continue
                counts[name] = round(g.area() / 1e6, 4)
                out.append((g, R.SOIL_ROLES[name], "%s (IDW)" % slabel.split(" (")[0]))
            feedback.pushInfo("%s: %s; km² by class / 插值分类面积：%s" % (
                info, ", ".join("%s %g" % kv for kv in counts.items()),
                "、".join("%s类 %g km²" % kv for kv in counts.items())))
            return out
        pname = self._name(parameters, "SOIL_PLOTS", plots, context)
        empty = 0
        for f in base.features_in_crs(plots, crs, context, feedback, plabel):
            g = f.geometry()
            b = g.boundingBox()
            c0 = int(np.floor((b.xMinimum() - x0) / cell))
            c1 = int(np.ceil((b.xMaximum() - x0) / cell))
            r0 = int(np.floor((y1 - b.yMaximum()) / cell))
            r1 = int(np.ceil((y1 - b.yMinimum()) / cell))
            engine = QgsGeometry.createGeometryEngine(g.constGet())
            engine.prepareGeometry()
            xs, ys = [], []
            for r in range(r0, r1):
                y = y1 - (r + 0.5) * cell
                for c in range(c0, c1):
                    x = x0 + (c + 0.5) * cell
                    if engine.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)).constGet()):
                        xs.append(x)
                        ys.append(y)
            if not xs:
                p = g.pointOnSurface().asPoint()
                xs, ys = [p.x()], [p.y()]
            conc, ph = R.interpolate(samples, xs, ys, power, radius)
            land = str(f[land_field]) if land_field else "other"
            res = R.aggregate_plot(conc, ph, std, land)
            if res is None:
                empty += 1
                continue
            counts[res[0]] = counts.get(res[0], 0) + 1
            out.append((g, R.SOIL_ROLES[res[0]], pname))
        feedback.pushInfo("%s; %s: %s; %d plots without a sample within the radius / 地块类别：%s；"
                          "半径内无样点地块 %d 个" % (
                              info, plabel, ", ".join("%s %d" % (c, counts.get(c, 0))
                                                      for c in R.SOIL_CLASSES), empty,
                              "、".join("%s类 %d" % (c, counts.get(c, 0)) for c in R.SOIL_CLASSES),
                              empty))
        return out

    @staticmethod
    def _write(sink, rule, geom, srcs, code=""):
        f = QgsFeature(element_fields())
        f.setGeometry(geom)
        text = "; ".join(srcs)
        f.setAttributes([rule.element, rule.element_zh, rule.cls, C.CLASS_ZH[rule.cls],
                         rule.zone_name(), rule.rule, rule.clause, rule.unit_kind,
                         text[:1000], round(geom.area() / 1e6, 6), code or None])
        sink.addFeature(f, QgsFeatureSink.FastInsert)
