"""Stable codes across versions of a zoning (N 5.13.2–5.13.3 跟踪评估、调整更新).

A county updates its zoning control every few years (and after each adjustment); a unit
or zone that did not change must keep its code, because permits, the access list and the
platform refer to it by code. Plain Python (no qgis, no GDAL): the algorithms measure the
overlaps and call these functions.

Rules (the decision, documented in docs/decisions):

- A new item *matches* a previous one when both have the same class (control units: the
  unit class 1/2/3; zones: the subtype) and their intersection over union
  ``IoU = |A ∩ B| / |A ∪ B|`` is at least ``keep_iou`` (default :data:`KEEP_IOU` = 0.9).
  Pairs are taken by decreasing IoU, each item at most once (with ``keep_iou`` > 0.5 a
  match is unique anyway).
- A matched item keeps the previous code.
- Every other new item gets the next free serial of its class: one more than the largest
  serial any previous item of that class used, so a retired code is never given to a
  different place. New items take serials in the usual order (north → south, then
  west → east by their interior point).
- Comparing two versions by code: *kept* (the code is in both, same class, IoU ≥
  ``keep_iou``), *changed* (in both, but the class or the geometry changed), *new* (only in
  the new version), *retired* (only in the previous one).
"""

from .errors import EnvZoningError

KEEP_IOU = 0.9
STATUS_ZH = {"kept": "保留", "changed": "变更", "new": "新增", "retired": "撤销"}


def iou(inter, area_a, area_b):
    """Intersection over union from the intersection area and the two areas (0 when empty)."""
    union = float(area_a) + float(area_b) - float(inter)
    return float(inter) / union if union > 0 else 0.0


def check_keep_iou(value):
    v = float(value)
    if not 0.5 < v <= 1.0:
        raise EnvZoningError("KEEP_IOU %g must be above 0.5 and at most 1 (a match must be unique) / "
                             "KEEP_IOU %g 应大于 0.5 且不大于 1" % (v, v))
    return v


def match_previous(new, old, overlaps, keep_iou=KEEP_IOU):
    """Which new item keeps which previous item's code.

    ``new`` / ``old``: lists of dicts with ``cls`` (any comparable class key) and ``area``;
    ``overlaps``: {(new index, old index): intersection area} (pairs not listed do not
    overlap). Returns {new index: old index} for pairs of the same class with IoU ≥
    ``keep_iou``; highest IoU first, ties by the lower indices."""
    keep_iou = check_keep_iou(keep_iou)
    cands = []
    for (i, j), inter in overlaps.items():
        if new[i]["cls"] != old[j]["cls"] or inter <= 0:
            continue
        q = iou(inter, new[i]["area"], old[j]["area"])
        if q >= keep_iou - 1e-12:
            cands.append((-q, i, j))
    cands.sort()
    out, used = {}, set()
    for _, i, j in cands:
        if i in out or j in used:
            continue
        out[i] = j
        used.add(j)
    return out


def assign_stable(new, old, matches, make_code, serial_of, order_key):
    """Codes of the new items (same order as ``new``).

    ``matches``: {new index: old index} from :func:`match_previous`; ``old`` items carry
    ``code``; ``make_code(cls, serial)`` builds a code; ``serial_of(code)`` reads the serial
    back (None when the code does not parse: such a previous code reserves nothing);
    ``order_key(item)`` orders the unmatched new items for their serials."""
    codes = [None] * len(new)
    top = {}
    for o in old:
        s = serial_of(o.get("code"))
        if s is not None:
            top[o["cls"]] = max(top.get(o["cls"], 0), s)
    for i, j in matches.items():
        codes[i] = old[j]["code"]
        s = serial_of(old[j]["code"])
        if s is not None:
            top[new[i]["cls"]] = max(top.get(new[i]["cls"], 0), s)
    rest = sorted((i for i in range(len(new)) if codes[i] is None),
                  key=lambda i: (order_key(new[i]), i))
    for i in rest:
        c = new[i]["cls"]
        top[c] = top.get(c, 0) + 1
        codes[i] = make_code(c, top[c])
    if len(set(codes)) != len(codes):
        dup = sorted({c for c in codes if codes.count(c) > 1})
        raise EnvZoningError("PREVIOUS holds the code(s) %s more than once / 上一版图层编码重复：%s"
                             % (", ".join(dup), ", ".join(dup)))
    return codes


def code_changes(old, new, overlaps, keep_iou=KEEP_IOU):
    """Kept / changed / new / retired codes between two versions.

    ``old`` / ``new``: {code: {"cls": class, "area": area}}; ``overlaps``: {(old code,
    new code): intersection area}. Returns a list of dicts (code, status, old_cls, new_cls,
    iou) sorted by code, and the counts per status."""
    keep_iou = check_keep_iou(keep_iou)
    rows = []
    for code in sorted(set(old) | set(new)):
        o, n = old.get(code), new.get(code)
        if o is None:
            status, q = "new", None
        elif n is None:
            status, q = "retired", None
        else:
            q = iou(overlaps.get((code, code), 0.0), o["area"], n["area"])
            status = "kept" if (o["cls"] == n["cls"] and q >= keep_iou - 1e-12) else "changed"
        rows.append({"code": code, "status": status, "status_zh": STATUS_ZH[status],
                     "old_cls": None if o is None else o["cls"],
                     "new_cls": None if n is None else n["cls"],
                     "iou": None if q is None else round(q, 4)})
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in STATUS_ZH}
    return rows, counts


def changes_summary(counts):
    """One line: '编码 kept 保留 n, changed 变更 n, new 新增 n, retired 撤销 n'."""
    return "Codes / 编码: " + ", ".join("%s %s %d" % (s, STATUS_ZH[s], counts.get(s, 0))
                                       for s in STATUS_ZH)
