"""Statistics of the 区划文本 and 区划说明 (Z 7.1, annexes 3 and 4). Pure Python.

The glue hands over the register rows of ``core.register.build_rows`` (extended with
``subtype`` and ``direction``), the area of each zone type in each township, the level
areas of the evaluation layers and the rows of checkzoning's CSV; this module turns them
into the tables the documents print. No qgis, no GDAL, no python-docx.
"""

import collections
import csv

from . import register as REG
from . import tables as T
from .errors import EnvZoningError

# Annex 3: the chapters of the 文本 (第11–16节 are the six zone types, in order).
TEXT_OUTLINE = [
    (1, "前言"),
    (1, "第一章 总则"),
    (2, "第1节 指导思想"), (2, "第2节 编制原则"), (2, "第3节 编制依据"), (2, "第4节 区划目标"),
    (2, "第5节 区划范围"),
    (1, "第二章 环境功能区划方案"),
    (2, "第6节 总体定位"), (2, "第7节 分区方法"), (2, "第8节 环境功能区类型"),
    (2, "第9节 环境功能区命名与归类"), (2, "第10节 环境功能分区划分结果"),
    (1, "第三章 分区环境目标和管控措施"),
] + [(2, "第%d节 %s" % (11 + i, zh)) for i, (_, zh, _) in enumerate(REG.ZONE_TYPES)] + [
    (1, "附件"),
]

# Annex 4: the chapters of the 说明.
EXPLANATION_OUTLINE = [
    (1, "1 概述"), (2, "1.1 编制背景"), (2, "1.2 名词解释"), (2, "1.3 基准年"), (2, "1.4 参考资料"),
    (1, "2 基本概况"), (2, "2.1 地理位置"), (2, "2.2 自然条件"), (2, "2.3 社会经济现状及趋势"),
    (1, "3 环境状况综合评价"), (2, "3.1 生态环境现状及趋势分析"), (3, "3.1.1 环境质量现状及趋势"),
    (3, "3.1.2 生态保护现状及趋势"), (2, "3.2 环境功能综合评价"), (3, "3.2.1 环境功能评价指标体系"),
    (3, "3.2.2 自然生态安全评价"), (3, "3.2.3 人群健康维护评价"), (3, "3.2.4 区域环境支撑能力评价"),
    (3, "3.2.5 综合评价结果"),
    (1, "4 环境功能区识别与划分条件"), (2, "4.1 环境功能区分类"), (2, "4.2 环境功能区识别"),
    (1, "5 与其他规划（区划）的衔接"), (2, "5.1 省级环境功能区划要求落实情况"),
    (2, "5.2 与生态环境功能区规划的衔接"), (2, "5.3 与土地利用规划的衔接"),
    (2, "5.4 与城市或县域总体规划的衔接"), (2, "5.5 与其他有关规划（区划）的衔接"),
    (1, "6 各功能小区概况"),
] + [(2, "6.%d %s" % (i + 1, zh)) for i, (_, zh, _) in enumerate(REG.ZONE_TYPES)] + [
    (1, "7 保障措施"), (2, "7.1 组织保障"), (2, "7.2 制度保障"), (2, "7.3 管理保障"),
    (2, "7.4 宣传保障"),
    (1, "附件"),
]

LEVEL_WORDS = {
    "sensitivity": ["不敏感", "轻度敏感", "中度敏感", "高度敏感", "极敏感"],
    "importance": ["不重要", "较不重要", "中等重要", "较重要", "极重要"],
    "grade": ["低", "较低", "中", "较高", "高"],
}


def subtype_names():
    """{'II-1': '水源涵养区', …} from zone_codes.csv."""
    try:
        rows = T.load("zone_codes")
    except Exception:  # noqa: BLE001 - a missing table only loses the names
        return {}
    return {r["subtype"]: r["subtype_name"] for r in rows.dicts()}


def pct(part, whole):
    return 100.0 * part / whole if whole > 0 else 0.0


