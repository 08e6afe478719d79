"""Ecological-environment zoning control (生态环境分区管控 / 三线一单; SPEC section 6, seed N 5.7–5.14).

The decisions of the five control algorithms, on plain Python values (no qgis, no GDAL);
the algorithms do the geometry and call these functions.

Element zoning (N 5.7–5.9; ``element_rules.csv``)
    Each rule row says: features whose ``match_field`` (``role`` = the layer's role field)
    satisfies ``op value`` belong to ``element`` with class 1 优先保护 / 2 重点管控 /
    3 一般管控. A feature may match rules of several elements (a drinking-water source area
    is ecological space *and* a surface-water priority area). Within one element, where
    features of several rules overlap, **the highest class wins** (1 over 2 over 3) and,
    within a class, **the first rule in table order** is recorded; what no rule covers is
    that element's general zone (rule ``{PREFIX}-G``). :func:`precedence` gives the order.

Control units (N 5.10)
    A place is a priority unit (1) where an element zone of class 1 of a *priority element*
    (default: ``ecology`` — red line and other important ecological space) lies, else a key
    unit (2) where any element zone of class 2 lies (or an industrial park), else a general
    unit (3) (:func:`unit_class`). Key units are 产业集聚类 where an industrial (park) source
    lies, else 城镇生活类 where an urban source lies (the ``unit_kind`` column of the rules).
    Slivers smaller than the minimum area join the neighbour in the same township (or park)
    with the longest shared border (:func:`merge_plan`); priority pieces are never merged
    away. Codes ``ZH{admin6}{class}{serial:04d}``, serial 1…n within the class over the
    whole county, ordered **north to south, then west to east** by the unit's interior point
    (rounded to the metre) (:func:`assign_codes`).

Access list (N 5.11; ``access_requirements.csv``)
    Requirements attach to a unit class (``element`` = ``unit``) or to element zones
    (``element``, optional ``class``, optional ``rule``). A unit gets the rows of its class,
    then the rows of every element zone it overlaps, in table order, per dimension;
    duplicates (after normalising spaces, width and end punctuation) are dropped and items of
    the overall (county-wide) list are left out (:func:`unit_requirements`).

Site check (N 5.13.1, 5.14 空间准入研判)
    The project's industry (Z table 6 item or class) against the negative lists of the zones
    it touches (Z 5.3, ``negative_lists.csv``) and the screening rows (``action``) of the
    access requirements of the units it touches → reasons, each with the table, the item and
    the clause; verdict = the strictest action (禁止 > 限制 > 允许) (:func:`verdict`).

Comparison (N 5.13.3)
    Areas of the overlay of two versions → from/to matrix (:func:`transition_matrix`).
"""

import html
import json
import re
import unicodedata

from .errors import EnvZoningError

CLASS_ZH = {1: "优先保护", 2: "重点管控", 3: "一般管控"}
CLASS_EN = {1: "priority protection", 2: "key control", 3: "general control"}
UNIT_CLASS_NAMES = {1: "优先保护单元", 2: "重点管控单元", 3: "一般管控单元"}
KIND_WORD = {"产业集聚类": "产业集聚", "城镇生活类": "城镇生活"}
DIMENSIONS = ["空间布局约束", "污染物排放管控", "环境风险防控", "资源开发效率要求"]
DIMENSION_ALIASES = {"资源利用效率": "资源开发效率要求", "资源利用效率要求": "资源开发效率要求",
                     "资源开发效率": "资源开发效率要求"}
DIMENSION_FIELDS = ["space_layout", "emission_control", "risk_control", "resource_efficiency"]
ACTIONS = {"禁止": 2, "限制": 1, "允许": 0}
VERDICT_BY_RANK = {2: "禁止", 1: "限制", 0: "允许"}
INDUSTRY_CLASSES = ["一类", "二类", "三类"]
OPS = ("=", "!=", "in", "not in", ">", ">=", "<", "<=")


# -- element rules -------------------------------------------------------------------------

class ElementRule:
    __slots__ = ("rule", "element", "element_zh", "cls", "field", "op", "values", "unit_kind",
                 "clause", "text", "order")

    def __init__(self, rule, element, element_zh, cls, field, op, values, unit_kind, clause,
                 text, order):
        self.rule, self.element, self.element_zh, self.cls = rule, element, element_zh, cls
        self.field, self.op, self.values, self.unit_kind = field, op, values, unit_kind
        self.clause, self.text, self.order = clause, text, order

    def matches(self, value):
        """Whether an attribute value satisfies the rule (None / NULL never does)."""
        if value is None or str(value).strip() in ("", "NULL"):
            return False
        if self.op in ("in", "not in", "=", "!="):
            v = _norm_key(value)
            hit = v in self.values
            return hit if self.op in ("in", "=") else not hit
        try:
            x = float(value)
        except (TypeError, ValueError):
            return False
        y = self.values[0]
        return {">": x > y, ">=": x >= y, "<": x < y, "<=": x <= y}[self.op]

    def zone_name(self):
        return zone_label(self.element_zh, self.cls)


def _norm_key(value):
    s = str(value).strip()
    if re.fullmatch(r"-?\d+\.0+", s):
        s = s.split(".")[0]
    return unicodedata.normalize("NFKC", s).lower()


