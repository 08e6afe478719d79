"""The zoning rule language and the default rules 1–9 (SPEC section 4)."""

import numpy as np
import pytest

from envzoning.core import rules as R
from envzoning.core import tables as T
from envzoning.core.errors import EnvZoningError


@pytest.fixture(scope="module")
def default():
    return R.RuleSet.load()


def one_cell(ruleset, **roles):
    """(subtype, rule) of a single cell with the given role values (others 0)."""
    env = {}
    for k, v in roles.items():
        if k in R.CATEGORIES and isinstance(v, str):
            v = R.CATEGORIES[k].index(v) + 1
        env[k] = np.array([[v]])
    code, rule = ruleset.evaluate(env, np.ones((1, 1), dtype=bool))
    if code[0, 0] == 0:
        return None, int(rule[0, 0])
    return R.code_subtype(code[0, 0])[1], int(rule[0, 0])


# -- each default rule firing --------------------------------------------------------------

@pytest.mark.parametrize("role,subtype", [
    ("nature_reserve", "I-1"), ("scenic_area", "I-2"), ("forest_park", "I-3"),
    ("geopark", "I-4"), ("water_source_protection", "I-5"), ("redline", "I-6")])
def test_rule1_protected_roles(default, role, subtype):
    # even on existing industrial land with top importance, a protected area wins
    assert one_cell(default, protected=role, planning="industrial_existing", imp=5,
                    dominant_imp=1) == (subtype, 1)


def test_rule2_remote_extreme_cells_are_red_line(default):
    cell = dict(sens=5, imp=5, pop_grade=1, eco_grade=1, dominant_imp=1)
    assert one_cell(default, **cell) == ("I-6", 2)
    # one condition missing → not rule 2 but rule 5 (II by dominant factor)
    assert one_cell(default, **dict(cell, pop_grade=3)) == ("II-1", 5)
    assert one_cell(default, **dict(cell, sens=4)) == ("II-1", 5)


def test_rule3_existing_industry_and_rule4_urban(default):
    assert one_cell(default, planning="industrial_existing", imp=5, dominant_imp=2) == ("V-0", 3)
    assert one_cell(default, planning="urban", sens=5, landcover_role="forest") == ("IV-0", 4)


@pytest.mark.parametrize("cell,expected", [
    (dict(imp=4, dominant_imp=1), "II-1"),
    (dict(imp=5, dominant_imp=2), "II-2"),
    (dict(imp=4, dominant_imp=3), "II-3"),
    (dict(imp=5, dominant_imp=4), "II-4"),          # flood regulation → other
    (dict(sens=4), "II-2"),                          # erosion (no dominant layer)
    (dict(sens=5, dominant_sens=1), "II-2"),
    (dict(sens=4, dominant_sens=2, riparian=4), "II-4"),
    (dict(imp=3, riparian=2), "II-4"),
    (dict(imp=3, sens=3, dominant_imp=1), None),     # not important enough: not rule 5
])
def test_rule5_by_dominant_factor(default, cell, expected):
    sub, rule = one_cell(default, landcover_role="other", **cell)
    if expected is None:
        assert rule != 5
    else:
        assert (sub, rule) == (expected, 5)


def test_rule6_forest_water_wetland(default):
    for role in ("forest", "water", "wetland"):
        assert one_cell(default, landcover_role=role, sens=3) == ("II-4", 6)
    # aquaculture water is planning's III-2, not II-4
    assert one_cell(default, landcover_role="water", planning="aquaculture") == ("III-2", 7)


def test_rule7_farmland_and_aquaculture(default):
    assert one_cell(default, landcover_role="cropland") == ("III-1", 7)
    assert one_cell(default, landcover_role="garden") == ("III-1", 7)
    assert one_cell(default, planning="farmland", landcover_role="urban") == ("III-1", 7)


def test_rule8_planned_industry(default):
    cell = dict(planning="industrial_planned", p1=2, landcover_role="other", a_class=5)
    assert one_cell(default, **cell) == ("VI-0", 8)
    # in a key ecological county, or with P1 = 3, or without a P1 value: not VI
    assert one_cell(default, **dict(cell, key_eco_county=1)) == ("IV-0", 9)
    assert one_cell(default, **dict(cell, p1=3)) == ("IV-0", 9)
    assert one_cell(default, **dict(cell, p1=0, a_class=2)) == (R.NEIGHBOUR, 9)
    # Z 4.3.2 (decision 16): planned industry on today's cropland (P1 <= 2) is VI — only
    # basic farmland goes to III before rule 8; other cropland is III after it. With P1 = 3
    # the cropland rule catches it; on forest rule 6 still wins.
    assert one_cell(default, **dict(cell, landcover_role="cropland")) == ("VI-0", 8)
    assert one_cell(default, **dict(cell, landcover_role="garden")) == ("VI-0", 8)
    assert one_cell(default, **dict(cell, landcover_role="cropland", p1=3)) == ("III-1", 7)
    assert one_cell(default, **dict(cell, landcover_role="forest")) == ("II-4", 6)


