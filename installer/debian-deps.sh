#!/usr/bin/env bash
# Installs the Debian 12 packages gpudesk needs to build, run and test.
# Usage: installer/debian-deps.sh [run|test]   (test adds the sanitizer toolchain and tools)
set -euo pipefail
mode=${1:-run}
pkgs=(cmake ninja-build g++ pkg-config
      qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
      qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
      libqcustomplot-dev libssl-dev libsqlite3-dev libcpp-httplib-dev
      libgl-dev fonts-noto-cjk tzdata sqlite3)
if [ "$mode" = test ]; then
  pkgs+=(clang-14 libclang-rt-14-dev lld-14 xvfb poppler-utils prometheus desktop-file-utils zlib1g-dev)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -q
  $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
