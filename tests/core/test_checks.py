"""The zoning checks of Z 4.6 / 4.5: each one failing when it should and passing when it should."""

import numpy as np
import pytest

from envzoning.core import checks as C
from envzoning.core.errors import EnvZoningError

GOOD = {"I": 50.0, "II": 40.0, "III": 5.0, "IV": 3.0, "V": 1.5, "VI": 0.5}


def by_check(rows):
    return {r["check"]: r for r in rows}


def run(area=None, fw=(80.0, 20.0), kind=C.KIND_SOURCE, **kw):
    kw.setdefault("region_km2", 100.0)
    kw.setdefault("gap_km2", 0.0)
    kw.setdefault("overlap_km2", 0.0)
    return by_check(C.run_checks(area or GOOD, fw[0], fw[1], kind, **kw))


def test_all_pass_on_a_good_zoning():
    rows = run()
    assert rows["overall"]["result"] == "pass"
    assert rows["i_ii_share"]["result"] == "pass"
    assert rows["i_ii_share"]["figure"] == pytest.approx(90.0)
    assert rows["i_ii_share"]["threshold"] == pytest.approx(90.0)   # 90 % of 100, exact edge
    assert rows["forest_water"]["figure"] == pytest.approx(100.0)


def test_i_ii_share_source_county_fails_below_90():
    area = dict(GOOD, II=39.9)
    rows = run(area)
    assert rows["i_ii_share"]["result"] == "fail"
    assert rows["overall"]["result"] == "fail"
    assert "i_ii_share" in rows["overall"]["detail"]


def test_i_ii_share_other_region_75():
    area = dict(GOOD, I=40.0, II=35.0)          # 75 of 100
    assert run(area, kind=C.KIND_OTHER)["i_ii_share"]["result"] == "pass"
    assert run(area, kind=C.KIND_SOURCE)["i_ii_share"]["result"] == "fail"
    area = dict(GOOD, I=40.0, II=34.9)
    rows = run(area, kind=C.KIND_OTHER)
    assert rows["i_ii_share"]["result"] == "fail"
    assert rows["i_ii_share"]["threshold"] == pytest.approx(75.0)


def test_key_ecological_county_held_to_90():
    area = dict(GOOD, VI=0.0, I=40.0, II=45.0)   # 85 %
    assert run(area, kind=C.KIND_KEY_ECO)["i_ii_share"]["result"] == "fail"


def test_custom_ratio():
    area = dict(GOOD, I=40.0, II=45.0)
    assert run(area, source_ratio=0.85)["i_ii_share"]["result"] == "pass"


def test_no_forest_or_water_is_not_applicable():
    assert run(fw=(0.0, 0.0))["i_ii_share"]["result"] == "n/a"


def test_vi_not_larger_than_v():
    assert run(dict(GOOD, V=2.0, VI=2.0))["vi_le_v"]["result"] == "pass"
    rows = run(dict(GOOD, V=2.0, VI=2.1))
    assert rows["vi_le_v"]["result"] == "fail"
    assert rows["overall"]["result"] == "fail"


def test_no_vi_in_key_ecological_county():
    rows = run(dict(GOOD, VI=0.3), kind=C.KIND_KEY_ECO)
    assert rows["no_vi_key_eco"]["result"] == "fail"
    assert run(dict(GOOD, VI=0.0), kind=C.KIND_KEY_ECO)["no_vi_key_eco"]["result"] == "pass"
    assert run(dict(GOOD, VI=0.3), kind=C.KIND_SOURCE)["no_vi_key_eco"]["result"] == "n/a"


def test_vi_next_to_i_ii_is_flagged_not_failed():
    rows = run(vi_neighbours=[("1024-Ⅵ-0-1", "1024-Ⅱ-1-2"), ("1024-Ⅵ-0-1", "1024-Ⅱ-1-2")])
    assert rows["vi_next_to_i_ii"]["result"] == "flag"
    assert rows["vi_next_to_i_ii"]["figure"] == 1          # duplicates counted once
    assert "1024-Ⅵ-0-1 – 1024-Ⅱ-1-2" in rows["vi_next_to_i_ii"]["detail"]
    assert rows["overall"]["result"] == "pass"
    assert "vi_next_to_i_ii" in rows["overall"]["detail"]
    assert run()["vi_next_to_i_ii"]["result"] == "pass"


def test_gaps_against_tolerance():
    # tolerance 0.01 % of 100 km² = 0.01 km²
    assert run(gap_km2=0.009)["gaps"]["result"] == "pass"
    rows = run(gap_km2=0.02)
    assert rows["gaps"]["result"] == "fail"
    assert rows["gaps"]["threshold"] == pytest.approx(0.01)
    assert run(region_km2=None, gap_km2=None)["gaps"]["result"] == "n/a"