def test_riparian_level5_and_coastal_are_red_line(default):
    # Z 4.2.1: important riparian strips and coastal zones are 自然生态红线区 (I-6, rule 2);
    # other riparian strips stay II-4 (rule 5), even on cropland
    assert one_cell(default, riparian=5, landcover_role="cropland") == ("I-6", 2)
    assert one_cell(default, coastal=1, landcover_role="cropland") == ("I-6", 2)
    assert one_cell(default, riparian=3, landcover_role="cropland") == ("II-4", 5)
    assert one_cell(default, riparian=4, sens=4, dominant_sens=2) == ("II-4", 5)


@pytest.mark.parametrize("planning,cover,expected", [
    ("construction_prohibited", "cropland", ("I-6", 1)),    # 禁建区 → I (Z 4.3.2)
    ("eco_prohibited", "other", ("I-6", 1)),               # 禁止准入区 → I (table 1)
    ("eco_optimised", "cropland", ("V-0", 3)),             # 优化准入区 → V (table 1)
    ("construction_built", "cropland", ("IV-0", 4)),        # 已建区 → IV
    ("construction_suitable", "other", ("IV-0", 4)),        # 适建区 → IV
    ("construction_restricted", "cropland", ("III-1", 7)),  # 限建区: its cropland → III
    ("construction_restricted", "other", ("II-4", 6)),      # … the rest → II
    ("eco_restricted", "other", ("II-4", 6)),
    ("eco_key", "cropland", ("VI-0", 8)),                  # 重点准入区 → VI (P1 <= 2)
])
def test_master_plan_and_old_plan_roles(default, planning, cover, expected):
    assert one_cell(default, planning=planning, landcover_role=cover, p1=2) == expected


def test_default_rule_order_of_z_432(default):
    """Rules 1…9 all present; basic farmland (rule 7) before rule 8 (VI), the other
    cropland and garden land (rule 7 again) after it (Z 4.3.2, decision 16)."""
    conds = [r.condition for r in default.rules]
    numbers = [r.number for r in default.rules]
    assert set(numbers) == set(range(1, 10))
    farm = conds.index("planning == 'farmland'")
    vi = next(i for i, r in enumerate(default.rules) if r.subtype == "VI-0")
    crop = next(i for i, c in enumerate(conds) if "'cropland'" in c)
    assert farm < vi < crop


def test_role_vocabulary_from_table():
    v = R.VOCABULARY
    # English key, Chinese name, alias, table code, legacy 1-based position: one value
    for text in ("industrial_existing", "现有工业区", "现有工业园区", "301", "1", "1.0",
                 "Industrial_Existing", "３０１"):
        assert v.code("planning", text) == 1, text
    assert v.code("planning", "禁建区") == R.CATEGORIES["planning"].index(
        "construction_prohibited") + 1
    assert v.key("现有工业区") == "industrial_existing"
    assert v.key("301") == "industrial_existing"
    assert v.key("其他") is None          # protected 'redline' or land cover 'other'
    assert v.canonical("noise_1") == "noise_1"
    # overlap priority: basic farmland before planned industrial land before 适建区
    pos = {k: i + 1 for i, k in enumerate(R.CATEGORIES["planning"])}
    assert v.priority("planning", pos["farmland"]) < v.priority("planning",
                                                                pos["industrial_planned"])
    assert v.priority("planning", pos["construction_prohibited"]) < v.priority(
        "planning", pos["industrial_planned"])


def test_vocabulary_edited_table_adds_a_role():
    rows = [["planning", "industrial_existing", "301", "1", "现有工业区", "x", "", ""],
            ["planning", "tourism", "399", "2", "旅游度假区", "resort", "度假区", ""]]
    voc = R.Vocabulary(T.Table(list(R.ROLE_COLUMNS) + ["clause"], rows, "my_roles"))
    assert voc.code("planning", "度假区", "plan", "role") == 2
    rs = R.RuleSet.from_table(T.Table(["rule", "condition", "zone_type", "subtype"],
                                      [["4", "planning == '旅游度假区'", "IV", "IV-0"]], "r"), voc)
    code, rule = rs.evaluate({"planning": np.array([[2, 1]])}, np.ones((1, 2), bool))
    assert code.tolist() == [[40, 0]]
    with pytest.raises(EnvZoningError, match="code '12' must be a whole number >= 100"):
        R.Vocabulary(T.Table(list(R.ROLE_COLUMNS), [["planning", "a", "12", "", "", "", ""]],
                             "bad"))


