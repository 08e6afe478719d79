"""The upload checks of the QGIS plugin repository (plugins.qgis.org) that can run offline,
on a plugin zip or a metadata.txt (issue 14 item 8).

What the repository's validator checks at upload, and what this does:
- required metadata present and non-empty: name, description, version, qgisMinimumVersion,
  author, email, about, tracker, repository;
- tracker, repository and homepage are URLs (scheme and host), not the template's defaults
  (http://bugs, http://repo, http://homepage) — the repository also fetches each URL and
  refuses one that does not answer (< 400): that needs the network and is left to the upload;
- author without "/"; a LICENSE file; a top folder named [A-Za-z][A-Za-z0-9-_]+ with
  __init__.py and metadata.txt; no .pyc, __pycache__, .git, __MACOSX, ".." or absolute paths.
And, beyond the repository: no placeholder contact (example.org/.com/.net, "TODO", "FILL").

Usage: check_metadata.py PLUGIN.zip | metadata.txt   → prints the problems, exit 1 if any.
       check_metadata.py --set-contacts metadata.txt   → writes ENVZONING_AUTHOR, _EMAIL,
       _HOMEPAGE, _TRACKER, _REPOSITORY (those set) into it (tools/package.sh, staged copy).
"""

import configparser
import io
import os
import re
import sys
import zipfile
from urllib.parse import urlparse

REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email",
            "about", "tracker", "repository")
URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
PLACEHOLDER = re.compile(r"example\.(org|com|net)|\bTODO\b|\bFILL\b|\bchangeme\b", re.I)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def check_metadata_text(text):
    """Problems (a list of strings) of a metadata.txt's text."""
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    try:
        cp.read_string(text)
    except configparser.Error as exc:
        return ["metadata.txt does not parse: %s" % exc]
    if not cp.has_section("general"):
        return ["metadata.txt has no [general] section"]
    md = dict(cp.items("general"))
    problems = []
    for key in REQUIRED:
        if not md.get(key, "").strip():
            problems.append("%s is missing or empty (required by plugins.qgis.org)" % key)
    for key, forbidden in URLS.items():
        url = md.get(key, "").strip()
        if not url:
            continue
        parsed = urlparse(url)
        if url == forbidden or not (parsed.scheme in ("http", "https") and parsed.netloc):
            problems.append("%s is not a valid URL: %r" % (key, url))
    for key in ("author", "email") + tuple(URLS):
        value = md.get(key, "")
        if value and PLACEHOLDER.search(value):
            problems.append("%s is a placeholder: %r" % (key, value))
    email = md.get("email", "").strip()
    if email and not EMAIL.match(email):
        problems.append("email is not an address: %r" % email)
    if "/" in md.get("author", ""):
        problems.append("author must not contain '/'")
    return problems


def check_zip(path):
    """Problems of a plugin zip: its layout and its metadata.txt."""
    problems = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if not names:
            return ["the zip is empty"]
        top = names[0].split("/")[0]
        if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", top):
            problems.append("top folder %r is not a valid package name" % top)
        for n in names:
            parts = n.split("/")
            if ".." in n or n.startswith("/"):
                problems.append("path information in %r" % n)
            if n.endswith(".pyc"):
                problems.append(".pyc file %r" % n)
            for bad in ("__MACOSX", ".git", "__pycache__"):
                if bad in parts:
                    problems.append("%s folder in %r" % (bad, n))
        for need in ("__init__.py", "metadata.txt", "LICENSE"):
            if "%s/%s" % (top, need) not in names:
                problems.append("%s/%s is missing" % (top, need))
        if "%s/metadata.txt" % top in names:
            text = io.TextIOWrapper(z.open("%s/metadata.txt" % top), encoding="utf-8").read()
            problems += check_metadata_text(text)
    return sorted(set(problems), key=problems.index)


def set_contacts(path, env=None):
    """Write the contacts given in the environment into the metadata.txt at ``path``."""
    env = os.environ if env is None else env
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    for key in ("author", "email", "homepage", "tracker", "repository"):
        value = env.get("ENVZONING_" + key.upper(), "").strip()
        if value:
            text = re.sub(r"(?m)^%s=.*$" % key, lambda m, k=key, v=value: "%s=%s" % (k, v),
                          text, count=1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def main(argv):
    if len(argv) == 3 and argv[1] == "--set-contacts":
        set_contacts(argv[2])
        return 0
    if len(argv) != 2:
        print(__doc__)
        return 2
    path = argv[1]
    if path.endswith(".zip"):
        problems = check_zip(path)
    else:
        with open(path, encoding="utf-8") as fh:
            problems = check_metadata_text(fh.read())
    for p in problems:
        print("check_metadata: %s" % p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