def load_element_rules(table):
    """Validated :class:`ElementRule` list from the rule table (``element_rules.csv``)."""
    rules, seen = [], set()
    for i, row in enumerate(table.dicts(), start=1):
        rid = row.get("rule", "").strip()
        where = "Table '%s', row %d (rule '%s')" % (table.name, i, rid)
        where_zh = "表“%s”第 %d 行（规则“%s”）" % (table.name, i, rid)
        if not rid:
            raise EnvZoningError("%s: empty rule id / %s：规则编号为空" % (where, where_zh))
        if rid in seen:
            raise EnvZoningError("%s: rule id appears twice / %s：规则编号重复" % (where, where_zh))
        seen.add(rid)
        try:
            cls = int(float(row.get("class", "")))
        except ValueError:
            cls = 0
        if cls not in (1, 2, 3):
            raise EnvZoningError("%s: class '%s' must be 1 (优先保护), 2 (重点管控) or 3 (一般管控) / "
                                 "%s：类别“%s”应为 1、2 或 3" % (where, row.get("class"), where_zh,
                                                             row.get("class")))
        op = row.get("op", "").strip().lower()
        if op not in OPS:
            raise EnvZoningError("%s: operator '%s' is not one of %s / %s：运算符“%s”无效"
                                 % (where, op, ", ".join(OPS), where_zh, op))
        raw = row.get("value", "")
        if op in ("in", "not in", "=", "!="):
            values = frozenset(_norm_key(v) for v in raw.split(";") if v.strip())
        else:
            try:
                values = (float(raw),)
            except ValueError:
                raise EnvZoningError("%s: value '%s' must be a number for '%s' / %s：值“%s”应为数字"
                                     % (where, raw, op, where_zh, raw)) from None
        if not values:
            raise EnvZoningError("%s: no value / %s：缺少匹配值" % (where, where_zh))
        field = row.get("match_field", "").strip()
        element = row.get("element", "").strip()
        if not field or not element:
            raise EnvZoningError("%s: element and match_field are required / %s：要素和匹配字段必填"
                                 % (where, where_zh))
        kind = row.get("unit_kind", "").strip()
        if kind and kind not in KIND_WORD:
            raise EnvZoningError("%s: unit_kind '%s' must be 产业集聚类, 城镇生活类 or empty / "
                                 "%s：单元类型“%s”无效" % (where, kind, where_zh, kind))
        rules.append(ElementRule(rid, element, row.get("element_zh", "").strip() or element, cls,
                                 field, op, values, kind, row.get("clause", "").strip(),
                                 row.get("text", "").strip(), i - 1))
    if not rules:
        raise EnvZoningError("Table '%s' has no rules / 规则表“%s”为空" % (table.name, table.name))
    return rules


def zone_label(element_zh, cls):
    """'大气环境优先保护区' etc. (岸线: 优先保护岸线)."""
    if element_zh == "岸线":
        return "%s岸线" % CLASS_ZH[cls]
    return "%s%s区" % (element_zh, CLASS_ZH[cls])


def elements(rules):
    """Element ids in table order (unique)."""
    out = []
    for r in rules:
        if r.element not in out:
            out.append(r.element)
    return out


def match_feature(rules, attrs, role_field="role"):
    """Rules a feature matches; ``attrs`` maps field names to values. The rule field
    ``role`` stands for the layer's ``role_field``. Fields the feature lacks never match."""
    out = []
    for r in rules:
        name = role_field if r.field == "role" else r.field
        if name in attrs and r.matches(attrs[name]):
            out.append(r)
    return out


def rule_fields(rules, role_field="role"):
    """The attribute names the rules read."""
    return sorted({role_field if r.field == "role" else r.field for r in rules})


def precedence(rules):
    """Order in which the rules of one element claim area: class 1 before 2 before 3, then
    table order. Earlier rules keep what they claim (highest class wins)."""
    return sorted(rules, key=lambda r: (r.cls, r.order))


def winning_rule(hits, element):
    """The rule that holds a place of ``element`` where the rules ``hits`` overlap (highest
    class, then table order); None when no rule of the element is among them."""
    mine = [r for r in hits if r.element == element]
    return precedence(mine)[0] if mine else None


def general_rule(rules, element):
    """The implicit rule of an element's remaining area: class 3, id ``{PREFIX}-G``."""
    mine = [r for r in rules if r.element == element]
    if not mine:
        raise EnvZoningError("No rule for element '%s' / 没有要素“%s”的规则" % (element, element))
    first = mine[0]
    prefix = first.rule.split("-")[0]
    clause = first.clause.split(";")[0].strip()
    return ElementRule(prefix + "-G", element, first.element_zh, 3, "", "=", frozenset(), "",
                       clause, "其余区域 → %s" % zone_label(first.element_zh, 3), 10 ** 6)


# -- control units -------------------------------------------------------------------------

def unit_class(zones, priority_elements=("ecology",), in_park=False):
    """Class of a place from the element zones over it: ``zones`` = iterable of
    (element, class). Priority (1) where a class-1 zone of a priority element lies; else key
    (2) where any class-2 zone lies or inside an industrial park; else general (3)."""
    zones = list(zones)
    if any(c == 1 and e in priority_elements for e, c in zones):
        return 1
    if in_park or any(c == 2 for _, c in zones):
        return 2
    return 3


def key_kind(kinds, in_park=False):
    """产业集聚类 if any industrial source (or a park), else 城镇生活类 if any urban, else ''."""
    kinds = set(kinds)
    if in_park or "产业集聚类" in kinds:
        return "产业集聚类"
    if "城镇生活类" in kinds:
        return "城镇生活类"
    return ""


