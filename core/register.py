"""The environmental function zone register (环境功能区登记表), Z 7.2 and annex 5.

Pure Python: the glue hands over one plain dict per zone (attributes, the townships it lies
in with their share, the rivers crossing it, its outer ring in the projected analysis CRS and
a callable turning projected coordinates into CGCS2000 lon/lat); this module builds the rows
the DOCX, XLSX and CSV writers print. No qgis, no GDAL.
"""

import csv
import heapq
import math
import os
import re

from . import vocab
from .errors import EnvZoningError
from .outputs import cell_text

# Z 2.1 / table 7: the six zone types, in order (one source: core/tables/zone_types.csv)
ZONE_TYPES = [(t, vocab.type_names_zh()[t], vocab.type_names_en()[t])
              for t in vocab.zone_types()]
TYPE_ORDER = [t for t, _, _ in ZONE_TYPES]
TYPE_ZH = {t: zh for t, zh, _ in ZONE_TYPES}
_UNICODE_ROMAN = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI"}

# The columns of the register: (key, Chinese header). XLSX and CSV use the Chinese headers.
COLUMNS = [
    ("seq", "序号"),
    ("code", "编号"),
    ("name", "名称"),
    ("zone_type", "环境功能区类型"),
    ("location", "位置（所在乡镇）"),
    ("area_km2", "面积（平方公里）"),
    ("rivers", "流经河流"),
    ("overview", "基本概况"),
    ("main_function", "主导功能及目标"),
    ("env_target", "环境质量目标"),
    ("eco_target", "生态保护目标"),
    ("measures", "管控措施"),
    ("negative_list", "负面清单"),
    ("coordinates", "形状及坐标"),
]
TEXT_FIELDS = ["main_function", "env_target", "eco_target", "measures", "negative_list"]


def normalize_type(value):
    """'II', 'Ⅱ', 'ii', ' II ' → 'II'; anything else → None."""
    if value is None:
        return None
    t = str(value).strip()
    t = "".join(_UNICODE_ROMAN.get(c, c) for c in t).upper()
    return t if t in TYPE_ORDER else None


def lines(text):
    """The items of a multi-line text field (one item per line), blanks dropped."""
    if text is None:
        return []
    return [s.strip() for s in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
            if s.strip()]


# -- shape: key turning points -----------------------------------------------------------

def _tri_area(a, b, c):
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2.0


def ring_orientation(ring):
    """Signed area (shoelace): > 0 counter-clockwise (x east, y north)."""
    s = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i]
        x1, y1 = ring[(i + 1) % n]
        s += x0 * y1 - x1 * y0
    return s / 2.0


def _visvalingam(pts, keep):
    """``pts`` (an open ring) down to ``keep`` vertices by Visvalingam–Whyatt: the vertex
    spanning the smallest triangle with its current neighbours is dropped first, a tie going
    to the vertex earliest in the ring. A heap with lazily invalidated entries and a linked
    ring: O(n log n) instead of recomputing every area per drop (same result)."""
    n = len(pts)
    prev = [(i - 1) % n for i in range(n)]
    nxt = [(i + 1) % n for i in range(n)]
    alive = [True] * n
    area = [_tri_area(pts[prev[i]], pts[i], pts[nxt[i]]) for i in range(n)]
    heap = [(area[i], i) for i in range(n)]
    heapq.heapify(heap)
    left = n
    while left > keep:
        a, i = heapq.heappop(heap)
        if not alive[i] or a != area[i]:
            continue   # dropped already, or its area changed since this entry
        alive[i] = False
        left -= 1
        p, q = prev[i], nxt[i]
        nxt[p], prev[q] = q, p
        for j in (p, q):
            area[j] = _tri_area(pts[prev[j]], pts[j], pts[nxt[j]])
            heapq.heappush(heap, (area[j], j))
    return [pts[i] for i in range(n) if alive[i]]


