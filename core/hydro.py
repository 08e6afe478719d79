"""Flow directions, flow accumulation and nested section catchments on a DEM, in numpy
(for envzoning:waterunits, N 5.8.3(2) 地表水环境管控分区).

Method (documented in docs/decisions):

1. **Depressions filled** by priority flood (Barnes, Lehman & Mulla 2014, "Priority-flood:
   an optimal depression-filling and watershed-labeling algorithm"): the region's edge
   cells (next to nodata or the raster edge) are outlets; cells are visited from the
   lowest outlet inwards and each is raised to at least its visiting neighbour plus a tiny
   epsilon, so every cell drains and flats get a gradient towards their exit.
2. **D8 flow directions** (O'Callaghan & Mark 1984): each cell drains to the neighbour of
   steepest descent (drop / distance, diagonals √2 cells away) on the filled surface;
   edge cells whose lowest neighbour is not lower drain out of the region.
3. **Flow accumulation**: cells in decreasing filled elevation pass their count on.
4. **Sections snapped** to the cell of largest accumulation within a snap distance.
5. **Nested catchments**: a cell belongs to the first section downstream of it (pointer
   jumping on the downstream array; sections absorb), so the catchment of a downstream
   section is what drains to it *minus* the catchments of the sections upstream — the
   upstream → downstream nesting of N 5.8.3(2). Cells that reach no section are 0.
"""

import heapq

import numpy as np

from .errors import EnvZoningError

# neighbour offsets, clockwise from east: E, SE, S, SW, W, NW, N, NE
DR = np.array([0, 1, 1, 1, 0, -1, -1, -1])
DC = np.array([1, 1, 0, -1, -1, -1, 0, 1])
DIST = np.array([1, 2 ** 0.5, 1, 2 ** 0.5, 1, 2 ** 0.5, 1, 2 ** 0.5])


def fill_depressions(dem, valid, eps=1e-4):
    """Priority-flood filled DEM (float64); invalid cells stay NaN."""
    rows, cols = dem.shape
    out = np.where(valid, dem.astype(np.float64), np.nan)
    done = ~valid.copy()
    heap = []
    pad = np.pad(valid, 1, constant_values=False)
    edge = valid & ~(pad[:-2, 1:-1] & pad[2:, 1:-1] & pad[1:-1, :-2] & pad[1:-1, 2:]
                     & pad[:-2, :-2] & pad[:-2, 2:] & pad[2:, :-2] & pad[2:, 2:])
    for r, c in zip(*np.nonzero(edge)):
        heapq.heappush(heap, (out[r, c], int(r), int(c)))
        done[r, c] = True
    while heap:
        z, r, c = heapq.heappop(heap)
        for k in range(8):
            rr, cc = r + DR[k], c + DC[k]
            if 0 <= rr < rows and 0 <= cc < cols and not done[rr, cc]:
                done[rr, cc] = True
                if out[rr, cc] <= z:
                    out[rr, cc] = z + eps
                heapq.heappush(heap, (out[rr, cc], int(rr), int(cc)))
    return out


def d8(filled, valid):
    """Downstream flat index of each cell (itself where it drains out of the region or is
    invalid) by steepest descent on ``filled``."""
    rows, cols = filled.shape
    idx = np.arange(rows * cols).reshape(rows, cols)
    best = np.zeros((rows, cols))
    down = idx.copy()
    z = np.where(valid, filled, np.inf)
    zp = np.pad(z, 1, constant_values=np.inf)
    for k in range(8):
        nb = zp[1 + DR[k]:1 + DR[k] + rows, 1 + DC[k]:1 + DC[k] + cols]
        with np.errstate(invalid="ignore"):   # inf - inf outside the region
            slope = (z - nb) / DIST[k]
        better = valid & np.isfinite(nb) & (slope > best)
        best = np.where(better, slope, best)
        rr = np.clip(np.arange(rows)[:, None] + DR[k], 0, rows - 1)
        cc = np.clip(np.arange(cols)[None, :] + DC[k], 0, cols - 1)
        down = np.where(better, rr * cols + cc, down)
    return down.ravel()