class ZoneRef:
    """An element zone over a place, as :func:`precedence` and :func:`winning_rule` read it
    (``element``, ``cls``, ``order``) plus its ``rule`` id and ``unit_kind``."""
    __slots__ = ("element", "cls", "rule", "unit_kind", "order")

    def __init__(self, element, cls, rule="", unit_kind="", order=0):
        self.element, self.cls, self.rule = str(element), int(cls), str(rule)
        self.unit_kind, self.order = unit_kind or "", order

    def __repr__(self):
        return "ZoneRef(%r, %d, %r)" % (self.element, self.cls, self.rule)


def classify_place(zones, priority_elements=("ecology",), in_park=False):
    """Class, key kind and holding zones of one place of the overlay (N 5.10).

    ``zones``: the :class:`ZoneRef` over the place. Per element the zone that holds it is
    :func:`winning_rule`'s (highest class, then order) — element zones of other software
    may overlap within an element; the class is :func:`unit_class` of those, the kind of a
    key unit :func:`key_kind` of the key zones' ``unit_kind``. Returns (class, kind,
    [holding zones]); kind is '' unless the class is 2."""
    held = []
    for e in sorted({z.element for z in zones}):
        held.append(winning_rule(zones, e))
    cls = unit_class([(z.element, z.cls) for z in held], priority_elements, in_park)
    kind = key_kind([z.unit_kind for z in held if z.cls == 2], in_park) if cls == 2 else ""
    return cls, kind, held


def unit_name(place, cls, kind=""):
    """``{place}{优先保护|重点管控|一般管控}单元``; key units of a kind:
    ``{place}产业集聚重点管控单元`` / ``{place}城镇生活重点管控单元``."""
    if cls not in UNIT_CLASS_NAMES:
        raise EnvZoningError("Unit class %r must be 1, 2 or 3 / 单元类别应为 1、2 或 3" % (cls,))
    word = KIND_WORD.get(kind, "") if cls == 2 else ""
    return "%s%s%s" % (place or "", word, UNIT_CLASS_NAMES[cls])


def check_admin_code(code):
    code = unicodedata.normalize("NFKC", str(code or "")).strip()  # full-width digits → ASCII
    if not re.fullmatch(r"[0-9]{6}", code):
        raise EnvZoningError("ADMIN_CODE '%s' must be the 6-digit county code (e.g. 331024) / "
                             "行政区划代码“%s”应为 6 位数字" % (code, code))
    return code


def unit_code(admin_code, cls, serial):
    """``ZH{6-digit admin code}{1|2|3}{4-digit serial}``, e.g. ZH33102410001."""
    admin_code = check_admin_code(admin_code)
    if cls not in (1, 2, 3):
        raise EnvZoningError("Unit class %r must be 1, 2 or 3" % (cls,))
    if not 1 <= int(serial) <= 9999:
        raise EnvZoningError("Serial %r out of 1…9999 / 流水号超出 1…9999" % (serial,))
    return "ZH%s%d%04d" % (admin_code, cls, int(serial))


