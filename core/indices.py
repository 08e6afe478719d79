"""Township indices of Z 3.1, 3.2.2, 3.2.3 and Z annex-1 3–7 (SPEC sections 3 and 3a):
P2 (population agglomeration × economic level), the environmental quality levels (air,
water, soil), the emission index, K and the composite index A = K·P2 − P1.

Plain numpy in, numpy out; ``names`` (one label per unit) only serve error messages.
Levels are integers 1–5 (0 = nodata). Quality: 5 = 优 (best) … 1 = 重度污染. Emission:
5 = heaviest emission. Every guideline table is a :class:`core.tables.Table` (the shipped
CSV by default, or the user's edited copy).
"""

import math

import numpy as np

from . import classify as C
from . import tables as T
from .errors import EnvZoningError

GRADE_VALUES = (1, 3, 5, 7, 9)  # 分级赋值 of the five classes (as table 1-1), SPEC 3a
COMBINATIONS = ("product", "mean", "max", "geometric_mean")
K_FORMULAS = ("product", "min", "mean")
SOIL_METHODS = ("max", "nemerow")
AIR_AGGREGATIONS = ("mean_concentration", "mean_api", "max_api")
QUALITY_ZH = {5: "优", 4: "良", 3: "轻度污染", 2: "中度污染", 1: "重度污染"}
WATER_CLASS_NAMES = ("I", "II", "III", "IV", "V", "劣V")


def _names(names, n):
    return list(names) if names is not None else ["#%d" % (i + 1) for i in range(n)]


def _arr(values, label, names, allow_zero=True):
    a = np.asarray(values, dtype="float64").ravel()
    bad = np.isnan(a) | (a < 0) | (~np.isfinite(a))
    if not allow_zero:
        bad |= a == 0
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        need = "a positive number" if not allow_zero else "a number ≥ 0"
        raise EnvZoningError(
            "Unit '%s': %s is %s, it must be %s / 单元“%s”的 %s 值 %s 无效（须为%s）"
            % (names[i], label, _fmt(a[i]), need, names[i], label, _fmt(a[i]),
               "正数" if not allow_zero else "非负数"))
    return a


def _fmt(v):
    return "NULL" if v is None or (isinstance(v, float) and math.isnan(v)) else "%g" % v


def grades_of(classes, values=GRADE_VALUES):
    """Class numbers 1…5 → grade values 1/3/5/7/9 (0 stays 0)."""
    c = np.asarray(classes, dtype="int64")
    lut = np.array((0,) + tuple(values), dtype="float64")
    return lut[np.clip(c, 0, len(values))]


# -- P2 (Z 3.2.2, annex-1 3–4) ------------------------------------------------------------

def p2(population, gdp, area_km2, names=None, k=5, method="natural_breaks",
       combination="product"):
    """``pop_idx = Di/D`` (Di = population / area of unit i, D = the region's), and
    ``eco_idx = pGDPi/pGDP0 + di/d0`` (per-capita GDP and GDP per km², unit over region);
    each classed into ``k`` classes by ``method`` (1 = lowest), the classes given the grades
    1/3/5/7/9, and ``p2`` combined from the two grades: product (default, 1…81), mean,
    max or geometric mean. The region is the union of the units. Returns a dict of arrays."""
    n = len(np.atleast_1d(population))
    names = _names(names, n)
    pop = _arr(population, "population / 人口", names, allow_zero=False)
    g = _arr(gdp, "GDP", names)
    area = _arr(area_km2, "area (km²) / 面积", names, allow_zero=False)
    if not (pop.size == g.size == area.size):
        raise EnvZoningError("population, GDP and area differ in length / 人口、GDP、面积个数不一致")
    if g.sum() <= 0:
        raise EnvZoningError("The GDP of all units sums to 0 / 各单元 GDP 合计为 0")
    D = pop.sum() / area.sum()
    pgdp0 = g.sum() / pop.sum()
    d0 = g.sum() / area.sum()
    pop_idx = (pop / area) / D
    eco_idx = (g / pop) / pgdp0 + (g / area) / d0
    pop_class = C.classify(pop_idx, k, method, "pop_idx")
    eco_class = C.classify(eco_idx, k, method, "eco_idx")
    pop_grade = grades_of(pop_class)
    eco_grade = grades_of(eco_class)
    return {"pop_idx": pop_idx, "eco_idx": eco_idx, "pop_class": pop_class,
            "eco_class": eco_class, "pop_grade": pop_grade, "eco_grade": eco_grade,
            "p2": combine(pop_grade, eco_grade, combination),
            "region": {"D": D, "pGDP0": pgdp0, "d0": d0}}


