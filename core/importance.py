"""Ecological importance (Z 3.2.1(2), Z annex-1 section 2; SPEC sections 2, 3, 3a).

* Water conservation, table 2-1: source-area type × climate zone → importance.
* Soil conservation, table 2-2: soil-erosion sensitivity level × receiving-water class.
* Biodiversity, tables 2-3 and 2-4: species ratio of a unit (or a priority ecosystem) and
  the protection class of protected-species occurrences; result = max of the two.
* Flood regulation, annex-1 2(4): ``Q = (Limax − Limin) / (dem − Limin)`` inside a lake,
  reservoir or wetland, graded by a left-closed break table; capped by table 2-1's
  洪水调蓄 row for the climate zone.
* Combination: importance = max of the factor levels, with the factor that decided it.

The tables hold the seed's words (极重要, 中等重要, 较重要/比较重要, 不重要); they become levels
through ``importance_words.csv`` (SPEC section 2 decision: 5/3/2/1; level 4 only through
user tables). A table cell may also hold a level 1–5 directly.
"""

import math

import numpy as np

from . import tables as T
from .errors import EnvZoningError

CLIMATES = ("干旱", "半干旱", "半湿润", "湿润")
CLIMATES_EN = ("arid", "semi-arid", "semi-humid", "humid")
SENSITIVITY_WORDS = ("不敏感", "轻度敏感", "中度敏感", "高度敏感", "极敏感")  # levels 1…5
FACTORS = ("water", "soil", "biodiversity", "flood")  # dominant codes 1…4
#: level of a cell that lies in no source area / catchment / unit / water body (SPEC 3)
OUTSIDE_LEVEL = 1


def _key(value):
    """A cell or attribute value as a comparable string: '2.0' → '2', spaces removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    t = str(value).strip().replace(" ", "").replace("\u3000", "")
    return T.no_zero_fraction(t)


def _where(fid):
    return "" if fid is None else " (feature %s)" % fid


class Words:
    """Importance words → levels (``importance_words.csv``)."""

    def __init__(self, table=None):
        table = table if table is not None else T.load("importance_words")
        self.name = table.name
        self.levels = {}
        for i, row in enumerate(table.dicts()):
            lvl = T.to_float(row.get("level", ""), table.name, "level", i + 1)
            if not (lvl.is_integer() and 1 <= lvl <= 5):
                raise EnvZoningError(
                    "Table '%s', row %d: level '%s' is not a whole number 1–5 / "
                    "表“%s”第 %d 行的等级“%s”不是 1–5 的整数"
                    % (table.name, i + 1, row.get("level"), table.name, i + 1, row.get("level")))
            self.levels[_key(row.get("word"))] = int(lvl)

    def level(self, word, table="table", row=None, column=None):
        """The level of a word (or of a level written as 1–5)."""
        k = _key(word)
        if k in ("1", "2", "3", "4", "5"):
            return int(k)
        if k in self.levels:
            return self.levels[k]
        where = ""
        if row is not None:
            where = ", row %d" % row
        if column:
            where += ", column '%s'" % column
        raise EnvZoningError(
            "Table '%s'%s: '%s' is neither an importance word (%s) nor a level 1–5 / "
            "表“%s”%s中的“%s”既不是重要性等级词也不是 1–5 的等级"
            % (table, where, word, "/".join(self.levels), table, where, word))


def climate_index(climate):
    """0…3 for 干旱/半干旱/半湿润/湿润 (also the English names or 0…3)."""
    if isinstance(climate, int) and 0 <= climate < len(CLIMATES):
        return climate
    k = _key(climate)
    for i, (zh, en) in enumerate(zip(CLIMATES, CLIMATES_EN)):
        if k in (zh, en, en.replace("-", ""), str(i)) or k.lower() in (en, en.replace("-", "")):
            return i
    raise EnvZoningError("Climate zone '%s' is not one of %s / 气候区“%s”不是 %s 之一"
                         % (climate, "/".join(CLIMATES), climate, "、".join(CLIMATES)))


# -- table 2-1: water conservation ---------------------------------------------------------

class WaterConservationModel:
    """Table 2-1: rows by type (``code`` 1/2/3 or the name), columns by climate zone."""

    FLOOD_TYPE = "洪水调蓄"

    def __init__(self, table=None, words=None):
        table = table if table is not None else T.load("water_conservation")
        words = words or Words()
        self.name = table.name
        for c in ("code", "type") + CLIMATES:
            table.column(c)  # error naming a missing column
        self.rows = {}  # key (code or name) → (name, [level per climate])
        self.types = []
        for i, row in enumerate(table.dicts()):
            levels = [words.level(row[c], table.name, i + 1, c) for c in CLIMATES]
            name = _key(row["type"])
            entry = (row["type"].strip(), levels)
            self.types.append(entry)
            for k in (name, _key(row["code"])):
                if k:
                    if k in self.rows:
                        raise EnvZoningError("Table '%s': type '%s' appears twice / 表“%s”中类型“%s”重复"
                                             % (table.name, k, table.name, k))
                    self.rows[k] = entry

    def level(self, type_value, climate, layer="INPUT", field="type", fid=None):
        entry = self.rows.get(_key(type_value))
        if entry is None:
            names = "/".join("%s" % n for n, _ in self.types)
            raise EnvZoningError(
                "Layer '%s', field '%s'%s: type '%s' is not in table 2-1 (%s, or the codes) / "
                "图层“%s”字段“%s”%s的类型“%s”不在表2-1中（%s）"
                % (layer, field, _where(fid), type_value, names, layer, field, _where(fid),
                   type_value, names))
        return entry[1][climate_index(climate)]

    def flood_cap(self, climate):
        """The 洪水调蓄 row's level for the climate zone: the cap of flood regulation."""
        entry = self.rows.get(self.FLOOD_TYPE)
        if entry is None:
            return 5
        return entry[1][climate_index(climate)]


