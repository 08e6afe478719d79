"""The per-block method of each evaluation raster algorithm (SPEC sections 3, 8).

Each class is built once per run (its models and lookup tables with it) and is the
function :func:`core.raster.block_map` calls on every block: it takes the block's arrays
and returns ``{output name: array}``. The algorithm modules only wire layers to input
names and outputs to paths; the method is here, and tested here without QGIS.

Input names are fixed per class (documented on each). ``mask`` / ``inside`` inputs are
region masks (0 / nodata outside).
"""

import numpy as np

from . import importance as I
from . import sensitivity as S

__all__ = ["SoilErosionBlock", "CombineMaxBlock", "SoilConservationBlock",
           "WaterConservationBlock", "BiodiversityBlock", "FloodBlock",
           "ImportanceCombineBlock"]


class SoilErosionBlock:
    """Soil-erosion sensitivity (Z annex 1, table 1-1). Inputs ``r`` (erosivity),
    ``soil`` (texture codes), ``cover`` (land-cover codes), either ``relief`` or ``dem``
    (with a halo of ``window // 2``), optional ``mask``. Outputs ``level`` and, only when
    ``want_index``, ``index`` (SS): SS is not looked up when it is not written.
    ``r_factor`` converts the erosivity to table 1-1's units (1 for them; 1/17.02 for SI);
    ``r_sum`` / ``r_count`` tally the raw values inside the mask (the unit plausibility
    check, :func:`mean_r`)."""

    def __init__(self, model, window=1, labels=("EROSIVITY", "SOIL", "RELIEF", "LANDCOVER"),
                 want_index=True, r_factor=1.0):
        self.model = model
        self.window = int(window)
        self.labels = tuple(labels)
        self.want_index = bool(want_index)
        self.r_factor = float(r_factor)
        self.r_sum = 0.0
        self.r_count = 0

    def mean_r(self):
        """Mean raw erosivity of the valid cells seen so far (None before any)."""
        return self.r_sum / self.r_count if self.r_count else None

    def __call__(self, b):
        if "relief" in b.data:
            rel, rel_ok = b.data["relief"], b.valid["relief"]
        else:
            rel = S.relief_block(b.data["dem"], b.valid["dem"], self.window, b.halo["dem"])
            rel_ok = ~np.isnan(rel)
        m = b.inside("mask")
        r_ok = b.valid["r"] if m is None else (b.valid["r"] & m)
        self.r_sum += float(np.sum(b.data["r"][r_ok], dtype=np.float64))
        self.r_count += int(np.count_nonzero(r_ok))
        r = b.data["r"] * self.r_factor if self.r_factor != 1.0 else b.data["r"]
        ss, lvl = self.model.evaluate(r, b.valid["r"], b.data["soil"],
                                      b.valid["soil"], rel, rel_ok, b.data["cover"],
                                      b.valid["cover"], labels=self.labels,
                                      mask=m, want_index=self.want_index)
        out = {"level": lvl}
        if self.want_index:
            out["index"] = ss
        return out


class CombineMaxBlock:
    """Ecological sensitivity (Z annex 1, 2(5)): the highest level of the factor rasters
    ``names`` (the first one, soil erosion, is checked to hold levels 0–5), with the
    factor code of the one that decided it. Optional ``mask``. Outputs ``level`` and
    ``dominant``."""

    def __init__(self, names, codes, first_label="SOIL_EROSION"):
        self.names = list(names)
        self.codes = [int(c) for c in codes]
        self.first_label = first_label

    def __call__(self, b):
        levels = [b.data[n] for n in self.names]
        valids = [b.valid[n] & (b.data[n] > 0) for n in self.names]
        S.check_levels(levels[0], valids[0], self.first_label)
        level, dom = S.combine_max(levels, valids, self.codes)
        inside = b.inside("mask")
        if inside is not None:
            level[~inside] = 0
            dom[~inside] = 0
        return {"level": level, "dominant": dom}


class SoilConservationBlock:
    """Soil-conservation importance (Z annex 1, table 2-2). Inputs ``sens`` (soil-erosion
    sensitivity level) and ``catch`` (burnt catchment water class). Output ``level``."""

    def __init__(self, model, sens_label="SENSITIVITY"):
        self.model = model
        self.sens_label = sens_label

    def __call__(self, b):
        cls = b.data["catch"] * b.valid["catch"]
        return {"level": self.model.evaluate(b.data["sens"], b.valid["sens"], cls,
                                             self.sens_label)}


class WaterConservationBlock:
    """Water-conservation importance (Z annex 1, table 2-1). Inputs ``inside`` (region
    mask or reference raster) and ``areas`` (burnt level of each water-source area; 0
    elsewhere, which takes :data:`core.importance.OUTSIDE_LEVEL`). Output ``level``."""

    def __call__(self, b):
        lv = np.where(b.data["areas"] > 0, b.data["areas"], I.OUTSIDE_LEVEL)
        return {"level": np.where(b.valid["inside"], lv, 0)}


class BiodiversityBlock:
    """Biodiversity importance (Z annex 1, tables 2-3/2-4). Inputs ``inside``, ``units``
    (burnt ratio level) and optional ``occ`` (burnt protection level). Output ``level``."""

    def __init__(self, model):
        self.model = model

    def __call__(self, b):
        unit = b.data["units"] * b.valid["units"]
        occ = b.data["occ"] * b.valid["occ"] if "occ" in b.data else np.zeros_like(unit)
        return {"level": self.model.evaluate(unit, occ, b.valid["inside"])}


class FloodBlock:
    """Flood-regulation importance (Z annex 1, 2(4)). Inputs ``dem``, ``limax`` and
    ``limin`` (burnt water levels; a cell with both is inside a water body). Outputs
    ``q`` and ``level``."""

    def __init__(self, model):
        self.model = model

    def __call__(self, b):
        ins = b.valid["limin"] & b.valid["limax"]
        q, lvl = self.model.evaluate(b.data["dem"], b.valid["dem"], b.data["limax"],
                                     b.data["limin"], ins)
        return {"q": q, "level": lvl}


class ImportanceCombineBlock:
    """Ecosystem-service importance (Z annex 1, 2(5)): the highest of the factor levels
    ``names`` with the factor code (``codes``, in the order of ``names``) that decided
    it. Outputs ``level`` and ``dominant``."""

    def __init__(self, names, codes, labels=None):
        self.names = list(names)
        self.codes = np.array([0] + [int(c) for c in codes], dtype=np.uint8)
        self.labels = list(labels) if labels is not None else list(names)

    def __call__(self, b):
        lvl, dom = I.combine([b.data[n] for n in self.names],
                             [b.valid[n] for n in self.names], self.labels)
        return {"level": lvl, "dominant": self.codes[dom]}
