"""QGIS tests: the plugin loaded exactly as qgis_process loads it (classFactory(None) +
initProcessing) once per session, on a real (offscreen) QgsApplication from pytest-qgis."""

import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGINPATH = os.path.join(ROOT, "build", "pluginpath")
SAMPLE = os.path.join(ROOT, "sample_data")


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_processing):
    import envzoning

    p = envzoning.classFactory(None)
    p.initProcessing()
    p.initProcessing()  # idempotent
    yield p


@pytest.fixture(scope="session")
def run_alg(plugin):
    """processing.run with a fresh context and a feedback that collects messages."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(alg_id, params, feedback=None):
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        fb = feedback or QgsProcessingFeedback()
        return processing.run("envzoning:" + alg_id, params, context=ctx, feedback=fb)

    return _run


def qgis_process_env(tmp_config):
    os.makedirs(os.path.join(tmp_config, "profiles", "default", "QGIS"), exist_ok=True)
    with open(os.path.join(tmp_config, "profiles", "default", "QGIS", "QGIS3.ini"), "w") as fh:
        fh.write("[PythonPlugins]\nenvzoning=true\nprocessing=true\n")
    env = dict(os.environ)
    env["QGIS_PLUGINPATH"] = PLUGINPATH
    env["QGIS_CUSTOM_CONFIG_PATH"] = tmp_config
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-%d" % os.getuid())
    return env


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """Run ``qgis_process`` with the plugin enabled in a throw-away profile."""
    # Debian's /usr/bin/qgis_process wrapper passes $QGIS_OPTS (--noversioncheck, from
    # /etc/default/qgis), which qgis_process 3.22 rejects: call the binary when it is there.
    exe = (shutil.which("qgis_process.bin") or shutil.which("qgis_process")
           or "/usr/bin/qgis_process")
    config = str(tmp_path_factory.mktemp("qgis_profile"))
    env = qgis_process_env(config)

    def _run(*args, check=True):
        proc = subprocess.run([exe, *args], env=env, capture_output=True, text=True,
                              timeout=900)
        if check and proc.returncode != 0:
            raise AssertionError("qgis_process %s failed (%d):\n%s\n%s" % (
                " ".join(args), proc.returncode, proc.stdout[-4000:], proc.stderr[-4000:]))
        return proc

    return _run
