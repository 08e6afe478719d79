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
  local args=()
  for kv in "$@"; do args+=("--${kv}"); done
  echo "== envzoning:${alg}"
  # Debian's qgis_process wrapper adds --noversioncheck, which 3.22 rejects: use the binary
  if ! "$(command -v qgis_process.bin || command -v qgis_process)" run "envzoning:${alg}" "${args[@]}" > "$OUT/log_${alg}.txt" 2>&1; then
    cat "$OUT/log_${alg}.txt"; echo "demo step envzoning:${alg} failed"; exit 1
  fi
  # the algorithm's own messages and its outputs (not the echo of the inputs)
  # (qgis_process interleaves its progress "0...10...20" with the messages: stripped)
  sed -E 's/^(\.*[0-9]+\.+)+//; s/^(10|20|30|40|50|60|70|80|90)([^0-9 .])/\2/;
          s/(\.\.\.[0-9]+)+//g; s/100 - done\.//; s/^\.+ ?//' "$OUT/log_${alg}.txt" | awk '
    /^Inputs$/ {inp=1; next}
    /^Results$/ {inp=0; res=1; next}
    /^-+$/ || /^ *$/ || /^QStandardPaths|^Warning:|DeprecationWarning|setapi/ {next}
    res && /^[A-Za-z0-9_:]+:\t/ {sub(/\t/, " "); print "   → " $0; next}
    inp && /^[A-Za-z0-9_:]+:\t/ {next}
    inp {print "   " $0}
  ' | head -40
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
