#!/usr/bin/env bash
# Installs the system packages envzoning needs (Debian 12 as root), or says what is missing.
set -euo pipefail
need=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && grep -qi debian /etc/os-release 2>/dev/null; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
  exit 0
fi
# not root or not Debian: the hard requirements are QGIS with Python
missing_hard=0
command -v qgis_process >/dev/null || { echo "Missing: qgis_process (install QGIS >= 3.22 with its Python bindings)"; missing_hard=1; }
/usr/bin/python3 -c 'import qgis.core' 2>/dev/null || { echo "Missing: python3-qgis for /usr/bin/python3"; missing_hard=1; }
echo "Not installed (optional but used by some steps): ${need[*]}"
echo "On Debian/Ubuntu: sudo apt-get install ${need[*]}"
exit $missing_hard
