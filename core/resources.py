"""Soil and resource element zones from data (issue 17 item 4; N 5.8.3(4), N 5.9.2).

Plain Python (no qgis, no GDAL); ``elementzones`` reads the layers and turns each result into
a *role* that the element rule table (``element_rules.csv``) already knows, so the zones go
through the same rules, precedence and output as every other source.

农用地土壤环境质量类别 (GB 15618-2018; 农用地土壤环境质量类别划分技术指南)
    For every sample and pollutant i: Ci/Si against the risk **screening** value Si
    (表1, by pH band and land use: 水田 ``paddy`` / 果园 ``orchard`` (Cu only) / other) and
    Ci/Gi against the risk **intervention** value Gi (表3, Cd Hg As Pb Cr). A plot (a
    farmland polygon) takes the samples inside it and the largest ratios among them:
    max Ci/Si ≤ 1 → 优先保护类 (role ``farmland_priority``, rule SOIL-1, class 1);
    max Ci/Gi > 1 → 严格管控类 (``farmland_strict_control``, SOIL-3, class 2);
    otherwise → 安全利用类 (``farmland_safe_use``, SOIL-3, class 2). Cu, Ni, Zn have no
    intervention value: they can make a plot 安全利用, never 严格管控. pH bands: ≤ 5.5,
    5.5–6.5, 6.5–7.5, > 7.5 (upper bounds included). A sample without pH takes the lowest
    (strictest) value of the four bands. A plot without samples gets no class.

    **By interpolation** (:func:`idw`, :func:`interpolate`, :func:`classify_points`): each
    pollutant's concentration and the pH are interpolated by inverse distance weighting,
    z(x) = Σ wᵢ zᵢ / Σ wᵢ with wᵢ = dᵢ^-p over the samples within ``radius`` of x (power
    p = :data:`IDW_POWER` = 2, radius :data:`IDW_RADIUS` = 2 000 m; radius 0 = all samples;
    a point on a sample takes its value; samples missing a value are skipped for that
    variable). A point with no sample within the radius gets no class; a point with no pH
    sample within it takes the strictest band. Each point is then classed as a sample
    (:func:`soil_class`): on a grid (every cell centre) or aggregated by plot (the mean of
    the interpolated concentrations and pH over the cell centres inside the plot, or at its
    interior point when no centre falls inside, classed with the plot's land use).

水资源超载 (N 5.9.2)
    A township table field with 超载 / 临界超载 / 不超载 (or overloaded / critical / not):
    超载 → ``water_overloaded``, 临界超载 → ``water_critical`` (rule WR-1, key), 不超载 → no
    zone (the element's general zone). Anything else is an error naming the value.

岸线分类 (N 5.9.2)
    Lines with 严格保护 / 限制开发 / 优化利用, buffered to polygons (``SHORELINE_BUFFER`` m):
    严格保护岸线 → 优先保护岸线 (``shore_protection``, SH-1, class 1); 优化利用岸线 →
    重点管控岸线 (``shore_development``, SH-2, class 2); 限制开发岸线 → 一般管控岸线
    (``shore_controlled``, SH-3, class 3). **Decision:** this follows the usual reading of the
    三线一单 technical requirements (the developed shoreline is where pressure concentrates).
"""

import math
import unicodedata

import numpy as np

from .errors import EnvZoningError

IDW_POWER = 2.0
IDW_RADIUS = 2000.0

BANDS = ["ph_le_5_5", "ph_5_5_to_6_5", "ph_6_5_to_7_5", "ph_gt_7_5"]
BAND_TOPS = [5.5, 6.5, 7.5, math.inf]
LANDS = {"paddy": "paddy", "水田": "paddy", "orchard": "orchard", "果园": "orchard",
         "other": "other", "其他": "other", "旱地": "other", "dry": "other"}
SOIL_CLASSES = ["优先保护", "安全利用", "严格管控"]
SOIL_ROLES = {"优先保护": "farmland_priority", "安全利用": "farmland_safe_use",
              "严格管控": "farmland_strict_control"}
OVERLOAD = {"超载": "water_overloaded", "overloaded": "water_overloaded",
            "临界超载": "water_critical", "critical": "water_critical",
            "不超载": None, "not overloaded": None, "not": None, "未超载": None}
SHORELINE = {"严格保护": "shore_protection", "严格保护岸线": "shore_protection",
             "优化利用": "shore_development", "优化利用岸线": "shore_development",
             "限制开发": "shore_controlled", "限制开发岸线": "shore_controlled"}


def _key(value):
    return unicodedata.normalize("NFKC", str(value if value is not None else "")).strip().lower()


