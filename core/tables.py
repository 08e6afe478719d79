"""The guideline's tables as data (SPEC section 1).

Tables are CSV files (UTF-8, header row) in ``core/tables/``. Algorithms expose them as
Processing matrix parameters whose default is the shipped file; :func:`from_matrix` turns
the flat list a matrix parameter returns back into a :class:`Table`. Tables are data:
parsed and validated, never executed.
"""

import csv
import hashlib
import io
import math
import os
import threading

import numpy as np

from .errors import EnvZoningError

TABLE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables")


class Table:
    """Rows of strings under a header, with the name used in error messages."""

    def __init__(self, headers, rows, name="table"):
        self.headers = [h.strip() for h in headers]
        self.rows = [[("" if c is None else str(c)).strip() for c in r] for r in rows]
        self.name = name
        for i, r in enumerate(self.rows):
            if len(r) != len(self.headers):
                raise EnvZoningError(
                    "Table '%s', row %d: %d values for %d columns (%s) / 表“%s”第 %d 行列数不符"
                    % (name, i + 1, len(r), len(self.headers), ", ".join(self.headers),
                       name, i + 1))

    def column(self, header):
        try:
            j = self.headers.index(header)
        except ValueError:
            raise EnvZoningError("Table '%s' has no column '%s' (columns: %s) / 表“%s”缺少列“%s”"
                                 % (self.name, header, ", ".join(self.headers), self.name,
                                    header)) from None
        return [r[j] for r in self.rows]

    def dicts(self):
        return [dict(zip(self.headers, r)) for r in self.rows]

    def flat(self):
        """The flat list a QgsProcessingParameterMatrix uses as value."""
        return [c for r in self.rows for c in r]

    def checksum(self):
        h = hashlib.sha256()
        h.update(("\t".join(self.headers) + "\n").encode("utf-8"))
        for r in self.rows:
            h.update(("\t".join(r) + "\n").encode("utf-8"))
        return h.hexdigest()[:16]


def table_path(name):
    return os.path.join(TABLE_DIR, name if name.endswith(".csv") else name + ".csv")


def _gb15618_flat():
    """``soil_standards`` (pollutant, name_zh, standard, unit): the GB 15618-2018 screening
    values of 其他 land at 5.5 < pH ≤ 6.5, read from ``gb15618_farmland.csv`` — the one table
    of GB 15618 values (issue 17) — so the single-value default of soilquality cannot drift
    from it."""
    src = load("gb15618_farmland")
    rows = []
    for r in src.dicts():
        if r["kind"] == "screening" and r["land"] in ("other", "all"):
            rows.append([r["pollutant"], r["name_zh"], r["ph_5_5_to_6_5"], "mg/kg"])
    return Table(["pollutant", "name_zh", "standard", "unit"], rows, "soil_standards")


#: shipped tables that are views of another shipped table (no file of their own)
VIEWS = {"soil_standards": _gb15618_flat}


def load(name_or_path):
    """A shipped table by name (``"erosivity_breaks"``) or any CSV file by path."""
    if name_or_path in VIEWS and not os.path.exists(name_or_path):
        return VIEWS[name_or_path]()
    path = name_or_path
    if not os.path.isabs(path) and not os.path.exists(path):
        path = table_path(name_or_path)
    label = os.path.splitext(os.path.basename(path))[0]
    if not os.path.exists(path):
        raise EnvZoningError("Table file not found: %s / 找不到表文件" % path)
    rows = _read_csv(path, label)
    if not rows:
        raise EnvZoningError("Table '%s' is empty / 表“%s”为空" % (label, label))
    return Table(rows[0], rows[1:], label)


#: a table file larger than this is not a guideline table
MAX_TABLE_BYTES = 16 * 1024 * 1024
#: a cell longer than this is not a rule, a class or a name
MAX_CELL_CHARS = 10000


