"""The environmental function zone register (环境功能区登记表), Z 7.2 and annex 5.

Pure Python: the glue hands over one plain dict per zone (attributes, the townships it lies
in with their share, the rivers crossing it, its outer ring in the projected analysis CRS and
a callable turning projected coordinates into CGCS2000 lon/lat); this module builds the rows
the DOCX, XLSX and CSV writers print. No qgis, no GDAL.
"""

import csv
import math
import os
import re

from .errors import EnvZoningError
from .outputs import cell_text

# Z 2.1 / table 7: the six zone types, in order.
ZONE_TYPES = [
    ("I", "自然生态红线区", "Natural ecological red-line zone"),
    ("II", "生态功能保障区", "Ecological function safeguard zone"),
    ("III", "农产品环境保障区", "Agricultural product environment safeguard zone"),
    ("IV", "人居环境保障区", "Human settlement environment safeguard zone"),
    ("V", "环境优化准入区", "Environment-optimised access zone"),
    ("VI", "环境重点准入区", "Environment key access zone"),
]
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
    while len(pts) > max_points:
        n = len(pts)
        areas = [_tri_area(pts[i - 1], pts[i], pts[(i + 1) % n]) for i in range(n)]
        drop = min(range(n), key=lambda i: (areas[i], i))
        del pts[drop]
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
            "overview": overview_text(location, area, rivers, parts),
            "coordinates": coordinates_text(lonlat, parts),
            "points": lonlat,
        }
        for key in TEXT_FIELDS:
            row[key] = "\n".join(lines(z.get(key)))
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