def unit_serial(code):
    """Class and serial of a unit code ``ZH{admin6}{class}{serial4}``; None when not one."""
    m = re.fullmatch(r"ZH\d{6}([123])(\d{4})", str(code or "").strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def unit_order_key(unit):
    """North → south, then west → east by the interior point (rounded to the metre)."""
    return (-round(unit["y"]), round(unit["x"]))


def assign_codes(units, admin_code):
    """``units``: list of dicts with ``cls``, ``x``, ``y`` (interior point). Returns the codes
    in the same order: serial within the class, north → south, then west → east."""
    check_admin_code(admin_code)
    order = sorted(range(len(units)), key=lambda i: (
        units[i]["cls"], -round(units[i]["y"]), round(units[i]["x"]), i))
    codes = [None] * len(units)
    serial = {}
    for i in order:
        c = units[i]["cls"]
        serial[c] = serial.get(c, 0) + 1
        codes[i] = unit_code(admin_code, c, serial[c])
    return codes


def merge_plan(pieces, borders, min_area):
    """Which small pieces join which neighbour.

    ``pieces``: {id: {"area": km², "group": township/park key, "keep": bool}};
    ``borders``: {(id_a, id_b): shared border length} (either order).
    A piece smaller than ``min_area`` and not ``keep`` joins the neighbour *in the same
    group* with the longest shared border (ties: the larger neighbour, then the lower id);
    smallest pieces first; merged pieces add up (a merged pair may still be small and merge
    on). Returns ({id: final target id} for merged pieces, [ids of small isolated pieces])."""
    parent = {p: p for p in pieces}
    area = {p: float(v["area"]) for p, v in pieces.items()}
    nb = {p: {} for p in pieces}
    for (a, b), length in borders.items():
        if a == b or a not in pieces or b not in pieces or length <= 0:
            continue
        if pieces[a]["group"] != pieces[b]["group"]:
            continue
        nb[a][b] = nb[a].get(b, 0.0) + length
        nb[b][a] = nb[b].get(a, 0.0) + length
    keep = {p: bool(v.get("keep")) for p, v in pieces.items()}
    alive = set(pieces)
    isolated = []
    while True:
        small = sorted((p for p in alive if area[p] < min_area and not keep[p]
                        and p not in isolated), key=lambda p: (area[p], str(p)))
        if not small:
            break
        p = small[0]
        if not nb[p]:
            isolated.append(p)
            continue
        target = sorted(nb[p].items(), key=lambda kv: (-kv[1], -area[kv[0]], str(kv[0])))[0][0]
        parent[p] = target
        area[target] += area[p]
        for q, length in nb[p].items():
            if q == target:
                continue
            nb[q].pop(p, None)
            nb[q][target] = nb[q].get(target, 0.0) + length
            nb[target][q] = nb[target].get(q, 0.0) + length
        nb[target].pop(p, None)
        nb[p] = {}
        alive.discard(p)

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    return {p: root(p) for p in pieces if root(p) != p}, sorted(isolated, key=str)


def zones_field(zones):
    """The ``zones`` text of a unit: 'element/class/rule' items joined by ';', sorted."""
    items = sorted({(e, int(c), r) for e, c, r in zones}, key=lambda z: (z[1], z[0], z[2]))
    return ";".join("%s/%d/%s" % z for z in items)


def parse_zones_field(text):
    out = []
    for part in str(text or "").split(";"):
        part = part.strip()
        if not part or part == "NULL":
            continue
        bits = part.split("/")
        if len(bits) != 3:
            raise EnvZoningError("Zones entry '%s' is not element/class/rule / 单元要素分区记录“%s”格式错误"
                                 % (part, part))
        try:
            out.append((bits[0], int(bits[1]), bits[2]))
        except ValueError:
            raise EnvZoningError("Zones entry '%s': class is not 1/2/3" % part) from None
    return out


# -- access list ---------------------------------------------------------------------------

REQUIREMENT_COLUMNS = ["id", "element", "class", "rule", "dimension", "item", "source",
                       "industry_class", "action", "project_kind"]


def normalize_dimension(text, where=""):
    t = str(text).strip()
    t = DIMENSION_ALIASES.get(t, t)
    if t not in DIMENSIONS:
        raise EnvZoningError("%s: dimension '%s' must be one of %s / %s维度“%s”无效"
                             % (where, text, "、".join(DIMENSIONS), where, text))
    return t


def load_requirements(table):
    """Validated requirement rows (dicts) of ``access_requirements.csv`` (or a user table)."""
    for col in ("element", "dimension", "item"):
        table.column(col)
    out = []
    for i, row in enumerate(table.dicts(), start=1):
        where = "Table '%s', row %d" % (table.name, i)
        r = {k: row.get(k, "").strip() for k in REQUIREMENT_COLUMNS}
        r["id"] = r["id"] or "%s-%d" % (table.name, i)
        r["dimension"] = normalize_dimension(r["dimension"], where)
        if not r["item"]:
            raise EnvZoningError("%s: empty item / 表“%s”第 %d 行条目为空" % (where, table.name, i))
        if r["class"]:
            try:
                r["class"] = int(float(r["class"]))
            except ValueError:
                r["class"] = 0
            if r["class"] not in (1, 2, 3):
                raise EnvZoningError("%s: class '%s' must be 1, 2, 3 or empty / 类别应为 1、2、3 或空"
                                     % (where, row.get("class")))
        else:
            r["class"] = None
        if r["element"] == "unit" and r["class"] is None:
            raise EnvZoningError("%s: a unit row needs its class (1, 2, 3) / 单元级条目需要类别"
                                 % where)
        if r["action"] and r["action"] not in ("禁止", "限制"):
            raise EnvZoningError("%s: action '%s' must be 禁止, 限制 or empty / 行动“%s”应为禁止或限制"
                                 % (where, r["action"], r["action"]))
        classes = [c.strip() for c in r["industry_class"].split(";") if c.strip()]
        if r["action"] and not classes:
            raise EnvZoningError("%s: an action needs industry_class (一类;二类;三类 or items) / "
                                 "有准入判定的条目需要 industry_class" % where)
        r["industry_class"] = classes
        r["order"] = i - 1
        out.append(r)
    return out


def normalize_item(text):
    """Text key for deduplication: NFKC, no spaces, no list number, no end punctuation."""
    t = unicodedata.normalize("NFKC", str(text or ""))
    t = re.sub(r"\s+", "", t)
    t = re.sub(r"^(\(?\d+[).、.]|[（(]\d+[)）])", "", t)
    return t.rstrip("。；;.,，")


def requirement_applies(req, unit_cls, zones):
    if req["element"] == "unit":
        return req["class"] == unit_cls
    for e, c, r in zones:
        if e == req["element"] and (req["class"] in (None, c)) and (not req["rule"] or
                                                                     req["rule"] == r):
            return True
    return False


def unit_requirements(unit_cls, zones, requirements, overall=()):
    """{dimension: [item, ...]} for one unit: its class rows first, then the rows of the
    element zones it overlaps (table order); duplicates and overall items left out.
    Also returns the number of items left out as duplicates and as overall."""
    overall_keys = {normalize_item(t) for t in overall}
    out = {d: [] for d in DIMENSIONS}
    seen = set()
    dup = dropped = 0
    rows = sorted(requirements, key=lambda r: (r["element"] != "unit", r["order"]))
    for req in rows:
        if not requirement_applies(req, unit_cls, zones):
            continue
        key = normalize_item(req["item"])
        if key in overall_keys:
            dropped += 1
            continue
        if key in seen:
            dup += 1
            continue
        seen.add(key)
        out[req["dimension"]].append(req["item"])
    return out, dup, dropped


def format_items(items):
    """One item per line, numbered: '1. …\\n2. …' ('' when empty)."""
    return "\n".join("%d. %s" % (i, t) for i, t in enumerate(items, start=1))


def load_overall(table):
    """Items of the overall (county-wide) list: the ``item`` column (``dimension`` optional)."""
    return [t for t in table.column("item") if t.strip()]


# -- site check ----------------------------------------------------------------------------

def resolve_industry(text, catalogue):
    """The project's industry from Z table 6 (``industry_catalogue.csv``): an item key
    (``三类-47``), the seed's number or letter when unique (``47``, ``K``), or a class
    (``一类`` / ``二类`` / ``三类``). Returns {input, class, item, no, name, sector}."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip()
    if not t:
        raise EnvZoningError("INDUSTRY is empty: give a table-6 item (e.g. 47, 三类-47, K) or "
                             "一类/二类/三类 / 行业为空：请填表6条目号或一类/二类/三类")
    rows = catalogue.dicts()
    alias = {"1类": "一类", "2类": "二类", "3类": "三类", "I类": "一类", "II类": "二类",
             "III类": "三类"}
    t2 = alias.get(t, t)
    if t2 in INDUSTRY_CLASSES:
        return {"input": t, "class": t2, "item": "", "no": "", "name": t2 + "工业项目",
                "sector": ""}
    by_item = [r for r in rows if r["item"] == t2]
    if not by_item:
        by_item = [r for r in rows if r["no"].upper() == t2.upper()]
    if not by_item:
        raise EnvZoningError("INDUSTRY '%s' is not in table 6 (table '%s'): give an item such as "
                             "47, 三类-47, K, or a class 一类/二类/三类 / 行业“%s”不在表6中"
                             % (t, catalogue.name, t))
    if len(by_item) > 1:
        keys = ", ".join("%s（%s）" % (r["item"], r["name"]) for r in by_item)
        raise EnvZoningError("INDUSTRY '%s' is ambiguous in table 6; choose one of: %s / "
                             "行业“%s”在表6中对应多个条目，请选择：%s" % (t, keys, t, keys))
    r = by_item[0]
    if r["class"] not in INDUSTRY_CLASSES:   # a junk class would silently match nothing
        n = rows.index(r) + 1
        raise EnvZoningError("Table '%s' row %d: class '%s' of item %s is not 一类/二类/三类 / "
                             "表“%s”第 %d 行：条目 %s 的类别“%s”不是一类/二类/三类"
                             % (catalogue.name, n, r["class"], r["item"], catalogue.name, n,
                                r["item"], r["class"]))
    return {"input": t, "class": r["class"], "item": r["item"], "no": r["no"],
            "name": r["name"], "sector": r.get("sector", "")}


GB4754_PREFIX = re.compile(r"^(?:GB/?T?\s*4754(?:-2017)?|GB|4754)\s*[:：]\s*", re.I)


def is_gbt4754(text):
    """Whether INDUSTRY text is a GB/T 4754-2017 code: with a prefix (``GB/T 4754:3011``,
    ``GB:30``), with its section letter (``C3011``, ``C30``), or four digits (``3011``).
    Plain one- to three-digit numbers and single letters are table-6 items (47, K)."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip()
    if GB4754_PREFIX.match(t):
        return True
    return bool(re.fullmatch(r"[A-Ta-t]\d{2,4}|\d{4}", t))


def resolve_gbt4754(text, mapping, catalogue):
    """A GB/T 4754-2017 industry code → the table-6 item of the shipped, editable mapping
    (``gbt4754_industry.csv``: code, name, item, note), longest code prefix first (``3011``
    水泥制造 before ``30`` 非金属矿物制品业). Unknown code → error naming it."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip()
    digits = GB4754_PREFIX.sub("", t).strip()
    digits = digits[1:] if digits[:1].isalpha() else digits
    if not re.fullmatch(r"\d{2,4}", digits):
        raise EnvZoningError("INDUSTRY '%s' is not a GB/T 4754-2017 code (2–4 digits, e.g. 3011 or "
                             "C3011) / 行业“%s”不是 GB/T 4754-2017 行业代码" % (t, t))
    rows = {r["code"].strip(): r for r in mapping.dicts()}
    for n in (4, 3, 2):
        row = rows.get(digits[:n]) if len(digits) >= n else None
        if row is not None:
            break
    else:
        raise EnvZoningError(
            "INDUSTRY '%s': GB/T 4754-2017 code %s is not in the mapping table '%s' (add it with "
            "its table-6 item, or give the item itself) / 行业代码 %s 不在对照表“%s”中，请补充或直接填表6条目"
            % (t, digits, mapping.name, digits, mapping.name))
    item = row["item"].strip()
    try:
        ind = resolve_industry(item, catalogue)
    except EnvZoningError as exc:
        raise EnvZoningError("Table '%s', code %s: item '%s' — %s" % (mapping.name, row["code"],
                                                                     item, exc)) from None
    ind.update({"input": t, "gbt4754": row["code"].strip(),
                "gbt4754_name": row.get("name", "").strip(),
                "gbt4754_note": row.get("note", "").strip()})
    return ind


def resolve_any_industry(text, catalogue, mapping):
    """Table-6 item / class (:func:`resolve_industry`) or GB/T 4754-2017 code
    (:func:`resolve_gbt4754`, when :func:`is_gbt4754`)."""
    if is_gbt4754(text):
        return resolve_gbt4754(text, mapping, catalogue)
    return resolve_industry(text, catalogue)


PROJECT_KINDS = ("新建", "改建", "扩建", "现有")
PROJECT_KIND_ALIASES = {"new": "新建", "rebuild": "改建", "reconstruction": "改建",
                        "expansion": "扩建", "extension": "扩建", "existing": "现有",
                        "已建": "现有", "在建": "现有", "": ""}


def check_project_kind(kind):
    k = unicodedata.normalize("NFKC", str(kind or "")).strip()
    k = PROJECT_KIND_ALIASES.get(k.lower(), k)
    if k and k not in PROJECT_KINDS:
        raise EnvZoningError("PROJECT_KIND '%s' must be one of 新建/改建/扩建/现有 (or empty) / "
                             "项目性质“%s”应为 新建、改建、扩建、现有 之一" % (kind, kind))
    return k


def reason_applies(reason_text, kind, explicit=""):
    """Whether a negative-list / requirement row concerns a project of this kind.

    ``explicit``: the row's ``project_kind`` column (';'-separated) when the table has one.
    Otherwise read from the text: a row that names 新建 / 改建 / 扩建 concerns those kinds
    (``禁止新建、扩建三类工业项目`` does not stop an existing plant or a 改建), and an
    existing plant (现有) too when it also names 现有 / 已建 (``…现有的应限期关闭搬迁``); a row
    that names none of 新建 / 改建 / 扩建 (``禁止一切工业项目进入``) concerns every kind.
    No kind given: every row applies."""
    if not kind:
        return True
    if explicit and explicit.strip():
        kinds = {check_project_kind(k) for k in explicit.replace("；", ";").split(";") if k.strip()}
        return kind in kinds
    t = str(reason_text or "")
    named = {k for k in ("新建", "改建", "扩建") if k in t}
    if not named:
        return True
    if "现有" in t or "已建" in t:
        named.add("现有")
    return kind in named


def filter_by_kind(hits, kind):
    """The reasons that concern a project of ``kind`` (see :func:`reason_applies`)."""
    return [h for h in hits if reason_applies(h.get("text", ""), kind, h.get("project_kind", ""))]


def batch_row(fid, report):
    """One row of the batch summary table (XLSX) from a site report."""
    ind, p = report["industry"], report["project"]
    top = report["reasons"][0] if report["reasons"] else None
    return {"fid": fid, "name": p.get("name", ""), "industry": ind.get("input", ""),
            "gbt4754": ind.get("gbt4754", ""), "item": ind.get("item", ""),
            "class": ind.get("class", ""), "project_kind": p.get("kind", ""),
            "verdict": report["verdict"], "reasons": len(report["reasons"]),
            "zones": "；".join(z.get("code", "") for z in report["zones"]),
            "units": "；".join(u.get("code", "") for u in report["units"]),
            "main_reason": ("%s %s %s — %s" % (top["action"], top["code"], top["clause"],
                                               top["text"])) if top else "",
            "area_km2": p.get("area_km2", 0.0)}


def negative_list_hits(zone_type, subtype, industry, negative_rows, source_county=False):
    """Rows of ``negative_lists.csv`` that concern this industry in a zone of this type:
    same ``zone_type``, ``subtype`` '*' or equal, ``industry_class`` equal to the project's
    class or ``item`` equal to its item, ``region`` '*' (or 源头地区 when the county is a
    source county). Rows about activities (畜禽养殖 …) do not concern an industry project."""
    hits = []
    for i, row in enumerate(negative_rows):
        if row.get("zone_type", "").strip() != zone_type:
            continue
        sub = row.get("subtype", "*").strip() or "*"
        if sub != "*" and sub != subtype:
            continue
        ic, item = row.get("industry_class", "").strip(), row.get("item", "").strip()
        if not ((ic and ic == industry["class"]) or (item and item == industry["item"])):
            continue
        region = row.get("region", "*").strip() or "*"
        if region != "*" and not (region == "源头地区" and source_county):
            continue
        action = row.get("action", "").strip()
        if action not in ("禁止", "限制"):
            raise EnvZoningError("Negative list row %d: action '%s' must be 禁止 or 限制 / "
                                 "负面清单第 %d 行行动“%s”无效" % (i + 1, action, i + 1, action))
        hits.append({"table": "negative_lists", "row": i + 1, "action": action,
                     "clause": "Z 5.3; " + row.get("clause", "").strip(),
                     "item": ic or item, "region": region, "text": row.get("text", "").strip(),
                     "project_kind": row.get("project_kind", "").strip()})
    return hits


def requirement_hits(unit_cls, zones, industry, requirements):
    """Screening rows (with ``action``) of the access requirements that apply to a unit
    (its class, its element zones) and name the project's class or item."""
    hits = []
    for req in sorted(requirements, key=lambda r: (r["element"] != "unit", r["order"])):
        if not req["action"] or not requirement_applies(req, unit_cls, zones):
            continue
        if industry["class"] in req["industry_class"] or (
                industry["item"] and industry["item"] in req["industry_class"]):
            hits.append({"table": "access_requirements", "row": req["order"] + 1,
                         "action": req["action"], "clause": req["source"],
                         "item": req["id"], "text": req["item"],
                         "dimension": req["dimension"], "project_kind": req["project_kind"]})
    return hits


def verdict(reasons):
    """The strictest action of the reasons: 禁止 > 限制 > 允许 (no reason → 允许)."""
    rank = max((ACTIONS[r["action"]] for r in reasons), default=0)
    return VERDICT_BY_RANK[rank]


def site_report(project, industry, zones, units, source_county=None):
    """The site-check result as a plain dict (the JSON output). ``zones`` / ``units``:
    lists of dicts with at least ``code``, ``name``, ``area_km2``, ``hits`` (reasons)."""
    reasons = []
    for kind, items in (("zone", zones), ("unit", units)):
        for z in items:
            for h in z["hits"]:
                r = dict(h)
                r["layer"] = kind
                r["code"] = z.get("code", "")
                r["name"] = z.get("name", "")
                reasons.append(r)
    reasons.sort(key=lambda r: (-ACTIONS[r["action"]], r["layer"] != "zone", r["code"],
                                r["table"], r["row"]))
    return {
        "project": project,
        "industry": industry,
        "verdict": verdict(reasons),
        "reasons": reasons,
        "source_county": source_county,
        "zones": zones,
        "units": units,
    }


def report_json(report):
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False)


