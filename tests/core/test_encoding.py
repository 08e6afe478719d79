"""core.encoding: the text encoding of a shapefile's DBF, decided on the raw bytes of the
records (SPEC section 7). DBFs are written byte by byte here (dBase III layout)."""

import struct

import pytest

from envzoning.core import encoding as E


def write_dbf(path, fields, rows, ldid=0, encoding="gb18030"):
    """fields: [(name, type, length)]; rows: lists of str (encoded with ``encoding``,
    cut to the field width as bytes) or bytes (written as given)."""
    hlen = 32 + 32 * len(fields) + 1
    rlen = 1 + sum(f[2] for f in fields)
    head = struct.pack("<BBBBIHH", 3, 124, 1, 1, len(rows), hlen, rlen)
    head += b"\x00" * 17 + bytes([ldid]) + b"\x00\x00"
    assert len(head) == 32
    desc = b""
    for name, ftype, flen in fields:
        desc += name.encode("ascii").ljust(11, b"\x00") + ftype.encode() + b"\x00" * 4
        desc += bytes([flen, 0]) + b"\x00" * 14
    body = b""
    for row in rows:
        body += b" "
        for (_, ftype, flen), v in zip(fields, row):
            raw = v if isinstance(v, bytes) else str(v).encode(encoding)
            raw = raw[:flen]
            body += raw.rjust(flen) if ftype == "N" else raw.ljust(flen)
    with open(path, "wb") as fh:
        fh.write(head + desc + b"\r" + body + b"\x1a")
    return str(path)


FIELDS = [("name", "C", 20), ("code", "C", 9), ("pop", "N", 8)]
NAMES = ["福应街道", "南峰街道", "安洲街道", "横溪镇", "埠头镇", "白塔镇", "湫山乡"]


def rows(names):
    return [[n, "331024%03d" % i, str(1000 * i)] for i, n in enumerate(names)]


def test_gb18030_without_cpg_or_ldid(tmp_path):
    shp = str(tmp_path / "towns.shp")
    write_dbf(tmp_path / "towns.dbf", FIELDS, rows(NAMES), encoding="gb18030")
    info = E.detect(shp)
    assert (info.encoding, info.source) == ("GB18030", "gb18030")
    assert E.override_for(shp) == "GB18030"
    # and the bytes really are not UTF-8 (the test would prove nothing otherwise)
    values, _ = E.text_values(str(tmp_path / "towns.dbf"))
    assert any(not E._utf8_ok(v, w) for v, w in values)


def test_utf8_without_cpg_is_utf8_and_needs_no_override(tmp_path):
    shp = str(tmp_path / "towns.shp")
    write_dbf(tmp_path / "towns.dbf", FIELDS, rows(NAMES), encoding="utf-8")
    info = E.detect(shp)
    assert (info.encoding, info.source) == ("UTF-8", "utf-8")
    assert E.override_for(shp) is None


def test_utf8_cut_inside_a_character_at_a_full_field_is_still_utf8(tmp_path):
    # 7 bytes of a 3-byte-per-character name: "福应" + the first byte of "街"
    fields = [("name", "C", 7)]
    write_dbf(tmp_path / "cut.dbf", fields, [["福应街道"], ["南峰"]], encoding="utf-8")
    assert E.detect(str(tmp_path / "cut.dbf")).source == "utf-8"


def test_gbk_field_of_odd_width_cut_inside_a_character(tmp_path):
    fields = [("name", "C", 5)]
    write_dbf(tmp_path / "cut.dbf", fields, [["福应街道"], ["横溪镇"]], encoding="gb18030")
    assert E.detect(str(tmp_path / "cut.dbf")).source == "gb18030"


def test_ascii_only_decides_nothing(tmp_path):
    write_dbf(tmp_path / "a.dbf", FIELDS, rows(["Fuying", "Nanfeng"]))
    info = E.detect(str(tmp_path / "a.shp"))
    assert (info.encoding, info.source) == (None, "ascii")
    assert E.override_for(str(tmp_path / "a.shp")) is None