class SoilStandard:
    """GB 15618-2018 values of a table like ``gb15618_farmland.csv``."""

    def __init__(self, table):
        self.name = table.name
        self.values = {}   # (pollutant, kind, land) -> [4 band values]
        self.names = {}    # pollutant -> Chinese name (a sample field may use either)
        for i, row in enumerate(table.dicts(), start=1):
            p, kind, land = _key(row.get("pollutant")), _key(row.get("kind")), \
                _key(row.get("land")) or "all"
            if row.get("name_zh", "").strip():
                self.names[p] = row["name_zh"].strip()
            if kind not in ("screening", "intervention"):
                raise EnvZoningError("Table '%s', row %d: kind '%s' must be screening or "
                                     "intervention / 表“%s”第 %d 行：kind 应为 screening 或 "
                                     "intervention" % (table.name, i, kind, table.name, i))
            try:
                vals = [float(row[b]) for b in BANDS]
            except (KeyError, ValueError):
                raise EnvZoningError("Table '%s', row %d: the four pH-band values (%s) must be "
                                     "numbers / 表“%s”第 %d 行：四个 pH 段的值应为数字"
                                     % (table.name, i, ", ".join(BANDS), table.name, i)) from None
            if any(not v > 0 or math.isinf(v) for v in vals):
                raise EnvZoningError("Table '%s', row %d: values must be positive / 表“%s”第 %d 行："
                                     "值应为正数" % (table.name, i, table.name, i))
            self.values[(p, kind, land)] = vals
        self.pollutants = sorted({p for p, _, _ in self.values})

    def bands(self, pollutant, kind, land="other"):
        """The four pH-band values of a pollutant, kind and land use (the land use's own
        row, else other, else all); None when the table has none."""
        land = LANDS.get(_key(land), "other")
        for ld in (land, "other", "all"):
            vals = self.values.get((pollutant, kind, ld))
            if vals is not None:
                return vals
        return None

    def value(self, pollutant, kind, land="other", ph=None):
        """Si or Gi for a pollutant, land use and pH (None: the strictest band); None when
        the table has no such value (Cu, Ni, Zn have no intervention value)."""
        vals = self.bands(pollutant, kind, land)
        if vals is None:
            return None
        if ph is None:
            return min(vals)
        for top, v in zip(BAND_TOPS, vals):
            if ph <= top:
                return v
        return vals[-1]


def sample_ratios(conc, standard, land="other", ph=None):
    """(max Ci/Si, max Ci/Gi, pollutant of the max Ci/Si) of one sample; ``conc`` =
    {pollutant: mg/kg} (missing / None pollutants are skipped)."""
    rs, rg, worst = 0.0, 0.0, ""
    for p, c in conc.items():
        if c is None:
            continue
        c = float(c)
        if not c >= 0:
            raise EnvZoningError("Concentration of %s is %r: must be ≥ 0 / %s 含量应 ≥ 0" % (p, c, p))
        s = standard.value(p, "screening", land, ph)
        if s is not None and c / s > rs:
            rs, worst = c / s, p
        g = standard.value(p, "intervention", land, ph)
        if g is not None:
            rg = max(rg, c / g)
    return rs, rg, worst


def soil_class(max_si, max_gi):
    """优先保护 (max Ci/Si ≤ 1), 严格管控 (max Ci/Gi > 1) or 安全利用."""
    if max_si <= 1.0:
        return "优先保护"
    if max_gi > 1.0:
        return "严格管控"
    return "安全利用"


def plot_class(samples, standard, land="other"):
    """Class of a plot from its samples [(conc dict, pH or None)]: the largest ratios among
    them. Returns (class, max Ci/Si, max Ci/Gi, worst pollutant); None without samples."""
    if not samples:
        return None
    best_s, best_g, worst = 0.0, 0.0, ""
    for conc, ph in samples:
        rs, rg, w = sample_ratios(conc, standard, land, ph)
        if rs > best_s:
            best_s, worst = rs, w
        best_g = max(best_g, rg)
    return soil_class(best_s, best_g), best_s, best_g, worst