def test_overlaps_against_tolerance():
    assert run(overlap_km2=0.005)["overlaps"]["result"] == "pass"
    assert run(overlap_km2=0.5)["overlaps"]["result"] == "fail"
    # without a region any overlap fails
    assert run(region_km2=None, gap_km2=None, overlap_km2=1e-6)["overlaps"]["result"] == "fail"


def test_invalid_and_multipart():
    rows = run(invalid=2)
    assert rows["invalid"]["result"] == "fail" and rows["invalid"]["figure"] == 2
    rows = run(multipart=["1024-Ⅲ-1-4 横溪镇粮食及优势农作物环境保障区"])
    assert rows["multipart"]["result"] == "flag" and rows["multipart"]["figure"] == 1
    assert rows["overall"]["result"] == "pass"


def test_area_rows_and_types_in_any_form():
    rows = run({"Ⅰ": 10.0, "2": 5.0, "II": 5.0})
    assert rows["area_I"]["figure"] == 10.0
    assert rows["area_II"]["figure"] == 10.0
    assert rows["area_VI"]["figure"] == 0.0


def test_bad_kind():
    with pytest.raises(EnvZoningError, match="Region kind"):
        C.run_checks(GOOD, 1, 1, "county")


@pytest.mark.parametrize("code,kind", [("331024", C.KIND_SOURCE), ("330624", C.KIND_SOURCE),
                                       ("330127", C.KIND_KEY_ECO), ("331127", C.KIND_KEY_ECO),
                                       ("331122", C.KIND_SOURCE), ("330102", C.KIND_OTHER)])
def test_region_kind_by_admin_code(code, kind):
    assert C.region_kind(code) == kind


def test_county_lists_of_the_seed():
    from envzoning.core import tables as T

    src = T.load("source_counties")
    key = T.load("key_eco_counties")
    assert len(src.rows) == 14            # Z 4.6.1 "等14个"
    assert len(key.rows) == 9             # Z 4.6.2 names nine ("等10个")
    assert set(key.column("adcode")) <= set(src.column("adcode"))
    with pytest.raises(EnvZoningError, match="6-digit"):
        C.region_kind("3310")


def test_parse_codes():
    assert C.parse_codes("2, 3，5;9") == [2, 3, 5, 9]
    with pytest.raises(EnvZoningError, match="'x'"):
        C.parse_codes("2,x")


def test_cover_counts_block():
    codes = np.array([[2, 3, 5], [9, 1, 2]])
    valid = np.array([[True, True, True], [True, True, False]])
    assert C.cover_counts(codes, valid, [2, 3], [5, 9]) == (2, 2)
    mask = np.array([[True, False, True], [True, True, True]])
    assert C.cover_counts(codes, valid, [2, 3], [5, 9], mask) == (1, 2)


def test_cover_areas_on_a_raster(tmp_path, make_grid):
    from envzoning.core import raster as R

    grid = make_grid(4, 3, cell=100.0)             # 0.01 km² cells
    cover = np.array([[2, 2, 3, 1],
                      [5, 9, 0, 8],
                      [2, 1, 5, 2]], dtype="uint8")  # 0 = nodata
    mask = np.array([[1, 1, 1, 1],
                     [1, 1, 1, 1],
                     [0, 0, 1, 1]], dtype="uint8")
    lc = str(tmp_path / "lc.tif")
    mk = str(tmp_path / "mask.tif")
    R.write_array(lc, cover, grid, nodata=0)
    R.write_array(mk, mask, grid, nodata=0)
    f, w = C.cover_areas(lc, grid, [2, 3], [5, 9])
    assert f == pytest.approx(0.05) and w == pytest.approx(0.03)
    f, w = C.cover_areas(lc, grid, [2, 3], [5, 9], mk)
    assert f == pytest.approx(0.04) and w == pytest.approx(0.03)


def test_report_text_lists_every_check():
    text = C.format_report(C.run_checks(GOOD, 80, 20, C.KIND_SOURCE, region_km2=100,
                                        gap_km2=0, overlap_km2=0))
    for check in ("i_ii_share", "vi_le_v", "no_vi_key_eco", "gaps", "overlaps", "overall"):
        assert check in text


def test_vi_neighbour_needs_a_border_not_a_corner():
    from envzoning.core import checks as CK

    assert CK.vi_neighbour("VI", "I", 120.0, 0.0) == 1
    assert CK.vi_neighbour("II", "VI", 0.0, 5.0) == 2
    assert CK.vi_neighbour("VI", "II", 0.0, 0.0) == 0      # a corner point
    assert CK.vi_neighbour("VI", "III", 50.0, 0.0) == 0
    assert CK.vi_neighbour("V", "I", 50.0, 0.0) == 0
