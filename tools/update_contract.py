"""Regenerate tests/qgis/contract.json, the snapshot of the public contract (ids,
parameters with type/default/optional, outputs). Run only for a change you announce:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/update_contract.py
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build", "pluginpath"))
sys.path.insert(0, os.path.join(ROOT, "tests", "qgis"))

from qgis.core import QgsApplication  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
import envzoning  # noqa: E402
import contract_snapshot as CS  # noqa: E402

plugin = envzoning.classFactory(None)
plugin.initProcessing()
data = CS.contract(plugin.provider)
with open(CS.SNAPSHOT, "w", encoding="utf-8") as f:
    f.write(CS.dump(data))
print("%s: %d algorithms, %d parameters" % (
    os.path.relpath(CS.SNAPSHOT, ROOT), len(data),
    sum(len(a["parameters"]) for a in data.values())))
plugin.unload()
app.exitQgis()
