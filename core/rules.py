"""The zoning rule table (SPEC section 4, Z 4.1–4.3): a first-match rule language over named
input layers, evaluated per cell with numpy.

A rule table (``core/tables/zoning_rules.csv``) has the columns ``rule`` (the number recorded
in the output's ``rule`` field; several rows may share one number), ``condition``,
``zone_type`` (I…VI), ``subtype`` (``II-1``…, or ``NEIGHBOUR``), ``note_zh``, ``note_en``.
Rows are tried in file order; each cell takes the first row whose condition holds.

Conditions are a small expression language::

    imp >= 4 and dominant_imp == 1
    protected == 'nature_reserve'
    landcover_role in ('forest', 'water', 'wetland') and planning != 'aquaculture'
    planning == 'industrial_planned' and p1 in (1, 2) and not key_eco_county
    true

Comparisons ``== != < <= > >=`` (chains allowed), ``and or not``, ``in (...)`` /
``not in (...)``, numbers, quoted strings, ``true``/``false``, and the role names of
:data:`ROLES`; a quoted value of a category role (``protected``, ``landcover_role``,
``planning``) is a key or name of the role vocabulary (:class:`Vocabulary`,
``core/tables/roles.csv``). A bare role is true where it is non-zero. Every role is 0 where its layer is
not given or has no data. The text is parsed with :mod:`ast` and checked against a strict
whitelist of node types; it is never handed to ``eval``/``exec``/``compile``. Anything
else (attribute access, calls, subscripts, lambdas, comprehensions, arithmetic…) is an
:class:`EnvZoningError` naming the rule, the row and the character position.

The subtype ``NEIGHBOUR`` (rule 9, "otherwise the zone of the majority neighbour") is a
placeholder resolved by :mod:`merge`: such a patch joins the neighbour with which it shares
the longest border.
"""

import ast
import re
import unicodedata

import numpy as np

from . import tables as T
from . import vocab as VOC
from .errors import EnvZoningError

TYPES = tuple(VOC.zone_types())   # I … VI (core/tables/zone_types.csv)
NEIGHBOUR = "NEIGHBOUR"
#: raster code of the NEIGHBOUR placeholder (subtype codes are type index × 10 + digit)
NEIGHBOUR_CODE = 99

#: columns of the role vocabulary (``core/tables/roles.csv``)
ROLE_COLUMNS = ("group", "key", "code", "priority", "name_zh", "name_en", "aliases")


def _norm(value):
    """A role value as looked up: NFKC (full-width → half-width), trimmed, lower-case,
    ``3.0`` → ``3``."""
    s = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    if re.fullmatch(r"-?\d+\.0+", s):
        s = s.split(".")[0]
    return s.lower()


