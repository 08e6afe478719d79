"""Tables are validated on read (issue 13 item 3): levels whole 1–5 (factor grades 1–9),
class codes finite whole numbers, breaks finite where they must be, areas >= 0."""

import pytest

from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError


def breaks(rows, col="level"):
    return T.Breaks(T.Table(["min", "max", col], rows, "user_breaks"), col)


@pytest.mark.parametrize("bad", ["300", "-1", "7", "1.5", "nan", "NaN", "inf"])
def test_level_cells_must_be_whole_1_to_5(bad):
    with pytest.raises(EnvZoningError, match=r"user_breaks.*row 2.*level.*'%s'" % bad):
        breaks([["-inf", "1", "1"], ["1", "inf", bad]])


def test_factor_grades_take_1_to_9_only():
    assert breaks([["-inf", "1", "9"], ["1", "inf", "1"]], "grade").values.tolist() == [9, 1]
    with pytest.raises(EnvZoningError, match="'11'"):
        breaks([["-inf", "1", "11"], ["1", "inf", "1"]], "grade")


@pytest.mark.parametrize("lo,hi", [("nan", "1"), ("-inf", "nan"), ("inf", "1"),
                                   ("-inf", "-inf")])
def test_breaks_must_be_numbers_and_usable(lo, hi):
    with pytest.raises(EnvZoningError, match="user_breaks.*row 1"):
        breaks([[lo, hi, "1"], ["1", "inf", "2"]])


def test_open_ends_stay_allowed():
    b = breaks([["1", "inf", "2"], ["-inf", "1", "1"]])   # any order, sorted on read
    assert b.classify([0.5, 3]).tolist() == [1, 2]


@pytest.mark.parametrize("code", ["nan", "inf", "-inf", "1.5", "-1", "70000", "x"])
def test_class_codes_finite_whole(code):
    t = T.Table(["code", "grade"], [["1", "1"], [code, "3"]], "user_codes")
    with pytest.raises(EnvZoningError, match=r"user_codes.*row 2.*code"):
        T.CodeMap(t, "code", "grade")


@pytest.mark.parametrize("bad", ["-1", "nan", "inf"])
def test_areas_non_negative_finite(bad):
    with pytest.raises(EnvZoningError, match="MIN_AREA_BY_TYPE.*row 3"):
        T.to_nonnegative(bad, "MIN_AREA_BY_TYPE", "min_area_km2", 3)
    assert T.to_nonnegative("0.5", "t", "c", 1) == 0.5


def test_every_shipped_level_table_is_valid():
    for name, col in (("erosivity_breaks", "grade"), ("relief_breaks", "grade"),
                      ("ss_level_breaks", "level"), ("air_api_classes", "quality"),
                      ("soil_pi_breaks", "quality")):
        assert set(breaks_of(name, col)) <= set(range(1, 10))


def breaks_of(name, col):
    return T.Breaks(T.load(name), col).values.tolist()


@pytest.mark.parametrize("raw,ok", [("331024", "331024"), ("３３１０２４", "331024"),
                                    (" 331024 ", "331024"), ("٣٣١٠٢٤", None), ("33102", None),
                                    ("33102x", None)])
def test_admin_code_normalised_to_ascii_digits_or_refused(raw, ok):
    from envzoning.core import control as C
    from envzoning.core import naming as N

    if ok is None:
        with pytest.raises(EnvZoningError, match="6"):
            N.admin_prefix(raw)
        with pytest.raises(EnvZoningError, match="ADMIN_CODE"):
            C.check_admin_code(raw)
    else:
        assert N.admin_prefix(raw) == ok[2:]
        assert C.check_admin_code(raw) == ok
        assert C.unit_code(raw, 1, 1) == "ZH%s10001" % ok


GOOD = "min,max,level\n-inf,1,1\n1,inf,5\n"


@pytest.mark.parametrize("kind,content,needle", [
    ("utf16", GOOD.encode("utf-16"), None),
    ("utf8bom", GOOD.encode("utf-8-sig"), None),
    ("gbk", "min,max,level,名称\n-inf,1,1,低\n1,inf,5,高\n".encode("gb18030"), None),
    ("xlsx", b"PK\x03\x04" + b"\x00" * 100, "spreadsheet"),
    ("binary", bytes(range(256)) * 4, "NUL"),
    ("nul", b"min,max,level\n-inf,1,1\x00\n", "NUL"),
    ("ctrl", b"min,max,level\n-inf,1,1\x07\n", "control character"),
    ("huge", ("min,max,level\n-inf,1," + "1" * 20000 + "\n").encode(), "20000 characters"),
    ("huger", ("min,max,level\n-inf,1," + "1" * 200000 + "\n").encode(), "field limit"),
    ("utf16nobom", GOOD.encode("utf-16-le"), "NUL"),
])
def test_table_files_decoded_or_refused_clearly(tmp_path, kind, content, needle):
    p = tmp_path / ("rules_%s.csv" % kind)
    p.write_bytes(content)
    if needle is None:
        t = T.load(str(p))
        assert t.headers[:3] == ["min", "max", "level"] and len(t.rows) == 2
    else:
        with pytest.raises(EnvZoningError, match=needle) as e:
            T.load(str(p))
        assert "rules_%s" % kind in str(e.value)


def test_values_outside_every_class_are_counted():
    import numpy as np

    b = breaks([["0", "1", "1"], ["1", "2", "5"]])
    T.start_tally()
    assert b.classify([0.5, 1.5, 3.0, -1.0, np.nan]).tolist() == [1, 5, 0, 0, 0]
    b.class_index(np.array([5.0, 1.0]), np.array([True, True]))
    assert T.take_tally() == {"user_breaks": (1, 2)}
    assert T.take_tally() == {}   # taken once; no tally outside a run
    b.classify([9.0])
    assert T.take_tally() == {}


def test_no_zero_fraction_is_the_one_dot_zero_rule():
    """'2.0' of a real field reads as '2' (zone types, subtypes, classes, flags alike);
    anything else stays as it was written."""
    from envzoning.core import naming, sensitivity
    from envzoning.core import tables as TT

    assert [TT.no_zero_fraction(t) for t in ("2.0", "-3.0", "10.0", "2.5", "1.00", "II.0",
                                             ".0", "2")] == \
        ["2", "-3", "10", "2.5", "1.00", "II.0", ".0", "2"]
    assert naming.normalize_type("2.0") == "II"
    assert naming.normalize_subtype("II", "1.0") == ("II", "II-1")
    assert sensitivity.parse_flag("1.0", "dykes", "dike", 1) is True