# -- table 2-2: soil conservation ----------------------------------------------------------

class SoilConservationModel:
    """Table 2-2 as a lookup ``lut[class, sensitivity]``; class 0 = in no listed catchment
    (→ :data:`OUTSIDE_LEVEL`), sensitivity 0 = nodata (→ 0)."""

    def __init__(self, table=None, words=None):
        table = table if table is not None else T.load("soil_conservation")
        words = words or Words()
        self.name = table.name
        for c in ("class",) + SENSITIVITY_WORDS:
            table.column(c)
        classes = {}
        for i, row in enumerate(table.dicts()):
            c = T.to_float(row["class"], table.name, "class", i + 1)
            if not (c.is_integer() and 1 <= c <= 255):
                raise EnvZoningError("Table '%s', row %d: class '%s' must be a whole number 1–255"
                                     % (table.name, i + 1, row["class"]))
            if int(c) in classes:
                raise EnvZoningError("Table '%s': class %d appears twice / 表“%s”中类别 %d 重复"
                                     % (table.name, c, table.name, c))
            classes[int(c)] = [words.level(row[s], table.name, i + 1, s)
                               for s in SENSITIVITY_WORDS]
        self.classes = classes
        self.lut = np.zeros((max(classes) + 1, 6), dtype="uint8")
        self.lut[0, 1:] = OUTSIDE_LEVEL
        for c, levels in classes.items():
            self.lut[c, 1:] = levels

    def water_class(self, value, layer="CATCHMENTS", field="water_class", fid=None):
        k = _key(value)
        try:
            c = float(k)
        except ValueError:
            c = float("nan")
        if not (c == c and c.is_integer() and int(c) in self.classes):
            raise EnvZoningError(
                "Layer '%s', field '%s'%s: receiving-water class '%s' is not one of %s "
                "(1 = 1–2 rivers & major urban sources, 2 = 3 rivers & small-town sources, "
                "3 = 4–5 rivers) / 图层“%s”字段“%s”%s的影响水体类别“%s”不在表2-2中"
                % (layer, field, _where(fid), value, "/".join(map(str, sorted(self.classes))),
                   layer, field, _where(fid), value))
        return int(c)

    def evaluate(self, sensitivity, sens_valid, water_class, label="SENSITIVITY"):
        """Importance level (uint8, 0 nodata) of each cell."""
        s = check_levels(sensitivity, sens_valid, label)
        c = np.asarray(water_class).astype(np.int64)
        c = np.where((c >= 0) & (c < self.lut.shape[0]), c, 0)
        return self.lut[c, s]


