"""Codes and names of environmental function zones (Z 4.4, table 4; SPEC section 4).

Pure functions over plain inputs; the glue computes, per zone, an interior point and the
area each place-name feature covers.

Code (Z 4.4.2): ``{admin code without its 2-digit province prefix}-{type}-{subtype digit}-
{serial}``, e.g. ``1024-Ⅱ-1-5``; the type as a Unicode Roman numeral (Ⅰ…Ⅵ, as the seed
writes it) or ASCII (I…VI). The serial runs 1…n within one subtype, ordered north to south,
then west to east, by the zone's interior point (y descending, then x ascending; coordinates
compared after rounding to ``precision`` map units, so float noise does not reorder zones
on one row).

Name (Z 4.4.1): ``{place}{function}区`` (e.g. 括苍山-大盘山水源涵养区), where the ending is the
``name_word`` of ``zone_codes.csv``. ``place`` is the place-name feature covering most of the
zone; a second one is joined with "-" when it covers at least ``second_share`` (30 %) of the
zone. A zone that carries a legal name (``legal_name``: the pieces of one legal protected
area merged into one zone) is named by it: the legal name as it stands when it ends with
its kind (仙居国家森林公园, not …森林公园区; see ``LEGAL_KINDS``), else with the function word.
The red line (生态保护红线) is a status, not a place: its zones are named by the place(s)
they lie in + 生态保护红线区 (朱溪镇-上张乡生态保护红线区), or by the place the legal name puts before
it (示例县生态保护红线 → 示例县生态保护红线区).

**Decision (uniqueness, issue 12):** names carry no ordinals — 一区/二区 or （一）/（二） read
like the 一级/二级 protection zones of Chinese law. Zones that would share a name get a
distinguishing place inserted before the function word, tried in this order, each kept
only when it makes every name of the clashing group different:

1. a name from the distinguishing place layer (villages, mountains, rivers: ``distinct``,
   best first) — 淡竹乡黄坦水源涵养区;
2. the zone's position in the county: the direction of its interior point from the
   county's centre, the county's half-extent as unit (中部 within a third of it, else
   东部 东北部 北部 西北部 西部 西南部 南部 东南部) — 淡竹乡北部水源涵养区;
3. the same position within the extent of the clashing zones themselves (two zones both in
   the county's north: the northern and the southern of them);
4. the township (``overlaps`` places not yet in the name, largest first) — 括苍山安岭乡…;
5. nested positions: the position in the county and, for the zones sharing it, the
   position among them — 大战乡北部偏东自然生态红线区, 大战乡北部居中…; zones still equal
   add a name of 1 or 4 not taken;
6. last resort, not an ordinal: the zone's code in brackets — 淡竹乡水源涵养区（1024-Ⅱ-1-5）.
"""

import math
import unicodedata

from .errors import EnvZoningError
from . import tables as T

ROMAN_ASCII = ["I", "II", "III", "IV", "V", "VI"]
ROMAN_UNICODE = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"]
_TYPE_ALIASES = {}
for _i, (_a, _u) in enumerate(zip(ROMAN_ASCII, ROMAN_UNICODE)):
    _TYPE_ALIASES[_a] = _a
    _TYPE_ALIASES[_u] = _a
    _TYPE_ALIASES[str(_i + 1)] = _a
# compositions some fonts/keyboards produce instead of the single code points
_TYPE_ALIASES.update({"ⅠⅠ": "II", "ⅠⅠⅠ": "III", "ⅠⅤ": "IV", "ⅤⅠ": "VI"})

CN_DIGITS = "零一二三四五六七八九"


def normalize_type(value, where=""):
    """'I'…'VI' from ASCII, Unicode Roman numerals or 1…6; error naming the value."""
    key = str(value if value is not None else "").strip().upper()
    if key.endswith(".0"):
        key = key[:-2]
    if key in _TYPE_ALIASES:
        return _TYPE_ALIASES[key]
    raise EnvZoningError(
        "%sZone type '%s' is not one of I…VI (Ⅰ…Ⅵ, 1…6) / %s功能区类型“%s”不是 I…VI 之一"
        % (where, value, where, value))


