"""The one output write path, file-system part (issue 13; no qgis import).

Every output file of a run is first written into a private staging folder *inside the
destination folder* (same file system, so the final rename is atomic), then checked by
re-opening it, flushed to disk and moved over the destination with ``os.replace``:

- on failure, cancel or ``kill -9`` the previous good output is still there and nothing the
  run did not create is deleted (a stale staging folder of a killed run is removed by the
  next run writing into that folder);
- a layer written into an existing GeoPackage (``path.gpkg|layername=x`` or
  ``ogr:dbname='path.gpkg' table="x"``) is written into a copy of that GeoPackage, so only
  that layer is added or replaced;
- a missing destination folder is created, one that cannot be written is an error naming it;
- a full disk is an error naming the destination;
- a second run writing the same destination while one runs is refused (a lock file).

Use from glue: :class:`Stage` (see ``algorithms/outputs.py``, which stages every destination
parameter of an algorithm without the algorithm doing anything).
"""

import errno
import json
import os
import re
import shutil
import sqlite3
import uuid
import zipfile

from .errors import EnvZoningError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt

PARTIAL_PREFIX = ".envzoning-partial-"
LOCK_SUFFIX = ".envzoning-lock"
_OGR_RE = re.compile(r"""^ogr:dbname=(['"])(?P<path>.*?)\1(?:\s+table=(['"])(?P<table>.*?)\3)?""")


class OutputError(EnvZoningError):
    """An output could not be written; the message names it."""


def parse_destination(dest):
    """(file path, layer name or None) of an output value: a plain path,
    ``path|layername=x`` or ``ogr:dbname='path' table="x" (geom)``."""
    dest = str(dest or "")
    m = _OGR_RE.match(dest)
    if m:
        return m.group("path"), m.group("table") or None
    parts = dest.split("|")
    layer = None
    for p in parts[1:]:
        if p.startswith("layername="):
            layer = p[len("layername="):]
    return parts[0], layer


def is_file_destination(dest):
    """True for a destination on the file system (not memory:, a database, TEMPORARY_OUTPUT)."""
    dest = str(dest or "")
    if not dest or dest == "TEMPORARY_OUTPUT":
        return False
    if dest.startswith("ogr:"):
        return bool(_OGR_RE.match(dest))
    if re.match(r"^[A-Za-z][A-Za-z0-9_]+:(?![\\/])", dest):  # memory:, postgres:, spatialite: …
        return False
    return os.path.isabs(parse_destination(dest)[0])


def _io_message(path, exc):
    no_space = (getattr(exc, "errno", None) == errno.ENOSPC
                or "no space left" in str(exc).lower())
    if not no_space:
        try:
            st = os.statvfs(os.path.dirname(os.path.abspath(path)) or ".")
            no_space = st.f_bavail * st.f_frsize < 64 * 1024
        except (OSError, AttributeError):
            pass
    if no_space:
        return ("No space left on the disk to write '%s': free some space and run again (the "
                "previous file, if any, is unchanged) / 磁盘空间不足，无法写出“%s”（原有文件未改动）"
                % (path, path))
    return ("Cannot write '%s': %s (the previous file, if any, is unchanged) / 无法写出“%s”：%s"
            % (path, exc, path, exc))


def io_error(path, exc):
    """An :class:`OutputError` naming ``path`` for an exception raised while writing it."""
    return OutputError(_io_message(path, exc))


# -- locks ------------------------------------------------------------------------------

class _Lock:
    """An exclusive, non-blocking lock on ``path`` (a small file created for it)."""

    def __init__(self, path):
        self.path = path
        self.fh = None

    def acquire(self):
        while True:
            fh = open(self.path, "a+")
            try:
                if fcntl is not None:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                else:  # pragma: no cover
                    msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                fh.close()
                return False
            try:  # the file may have been removed by its previous holder meanwhile
                same = os.path.samestat(os.fstat(fh.fileno()), os.stat(self.path))
            except OSError:
                same = False
            if same:
                self.fh = fh
                try:
                    fh.seek(0)
                    fh.truncate()
                    fh.write("%d\n" % os.getpid())
                    fh.flush()
                except OSError:
                    pass
                return True
            fh.close()

    def release(self, remove=True):
        if self.fh is None:
            return
        if remove:
            try:
                os.remove(self.path)
            except OSError:
                pass
        try:
            self.fh.close()
        except OSError:
            pass
        self.fh = None


