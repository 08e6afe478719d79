"""Build i18n/envzoning_zh_CN.ts and i18n/envzoning_en.ts (run by tools/translations.sh).

1. pylupdate5 collects every translate()/tr() string of ui/, plugin.py, processing_provider/
   and algorithms/ (fresh, into a temporary .ts).
2. The algorithm strings that base.py translates with ``self.tr(en)`` (context: the class
   name) are not literals inside tr() calls: they are collected by instantiating every
   algorithm class of algorithms/*.py and recording, with their Chinese from the same module,
   NAME_EN → NAME_ZH, SUMMARY_EN → SUMMARY_ZH, DECISION_EN → DECISION_ZH and, for every
   parameter added with ``self.add(param, label_zh, help_zh, help_en)``, the English
   description → label_zh and help_en → help_zh; enum options → compat.OPTION_NAMES_ZH.
3. Translations already in the zh_CN .ts (written by hand or in Qt Linguist: the UI strings)
   are kept; algorithm strings always take the Chinese from the code. Strings without a
   translation stay ``unfinished`` and are listed on stderr.

Rerunnable and idempotent: the same sources give the same files.
Usage: python tools/fill_ts.py ROOT   (ROOT = the plugin folder, importable as envzoning)
"""

import glob
import importlib
import inspect
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(__file__), ".."))
I18N = os.path.join(ROOT, "i18n")
ZH_TS = os.path.join(I18N, "envzoning_zh_CN.ts")
EN_TS = os.path.join(I18N, "envzoning_en.ts")
SOURCES = ["ui/*.py", "plugin.py", "__init__.py", "processing_provider/*.py", "algorithms/*.py"]


def warn(msg):
    sys.stderr.write("fill_ts: %s\n" % msg)


# -- 1. pylupdate5 -------------------------------------------------------------------------

def pylupdate_messages():
    """[(context, source, [filename:line])] from pylupdate5, in file order."""
    files = []
    for pattern in SOURCES:
        files.extend(sorted(os.path.relpath(p, ROOT)
                            for p in glob.glob(os.path.join(ROOT, pattern))))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "scan.ts")
        subprocess.run(["pylupdate5", "-noobsolete", *files, "-ts", out], cwd=ROOT,
                       check=True, capture_output=True)
        tree = ET.parse(out)
    msgs = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            locs = ["%s:%s" % (loc.get("filename"), loc.get("line")) for loc in
                    m.iter("location")]
            msgs.append((name, m.findtext("source"), locs))
    return msgs


# -- 2. algorithm strings -------------------------------------------------------------------

def _import_package():
    parent = os.path.dirname(ROOT)
    if os.path.basename(ROOT) != "envzoning":
        link_dir = tempfile.mkdtemp(prefix="envzoning_ts_")
        os.symlink(ROOT, os.path.join(link_dir, "envzoning"))
        parent = link_dir
    sys.path.insert(0, parent)
    return importlib.import_module("envzoning.algorithms.base")