def roman(zone_type, unicode=True):
    i = ROMAN_ASCII.index(normalize_type(zone_type))
    return ROMAN_UNICODE[i] if unicode else ROMAN_ASCII[i]


def normalize_subtype(zone_type, subtype, where=""):
    """('II', 'II-1') from a type and a subtype written 'II-1', 'Ⅱ-1', '1' or '' (→ '0')."""
    t = normalize_type(zone_type, where)
    s = str(subtype if subtype is not None else "").strip()
    if s.endswith(".0"):
        s = s[:-2]
    if "-" in s:
        head, digit = s.rsplit("-", 1)
        if normalize_type(head, where) != t:
            raise EnvZoningError(
                "%sSubtype '%s' does not belong to zone type %s / %s小类“%s”与类型 %s 不符"
                % (where, subtype, t, where, subtype, t))
    else:
        digit = s or "0"
    if not digit.isdigit():
        raise EnvZoningError("%sSubtype '%s' has no digit after '-' (e.g. II-1) / %s小类“%s”格式不对"
                             % (where, subtype, where, subtype))
    return t, "%s-%d" % (t, int(digit))


def admin_prefix(admin_code):
    """'1024' from '331024' (Z 4.4.2: the admin code without its leading province digits)."""
    # full-width ３３１０２４ → 331024; any other non-ASCII digit is refused
    code = unicodedata.normalize("NFKC", str(admin_code if admin_code is not None else "")).strip()
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        raise EnvZoningError(
            "Admin code '%s' must be the 6-digit county code (e.g. 331024) / "
            "行政区划代码“%s”应为 6 位县级代码（如 331024）" % (admin_code, admin_code))
    return code[2:]