class Vocabulary:
    """The role vocabulary: every value a role field may hold, read from a table
    (default ``core/tables/roles.csv``), never fixed in code.

    Each row is one value of one ``group`` (``protected``, ``landcover_role``,
    ``planning`` …: the category roles of the rule language): its English ``key`` (what a
    rule condition writes), a ``code`` unique over the whole table (the number a layer may
    hold instead of a name), ``name_zh``, ``name_en`` and ``aliases`` (``;``-separated,
    Chinese or other spellings). ``priority`` orders overlapping polygons of one layer:
    the smallest number wins. A layer's value is accepted as the key, the Chinese name,
    an alias, the code, or (as before the table existed) the 1-based position of the value
    in its group; case and full-width forms do not matter. The raster value of a category
    is its position in the group."""

    def __init__(self, table):
        self.name = table.name
        for col in ("group", "key", "code"):
            table.column(col)
        self.groups = {}      # group -> [key, …] in table order
        self.rows = {}        # (group, key) -> row dict
        self.lookup = {}      # group -> {normalised text -> key}
        self.anywhere = {}    # normalised text -> {key}
        codes = {}
        for i, row in enumerate(table.dicts(), start=1):
            group, key = row.get("group", "").strip(), row.get("key", "").strip()
            where = "Table '%s', row %d" % (table.name, i)
            where_zh = "表“%s”第 %d 行" % (table.name, i)
            if not re.fullmatch(r"[a-z][a-z0-9_]*", group) or \
                    not re.fullmatch(r"[a-z][a-z0-9_]*", key):
                raise EnvZoningError("%s: group '%s' and key '%s' must be lower-case English "
                                     "names / %s：组“%s”与键“%s”须为小写英文名"
                                     % (where, group, key, where_zh, group, key))
            code_txt = row.get("code", "").strip()
            if not re.fullmatch(r"\d+", code_txt) or int(code_txt) < 100 or code_txt in codes:
                raise EnvZoningError("%s: code '%s' must be a whole number >= 100, unique in "
                                     "the table / %s：代码“%s”须为不小于 100 且不重复的整数"
                                     % (where, code_txt, where_zh, code_txt))
            if (group, key) in self.rows:
                raise EnvZoningError("%s: %s '%s' appears twice / %s：%s“%s”重复"
                                     % (where, group, key, where_zh, group, key))
            keys = self.groups.setdefault(group, [])
            if len(keys) >= 98:
                raise EnvZoningError("%s: group '%s' has more than 98 values / %s：组“%s”取值过多"
                                     % (where, group, where_zh, group))
            keys.append(key)
            codes[code_txt] = (group, key)
            self.rows[(group, key)] = dict(row, code=int(code_txt))
            names = [key, code_txt, row.get("name_zh", ""), row.get("name_en", "")]
            names += row.get("aliases", "").split(";")
            table_map = self.lookup.setdefault(group, {})
            for n in names:
                t = _norm(n)
                if not t:
                    continue
                if table_map.get(t, key) != key:
                    raise EnvZoningError("%s: name '%s' already means %s '%s' / %s：名称“%s”已表示“%s”"
                                         % (where, n, group, table_map[t], where_zh, n,
                                            table_map[t]))
                table_map[t] = key
                self.anywhere.setdefault(t, set()).add(key)
        if not self.groups:
            raise EnvZoningError("Table '%s' has no rows / 表“%s”为空" % (table.name, table.name))

    def code(self, group, value, layer="", field=""):
        """Raster value (1-based position in ``group``) of a layer's value; an error naming
        the layer, the field and the accepted values when it is none of them."""
        keys = self.groups.get(group, [])
        t = _norm(value)
        key = self.lookup.get(group, {}).get(t)
        if key is not None:
            return keys.index(key) + 1
        if t.isdigit() and 1 <= int(t) <= len(keys):
            return int(t)
        names = ", ".join("%s %s %s" % (k, self.rows[(group, k)].get("name_zh", ""),
                                        self.rows[(group, k)]["code"]) for k in keys)
        raise EnvZoningError(
            "Layer '%s', field '%s': value '%s' is not a %s role (use one of: %s; table %s) / "
            "图层“%s”字段“%s”的值“%s”不是有效类型（可用：%s；表 %s）"
            % (layer, field, value, group, names, self.name, layer, field, value, names,
               self.name))

    def key(self, value):
        """The English key of a value of any group (name, alias or code), or None when the
        table does not know it or it means different keys in different groups."""
        keys = self.anywhere.get(_norm(value), set())
        return next(iter(keys)) if len(keys) == 1 else None

    def canonical(self, value):
        """``key(value)`` where known, else the normalised text itself."""
        k = self.key(value)
        return k if k is not None else _norm(value)

    def priority(self, group, position):
        """Overlap priority of the value at ``position`` of ``group`` (smaller wins; rows
        without a priority rank after those with one, in table order)."""
        keys = self.groups[group]
        txt = str(self.rows[(group, keys[position - 1])].get("priority", "")).strip()
        try:
            return (0, float(txt), position)
        except ValueError:
            return (1, 0.0, position)


def load_vocabulary(table=None):
    """The role vocabulary of ``table`` (a :class:`tables.Table`), default the shipped one."""
    return Vocabulary(table if table is not None else T.load("roles"))


#: the shipped vocabulary
VOCABULARY = load_vocabulary()
#: category roles: group → value keys in table order (the raster value is the position)
CATEGORIES = VOCABULARY.groups
#: every role name a condition may use, with a short description (zh, en)
ROLES = {
    "protected": ("保护地类型", "protected-area role (nature_reserve … redline)"),
    "sens": ("生态敏感性等级 1–5", "sensitivity level 1–5"),
    "imp": ("生态重要性等级 1–5", "importance level 1–5"),
    "dominant_imp": ("重要性主导因子 1 水源涵养 2 土壤保持 3 生物多样性 4 洪水调蓄",
                     "importance dominant factor 1 water 2 soil 3 biodiversity 4 flood"),
    "dominant_sens": ("敏感性主导因子 1 土壤侵蚀 2 河湖滨岸 3 海岸带 4 海洋生物多样性",
                      "sensitivity dominant factor 1 soil erosion 2 riparian 3 coastal 4 marine"),
    "p1": ("P1 等级 1–5", "P1 level 1–5"),
    "pop_grade": ("人口集聚度分级 1/3/5/7/9", "population grade 1/3/5/7/9"),
    "eco_grade": ("经济发展水平分级 1/3/5/7/9", "economic grade 1/3/5/7/9"),
    "a_class": ("综合指数 A 等级 1–5（5 高）", "composite index class 1–5 (5 high)"),
    "landcover_role": ("地表覆盖用途", "land-cover role (forest … other)"),
    "planning": ("规划用地类型", "planning role (industrial_existing … aquaculture)"),
    "riparian": ("河湖滨岸带（等级，带外 0）", "riparian zone (its level, 0 outside)"),
    "coastal": ("海岸带（等级，带外 0）", "coastal zone (its level, 0 outside)"),
    "key_eco_county": ("重点生态功能区县 1/0", "key ecological county 1/0"),
}


