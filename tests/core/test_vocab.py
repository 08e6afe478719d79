"""One source per vocabulary (core/vocab.py over core/tables): zone types with names and
the table-7 colours of Z 7.3, subtypes of Z table 4, the Z 4.6 county lists."""

from envzoning.core import checks, register, vocab
from envzoning.core import tables as T


def test_zone_types_names_and_table_7_colours():
    assert vocab.zone_types() == ["I", "II", "III", "IV", "V", "VI"]
    assert vocab.type_names_zh()["III"] == "农产品环境保障区"
    # Z 7.3 table 7 (RGB)
    assert vocab.type_colours() == {"I": (240, 60, 0), "II": (0, 200, 50),
                                    "III": (240, 240, 90), "IV": (160, 200, 250),
                                    "V": (90, 160, 250), "VI": (30, 120, 230)}
    assert register.TYPE_ORDER == vocab.zone_types()
    assert register.TYPE_ZH == vocab.type_names_zh()


def test_subtypes_agree_with_the_type_list():
    codes = T.load("zone_codes").dicts()
    assert {r["zone_type"] for r in codes} == set(vocab.zone_types())
    names = vocab.type_names_zh()
    assert all(r["type_name"] == names[r["zone_type"]] for r in codes)
    assert vocab.subtypes("I") == ["I-1", "I-2", "I-3", "I-4", "I-5", "I-6"]
    assert vocab.subtypes("V") == ["V-0"]
    assert len(vocab.subtypes()) == 15
    assert vocab.subtype_names_zh()["II-1"] == "水源涵养区"


def test_county_lists_come_from_the_tables_or_a_users_copy():
    src = vocab.county_codes("source_counties")
    assert "330127" in src and all(len(c) == 6 and c.isdigit() for c in src)
    mine = T.Table(["adcode", "name", "city", "clause"], [["331024", "仙居县", "台州市", "x"]])
    assert vocab.county_codes("source_counties", mine) == ["331024"]
    assert checks.region_kind("331024", source_table=mine, key_table=mine) == checks.KIND_KEY_ECO
