"""Ecological sensitivity (Z annex-1 section 1; SPEC section 3).

* Soil erosion, table 1-1: four factors graded 1/3/5/7/9, ``SS = (R·K·LS·C)^(1/4)``,
  SS graded to levels 1–5.
* Riparian, tables 1-2 and 1-3: water-quality target → level, (level, erosion) → width H.
* Coastal hazard, annex-1 1(3)②: width = max(a, b = S/tanθ, c = H/tanθ).
* Combination: level = max of the factor levels, with the factor that decided each cell.
"""

import math

import numpy as np

from . import tables as T
from .errors import EnvZoningError
from .window import moving_range

GRADES = (1, 3, 5, 7, 9)
VEGETATION_SCHEMES = ("vegetation_clcd", "vegetation_worldcover", "vegetation_custom")


def default_tables():
    return {
        "erosivity": T.load("erosivity_breaks"),
        "relief": T.load("relief_breaks"),
        "soil": T.load("soil_texture"),
        "vegetation": T.load("vegetation_clcd"),
        "ss": T.load("ss_level_breaks"),
    }


class SoilErosionModel:
    """Table 1-1 as fast lookups.

    The four grades are odd numbers 1…9, so their product is an integer 1…6561 and
    both SS and the level are precomputed per product (one ``take`` per cell)."""

    def __init__(self, erosivity, relief, soil, vegetation, ss, unmapped_nodata=False):
        self.r = T.Breaks(erosivity, "grade")
        self.relief = T.Breaks(relief, "grade")
        self.soil = T.CodeMap(soil, "code", "grade")
        self.veg = T.CodeMap(vegetation, "code", "grade")
        self.ss_breaks = T.Breaks(ss, "level")
        self.unmapped_nodata = unmapped_nodata
        for name, vals in (("erosivity", self.r.values), ("relief", self.relief.values),
                           ("soil", list(self.soil.mapping.values())),
                           ("vegetation", list(self.veg.mapping.values()))):
            for v in vals:
                if not (v >= 0 and float(v).is_integer() and v <= 255):
                    raise EnvZoningError(
                        "Table for %s: grade %r must be a whole number 0…255 / 分级赋值须为整数"
                        % (name, v))
        maxg = max(max(self.r.values), max(self.relief.values),
                   max(self.soil.mapping.values()), max(self.veg.mapping.values()))
        self.maxprod = int(maxg) ** 4
        prod = np.arange(self.maxprod + 1, dtype="float64")
        self.ss_lut = (prod ** 0.25).astype("float32")
        self.level_lut = self.ss_breaks.classify(self.ss_lut, 0, "uint8")
        self.level_lut[0] = 0

    def grades(self, r, r_valid, soil, soil_valid, relief, relief_valid, cover, cover_valid,
               labels=("EROSIVITY", "SOIL", "RELIEF", "LANDCOVER")):
        un = self.unmapped_nodata
        gr = self.r.classify(np.where(r_valid, r, np.nan), 0, "uint16")
        gk = self.soil.apply(soil, soil_valid, labels[1], un).astype("uint16")
        gl = self.relief.classify(np.where(relief_valid, relief, np.nan), 0, "uint16")
        gc = self.veg.apply(cover, cover_valid, labels[3], un).astype("uint16")
        return gr, gk, gl, gc

    def evaluate(self, r, r_valid, soil, soil_valid, relief, relief_valid, cover, cover_valid,
                 labels=("EROSIVITY", "SOIL", "RELIEF", "LANDCOVER"), mask=None):
        """→ (SS Float32 with NaN as nodata, level uint8 with 0 as nodata)."""
        gr, gk, gl, gc = self.grades(r, r_valid, soil, soil_valid, relief, relief_valid,
                                     cover, cover_valid, labels)
        prod = gr.astype("uint32") * gk * gl * gc  # any zero grade → nodata
        if mask is not None:
            prod[~mask] = 0
        ss = self.ss_lut[prod]
        ss[prod == 0] = np.nan
        level = self.level_lut[prod]
        return ss, level


def relief_block(dem, valid, window, halo):
    """Relief (max − min in the window) for the strip in the middle of a halo'd block."""
    rng = moving_range(dem, valid, window)
    if halo:
        rng = rng[halo:rng.shape[0] - halo]
        valid = valid[halo:valid.shape[0] - halo]
    rng[~valid] = np.nan
    return rng


# -- riparian (tables 1-2, 1-3) -----------------------------------------------------------

_ROMAN = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI"}
_TARGET_NUM = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "劣V"}
EROSION_CLASSES = ("极强烈", "剧烈", "强烈", "中度", "轻度", "无明显")
# SL 190 intensity grades: 1 微度(无明显) 2 轻度 3 中度 4 强烈 5 极强烈 6 剧烈
_SL190 = {"1": "无明显", "2": "轻度", "3": "中度", "4": "强烈", "5": "极强烈", "6": "剧烈"}
_EROSION_ALIASES = {
    "极剧烈": "极强烈", "极强烈侵蚀": "极强烈", "剧烈侵蚀": "剧烈", "强烈侵蚀": "强烈",
    "中度侵蚀": "中度", "轻度侵蚀": "轻度", "无明显侵蚀": "无明显", "微度": "无明显",
    "微度侵蚀": "无明显",
}


