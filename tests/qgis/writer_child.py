"""A separate QGIS process for the output-writer tests (test_output_writer.py): runs one
envzoning algorithm and is killed, held or starved of disk space on the way.

    python3 writer_child.py JOB.json

JOB: {"alg": id, "params": {...}, "mode": "run" | "kill_at_progress" | "kill_in_vector" |
"hold", "at": progress %, "hold_file": path, "runs": [{"params": ..., "fill": path, "free":
bytes}]}. Prints one JSON line per run: {"ok": bool, "results" | "error": ...}."""

import json
import os
import signal
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "build", "pluginpath"))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import processing  # noqa: E402

import envzoning  # noqa: E402

plugin = envzoning.classFactory(None)
plugin.initProcessing()


class Feedback(QgsProcessingFeedback):
    def __init__(self, job):
        super().__init__()
        self.job = job
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        mode = self.job.get("mode")
        if mode == "kill_at_progress" and value >= self.job.get("at", 10):
            os.kill(os.getpid(), signal.SIGKILL)
        if mode == "hold" and value >= self.job.get("at", 10):
            with open(self.job["hold_file"] + ".reached", "w") as fh:
                fh.write("1")
            t0 = time.time()
            while os.path.exists(self.job["hold_file"]) and time.time() - t0 < 120:
                time.sleep(0.05)


def kill_in_vector_write():
    """SIGKILL at the second feature a vector writer of zoning/mergezones adds."""
    from envzoning.algorithms import outputs as OUTW   # the one vector writer

    calls = {"n": 0}
    real = OUTW.QgsFeature

    def feature(*args):
        calls["n"] += 1
        if calls["n"] == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args)

    OUTW.QgsFeature = feature


def fill(path, free):
    """Fill the file system of ``path`` so that about ``free`` bytes stay free."""
    if os.path.exists(path):
        os.remove(path)
    st = os.statvfs(os.path.dirname(path))
    n = max(0, st.f_bavail * st.f_frsize - free)
    with open(path, "wb") as fh:
        chunk = b"\0" * (1 << 20)
        while n > 0:
            k = min(n, len(chunk))
            try:
                fh.write(chunk[:k])
                fh.flush()
            except OSError:
                break
            n -= k


def run(job, params):
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    try:
        res = processing.run("envzoning:" + job["alg"], params, context=ctx,
                             feedback=Feedback(job))
        return {"ok": True, "results": {k: v for k, v in res.items()
                                        if isinstance(v, (str, int, float, type(None)))}}
    except QgsProcessingException as exc:
        return {"ok": False, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - a traceback is a defect the test reports
        return {"ok": False, "traceback": "%s: %s" % (type(exc).__name__, exc)}


def main():
    with open(sys.argv[1], encoding="utf-8") as fh:
        job = json.load(fh)
    if job.get("mode") == "kill_in_vector":
        kill_in_vector_write()
    runs = job.get("runs") or [{"params": job["params"]}]
    for r in runs:
        if r.get("fill"):
            fill(r["fill"], r.get("free", 0))
        out = run(job, r["params"])
        out["free"] = r.get("free")
        print(json.dumps(out, ensure_ascii=False), flush=True)
    # exit without tearing QGIS down (faster, and what a killed run would do anyway)
    os._exit(0)


if __name__ == "__main__":
    main()
