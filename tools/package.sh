#!/usr/bin/env bash
# make package: the installable plugin zip (git archive of HEAD, export-ignore honoured),
# with the pure-Python runtime dependencies vendored into envzoning/ext_libs:
# python-docx, and for typing_extensions (python-docx imports Self, TypeAlias, Protocol) the
# small stand-in tools/typing_extensions_shim.py: the real module holds an eval() that the
# plugin repository's security scan blocks. lxml
# comes with QGIS and is not vendored. algorithms/registrationtable.py puts ext_libs on
# sys.path when docx is not importable otherwise.
#   tools/package.sh [OUTPUT_DIR]   (default dist/); prints the zip's path on the last line
set -euo pipefail
cd "$(dirname "$0")/.."
ver=$(sed -n 's/^version=//p' metadata.txt)
outdir=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
git rev-parse --verify -q HEAD >/dev/null || { echo "package: git has no HEAD commit" >&2; exit 2; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
git archive --prefix=envzoning/ HEAD | tar -x -C "$stage"
# contacts for the plugin repository, given by the maintainer who uploads (metadata.txt holds
# none: the project has no public address yet); ENVZONING_RELEASE=1 refuses a zip that would
# fail the repository's upload checks (tools/check_metadata.py)
python3 tools/check_metadata.py --set-contacts "$stage/envzoning/metadata.txt"
ext="$stage/envzoning/ext_libs"
mkdir -p "$ext"
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
# 1) pip from the package index (pinned as requirements-dev.txt); 2) offline fallback: copy
# the copies installed in the venv
if ! "$PY" -m pip install -q --no-deps --no-compile --target "$ext" "python-docx>=1.1" \
    2>/dev/null; then
  echo "package: pip could not fetch python-docx; copying it from $PY's site-packages" >&2
  "$PY" - "$ext" <<'EOF'
import os, shutil, sys
import docx
dst = sys.argv[1]
shutil.copytree(os.path.dirname(docx.__file__), os.path.join(dst, "docx"),
                ignore=shutil.ignore_patterns("__pycache__"))
EOF
fi
cp tools/typing_extensions_shim.py "$ext/typing_extensions.py"
rm -rf "$ext"/*.dist-info/RECORD "$ext"/bin
find "$ext" -name __pycache__ -type d -prune -exec rm -rf {} +
for need in docx/__init__.py docx/templates/default.docx typing_extensions.py; do
  [ -e "$ext/$need" ] || { echo "package: ext_libs/$need missing: python-docx not vendored" >&2; exit 1; }
done
zip="$outdir/envzoning-$ver.zip"
rm -f "$zip"
(cd "$stage" && python3 -m zipfile -c "$zip" envzoning)
if ! problems=$(python3 tools/check_metadata.py "$zip"); then
  if [ "${ENVZONING_RELEASE:-0}" = 1 ]; then
    echo "$problems" >&2
    rm -f "$zip"
    echo "package: not ready for plugins.qgis.org (see metadata.txt, Contacts)" >&2
    exit 1
  fi
  echo "package: fine to install; not yet ready for plugins.qgis.org:" >&2
  echo "$problems" >&2
fi
echo "$zip"