def test_cpg_wins_over_the_bytes(tmp_path):
    write_dbf(tmp_path / "t.dbf", FIELDS, rows(NAMES), encoding="gb18030")
    (tmp_path / "t.cpg").write_text("936\n")
    info = E.detect(str(tmp_path / "t.shp"))
    assert (info.encoding, info.source) == ("cp936", "cpg")
    assert E.override_for(str(tmp_path / "t.shp")) is None   # GDAL reads the .cpg itself
    (tmp_path / "t.cpg").write_text("UTF-8")
    assert E.detect(str(tmp_path / "t.shp")).encoding == "UTF-8"
    (tmp_path / "t.cpg").write_text("65001")
    assert E.detect(str(tmp_path / "t.shp")).encoding == "utf-8"


def test_ldid_names_the_code_page_but_0x57_says_nothing(tmp_path):
    write_dbf(tmp_path / "l.dbf", FIELDS, rows(NAMES), ldid=0x4D, encoding="gb18030")
    assert (E.detect(str(tmp_path / "l.shp")).encoding,
            E.detect(str(tmp_path / "l.shp")).source) == ("gbk", "ldid")
    assert E.override_for(str(tmp_path / "l.shp")) is None
    # 0x57 = "the ANSI code page of the writer": decided on the bytes
    write_dbf(tmp_path / "m.dbf", FIELDS, rows(NAMES), ldid=0x57, encoding="gb18030")
    assert E.detect(str(tmp_path / "m.shp")).source == "gb18030"


def test_undecidable_bytes_are_unknown(tmp_path):
    # 0xFF is neither UTF-8 nor a GB18030 lead byte
    write_dbf(tmp_path / "u.dbf", [("name", "C", 6)], [[b"\xff\xfe\xff"], [b"ab"]])
    info = E.detect(str(tmp_path / "u.shp"))
    assert (info.encoding, info.source) == (None, "unknown")
    assert E.override_for(str(tmp_path / "u.shp")) is None


def test_deleted_records_and_numeric_fields_are_skipped(tmp_path):
    path = write_dbf(tmp_path / "d.dbf", FIELDS, rows(NAMES[:2]), encoding="gb18030")
    values, ldid = E.text_values(path)
    assert ldid == 0
    got = sorted(v.decode("gb18030") for v, _ in values)
    assert got == sorted(NAMES[:2] + ["331024000", "331024001"])
    data = bytearray(open(path, "rb").read())
    hlen = struct.unpack("<H", data[8:10])[0]
    data[hlen] = ord("*")                       # delete the first record
    open(path, "wb").write(bytes(data))
    got = sorted(v.decode("gb18030") for v, _ in E.text_values(path)[0])
    assert got == sorted([NAMES[1], "331024001"])


@pytest.mark.parametrize("name", ["x.gpkg", "x.csv", "missing.shp"])
def test_not_a_shapefile(tmp_path, name):
    info = E.detect(str(tmp_path / name))
    assert info.encoding is None and info.source == "no dbf"
    assert E.override_for(str(tmp_path / name)) is None


@pytest.mark.parametrize("chunk", [4 * 1024 * 1024, 1000])
def test_whole_dbf_is_read_gb18030_after_30000_ascii_records(tmp_path, monkeypatch, chunk):
    """Issue 13: detection sampled the first 20 000 records only; Chinese names after them
    were read as Latin-1. The whole table is read now, chunk by chunk."""
    monkeypatch.setattr(E, "CHUNK_BYTES", chunk)
    many = [["town%05d" % i, "331024%03d" % (i % 1000), str(i)] for i in range(30000)]
    write_dbf(tmp_path / "big.dbf", FIELDS, many + rows(NAMES), encoding="gb18030")
    info = E.detect(str(tmp_path / "big.shp"))
    assert (info.encoding, info.source) == ("GB18030", "gb18030")
    values, _ = E.text_values(str(tmp_path / "big.dbf"))
    assert len(values) == 2 * (30000 + len(NAMES))
