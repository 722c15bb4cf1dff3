#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the DEB and TGZ packages from this build tree and checks what a clean Debian machine
# would get: the control fields (above all the run-time Depends dpkg-shlibdeps cannot see), the
# files, a valid launcher entry, and a binary that starts from the unpacked package.
# Usage: check-packages.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack failed"; }

deb="$work/out/gpudesk_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb (got: $(ls "$work/out"))"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = gpudesk ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version)"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is $(field Architecture)"
depends=$(field Depends)
# Loaded by name at run time, invisible to dpkg-shlibdeps; then the libraries it does find.
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-translations-l10n fonts-noto-cjk \
           libqt6widgets6 libqt6network6 libqcustomplot2.1-qt6 libsqlite3-0; do
  [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done

dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for f in ./usr/bin/gpudesk ./usr/share/applications/gpudesk.desktop \
         ./usr/share/icons/hicolor/scalable/apps/gpudesk.svg ./usr/share/doc/gpudesk/copyright; do
  grep -qx "$f" "$work/files" || fail "the package lacks $f"
done
for size in 16 24 32 48 64 128 256; do
  grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/gpudesk.png" "$work/files" ||
    fail "the package lacks the ${size}px icon"
done
if grep -q '/usr/include\|\.a$\|/tests\?/' "$work/files"; then
  fail "the package carries build or test files: $(grep '/usr/include\|\.a$\|/tests\?/' "$work/files")"
fi

dpkg-deb -x "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/root/usr/share/applications/gpudesk.desktop" ||
    fail "the launcher entry is not valid"
fi
grep -q '^Exec=gpudesk$' "$work/root/usr/share/applications/gpudesk.desktop" ||
  fail "the launcher does not start gpudesk"
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/gpudesk" --version 2>&1) ||
  fail "the packaged gpudesk does not start: $out"
[[ "$out" == *"$version"* ]] || fail "gpudesk --version says: $out"

tgz="$work/out/gpudesk-${version}-Linux.tar.gz"
[ -f "$tgz" ] || fail "no $tgz"
tar tzf "$tgz" | grep -q "^gpudesk-${version}-Linux/bin/gpudesk$" || fail "the TGZ lacks bin/gpudesk"

echo "packages OK: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tgz")"
