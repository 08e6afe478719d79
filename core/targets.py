"""Targets, control measures and negative lists of a zone (Z 5.1–5.3, tables 5 and 6).

:func:`zone_fields` gives, for one zone type/subtype, the text fields ``main_function``,
``env_target``, ``eco_target``, ``measures`` and ``negative_list``: one item per line, each
prefixed with its source (``表5 环境目标1``, ``表5 管控措施3``, ``表6 三类（22、32、…）``, …).
Rows of ``zone_targets.csv`` / ``negative_lists.csv`` apply when their ``zone_type`` matches
and their ``subtype`` is ``*`` or the zone's subtype; see ``core/tables/zoning_tables.md``.

Negative list lines:
- an industry class row: ``表6 {class}（{the class's table-6 numbers}）{action}：{text}``;
- a single catalogue item row: ``表6 {item} {name} {action}：{text}``;
- a non-industrial activity: ``{clause} {activity} {action}：{text}``.
Rows with ``region`` 源头地区 apply only when the region is a source county (Z 4.6.1); where two
rows concern the same class, 禁止 wins over 限制 (the stricter one is listed, the other left
out).

Local additions (Z 5.2 "可以制定严于本指南…的要求"): a table with columns ``code``, ``kind``
(function / env_target / eco_target / measure / negative, or 主导功能 / 环境质量目标 /
生态保护目标 / 管控措施 / 负面清单), ``text`` and optionally ``ref``; its rows are appended to the
zone with that code, each line starting with ``地方`` (and the ref when given).
"""

from . import tables as T
from .errors import EnvZoningError
from .naming import normalize_subtype, normalize_type

FIELDS = ["main_function", "env_target", "eco_target", "measures", "negative_list"]
KIND_FIELD = {"function": "main_function", "env_target": "env_target",
              "eco_target": "eco_target", "measure": "measures", "negative": "negative_list"}
KIND_ALIASES = {
    "function": "function", "main_function": "function", "主导功能": "function",
    "env_target": "env_target", "环境质量目标": "env_target", "环境目标": "env_target",
    "eco_target": "eco_target", "生态保护目标": "eco_target",
    "measure": "measure", "measures": "measure", "管控措施": "measure",
    "negative": "negative", "negative_list": "negative", "负面清单": "negative",
}
ACTIONS = ("禁止", "限制")
SOURCE_REGION = "源头地区"


def _applies(row, t, st, where):
    rt = normalize_type(row["zone_type"], where)
    if rt != t:
        return False
    sub = (row.get("subtype") or "*").strip()
    if sub in ("*", ""):
        return True
    return normalize_subtype(rt, sub, where)[1] == st


def _int_or_text(v):
    try:
        return (0, int(v), "")
    except ValueError:
        return (1, 0, v)


class Catalogue:
    """Z table 6: items by class and by key."""

    def __init__(self, table=None):
        table = table or T.load("industry_catalogue")
        self.name = table.name
        self.items = {}
        self.by_class = {}
        for row in table.dicts():
            cls = row["class"]
            self.items[row["item"]] = row
            self.by_class.setdefault(cls, []).append(row)

    def numbers(self, cls):
        rows = self.by_class.get(cls)
        if not rows:
            raise EnvZoningError("Industry class '%s' is not in table '%s' (一类/二类/三类) / "
                                 "工业类别“%s”不在表中" % (cls, self.name, cls))
        return "、".join(r.get("no") or r["item"] for r in rows)


class TargetTables:
    def __init__(self, targets=None, negatives=None, catalogue=None):
        self.targets = targets or T.load("zone_targets")
        self.negatives = negatives or T.load("negative_lists")
        self.catalogue = catalogue if isinstance(catalogue, Catalogue) else Catalogue(catalogue)
        for i, row in enumerate(self.targets.dicts()):
            where = "Table '%s' row %d: " % (self.targets.name, i + 1)
            normalize_type(row.get("zone_type"), where)
            if row.get("kind") not in ("function", "env_target", "eco_target", "measure"):
                raise EnvZoningError("%skind '%s' is not function/env_target/eco_target/measure / "
                                     "表“%s”第 %d 行类别“%s”无效"
                                     % (where, row.get("kind"), self.targets.name, i + 1,
                                        row.get("kind")))
        for i, row in enumerate(self.negatives.dicts()):
            where = "Table '%s' row %d: " % (self.negatives.name, i + 1)
            normalize_type(row.get("zone_type"), where)
            if row.get("action") not in ACTIONS:
                raise EnvZoningError("%saction '%s' is not 禁止 or 限制 / 表“%s”第 %d 行措施“%s”无效"
                                     % (where, row.get("action"), self.negatives.name, i + 1,
                                        row.get("action")))
            if row.get("industry_class"):
                self.catalogue.numbers(row["industry_class"])
            if row.get("item") and row["item"] not in self.catalogue.items:
                raise EnvZoningError("%sitem '%s' is not in table 6 (%s) / 表6 中没有条目“%s”"
                                     % (where, row["item"], self.catalogue.name, row["item"]))