def _held(lock_path):
    """True when another process holds the lock at ``lock_path``."""
    lk = _Lock(lock_path)
    if not os.path.exists(lock_path):
        return False
    if lk.acquire():
        lk.release(remove=False)
        return False
    return True


def remove_stale(folder):
    """Remove the staging folders of earlier runs in ``folder`` that were killed (their
    lock is free). Returns the names removed. Only names this module creates are touched."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        path = os.path.join(folder, name)
        if name.startswith(".") and name.endswith(LOCK_SUFFIX) and os.path.isfile(path):
            if not _held(path):  # the lock file of a killed run
                try:
                    os.remove(path)
                except OSError:
                    pass
            continue
        if not name.startswith(PARTIAL_PREFIX):
            continue
        if not os.path.isdir(path) or _held(os.path.join(path, ".lock")):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(name)
    return removed


# -- checks -----------------------------------------------------------------------------

def prepare_folder(folder):
    """Create ``folder`` when missing; an error naming it when it cannot be made or written."""
    if not os.path.isdir(folder):
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                "Cannot create the output folder '%s': %s / 无法创建输出文件夹“%s”"
                % (folder, exc.strerror or exc, folder)) from None


def _unwritable(folder, exc):
    if getattr(exc, "errno", None) == errno.ENOSPC:
        return io_error(folder, exc)
    return OutputError("The output folder '%s' cannot be written (%s): choose another folder / "
                       "输出文件夹“%s”不可写，请换一个文件夹" % (folder, exc.strerror or exc, folder))


def _gpkg_copy(src, dst):
    """A consistent copy of the GeoPackage ``src`` (WAL included) at ``dst``."""
    s = sqlite3.connect("file:%s?mode=ro" % src.replace("?", "%3f"), uri=True)
    try:
        d = sqlite3.connect(dst)
        try:
            s.backup(d)
        finally:
            d.close()
    finally:
        s.close()


def validate(path, layers=(), check=None):
    """Re-open the written file ``path`` and check it is whole; raise OutputError naming
    ``check``'s label or the path. ``layers``: layer names a vector file must hold."""
    from . import raster as R

    ext = os.path.splitext(path)[1].lower()
    if not os.path.exists(path):
        raise OutputError("Output '%s' was not written / 输出“%s”未写出" % (path, path))
    if ext in (".gpkg", ".sqlite"):
        con = sqlite3.connect("file:%s?mode=ro" % path.replace("?", "%3f"), uri=True)
        try:
            res = con.execute("PRAGMA quick_check").fetchone()
            if not res or res[0] != "ok":
                raise OutputError("Output '%s' is damaged (%s) / 输出“%s”已损坏" % (path, res, path))
        except sqlite3.DatabaseError as exc:
            raise OutputError("Output '%s' is damaged (%s) / 输出“%s”已损坏" % (path, exc, path)) \
                from None
        finally:
            con.close()
    if ext in (".tif", ".tiff", ".vrt", ".img", ".asc"):
        try:
            R.validate_raster(path)
        except EnvZoningError as exc:
            raise OutputError(str(exc)) from None
    elif ext in (".gpkg", ".shp", ".geojson", ".json", ".gml", ".kml", ".sqlite", ".fgb",
                 ".tab", ".mif") and (ext != ".json" or layers):
        try:
            R.validate_vector(path, layers)
        except EnvZoningError as exc:
            raise OutputError(str(exc)) from None
    elif ext in (".docx", ".xlsx", ".odt", ".ods", ".zip", ".pptx"):
        try:
            with zipfile.ZipFile(path) as z:
                bad = z.testzip()
        except (zipfile.BadZipFile, OSError) as exc:
            bad = str(exc)
        if bad:
            raise OutputError("Output '%s' is incomplete (%s) / 输出“%s”不完整" % (path, bad, path))
    elif ext in (".json",):
        try:
            with open(path, encoding="utf-8-sig") as fh:
                json.load(fh)
        except (ValueError, OSError) as exc:
            raise OutputError("Output '%s' is incomplete (%s) / 输出“%s”不完整" % (path, exc, path)) \
                from None
    elif ext in (".csv", ".html", ".htm", ".txt", ".md", ".qml", ".xml"):
        try:
            with open(path, "rb") as fh:
                fh.read().decode("utf-8-sig")
        except (UnicodeDecodeError, OSError) as exc:
            raise OutputError("Output '%s' is unreadable (%s) / 输出“%s”无法读取" % (path, exc, path)) \
                from None
    if check is not None:
        check(path)