def combine(pop_grade, eco_grade, combination="product"):
    a = np.asarray(pop_grade, dtype="float64")
    b = np.asarray(eco_grade, dtype="float64")
    if combination in ("product", 0):
        return a * b
    if combination in ("mean", 1):
        return (a + b) / 2.0
    if combination in ("max", 2):
        return np.maximum(a, b)
    if combination in ("geometric_mean", 3):
        return np.sqrt(a * b)
    raise EnvZoningError("Unknown P2 combination %r (use %s)" % (combination,
                                                               ", ".join(COMBINATIONS)))


# -- air (annex-1 5(1), table 6-1) ----------------------------------------------------------

class ApiTable:
    """A breakpoint table: an index column (``api`` for table 6-1's API, ``iaqi`` for the
    IAQI of HJ 633-2012) and one column per pollutant (concentration at that index).
    Sub-index = piecewise-linear interpolation between breakpoints; concentrations above the
    last breakpoint of a column → that breakpoint's index. A column may stop early (empty
    cells at the end: O3 8-h above 800 µg/m³ is not defined by HJ 633).

    ``scale`` converts the table's unit to the unit of the data **in the table** (e.g. 1000
    for a mg/m³ table and µg/m³ data), rounded to 1e-9, so that whole-number data meet the
    breakpoints exactly (NO2 = 565 µg/m³ is API 300, not 300.0000000001); ``fixed``
    names columns left unscaled (CO, published in mg/m³)."""

    def __init__(self, table=None, index="api", scale=1.0, fixed=()):
        table = table or T.load("api_breakpoints")
        self.name = table.name
        self.index = index
        idx = np.array([T.to_float(v, table.name, index, i + 1)
                        for i, v in enumerate(table.column(index))])
        self.api = idx
        self.pollutants = [h for h in table.headers if h != index]
        if not self.pollutants or idx.size < 2:
            raise EnvZoningError("Table '%s' needs an '%s' column, one column per pollutant "
                                 "and at least two rows / 表“%s”格式不符"
                                 % (self.name, index, self.name))
        if np.any(np.diff(idx) <= 0):
            raise EnvZoningError("Table '%s', column '%s': breakpoints must increase / "
                                 "表“%s”列“%s”的分段点须递增" % (self.name, index, self.name, index))
        self.conc, self.top = {}, {}
        for p in self.pollutants:
            col = [v.strip() for v in table.column(p)]
            n = len(col)
            while n and not col[n - 1]:
                n -= 1
            c = np.array([T.to_float(v, table.name, p, i + 1) for i, v in enumerate(col[:n])])
            if c.size < 2 or np.any(np.diff(c) <= 0):
                raise EnvZoningError("Table '%s', column '%s': breakpoints must increase / "
                                     "表“%s”列“%s”的分段点须递增" % (self.name, p, self.name, p))
            f = 1.0 if p in fixed else float(scale)
            self.conc[p] = np.round(c * f, 9) if f != 1.0 else c
            self.top[p] = idx[:c.size]

    def subindex(self, pollutant, conc):
        key = pollutant.lower()
        if key not in self.conc:
            raise EnvZoningError("Pollutant '%s' is not in table '%s' (columns: %s) / 污染物“%s”不在表中"
                                 % (pollutant, self.name, ", ".join(self.pollutants), pollutant))
        c = np.asarray(conc, dtype="float64")
        return np.interp(c, self.conc[key], self.top[key])  # clamps at both ends


def aqi_table(table=None, unit_ug=True):
    """The IAQI breakpoints of HJ 633-2012 (shipped ``aqi_breakpoints``: µg/m³, CO mg/m³)
    for data in µg/m³ (``unit_ug``) or mg/m³ (CO always mg/m³)."""
    return ApiTable(table or T.load("aqi_breakpoints"), "iaqi",
                    1.0 if unit_ug else 0.001, fixed=("co",))


