"""The public contract of the provider as data: every algorithm id, each parameter's
name, type, default and optional flag, each output's name and type (SPEC section 10).

``tests/qgis/contract.json`` holds the snapshot; ``test_contract.py`` compares the live
provider with it. A deliberate change is announced by regenerating the file:

    make setup && QT_QPA_PLATFORM=offscreen .venv/bin/python tools/update_contract.py

and committing it with the change (the diff is the announcement)."""

import json
import os

from envzoning.core.provenance import _plain  # JSON-friendly parameter values

SNAPSHOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "contract.json")


def contract(provider):
    """{alg id: {"parameters": [[name, type, default, optional]], "outputs": [[name,
    type]]}} of every algorithm of ``provider`` (models excluded), sorted by id."""
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingParameterDefinition

    out = {}
    for alg in sorted(provider.algorithms(), key=lambda a: a.name()):
        if isinstance(alg, QgsProcessingModelAlgorithm):
            continue
        params = []
        for p in alg.parameterDefinitions():
            optional = bool(p.flags() & QgsProcessingParameterDefinition.FlagOptional)
            default = _plain(p.defaultValue())
            if p.type() == "matrix":
                # a guideline table: its columns are the contract, its values are data
                # (core/tables/*.csv, recorded in provenance)
                default = {"headers": list(p.headers()), "rows": bool(default)}
            params.append([p.name(), p.type(), default, optional])
        outputs = [[o.name(), o.type()] for o in alg.outputDefinitions()]
        out[alg.name()] = {"parameters": params, "outputs": outputs}
    return out


def dump(data):
    """One line per parameter and output, so that a change is one line of the diff."""
    j = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    lines = ["{"]
    for i, alg in enumerate(sorted(data)):
        d = data[alg]
        lines.append(' %s: {"parameters": [' % j(alg))
        lines.append(",\n".join("  " + j(p) for p in d["parameters"]))
        lines.append(' ], "outputs": [')
        lines.append(",\n".join("  " + j(o) for o in d["outputs"]))
        lines.append(" ]}" + ("," if i + 1 < len(data) else ""))
    lines.append("}")
    return "\n".join(line for line in lines if line) + "\n"


def load():
    with open(SNAPSHOT, encoding="utf-8") as f:
        return json.load(f)
