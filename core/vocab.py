"""The domain vocabulary, read from one source each (core/tables):

* zone types (Z 2.1) with their Chinese and English names and the table-7 colours (Z 7.3):
  ``zone_types.csv``; subtypes with their names and code digits (Z table 4):
  ``zone_codes.csv``;
* source counties and key ecological counties (Z 4.6): ``source_counties.csv``,
  ``key_eco_counties.csv``.

core, glue, ui and styles read these functions; a module holding its own copy of a list
here is a defect (CONTRIBUTING, "Where things go"). stdlib only."""

from functools import lru_cache

from . import tables as T


@lru_cache(maxsize=None)
def _zone_types():
    out = []
    for r in T.load("zone_types").dicts():
        out.append((r["zone_type"], r["name_zh"], r["name_en"], r["short_en"],
                    (int(r["red"]), int(r["green"]), int(r["blue"]))))
    return tuple(out)


def zone_types():
    """The six zone types in order: 'I' … 'VI'."""
    return [t[0] for t in _zone_types()]


def type_names_zh():
    """{zone type: 中文名}."""
    return {t[0]: t[1] for t in _zone_types()}


def type_names_en(short=False):
    """{zone type: English name} (``short``: the brief form used in help texts)."""
    return {t[0]: (t[3] if short else t[2]) for t in _zone_types()}


def type_colours():
    """{zone type: (r, g, b)} of Z 7.3 table 7."""
    return {t[0]: t[4] for t in _zone_types()}


@lru_cache(maxsize=None)
def _subtypes():
    return tuple((r["zone_type"], r["subtype"], r["subtype_name"])
                 for r in T.load("zone_codes").dicts())


def subtypes(zone_type=None):
    """Valid subtypes ('I-1' … 'VI-0') in table order, of one type when given."""
    return [s for t, s, _ in _subtypes() if zone_type in (None, t)]


def subtype_names_zh():
    """{subtype: 中文名}."""
    return {s: n for _, s, n in _subtypes()}


def county_codes(name, table=None):
    """The 6-digit admin codes (``adcode``) of the county list ``name``
    ('source_counties' or 'key_eco_counties'), from ``table`` when given (a user's edited
    copy), else the shipped file."""
    table = table if table is not None else T.load(name)
    return [c.strip() for c in table.column("adcode") if c.strip()]
