"""Moving-window filters in plain numpy (no scipy): van Herk / Gil-Werman running max and
min, O(1) per cell whatever the window size, separable over rows and columns."""

import numpy as np


def _running(arr, w, axis, op, fill):
    """Centred running ``op`` (np.maximum or np.minimum) of odd width ``w`` along ``axis``.
    Cells beyond the edge count as ``fill`` (the identity of ``op``)."""
    if w <= 1:
        return arr.copy()
    a = np.moveaxis(arr, axis, -1)
    n = a.shape[-1]
    h = w // 2
    total = n + 2 * h
    nchunks = -(-total // w)
    padded_len = nchunks * w
    pad = np.full(a.shape[:-1] + (padded_len,), fill, dtype=a.dtype)
    pad[..., h:h + n] = a
    chunks = pad.reshape(a.shape[:-1] + (nchunks, w))
    fwd = op.accumulate(chunks, axis=-1).reshape(pad.shape)
    bwd = op.accumulate(chunks[..., ::-1], axis=-1)[..., ::-1].reshape(pad.shape)
    # window [i, i+w-1] over the padded array: op(bwd[i], fwd[i+w-1])
    out = op(bwd[..., 0:n], fwd[..., w - 1:w - 1 + n])
    return np.moveaxis(out, -1, axis)


def moving_range(arr, valid, w):
    """max − min of valid cells in a centred ``w`` × ``w`` window (``w`` odd), float64.
    Invalid cells are ignored; a window with no valid cell gives NaN. Max and min are
    taken in the input's float type (exact: they pick values) and the difference in
    float64, so a relief of 300.0000057 m on a float64 DEM is not rounded to 300.0."""
    a = np.asarray(arr)
    if a.dtype not in (np.float32, np.float64):
        a = a.astype("float64")
    lo = np.where(valid, a, a.dtype.type(np.inf))
    hi = np.where(valid, a, a.dtype.type(-np.inf))
    mx = _running(_running(hi, w, 0, np.maximum, -np.inf), w, 1, np.maximum, -np.inf)
    mn = _running(_running(lo, w, 0, np.minimum, np.inf), w, 1, np.minimum, np.inf)
    out = mx.astype("float64") - mn.astype("float64")
    out[~np.isfinite(out)] = np.nan
    return out


def window_cells(side_m, cell_m):
    """Odd window width in cells for a square window of ``side_m`` metres."""
    w = int(round(float(side_m) / float(cell_m)))
    if w < 1:
        w = 1
    if w % 2 == 0:
        w += 1
    return w