def key_points(ring, max_points=8):
    """The key turning points (主要拐点) of a ring: Visvalingam–Whyatt simplification
    (repeatedly drop the vertex spanning the smallest triangle with its neighbours) down to
    ``max_points`` vertices, then listed clockwise starting from the northernmost point
    (the western one on a tie). ``ring``: [(x, y), ...] in a projected CRS, closed or not."""
    pts = [(float(x), float(y)) for x, y in ring]
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    dedup = []
    for p in pts:
        if not dedup or p != dedup[-1]:
            dedup.append(p)
    pts = dedup
    if len(pts) < 3:
        raise EnvZoningError("A zone ring has fewer than 3 distinct vertices / 区域边界拐点少于 3 个")
    max_points = max(3, int(max_points))
    if len(pts) > max_points:
        pts = _visvalingam(pts, max_points)
    if ring_orientation(pts) > 0:  # counter-clockwise → clockwise
        pts = pts[::-1]
    start = max(range(len(pts)), key=lambda i: (pts[i][1], -pts[i][0]))
    return pts[start:] + pts[:start]


def format_lonlat(lon, lat):
    """'120.123456°E，28.654321°N' (6 decimals, SPEC section 2)."""
    ew = "E" if lon >= 0 else "W"
    ns = "N" if lat >= 0 else "S"
    return "%.6f°%s，%.6f°%s" % (abs(lon), ew, abs(lat), ns)


# -- rows --------------------------------------------------------------------------------

def location_text(townships):
    """Townships a zone lies in, largest share first: [(name, share 0–1), ...]."""
    items = [(str(n).strip(), float(s)) for n, s in townships if str(n or "").strip()]
    items.sort(key=lambda t: (-t[1], t[0]))
    if not items:
        return ""
    if len(items) == 1:
        return items[0][0]
    return "、".join("%s（%d%%）" % (n, int(round(s * 100))) if s >= 0.005 else n
                    for n, s in items)


def overview_text(location, area_km2, rivers, parts=1):
    out = []
    if location:
        out.append("位于%s。" % location)
    if rivers:
        out.append("%s流经此区域。" % "、".join(rivers))
    if parts > 1:
        out.append("由 %d 个地块组成。" % parts)
    out.append("总面积%s平方公里。" % format_area(area_km2))
    return "".join(out)


def format_area(area_km2):
    return "%.2f" % area_km2


def coordinates_text(points_lonlat, parts=1):
    head = "外边界主要拐点（CGCS2000 经纬度，自最北点起顺时针，%d 个）：" % len(points_lonlat)
    if parts > 1:
        head = "最大地块" + head
    rows = ["%d. %s" % (i + 1, format_lonlat(lon, lat)) for i, (lon, lat) in enumerate(points_lonlat)]
    return "\n".join([head] + rows)


def _natural_key(code):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(code))]