def algorithm_messages():
    """{(context, english): (chinese, module file)} from every algorithm class."""
    base = _import_package()
    pairs = {}

    def put(ctx, en, zh, where):
        if not en or not zh:
            return
        key = (ctx, en)
        if key in pairs and pairs[key][0] != zh:
            warn("%s: '%s' has two Chinese texts ('%s', '%s'); keeping the first"
                 % (ctx, en[:40], pairs[key][0][:20], zh[:20]))
            return
        pairs.setdefault(key, (zh, where))

    original_add = base.EnvZoningAlgorithm.add
    recorded = []

    def recording_add(self, param, label_zh, help_zh="", help_en="", advanced=False):
        en_label = param.description()
        recorded.append((type(self).__name__, en_label, label_zh, help_zh or label_zh,
                         help_en or en_label))
        if param.type() == "enum":   # options: their Chinese from compat.OPTION_NAMES_ZH
            from envzoning.algorithms.compat import OPTION_NAMES_ZH

            for option in param.options():
                if OPTION_NAMES_ZH.get(option):
                    recorded.append((type(self).__name__, option, OPTION_NAMES_ZH[option],
                                     OPTION_NAMES_ZH[option], option))
        return original_add(self, param, label_zh, help_zh, help_en, advanced)

    base.EnvZoningAlgorithm.add = recording_add
    try:
        for path in sorted(glob.glob(os.path.join(ROOT, "algorithms", "*.py"))):
            name = os.path.splitext(os.path.basename(path))[0]
            if name in ("__init__", "base"):
                continue
            where = "algorithms/%s.py" % name
            try:
                module = importlib.import_module("envzoning.algorithms." + name)
            except Exception as exc:  # noqa: BLE001 - a module mid-edit must not stop us
                warn("skipping %s: %s" % (where, exc))
                continue
            for cls_name, cls in inspect.getmembers(module, inspect.isclass):
                if (not issubclass(cls, base.EnvZoningAlgorithm) or cls.__module__ !=
                        module.__name__ or not getattr(cls, "ID", "")):
                    continue
                for en_attr, zh_attr in (("NAME_EN", "NAME_ZH"), ("SUMMARY_EN", "SUMMARY_ZH"),
                                         ("DECISION_EN", "DECISION_ZH")):
                    put(cls_name, getattr(cls, en_attr, ""), getattr(cls, zh_attr, ""), where)
                recorded.clear()
                try:
                    cls().initAlgorithm({})
                except Exception as exc:  # noqa: BLE001
                    warn("%s.initAlgorithm failed: %s" % (cls_name, exc))
                for ctx, en_label, label_zh, help_zh, help_en in recorded:
                    put(ctx, en_label, label_zh, where)
                    put(ctx, help_en, help_zh, where)
    finally:
        base.EnvZoningAlgorithm.add = original_add
    return pairs


# -- 3. merge and write ---------------------------------------------------------------------

def existing_translations(path):
    done = {}
    if not os.path.exists(path):
        return done
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and (t.text or "") and t.get("type") not in ("unfinished",
                                                                        "obsolete",
                                                                        "vanished"):
                done[(name, m.findtext("source"))] = t.text
    return done


def write_ts(path, language, contexts):
    """contexts: {name: [(source, translation or None, [locations])]}"""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for name in sorted(contexts):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = name
        for source, translation, locs in contexts[name]:
            m = ET.SubElement(c, "message")
            for loc in locs:
                fname, _, line = loc.partition(":")
                attrs = {"filename": "../" + fname}
                if line:
                    attrs["line"] = line
                ET.SubElement(m, "location", attrs)
            ET.SubElement(m, "source").text = source
            t = ET.SubElement(m, "translation")
            if translation:
                t.text = translation
            else:
                t.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def main():
    os.makedirs(I18N, exist_ok=True)
    kept = existing_translations(ZH_TS)
    algs = algorithm_messages()
    contexts = {}
    seen = set()
    for ctx, source, locs in pylupdate_messages():
        if (ctx, source) in seen:
            continue
        seen.add((ctx, source))
        zh = algs[(ctx, source)][0] if (ctx, source) in algs else kept.get((ctx, source))
        contexts.setdefault(ctx, []).append((source, zh, locs))
    for (ctx, source), (zh, where) in algs.items():
        if (ctx, source) in seen:
            continue
        seen.add((ctx, source))
        contexts.setdefault(ctx, []).append((source, zh, [where]))
    write_ts(ZH_TS, "zh_CN", contexts)
    write_ts(EN_TS, "en", {c: [(s, s, locs) for s, _, locs in msgs]
                           for c, msgs in contexts.items()})
    missing = [(c, s) for c, msgs in contexts.items() for s, t, _ in msgs if not t]
    total = sum(len(m) for m in contexts.values())
    print("fill_ts: %d strings in %d contexts, %d unfinished" % (total, len(contexts),
                                                                 len(missing)))
    for c, s in missing:
        warn("unfinished: [%s] %s" % (c, s[:70]))


if __name__ == "__main__":
    main()