def by_type(rows):
    """[(type code, Chinese name, zones, km², % of all zones)] for the six types (zero rows
    kept: the 文本 says a type is absent)."""
    total = sum(r["area_km2"] for r in rows)
    out = []
    for t, zh, _ in REG.ZONE_TYPES:
        sel = [r for r in rows if r["type_code"] == t]
        area = sum(r["area_km2"] for r in sel)
        out.append((t, zh, len(sel), area, pct(area, total)))
    return out


def by_subtype(rows, names=None):
    """[(type name, subtype, subtype name, zones, km², %)] for the subtypes present."""
    names = names if names is not None else subtype_names()
    total = sum(r["area_km2"] for r in rows)
    acc = collections.OrderedDict()
    for r in sorted(rows, key=lambda r: (REG.TYPE_ORDER.index(r["type_code"]),
                                         str(r.get("subtype") or ""))):
        key = (r["zone_type"], str(r.get("subtype") or r["type_code"]))
        n, a = acc.get(key, (0, 0.0))
        acc[key] = (n + 1, a + r["area_km2"])
    return [(tz, st, names.get(st, tz), n, a, pct(a, total)) for (tz, st), (n, a) in acc.items()]


def township_table(town_type_km2, town_order=None):
    """Rows [township, km² of I…VI, total] plus a 合计 row, from {town: {type: km²}}."""
    towns = list(town_order or sorted(town_type_km2))
    rows = []
    sums = [0.0] * len(REG.TYPE_ORDER)
    for town in towns:
        vals = [town_type_km2.get(town, {}).get(t, 0.0) for t in REG.TYPE_ORDER]
        sums = [a + b for a, b in zip(sums, vals)]
        rows.append([town] + vals + [sum(vals)])
    rows.append(["合计"] + sums + [sum(sums)])
    return rows


def level_table(level_km2, words):
    """[(level, word, km², %)] for levels 1…5 from {level: km²}."""
    total = sum(v for k, v in level_km2.items() if 1 <= int(k) <= 5)
    return [(lv, words[lv - 1], level_km2.get(lv, 0.0), pct(level_km2.get(lv, 0.0), total))
            for lv in range(1, 6)]


def dominant_text(rows, key):
    """The most common text of ``key`` among ``rows`` (the type's common targets)."""
    c = collections.Counter(r.get(key) or "" for r in rows)
    c.pop("", None)
    return c.most_common(1)[0][0] if c else ""


def type_townships(rows, limit=8):
    """Townships a set of zones mostly lies in (by area), largest first."""
    acc = collections.Counter()
    for r in rows:
        for name, share in r.get("townships") or []:
            acc[name] += share * r["area_km2"]
    return [n for n, _ in acc.most_common(limit)]


def read_checks(path):
    """checkzoning's CSV rows as dicts (check, name, clause, figure, threshold, unit,
    result, detail)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise EnvZoningError("Cannot read the checks file %s: %s / 无法读取核查结果文件 %s"
                             % (path, exc, path)) from None
    need = {"check", "name", "result"}
    if rows and not need <= set(rows[0]):
        raise EnvZoningError("%s is not a checkzoning CSV (needs columns %s) / %s 不是 checkzoning "
                             "的核查结果" % (path, ", ".join(sorted(need)), path))
    return rows


RESULT_ZH = {"pass": "通过", "fail": "未通过", "flag": "待核查", "info": "信息", "n/a": "不适用"}


def checks_table(rows):
    """[(项目, 条款, 数值, 限值, 单位, 结论, 说明)] for the document."""
    out = []
    for r in rows:
        fig = r.get("figure") or ""
        try:
            fig = "%.2f" % float(fig)
        except ValueError:
            pass
        thr = r.get("threshold") or ""
        try:
            thr = "%.2f" % float(thr)
        except ValueError:
            pass
        out.append((r.get("name", ""), r.get("clause", ""), fig, thr, r.get("unit", ""),
                    RESULT_ZH.get(r.get("result", ""), r.get("result", "")),
                    r.get("detail", "")))
    return out


def fmt(v, nd=2):
    return ("%%.%df" % nd) % v
