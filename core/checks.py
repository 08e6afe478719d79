"""Checks of a zoning (Z 4.6, 4.5; SPEC section 4) as rows of a report table.

The glue measures the zones with QGIS geometry (areas by type, gaps, overlaps, invalid and
multi-part features, VI zones touching I/II) and counts forest and water cells of the land
cover with :func:`cover_areas`; :func:`run_checks` turns those figures into rows
``{check, name, clause, figure, threshold, unit, result, detail}``.

Results: ``pass``, ``fail``, ``flag`` (to be reviewed, not a failure) and ``n/a``.

**Decisions** (SPEC section 4 leaves them open):
- Region kind: a key ecological county (Z 4.6.2) is held to the 90 % of a source county
  (Z 4.6.1) — all nine counties Z 4.6.2 names are on the Z 4.6.1 list as well.
- Forest + water area (Z 4.6.1 "森林覆盖面积和水域面积之和"): land-cover cells whose code is in
  the forest or water code lists; CLCD defaults forest 2 林地 + 3 灌木 (China's forest cover
  counts special shrubland), water 5 水体 + 9 湿地 (水域 includes tidal and inland flats).
- Gaps and overlaps fail above ``tolerance`` × the region's area (default 0.01 %, the
  mergezones invariant); invalid geometries fail at any count.
- VI zones next to I/II (Z 4.6.2 "不得影响相邻高等级功能区") and multi-part zones (one code,
  several separate areas) are ``flag`` rows: they call for a review, not a rejection.
"""

import numpy as np

from . import vocab
from .errors import EnvZoningError
from .naming import normalize_type

KIND_SOURCE = "source"
KIND_KEY_ECO = "key_eco"
KIND_OTHER = "other"
KIND_NAMES = {KIND_SOURCE: "源头地区 source county", KIND_KEY_ECO: "重点生态功能区 key ecological county",
              KIND_OTHER: "其他地区 other"}


def parse_codes(text, what="codes"):
    """[2, 3] from '2,3' / '2 3' / '2，3'; error naming the value."""
    out = []
    for part in str(text or "").replace("，", ",").replace(";", ",").replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(int(float(part)))
        except ValueError:
            raise EnvZoningError("%s: '%s' is not a class code / 类别码“%s”不是整数"
                                 % (what, part, part)) from None
    return out


def region_kind(admin_code, source_table=None, key_table=None):
    """'key_eco', 'source' or 'other' for a 6-digit admin code (Z 4.6.1, 4.6.2)."""
    code = str(admin_code or "").strip()
    if len(code) != 6 or not code.isdigit():
        raise EnvZoningError(
            "Admin code '%s' must be the 6-digit county code (e.g. 331024) to tell the region "
            "kind / 行政区划代码“%s”应为 6 位县级代码" % (admin_code, admin_code))
    key = set(vocab.county_codes("key_eco_counties", key_table))
    src = set(vocab.county_codes("source_counties", source_table))
    if code in key:
        return KIND_KEY_ECO
    if code in src:
        return KIND_SOURCE
    return KIND_OTHER


def cover_counts(codes, valid, forest, water, mask=None):
    """(forest cells, water cells) of one block of land-cover codes."""
    ok = valid if mask is None else (valid & mask)
    c = np.asarray(codes)
    return (int(np.count_nonzero(ok & np.isin(c, forest))),
            int(np.count_nonzero(ok & np.isin(c, water))))


def cover_areas(landcover_path, grid, forest, water, mask_path=None, label="LANDCOVER",
                progress=None, is_canceled=None):
    """Forest and water area (km²) on ``grid``, inside the mask when given, block-wise."""
    from . import raster as R

    if not forest and not water:
        raise EnvZoningError("Give at least one forest or water class code / 至少给出一个林地或水域类别码")
    counts = [0, 0]
    inputs = {"cover": {"path": landcover_path, "resample": "nearest", "label": label}}
    if mask_path:
        inputs["mask"] = {"path": mask_path}

    def fn(b):
        m = (b.valid["mask"] & (b.data["mask"] > 0)) if "mask" in b.data else None
        f, w = cover_counts(b.data["cover"], b.valid["cover"], forest, water, m)
        counts[0] += f
        counts[1] += w
        return {}

    R.block_map(fn, grid, inputs, {}, progress=progress, is_canceled=is_canceled)
    cell_km2 = grid.cell_area / 1e6
    return counts[0] * cell_km2, counts[1] * cell_km2


