#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves what a clean Debian 12 machine gets from the packages: a minimal system made with
# debootstrap in a folder, the gpudesk DEB installed with apt (which must find every run-time
# dependency from the Depends line alone), gpudesk started, a demo profile generated and a Korean
# report written without a display, then the package purged with nothing of it left behind; the
# same for gpudesk-server and its systemd unit. It downloads a few hundred MB and takes minutes:
# run it by hand (as root), not in CI.
# Usage: tests/package/clean-install.sh BUILD_DIR [WORK_DIR]     (KEEP=1 keeps WORK_DIR)
set -euo pipefail
build=$(realpath "${1:?usage: clean-install.sh BUILD_DIR [WORK_DIR]}")
work=${2:-$(mktemp -d /var/tmp/gpudesk-clean.XXXXXX)}
mkdir -p "$work"
root="$work/root"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $* ($(date +%T))"; }
[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
command -v pdffonts >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils

cleanup() {
  for m in proc dev/pts dev; do mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"; done
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

step "packages from $build"
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/gpudesk_*_amd64.deb)
server=$(ls "$work"/out/gpudesk-server_*_amd64.deb 2>/dev/null || true)

# The archive this machine already uses (no host name is written here); debootstrap's own
# default when none is configured.
mirror=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 | awk '{print $1}')
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
step "debootstrap bookworm (minbase) into $root"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$root" $mirror >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log"; fail "debootstrap failed"; }
echo "   $(( $(date +%s) - start )) s, $(du -sm "$root" | cut -f1) MB"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root dpkg-query -W -f '${Package}\n' | sort >"$work/before"

step "apt install gpudesk"
cp "$deb" "$root/tmp/"
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1 ||
  { tail -30 "$work/install.log"; fail "apt could not install gpudesk"; }
echo "   $(grep -c '^Setting up' "$work/install.log") packages set up"
in_root dpkg -L gpudesk >"$work/files"

step "gpudesk starts, makes a profile and writes a report without a display"
version=$(in_root env QT_QPA_PLATFORM=offscreen gpudesk --version 2>&1) || fail "gpudesk --version: $version"
echo "   $version"
in_root gpudesk generate demo --profile /tmp/demo.sqlite >"$work/generate.log" 2>&1 ||
  { cat "$work/generate.log"; fail "gpudesk generate"; }
in_root gpudesk report call-summary --profile /tmp/demo.sqlite --out /tmp/summary.pdf --lang ko \
  --classification 대외비 >"$work/report.log" 2>&1 || { cat "$work/report.log"; fail "gpudesk report"; }
grep Wrote "$work/report.log" | sed 's/^/   /'
pdffonts "$root/tmp/summary.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}' ||
  fail "a font is not embedded"
pdftotext "$root/tmp/summary.pdf" "$work/summary.txt"
grep -q 대외비 "$work/summary.txt" ||
  { pdffonts "$root/tmp/summary.pdf"; head -20 "$work/summary.txt"; fail "the Korean text cannot be found in the PDF"; }
[ "$(pdfimages -list "$root/tmp/summary.pdf" | wc -l)" -eq 2 ] || fail "the report holds images"
rm -f "$root/tmp/summary.pdf" "$root/tmp/demo.sqlite"*

step "apt remove --purge gpudesk"
in_root apt-get remove --purge -y -q gpudesk >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "remove"; }
in_root dpkg -s gpudesk >/dev/null 2>&1 && fail "gpudesk is still registered"
left=0
while read -r f; do
  if [ -e "$root$f" ] && [ ! -d "$root$f" ]; then echo "   left behind: $f"; left=1; fi
done <"$work/files"
[ $left -eq 0 ] || fail "files of gpudesk remain after purging it"
echo "   no file of the package remains"

if [ -n "$server" ]; then
  step "apt install gpudesk-server"
  cp "$server" "$root/tmp/"
  in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$server")" >"$work/server.log" 2>&1 ||
    { tail -30 "$work/server.log"; fail "apt could not install gpudesk-server"; }
  [ -f "$root/usr/lib/systemd/system/gpudesk-server.service" ] || fail "no systemd unit"
  in_root getent passwd gpudesk-server >/dev/null || fail "no gpudesk-server user"
  in_root gpudesk-server --version >/dev/null 2>&1 || fail "gpudesk-server does not start"
  in_root dpkg -L gpudesk-server >"$work/server-files"
  in_root apt-get remove --purge -y -q gpudesk-server >>"$work/server.log" 2>&1 || fail "server remove"
  while read -r f; do
    if [ -e "$root$f" ] && [ ! -d "$root$f" ]; then fail "left behind by gpudesk-server: $f"; fi
  done <"$work/server-files"
  [ -e "$root/var/lib/gpudesk-server" ] && fail "/var/lib/gpudesk-server remains (empty) after purge"
  echo "   unit installed, user created, purged; the system user stays (Debian policy)"
fi

step "apt autoremove --purge"
in_root apt-get autoremove --purge -y -q >"$work/autoremove.log" 2>&1 || fail "autoremove"
in_root dpkg-query -W -f '${Package}\n' | sort >"$work/after"
if ! diff -u "$work/before" "$work/after" >"$work/packages.diff"; then
  cat "$work/packages.diff"; fail "the package set differs from the clean system's"
fi
echo "clean install OK: $(basename "$deb")${server:+ and $(basename "$server")} on Debian 12"