def aqi_round(values):
    """HJ 633-2012 5.1: IAQI and AQI are rounded **up** to whole numbers (AQI 50.2 → 51,
    良); a value within 1e-9 of a whole number is that number."""
    v = np.asarray(values, dtype="float64")
    return np.ceil(np.round(v, 9))


def aqi_quality(aqi_values, table=None):
    """Quality level 5…1 of AQI values by HJ 633-2012 (shipped ``air_aqi_classes``):
    ≤50 优 5, 51–100 良 4, 101–150 轻度 3, 151–200 中度 2, 201–300 重度 1, >300 严重 1."""
    table = table or T.load("air_aqi_classes")
    return T.Breaks(table, "quality").classify(aqi_round(aqi_values), 0).astype("int64")


def api(concentrations, table=None, names=None):
    """API = max of the sub-indices. ``concentrations``: {pollutant: array (mg/m³)}.
    Returns (api array, {pollutant: sub-index array})."""
    table = table if isinstance(table, ApiTable) else ApiTable(table)
    subs = {}
    n = None
    for p, c in concentrations.items():
        c = np.asarray(c, dtype="float64")
        n = c.size
        names_ = _names(names, n)
        _arr(c, "%s concentration / 浓度" % p, names_)
        subs[p] = table.subindex(p, c)
    if not subs:
        raise EnvZoningError("No pollutant given for the API / 未给出计算 API 的污染物")
    return np.max(np.vstack(list(subs.values())), axis=0), subs


def air_quality(api_values, table=None):
    """Quality level 5…1 of API values by table 6-1 (shipped ``air_api_classes``):
    ≤50 优 5, (50,100] 良 4, (100,150] 轻微 3, (150,200] 轻度 3, (200,300] 中度 2, >300 重度 1."""
    table = table or T.load("air_api_classes")
    return T.Breaks(table, "quality").classify(api_values, 0).astype("int64")


# -- water (annex-1 5(2), tables 6-2, 6-3) ---------------------------------------------------

def _key(s):
    return "".join(ch for ch in str(s).lower() if ch.isalnum() or ord(ch) > 127)


class WaterLimits:
    """GB 3838-2002 basic-item limits (rows: item, name_zh, bound min/max, I…V)."""

    def __init__(self, table=None):
        table = table or T.load("gb3838_limits")
        self.name = table.name
        self.items = {}
        for i, row in enumerate(table.dicts()):
            lim = np.array([T.to_float(row[c], table.name, c, i + 1)
                            for c in ("I", "II", "III", "IV", "V")])
            bound = row["bound"].strip().lower()
            if bound not in ("min", "max"):
                raise EnvZoningError("Table '%s', row %d: bound must be 'min' or 'max', not '%s'"
                                     % (self.name, i + 1, row["bound"]))
            self.items[_key(row["item"])] = (row["item"], bound, lim)
            if row.get("name_zh"):
                self.items.setdefault(_key(row["name_zh"]), (row["item"], bound, lim))

    def item(self, name):
        k = _key(name)
        if k not in self.items:
            raise EnvZoningError(
                "Water indicator '%s' is not in table '%s' (items: %s) / 水质指标“%s”不在限值表中"
                % (name, self.name, ", ".join(sorted({v[0] for v in self.items.values()})),
                   name))
        return self.items[k]

    def classes(self, indicator, values):
        """Class 1…6 (I…劣V) of each value of one indicator; NaN → 0. A value equal to a
        limit is in that class (limits are ≤ for 'max' items, ≥ for DO)."""
        _, bound, lim = self.item(indicator)
        v = np.asarray(values, dtype="float64")
        if bound == "max":
            c = np.searchsorted(lim, v, side="left") + 1
        else:  # DO: class I needs ≥ 7.5 … class V ≥ 2
            c = np.searchsorted(-lim, -v, side="left") + 1
        return np.where(np.isnan(v), 0, c).astype("int64")