def subtype_code(subtype):
    """Raster code of a subtype: type index (I=1 … VI=6) × 10 + digit; NEIGHBOUR → 99."""
    if subtype == NEIGHBOUR:
        return NEIGHBOUR_CODE
    m = re.fullmatch(r"(I|II|III|IV|V|VI)-(\d)", str(subtype))
    if not m:
        raise EnvZoningError("'%s' is not a zone subtype like II-1 or V-0 / “%s”不是分区亚类（如 II-1、V-0）"
                             % (subtype, subtype))
    return (TYPES.index(m.group(1)) + 1) * 10 + int(m.group(2))


def valid_code_mask():
    """A 256-entry boolean lookup, True at the raster code of every subtype of the one
    vocabulary (core/tables/zone_codes.csv: I-1 = 11 … VI-0 = 60) and at NEIGHBOUR_CODE."""
    mask = np.zeros(256, dtype=bool)
    for s in VOC.subtypes():
        mask[subtype_code(s)] = True
    mask[NEIGHBOUR_CODE] = True
    return mask


def code_subtype(code):
    """(zone_type, subtype) of a raster code."""
    code = int(code)
    if code == NEIGHBOUR_CODE:
        return NEIGHBOUR, NEIGHBOUR
    t, d = divmod(code, 10)
    if not 1 <= t <= 6:
        raise EnvZoningError("Raster code %d is not a zone subtype code / 栅格值 %d 不是分区亚类编码"
                             % (code, code))
    return TYPES[t - 1], "%s-%d" % (TYPES[t - 1], d)


def category_code(role, value, layer="", field="", vocabulary=None):
    """Raster value of a category value (English key, Chinese name, alias, code or the
    1-based position), by the role vocabulary (default the shipped ``roles.csv``)."""
    return (vocabulary or VOCABULARY).code(role, value, layer, field)


class LandcoverRoles:
    """Land-cover code → role (``core/tables/landcover_roles.csv``: ``code, role, …``)."""

    def __init__(self, table, vocabulary=None):
        self.name = table.name
        self.lut = np.zeros(65536, dtype="uint8")
        seen = set()
        for i, row in enumerate(table.dicts()):
            code = int(T.to_float(row.get("code", ""), table.name, "code", i + 1))
            if not 0 <= code <= 65535 or code in seen:
                raise EnvZoningError("Table '%s', row %d: code %d is out of range or repeated / "
                                     "表“%s”第 %d 行代码 %d 越界或重复"
                                     % (table.name, i + 1, code, table.name, i + 1, code))
            seen.add(code)
            self.lut[code] = category_code("landcover_role", row.get("role", ""),
                                           "table " + table.name, "role", vocabulary)
        if not seen:
            raise EnvZoningError("Table '%s' has no rows / 表“%s”为空" % (table.name, table.name))

    def apply(self, codes, valid, layer):
        c = np.asarray(codes)
        cc = np.where(valid, c, 0)
        if cc.dtype.kind == "f":
            cc = np.rint(cc)
        cc = cc.astype(np.int64)
        out_range = valid & ((cc < 0) | (cc > 65535))
        cc = np.clip(cc, 0, 65535)
        roles = self.lut[cc]
        missing = valid & ((roles == 0) | out_range)
        if missing.any():
            vals = np.unique(np.asarray(codes)[missing])[:10]
            txt = ", ".join(str(int(v)) for v in vals)
            raise EnvZoningError(
                "Land cover '%s' has class value(s) %s that table '%s' does not list: add them "
                "to LANDCOVER_ROLES / 地表覆盖“%s”的类别值 %s 不在用途表“%s”中"
                % (layer, txt, self.name, layer, txt, self.name))
        return np.where(valid, roles, 0).astype("uint8")