#: Z 4.6.2 "不得影响相邻高等级功能区": the types a VI zone must not share a border with
VI_FORBIDDEN_NEIGHBOURS = ("I", "II")


def vi_neighbour(type_a, type_b, border_length, shared_area):
    """Which of two zones is a VI zone bordering an I/II one: 0 none, 1 the first, 2 the
    second. A border is a shared line or area (``border_length`` or ``shared_area`` > 0),
    not a corner point."""
    if not (border_length > 0 or shared_area > 0):
        return 0
    if type_a == "VI" and type_b in VI_FORBIDDEN_NEIGHBOURS:
        return 1
    if type_b == "VI" and type_a in VI_FORBIDDEN_NEIGHBOURS:
        return 2
    return 0


def _row(check, name, clause, figure, threshold, unit, result, detail):
    return {"check": check, "name": name, "clause": clause,
            "figure": None if figure is None else float(figure),
            "threshold": None if threshold is None else float(threshold),
            "unit": unit, "result": result, "detail": detail}


def run_checks(area_by_type, forest_km2, water_km2, kind, region_km2=None, gap_km2=None,
               overlap_km2=None, invalid=0, multipart=(), vi_neighbours=(),
               source_ratio=0.90, other_ratio=0.75, tolerance=0.0001):
    """Rows of the check table.

    ``area_by_type``: {'I': km², …} (types normalized, missing = 0). ``multipart``: labels of
    multi-part zones. ``vi_neighbours``: (VI label, I/II label) pairs that share a border.
    ``region_km2``/``gap_km2``/``overlap_km2`` None when there is no region to compare."""
    if kind not in KIND_NAMES:
        raise EnvZoningError("Region kind '%s' is not one of %s / 区域类型“%s”无效"
                             % (kind, ", ".join(KIND_NAMES), kind))
    area = {t: 0.0 for t in ("I", "II", "III", "IV", "V", "VI")}
    for t, a in area_by_type.items():
        area[normalize_type(t)] += float(a)
    rows = []
    total = sum(area.values())
    for t in area:
        rows.append(_row("area_" + t, "%s 类功能区面积 type %s area" % (t, t), "Z 4.6",
                         area[t], None, "km²", "info",
                         "占功能区总面积 %.2f %% of all zones" % (100.0 * area[t] / total if total else 0.0)))
    rows.append(_row("forest_water", "森林与水域面积 forest + water area", "Z 4.6.1",
                     forest_km2 + water_km2, None, "km²", "info",
                     "森林 forest %.3f km²，水域 water %.3f km²" % (forest_km2, water_km2)))

    # Z 4.6.1: I + II >= 90 % (source) / 75 % (other) of forest + water
    ratio = source_ratio if kind in (KIND_SOURCE, KIND_KEY_ECO) else other_ratio
    fw = forest_km2 + water_km2
    i_ii = area["I"] + area["II"]
    need = ratio * fw
    share = (i_ii / fw) if fw > 0 else None
    if fw <= 0:
        res, det = "n/a", "区域内无森林或水域像元 no forest or water cells in the region"
    else:
        res = "pass" if i_ii >= need - 1e-9 else "fail"
        det = ("%s：I+II = %.3f km² = 森林水域面积的 %.1f %%，要求 ≥ %.0f %%（%.3f km²） / "
               "I+II is %.1f %% of forest + water, required ≥ %.0f %%"
               % (KIND_NAMES[kind], i_ii, 100 * share, 100 * ratio, need, 100 * share, 100 * ratio))
    rows.append(_row("i_ii_share", "红线区与生态功能保障区面积比例 I+II vs forest + water",
                     "Z 4.6.1", i_ii, need, "km²", res, det))

    # Z 4.6.2: VI <= V
    res = "pass" if area["VI"] <= area["V"] + 1e-9 else "fail"
    rows.append(_row("vi_le_v", "环境重点准入区不超过环境优化准入区面积 VI area ≤ V area", "Z 4.6.2",
                     area["VI"], area["V"], "km²", res,
                     "VI = %.3f km²，V = %.3f km²" % (area["VI"], area["V"])))

    # Z 4.6.2: no VI in key ecological counties
    if kind == KIND_KEY_ECO:
        res = "pass" if area["VI"] <= 0 else "fail"
        det = ("重点生态功能区原则上不再划定环境重点准入区；VI = %.3f km² / key ecological county: "
               "no VI zones" % area["VI"])
    else:
        res, det = "n/a", "非重点生态功能区 not a key ecological county (%s)" % KIND_NAMES[kind]
    rows.append(_row("no_vi_key_eco", "重点生态功能区不划环境重点准入区 no VI in key ecological county",
                     "Z 4.6.2", area["VI"], 0.0, "km²", res, det))

    # Z 4.6.2: VI next to I / II
    pairs = sorted(set(tuple(p) for p in vi_neighbours))
    rows.append(_row("vi_next_to_i_ii", "环境重点准入区与 I/II 类区相邻 VI next to I/II", "Z 4.6.2",
                     len(pairs), 0, "pairs", "flag" if pairs else "pass",
                     ("；".join("%s – %s" % p for p in pairs[:20]) + (" …" if len(pairs) > 20 else "")
                      + " — 核查是否影响相邻高等级功能区 / check the effect on the neighbour")
                     if pairs else "无 none"))

    # Z 4.5 / topology
    tol_km2 = tolerance * region_km2 if region_km2 else None
    if region_km2 is None or gap_km2 is None:
        rows.append(_row("gaps", "缝隙 gaps", "Z 4.5", None, None, "km²", "n/a",
                         "未给出区划范围 no region given"))
    else:
        rows.append(_row("gaps", "缝隙 gaps", "Z 4.5", gap_km2, tol_km2, "km²",
                         "pass" if gap_km2 <= tol_km2 else "fail",
                         "未被功能区覆盖的区域面积；容差 %.4f %% 区域面积 / region area not covered "
                         "by any zone; tolerance %.4f %% of the region"
                         % (100 * tolerance, 100 * tolerance)))
    if overlap_km2 is not None:
        tol = tol_km2 if tol_km2 is not None else 0.0
        rows.append(_row("overlaps", "重叠 overlaps", "Z 4.5", overlap_km2, tol, "km²",
                         "pass" if overlap_km2 <= tol + 1e-12 else "fail",
                         "功能区两两相交面积之和 / sum of pairwise zone intersections"))
    rows.append(_row("invalid", "无效几何 invalid geometry", "Z 4.5", invalid, 0, "features",
                     "pass" if not invalid else "fail",
                     "几何无效的功能区要素数 / zones whose geometry is not valid (GEOS)"))
    mp = list(multipart)
    rows.append(_row("multipart", "多部件功能区 multi-part zones", "Z 4.4, 4.5", len(mp), 0,
                     "features", "flag" if mp else "pass",
                     ("、".join(str(m) for m in mp[:20]) + (" …" if len(mp) > 20 else "")
                      + " — 一个编号对应多块区域 / one code, several areas") if mp else "无 none"))

    fails = [r["check"] for r in rows if r["result"] == "fail"]
    flags = [r["check"] for r in rows if r["result"] == "flag"]
    rows.append(_row("overall", "总体 overall", "Z 4.6", len(fails), 0, "failed checks",
                     "fail" if fails else "pass",
                     ("未通过 failed: %s" % ", ".join(fails) if fails else "全部通过 all checks pass")
                     + ("；待核查 to review: %s" % ", ".join(flags) if flags else "")))
    return rows


def format_report(rows):
    """A plain-text table of the rows for the log."""
    lines = ["%-16s %-6s %14s %14s  %s" % ("check", "result", "figure", "threshold", "name / detail")]
    for r in rows:
        fig = "" if r["figure"] is None else "%.3f" % r["figure"]
        thr = "" if r["threshold"] is None else "%.3f" % r["threshold"]
        lines.append("%-16s %-6s %14s %14s  %s %s" % (r["check"], r["result"], fig, thr,
                                                     r["name"], r["unit"]))
        if r["detail"] and r["result"] != "info":
            lines.append("· %s" % r["detail"])
    return "\n".join(lines)
