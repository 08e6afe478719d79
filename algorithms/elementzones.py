"""envzoning:elementzones — N 5.7–5.9: element control zones (要素管控分区)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import control as C
from ..core import rules as RU
from ..core.errors import Canceled
from . import base
from . import control_geom as G
from .control_geom import zone_qml

FIELDS = [("element", QVariant.String), ("element_zh", QVariant.String),
          ("class", QVariant.Int), ("class_name", QVariant.String),
          ("zone_name", QVariant.String), ("rule", QVariant.String),
          ("clause", QVariant.String), ("unit_kind", QVariant.String),
          ("sources", QVariant.String), ("area_km2", QVariant.Double)]

def element_fields():
    fields = QgsFields()
    for name, vtype in FIELDS:
        fields.append(QgsField(name, vtype))
    return fields


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
                   "一个要素可命中多个要素的规则（如饮用水水源保护区既属其他重要生态空间，也属水环境优先保护区）。")
    DECISION_EN = ("Within an element the highest class wins where rules overlap (1 over 2 over 3), "
                   "the first rule in table order within a class; the rest of the region is the "
                   "element's general zone (rule XX-G); only elements with at least one matching "
                   "source feature are written. A feature may match rules of several elements.")

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
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Element zones", QgsProcessing.TypeVectorPolygon),
            "要素管控分区", "字段 element、class（1 优先保护 / 2 重点管控 / 3 一般管控）、rule、clause 等",
            "Fields element, class (1 priority / 2 key / 3 general), rule, clause, …")

    def process(self, parameters, context, feedback):
        rules = C.load_element_rules(self.table_param(parameters, "RULES", "element_rules",
                                                      context))
        role_field = self.parameterAsString(parameters, "ROLE_FIELD", context).strip() or "role"
        skip = self.parameterAsEnum(parameters, "UNMATCHED", context) == 1
        region_src = self.parameterAsSource(parameters, "REGION", context)
        base.check_source(region_src, "REGION")
        crs = G.analysis_crs_of(region_src)
        region = G.union([f.geometry() for f in base.features_in_crs(
            region_src, crs, context, feedback, "REGION")])
        if region is None:
            raise QgsProcessingException("REGION has no polygon area / 区划范围没有面积")
        layers = self.parameterAsLayerList(parameters, "INPUTS", context)
        if not layers:
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
                self._write(sink, r, g, sorted(sources[r.rule]))
            rest = G.difference(region, covered)
            if rest is not None:
                self._write(sink, C.general_rule(rules, element), rest, [])
            feedback.pushInfo("Element '%s' (%s) done / 要素分区完成" % (element, mine[0].element_zh))
            feedback.setProgress(40.0 + 60.0 * (k + 1) / len(els))
        base.apply_style(context, dest, zone_qml())
        return {"OUTPUT": dest}

    @staticmethod
    def _write(sink, rule, geom, srcs):
        f = QgsFeature(element_fields())
        f.setGeometry(geom)
        text = "; ".join(srcs)
        f.setAttributes([rule.element, rule.element_zh, rule.cls, C.CLASS_ZH[rule.cls],
                         rule.zone_name(), rule.rule, rule.clause, rule.unit_kind,
                         text[:1000], round(geom.area() / 1e6, 6)])
        sink.addFeature(f, QgsFeatureSink.FastInsert)