def normalize_target(value):
    """'II', 'Ⅱ', 'Ⅱ类', '2', 2, '劣Ⅴ', '劣V类' → canonical 'I'…'V', '劣V'; None if unknown."""
    if value is None:
        return None
    t = str(value).strip().upper().replace("类", "").replace(" ", "")
    if t.endswith(".0"):
        t = t[:-2]
    for k, v in _ROMAN.items():
        t = t.replace(k, v)
    t = t.replace("劣V", "劣V")
    if t in _TARGET_NUM:
        return _TARGET_NUM[t]
    if t in ("I", "II", "III", "IV", "V", "劣V"):
        return t
    if t in ("VI", "V+", ">V"):
        return "劣V"
    return None


def normalize_erosion(value):
    if value is None:
        return None
    t = str(value).strip()
    if t.endswith(".0"):
        t = t[:-2]
    if t in EROSION_CLASSES:
        return t
    if t in _SL190:
        return _SL190[t]
    return _EROSION_ALIASES.get(t)


class RiparianModel:
    def __init__(self, target_table, width_table):
        self.levels = {}
        for i, row in enumerate(target_table.dicts()):
            key = normalize_target(row.get("target"))
            if key is None:
                raise EnvZoningError("Table '%s', row %d: unknown water-quality class '%s'"
                                     % (target_table.name, i + 1, row.get("target")))
            self.levels[key] = int(T.to_float(row["level"], target_table.name, "level", i + 1))
        self.widths = {}
        for c in EROSION_CLASSES:
            if c not in width_table.headers:
                raise EnvZoningError("Table '%s' lacks erosion column '%s'" % (
                    width_table.name, c))
        for i, row in enumerate(width_table.dicts()):
            lvl = int(T.to_float(row["level"], width_table.name, "level", i + 1))
            for c in EROSION_CLASSES:
                self.widths[(lvl, c)] = T.to_float(row[c], width_table.name, c, i + 1)

    def level(self, target, layer="INPUT", field="target", fid=None):
        key = normalize_target(target)
        if key is None or key not in self.levels:
            raise EnvZoningError(
                "Layer '%s', field '%s'%s: water-quality target '%s' is not one of I, II, III, "
                "IV, V, 劣V / 图层“%s”字段“%s”的水质目标“%s”无法识别"
                % (layer, field, "" if fid is None else " (feature %s)" % fid, target, layer,
                   field, target))
        return self.levels[key]

    def width(self, level, erosion, layer="INPUT", field="erosion", fid=None):
        key = normalize_erosion(erosion)
        if key is None:
            raise EnvZoningError(
                "Layer '%s', field '%s'%s: erosion intensity '%s' is not one of %s (or SL190 "
                "code 1–6) / 侵蚀强度“%s”无法识别"
                % (layer, field, "" if fid is None else " (feature %s)" % fid, erosion,
                   "/".join(EROSION_CLASSES), erosion))
        if (level, key) not in self.widths:
            raise EnvZoningError("Width table has no row for level %d" % level)
        return self.widths[(level, key)]


def erosion_from_level(level):
    """Soil-erosion sensitivity level (1–5) → the erosion-intensity column used for H
    when erosion comes from a raster (5 极强烈 … 1 无明显 (2 → 轻度))."""
    return {5: "极强烈", 4: "强烈", 3: "中度", 2: "轻度", 1: "无明显"}.get(int(level))


# -- coastal hazard ------------------------------------------------------------------------

def coastal_width(a, s, theta_deg, h, dyked):
    """(a, b, c, width) of annex-1 1(3)②: b = S/tanθ (0 where dyked), c = H/tanθ."""
    a = float(a or 0.0)
    if theta_deg is None or not (0 < float(theta_deg) < 90):
        raise EnvZoningError("Slope θ must be between 0 and 90 degrees, got %r" % (theta_deg,))
    t = math.tan(math.radians(float(theta_deg)))
    b = 0.0 if dyked else float(s or 0.0) / t
    c = float(h or 0.0) / t
    return a, b, c, max(a, b, c)


# -- combination ---------------------------------------------------------------------------

def combine_max(levels, valids):
    """Max of factor levels, and the 1-based index of the factor that decided it (the first
    factor among ties). Cells where no factor has data → (0, 0)."""
    out = None
    dom = None
    for i, (lv, ok) in enumerate(zip(levels, valids)):
        v = np.where(ok, lv, 0).astype("uint8")
        if out is None:
            out = v.copy()
            dom = np.where(v > 0, i + 1, 0).astype("uint8")
        else:
            better = v > out
            out = np.where(better, v, out)
            dom = np.where(better, i + 1, dom)
    return out, dom