def _read_csv(path, label):
    """Rows of a CSV table file (UTF-8, UTF-8 with BOM, UTF-16 with BOM or GB18030), with an
    error naming the file for what is not a text table: .xlsx/zip, binary, NUL bytes, a
    huge file or cell."""
    size = os.path.getsize(path)
    if size > MAX_TABLE_BYTES:
        raise EnvZoningError("Table file '%s' is %d MB: not a table of the guideline / 表文件“%s”过大"
                             % (path, size // (1024 * 1024), path))
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw[:4] == b"PK\x03\x04":
        raise EnvZoningError("Table file '%s' is a spreadsheet (.xlsx/zip): save it as CSV "
                             "(UTF-8) / 表文件“%s”是 Excel 工作簿，请另存为 CSV（UTF-8）" % (path, path))
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw.decode("utf-16")
    else:
        if b"\x00" in raw:
            raise EnvZoningError("Table file '%s' holds NUL bytes: it is binary or UTF-16 without "
                                 "a BOM; save it as CSV (UTF-8) / 表文件“%s”含空字节（二进制或无 BOM 的 "
                                 "UTF-16），请另存为 CSV（UTF-8）" % (path, path))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = raw.decode("gb18030")
            except UnicodeDecodeError:
                raise EnvZoningError("Table file '%s' is neither UTF-8 nor GB18030 text / "
                                     "表文件“%s”不是 UTF-8 或 GB18030 文本" % (path, path)) from None
    if "\x00" in text:
        raise EnvZoningError("Table file '%s' holds NUL characters / 表文件“%s”含空字符"
                             % (path, path))
    bad = [c for c in text if ord(c) < 32 and c not in "\r\n\t"]
    if bad:
        raise EnvZoningError("Table file '%s' holds control character U+%04X: not a text table / "
                             "表文件“%s”含控制字符" % (path, ord(bad[0]), path))
    try:
        rows = [r for r in csv.reader(io.StringIO(text, newline=""))
                if r and any(c.strip() for c in r)]
    except csv.Error as exc:
        raise EnvZoningError("Table file '%s' is not valid CSV (%s) / 表文件“%s”不是有效的 CSV"
                             % (path, exc, path)) from None
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if len(c) > MAX_CELL_CHARS:
                raise EnvZoningError(
                    "Table '%s', row %d, column %d: a cell of %d characters (at most %d) / "
                    "表“%s”第 %d 行第 %d 列内容过长" % (label, i, j + 1, len(c), MAX_CELL_CHARS,
                                                 label, i, j + 1))
    return rows


def from_matrix(value, headers, name):
    """A Table from a matrix parameter's flat list (or list of rows)."""
    if value is None:
        raise EnvZoningError("Table '%s' is missing / 缺少表“%s”" % (name, name))
    if value and isinstance(value[0], (list, tuple)):
        flat = [c for r in value for c in r]
    else:
        flat = list(value)
    n = len(headers)
    if len(flat) % n:
        raise EnvZoningError("Table '%s': %d values do not fill rows of %d columns (%s)"
                             % (name, len(flat), n, ", ".join(headers)))
    rows = [flat[i:i + n] for i in range(0, len(flat), n)]
    return Table(headers, rows, name)


def to_float(text, table, column, row):
    t = str(text).strip().lower()
    if t in ("inf", "+inf", "infinity", "∞", "+∞"):
        return math.inf
    if t in ("-inf", "-infinity", "-∞"):
        return -math.inf
    try:
        v = float(t)
    except ValueError:
        raise EnvZoningError("Table '%s', row %d, column '%s': '%s' is not a number / "
                             "表“%s”第 %d 行“%s”列的值“%s”不是数字"
                             % (table, row, column, text, table, row, column, text)) from None
    if math.isnan(v):
        raise EnvZoningError("Table '%s', row %d, column '%s': '%s' is not a number / "
                             "表“%s”第 %d 行“%s”列的值“%s”不是数字"
                             % (table, row, column, text, table, row, column, text))
    return v


def _bad(table, row, column, text, what_en, what_zh):
    return EnvZoningError("Table '%s', row %d, column '%s': '%s' is not %s / 表“%s”第 %d 行“%s”列的值"
                          "“%s”不是%s" % (table, row, column, text, what_en, table, row, column,
                                         text, what_zh))


def to_int(text, table, column, row, lo=None, hi=None):
    """A finite whole number (``lo``…``hi`` when given), else an error naming the cell."""
    v = to_float(text, table, column, row)
    rng_en = " %s–%s" % (lo, hi) if lo is not None and hi is not None else ""
    if not math.isfinite(v) or v != int(v) or (lo is not None and v < lo) \
            or (hi is not None and v > hi):
        raise _bad(table, row, column, text, "a whole number" + rng_en,
                   "整数" + rng_en.strip())
    return int(v)


def to_nonnegative(text, table, column, row):
    """A finite number >= 0 (areas, widths, limits), else an error naming the cell."""
    v = to_float(text, table, column, row)
    if not math.isfinite(v) or v < 0:
        raise _bad(table, row, column, text, "a finite number >= 0", "非负有限数")
    return v


#: value columns that hold a level of SPEC section 2 (uint8 1–5) or a factor grade of
#: Z table 1-x (1, 3, 5, 7, 9)
LEVEL_COLUMNS = {"level": (1, 5), "quality": (1, 5), "grade": (1, 9)}


def to_value(text, table, column, row):
    """A table's value cell: a whole level in a level column, else a finite number."""
    if column in LEVEL_COLUMNS:
        lo, hi = LEVEL_COLUMNS[column]
        return float(to_int(text, table, column, row, lo, hi))
    v = to_float(text, table, column, row)
    if not math.isfinite(v):
        raise _bad(table, row, column, text, "a finite number", "有限数")
    return v


_tally = threading.local()


def start_tally():
    """Count, per break table, the values outside every class from now on (this thread);
    :func:`take_tally` returns ``{table: (below, above)}`` (the base class warns with it)."""
    _tally.counts = {}


def take_tally():
    counts = getattr(_tally, "counts", None) or {}
    _tally.counts = None
    return counts


def _count_outside(name, below, above):
    counts = getattr(_tally, "counts", None)
    if counts is None or not (below or above):
        return
    b, a = counts.get(name, (0, 0))
    counts[name] = (b + int(below), a + int(above))


class Breaks:
    """A break table (min, max, value): ``min < v <= max``, the first class also takes
    its min (SPEC section 2, QGIS reclassify's default). Values outside every class are
    unmapped (nodata)."""

    def __init__(self, table, value_column):
        self.name = table.name
        mins = [to_float(v, table.name, "min", i + 1) for i, v in enumerate(table.column("min"))]
        maxs = [to_float(v, table.name, "max", i + 1) for i, v in enumerate(table.column("max"))]
        vals = [to_value(v, table.name, value_column, i + 1)
                for i, v in enumerate(table.column(value_column))]
        if not mins:
            raise EnvZoningError("Break table '%s' has no rows" % table.name)
        for i, (lo, hi) in enumerate(zip(mins, maxs)):
            if lo == math.inf or hi == -math.inf:
                raise _bad(table.name, i + 1, "min" if lo == math.inf else "max",
                           "%g" % (lo if lo == math.inf else hi), "a usable break", "有效分级界限")
        order = np.argsort(maxs, kind="stable")
        self.mins = np.array(mins)[order]
        self.maxs = np.array(maxs)[order]
        self.values = np.array(vals)[order]
        for i in range(len(self.maxs)):
            if self.mins[i] > self.maxs[i]:
                raise EnvZoningError("Break table '%s': min %g > max %g" % (
                    table.name, self.mins[i], self.maxs[i]))
            if i and abs(self.mins[i] - self.maxs[i - 1]) > 1e-9:
                raise EnvZoningError(
                    "Break table '%s': class (%g, %g] does not start where the previous ends "
                    "(%g); classes must be contiguous / 分级表“%s”区间不连续"
                    % (table.name, self.mins[i], self.maxs[i], self.maxs[i - 1], table.name))

    def classify(self, arr, nodata_value=0, dtype=None):
        """Class values of ``arr`` (NaN and out-of-range → ``nodata_value``)."""
        a = np.asarray(arr, dtype="float64")
        idx = np.searchsorted(self.maxs, a, side="left")
        idx_c = np.minimum(idx, len(self.maxs) - 1)
        out = self.values[idx_c]
        above = idx >= len(self.maxs)
        below = a < self.mins[0]
        _count_outside(self.name, np.count_nonzero(below), np.count_nonzero(above & ~np.isnan(a)))
        bad = above | np.isnan(a) | below
        out = np.where(bad, nodata_value, out)
        return out.astype(dtype) if dtype else out


    def class_index(self, arr, valid):
        """1-based class number per cell (uint8), 0 where not valid or outside every class.
        Cheaper than :meth:`classify` for a few classes: one comparison per break."""
        a = np.asarray(arr)
        if a.dtype.kind != "f":
            a = a.astype("float64")
        idx = np.ones(a.shape, dtype="uint8")
        for t in self.maxs[:-1]:
            idx += a > a.dtype.type(t)
        bad = ~valid
        if np.isfinite(self.mins[0]):
            below = valid & (a < a.dtype.type(self.mins[0]))
            _count_outside(self.name, np.count_nonzero(below), 0)
            bad |= below
        if np.isfinite(self.maxs[-1]):
            above = valid & (a > a.dtype.type(self.maxs[-1]))
            _count_outside(self.name, 0, np.count_nonzero(above))
            bad |= above
        if a.dtype.kind == "f":
            bad |= np.isnan(a)
        idx[bad] = 0
        return idx


class CodeMap:
    """A code → value lookup (e.g. land-cover code → vegetation grade) as a fast LUT."""

    def __init__(self, table, code_column="code", value_column="grade"):
        self.name = table.name
        codes = table.column(code_column)
        vals = table.column(value_column)
        self.mapping = {}
        for i, (c, v) in enumerate(zip(codes, vals)):
            code = to_int(c, table.name, code_column, i + 1, 0, 65535)
            if code in self.mapping:
                raise EnvZoningError("Table '%s': code %d appears twice / 表“%s”中代码 %d 重复"
                                     % (table.name, code, table.name, code))
            self.mapping[code] = to_value(v, table.name, value_column, i + 1)
        if not self.mapping:
            raise EnvZoningError("Table '%s' has no rows" % table.name)
        if min(self.mapping) < 0 or max(self.mapping) > 65535:
            raise EnvZoningError("Table '%s': codes must be 0…65535" % table.name)
        self.lut = np.zeros(max(self.mapping) + 1, dtype="float64")
        self.known = np.zeros(max(self.mapping) + 1, dtype=bool)
        for c, v in self.mapping.items():
            self.lut[c] = v
            self.known[c] = True

    def distinct_values(self):
        return sorted(set(self.mapping.values()))

    def class_index(self, codes, valid, layer="", unmapped_nodata=False):
        """1-based index of each cell's value among :meth:`distinct_values` (uint8), 0 where
        not valid. An unknown code is an error naming it, unless ``unmapped_nodata``."""
        c = np.asarray(codes)
        vals = self.distinct_values()
        pos = {v: i + 1 for i, v in enumerate(vals)}
        if c.dtype in (np.uint8, np.uint16) and len(self.lut) <= 65536:
            size = 256 if c.dtype == np.uint8 else 65536
            lut = np.zeros(size, dtype="uint8")
            for code, v in self.mapping.items():
                if code < size:
                    lut[code] = pos[v]
            idx = lut[c]
            unknown = idx == 0
            missing = unknown & valid
            if missing.any():
                if not unmapped_nodata:
                    self._missing_error(c[missing], layer)
            idx[~valid] = 0
            return idx
        vals_arr = self.apply(codes, valid, layer, unmapped_nodata, nodata_value=np.nan)
        idx = np.zeros(c.shape, dtype="uint8")
        for v, i in pos.items():
            idx[vals_arr == v] = i
        return idx

    def _missing_error(self, bad_codes, layer):
        vals = np.unique(bad_codes)[:10]
        raise EnvZoningError(
            "Layer '%s' has class value(s) %s that table '%s' does not list: add them to "
            "the table or choose 'unmapped → nodata' / 图层“%s”的类别值 %s 不在表“%s”中"
            % (layer, ", ".join(str(int(v)) for v in vals), self.name, layer,
               ", ".join(str(int(v)) for v in vals), self.name))

    def apply(self, codes, valid, layer="", unmapped_nodata=False, nodata_value=0):
        """Map integer ``codes`` where ``valid``. An unknown code is an error naming it,
        unless ``unmapped_nodata`` (then it becomes ``nodata_value``)."""
        c = np.asarray(codes)
        if c.dtype.kind == "f":
            c = np.where(valid, c, 0)
            c = np.rint(c).astype(np.int64)
        else:
            c = c.astype(np.int64, copy=False)
        inside = (c >= 0) & (c < len(self.lut))
        cc = np.where(inside, c, 0)
        known = inside & self.known[cc]
        missing = valid & ~known
        if missing.any() and not unmapped_nodata:
            self._missing_error(c[missing], layer)
        out = self.lut[cc]
        return np.where(valid & known, out, nodata_value)