VERDICT_COLOURS = {"允许": "#1a7f37", "限制": "#b58105", "禁止": "#c62828"}


def report_html(report):
    """A self-contained HTML page of the site check (UTF-8, no scripts, no network)."""
    e = html.escape
    p, ind = report["project"], report["industry"]
    v = report["verdict"]
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           "<title>空间准入研判 Site check — %s</title>" % e(p.get("name", "")),
           "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;"
           "margin:2em;max-width:70em;color:#222}table{border-collapse:collapse;width:100%;"
           "margin:0.5em 0 1.5em}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;"
           "text-align:left;font-size:0.92em}th{background:#eef2f5}.verdict{font-size:1.6em;"
           "font-weight:bold;color:#fff;padding:0.3em 0.8em;display:inline-block;"
           "border-radius:4px}td.pre{white-space:pre-line}.muted{color:#666}</style>",
           "</head><body>",
           "<h1>建设项目空间准入研判 <span class='muted'>Site check</span></h1>",
           "<table><tr><th>项目 Project</th><td>%s</td></tr>" % e(p.get("name", "")),
           "<tr><th>几何 Footprint</th><td>%s，面积 %.4f km²</td></tr>"
           % (e(p.get("geometry", "")), p.get("area_km2", 0.0)),
           "<tr><th>行业 Industry (Z 表6)</th><td>%s — %s（%s工业项目）</td></tr>"
           % (e(ind.get("item") or ind.get("input", "")), e(ind.get("name", "")), e(ind["class"])),
           ]
    if ind.get("gbt4754"):
        out.append("<tr><th>国民经济行业 GB/T 4754-2017</th><td>%s %s%s</td></tr>"
                   % (e(ind["gbt4754"]), e(ind.get("gbt4754_name", "")),
                      ("（%s）" % e(ind["gbt4754_note"])) if ind.get("gbt4754_note") else ""))
    if p.get("kind"):
        out.append("<tr><th>项目性质 Project kind</th><td>%s</td></tr>" % e(p["kind"]))
    if report.get("source_county") is not None:
        out.append("<tr><th>源头地区 Source county (Z 4.6.1)</th><td>%s</td></tr>"
                   % ("是 yes" if report["source_county"] else "否 no"))
    out.append("</table>")
    out.append("<p>研判结论 Verdict: <span class='verdict' style='background:%s'>%s</span></p>"
               % (VERDICT_COLOURS[v], e(v)))
    out.append("<h2>理由 Reasons</h2>")
    if report["reasons"]:
        out.append("<table><tr><th>结论</th><th>分区/单元</th><th>依据 Clause</th>"
                   "<th>条目 Item</th><th>内容 Text</th></tr>")
        for r in report["reasons"]:
            out.append("<tr><td>%s</td><td>%s %s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                e(r["action"]), e(r["code"]), e(r["name"]), e(r["clause"]),
                e("%s 第%d行 %s" % (r["table"], r["row"], r["item"])), e(r["text"])))
        out.append("</table>")
    else:
        out.append("<p>所涉分区、单元的负面清单和准入要求均未限制或禁止该行业。"
                   "No negative-list or access-list item restricts or prohibits this industry "
                   "in the zones and units touched.</p>")
    if report["zones"]:
        out.append("<h2>涉及环境功能区 Zones touched</h2><table><tr><th>编号</th><th>名称</th>"
                   "<th>类型</th><th>占用面积 km²</th><th>环境质量目标</th><th>生态保护目标</th>"
                   "<th>管控措施</th><th>负面清单命中</th></tr>")
        for z in report["zones"]:
            hits = "\n".join("%s：%s" % (h["action"], h["text"]) for h in z["hits"]) or "—"
            out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%.4f</td><td class='pre'>%s</td>"
                       "<td class='pre'>%s</td><td class='pre'>%s</td><td class='pre'>%s</td></tr>"
                       % (e(z.get("code", "")), e(z.get("name", "")),
                          e(z.get("subtype") or z.get("zone_type", "")), z["area_km2"],
                          e(z.get("env_target", "")), e(z.get("eco_target", "")),
                          e(z.get("measures", "")), e(hits)))
        out.append("</table>")
    if report["units"]:
        out.append("<h2>涉及管控单元 Control units touched</h2><table><tr><th>编码</th><th>名称</th>"
                   "<th>分类</th><th>占用面积 km²</th>%s<th>准入判定命中</th></tr>"
                   % "".join("<th>%s</th>" % d for d in DIMENSIONS))
        for u in report["units"]:
            hits = "\n".join("%s：%s" % (h["action"], h["text"]) for h in u["hits"]) or "—"
            dims = "".join("<td class='pre'>%s</td>" % e(u.get(f, "") or "")
                           for f in DIMENSION_FIELDS)
            out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%.4f</td>%s<td class='pre'>%s"
                       "</td></tr>" % (e(u.get("code", "")), e(u.get("name", "")),
                                       e(u.get("class_name", "")), u["area_km2"], dims, e(hits)))
        out.append("</table>")
    out.append("<p class='muted'>依据 Sources: N 5.13.1、5.14（空间准入研判）；Z 5.3 表5、表6；"
               "同一输入总得到同一结论。The same inputs always give the same verdict.</p>")
    out.append("</body></html>")
    return "\n".join(out)