def water_class(concentrations, limits=None):
    """Class 1…6 of each section (or mean) = the worst class over the indicators given.
    ``concentrations``: {indicator: array}; NaN indicators are skipped, all-NaN → 0."""
    limits = limits if isinstance(limits, WaterLimits) else WaterLimits(limits)
    cls = None
    for ind, v in concentrations.items():
        c = limits.classes(ind, v)
        cls = c if cls is None else np.maximum(cls, c)
    if cls is None:
        raise EnvZoningError("No water indicator given / 未给出水质指标")
    return cls


def parse_water_class(value):
    """'I'…'V', '劣V' (also Ⅰ…Ⅴ, 劣Ⅴ, 'V+', 1…6, 'II类') → 1…6; None/'' → 0; else None."""
    if value is None:
        return 0
    s = str(value).strip().replace("类", "").replace("水质", "")
    if s == "" or s.upper() == "NULL":
        return 0
    s = (s.replace("Ⅰ", "I").replace("Ⅱ", "II").replace("Ⅲ", "III").replace("Ⅳ", "IV")
         .replace("Ⅴ", "V").upper())
    try:
        f = float(s)
        return int(f) if f == int(f) and 1 <= f <= 6 else None
    except ValueError:
        pass
    if s in ("劣V", "V+", ">V", "WORSE THAN V", "WORSEV"):
        return 6
    return {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}.get(s)


def water_class_quality(classes, table=None):
    """Table 6-2: class 1…6 → quality 5 (I–II 优), 4 (III), 3 (IV), 2 (V), 1 (劣V)."""
    table = table or T.load("water_class_quality")
    m = T.CodeMap(table, "class", "quality")
    c = np.asarray(classes, dtype="int64")
    return m.apply(c, c > 0, table.name).astype("int64")


class ShareRules:
    """Table 6-3 as rows (rule, i_iii_min, i_iii_max, worse_v_min, worse_v_max, …, quality):
    a row matches when ``min ≤ share < max`` for both shares (percent); the first row in
    table order wins. Row 6 of the shipped table is a **Decision**: the seed's rows leave
    out exactly I–III = 60 % with 劣V = 40 % (e.g. 3 of 5 sections I–III, 2 劣V); it is
    graded 重度污染, as its 劣V share says."""

    def __init__(self, table=None):
        table = table or T.load("water_share_rules")
        self.name = table.name
        self.rows = []
        for i, r in enumerate(table.dicts()):
            f = [T.to_float(r[c], table.name, c, i + 1)
                 for c in ("i_iii_min", "i_iii_max", "worse_v_min", "worse_v_max", "quality")]
            self.rows.append((r["rule"], *f))

    def apply(self, share_i_iii, share_worse_v, label="unit"):
        a = round(float(share_i_iii), 9)
        b = round(float(share_worse_v), 9)
        for rule, a0, a1, b0, b1, q in self.rows:
            if a0 <= a < a1 and b0 <= b < b1:
                return int(q), rule
        raise EnvZoningError(
            "Unit '%s': no row of table '%s' matches I–III %.1f %% and 劣V %.1f %% / "
            "单元“%s”的Ⅰ～Ⅲ类比例 %.1f%%、劣Ⅴ类比例 %.1f%% 不符合表“%s”任何一行"
            % (label, self.name, a, b, label, a, b, self.name))


