"""The Z 7.4 database: Shapefile field names and text lengths. Pure Python.

A Shapefile's DBF holds field names of at most 10 characters and texts of at most 254
bytes. Field names go through the published mapping ``core/tables/database_fields.csv``
(source field → Shapefile field, unit, description); a field it does not list is cut to 10
characters (upper case) and made unique with a numeric suffix. Texts longer than 254 bytes
keep their first 254 bytes (cut on a character boundary) in the Shapefile and go whole into
a linked table keyed by the zone code (``long_texts.csv``, and ``long_texts.dbf`` in
254-byte parts), so nothing is lost.
"""

import re

from . import tables as T

MAX_NAME = 10
MAX_BYTES = 254


def load_mapping(path=None):
    """{source field (lower case): (shp name, unit, description)}."""
    tab = T.load(path or "database_fields")
    return {r["source"].strip().lower(): (r["shp"].strip(), r.get("unit", "").strip(),
                                           r.get("description", "").strip())
            for r in tab.dicts()}


def _clean(name):
    s = re.sub(r"[^0-9A-Za-z_]", "_", str(name)).upper() or "F"
    if s[0].isdigit():
        s = "F" + s
    return s


def field_plan(names, mapping):
    """[(source, shp, unit, description)] for the source field names, shp names ≤ 10
    characters, unique (case-insensitive)."""
    taken = set()
    out = []
    for src in names:
        shp, unit, desc = mapping.get(src.lower(), ("", "", ""))
        shp = _clean(shp or src)[:MAX_NAME]
        base, k = shp, 1
        while shp.upper() in taken:
            suffix = str(k)
            shp = base[:MAX_NAME - len(suffix)] + suffix
            k += 1
        taken.add(shp.upper())
        out.append((src, shp, unit, desc))
    return out


def utf8_parts(text, limit=MAX_BYTES):
    """``text`` cut into parts of at most ``limit`` UTF-8 bytes, on character boundaries.
    No cut falls next to white space (a DBF drops blanks at both ends of a value on
    reading), so joining the parts read back gives the text again."""
    parts, cur, size = [], [], 0
    for ch in str(text):
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            # a DBF drops blanks at both ends of a value: never cut next to one
            keep, carry = list(cur), []
            while keep and (keep[-1].isspace() or (carry[0] if carry else ch).isspace()):
                carry.insert(0, keep.pop())
            if not keep:  # nothing but blanks: cut where the limit falls
                keep, carry = cur, []
            parts.append("".join(keep))
            cur = carry
            size = sum(len(c.encode("utf-8")) for c in cur)
        cur.append(ch)
        size += n
    if cur or not parts:
        parts.append("".join(cur))
    return parts


def too_long(text, limit=MAX_BYTES):
    return text is not None and len(str(text).encode("utf-8")) > limit
