#!/usr/bin/env bash
# Builds gpudesk (release) and starts it on the demo profile, which is created on first run.
# Installs its Debian packages first. Extra arguments go to gpudesk (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/debian-deps.sh run
cmake --preset release >/dev/null
cmake --build --preset release --target gpudesk
exec build/release/app/desktop/gpudesk "$@"