def water_unit_quality(members, section_class=None, concentrations=None, limits=None,
                       class_table=None, share_table=None, names=None):
    """Water quality level per unit (annex-1 5(2)).

    ``members``: for each unit the list of section indices it takes. ``section_class``:
    class 1…6 per section (0 = unknown) or None; ``concentrations``: {indicator: array per
    section} or None (at least one of the two).

    * fewer than 5 sections: the class of the arithmetic mean concentrations (GB 3838
      limits), then table 6-2. Without concentrations (classes only) — **Decision**: the
      mean class number rounded up (e.g. II and III → III).
    * 5 or more: each section's class (the class field, else from its concentrations), the
      shares of I–III and 劣V among them, then the rules of table 6-3 in order.

    Returns dict: quality, water_class (0 for share-rule units), n, method ('mean' or the
    table-6-3 rule that fired), share_i_iii, share_worse_v (NaN for mean units)."""
    limits = limits if isinstance(limits, WaterLimits) else WaterLimits(limits)
    rules = share_table if isinstance(share_table, ShareRules) else ShareRules(share_table)
    names = _names(names, len(members))
    if section_class is None and not concentrations:
        raise EnvZoningError("Water sections need a class field or concentrations / "
                             "断面需要水质类别字段或指标浓度")
    conc = {k: np.asarray(v, dtype="float64") for k, v in (concentrations or {}).items()}
    sec_cls = None
    if section_class is not None:
        sec_cls = np.asarray(section_class, dtype="int64")
    if conc:
        from_conc = water_class(conc, limits)
        sec_cls = from_conc if sec_cls is None else np.where(sec_cls > 0, sec_cls, from_conc)
    nu = len(members)
    out = {"quality": np.zeros(nu, "int64"), "water_class": np.zeros(nu, "int64"),
           "n": np.zeros(nu, "int64"), "method": [""] * nu,
           "share_i_iii": np.full(nu, np.nan), "share_worse_v": np.full(nu, np.nan)}
    for u, idx in enumerate(members):
        idx = list(idx)
        out["n"][u] = len(idx)
        if not idx:
            continue
        if len(idx) < 5:
            if conc:
                means = {k: np.array([np.nanmean(v[idx])]) if not np.isnan(v[idx]).all()
                         else np.array([np.nan]) for k, v in conc.items()}
                cls = int(water_class(means, limits)[0])
            else:
                cl = sec_cls[idx]
                cl = cl[cl > 0]
                cls = int(math.ceil(cl.mean() - 1e-9)) if cl.size else 0
            if cls == 0:
                raise EnvZoningError("Unit '%s': its sections have no usable class or "
                                     "concentration / 单元“%s”的断面没有可用数据"
                                     % (names[u], names[u]))
            out["water_class"][u] = cls
            out["quality"][u] = int(water_class_quality([cls], class_table)[0])
            out["method"][u] = "mean"
        else:
            cl = sec_cls[idx]
            if (cl <= 0).any():
                raise EnvZoningError("Unit '%s': %d of its sections have no class / "
                                     "单元“%s”有 %d 个断面缺少水质类别"
                                     % (names[u], int((cl <= 0).sum()), names[u],
                                        int((cl <= 0).sum())))
            a = 100.0 * np.count_nonzero(cl <= 3) / cl.size
            b = 100.0 * np.count_nonzero(cl == 6) / cl.size
            q, rule = rules.apply(a, b, names[u])
            out["quality"][u] = q
            out["method"][u] = "table 6-3 rule %s" % rule
            out["share_i_iii"][u] = a
            out["share_worse_v"][u] = b
    return out


# -- soil (annex-1 5(3)) -----------------------------------------------------------------

#: pH bands of GB 15618-2018 table 1: pH ≤ 5.5, 5.5 < pH ≤ 6.5, 6.5 < pH ≤ 7.5, pH > 7.5
SOIL_PH_BANDS = ("ph_le_5_5", "ph_5_5_to_6_5", "ph_6_5_to_7_5", "ph_gt_7_5")
SOIL_PH_BANDS_OLD = ("ph_le_5_5", "ph_5_5_6_5", "ph_6_5_7_5", "ph_gt_7_5")
SOIL_PADDY = ("水田", "paddy", "paddy_field", "1")   # GB 15618-2018 表1 land-use columns
SOIL_ORCHARD = ("果园", "orchard")


def soil_ph_band(ph):
    """0…3: the GB 15618-2018 band of each pH (upper limits inclusive: 5.5 is band 0)."""
    p = np.asarray(ph, dtype="float64")
    return (p > 5.5).astype("int64") + (p > 6.5) + (p > 7.5)


def soil_landuse(value):
    """'paddy' (水田), 'orchard' (果园) or 'other' (其他) of a land-use value."""
    t = str(value).strip().lower()
    if t.endswith(".0"):
        t = t[:-2]
    return "paddy" if t in SOIL_PADDY else "orchard" if t in SOIL_ORCHARD else "other"