def accumulation(filled, valid, down):
    """Number of cells draining through each cell (itself included)."""
    flat = np.where(valid, filled, -np.inf).ravel()
    order = np.argsort(-flat, kind="stable")
    acc = valid.ravel().astype(np.float64)
    for i in order:
        j = down[i]
        if j != i and acc[i] > 0:
            acc[j] += acc[i]
    return acc.reshape(filled.shape)


def snap(points, acc, valid, radius_cells):
    """(row, col) of the largest accumulation within ``radius_cells`` of each point
    (row, col); error naming the point when no valid cell is near."""
    rows, cols = acc.shape
    out = []
    for n, (r, c) in enumerate(points):
        r0, r1 = max(0, r - radius_cells), min(rows, r + radius_cells + 1)
        c0, c1 = max(0, c - radius_cells), min(cols, c + radius_cells + 1)
        if r0 >= r1 or c0 >= c1:
            raise EnvZoningError("Section %d lies outside the DEM / 断面 %d 在 DEM 范围之外" % (n + 1, n + 1))
        win = np.where(valid[r0:r1, c0:c1], acc[r0:r1, c0:c1], -1)
        if win.max() < 0:
            raise EnvZoningError("Section %d has no DEM cell within the snap distance / 断面 %d "
                                 "附近没有有效 DEM 像元" % (n + 1, n + 1))
        k = int(np.argmax(win))
        out.append((r0 + k // win.shape[1], c0 + k % win.shape[1]))
    return out


def nested_catchments(down, shape, outlets):
    """Label of each cell = id of the first outlet downstream of it (outlets: {(row, col):
    id > 0}); 0 where no outlet is reached. Pointer jumping, outlets absorbing."""
    rows, cols = shape
    nxt = down.copy()
    lab = np.zeros(rows * cols, dtype=np.int32)
    for (r, c), oid in outlets.items():
        i = r * cols + c
        nxt[i] = i
        lab[i] = oid
    for _ in range(int(np.ceil(np.log2(max(2, rows * cols)))) + 1):
        nn = nxt[nxt]
        if np.array_equal(nn, nxt):
            break
        nxt = nn
    return lab[nxt].reshape(rows, cols)


def section_catchments(dem, valid, points, radius_cells=3):
    """The whole chain: (labels 1…n by section order, snapped (row, col), accumulation)."""
    if not valid.any():
        raise EnvZoningError("The DEM has no valid cell in the region / DEM 在区划范围内没有有效值")
    filled = fill_depressions(dem, valid)
    down = d8(filled, valid)
    acc = accumulation(filled, valid, down)
    cells = snap(points, acc, valid, radius_cells)
    outlets = {}
    for k, rc in enumerate(cells, start=1):
        if rc in outlets:
            raise EnvZoningError("Sections %d and %d snap to the same DEM cell: move one or reduce "
                                 "SNAP_DISTANCE / 断面 %d 与 %d 落在同一像元" % (outlets[rc], k,
                                                                      outlets[rc], k))
        outlets[rc] = k
    labels = nested_catchments(down, dem.shape, outlets)
    labels[~valid] = 0
    return labels, cells, acc


CLASS_ORDER = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "劣V": 6, "劣Ⅴ": 6}
_ROMAN_U = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V"}


def water_class(value, where=""):
    """GB 3838-2002 class I…V or 劣V as 1…6 (accepts Ⅰ…Ⅴ, 1…6, 'III类')."""
    s = str(value if value is not None else "").strip().replace("类", "")
    s = _ROMAN_U.get(s, s)
    if s.startswith("劣"):
        return 6
    if s.isdigit() and 1 <= int(s) <= 6:
        return int(s)
    s = s.upper()
    if s in CLASS_ORDER:
        return CLASS_ORDER[s]
    raise EnvZoningError("%swater class '%s' must be I…V or 劣V / %s水质类别“%s”应为 I…V 或劣V"
                         % (where, value, where, value))


def unit_class(target, current, has_sources=False):
    """N 5.8.3(2) (原技术指南): priority (1) where the target is class II or better (drinking
    water, source areas); else key (2) where the current class is worse than the target
    (exceeds) or industrial/urban sources lie in the unit; else general (3). Returns
    (class, exceed)."""
    exceed = current > target
    if target <= 2:
        return 1, exceed
    if exceed or has_sources:
        return 2, exceed
    return 3, exceed