def batch_index_html(rows, pages):
    """The batch page: one row per project with its verdict and a link to its report."""
    e = html.escape
    counts = {v: sum(1 for r in rows if r["verdict"] == v) for v in ("禁止", "限制", "允许")}
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           "<title>空间准入研判（批量） Site check — batch</title>",
           "<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;"
           "color:#222}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;"
           "padding:4px 6px;text-align:left;vertical-align:top;font-size:0.92em}th{background:"
           "#eef2f5}</style></head><body>",
           "<h1>建设项目空间准入研判（批量） <span style='color:#666'>Site check, batch</span></h1>",
           "<p>%d 个项目：禁止 %d、限制 %d、允许 %d</p>" % (len(rows), counts["禁止"], counts["限制"],
                                                    counts["允许"]),
           "<table><tr><th>要素号</th><th>项目</th><th>行业</th><th>表6条目</th><th>性质</th>"
           "<th>结论</th><th>主要理由</th><th>报告</th></tr>"]
    for r, page in zip(rows, pages):
        out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s（%s）</td><td>%s</td>"
                   "<td style='color:%s;font-weight:bold'>%s</td><td>%s</td>"
                   "<td><a href='%s'>%s</a></td></tr>"
                   % (e(str(r["fid"])), e(r["name"]), e(r["industry"]), e(r["item"] or "—"),
                      e(r["class"]), e(r["project_kind"] or "—"), VERDICT_COLOURS[r["verdict"]],
                      e(r["verdict"]), e(r["main_reason"] or "—"), e(page), e(page)))
    out.append("</table></body></html>")
    return "\n".join(out)


