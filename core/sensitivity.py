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
        # Every cell's (R, K, LS, C) class numbers form one combined index into a small
        # lookup table of SS and level (5^4 = 625 entries with the default tables).
        self.factor_values = [
            [float(v) for v in self.r.values],
            [float(v) for v in self.soil.distinct_values()],
            [float(v) for v in self.relief.values],
            [float(v) for v in self.veg.distinct_values()],
        ]
        sizes = [len(v) + 1 for v in self.factor_values]  # +1: index 0 = nodata
        self.strides = (sizes[1] * sizes[2] * sizes[3], sizes[2] * sizes[3], sizes[3], 1)
        total = sizes[0] * sizes[1] * sizes[2] * sizes[3]
        if total > 2 ** 24:
            raise EnvZoningError("Tables have too many classes (%d combinations)" % total)
        self.index_dtype = "uint16" if total <= 65536 else "uint32"
        ss = np.full(total, np.nan, dtype="float64")
        for i0 in range(1, sizes[0]):
            for i1 in range(1, sizes[1]):
                for i2 in range(1, sizes[2]):
                    for i3 in range(1, sizes[3]):
                        prod = (self.factor_values[0][i0 - 1] * self.factor_values[1][i1 - 1]
                                * self.factor_values[2][i2 - 1] * self.factor_values[3][i3 - 1])
                        k = (i0 * self.strides[0] + i1 * self.strides[1] + i2 * self.strides[2]
                             + i3)
                        ss[k] = prod ** 0.25
        self.ss_lut = ss.astype("float32")
        self.level_lut = self.ss_breaks.classify(ss, 0, "uint8")
        self.level_lut[np.isnan(ss)] = 0

    def evaluate(self, r, r_valid, soil, soil_valid, relief, relief_valid, cover, cover_valid,
                 labels=("EROSIVITY", "SOIL", "RELIEF", "LANDCOVER"), mask=None,
                 want_index=True):
        """→ (SS Float32 with NaN as nodata (None unless ``want_index``), level uint8 with
        0 as nodata)."""
        un = self.unmapped_nodata
        dt = self.index_dtype
        k = self.r.class_index(r, r_valid).astype(dt)
        k *= self.strides[0]
        k += self.soil.class_index(soil, soil_valid, labels[1], un) * np.array(
            self.strides[1], dtype=dt)
        k += self.relief.class_index(relief, relief_valid) * np.array(self.strides[2], dtype=dt)
        k += self.veg.class_index(cover, cover_valid, labels[3], un)
        if mask is not None:
            k[~mask] = 0
        level = self.level_lut[k]
        ss = self.ss_lut[k] if want_index else None
        return ss, level


def relief_block(dem, valid, window, halo):
    """Relief (max − min in the window) for the block in the middle of a halo'd block
    (``halo`` cells on every side)."""
    rng = moving_range(dem, valid, window)
    if halo:
        rng = rng[halo:rng.shape[0] - halo, halo:rng.shape[1] - halo]
        valid = valid[halo:valid.shape[0] - halo, halo:valid.shape[1] - halo]
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
    t = (str(value).strip().upper().replace("类", "").replace(" ", "")
         .replace("及以上", "").replace("以上", ""))
    t = T.no_zero_fraction(t)
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
    t = T.no_zero_fraction(str(value).strip())
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


#: how an EROSION_RASTER is read: soil-erosion sensitivity levels 1–5 or SL190 codes 1–6
RASTER_CODES = ("level", "sl190")


def erosion_from_raster_value(value, codes="level", layer="EROSION_RASTER", fid=None):
    """The table 1-3 column for a zonal statistic (majority, max or mean) of an erosion
    raster. A mean is rounded half up (2.5 → 3). ``codes``: 'level' (soil-erosion
    sensitivity 1–5, :func:`erosion_from_level`) or 'sl190' (intensity codes 1–6)."""
    where = "" if fid is None else " (feature %s)" % fid
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise EnvZoningError(
            "Raster '%s' has no data under the riparian buffer%s: give EROSION_FIELD or widen "
            "EROSION_DISTANCE / 栅格“%s”在滨岸缓冲区%s内无数据" % (layer, where, layer, where))
    v = int(math.floor(float(value) + 0.5))
    key = erosion_from_level(v) if codes == "level" and 1 <= v <= 5 else (
        _SL190.get(str(v)) if codes == "sl190" else None)
    if key is None:
        raise EnvZoningError(
            "Raster '%s'%s: value %s is not a%s / 栅格“%s”%s的值 %s 无法识别为侵蚀强度"
            % (layer, where, value,
               " soil-erosion level 1–5" if codes == "level" else "n SL190 code 1–6",
               layer, where, value))
    return key