# -- tables 2-3, 2-4: biodiversity ---------------------------------------------------------

def _word_breaks(table, words, value_name="level"):
    """(Table with numeric ``level``) from a break table whose class column holds words."""
    rows = []
    for i, row in enumerate(table.dicts()):
        rows.append([row["min"], row["max"], str(words.level(row["importance"], table.name,
                                                             i + 1, "importance"))])
    return T.Table(["min", "max", value_name], rows, table.name)


class BiodiversityModel:
    """Table 2-3 (species ratio in percent, or priority ecosystem) and table 2-4
    (protection class). The ratio table uses the default rule ``min < v ≤ max`` (SPEC
    section 2): a ratio of exactly 30 % is 中等重要, 15 % 比较重要, 5 % 不重要. A priority
    ecosystem takes the level of the top ratio class (the seed puts both in one row)."""

    def __init__(self, ratio_table=None, protection_table=None, words=None):
        ratio_table = ratio_table if ratio_table is not None else T.load("biodiversity_ratio")
        protection_table = (protection_table if protection_table is not None
                            else T.load("biodiversity_protection"))
        words = words or Words()
        self.ratio = T.Breaks(_word_breaks(ratio_table, words), "level")
        self.priority_level = int(self.ratio.values[-1])
        self.protection = {}
        self.protection_names = []
        for i, row in enumerate(protection_table.dicts()):
            lvl = words.level(row["importance"], protection_table.name, i + 1, "importance")
            self.protection_names.append(row["protection"])
            keys = [row.get("code", ""), row["protection"]]
            keys += [a for a in row.get("aliases", "").replace("；", ";").split(";")]
            for k in keys:
                k = _key(k)
                if k:
                    self.protection[k] = lvl
                    self.protection[k.upper()] = lvl

    def ratio_level(self, species, province_species, priority=False, layer="UNITS",
                    field="species", fid=None):
        """Level of a unit from its species count (table 2-3); ratio in percent."""
        if priority:
            return self.priority_level
        try:
            n = float(_key(species))
        except ValueError:
            n = float("nan")
        if not (n == n and n >= 0):
            raise EnvZoningError(
                "Layer '%s', field '%s'%s: species count '%s' is not a number ≥ 0 / "
                "图层“%s”字段“%s”%s的物种数“%s”不是非负数"
                % (layer, field, _where(fid), species, layer, field, _where(fid), species))
        if not province_species or province_species <= 0:
            raise EnvZoningError("PROVINCE_SPECIES must be a positive number of species / "
                                 "全省物种数须为正数")
        pct = 100.0 * n / float(province_species)
        return int(self.ratio.classify(np.array([pct]), 0)[0])

    def protection_level(self, value, layer="OCCURRENCES", field="protection", fid=None):
        k = _key(value)
        lvl = self.protection.get(k, self.protection.get(k.upper()))
        if lvl is None:
            raise EnvZoningError(
                "Layer '%s', field '%s'%s: protection class '%s' is not in table 2-4 (%s, or "
                "1/2/3) / 图层“%s”字段“%s”%s的保护级别“%s”不在表2-4中"
                % (layer, field, _where(fid), value, "/".join(self.protection_names), layer,
                   field, _where(fid), value))
        return lvl

    @staticmethod
    def evaluate(unit_level, occurrence_level, inside):
        """Max of the unit level and the occurrence level (0 = none → 1) where ``inside``."""
        u = np.where(unit_level > 0, unit_level, OUTSIDE_LEVEL).astype("uint8")
        o = np.asarray(occurrence_level).astype("uint8")
        return np.where(inside, np.maximum(u, o), 0).astype("uint8")


