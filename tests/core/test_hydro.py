"""Flow directions and nested catchments (core/hydro.py), worked by hand."""

import numpy as np
import pytest

from envzoning.core import hydro as H
from envzoning.core.errors import EnvZoningError


def two_valleys():
    """20 × 21 cells: a ridge on column 10 splits two valleys (columns 0–9 and 11–20), each
    sloping 2 m a column towards its own axis (columns 5 and 15) and 0.1 m a row south:
    a cell drains straight to its axis (2 m > (2 + 0.1) / √2 diagonally), then south.
    Sections at the south end of each valley axis: every cell west of the ridge drains to
    section 1, every cell east to section 2."""
    rows, cols = 20, 21
    r = np.arange(rows)[:, None].astype(float)
    c = np.arange(cols)[None, :].astype(float)
    axis = np.where(c < 10, 5.0, 15.0)
    dem = 100.0 - 0.1 * r + 2.0 * np.abs(c - axis)
    dem[:, 10] = 200.0
    return dem


def test_two_valleys_drain_to_two_sections():
    dem = two_valleys()
    valid = np.ones(dem.shape, bool)
    labels, cells, acc = H.section_catchments(dem, valid, [(19, 5), (19, 15)], radius_cells=1)
    assert cells == [(19, 5), (19, 15)]
    assert (labels[:, :10] == 1).all() and (labels[:, 11:] == 2).all()
    # the ridge cells drain to one side or the other, none is lost
    assert set(np.unique(labels[:, 10])) <= {1, 2}
    assert acc[19, 5] >= 20 * 10        # the whole west valley passes the section


def test_nested_upstream_section_cut_out():
    dem = two_valleys()
    valid = np.ones(dem.shape, bool)
    labels, _, _ = H.section_catchments(dem, valid, [(19, 5), (9, 5)], radius_cells=0)
    # rows 0–9 of the west valley drain through the upstream section 2 first
    assert (labels[:10, :10] == 2).all()
    assert (labels[10:, :10] == 1).all()
    assert (labels[:, 11:] == 0).all()    # the east valley reaches no section


def test_pit_is_filled_and_drains():
    dem = two_valleys()
    dem[8, 5] = 50.0                      # a pit on the west axis
    labels, _, _ = H.section_catchments(dem, np.ones(dem.shape, bool), [(19, 5)], 1)
    assert (labels[:, :10] == 1).all()


def test_same_cell_and_outside():
    dem = two_valleys()
    valid = np.ones(dem.shape, bool)
    with pytest.raises(EnvZoningError, match="same DEM cell"):
        H.section_catchments(dem, valid, [(19, 5), (19, 5)], 1)
    with pytest.raises(EnvZoningError, match="outside"):
        H.section_catchments(dem, valid, [(40, 5)], 1)


def test_unit_class_by_target_and_current():
    assert H.unit_class(2, 2) == (1, False)          # target II: priority
    assert H.unit_class(2, 3) == (1, True)           # exceeding, still priority by function
    assert H.unit_class(3, 4) == (2, True)           # worse than target: key
    assert H.unit_class(3, 3, has_sources=True) == (2, False)
    assert H.unit_class(3, 2) == (3, False)
    assert [H.water_class(v) for v in ("II", "Ⅲ", "III类", "4", "劣V")] == [2, 3, 3, 4, 6]
    with pytest.raises(EnvZoningError, match="VI"):
        H.water_class("VI")