def soil_standards_by_ph(table, pollutants, ph, paddy=None, names=None, keyfn=None,
                         landuse=None):
    """Screening value per sample and pollutant (n × p) from the GB 15618-2018 table
    (``gb15618_farmland``: pollutant, name_zh, kind screening/intervention, land paddy/
    orchard/other/all, one column per pH band; the screening rows are read) by each
    sample's pH and land use (``paddy``: booleans, or ``landuse``: 'paddy' / 'orchard' /
    'other' per sample; default 其他). Every pollutant needs an other (或 all) row; a land
    use without its own row takes 其他, as GB 15618-2018 table 1 reads (Cu has 果园 and 其他,
    Ni and Zn one row for all). A table with a ``landuse`` column (水田/果园/其他) and the
    band columns ph_5_5_6_5, ph_6_5_7_5 (the layout before issue 17) reads the same."""
    keyfn = keyfn or (lambda s: "".join(ch for ch in str(s).lower() if ch.isalnum()))
    ph = np.asarray(ph, dtype="float64")
    names = _names(names, ph.size)
    bad = np.flatnonzero(~np.isfinite(ph) | (ph < 0) | (ph > 14))
    if bad.size:
        i = int(bad[0])
        raise EnvZoningError("Sample '%s': pH %s is missing or not within 0–14 / 样点“%s”的 pH 值"
                             "“%s”缺失或不在 0–14 内" % (names[i], ph[i], names[i], ph[i]))
    if landuse is None:
        paddy = np.zeros(ph.size, bool) if paddy is None else np.asarray(paddy, bool)
        landuse = np.where(paddy, "paddy", "other")
    landuse = np.asarray([soil_landuse(u) if u not in ("paddy", "orchard", "other") else u
                          for u in landuse])
    bands = SOIL_PH_BANDS if all(c in table.headers for c in SOIL_PH_BANDS) \
        else SOIL_PH_BANDS_OLD
    lut = {}
    for i, row in enumerate(table.dicts(), start=1):
        if row.get("kind", "screening").strip().lower() != "screening":
            continue
        land = row.get("land", row.get("landuse", "")).strip().lower()
        use = "other" if land == "all" else soil_landuse(land)
        vals = [T.to_float(row.get(c, ""), table.name, c, i) for c in bands]
        for k in (row.get("pollutant", ""), row.get("name_zh", "")):
            if k.strip():
                lut[(keyfn(k), use)] = vals
    band = soil_ph_band(ph)
    out = np.zeros((ph.size, len(pollutants)))
    for j, p in enumerate(pollutants):
        if (keyfn(p), "other") not in lut:
            raise EnvZoningError("Pollutant '%s' has no 其他 (other) row in table '%s' / 污染物“%s”"
                                 "在表“%s”中缺少“其他”行" % (p, table.name, p, table.name))
        ov = np.array(lut[(keyfn(p), "other")])
        out[:, j] = ov[band]
        for use in ("paddy", "orchard"):
            if (keyfn(p), use) in lut:
                sel = landuse == use
                out[sel, j] = np.array(lut[(keyfn(p), use)])[band[sel]]
    return out


def soil_pi(concentrations, standards, pollutants, names=None):
    """Single-factor indices Pi = Ci / Si. ``concentrations``: samples × pollutants;
    ``standards``: pollutants (or samples × pollutants). NaN Ci stays NaN."""
    c = np.asarray(concentrations, dtype="float64")
    s = np.asarray(standards, dtype="float64")
    if c.ndim == 1:
        c = c[:, None]
    s = np.broadcast_to(s, c.shape)
    bad = ~(s > 0)
    if bad.any():
        i, j = (int(x[0]) for x in np.nonzero(bad))
        nm = _names(names, c.shape[0])[i]
        raise EnvZoningError("Sample '%s': standard of '%s' is %s, it must be positive / "
                             "样点“%s”的“%s”评价标准 %s 无效（须为正数）"
                             % (nm, pollutants[j], _fmt(s[i, j]), nm, pollutants[j],
                                _fmt(s[i, j])))
    neg = c < 0
    if neg.any():
        i, j = (int(x[0]) for x in np.nonzero(neg))
        nm = _names(names, c.shape[0])[i]
        raise EnvZoningError("Sample '%s': concentration of '%s' is negative (%g) / 样点“%s”的“%s”浓度为负"
                             % (nm, pollutants[j], c[i, j], nm, pollutants[j]))
    return c / s