def level_value(value, layer="INPUT", field="level", fid=None):
    """A sensitivity level read from a layer's field: a whole number 1–5, else an error
    naming the layer, field, feature and value."""
    try:
        f = float(str(value).strip())
    except (TypeError, ValueError):
        f = float("nan")
    if not (f == f) or not f.is_integer() or not 1 <= f <= 5:
        where = "" if fid is None else " (feature %s)" % fid
        raise EnvZoningError(
            "Layer '%s', field '%s'%s: level '%s' is not a whole number 1–5 / "
            "图层“%s”字段“%s”%s的等级“%s”不是 1–5 的整数"
            % (layer, field, where, value, layer, field, where, value))
    return int(f)


_TRUE = {"1", "true", "t", "yes", "y", "是", "有", "有堤", "有堤防", "dyked", "diked"}
_FALSE = {"0", "false", "f", "no", "n", "否", "无", "无堤", "无堤防", "", "null", "none"}


def parse_flag(value, layer="INPUT", field="dyked", fid=None):
    """A yes/no field (1/0, true/false, yes/no, 是/否, 有/无); NULL → False."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    t = T.no_zero_fraction(str(value).strip().lower())
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    where = "" if fid is None else " (feature %s)" % fid
    raise EnvZoningError(
        "Layer '%s', field '%s'%s: '%s' is not a yes/no value (1/0, true/false, 是/否) / "
        "图层“%s”字段“%s”%s的值“%s”不是是/否值" % (layer, field, where, value, layer, field,
                                               where, value))


# -- coastal hazard ------------------------------------------------------------------------

def coastal_width(a, s, theta_deg, h, dyked, label="INPUT", fid=None):
    """(a, b, c, width) of annex-1 1(3)②: b = S/tanθ (0 where dyked), c = H/tanθ.
    Missing (None) a, S, H count as 0; θ is needed only when S or H is used."""
    where = "" if fid is None else " (feature %s)" % fid
    vals = []
    for name, v in (("a", a), ("S", s), ("H", h)):
        v = 0.0 if v is None else float(v)
        if not v >= 0:
            raise EnvZoningError("Layer '%s'%s: %s = %r must be ≥ 0 / 图层“%s”%s中 %s 不能为负"
                                 % (label, where, name, v, label, where, name))
        vals.append(v)
    a, s, h = vals
    s_used = 0.0 if dyked else s
    if s_used == 0 and h == 0:
        return a, 0.0, 0.0, a
    if theta_deg is None or not (0 < float(theta_deg) < 90):
        raise EnvZoningError(
            "Layer '%s'%s: slope θ must be between 0 and 90 degrees, got %r / "
            "图层“%s”%s的近岸坡度 θ 须在 0–90 度之间" % (label, where, theta_deg, label, where))
    t = math.tan(math.radians(float(theta_deg)))
    b = s_used / t
    c = h / t
    return a, b, c, max(a, b, c)


# -- combination ---------------------------------------------------------------------------

def combine_max(levels, valids, codes=None):
    """Max of factor levels, and the factor that decided it: its 1-based position, or
    ``codes[position]`` when codes are given (the first factor among ties). Cells where no
    factor has data → (0, 0)."""
    out = None
    dom = None
    for i, (lv, ok) in enumerate(zip(levels, valids)):
        code = (i + 1) if codes is None else int(codes[i])
        v = np.where(ok, lv, 0).astype("uint8")
        if out is None:
            out = v.copy()
            dom = np.where(v > 0, code, 0).astype("uint8")
        else:
            better = v > out
            out = np.where(better, v, out)
            dom = np.where(better, code, dom).astype("uint8")
    return out, dom


def check_levels(arr, valid, label="INPUT", top=5):
    """Level cells must be whole numbers 1…``top`` (0 / nodata aside): else an error naming
    the raster and the values."""
    a = np.asarray(arr)
    ok = np.asarray(valid) & (a != 0)
    bad = ok & ((a < 1) | (a > top) | (a != np.floor(a)))
    if bad.any():
        vals = ", ".join("%g" % v for v in np.unique(a[bad])[:10])
        raise EnvZoningError(
            "Raster '%s' has value(s) %s that are not sensitivity levels 1–%d / "
            "栅格“%s”的值 %s 不是 1–%d 的等级" % (label, vals, top, label, vals, top))