def build_rows(zones, to_lonlat, max_points=8):
    """One register row per zone, ordered by type (I…VI) then code (natural order).

    ``zones``: dicts with ``code``, ``name``, ``zone_type``, ``area_km2``, ``townships``
    [(name, share)], ``rivers`` [name], ``ring`` [(x, y)] (outer ring of the largest part,
    projected), ``parts`` (number of parts), ``fid`` (for messages) and the text fields
    ``main_function``, ``env_target``, ``eco_target``, ``measures``, ``negative_list``.
    ``to_lonlat((x, y))`` → (lon, lat) in CGCS2000."""
    rows = []
    seen = {}
    for z in zones:
        fid = z.get("fid", "?")
        code = str(z.get("code") or "").strip()
        name = str(z.get("name") or "").strip()
        if not code:
            raise EnvZoningError("Zone feature %s has no code: run namezones first / "
                                 "区域要素 %s 没有编号（请先运行 namezones）" % (fid, fid))
        if not name:
            raise EnvZoningError("Zone %s (feature %s) has no name / 区域 %s（要素 %s）没有名称"
                                 % (code, fid, code, fid))
        if code in seen:
            raise EnvZoningError("Zone code %s appears twice (features %s and %s) / 编号 %s 重复"
                                 % (code, seen[code], fid, code))
        seen[code] = fid
        ztype = normalize_type(z.get("zone_type"))
        if ztype is None:
            raise EnvZoningError("Zone %s: zone_type '%s' is not one of I…VI / 区域 %s 的类型“%s”不是 I…VI"
                                 % (code, z.get("zone_type"), code, z.get("zone_type")))
        area = float(z.get("area_km2") or 0.0)
        if not math.isfinite(area) or area < 0:
            raise EnvZoningError("Zone %s: area %r is not a valid number / 区域 %s 面积无效"
                                 % (code, z.get("area_km2"), code))
        parts = int(z.get("parts") or 1)
        pts = key_points(z["ring"], max_points)
        lonlat = [tuple(to_lonlat(p)) for p in pts]
        location = location_text(z.get("townships") or [])
        rivers = [str(r).strip() for r in (z.get("rivers") or []) if str(r or "").strip()]
        row = {
            "code": code,
            "name": name,
            "zone_type": TYPE_ZH[ztype],
            "type_code": ztype,
            "location": location,
            "area_km2": round(area, 2),
            "rivers": "、".join(rivers),
            "overview": (overview_prose(z.get("region_name"), z.get("direction"),
                                        z.get("townships") or [], rivers, area, parts)
                         if z.get("region_name") or z.get("direction")
                         else overview_text(location, area, rivers, parts)),
            "coordinates": coordinates_text(lonlat, parts),
            "points": lonlat,
        }
        for key in TEXT_FIELDS:
            row[key] = "\n".join(lines(z.get(key)))
        row.update(prose(row))
        rows.append(row)
    rows.sort(key=lambda r: (TYPE_ORDER.index(r["type_code"]), _natural_key(r["code"])))
    for i, r in enumerate(rows):
        r["seq"] = i + 1
    return rows


def table_values(row):
    """The row's values in COLUMNS order (for CSV / XLSX)."""
    return [cell_text(row[k]) for k, _ in COLUMNS]  # no formulas, no control characters


def write_csv(path, rows):
    """UTF-8 with BOM (Excel opens the Chinese text), one line per zone; multi-line cells
    are quoted."""
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([h for _, h in COLUMNS])
        for r in rows:
            w.writerow(table_values(r))
    os.replace(tmp, path)
    return path


# -- prose (annex 5): sentences, clause references apart ---------------------------------

# Leading clause references the zonetargets texts carry: "Z 4.2.2(3) …", "表5 环境目标1 …",
# "表5 生态功能保障区 管控措施3 …", "表6 二类（…）禁止：…".
_CLAUSE_RES = [
    re.compile(r"^(Z\s*\d+(?:\.\d+)*(?:\(\d+\))?)\s+(.*)$"),
    re.compile(r"^(表\s*\d+(?:\s+\S+区)?\s+(?:环境目标|生态目标|生态保护目标|管控措施)\s*\d+)\s*(.*)$"),
    re.compile(r"^(表\s*\d+)\s+(.*)$"),
]
_NEG_CLASS_RE = re.compile(r"^(表\s*6)\s*([一二三])类（([^）]*)）\s*(禁止|限制)[：:]\s*(.*)$")
_NEG_ACT_RE = re.compile(
    r"^(表\s*\d+(?:\s+\S+区)?\s+管控措施\s*\d+)\s+(.+?)\s+(禁止|限制)[：:]\s*(.*)$")
_END_PUNCT = "。；;，,：:"


def split_clause(line):
    """(clause reference, text) of one item; ('', line) when it carries none."""
    s = str(line or "").strip()
    for rx in _CLAUSE_RES:
        m = rx.match(s)
        if m and m.group(2).strip():
            return re.sub(r"\s+", " ", m.group(1)), m.group(2).strip()
    return "", s


