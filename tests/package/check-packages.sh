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
           libqt6widgets6 libqt6network6 libqt6printsupport6 libqcustomplot2.1-qt6 libsqlite3-0; do
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
# A scheduled report from the unpacked binary: no display, no platform chosen.
headless() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work" \
  XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" "$work/root/usr/bin/gpudesk" "$@"; }
headless generate demo --profile "$work/demo.sqlite" >"$work/generate.log" 2>&1 ||
  { cat "$work/generate.log"; fail "the packaged gpudesk cannot generate a profile"; }
headless report allocation --profile "$work/demo.sqlite" --out "$work/report.pdf" --lang ko \
  >"$work/report.log" 2>&1 || { cat "$work/report.log"; fail "the packaged gpudesk cannot write a report"; }
[ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "the report is not a PDF"

# The server's own package, when the server is built: binary, unit, user set-up.
server="$work/out/gpudesk-server_${version}_amd64.deb"
if [ -f "$build/app/server/gpudesk-server" ]; then
  [ -f "$server" ] || fail "no $server"
  [ "$(dpkg-deb -f "$server" Package)" = gpudesk-server ] || fail "server package name"
  sdepends=$(dpkg-deb -f "$server" Depends)
  for dep in libqt6sql6-sqlite adduser libssl3; do
    [[ ", $sdepends," == *", $dep"[\ ,]* ]] || fail "gpudesk-server Depends lacks $dep: $sdepends"
  done
  dpkg-deb -c "$server" | awk '{print $6}' >"$work/server-files"
  for f in ./usr/bin/gpudesk-server ./usr/lib/systemd/system/gpudesk-server.service; do
    grep -qx "$f" "$work/server-files" || fail "gpudesk-server lacks $f"
  done
  if grep -qx ./usr/bin/gpudesk "$work/server-files"; then fail "the desktop binary is in gpudesk-server"; fi
  if grep -qx ./usr/bin/gpudesk-server "$work/files"; then fail "the server binary is in gpudesk"; fi
  dpkg-deb -x "$server" "$work/server-root"
  grep -q '^ExecStart=/usr/bin/gpudesk-server serve ' \
    "$work/server-root/usr/lib/systemd/system/gpudesk-server.service" || fail "the unit's ExecStart"
  if command -v systemd-analyze >/dev/null; then
    # The binary is not installed where the unit points, so that complaint is expected.
    systemd-analyze verify "$work/server-root/usr/lib/systemd/system/gpudesk-server.service" \
      >"$work/unit-check" 2>&1 || true
    if grep -v 'gpudesk-server\(: \| \).*\(not executable\|No such file\)\|is not executable' \
        "$work/unit-check" | grep -q .; then
      fail "systemd-analyze finds problems in the unit: $(cat "$work/unit-check")"
    fi
  fi
  dpkg-deb --ctrl-tarfile "$server" | tar t >"$work/server-control"
  grep -qx './postinst' "$work/server-control" || fail "no postinst"
  grep -qx './postrm' "$work/server-control" || fail "no postrm"
fi

tgz="$work/out/gpudesk-${version}-Linux.tar.gz"
[ -f "$tgz" ] || fail "no $tgz"
# (lists go to files first: grep -q would close the pipe early and pipefail would see tar fail)
tar tzf "$tgz" >"$work/tgz-files"
grep -qx "gpudesk-${version}-Linux/bin/gpudesk" "$work/tgz-files" || fail "the TGZ lacks bin/gpudesk"

echo "packages OK: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tgz")"