def cn_numeral(n):
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1…99)."""
    if n < 1 or n > 99:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    return (CN_DIGITS[tens] if tens > 1 else "") + "十" + (CN_DIGITS[ones] if ones else "")


def name_words(table=None):
    """{subtype: (digit, name_word)} from zone_codes (table 4)."""
    table = table or T.load("zone_codes")
    out = {}
    for i, row in enumerate(table.dicts()):
        try:
            t, st = normalize_subtype(row["zone_type"], row["subtype"],
                                      "Table '%s' row %d: " % (table.name, i + 1))
        except KeyError as exc:
            raise EnvZoningError("Table '%s' lacks column %s / 表缺少列" % (table.name, exc)) from None
        word = row.get("name_word") or (row.get("function", "") + "区")
        out[st] = (st.split("-")[1], word)
    return out


def serials(zones, precision=1.0):
    """{zone id: serial} — 1…n within each subtype, north→south then west→east.

    ``zones``: dicts with ``id``, ``subtype`` (normalized), ``x``, ``y``."""
    groups = {}
    for z in zones:
        groups.setdefault(z["subtype"], []).append(z)
    out = {}
    for members in groups.values():
        def key(z):
            if precision:
                return (-round(z["y"] / precision), round(z["x"] / precision), str(z["id"]))
            return (-z["y"], z["x"], str(z["id"]))
        for i, z in enumerate(sorted(members, key=key)):
            out[z["id"]] = i + 1
    return out


def choose_places(overlaps, zone_area=None, second_share=0.30):
    """The place name(s) of a zone: [first] or [first, second].

    ``overlaps``: {place name: area covered} (or a list of (name, area); repeated names add
    up). The second place is kept when it covers ≥ ``second_share`` of the zone (of
    ``zone_area``; of the sum of the overlaps when no area is given). Ties: larger area
    first, then the name in code-point order, so the result never depends on input order."""
    acc = {}
    items = overlaps.items() if isinstance(overlaps, dict) else overlaps
    for name, area in items:
        name = str(name if name is not None else "").strip()
        if not name:
            continue
        acc[name] = acc.get(name, 0.0) + float(area)
    if not acc:
        return []
    ranked = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))
    total = zone_area if zone_area else sum(acc.values())
    places = [ranked[0][0]]
    if len(ranked) > 1 and total > 0 and ranked[1][1] >= second_share * total - 1e-9 * total:
        places.append(ranked[1][0])
    return places


def strip_suffix(name, suffixes):
    for s in sorted(suffixes or (), key=len, reverse=True):
        if s and name.endswith(s) and len(name) > len(s):
            return name[: -len(s)]
    return name


def feature_name(overlaps, zone_area, share=0.5):
    """The named feature (protected area, mountain, lake) that covers at least ``share`` of
    the zone, the largest first; None when none does. ``overlaps``: {name: area}."""
    if not overlaps or not zone_area:
        return None
    ranked = sorted(((float(a), str(n).strip()) for n, a in overlaps.items()
                     if str(n or "").strip()), key=lambda t: (-t[0], t[1]))
    if ranked and ranked[0][0] >= share * zone_area - 1e-9 * zone_area:
        return ranked[0][1]
    return None


def join_word(head, word):
    """``head`` + function word, without doubling it: 括苍山自然保护区 + 自然保护区 →
    括苍山自然保护区; 仙居国家森林公园 + 森林公园区 → 仙居国家森林公园区."""
    if word and head.endswith(word):
        return head
    if word.endswith("区") and len(word) > 1 and head.endswith(word[:-1]):
        return head + "区"   # 仙居国家森林公园 + 森林公园区 → 仙居国家森林公园区
    return head + word


#: the words a legal protected area's own name ends with when it already says what it is
#: (its kind): such a name is the zone's name as it stands, no function word added
LEGAL_KINDS = ("自然保护区", "保护区", "风景名胜区", "名胜区", "风景区", "森林公园", "湿地公园",
               "地质公园", "公园", "水源保护区", "保护范围")
#: the red line is a status (生态保护红线), not a place: its zones are named by where they lie
RED_LINE = "红线"
RED_LINE_WORD = "生态保护红线区"


def legal_zone_name(legal, word):
    """The name of a zone that is a legal protected area: its legal name, without a second
    kind word — 仙居国家森林公园 (not …森林公园区), 下岸水库饮用水源保护区 and 青龙水库饮用水水源保护区
    (not …保护区饮用水源保护区); a legal name that says no kind gets the function word
    (括苍山 → 括苍山自然保护区)."""
    if any(legal.endswith(k) for k in LEGAL_KINDS) or (word and legal.endswith(word)):
        return legal
    return join_word(legal, word)


def name_zones(zones, admin_code, unicode=True, second_share=0.30, codes_table=None,
               strip_suffixes=None, precision=1.0, feature_share=0.5, frame=None):
    """Codes and names of ``zones``.

    ``zones``: dicts with ``id``, ``zone_type``, ``subtype``, ``x``, ``y`` (interior point,
    projected), ``area`` (optional, same unit as the overlaps), ``overlaps``
    ({place: area}) and optionally ``features`` ({named feature: area}): a named feature
    (Z 4.4.1 "山脉名称或河流名称", a protected area's own name) covering at least
    ``feature_share`` of the zone names it instead of the places; ``legal_name`` (a legal
    protected area's name carried by its merged zone) names it before anything else;
    ``distinct`` (names of the distinguishing place layer inside or near the zone, best
    first) tells apart zones that would share a name. ``frame``: the county's extent
    (xmin, ymin, xmax, ymax) for positions such as 北部 (default: the zones' extent).
    Returns {id: {"code", "name", "serial", "places"}}."""
    prefix = admin_prefix(admin_code)
    words = name_words(codes_table)
    norm = []
    for z in zones:
        where = "Zone %s: " % z["id"]
        t, st = normalize_subtype(z.get("zone_type"), z.get("subtype"), where)
        if st not in words:
            raise EnvZoningError(
                "%ssubtype '%s' is not in the code table (table 4: %s) / 功能区 %s 的小类“%s”不在编码表中"
                % (where, z.get("subtype"), ", ".join(sorted(words)), z["id"], z.get("subtype")))
        legal = str(z.get("legal_name") or "").strip()
        word_of = None
        if RED_LINE in legal:
            # 生态保护红线 names no place: the place its legal name gives before it
            # (示例县生态保护红线 → 示例县), else the place(s) it lies in, + 生态保护红线区
            head = legal.split(RED_LINE)[0]
            for k in ("生态保护", "生态"):
                head = head[:-len(k)] if head.endswith(k) else head
            legal, word_of = head.strip(), RED_LINE_WORD
        elif legal:
            word_of = ""   # the legal name is the whole name (legal_zone_name)
        if word_of == RED_LINE_WORD:
            feat = legal or None
        else:
            feat = legal or feature_name(z.get("features") or {}, z.get("area"), feature_share)
        places = [feat] if feat else choose_places(z.get("overlaps") or {}, z.get("area"),
                                                   second_share)
        if not places:
            raise EnvZoningError(
                "%sno place-name feature overlaps the zone: add a place layer that covers it / "
                "功能区 %s 不与任何地名要素相交，请补充覆盖它的地名图层" % (where, z["id"]))
        if not feat:
            places = [strip_suffix(p, strip_suffixes) for p in places]
        ov = z.get("overlaps") or {}
        acc = {}
        for n_, a in (ov.items() if isinstance(ov, dict) else ov):
            if str(n_ or "").strip():
                acc[str(n_).strip()] = acc.get(str(n_).strip(), 0.0) + float(a)
        ranked = sorted(((a, n_) for n_, a in acc.items()), key=lambda t: (-t[0], t[1]))
        towns = [strip_suffix(n, strip_suffixes) if not feat else n for _, n in ranked]
        norm.append(dict(z, zone_type=t, subtype=st, places=places, word_of=word_of,
                         legal_text=legal, towns=[n for n in towns if n not in places]))
    serial = serials(norm, precision)
    out = {}
    for z in norm:
        digit, word = words[z["subtype"]]
        n = serial[z["id"]]
        code = "%s-%s-%s-%d" % (prefix, roman(z["zone_type"], unicode), digit, n)
        whole = False
        if z["word_of"] is not None:
            if z["word_of"] == "":
                name = legal_zone_name(z["legal_text"], word)
                whole = name == z["legal_text"]
            else:
                word = z["word_of"]
                name = join_word("-".join(z["places"]), word)
        else:
            name = join_word("-".join(z["places"]), word)
        out[z["id"]] = {"code": code, "name": name, "serial": n, "whole": whole,
                        "places": z["places"], "word": word, "subtype": z["subtype"],
                        "x": z["x"], "y": z["y"], "distinct": list(z.get("distinct") or []),
                        "towns": z["towns"]}
    _make_unique(out, frame)
    return out


DIRECTIONS = ["东部", "东北部", "北部", "西北部", "西部", "西南部", "南部", "东南部"]


def position_word(x, y, frame, centre_share=1.0 / 3.0):
    """北部, 东南部, 中部 …: the direction of (x, y) from the centre of ``frame`` (xmin, ymin,
    xmax, ymax), each axis scaled by the frame's half-extent; 中部 within ``centre_share``."""
    xmin, ymin, xmax, ymax = frame
    hw, hh = (xmax - xmin) / 2.0, (ymax - ymin) / 2.0
    # a frame without width (or height) tells only north/south (or east/west)
    u = (x - (xmin + xmax) / 2.0) / hw if hw > 0 else 0.0
    v = (y - (ymin + ymax) / 2.0) / hh if hh > 0 else 0.0
    if math.hypot(u, v) < centre_share:
        return "中部"
    a = math.degrees(math.atan2(v, u)) % 360.0
    return DIRECTIONS[int(((a + 22.5) % 360.0) // 45.0)]


def _with(rec, extra):
    """The zone's name with ``extra`` inserted between its place and the function word
    (淡竹乡 + 北部 → 淡竹乡北部水源涵养区); a place that already names the function (a
    protected area's own name) is kept whole and the part is a 片区 of it
    (神仙居风景名胜区 + 北部 → 神仙居风景名胜区北部片区)."""
    head = "-".join(rec["places"])
    word = rec["word"]
    if rec.get("whole") or word and (head.endswith(word) or (word.endswith("区") and len(word) > 1
                                         and head.endswith(word[:-1]))):
        return head + extra + "片区"
    return join_word(head + extra, word)


def _candidates(rec, how, frame, group_frame):
    """The distinguishing word(s) of a zone under one strategy (a list, best first)."""
    head = "-".join(rec["places"])
    if how == "distinct":
        return [n for n in rec.get("distinct") or [] if n and n not in head]
    if how == "county":
        return [position_word(rec["x"], rec["y"], frame)] if frame else []
    if how == "group":
        return [position_word(rec["x"], rec["y"], group_frame)] if group_frame else []
    if how == "township":
        return [n for n in rec.get("towns") or [] if n and n not in head]
    return []


STRATEGIES = ("distinct", "county", "group", "township")


def _frame(recs):
    xs = [r["x"] for r in recs]
    ys = [r["y"] for r in recs]
    return (min(xs), min(ys), max(xs), max(ys)) if recs else None


NEAR = ["偏东", "偏东北", "偏北", "偏西北", "偏西", "偏西南", "偏南", "偏东南"]


def _nested(recs, frame, others, code_key):
    """Names for a group no single strategy tells apart: the position in the county, and
    for zones sharing it the position among them (北部偏东, 北部居中); zones still equal
    take a name of the distinguishing layer or a township not taken, else their code."""
    # zones with a name of the distinguishing layer no other zone of the group has first
    firsts = [(_candidates(r, "distinct", frame, None) or [None])[0] for r in recs]
    fixed = {}
    for k, w in enumerate(firsts):
        if w and firsts.count(w) == 1 and _with(recs[k], w) not in others:
            fixed[k] = _with(recs[k], w)
    rest = [k for k in range(len(recs)) if k not in fixed]
    if len(rest) < len(recs):
        sub = _nested([recs[k] for k in rest], frame, others | set(fixed.values()), code_key) \
            if rest else []
        names = [None] * len(recs)
        for k, nm in fixed.items():
            names[k] = nm
        for k, nm in zip(rest, sub):
            names[k] = nm
        return names
    first = [position_word(r["x"], r["y"], frame) if frame else "" for r in recs]
    words = list(first)
    for w in set(first):
        sub = [i for i, x in enumerate(first) if x == w]
        if len(sub) < 2:
            continue
        sframe = _frame([recs[i] for i in sub])
        for i in sub:
            d = position_word(recs[i]["x"], recs[i]["y"], sframe)
            words[i] = w + ("居中" if d == "中部" else NEAR[DIRECTIONS.index(d)])
    trial = [_with(r, w) for r, w in zip(recs, words)]
    used = set(others)
    names = []
    for k, (r, nm) in enumerate(zip(recs, trial)):
        if trial.count(nm) > 1 or nm in used:
            pick = None
            for how in ("distinct", "township"):
                for w in _candidates(r, how, frame, None):
                    cand = _with(r, words[k] + w)
                    if cand not in used and cand not in trial:
                        pick = cand
                        break
                if pick:
                    break
            nm = pick or "%s（%s）" % (r["name"], r[code_key])
        used.add(nm)
        names.append(nm)
    return names


def _make_unique(out, frame=None, code_key="code"):
    """Distinguish zones that would share a name (module doc, 'uniqueness'). ``frame``: the
    county's extent (xmin, ymin, xmax, ymax); without it, the extent of all zones."""
    frame = frame or _frame(list(out.values()))
    for _round in range(3):
        by_name = {}
        for zid, rec in out.items():
            by_name.setdefault(rec["name"], []).append(zid)
        clashes = [ids for ids in by_name.values() if len(ids) > 1]
        if not clashes:
            return
        taken = {rec["name"] for rec in out.values()}
        for ids in clashes:
            ids.sort(key=lambda i: (out[i]["subtype"], out[i]["serial"], str(i)))
            recs = [out[i] for i in ids]
            gframe = _frame(recs)
            others = taken - {r["name"] for r in recs}
            names = None
            for how in STRATEGIES:
                words = [(_candidates(r, how, frame, gframe) or [None])[0] for r in recs]
                if None in words:
                    continue
                trial = [_with(r, w) for r, w in zip(recs, words)]
                if len(set(trial)) == len(trial) and not set(trial) & others:
                    names = trial
                    break
            if names is None:
                names = _nested(recs, frame, others, code_key)
            for r, n in zip(recs, names):
                r["name"] = n
            taken |= set(names)
    seen = set()
    for zid in sorted(out, key=lambda i: (out[i]["subtype"], out[i]["serial"], str(i))):
        rec = out[zid]
        if rec["name"] in seen:
            rec["name"] = "%s（%s）" % (rec["name"], rec[code_key])
        seen.add(rec["name"])