def sentence_list(items, numbered=False):
    """Items as sentences: each ends with '；', the last with '。' (annex 5). Numbered
    '（1）…' when asked."""
    out = []
    items = [str(t).strip().rstrip(_END_PUNCT) for t in items if str(t or "").strip()]
    for i, t in enumerate(items):
        end = "。" if i == len(items) - 1 else "；"
        out.append(("（%d）" % (i + 1) if numbered else "") + t + end)
    return out


def main_function_sentence(text_lines):
    """'Z 4.2.2(1) 水源涵养区：指重要江河源头…的区域' → '主导功能为水源涵养，即重要江河源头…的区域。'"""
    out = []
    for line in text_lines:
        _, t = split_clause(line)
        m = re.match(r"^(.+?)区[：:]\s*指(.*)$", t)
        if m:
            t = "本区属%s区，即%s" % (m.group(1), m.group(2))
        out.append(t.rstrip(_END_PUNCT) + "。")
    return out


def negative_parts(text):
    """Parse a negative list (zonetargets' lines) into
    {'classes': [(class, items, action)], 'activities': [(topic, action)], 'other': [text],
    'clauses': [(what, clause)]}. Lines in no known form go to 'other' verbatim."""
    res = {"classes": [], "activities": [], "other": [], "clauses": []}
    for line in lines(text):
        m = _NEG_CLASS_RE.match(line)
        if m:
            cls, items, action = m.group(2) + "类", m.group(3).strip(), m.group(4)
            res["classes"].append((cls, items, action))
            res["clauses"].append(("%s%s工业项目" % (action, cls), m.group(1).replace(" ", "")))
            continue
        m = _NEG_ACT_RE.match(line)
        if m:
            res["activities"].append((m.group(2).strip(), m.group(3)))
            res["clauses"].append(("%s%s" % (m.group(3), m.group(2).strip()),
                                   re.sub(r"\s+", " ", m.group(1))))
            continue
        clause, t = split_clause(line)
        res["other"].append(t)
        if clause:
            res["clauses"].append((t[:20], clause))
    return res


