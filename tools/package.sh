#!/usr/bin/env bash
# make package: the installable plugin zip (git archive of HEAD, export-ignore honoured),
# with pure-Python runtime dependencies vendored into envzoning/ext_libs.
set -euo pipefail
cd "$(dirname "$0")/.."
ver=$(sed -n 's/^version=//p' metadata.txt)
mkdir -p dist
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
git archive --prefix=envzoning/ HEAD | tar -x -C "$stage"
if [ -x .venv/bin/python ]; then
  .venv/bin/python -m pip install -q --no-deps --target "$stage/envzoning/ext_libs" python-docx 2>/dev/null \
    || echo "warning: python-docx not vendored (pip failed)"
  rm -rf "$stage"/envzoning/ext_libs/*.dist-info/RECORD
fi
(cd "$stage" && rm -f "../envzoning.zip" && python3 -m zipfile -c "$OLDPWD/dist/envzoning-$ver.zip" envzoning)
echo "dist/envzoning-$ver.zip"