def test_rule9_a_class_or_neighbour(default):
    assert one_cell(default, landcover_role="urban", a_class=4) == ("IV-0", 9)
    assert one_cell(default, landcover_role="urban", a_class=3) == (R.NEIGHBOUR, 9)
    assert one_cell(default) == (R.NEIGHBOUR, 9)


def test_vectorised_first_match_and_outside(default):
    # 2 × 3 cells, one outside the region
    env = {"protected": np.array([[1, 0, 0], [0, 0, 0]]),
           "planning": np.array([[3, 3, 0], [0, 0, 0]]),
           "landcover_role": np.array([[2, 2, 2], [4, 7, 7]]),
           "a_class": np.array([[1, 1, 1], [1, 5, 1]])}
    valid = np.array([[True, True, True], [True, True, False]])
    code, rule = default.evaluate(env, valid)
    assert code.tolist() == [[11, 40, 24], [31, 40, 0]]
    assert rule.tolist() == [[1, 4, 6], [7, 9, 0]]


# -- rule order -----------------------------------------------------------------------------

def table(rows):
    return T.Table(["rule", "condition", "zone_type", "subtype"], rows, "test_rules")


def test_rule_order_first_match_wins():
    a = R.RuleSet.from_table(table([["1", "sens >= 3", "II", "II-4"],
                                    ["2", "sens >= 4", "I", "I-6"]]))
    b = R.RuleSet.from_table(table([["2", "sens >= 4", "I", "I-6"],
                                    ["1", "sens >= 3", "II", "II-4"]]))
    assert one_cell(a, sens=5) == ("II-4", 1)
    assert one_cell(b, sens=5) == ("I-6", 2)
    assert one_cell(b, sens=3) == ("II-4", 1)
    assert one_cell(b, sens=2) == (None, 0)


def test_no_match_leaves_zero():
    rs = R.RuleSet.from_table(table([["1", "sens == 5", "II", "II-4"]]))
    code, rule = rs.evaluate({"sens": np.array([[5, 4]])}, np.ones((1, 2), bool))
    assert code.tolist() == [[24, 0]] and rule.tolist() == [[1, 0]]


# -- the language ---------------------------------------------------------------------------

@pytest.mark.parametrize("cond,sens,expected", [
    ("sens in (1, 3)", [1, 2, 3], [1, 0, 1]),
    ("sens not in (1, 3)", [1, 2, 3], [0, 1, 0]),
    ("1 < sens <= 3", [1, 2, 3], [0, 1, 1]),
    ("not sens == 2", [1, 2, 3], [1, 0, 1]),
    ("sens", [0, 2, 0], [0, 1, 0]),
    ("sens == 1 or sens == 3 and sens != 1", [1, 2, 3], [1, 0, 1]),
    ("(sens == 1 or sens == 3) and sens != 1", [1, 2, 3], [0, 0, 1]),
    ("sens > -1 and true", [0, 2, 3], [1, 1, 1]),
    ("false", [1, 2, 3], [0, 0, 0]),
])
def test_expressions(cond, sens, expected):
    fn, used = R.compile_condition(cond, 1, 1)
    got = np.broadcast_to(fn({"sens": np.array(sens)}), (3,)).astype(int).tolist()
    assert got == expected


def test_string_values_must_belong_to_the_role():
    fn, used = R.compile_condition("landcover_role in ('forest', 'water')", 6, 1)
    assert used == {"landcover_role"}
    assert fn({"landcover_role": np.array([1, 2, 3, 0])}).tolist() == [True, True, False, False]
    with pytest.raises(EnvZoningError, match="'forests' is not a value of landcover_role"):
        R.compile_condition("landcover_role == 'forests'", 6, 1)
    with pytest.raises(EnvZoningError, match="can only be compared"):
        R.compile_condition("sens == 'forest'", 6, 1)