# -- the expression language ------------------------------------------------------------

_CMP = {ast.Eq: np.equal, ast.NotEq: np.not_equal, ast.Lt: np.less, ast.LtE: np.less_equal,
        ast.Gt: np.greater, ast.GtE: np.greater_equal}
_FORBIDDEN = {
    ast.Attribute: ("attribute access is not allowed", "不允许属性访问"),
    ast.Call: ("function calls are not allowed", "不允许函数调用"),
    ast.Subscript: ("subscripts are not allowed", "不允许下标"),
    ast.Lambda: ("lambda is not allowed", "不允许 lambda"),
    ast.ListComp: ("comprehensions are not allowed", "不允许推导式"),
    ast.SetComp: ("comprehensions are not allowed", "不允许推导式"),
    ast.DictComp: ("comprehensions are not allowed", "不允许推导式"),
    ast.GeneratorExp: ("comprehensions are not allowed", "不允许推导式"),
    ast.BinOp: ("arithmetic is not allowed", "不允许算术运算"),
    ast.IfExp: ("conditional expressions are not allowed", "不允许条件表达式"),
}


class _Ctx:
    def __init__(self, rule, row, text, vocabulary=None):
        self.rule, self.row, self.text = rule, row, text
        self.vocabulary = vocabulary or VOCABULARY

    def error(self, node_or_pos, en, zh):
        pos = node_or_pos if isinstance(node_or_pos, int) else getattr(
            node_or_pos, "col_offset", 0) + 1
        return EnvZoningError(
            "Rule %s (row %d), character %d: %s — in «%s» / 规则 %s（第 %d 行）第 %d 个字符：%s"
            % (self.rule, self.row, pos, en, self.text, self.rule, self.row, pos, zh))


def compile_condition(text, rule="?", row=0, vocabulary=None):
    """Parse ``text`` with the whitelist; return ``fn(env) -> bool array`` where ``env``
    maps role names to arrays (or scalars) of one shape, plus the set of roles used.
    Quoted category values are looked up in ``vocabulary`` (default: the shipped one)."""
    ctx = _Ctx(rule, row, text, vocabulary)
    src = str(text).strip()
    if not src:
        raise ctx.error(1, "empty condition (write true for 'always')", "条件为空（恒真请写 true）")
    if len(src) > 2000:
        raise ctx.error(1, "condition longer than 2000 characters", "条件过长")
    try:
        tree = ast.parse(src, mode="eval")
    except SyntaxError as exc:
        raise ctx.error(int(exc.offset or 1), "syntax error (%s)" % exc.msg, "语法错误") from None
    used = set()
    fn = _build(tree.body, ctx, used, boolean=True)
    return fn, used


def _as_bool(x):
    return np.asarray(x) != 0 if not isinstance(x, (bool, np.bool_)) else np.bool_(x)


