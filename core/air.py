"""Air-environment control zones from data (for envzoning:airzones, N 5.8.3(1) 大气环境管控分区).

Plain numpy (no GDAL, no qgis): the algorithm reads the rasters, calls these functions and
turns the masks into polygons.

- 优先保护区: 环境空气一类功能区 (nature reserves, scenic areas … given as polygons).
- 高排放区: the cells that together hold ``share`` (default 0.8) of the total emission
  mass, taken from the most intense cell down (:func:`high_emission_mask`).
- 弱扩散区: cells whose ventilation coefficient is below the threshold
  (:func:`low_ventilation_mask`).
- 布局敏感区: the upwind sector of the urban areas — from the urban area, the directions
  ``wind_from ± half_angle`` (meteorological: where the wind comes from, degrees clockwise
  from north), out to the given distance (:func:`sector_ring`).
- 受体敏感区: receptors (residential areas, schools, hospitals, care homes) buffered.
Order in which key kinds claim area: 高排放区, 受体敏感区, 弱扩散区, 布局敏感区
(:data:`KEY_ORDER`); priority first; the rest general.
"""

import math

import numpy as np

from .errors import EnvZoningError

KEY_ORDER = ["high_emission", "receptor", "weak_diffusion", "layout"]
KIND_ZH = {"class1": "环境空气一类功能区", "high_emission": "高排放区",
           "receptor": "受体敏感区", "weak_diffusion": "弱扩散区", "layout": "布局敏感区",
           "general": "一般管控区"}
UNIT_KIND = {"high_emission": "产业集聚类", "receptor": "城镇生活类"}
RULE = {"class1": "AIR-1", "high_emission": "AIR-2", "receptor": "AIR-3",
        "weak_diffusion": "AIR-4", "layout": "AIR-4", "general": "AIR-G"}


def high_emission_mask(values, valid, share=0.8):
    """Cells holding ``share`` of the total mass, most intense first (ties: all cells of
    the threshold value are in). Empty when there is no positive emission."""
    if not 0.0 < share <= 1.0:
        raise EnvZoningError("HIGH_EMISSION_SHARE %g must be in (0, 1] / 高排放占比应在 0–1 之间"
                             % share)
    v = np.where(valid & np.isfinite(values), values, 0.0).astype(np.float64)
    v[v < 0] = 0.0
    total = v.sum()
    if total <= 0:
        return np.zeros(v.shape, bool)
    flat = np.sort(v.ravel())[::-1]
    cum = np.cumsum(flat)
    k = int(np.searchsorted(cum, share * total - 1e-9 * total))
    threshold = flat[min(k, flat.size - 1)]
    return (v >= threshold) & (v > 0)


def low_ventilation_mask(vent, valid, threshold):
    """Cells whose ventilation coefficient (m²/s) is below ``threshold``."""
    return valid & np.isfinite(vent) & (vent < threshold)


def sector_ring(cx, cy, radius, wind_from, half_angle, steps=24):
    """Closed ring [(x, y), …] of the sector with apex (cx, cy) that opens towards the
    direction the wind comes from (degrees clockwise from north) ± ``half_angle``."""
    if radius <= 0 or not 0 < half_angle < 180:
        raise EnvZoningError("Sector: distance must be > 0 and SECTOR in (0, 180) degrees / "
                             "上风向扇区距离应 > 0，半角应在 0–180 度之间")
    pts = [(cx, cy)]
    for i in range(steps + 1):
        a = math.radians(wind_from - half_angle + 2.0 * half_angle * i / steps)
        pts.append((cx + radius * math.sin(a), cy + radius * math.cos(a)))
    pts.append((cx, cy))
    return pts
