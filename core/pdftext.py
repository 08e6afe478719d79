"""Searchable CJK text in PDFs written by Qt (QGIS layouts). Pure Python.

CJK fonts such as Noto Sans CJK draw a Kangxi radical (U+2F00–U+2FD5) and the unified
ideograph it stands for (⾃ U+2F83 / 自 U+81EA) with one glyph. Qt's PDF writer maps each
glyph back to the *first* code point of the font's cmap, so the PDF's ToUnicode map says
⾃然⽣态红线区 and nobody finds 自然生态红线区 with a search or ``pdftotext``.
``fix_radicals`` rewrites those destinations in the ToUnicode CMaps to the unified
ideographs (NFKC, which is the Unicode compatibility mapping of the radicals). Each code has
four hex digits before and after, so no byte offset in the file moves and the
cross-reference table stays valid; nothing else in the file is touched.
"""

import os
import re
import unicodedata

_CMAP = re.compile(rb"beginbf(char|range)\n(.*?)endbf(?:char|range)", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


# CJK Radicals Supplement forms that stand for a simplified (or common) ideograph; NFKC maps
# only two of them (after Unicode's EquivalentUnifiedIdeograph.txt).
SUPPLEMENT = {
    0x2EA0: 0x6C11, 0x2E9D: 0x6708, 0x2E9F: 0x6BCD, 0x2EC4: 0x897F, 0x2EC5: 0x89C1,
    0x2EC6: 0x89D2, 0x2EC8: 0x8BA0, 0x2EC9: 0x8D1D, 0x2ECB: 0x8F66, 0x2ED1: 0x9577,
    0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED7: 0x96E8, 0x2ED8: 0x9752, 0x2ED9: 0x97E6,
    0x2EDA: 0x9875, 0x2EDB: 0x98CE, 0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EDF: 0x98E0,
    0x2EE0: 0x9963, 0x2EE2: 0x9A6C, 0x2EE3: 0x9AA8, 0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C,
    0x2EE6: 0x9E1F, 0x2EE7: 0x5364, 0x2EE8: 0x9EA6, 0x2EE9: 0x9EC4, 0x2EEC: 0x9F50,
    0x2EEE: 0x9F7F, 0x2EEF: 0x7ADC, 0x2EF0: 0x9F99, 0x2EF2: 0x4E80, 0x2EF3: 0x9F9F,
}


def _unified(code):
    """The unified ideograph for a radical code point, else None."""
    if code in SUPPLEMENT:
        return SUPPLEMENT[code]
    if 0x2E80 <= code <= 0x2EF3 or 0x2F00 <= code <= 0x2FD5:
        u = unicodedata.normalize("NFKC", chr(code))
        if len(u) == 1 and ord(u) <= 0xFFFF and ord(u) != code:
            return ord(u)
    return None


def _fix_token(m):
    code = int(m.group(1), 16)
    new = _unified(code)
    return m.group(0) if new is None else b"<%04X>" % new


def _fix_block(kind, body):
    out = []
    for line in body.split(b"\n"):
        toks = _HEX.findall(line)
        if kind == b"char" and len(toks) >= 2:
            # <src> <dst>: only the destination
            head, _, tail = line.partition(b">")
            line = head + b">" + _HEX.sub(_fix_token, tail)
        elif kind == b"range" and b"[" in line:
            head, _, tail = line.partition(b"[")
            line = head + b"[" + _HEX.sub(_fix_token, tail)
        elif kind == b"range" and len(toks) == 3 and toks[0] == toks[1]:
            a, b_ = line.rsplit(b"<", 1)
            line = a + _HEX.sub(_fix_token, b"<" + b_)
        out.append(line)
    return b"\n".join(out)


def fix_bytes(data):
    """(new bytes, number of codes changed)."""
    count = [0]

    def repl(m):
        new = _fix_block(m.group(1), m.group(2))
        count[0] += sum(1 for a, b in zip(_HEX.findall(m.group(2)), _HEX.findall(new)) if a != b)
        return m.group(0).replace(m.group(2), new)

    out = _CMAP.sub(repl, data)
    assert len(out) == len(data)
    return out, count[0]


def fix_radicals(path):
    """Rewrite ``path`` in place (temporary file + replace); returns the codes changed."""
    with open(path, "rb") as fh:
        data = fh.read()
    new, n = fix_bytes(data)
    if n:
        tmp = path + ".part"
        with open(tmp, "wb") as fh:
            fh.write(new)
        os.replace(tmp, path)
    return n
