#!/usr/bin/env bash
# Installs what Briefpack needs from Debian's packages: Chromium for the UI tests, LibreOffice,
# poppler-utils and qpdf to check exports, pandoc for the export benchmark, fonts, and bzip2-doc
# (its PDF manual is a real document the import tests read).
# Skips apt entirely when everything is already there, so repeated runs are quick.
set -euo pipefail
packages=(chromium libreoffice-writer-nogui poppler-utils qpdf pandoc fonts-liberation fonts-dejavu-core bzip2-doc)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present: ${packages[*]}"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing from Debian: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