@pytest.mark.parametrize("cond,pos,what", [
    ("__import__('os')", 1, "function calls"),
    ("sens.real", 1, "attribute access"),
    ("f(x)", 1, "function calls"),
    ("sens == 1 and x[0] == 1", 15, "subscripts"),
    ("lambda: 1", 1, "lambda"),
    ("[s for s in sens]", 1, "comprehensions"),
    ("sens + 1 > 2", 1, "arithmetic"),
    ("sens == 1 and os == 2", 15, "unknown name 'os'"),
    ("sens === 2", 8, "syntax error"),
])
def test_parser_rejects(cond, pos, what):
    with pytest.raises(EnvZoningError) as exc:
        R.compile_condition(cond, 7, 12)
    msg = str(exc.value)
    assert "Rule 7 (row 12), character %d" % pos in msg
    assert what in msg
    assert "规则 7" in msg


def test_rule_table_errors_name_row_and_rule():
    with pytest.raises(EnvZoningError, match=r"Rule 3 \(row 2\), character 1: function calls"):
        R.RuleSet.from_table(table([["1", "true", "II", "II-4"],
                                    ["3", "open('x')", "II", "II-4"]]))
    with pytest.raises(EnvZoningError, match="zone_type 'III' does not match subtype 'II-1'"):
        R.RuleSet.from_table(table([["1", "true", "III", "II-1"]]))
    with pytest.raises(EnvZoningError, match="rule number 'x'"):
        R.RuleSet.from_table(table([["x", "true", "II", "II-1"]]))
    with pytest.raises(EnvZoningError, match="not a zone subtype"):
        R.RuleSet.from_table(table([["1", "true", "II", "II-x"]]))


def test_never_executes(monkeypatch):
    """ast.parse calls compile() with PyCF_ONLY_AST (a parse, no code object); nothing
    else may reach eval/exec/compile."""
    import ast
    import builtins
    calls = []
    for name in ("eval", "exec", "compile"):
        orig = getattr(builtins, name)

        def spy(*a, _o=orig, _n=name, **k):
            flags = a[3] if len(a) > 3 else k.get("flags", 0)
            if not (_n == "compile" and flags & ast.PyCF_ONLY_AST):
                calls.append(_n)
            return _o(*a, **k)
        monkeypatch.setattr(builtins, name, spy)
    R.RuleSet.load().evaluate({"sens": np.array([[5]])}, np.ones((1, 1), bool))
    assert calls == []


def test_codes_and_categories():
    assert R.subtype_code("I-1") == 11 and R.subtype_code("VI-0") == 60
    assert R.code_subtype(23) == ("II", "II-3")
    assert R.code_subtype(R.NEIGHBOUR_CODE) == (R.NEIGHBOUR, R.NEIGHBOUR)
    assert R.category_code("protected", "饮用水水源保护区") == 5
    assert R.category_code("planning", "3") == 3
    with pytest.raises(EnvZoningError, match="Layer 'parks', field 'kind': value 'zoo'"):
        R.category_code("protected", "zoo", "parks", "kind")


def test_landcover_roles_default_and_unknown_code():
    lc = R.LandcoverRoles(T.load("landcover_roles"))
    codes = np.array([[1, 2, 3, 5], [8, 9, 4, 0]])
    valid = codes > 0
    got = lc.apply(codes, valid, "lc")
    names = R.CATEGORIES["landcover_role"]
    assert [[names[v - 1] if v else "" for v in r] for r in got.tolist()] == [
        ["cropland", "forest", "forest", "water"], ["urban", "wetland", "other", ""]]
    with pytest.raises(EnvZoningError, match="class value\\(s\\) 12"):
        lc.apply(np.array([12]), np.array([True]), "lc")


def test_red_line_strips_leave_existing_built_land(default):
    # the level-5 / coastal row comes after rules 3 and 4: a town on the river stays IV
    assert one_cell(default, riparian=5, planning="urban") == ("IV-0", 4)
    assert one_cell(default, coastal=1, planning="industrial_existing") == ("V-0", 3)
    # … but before rule 5 (II) and the planned industry of rule 8
    assert one_cell(default, riparian=5, planning="industrial_planned", p1=1) == ("I-6", 2)


def test_valid_code_mask_is_the_vocabulary():
    """Exactly the 15 subtypes of zone_codes.csv and NEIGHBOUR (mergezones' check)."""
    mask = R.valid_code_mask()
    assert mask.shape == (256,) and mask.dtype == bool
    assert sorted(np.flatnonzero(mask).tolist()) == [11, 12, 13, 14, 15, 16, 21, 22, 23, 24,
                                                     31, 32, 40, 50, 60, 99]
    assert R.TYPES == ("I", "II", "III", "IV", "V", "VI")
