#!/usr/bin/env bash
# make translations: i18n/envzoning_zh_CN.ts and envzoning_en.ts from the sources
# (pylupdate5 + the algorithms' own Chinese, tools/fill_ts.py), compiled to .qm (lrelease).
# Rerunnable and idempotent; translations written by hand in the .ts are kept.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY=/usr/bin/python3
for tool in pylupdate5 lrelease; do
    command -v "$tool" >/dev/null || {
        echo "Missing $tool: apt-get install pyqt5-dev-tools qttools5-dev-tools" >&2; exit 1; }
done
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export PYTHONDONTWRITEBYTECODE=1
"$PY" "$ROOT/tools/fill_ts.py" "$ROOT"
for lang in zh_CN en; do
    lrelease -silent -nounfinished "$ROOT/i18n/envzoning_$lang.ts" \
        -qm "$ROOT/i18n/envzoning_$lang.qm"
done
echo "translations: $(ls "$ROOT"/i18n/*.qm | xargs -n1 basename | tr '\n' ' ')"
