#!/usr/bin/env bash
# make demo: the whole workflow on sample_data/ (仙居县), headless with qgis_process.
# Each step is a file in tools/demo_steps/ (run in name order); outputs go to demo_output/.
set -euo pipefail
cd "$(dirname "$0")/.."
export ROOT=$PWD
export SAMPLE=$ROOT/sample_data
export OUT=${OUT:-$ROOT/demo_output}
export PY=$ROOT/.venv/bin/python
export QT_QPA_PLATFORM=offscreen
export QGIS_PLUGINPATH=${QGIS_PLUGINPATH:-$ROOT/build/pluginpath}
export QGIS_CUSTOM_CONFIG_PATH=${QGIS_CUSTOM_CONFIG_PATH:-$ROOT/build/qgis_profile}
mkdir -p "$OUT"
# qp ALG key=value... : run one algorithm, print its log lines with a prefix, fail loudly
qp() {
  local alg=$1; shift
  local log="$OUT/log_${alg}${QP_SUFFIX:-}"   # QP_SUFFIX=_x qp ... for a second run
  local args=()
  for kv in "$@"; do args+=("--${kv}"); done
  echo "== envzoning:${alg}"
  # Debian's qgis_process wrapper adds --noversioncheck, which 3.22 rejects: use the binary
  local qpbin
  qpbin=$(command -v qgis_process.bin || command -v qgis_process)
  if ! "$qpbin" run "envzoning:${alg}" --json "${args[@]}" > "$log.json" 2> "$log.err"; then
    cat "$log.err" "$log.json"; echo "demo step envzoning:${alg} failed"; exit 1
  fi
  # the algorithm's own messages and its outputs → log_<alg>.txt, shown indented
  /usr/bin/python3 - "$log.json" > "$log.txt" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for kind, lines in (d.get("log") or {}).items():
    for line in lines:
        print(("WARNING: " if kind.startswith("warn") else "") + line)
for k, v in sorted((d.get("results") or {}).items()):
    print("→ %s: %s" % (k, v))
PYEOF
  sed 's/^/   /' "$log.txt" | head -60
}
export -f qp
start=$(date +%s)
for step in tools/demo_steps/*.sh; do
  echo
  echo "#### $(basename "$step")"
  # shellcheck source=/dev/null
  source "$step"
done
echo
echo "Demo finished in $(( $(date +%s) - start )) s; outputs in $OUT"
