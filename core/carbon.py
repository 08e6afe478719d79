"""Ecosystem carbon stock and greenhouse-gas control zones (for envzoning:carbonzones,
N 5.8.3(7) 温室气体管控分区). Plain numpy.

The stock follows the InVEST carbon model's structure: four pools per land-cover class —
above-ground biomass, below-ground biomass, soil organic carbon, dead organic matter, in
t C/ha — summed and multiplied by the cell area. An **empty** cell is an unknown pool (0 is
written as 0): a class of the land cover with an unknown pool is an error naming the class
and the pools. The shipped table ``carbon_pools.csv`` holds only the IPCC Tier 1 defaults
that can be cited exactly (its ``source`` column names table and page): soil organic carbon
SOCref of the 2019 Refinement (Vol. 4 Ch. 2 Table 2.3, warm temperate moist, LAC soils and
wetland soils, 0–30 cm; cropland × F_LU 0.69 of Ch. 5 Table 5.5) and the Tier 1 zero dead
organic matter of non-forest land. The biomass pools have no shipped default: they differ by
region and stand and come from a local survey, the forest inventory or a cited study.

Priority (温室气体优先保护区): the cells of highest carbon density that together cover
``high_share`` of the region's area (:func:`top_area_mask`). Key (重点管控区): where the
pollutant and the CO2 emission hot spots coincide — both the cells holding
``emission_share`` of their totals (:func:`core.air.high_emission_mask`).
"""

import numpy as np

from .errors import EnvZoningError

POOLS = ["c_above", "c_below", "c_soil", "c_dead"]


def load_pools(table):
    """{code: (c_above, c_below, c_soil, c_dead, name)}; an empty pool is None (unknown:
    an error only if the class occurs); rows with all pools empty are kept as None."""
    out = {}
    for i, row in enumerate(table.dicts(), start=1):
        try:
            code = int(float(row.get("code", "")))
        except ValueError:
            raise EnvZoningError("Table '%s' row %d: code '%s' is not an integer / 表“%s”第 %d 行"
                                 "代码不是整数" % (table.name, i, row.get("code"), table.name,
                                                   i)) from None
        vals = [row.get(p, "").strip() for p in POOLS]
        if not any(vals):
            out[code] = None
            continue
        pools = []
        for col, v in zip(POOLS, vals):
            try:
                pools.append(float(v) if v else None)
            except ValueError:
                raise EnvZoningError(
                    "Table '%s' row %d (code %d), column %s: value '%s' — pools must be numbers "
                    "(t C/ha) / 表“%s”第 %d 行 %s 列的值“%s”应为数字" % (
                        table.name, i, code, col, v, table.name, i, col, v)) from None
        if min(p for p in pools if p is not None) < 0:
            raise EnvZoningError("Table '%s' row %d (code %d): a pool is negative / 碳密度为负"
                                 % (table.name, i, code))
        out[code] = tuple(pools) + (row.get("name_zh", "").strip(),)
    return out


def density(landcover, valid, pools, table_name="carbon_pools"):
    """Carbon density (t C/ha) per cell; error naming a class with no values or not listed."""
    out = np.zeros(landcover.shape, dtype=np.float64)
    for code in np.unique(landcover[valid]):
        code = int(code)
        p = pools.get(code, "missing")
        if p == "missing" or p is None:
            why = "is not in" if p == "missing" else "has no carbon pools in"
            raise EnvZoningError(
                "Land-cover class %d %s table '%s': give its four pools (t C/ha, from a local "
                "survey or a cited study) / 地类 %d 在碳密度表“%s”中无数值，请填写四个碳库（t C/ha）"
                % (code, why, table_name, code, table_name))
        unknown = [col for col, v in zip(POOLS, p[:4]) if v is None]
        if unknown:
            raise EnvZoningError(
                "Land-cover class %d (%s) has no carbon pools %s in table '%s' (an empty cell is "
                "unknown; write 0 for none): fill them from a local survey or a cited study / "
                "地类 %d（%s）在碳密度表“%s”中缺 %s（空格表示未知，无碳请填 0），请按本地调查或注明出处的研究填写"
                % (code, p[4], ", ".join(unknown), table_name, code, p[4], table_name,
                   "、".join(unknown)))
        out[(landcover == code) & valid] = sum(p[:4])
    return out


def top_area_mask(values, valid, share):
    """Cells of highest value covering ``share`` of the valid cells (ties: all cells of the
    threshold value are in; zero values never)."""
    if not 0.0 < share <= 1.0:
        raise EnvZoningError("HIGH_SHARE %g must be in (0, 1] / HIGH_SHARE 应在 0–1 之间" % share)
    v = values[valid]
    if v.size == 0:
        return np.zeros(values.shape, bool)
    k = max(1, int(round(share * v.size)))
    threshold = np.sort(v)[::-1][k - 1]
    return valid & (values >= threshold) & (values > 0)
