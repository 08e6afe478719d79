"""make package: the zip a government machine installs offline carries python-docx in
envzoning/ext_libs, and the plugin installed from it (not from the source tree) loads in
qgis_process and writes the DOCX register with the vendored copy."""

import os
import shutil
import subprocess
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(ROOT, "sample_data", "xianju.gpkg")


def _has_head():
    try:
        return subprocess.run(["git", "-C", ROOT, "rev-parse", "--verify", "-q", "HEAD"],
                              capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    if not _has_head():
        pytest.skip("git has no HEAD commit: make package archives HEAD")
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(["bash", os.path.join(ROOT, "tools", "package.sh"), str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def test_zip_vendors_python_docx(package):
    with zipfile.ZipFile(package) as z:
        names = set(z.namelist())
    assert "envzoning/metadata.txt" in names
    assert "envzoning/ext_libs/docx/__init__.py" in names
    assert "envzoning/ext_libs/docx/templates/default.docx" in names
    assert "envzoning/ext_libs/typing_extensions.py" in names
    assert "envzoning/algorithms/registrationtable.py" in names
    assert not any(n.startswith("envzoning/ext_libs/lxml") for n in names)  # QGIS ships lxml
    assert not any(n.startswith(("envzoning/tests/", "envzoning/tools/")) for n in names)


def test_installed_zip_loads_and_finds_docx(package, tmp_path):
    profile = str(tmp_path / "profile")
    qgis_dir = os.path.join(profile, "profiles", "default", "QGIS")
    plugins = os.path.join(profile, "profiles", "default", "python", "plugins")
    os.makedirs(qgis_dir)
    os.makedirs(plugins)
    with open(os.path.join(qgis_dir, "QGIS3.ini"), "w") as fh:
        fh.write("[PythonPlugins]\nenvzoning=true\nprocessing=true\n")
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_PLUGINPATH", "PYTHONPATH")}
    env.update(QGIS_CUSTOM_CONFIG_PATH=profile, QT_QPA_PLATFORM="offscreen")
    env.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-%d" % os.getuid())
    with zipfile.ZipFile(package) as z:
        z.extractall(plugins)
    # Debian's qgis_process wrapper adds --noversioncheck, which 3.22 rejects: the binary
    exe = shutil.which("qgis_process.bin") or shutil.which("qgis_process") or "/usr/bin/qgis_process"
    proc = subprocess.run([exe, "list"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    for alg in ("envzoning:stylezones", "envzoning:zoningmaps", "envzoning:registrationtable"):
        assert alg in proc.stdout, proc.stdout[-3000:] + proc.stderr[-3000:]
    # the installed plugin writes the DOCX with its vendored python-docx (QGIS's own Python
    # has none); single zone: the county itself
    zones = str(tmp_path / "z.gpkg")
    subprocess.run(["ogr2ogr", "-f", "GPKG", zones, GPKG, "region", "-nln", "zones", "-sql",
                    "SELECT geom, 'I' AS zone_type, '1024-Ⅰ-1-1' AS code, '仙居' AS name "
                    "FROM region"], check=True, capture_output=True)
    docx_path = str(tmp_path / "r.docx")
    proc = subprocess.run([exe, "run", "envzoning:registrationtable", "--INPUT=" + zones,
                           "--OUTPUT_DOCX=" + docx_path, "--OUTPUT_CSV=" + str(tmp_path / "r.csv"),
                           "--OUTPUT_XLSX=" + str(tmp_path / "r.xlsx")],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    with zipfile.ZipFile(docx_path) as z:
        assert "1024-Ⅰ-1-1" in z.read("word/document.xml").decode("utf-8")


def test_zip_is_ready_for_the_plugin_repository(package):
    """LICENSE, the offline reference pages, no dev files, and nothing the repository's
    security scan blocks: no eval/exec call in any module, no call named extra() (B610)."""
    import re

    with zipfile.ZipFile(package) as z:
        names = set(z.namelist())
        sources = {n: z.read(n).decode("utf-8", "replace") for n in names if n.endswith(".py")}
        licence = z.read("envzoning/LICENSE").decode("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 2" in licence
    assert "envzoning/docs/reference/zoning.md" in names
    assert not any(n.endswith((".ts", "CONTRIBUTING.md")) for n in names)
    assert not any(n.startswith(("envzoning/docs/en/", "envzoning/docs/img/")) for n in names)
    bad = re.compile(r"(?<![\w.])(eval|exec)\(|\bextra\(")
    hits = [(n, m.group(0)) for n, text in sources.items() for m in bad.finditer(text)]
    assert not hits, hits


def test_contacts_are_honest_and_checked_before_upload(package, tmp_path):
    """metadata.txt invents no contact (issue 14 item 8): the zip built without the
    maintainer's contacts passes every offline upload check of plugins.qgis.org but the
    three contacts it requires; with them (ENVZONING_EMAIL … at packaging) it passes all."""
    import sys

    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import check_metadata as CM

    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as fh:
        text = fh.read()
    assert "example." not in text and "@" not in text.split("author=")[1].split("\n")[1]
    assert CM.check_zip(package) == [
        "email is missing or empty (required by plugins.qgis.org)",
        "tracker is missing or empty (required by plugins.qgis.org)",
        "repository is missing or empty (required by plugins.qgis.org)"]

    # the maintainer's contacts, written the way tools/package.sh writes them
    md = tmp_path / "metadata.txt"
    with zipfile.ZipFile(package) as z:
        md.write_bytes(z.read("envzoning/metadata.txt"))
    CM.set_contacts(str(md), {"ENVZONING_EMAIL": "maintainer@envzoning.test",
                              "ENVZONING_TRACKER": "https://git.envzoning.test/issues",
                              "ENVZONING_REPOSITORY": "https://git.envzoning.test/envzoning"})
    checked = md.read_text(encoding="utf-8")
    assert "\nemail=maintainer@envzoning.test\n" in checked
    assert CM.check_metadata_text(checked) == []
    # placeholders and template defaults are refused
    bad = checked.replace("maintainer@envzoning.test", "someone@example.org").replace(
        "https://git.envzoning.test/issues", "http://bugs")
    assert CM.check_metadata_text(bad) == ["tracker is not a valid URL: 'http://bugs'",
                                           "email is a placeholder: 'someone@example.org'"]
