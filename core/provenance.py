"""Provenance records of zoning outputs (issue 5 item 6).

A record says which algorithm, plugin version, parameters and tables (name, SHA-256 of the
normalized rows, row count, where it came from) produced an output, plus the records of the
inputs it was made from (``upstream``), so a published zoning can be traced to the clause and
the decision behind each zone. No timestamps, no absolute paths: the same inputs give
byte-identical JSON, so outputs stay deterministic.

The glue (``algorithms/provenance_glue.py``) stores the JSON in the output GeoPackage — a
table ``provenance`` (one row per step of the chain) and the layer metadata's history.
"""

import configparser
import hashlib
import json
import os

from .tables import Table

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "envzoning-provenance/1"


def plugin_version():
    cp = configparser.ConfigParser()
    cp.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return cp.get("general", "version", fallback="0")


def table_sha256(table):
    h = hashlib.sha256()
    h.update(("\t".join(table.headers) + "\n").encode("utf-8"))
    for r in table.rows:
        h.update(("\t".join(r) + "\n").encode("utf-8"))
    return h.hexdigest()


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def table_entry(table, role=None, origin=None):
    """{name, role, sha256, rows, origin} of a :class:`Table`. ``origin``: 'shipped' (the
    guideline's default), 'parameter' (edited in the dialog) or a file's base name."""
    if not isinstance(table, Table):
        raise TypeError("table_entry expects a core.tables.Table")
    return {"name": table.name, "role": role or table.name, "sha256": table_sha256(table),
            "rows": len(table.rows), "origin": origin or "shipped"}


def is_shipped(table, name):
    """True when ``table`` has exactly the rows of the shipped table ``name``."""
    from .tables import load

    try:
        return table_sha256(table) == table_sha256(load(name))
    except Exception:  # noqa: BLE001
        return False


def _plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def record(algorithm, parameters, tables=(), seed="", rule_table=None, inputs=None,
           upstream=(), version=None):
    """The provenance record (a dict). ``parameters``: plain values (the glue leaves out
    output paths and reduces layers to their names); ``tables``: entries of
    :func:`table_entry`; ``rule_table``: the entry of the rule table, if any; ``inputs``:
    {parameter: layer name}; ``upstream``: records read from the inputs."""
    rec = {
        "schema": SCHEMA,
        "algorithm": "envzoning:" + algorithm if ":" not in algorithm else algorithm,
        "plugin_version": version or plugin_version(),
        "seed": seed,
        "parameters": _plain(dict(sorted((parameters or {}).items()))),
        "inputs": _plain(dict(sorted((inputs or {}).items()))),
        "tables": sorted((_plain(t) for t in tables), key=lambda t: (t["role"], t["name"])),
    }
    if rule_table is not None:
        rec["rule_table"] = _plain(rule_table)
    ups = []
    seen = set()
    for u in upstream:
        key = to_json(u)
        if key not in seen:
            seen.add(key)
            ups.append(u)
    rec["upstream"] = ups
    return rec


def to_json(rec):
    """Deterministic JSON text (sorted keys, UTF-8 text kept, no timestamps)."""
    return json.dumps(rec, ensure_ascii=False, sort_keys=True, indent=1)


def from_json(text):
    try:
        rec = json.loads(text)
    except (TypeError, ValueError):
        return None
    return rec if isinstance(rec, dict) and rec.get("schema") == SCHEMA else None


def chain(rec):
    """The steps of a record, oldest first (upstream steps, then this one), flattened and
    without repeats: what the ``provenance`` table of a GeoPackage lists."""
    steps = []
    seen = set()

    def walk(r):
        for u in r.get("upstream", ()):
            if isinstance(u, dict):
                walk(u)
        flat = dict(r)
        flat["upstream"] = [u.get("algorithm") if isinstance(u, dict) else u
                            for u in r.get("upstream", ())]
        key = to_json(flat)
        if key not in seen:
            seen.add(key)
            steps.append(flat)

    walk(rec)
    return steps


def nest(steps):
    """The inverse of :func:`chain`: the last of ``steps`` (oldest first, upstream given by
    algorithm name) with its upstream records nested again; None for no steps."""
    if not steps:
        return None
    built = []
    for s in steps:
        rec = dict(s)
        ups = []
        for u in s.get("upstream", ()):
            if isinstance(u, dict):
                ups.append(u)
                continue
            for prev in reversed(built):
                if prev.get("algorithm") == u:
                    ups.append(prev)
                    break
        rec["upstream"] = ups
        built.append(rec)
    return built[-1]
