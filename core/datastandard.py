"""Control-unit fields of the national data standard (生态环境分区管控成果数据: 管控单元图层).

Plain Python (no qgis, no GDAL). ``controlunits`` writes these fields after its own
(HJZHGKDYBM, HJZHGKDYMC, ZHGKDYFL … unchanged); every name is upper-case ASCII of at most
10 characters, so it is the same in a Shapefile (core/tables/database_fields.csv needs no
entry). The names follow the pinyin initials of HJZHGKDYBM (BM 编码, MC 名称):

==========  ===========================  ==================================================
field       meaning                      value
==========  ===========================  ==================================================
SHENGBM     省级行政区划代码              first 2 digits of ADMIN_CODE + ``0000``
SHENGMC     省级名称                      GB/T 2260 province of those 2 digits (:data:`PROVINCES`)
SHIBM       地级行政区划代码              first 4 digits + ``00``
SHIMC       地级名称                      from ``admin_divisions.csv`` or CITY_NAME; '' if unknown
XIANBM      县级行政区划代码              the 6 digits
XIANMC      县级名称                      from ``admin_divisions.csv`` or COUNTY_NAME; '' if unknown
KJBJYS      空间布局约束                  the unit's access-list items (N 5.11, as accesslist)
WRWPFGK     污染物排放管控                ″
HJFXFK      环境风险防控                  ″
ZYKFXLYQ    资源开发效率要求              ″
YSGKFQBM    要素管控分区编码              codes of the element zones the unit takes in, ';'
==========  ===========================  ==================================================

For the four municipalities (11, 12, 31, 50) the city level (``110100`` 市辖区) carries the
municipality's name. Element-zone codes (:func:`element_zone_codes`): a zone's own ``code``
when its layer has one, else ``YS{admin6}{element:02d}{class}{serial:03d}`` — element
number = position of the element in the shipped rule table (``element_rules.csv``: 01 生态,
02 大气环境, 03 水环境 …; elements not in it 99), serial 1…n within element and class,
north → south then west → east by the zone's interior point (as the unit codes)."""

import re
import unicodedata

from .errors import EnvZoningError

PROVINCES = {
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区",
    "21": "辽宁省", "22": "吉林省", "23": "黑龙江省", "31": "上海市", "32": "江苏省",
    "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省", "37": "山东省",
    "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区",
    "46": "海南省", "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省",
    "54": "西藏自治区", "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区", "71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区"}
MUNICIPALITIES = ("11", "12", "31", "50")

ADMIN_FIELDS = ["SHENGBM", "SHENGMC", "SHIBM", "SHIMC", "XIANBM", "XIANMC"]
DIMENSION_STD_FIELDS = ["KJBJYS", "WRWPFGK", "HJFXFK", "ZYKFXLYQ"]   # order of DIMENSIONS
ZONE_CODES_FIELD = "YSGKFQBM"
STANDARD_FIELDS = ADMIN_FIELDS + DIMENSION_STD_FIELDS + [ZONE_CODES_FIELD]


def admin_names(table):
    """{6-digit code: name} of a table with columns ``code`` and ``name``."""
    out = {}
    for i, row in enumerate(table.dicts(), start=1):
        code = unicodedata.normalize("NFKC", row.get("code", "")).strip()
        if not re.fullmatch(r"\d{6}", code):
            raise EnvZoningError("Table '%s', row %d: code '%s' must have 6 digits / 表“%s”第 %d 行："
                                 "代码“%s”应为 6 位数字" % (table.name, i, code, table.name, i, code))
        out[code] = row.get("name", "").strip()
    return out


def admin_levels(admin_code, names=None, city_name="", county_name=""):
    """Province, city and county codes and names of a 6-digit county code.

    ``names``: {6-digit code: name} (``admin_divisions.csv``); ``city_name`` /
    ``county_name`` given by the user win over the table. Returns a dict keyed by
    :data:`ADMIN_FIELDS`; a name nobody knows is ''."""
    code = unicodedata.normalize("NFKC", str(admin_code or "")).strip()
    if not re.fullmatch(r"\d{6}", code):
        raise EnvZoningError("ADMIN_CODE '%s' must be the 6-digit county code (e.g. 331024) / "
                             "行政区划代码“%s”应为 6 位数字" % (code, code))
    names = names or {}
    p2 = code[:2]
    if p2 not in PROVINCES:
        raise EnvZoningError("ADMIN_CODE '%s': '%s' is no province of GB/T 2260 / 行政区划代码“%s”"
                             "的前两位“%s”不是省级代码" % (code, p2, code, p2))
    prov, city = p2 + "0000", code[:4] + "00"
    city_nm = city_name.strip() or names.get(city, "")
    if not city_nm and p2 in MUNICIPALITIES:
        city_nm = PROVINCES[p2]
    return {"SHENGBM": prov, "SHENGMC": names.get(prov) or PROVINCES[p2],
            "SHIBM": city, "SHIMC": city_nm,
            "XIANBM": code, "XIANMC": county_name.strip() or names.get(code, "")}


def dimension_values(lists, format_items):
    """{KJBJYS: text, …} of a unit's access-list items ``lists`` ({dimension: [item]},
    as :func:`core.control.unit_requirements` gives them), one numbered item a line."""
    from .control import DIMENSIONS
    return {f: format_items(lists.get(d, [])) for f, d in zip(DIMENSION_STD_FIELDS, DIMENSIONS)}


def element_numbers(element_ids):
    """{element id: 1, 2, …} in the order given (the rule table's element order)."""
    out = {}
    for e in element_ids:
        if e not in out:
            out[e] = len(out) + 1
    return out


def element_zone_code(admin_code, element_no, cls, serial):
    if not 1 <= int(serial) <= 999:
        raise EnvZoningError("Element-zone serial %r out of 1…999 / 要素分区流水号超出 1…999"
                             % (serial,))
    return "YS%s%02d%d%03d" % (admin_code, min(int(element_no), 99), int(cls), int(serial))


def element_zone_codes(zones, admin_code, numbers):
    """Codes of element zones. ``zones``: dicts with ``element``, ``cls``, ``x``, ``y``
    (interior point) and optionally ``code`` (kept when not empty). ``numbers``: {element:
    number} (:func:`element_numbers`); others get 99. Serial within (element, class),
    north → south, then west → east; a zone with its own code takes no serial, and a generated
code never repeats an own code (zones of elementzones carry their codes, those of another
layer such as waterunits' take the next free serials)."""
    order = sorted(range(len(zones)), key=lambda i: (
        zones[i]["element"], zones[i]["cls"], -round(zones[i]["y"]), round(zones[i]["x"]), i))
    codes = [None] * len(zones)
    serial = {}
    own_codes = set()
    for i, z in enumerate(zones):
        own = str(z.get("code") or "").strip()
        if own and own != "NULL":
            codes[i] = own
            own_codes.add(own)
    for i in order:
        if codes[i] is not None:
            continue
        z = zones[i]
        key = (z["element"], z["cls"])
        while True:   # a serial an own code already holds (e.g. elementzones' codes) is skipped
            serial[key] = serial.get(key, 0) + 1
            code = element_zone_code(admin_code, numbers.get(z["element"], 99), z["cls"],
                                     serial[key])
            if code not in own_codes:
                break
        codes[i] = code
    return codes


def zone_codes_field(codes):
    """The YSGKFQBM text: unique codes, sorted, joined by ';'."""
    return ";".join(sorted({c for c in codes if c}))