# -- comparison ----------------------------------------------------------------------------

NONE_CLASS = "(无)"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
          "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6}


def class_sort_key(value):
    """Roman zone types in order, then numbers, then text; '(无)' last."""
    s = str(value)
    if s == NONE_CLASS:
        return (3, 0, "")
    head = s.split("-")[0]
    if head in _ROMAN:
        return (0, _ROMAN[head], s)
    try:
        return (1, float(s), s)
    except ValueError:
        return (2, 0, s)


def transition_matrix(records):
    """``records``: (from_class, to_class, area). Returns (from classes, to classes,
    {(from, to): area}). Classes are strings; missing → '(无)' (only in one version)."""
    cells = {}
    for f, t, a in records:
        f = NONE_CLASS if f in (None, "") else str(f)
        t = NONE_CLASS if t in (None, "") else str(t)
        cells[(f, t)] = cells.get((f, t), 0.0) + float(a)
    froms = sorted({f for f, _ in cells}, key=class_sort_key)
    tos = sorted({t for _, t in cells}, key=class_sort_key)
    return froms, tos, cells


def change_summary(froms, tos, cells, unit="km²", label_old="旧版", label_new="新版"):
    """Short text: total, unchanged, changed area and the largest transitions."""
    total = sum(cells.values())
    same = sum(a for (f, t), a in cells.items() if f == t)
    changed = total - same
    lines = ["区划版本对比 Comparison of %s → %s" % (label_old, label_new),
             "总面积 Total area: %.4f %s" % (total, unit),
             "未变化 Unchanged: %.4f %s (%.2f%%)" % (same, unit, 100.0 * same / total if total else 0),
             "变化 Changed: %.4f %s (%.2f%%)" % (changed, unit,
                                                100.0 * changed / total if total else 0)]
    for c in sorted(set(froms) | set(tos), key=class_sort_key):
        before = sum(a for (f, _), a in cells.items() if f == c)
        after = sum(a for (_, t), a in cells.items() if t == c)
        if abs(after - before) > 1e-9:
            lines.append("  %s: %.4f → %.4f %s (%+.4f)" % (c, before, after, unit, after - before))
    moves = sorted(((a, f, t) for (f, t), a in cells.items() if f != t and a > 0),
                   key=lambda m: (-m[0], class_sort_key(m[1]), class_sort_key(m[2])))
    if moves:
        lines.append("主要变化 Largest transitions:")
        for a, f, t in moves[:10]:
            lines.append("  %s → %s: %.4f %s" % (f, t, a, unit))
    return "\n".join(lines)