def parse_priority(value, layer="UNITS", field="priority", fid=None):
    """The priority-ecosystem flag (1 = priority; 0, NULL = not)."""
    from .sensitivity import parse_flag
    return parse_flag(value, layer, field, fid)


# -- annex-1 2(4): flood regulation --------------------------------------------------------

class LeftClosedBreaks:
    """A break table graded ``min ≤ v < max`` (the last class also takes its max), as SPEC
    3a writes the flood grading (0.5 ≤ Q < 1 → 3). Classes must be contiguous."""

    def __init__(self, table, value_column="level"):
        self.name = table.name
        mins = [T.to_float(v, table.name, "min", i + 1) for i, v in enumerate(table.column("min"))]
        maxs = [T.to_float(v, table.name, "max", i + 1) for i, v in enumerate(table.column("max"))]
        vals = [T.to_float(v, table.name, value_column, i + 1)
                for i, v in enumerate(table.column(value_column))]
        if not mins:
            raise EnvZoningError("Break table '%s' has no rows" % table.name)
        order = np.argsort(mins, kind="stable")
        self.mins = np.array(mins)[order]
        self.maxs = np.array(maxs)[order]
        self.values = np.array(vals)[order]
        for i in range(len(self.mins)):
            if self.mins[i] >= self.maxs[i]:
                raise EnvZoningError("Break table '%s': min %g ≥ max %g / 分级表“%s”下限不小于上限"
                                     % (table.name, self.mins[i], self.maxs[i], table.name))
            if i and abs(self.mins[i] - self.maxs[i - 1]) > 1e-9:
                raise EnvZoningError(
                    "Break table '%s': class [%g, %g) does not start where the previous ends "
                    "(%g); classes must be contiguous / 分级表“%s”区间不连续"
                    % (table.name, self.mins[i], self.maxs[i], self.maxs[i - 1], table.name))

    def classify(self, arr, nodata_value=0, dtype=None):
        a = np.asarray(arr, dtype="float64")
        idx = np.searchsorted(self.mins, a, side="right") - 1
        idx_c = np.clip(idx, 0, len(self.mins) - 1)
        out = self.values[idx_c]
        bad = np.isnan(a) | (idx < 0) | (a > self.maxs[-1])
        out = np.where(bad, nodata_value, out)
        return out.astype(dtype) if dtype else out


def flood_q(dem, limax, limin):
    """Q = (Limax − Limin) / (dem − Limin) where dem > Limin, else NaN (float64)."""
    dem = np.asarray(dem, dtype="float64")
    limax = np.asarray(limax, dtype="float64")
    limin = np.asarray(limin, dtype="float64")
    d = dem - limin
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.where(d > 0, (limax - limin) / np.where(d > 0, d, 1.0), np.nan)
    return q