def idw(sx, sy, sv, px, py, power=IDW_POWER, radius=IDW_RADIUS, chunk=4096):
    """Inverse-distance weighted values at the points (px, py) from samples (sx, sy, sv):
    Σ wᵢ vᵢ / Σ wᵢ, wᵢ = dᵢ^-power over the samples within ``radius`` (≤ 0 or None: all);
    NaN sample values are skipped; a point with no sample within the radius is NaN; a
    point within 1 mm of a sample takes the mean of the samples there."""
    if not power > 0:
        raise EnvZoningError("IDW power %r must be positive / IDW 幂指数应为正数" % (power,))
    sx, sy, sv = (np.asarray(a, dtype="float64").ravel() for a in (sx, sy, sv))
    ok = np.isfinite(sv)
    sx, sy, sv = sx[ok], sy[ok], sv[ok]
    px, py = np.asarray(px, dtype="float64").ravel(), np.asarray(py, dtype="float64").ravel()
    out = np.full(px.size, np.nan)
    if sv.size == 0:
        return out
    lim = np.inf if radius is None or radius <= 0 else float(radius)
    for a in range(0, px.size, chunk):
        b = min(px.size, a + chunk)
        d = np.hypot(px[a:b, None] - sx[None, :], py[a:b, None] - sy[None, :])
        near = d <= lim
        on = d < 1e-3
        with np.errstate(divide="ignore"):
            w = np.where(near & ~on, 1.0 / np.maximum(d, 1e-3) ** power, 0.0)
        sw = w.sum(axis=1)
        val = np.where(sw > 0, (w * sv).sum(axis=1) / np.where(sw > 0, sw, 1.0), np.nan)
        n_on = on.sum(axis=1)
        exact = n_on > 0
        if exact.any():
            val[exact] = (on[exact] * sv).sum(axis=1) / n_on[exact]
        out[a:b] = val
    return out


def interpolate(samples, px, py, power=IDW_POWER, radius=IDW_RADIUS):
    """({pollutant: concentration at each point}, pH at each point) by :func:`idw` from
    samples [(x, y, {pollutant: mg/kg}, pH or None)]; NaN where no sample is near."""
    sx = [s[0] for s in samples]
    sy = [s[1] for s in samples]
    pols = sorted({p for s in samples for p, v in s[2].items() if v is not None})
    conc = {}
    for p in pols:
        vals = [float(s[2][p]) if s[2].get(p) is not None else np.nan for s in samples]
        if any(v < 0 for v in vals if not np.isnan(v)):
            raise EnvZoningError("Concentration of %s must be ≥ 0 / %s 含量应 ≥ 0" % (p, p))
        conc[p] = idw(sx, sy, vals, px, py, power, radius)
    ph = idw(sx, sy, [s[3] if s[3] is not None else np.nan for s in samples], px, py, power,
             radius)
    return conc, ph


def _by_band(vals, ph):
    """The band value of each pH (NaN: the strictest of the four)."""
    vals = np.asarray(vals, dtype="float64")
    band = (ph > 5.5).astype(int) + (ph > 6.5) + (ph > 7.5)
    return np.where(np.isnan(ph), vals.min(), vals[band])


def classify_points(conc, ph, standard, land="other"):
    """(class, max Ci/Si, max Ci/Gi) per point of interpolated values: class 1 优先保护,
    2 安全利用, 3 严格管控 (:data:`SOIL_CLASSES` order), 0 where no pollutant has a value."""
    ph = np.asarray(ph, dtype="float64")
    rs = np.full(ph.shape, np.nan)
    rg = np.zeros(ph.shape)
    for p, c in conc.items():
        c = np.asarray(c, dtype="float64")
        s = standard.bands(p, "screening", land)
        if s is not None:
            r = c / _by_band(s, ph)
            rs = np.where(np.isnan(rs), r, np.fmax(rs, r))
        g = standard.bands(p, "intervention", land)
        if g is not None:
            rg = np.fmax(rg, np.nan_to_num(c / _by_band(g, ph), nan=0.0))
    cls = np.where(np.isnan(rs), 0, np.where(rs <= 1.0, 1, np.where(rg > 1.0, 3, 2)))
    return cls.astype(np.uint8), rs, rg


def aggregate_plot(conc, ph, standard, land="other"):
    """Class of a plot from the interpolated values at its points (the mean concentration
    and pH over them): (class name, max Ci/Si, max Ci/Gi) or None when nothing is near."""
    mean = {}
    for p, c in conc.items():
        c = np.asarray(c, dtype="float64")
        if np.isfinite(c).any():
            mean[p] = np.array([np.nanmean(c)])
    if not mean:
        return None
    ph = np.asarray(ph, dtype="float64")
    m_ph = np.array([np.nanmean(ph) if np.isfinite(ph).any() else np.nan])
    cls, rs, rg = classify_points(mean, m_ph, standard, land)
    return SOIL_CLASSES[int(cls[0]) - 1], float(rs[0]), float(rg[0])


def overload_role(value, where=""):
    """The role of a township's water-resource overload value (None = not overloaded)."""
    k = _key(value)
    if k in OVERLOAD:
        return OVERLOAD[k]
    raise EnvZoningError("%s: water-resource value '%s' must be 超载, 临界超载 or 不超载 / "
                         "%s：水资源承载状态“%s”应为超载、临界超载或不超载" % (where, value, where, value))


def shoreline_role(value, where=""):
    k = _key(value)
    if k in SHORELINE:
        return SHORELINE[k]
    raise EnvZoningError("%s: shoreline class '%s' must be 严格保护, 限制开发 or 优化利用 / "
                         "%s：岸线类别“%s”应为严格保护、限制开发或优化利用" % (where, value, where, value))
