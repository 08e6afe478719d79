"""Stable codes across versions (N 5.13.2–5.13.3), worked by hand."""

import pytest

from envzoning.core import control as C
from envzoning.core import stablecodes as S
from envzoning.core.errors import EnvZoningError


def test_iou_by_hand():
    # two 10 × 10 squares offset by 1 in x: inter 90, union 110
    assert S.iou(90.0, 100.0, 100.0) == pytest.approx(90.0 / 110.0)
    assert S.iou(0.0, 0.0, 0.0) == 0.0


def test_match_previous_same_class_and_threshold():
    new = [{"cls": 1, "area": 100.0}, {"cls": 2, "area": 100.0}, {"cls": 3, "area": 100.0}]
    old = [{"cls": 1, "area": 100.0}, {"cls": 1, "area": 100.0}, {"cls": 3, "area": 120.0}]
    overlaps = {(0, 0): 95.0,      # IoU 95/105 = 0.905 → keeps old 0
                (1, 1): 100.0,     # same place, class changed 1 → 2: no match
                (2, 2): 100.0}     # IoU 100/120 = 0.833 < 0.9: no match
    assert S.match_previous(new, old, overlaps) == {0: 0}
    assert S.match_previous(new, old, overlaps, keep_iou=0.8) == {0: 0, 2: 2}
    with pytest.raises(EnvZoningError, match="KEEP_IOU"):
        S.match_previous(new, old, overlaps, keep_iou=0.4)


def test_assign_stable_next_free_serial_never_reuses_retired():
    old = [{"cls": 1, "code": "ZH33102410001"}, {"cls": 1, "code": "ZH33102410002"},
           {"cls": 3, "code": "ZH33102430001"}]
    new = [{"cls": 1, "x": 0, "y": 100}, {"cls": 1, "x": 0, "y": 50},
           {"cls": 1, "x": 0, "y": 900}, {"cls": 2, "x": 0, "y": 0}]
    # new 1 is old ZH…10002; old ZH…10001 and ZH…30001 are retired
    codes = S.assign_stable(new, old, {1: 1}, lambda c, n: C.unit_code("331024", c, n),
                            lambda code: (C.unit_serial(code) or (None, None))[1],
                            C.unit_order_key)
    # unmatched class-1 units take 3, 4 north to south (y 900 before y 100); 0001 is not reused
    assert codes == ["ZH33102410004", "ZH33102410002", "ZH33102410003", "ZH33102420001"]


def test_assign_stable_duplicate_previous_code():
    old = [{"cls": 1, "code": "ZH33102410001"}]
    new = [{"cls": 1, "x": 0, "y": 0}, {"cls": 1, "x": 5, "y": 0}]
    # a (hypothetical) double match of one old code is caught
    with pytest.raises(EnvZoningError, match="ZH33102410001"):
        S.assign_stable(new, old, {0: 0, 1: 0}, lambda c, n: "ZH33102410001",
                        lambda code: 1, C.unit_order_key)


def test_code_changes():
    old = {"A": {"cls": 1, "area": 100.0}, "B": {"cls": 2, "area": 100.0},
           "C": {"cls": 3, "area": 100.0}, "D": {"cls": 3, "area": 100.0}}
    new = {"A": {"cls": 1, "area": 100.0}, "B": {"cls": 2, "area": 150.0},
           "C": {"cls": 2, "area": 100.0}, "E": {"cls": 3, "area": 50.0}}
    overlaps = {("A", "A"): 100.0, ("B", "B"): 100.0, ("C", "C"): 100.0}
    rows, counts = S.code_changes(old, new, overlaps)
    status = {r["code"]: r["status"] for r in rows}
    assert status == {"A": "kept", "B": "changed", "C": "changed", "D": "retired", "E": "new"}
    assert counts == {"kept": 1, "changed": 2, "new": 1, "retired": 1}
    assert [r["iou"] for r in rows if r["code"] == "B"] == [round(100 / 150, 4)]
    assert "kept 保留 1" in S.changes_summary(counts)


def test_unit_serial():
    assert C.unit_serial("ZH33102420017") == (2, 17)
    assert C.unit_serial("ZH3310242017") is None
    assert C.unit_serial(None) is None