def soil_index(pi, method="max"):
    """Index of rows of Pi (one row per sample or unit): max Pi, or Nemerow
    sqrt((Pmax² + Pmean²) / 2) over the pollutants with a value."""
    p = np.atleast_2d(np.asarray(pi, dtype="float64"))
    ok = ~np.isnan(p)
    anyok = ok.any(axis=1)
    pmax = np.where(anyok, np.nanmax(np.where(ok, p, -np.inf), axis=1), np.nan)
    if method in ("max", 0):
        return pmax
    if method in ("nemerow", 1):
        cnt = ok.sum(axis=1)
        pmean = np.where(anyok, np.where(ok, p, 0).sum(axis=1) / np.maximum(cnt, 1), np.nan)
        return np.sqrt((pmax ** 2 + pmean ** 2) / 2.0)
    raise EnvZoningError("Unknown soil index method %r (use max, nemerow)" % (method,))


def soil_unit_quality(members, pi, method="max", table=None):
    """Per unit: Pi of each pollutant = mean Pi over the unit's samples (**Decision**), the
    unit index = max of them (or Nemerow), then the level by ``soil_pi_breaks``
    (≤1 优 5, (1,2] 良 4, (2,3] 轻度 3, (3,5] 中度 2, >5 重度 1). Units without samples: 0."""
    pi = np.atleast_2d(np.asarray(pi, dtype="float64"))
    nu = len(members)
    unit_pi = np.full((nu, pi.shape[1]), np.nan)
    for u, idx in enumerate(members):
        idx = list(idx)
        if idx:
            with np.errstate(all="ignore"):
                sub = pi[idx]
                okc = ~np.isnan(sub).all(axis=0)
                unit_pi[u, okc] = np.nanmean(sub[:, okc], axis=0)
    index = soil_index(unit_pi, method)
    table = table or T.load("soil_pi_breaks")
    level = T.Breaks(table, "quality").classify(index, 0).astype("int64")
    return {"index": index, "quality": level, "unit_pi": unit_pi}


# -- stations / samples / sections to units --------------------------------------------

def assign_points(distances, nearest=True, tolerance=1e-6):
    """Which points each unit takes, from a units × points distance matrix (0 = inside).
    Points inside a unit are all taken; a unit with none takes the nearest point (when
    ``nearest``; ties → the first) and is flagged. Returns (list of index lists, flags)."""
    d = np.asarray(distances, dtype="float64")
    if d.ndim != 2 or d.shape[1] == 0:
        raise EnvZoningError("No monitoring point to assign / 没有可用的监测点")
    members, flags = [], np.zeros(d.shape[0], dtype="int64")
    for u in range(d.shape[0]):
        inside = np.flatnonzero(d[u] <= tolerance)
        if inside.size:
            members.append(inside.tolist())
        elif nearest:
            members.append([int(np.nanargmin(d[u]))])
            flags[u] = 1
        else:
            members.append([])
    return members, flags


def air_unit_api(members, api_values=None, concentrations=None, aggregation="mean_concentration",
                 table=None):
    """API per unit from its stations. ``aggregation``: 'mean_concentration' (default: API of
    the stations' mean concentrations; with an API field given, the mean API), 'mean_api',
    'max_api' (the worst station)."""
    table = table if isinstance(table, ApiTable) else ApiTable(table)
    if api_values is None and not concentrations:
        raise EnvZoningError("Stations need concentrations or an API field / 站点需要浓度或 API 字段")
    st_api = None
    if api_values is not None:
        st_api = np.asarray(api_values, dtype="float64")
    else:
        st_api, _ = api(concentrations, table)
    if aggregation not in AIR_AGGREGATIONS and aggregation not in (0, 1, 2):
        raise EnvZoningError("Unknown station aggregation %r (use %s)"
                             % (aggregation, ", ".join(AIR_AGGREGATIONS)))
    out = np.full(len(members), np.nan)
    for u, idx in enumerate(members):
        idx = list(idx)
        if not idx:
            continue
        if aggregation in ("max_api", 2):
            out[u] = np.nanmax(st_api[idx])
        elif aggregation in ("mean_concentration", 0) and api_values is None:
            means = {p: [np.nanmean(np.asarray(c, dtype="float64")[idx])]
                     for p, c in concentrations.items()}
            out[u] = api(means, table)[0][0]
        else:  # mean_api, or mean_concentration when only an API field is given
            out[u] = np.nanmean(st_api[idx])
    return out, st_api