def _build(node, ctx, used, boolean=False):
    """Compile one node to a closure; ``boolean`` nodes return truth arrays."""
    for bad, (en, zh) in _FORBIDDEN.items():
        if isinstance(node, bad):
            raise ctx.error(node, en, zh)
    if isinstance(node, ast.BoolOp):
        parts = [_build(v, ctx, used, boolean=True) for v in node.values]
        if isinstance(node.op, ast.And):
            def fn(env, parts=parts):
                out = parts[0](env)
                for p in parts[1:]:
                    out = out & p(env)
                return out
        else:
            def fn(env, parts=parts):
                out = parts[0](env)
                for p in parts[1:]:
                    out = out | p(env)
                return out
        return fn
    if isinstance(node, ast.UnaryOp):
        if isinstance(node.op, ast.Not):
            inner = _build(node.operand, ctx, used, boolean=True)
            return lambda env: ~inner(env)
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
                and _is_number(node.operand.value):
            value = -node.operand.value
            return (lambda env: np.bool_(value != 0)) if boolean else (lambda env: value)
        raise ctx.error(node, "only 'not' and a minus sign before a number are allowed",
                        "只允许 not 和负数")
    if isinstance(node, ast.Compare):
        return _compare(node, ctx, used)
    if isinstance(node, ast.Name):
        name = node.id
        if name in ("true", "True", "false", "False"):
            value = name in ("true", "True")
            return lambda env: np.bool_(value)
        if name not in ROLES:
            raise ctx.error(node, "unknown name '%s' (known: %s)" % (name, ", ".join(ROLES)),
                            "未知名称“%s”" % name)
        used.add(name)
        if boolean:
            return lambda env: _as_bool(env[name])
        return lambda env: env[name]
    if isinstance(node, ast.Constant):
        v = node.value
        if isinstance(v, bool) or _is_number(v):
            if boolean:
                return lambda env: np.bool_(bool(v))
            return lambda env: v
        if isinstance(v, str):
            if boolean:
                raise ctx.error(node, "a string alone is not a condition", "字符串不能单独作为条件")
            return lambda env: v
        raise ctx.error(node, "constant %r is not allowed" % (v,), "不允许该常量")
    if isinstance(node, (ast.Tuple, ast.List)):
        raise ctx.error(node, "a list is only allowed after 'in'", "列表只能用在 in 之后")
    raise ctx.error(node, "'%s' is not allowed" % type(node).__name__,
                    "不允许“%s”" % type(node).__name__)


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _operand(node, ctx, used, role_hint=None):
    """A comparison operand: ('role', name) / ('num', v) / ('str', v) / ('list', [...])."""
    if isinstance(node, ast.Name) and node.id in ROLES:
        used.add(node.id)
        return ("role", node.id)
    if isinstance(node, ast.Name) and node.id in ("true", "True", "false", "False"):
        return ("num", 1 if node.id in ("true", "True") else 0)
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            return ("str", node.value, node)
        if _is_number(node.value) or isinstance(node.value, bool):
            return ("num", node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) \
            and isinstance(node.operand, ast.Constant) and _is_number(node.operand.value):
        return ("num", -node.operand.value)
    if isinstance(node, (ast.Tuple, ast.List)):
        items = [_operand(e, ctx, used) for e in node.elts]
        for e, it in zip(node.elts, items):
            if it[0] not in ("num", "str"):
                raise ctx.error(e, "list items must be numbers or quoted strings",
                                "列表元素必须是数字或带引号的字符串")
        return ("list", items)
    _build(node, ctx, set())  # raises the precise error for forbidden nodes
    raise ctx.error(node, "a comparison needs a role name, a number or a quoted string",
                    "比较的两边须为图层名称、数字或带引号的字符串")


def _resolve(op, role, ctx):
    """Turn a string operand into the category code of ``role``."""
    groups = ctx.vocabulary.groups
    if op[0] == "str":
        if role is None or role not in groups:
            raise ctx.error(op[2], "the string '%s' can only be compared with %s"
                            % (op[1], " / ".join(groups)), "字符串只能与类型字段比较")
        key = ctx.vocabulary.lookup[role].get(_norm(op[1]))
        if key is None or _norm(op[1]).isdigit():
            raise ctx.error(op[2], "'%s' is not a value of %s (values: %s; table %s)"
                            % (op[1], role, ", ".join(groups[role]), ctx.vocabulary.name),
                            "“%s”不是 %s 的取值" % (op[1], role))
        return ("num", groups[role].index(key) + 1)
    if op[0] == "list":
        return ("list", [_resolve(i, role, ctx) for i in op[1]])
    return op


def _compare(node, ctx, used):
    ops = [_operand(node.left, ctx, used)] + [_operand(c, ctx, used) for c in node.comparators]
    roles = [o[1] for o in ops if o[0] == "role"]
    cats = ctx.vocabulary.groups
    cat = next((r for r in roles if r in cats), None)
    if cat is not None and any(r != cat and r in cats for r in roles):
        raise ctx.error(node, "two different category roles cannot be compared",
                        "不能比较两个不同的类型字段")
    ops = [_resolve(o, cat, ctx) for o in ops]
    steps = []
    for i, op in enumerate(node.ops):
        left, right = ops[i], ops[i + 1]
        if left[0] == "list":
            raise ctx.error(node, "a list is only allowed after 'in'", "列表只能用在 in 之后")
        if isinstance(op, (ast.In, ast.NotIn)):
            if right[0] != "list":
                raise ctx.error(node.comparators[i], "'in' needs a list like (1, 2)",
                                "in 之后须为列表，如 (1, 2)")
            values = np.array([v[1] for v in right[1]], dtype="float64")
            steps.append(("in", left, values, isinstance(op, ast.NotIn)))
        elif type(op) in _CMP:
            if right[0] == "list":
                raise ctx.error(node.comparators[i], "a list is only allowed after 'in'",
                                "列表只能用在 in 之后")
            steps.append(("cmp", left, right, _CMP[type(op)]))
        else:
            raise ctx.error(node, "'is' is not allowed; use == or !=", "不允许 is，请用 == 或 !=")

    def value(op, env):
        return env[op[1]] if op[0] == "role" else op[1]

    def fn(env):
        out = None
        # op: the negation flag for "in", the comparison function otherwise (not named
        # "extra": the plugin repository's scan takes a call of that name for Django's, B610)
        for kind, left, right, op in steps:
            a = value(left, env)
            if kind == "in":
                r = np.isin(a, right)
                if op:
                    r = ~r
            else:
                r = op(a, value(right, env))
            out = r if out is None else (out & r)
        return out

    return fn