def _line(ref, text):
    ref = (ref or "").strip()
    return ("%s %s" % (ref, text)) if ref else text


def negative_lines(t, st, tables, source_region=False):
    """Negative-list lines of type ``t`` / subtype ``st``."""
    chosen = {}
    order = []
    for i, row in enumerate(tables.negatives.dicts()):
        where = "Table '%s' row %d: " % (tables.negatives.name, i + 1)
        if not _applies(row, t, st, where):
            continue
        region = (row.get("region") or "*").strip()
        if region not in ("*", "") and not (region == SOURCE_REGION and source_region):
            continue
        if row.get("industry_class"):
            key = ("class", row["industry_class"])
        elif row.get("item"):
            key = ("item", row["item"])
        else:
            key = ("activity", row.get("activity") or row.get("text"), i)
        if key in chosen:
            if chosen[key]["action"] == "限制" and row["action"] == "禁止":
                chosen[key] = row
            continue
        chosen[key] = row
        order.append(key)
    lines = []
    cat = tables.catalogue
    for key in order:
        row = chosen[key]
        if key[0] == "class":
            cls = row["industry_class"]
            ref = "表6 %s（%s）" % (cls, cat.numbers(cls))
            lines.append("%s%s：%s" % (ref, row["action"], row["text"]))
        elif key[0] == "item":
            it = cat.items[row["item"]]
            lines.append("表6 %s %s %s：%s" % (row["item"], it["name"], row["action"], row["text"]))
        else:
            lines.append("%s %s %s：%s" % (row.get("clause", ""), row.get("activity", ""),
                                          row["action"], row["text"]))
    return lines


def zone_fields(zone_type, subtype, tables=None, source_region=False, local=None, where=""):
    """{field: text} for one zone. ``local``: list of (kind, text, ref) to append."""
    tables = tables or TargetTables()
    t, st = normalize_subtype(zone_type, subtype, where)
    out = {f: [] for f in FIELDS}
    rows = [r for i, r in enumerate(tables.targets.dicts())
            if _applies(r, t, st, "Table '%s' row %d: " % (tables.targets.name, i + 1))]
    kinds = ("function", "env_target", "eco_target", "measure")
    rows.sort(key=lambda r: (kinds.index(r["kind"]), 0 if r.get("subtype", "*") in ("*", "") else 1,
                             _int_or_text(r.get("no", ""))))
    for r in rows:
        out[KIND_FIELD[r["kind"]]].append(_line(r.get("ref"), r["text"]))
    out["negative_list"] = negative_lines(t, st, tables, source_region)
    for kind, text, ref in local or ():
        out[KIND_FIELD[kind]].append(_line("地方" + ((" " + ref) if ref else ""), text))
    return {f: "\n".join(v) for f, v in out.items()}


def code_key(code):
    """A zone code compared without regard to Unicode/ASCII numerals or spaces."""
    s = str(code or "").strip().replace(" ", "").upper()
    for u, a in (("Ⅵ", "VI"), ("Ⅴ", "V"), ("Ⅳ", "IV"), ("Ⅲ", "III"), ("Ⅱ", "II"), ("Ⅰ", "I")):
        s = s.replace(u, a)
    return s


def local_additions(table):
    """{code key: [(kind, text, ref), …]} from a local-additions table."""
    if table is None:
        return {}
    for col in ("code", "kind", "text"):
        if col not in table.headers:
            raise EnvZoningError("Local table '%s' has no column '%s' (needs code, kind, text) / "
                                 "地方补充表“%s”缺少列“%s”" % (table.name, col, table.name, col))
    out = {}
    for i, row in enumerate(table.dicts()):
        kind = KIND_ALIASES.get(row["kind"].strip().lower(), KIND_ALIASES.get(row["kind"].strip()))
        if kind is None:
            raise EnvZoningError(
                "Local table '%s', row %d: kind '%s' is not one of function, env_target, "
                "eco_target, measure, negative (主导功能/环境质量目标/生态保护目标/管控措施/负面清单) / "
                "地方补充表第 %d 行类别“%s”无效" % (table.name, i + 1, row["kind"], i + 1, row["kind"]))
        if not row["code"].strip():
            raise EnvZoningError("Local table '%s', row %d: empty code / 地方补充表第 %d 行编号为空"
                                 % (table.name, i + 1, i + 1))
        if not row["text"].strip():
            continue
        out.setdefault(code_key(row["code"]), []).append((kind, row["text"], row.get("ref", "")))
    return out