def _join_cn(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + "和" + items[-1]


def negative_sentences(text):
    """The negative list as the sample's sentences: '禁止发展的产业包括所有二类工业项目和三类工业项目。'
    (item numbers go to an appendix table once, see negative_items), then the prohibited and
    restricted activities."""
    parts = negative_parts(text)
    out = []
    order = {"一类": 0, "二类": 1, "三类": 2}
    for action, word in (("禁止", "禁止发展的产业包括所有"), ("限制", "限制发展的产业包括")):
        banned = {c for c, _, a in parts["classes"] if a == "禁止"}
        cls = sorted({c for c, _, a in parts["classes"] if a == action
                      and (action == "禁止" or c not in banned)}, key=order.get)
        if action == "禁止" and cls:
            out.append(word + _join_cn(["%s工业项目" % c for c in cls]) + "。")
        elif cls:
            out.append(word + _join_cn(["%s工业项目" % c for c in cls])
                       + "（具体要求见管控措施）。")
    for action in ("禁止", "限制"):
        acts = [t for t, a in parts["activities"] if a == action]
        if acts:
            out.append("%s的其他活动包括%s。" % (action, "、".join(acts)))
    out.extend(t.rstrip(_END_PUNCT) + "。" for t in parts["other"])
    return out


def negative_items(rows):
    """Appendix table of the negative lists' table-6 items, each (class, item list) once:
    [(class, items, [zone type names])] in class order."""
    acc = {}
    for r in rows:
        for cls, items, _ in negative_parts(r.get("negative_list"))["classes"]:
            acc.setdefault((cls, items), [])
            if r["zone_type"] not in acc[(cls, items)]:
                acc[(cls, items)].append(r["zone_type"])
    order = {"一类": 0, "二类": 1, "三类": 2}
    return [(c, i, t) for (c, i), t in sorted(acc.items(), key=lambda kv: (order.get(kv[0][0], 9),
                                                                            kv[0][1]))]


def clause_references(rows):
    """Appendix table of clause references by parameter: [(zone type, item, clause)], each
    once, in type order."""
    seen = []
    labels = [("main_function", "主导功能"), ("env_target", "环境质量目标"),
              ("eco_target", "生态保护目标"), ("measures", "管控措施")]
    for r in rows:
        for key, label in labels:
            for i, line in enumerate(lines(r.get(key))):
                clause, _ = split_clause(line)
                if clause:
                    what = "%s（%d）" % (label, i + 1) if key in ("env_target", "measures") \
                        else label
                    item = (r["zone_type"], what, clause)
                    if item not in seen:
                        seen.append(item)
        for what, clause in negative_parts(r.get("negative_list"))["clauses"]:
            item = (r["zone_type"], "负面清单：" + what, clause)
            if item not in seen:
                seen.append(item)
    return seen


# -- where a zone lies -------------------------------------------------------------------

_DIRS = {(0, 1): "北", (0, -1): "南", (1, 0): "东", (-1, 0): "西", (1, 1): "东北",
         (-1, 1): "西北", (1, -1): "东南", (-1, -1): "西南", (0, 0): "中"}


def direction_word(point, extent):
    """Where ``point`` (x, y) lies in ``extent`` (xmin, ymin, xmax, ymax): 北, 东南, 中 …
    (thirds of the extent in each direction)."""
    xmin, ymin, xmax, ymax = extent
    w, h = (xmax - xmin) or 1.0, (ymax - ymin) or 1.0
    fx, fy = (point[0] - xmin) / w, (point[1] - ymin) / h
    ix = -1 if fx < 1 / 3.0 else (1 if fx > 2 / 3.0 else 0)
    iy = -1 if fy < 1 / 3.0 else (1 if fy > 2 / 3.0 else 0)
    return _DIRS[(ix, iy)]


def overview_prose(region_name, direction, townships, rivers, area_km2, parts=1):
    """基本概况 as annex 5: '仙居县西北部，涉及淡竹乡、横溪镇。永安溪流经此区域。总面积21.80平方公里。'"""
    out = []
    where = "%s%s部" % (region_name or "", direction or "") if direction else (region_name or "")
    if direction == "中":
        where = "%s中部" % (region_name or "")
    names = [n for n, _ in sorted(townships, key=lambda t: (-t[1], t[0]))] if townships else []
    if where and names:
        out.append("位于%s，涉及%s。" % (where, "、".join(names)))
    elif where:
        out.append("位于%s。" % where)
    elif names:
        out.append("位于%s。" % "、".join(names))
    if rivers:
        if len(rivers) > 6:
            out.append("%s等%d条河流流经此区域。" % ("、".join(rivers[:6]), len(rivers)))
        else:
            out.append("%s流经此区域。" % "、".join(rivers))
    if parts > 1:
        out.append("由%d个地块组成。" % parts)
    out.append("总面积%s平方公里。" % format_area(area_km2))
    return "".join(out)


def prose(row):
    """The annex-5 sentences of a register row: main_function_prose, env_target_prose,
    eco_target_prose, measures_prose (numbered), negative_prose — each a list of sentences
    without clause references (those are in clause_references)."""
    def clean(key):
        return [split_clause(x)[1] for x in lines(row.get(key))]
    return {
        "main_function_prose": main_function_sentence(lines(row.get("main_function"))),
        "env_target_prose": sentence_list(clean("env_target")),
        "eco_target_prose": sentence_list(clean("eco_target")),
        "measures_prose": sentence_list(clean("measures"), numbered=True),
        "negative_prose": negative_sentences(row.get("negative_list")),
    }
