"""The text encoding of a shapefile's DBF (SPEC section 7: "text fields in GBK/GB18030
shapefiles without a .cpg are read correctly").

Chinese shapefiles often come without a ``.cpg`` and with language-driver byte 0 (or 0x57,
"the ANSI code page of the machine that wrote it" — GBK on a Chinese Windows). GDAL then
falls back to a Western default and the names come out garbled. :func:`detect` decides on
the raw bytes of the character fields of the records:

1. a ``.cpg`` beside the DBF wins (GDAL honours it too);
2. else a language-driver id (byte 29 of the header) naming a code page;
3. else the text itself: UTF-8 when every value decodes strictly as UTF-8 (a multi-byte
   character cut at the end of a full-width field is allowed: OGR truncates that way),
   else GB18030 when every value decodes as GB18030, else unknown.

Pure Python (no GDAL, no QGIS)."""

import codecs
import os
import struct

#: DBF language-driver ids → Python codec names (the subset that occurs in practice).
#: 0x57 ("ANSI", the writer's current code page) is deliberately absent: it says nothing.
LDID_CODEPAGES = {
    0x01: "cp437", 0x02: "cp850", 0x03: "cp1252", 0x08: "cp865", 0x09: "cp437",
    0x0A: "cp850", 0x0B: "cp437", 0x0D: "cp437", 0x0E: "cp850", 0x0F: "cp437",
    0x10: "cp850", 0x11: "cp437", 0x12: "cp850", 0x13: "cp932", 0x14: "cp850",
    0x15: "cp437", 0x16: "cp850", 0x17: "cp865", 0x18: "cp437", 0x19: "cp437",
    0x1A: "cp850", 0x1B: "cp437", 0x1C: "cp863", 0x1D: "cp850", 0x1F: "cp852",
    0x22: "cp852", 0x23: "cp852", 0x24: "cp860", 0x25: "cp850", 0x26: "cp866",
    0x37: "cp850", 0x40: "cp852", 0x4D: "gbk", 0x4E: "cp949", 0x4F: "big5",
    0x50: "cp874", 0x58: "cp1252", 0x59: "cp1252", 0x64: "cp852", 0x65: "cp866",
    0x66: "cp865", 0x67: "cp861", 0x6A: "cp737", 0x6B: "cp857", 0x78: "big5",
    0x79: "cp949", 0x7A: "gbk", 0x7B: "cp932", 0x7C: "cp874", 0x7D: "cp1255",
    0x7E: "cp1256", 0xC8: "cp1250", 0xC9: "cp1251", 0xCA: "cp1254", 0xCB: "cp1253",
}

#: Bytes of records read per chunk: the whole table is read (issue 13: a sample of the
#: first records missed GB18030 text further down), in bounded memory.
CHUNK_BYTES = 4 * 1024 * 1024


class DbfInfo:
    """What :func:`detect` found: ``encoding`` (a codec name, or None when the text is
    plain ASCII or undecidable) and ``source`` — 'cpg', 'ldid', 'utf-8', 'gb18030',
    'ascii', 'unknown' or 'no dbf'."""

    def __init__(self, encoding, source, path):
        self.encoding = encoding
        self.source = source
        self.path = path

    def __repr__(self):
        return "DbfInfo(%r, %r)" % (self.encoding, self.source)


def dbf_path(path):
    """The .dbf of a .shp / .dbf path (any case of the extension), or None."""
    base, ext = os.path.splitext(path)
    if ext.lower() not in (".shp", ".dbf"):
        return None
    for cand in (base + ".dbf", base + ".DBF", base + ".Dbf"):
        if os.path.isfile(cand):
            return cand
    return None


def cpg_path(path):
    base = os.path.splitext(path)[0]
    for cand in (base + ".cpg", base + ".CPG", base + ".Cpg"):
        if os.path.isfile(cand):
            return cand
    return None


def read_cpg(path):
    try:
        with open(path, "rb") as fh:
            text = fh.read(200).decode("ascii", "ignore").strip()
    except OSError:
        return None
    if not text:
        return None
    if text.isdigit():                 # "936", "65001", "1252" …
        return "utf-8" if text == "65001" else "cp" + text
    return text