# -- the rule table ---------------------------------------------------------------------

class Rule:
    def __init__(self, row, number, condition, zone_type, subtype, note_zh="", note_en="",
                 vocabulary=None):
        self.row = row
        self.number = number
        self.condition = condition
        self.zone_type = zone_type
        self.subtype = subtype
        self.code = subtype_code(subtype)
        self.note_zh = note_zh
        self.note_en = note_en
        self.fn, self.roles = compile_condition(condition, number, row, vocabulary)

    def __repr__(self):
        return "Rule(%s: %s → %s)" % (self.number, self.condition, self.subtype)


class RuleSet:
    """An ordered list of :class:`Rule`; :meth:`evaluate` applies first-match."""

    COLUMNS = ("rule", "condition", "zone_type", "subtype")

    def __init__(self, rules, name="zoning_rules", vocabulary=None):
        if not rules:
            raise EnvZoningError("Rule table '%s' has no rules / 规则表“%s”为空" % (name, name))
        self.rules = rules
        self.name = name
        self.vocabulary = vocabulary or VOCABULARY

    @classmethod
    def from_table(cls, table, vocabulary=None):
        """Rules of ``table``; quoted values are keys (or names) of ``vocabulary``."""
        for col in cls.COLUMNS:
            table.column(col)  # raises naming the missing column
        rules = []
        for i, row in enumerate(table.dicts()):
            rowno = i + 1
            num_txt = row["rule"].strip()
            try:
                number = int(float(num_txt))
                if float(num_txt) != number or not 1 <= number <= 255:
                    raise ValueError
            except ValueError:
                raise EnvZoningError(
                    "Rule table '%s', row %d: rule number '%s' must be a whole number 1–255 / "
                    "规则表“%s”第 %d 行：规则号“%s”须为 1–255 的整数"
                    % (table.name, rowno, num_txt, table.name, rowno, num_txt)) from None
            subtype = row["subtype"].strip()
            ztype = row["zone_type"].strip()
            if subtype.upper() in (NEIGHBOUR, "NEIGHBOR"):
                subtype = NEIGHBOUR
                ztype = NEIGHBOUR
            else:
                subtype_code(subtype)
                if ztype not in TYPES or subtype.split("-")[0] != ztype:
                    raise EnvZoningError(
                        "Rule table '%s', row %d (rule %d): zone_type '%s' does not match "
                        "subtype '%s' / 规则表“%s”第 %d 行：类型“%s”与亚类“%s”不一致"
                        % (table.name, rowno, number, ztype, subtype, table.name, rowno,
                           ztype, subtype))
            rules.append(Rule(rowno, number, row["condition"], ztype, subtype,
                              row.get("note_zh", ""), row.get("note_en", ""), vocabulary))
        return cls(rules, table.name, vocabulary)

    @classmethod
    def load(cls, name_or_path="zoning_rules", vocabulary=None):
        return cls.from_table(T.load(name_or_path), vocabulary)

    def roles_used(self):
        out = set()
        for r in self.rules:
            out |= r.roles
        return out

    def evaluate(self, env, valid):
        """First match per cell. ``env``: role → array (or scalar) of ``valid``'s shape;
        roles not in ``env`` are 0. Returns (code uint8, rule uint8); 0 outside ``valid``
        and where no rule matched."""
        shape = valid.shape
        full = {}
        for name in ROLES:
            v = env.get(name, 0)
            full[name] = v if np.ndim(v) else np.full(shape, v, dtype="int16")
        code = np.zeros(shape, dtype="uint8")
        rule = np.zeros(shape, dtype="uint8")
        todo = np.asarray(valid, dtype=bool).copy()
        for r in self.rules:
            if not todo.any():
                break
            hit = np.broadcast_to(np.asarray(r.fn(full), dtype=bool), shape) & todo
            code[hit] = r.code
            rule[hit] = r.number
            todo &= ~hit
        return code, rule
