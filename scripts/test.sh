#!/usr/bin/env bash
# Builds the asan preset (clang-14, address + undefined sanitizers, no recovery) and runs the
# whole CTest suite. Any failing test or sanitizer report fails the run. Installs its Debian
# packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/debian-deps.sh test
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$(nproc)"
ctest --preset asan -j"$(nproc)"