# -- emission (annex-1 7) -----------------------------------------------------------------

EMISSION_POLLUTANTS = ("cod", "nh3n", "so2", "nox")


def emission(loads, area_km2, names=None, k=5, method="natural_breaks"):
    """Intensities per km² of COD, NH3-N (water) and SO2, NOx (air); each classed 1…5 by
    ``method`` over the units (5 = highest intensity); water = max(COD, NH3-N),
    air = max(SO2, NOx), emission level = max(water, air). ``loads``: {pollutant: t/a}."""
    n = len(np.atleast_1d(area_km2))
    names = _names(names, n)
    area = _arr(area_km2, "area (km²) / 面积", names, allow_zero=False)
    out = {}
    for p in EMISSION_POLLUTANTS:
        if p not in loads:
            raise EnvZoningError("Emission of '%s' is missing / 缺少 %s 排放量" % (p, p))
        v = _arr(loads[p], "%s emission / 排放量" % p, names)
        out[p + "_int"] = v / area
        out[p + "_lvl"] = C.classify(out[p + "_int"], k, method, p + " intensity")
    out["water_emis"] = np.maximum(out["cod_lvl"], out["nh3n_lvl"])
    out["air_emis"] = np.maximum(out["so2_lvl"], out["nox_lvl"])
    out["emission"] = np.maximum(out["water_emis"], out["air_emis"])
    return out


# -- K and A (Z 3.1, 3.2.3; SPEC 3a) ------------------------------------------------------

def _levels(values, label, names):
    a = np.asarray(values, dtype="float64").ravel()
    bad = np.isnan(a) | (a < 1) | (a > 5) | (a != np.round(a))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise EnvZoningError("Unit '%s': %s is %s, it must be a level 1–5 / 单元“%s”的 %s 值 %s 不是 1–5 级"
                             % (names[i], label, _fmt(a[i]), names[i], label, _fmt(a[i])))
    return a.astype("int64")


def quality_index(levels, names=None):
    """Environmental quality index = min of the given quality levels (annex-1 5).
    ``levels``: {label: array 1–5}; at least one."""
    if not levels:
        raise EnvZoningError("Give at least one quality level (air, water or soil) / "
                             "至少给出一个环境质量等级（大气、水或土壤）")
    arrs = []
    for label, v in levels.items():
        n = len(np.atleast_1d(v))
        arrs.append(_levels(v, label, _names(names, n)))
    return np.min(np.vstack(arrs), axis=0)


def k_index(quality, emission_level, formula="product", names=None):
    """SPEC 3a: k = (quality/5)·((6 − emission)/5) (product, default); min or mean of the
    two normalised terms as options. quality 5 = best, emission 5 = heaviest; k in (0, 1]."""
    n = len(np.atleast_1d(quality))
    names = _names(names, n)
    q = _levels(quality, "quality", names) / 5.0
    e = (6 - _levels(emission_level, "emission", names)) / 5.0
    if formula in ("product", 0):
        return q * e
    if formula in ("min", 1):
        return np.minimum(q, e)
    if formula in ("mean", 2):
        return (q + e) / 2.0
    raise EnvZoningError("Unknown K formula %r (use %s)" % (formula, ", ".join(K_FORMULAS)))


def composite(p1, p2_values, k_values, k=5, method="natural_breaks"):
    """Z 3.1: a = K·P2 − P1 per cell (NaN where any input is missing), and A classed into
    ``k`` classes by ``method`` over the cells (a_class 5 = 高 … 1 = 低; 0 = nodata)."""
    p1 = np.asarray(p1, dtype="float64")
    a = np.asarray(k_values, dtype="float64") * np.asarray(p2_values, dtype="float64") - p1
    return a, C.classify(a, k, method, "A")


def majority_unit(overlaps):
    """For each cell, the unit covering most of it. ``overlaps``: per cell a list of
    (unit index, overlap area). Ties → the lower unit index. None where no overlap."""
    out = []
    for ov in overlaps:
        best, best_area = None, 0.0
        for u, area in sorted(ov):
            if area > best_area + 1e-9 * max(1.0, best_area):
                best, best_area = u, area
        out.append(best)
    return out