class FloodModel:
    """Annex-1 2(4) with the SPEC 3a grading (``flood_breaks.csv``, min ≤ Q < max):
    inside a water body, ``dem ≤ Limin`` (permanent water: Q → ∞ as dem → Limin) takes the
    top class; otherwise Q is graded; outside every water body :data:`OUTSIDE_LEVEL`. The
    level is capped by ``cap`` (table 2-1's 洪水调蓄 row for the climate zone)."""

    def __init__(self, breaks_table=None, words=None, cap=5):
        breaks_table = breaks_table if breaks_table is not None else T.load("flood_breaks")
        words = words or Words()
        self.breaks = LeftClosedBreaks(_word_breaks(breaks_table, words), "level")
        self.top = int(self.breaks.values[np.argmax(self.breaks.maxs)])
        self.cap = int(cap)

    @staticmethod
    def check_levels(limax, limin, layer="WATERBODIES", fields=("limax", "limin"), fid=None):
        vals = []
        for name, v in zip(fields, (limax, limin)):
            try:
                f = float(_key(v))
            except ValueError:
                f = float("nan")
            if not math.isfinite(f):
                raise EnvZoningError(
                    "Layer '%s', field '%s'%s: water level '%s' is not a number / "
                    "图层“%s”字段“%s”%s的水位“%s”不是数字"
                    % (layer, name, _where(fid), v, layer, name, _where(fid), v))
            vals.append(f)
        if not vals[0] > vals[1]:
            raise EnvZoningError(
                "Layer '%s'%s: Limax %g (field '%s') must be above Limin %g (field '%s') / "
                "图层“%s”%s的最高水位 %g 须高于最低水位 %g"
                % (layer, _where(fid), vals[0], fields[0], vals[1], fields[1], layer,
                   _where(fid), vals[0], vals[1]))
        return vals[0], vals[1]

    def evaluate(self, dem, dem_valid, limax, limin, inside, mask=None):
        """→ (Q float32, NaN where undefined; level uint8, 0 nodata)."""
        inside = np.asarray(inside, dtype=bool) & dem_valid
        q = np.where(inside, flood_q(np.where(dem_valid, dem, np.nan), limax, limin), np.nan)
        graded = self.breaks.classify(q, 0, "uint8")
        perm = inside & ~(np.asarray(dem, dtype="float64") > np.asarray(limin, dtype="float64"))
        level = np.where(perm, self.top, np.where(inside, graded, OUTSIDE_LEVEL))
        level = np.minimum(level, self.cap)
        ok = dem_valid if mask is None else (dem_valid & mask)
        level = np.where(ok, level, 0).astype("uint8")
        q = np.where(ok, q, np.nan).astype("float32")
        return q, level


# -- combination ---------------------------------------------------------------------------

def check_levels(arr, valid, label="INPUT"):
    """Level raster values as int64 with nodata → 0; any value outside 0…5 is an error
    naming the layer and the value."""
    a = np.asarray(arr)
    if a.dtype.kind == "f":
        a = np.where(valid, a, 0)
        frac = valid & (a != np.floor(a))
        if frac.any():
            v = a[frac][0]
            raise EnvZoningError("Raster '%s': value %g is not a level 0–5 / 栅格“%s”的值 %g 不是 0–5 的等级"
                                 % (label, v, label, v))
    a = np.where(valid, a, 0).astype(np.int64)
    bad = (a < 0) | (a > 5)
    if bad.any():
        v = int(a[bad][0])
        raise EnvZoningError("Raster '%s': value %d is not a level 0–5 / 栅格“%s”的值 %d 不是 0–5 的等级"
                             % (label, v, label, v))
    return a


def combine(levels, valids, labels=None):
    """Z 3.2.1(2): importance = max of the factor levels; dominant = 1-based index of the
    factor that decided it (first among ties: water, soil, biodiversity, flood)."""
    labels = labels or ["factor %d" % (i + 1) for i in range(len(levels))]
    out = dom = None
    for i, (lv, ok, lab) in enumerate(zip(levels, valids, labels)):
        a = np.asarray(lv)
        if a.dtype == np.uint8:  # the usual Byte level raster: stay in uint8
            a = a * np.asarray(ok, dtype=bool)
            if a.size and a.max() > 5:
                check_levels(a, ok, lab)  # raises, naming the value
        else:
            a = check_levels(a, ok, lab).astype(np.uint8)
        if out is None:
            out = a.copy()
            dom = np.where(a > 0, i + 1, 0).astype(np.uint8)
        else:
            np.putmask(dom, a > out, i + 1)
            np.maximum(out, a, out=out)
    return out, dom