def _header(fh):
    """(record count, header length, record length, LDID, [(offset, length)] of the
    character fields) of an open DBF, or None when it is too short."""
    head = fh.read(32)
    if len(head) < 32:
        return None
    nrec = struct.unpack("<I", head[4:8])[0]
    hlen, rlen = struct.unpack("<HH", head[8:12])
    ldid = head[29]
    desc = fh.read(max(0, hlen - 32))
    cfields, off = [], 1            # byte 0 of a record: the deletion flag
    for i in range(0, len(desc) - 31, 32):
        d = desc[i:i + 32]
        if d[0] == 0x0D:
            break
        ftype, flen = chr(d[11]), d[16]
        if ftype == "C":
            flen += d[17] * 256     # FoxPro: long character fields
            cfields.append((off, flen))
        off += flen
    return nrec, hlen, rlen, ldid, cfields


def iter_text_values(dbf):
    """Yield (bytes, full_width) of every non-blank character field value of every
    record of the DBF, reading it in chunks of :data:`CHUNK_BYTES`."""
    with open(dbf, "rb") as fh:
        hdr = _header(fh)
        if hdr is None:
            return
        nrec, hlen, rlen, _ldid, cfields = hdr
        if not cfields or rlen <= 0:
            return
        fh.seek(hlen)
        per = max(1, CHUNK_BYTES // rlen)
        left = nrec
        while left > 0:
            k = min(per, left)
            buf = fh.read(k * rlen)
            got = len(buf) // rlen
            for r in range(got):
                rec = buf[r * rlen:(r + 1) * rlen]
                if rec[:1] == b"*":        # deleted record
                    continue
                for o, flen in cfields:
                    v = rec[o:o + flen].rstrip(b" \x00")
                    if v:
                        yield v.lstrip(b" "), len(v) == flen
            if got < k:
                return
            left -= k


def text_values(dbf):
    """(list of (bytes, full_width), LDID) of every character value (small tables, tests)."""
    with open(dbf, "rb") as fh:
        hdr = _header(fh)
    if hdr is None:
        return [], 0
    return list(iter_text_values(dbf)), hdr[3]


def _utf8_ok(raw, full_width):
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        if not full_width:
            return False
    try:   # a character cut at the end of a full field: only the tail is incomplete
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
        return True
    except UnicodeDecodeError:
        return False


def _gb_ok(raw, full_width):
    try:
        raw.decode("gb18030")
        return True
    except UnicodeDecodeError:
        if not full_width:
            return False
    try:
        codecs.getincrementaldecoder("gb18030")().decode(raw, final=False)
        return True
    except UnicodeDecodeError:
        return False


def guess_text(values):
    """'ascii', 'utf-8', 'gb18030' or None from (bytes, full_width) pairs (any iterable:
    read once, to the end unless neither encoding can hold a value)."""
    utf8 = gb = True
    seen = False
    for v, w in values:
        if v.isascii():
            continue
        seen = True
        if utf8 and not _utf8_ok(v, w):
            utf8 = False
        if gb and not _gb_ok(v, w):
            gb = False
        if not utf8 and not gb:
            return None
    if not seen:
        return "ascii"
    return "utf-8" if utf8 else "gb18030"


def detect(path):
    """The text encoding of the shapefile (or DBF) at ``path``: a :class:`DbfInfo`."""
    dbf = dbf_path(path)
    if dbf is None:
        return DbfInfo(None, "no dbf", path)
    cpg = cpg_path(dbf)
    if cpg:
        enc = read_cpg(cpg)
        if enc:
            return DbfInfo(enc, "cpg", path)
    try:
        with open(dbf, "rb") as fh:
            hdr = _header(fh)
        if hdr is None:
            return DbfInfo(None, "unknown", path)
        if hdr[3] in LDID_CODEPAGES:
            return DbfInfo(LDID_CODEPAGES[hdr[3]], "ldid", path)
        guess = guess_text(iter_text_values(dbf))
    except (OSError, struct.error):
        return DbfInfo(None, "unknown", path)
    if guess == "ascii":
        return DbfInfo(None, "ascii", path)
    if guess is None:
        return DbfInfo(None, "unknown", path)
    return DbfInfo(guess.upper(), guess, path)


def override_for(path):
    """The encoding to open ``path`` with when GDAL would get it wrong, else None: a
    shapefile without .cpg and without a meaningful language-driver id whose text is
    GB18030 (a UTF-8 one is read right already)."""
    info = detect(path)
    if info.source == "gb18030":
        return info.encoding
    return None