def _fsync(path):
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise io_error(path, exc) from None
    finally:
        os.close(fd)


# -- staging ----------------------------------------------------------------------------

class Stage:
    """Staged writing of the outputs that go into one destination folder.

    ``add(dest)`` → the staged destination string to hand to the writer (same form as
    ``dest``); ``commit()`` validates and moves everything into place; ``abort()`` removes
    the staging folder. Always call ``release()`` (locks) at the end."""

    def __init__(self, folder):
        self.folder = os.path.abspath(folder)
        self.dir = None
        self._dir_lock = None
        self._locks = {}
        self.entries = []   # (final file, staged file, layer or None)

    def begin(self):
        prepare_folder(self.folder)
        remove_stale(self.folder)
        name = "%s%d-%s" % (PARTIAL_PREFIX, os.getpid(), uuid.uuid4().hex[:8])
        path = os.path.join(self.folder, name)
        try:
            os.mkdir(path)
            self._dir_lock = _Lock(os.path.join(path, ".lock"))
            self._dir_lock.acquire()
        except OSError as exc:
            raise _unwritable(self.folder, exc) from None
        self.dir = path

    def lock(self, final):
        key = os.path.abspath(final)
        if key in self._locks:
            return
        head, tail = os.path.split(key)
        lk = _Lock(os.path.join(head, "." + tail + LOCK_SUFFIX))
        try:
            ok = lk.acquire()
        except OSError as exc:
            raise _unwritable(head, exc) from None
        if not ok:
            raise OutputError(
                "Output '%s' is being written by another run right now: wait for it to finish or "
                "choose another output / 另一个运行正在写出“%s”，请等待其结束或另选输出" % (final, final))
        self._locks[key] = lk

    def add(self, final, layer=None, keep_layers=True):
        """Stage the file ``final``; returns the staged path. With a ``layer`` and an
        existing GeoPackage, the staged file starts as a copy of it."""
        final = os.path.abspath(final)
        self.lock(final)
        staged = os.path.join(self.dir, os.path.basename(final))
        known = [e for e in self.entries if e[0] == final]
        if layer and keep_layers and not known and os.path.isfile(final) \
                and final.lower().endswith(".gpkg"):
            try:
                _gpkg_copy(final, staged)
            except (sqlite3.Error, OSError) as exc:
                if os.path.exists(staged):
                    os.remove(staged)
                if getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc).lower():
                    raise io_error(final, exc) from None
                raise OutputError("Cannot add layer '%s' to '%s': the GeoPackage cannot be read "
                                  "(%s) / 无法向“%s”添加图层“%s”" % (layer, final, exc, final, layer)) \
                    from None
        self.entries.append((final, staged, layer))
        return staged

    def staged_to_final(self, text):
        """``text`` with the staging folder replaced by the destination folder."""
        if self.dir is None or not isinstance(text, str):
            return text
        return text.replace(self.dir, self.folder)

    def commit(self, check=None, unwritten=()):
        """Validate every staged output and move the staging folder's files into place.
        ``check(final, staged, layers)`` may add checks; outputs in ``unwritten`` (final
        paths the run chose not to write) may be absent. Returns the final paths."""
        by_file = {}
        for final, staged, layer in self.entries:
            if final in unwritten and not os.path.exists(staged):
                continue
            by_file.setdefault((final, staged), []).append(layer)
        moves = []
        for (final, staged), layers in by_file.items():
            written = staged
            if not os.path.exists(staged):
                # a writer added the default extension, e.g. "out" -> "out.gpkg"
                cands = [n for n in os.listdir(self.dir)
                         if os.path.splitext(n)[0] == os.path.basename(staged)]
                if len(cands) == 1:
                    written = os.path.join(self.dir, cands[0])
            try:
                validate(written, [x for x in layers if x])
                if check is not None:
                    check(final, written, layers)
            except OutputError as exc:
                if low_space(self.folder):
                    raise OutputError("%s (%s)" % (_io_message(final, exc), exc)) from None
                raise OutputError("Output '%s' is broken and was not saved; the previous file, "
                                  "if any, is unchanged: %s / 输出“%s”不完整，未保存" % (final, exc, final)) \
                    from None
        for name in sorted(os.listdir(self.dir)):
            src = os.path.join(self.dir, name)
            if name.startswith(".") or name.endswith(("-journal", "-wal", "-shm")):
                continue  # the lock, hidden partial files of writers, SQLite sidecars
            _fsync(src) if os.path.isfile(src) else None
            moves.append((src, os.path.join(self.folder, name)))
        for src, dst in moves:
            try:
                if os.path.isdir(src):
                    if os.path.isdir(dst):
                        for sub in os.listdir(src):
                            os.replace(os.path.join(src, sub), os.path.join(dst, sub))
                        continue
                os.replace(src, dst)
            except OSError as exc:
                raise io_error(dst, exc) from None
        try:
            fd = os.open(self.folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            pass
        return [d for _, d in moves]

    def abort(self):
        if self.dir and os.path.isdir(self.dir):
            shutil.rmtree(self.dir, ignore_errors=True)

    def release(self):
        self.abort()
        if self._dir_lock is not None:
            self._dir_lock.release(remove=False)
        for lk in self._locks.values():
            lk.release()
        self._locks.clear()


def low_space(folder):
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return st.f_bavail * st.f_frsize < 1024 * 1024


def atomic_write_path(path):
    """``(tmp, finish)`` for a core writer that writes one file itself: write ``tmp``
    (in the same folder), then call ``finish()`` to validate it and move it onto ``path``.
    On any error ``finish`` is not called: remove ``tmp`` with :func:`discard`."""
    head, tail = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(tail)
    tmp = os.path.join(head, ".%s.%d-%s.part%s" % (stem, os.getpid(), uuid.uuid4().hex[:6], ext))

    def finish():
        try:
            validate(tmp)
            _fsync(tmp)
            os.replace(tmp, path)
        except OSError as exc:
            discard(tmp)
            raise io_error(path, exc) from None
        except OutputError:
            discard(tmp)
            raise
        return path

    return tmp, finish


def discard(path):
    try:
        os.remove(path)
    except OSError:
        pass


# -- text written into DOCX / XLSX / CSV ----------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "\u2212", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d",
                  "\uff20")
_NUMBER = re.compile(r"^[+\-\u2212]?(\d+(\.\d*)?|\.\d+)([eE][+\-]?\d+)?$")


def clean_text(value):
    """``value`` as text without the control characters XML (DOCX, XLSX) cannot hold
    (tab and line breaks are kept). Non-text values are returned unchanged."""
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", value)


def cell_text(value):
    """:func:`clean_text`, and a text a spreadsheet would run as a formula (starting with
    = + - − @, tab or CR, also full-width) prefixed with an apostrophe. Plain numbers such
    as "-1.5" stay as they are."""
    value = clean_text(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START) \
            and not _NUMBER.match(value.strip()):
        return "'" + value
    return value


def clean_rows(rows, formula=False):
    """Copies of dict ``rows`` with every text value cleaned (``cell_text`` if ``formula``)."""
    f = cell_text if formula else clean_text
    return [{k: f(v) for k, v in r.items()} for r in rows]
