#!/usr/bin/env bash
# Builds gpudesk and gpudesk-server (release), starts a local gpudesk-server with the demo data
# and opens a desktop signed in to it (as the demo officer; GPUDESK_DEMO_LOGIN=officer2, manager
# or reviewer01 for another account). The server's data directory and the desktop's profile are
# made on first run under build/demo-server; the server stops when the window that started it
# closes (a second run while it serves opens another desktop on the same server).
# Installs its Debian packages first. Extra arguments go to gpudesk (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/debian-deps.sh run
cmake --preset release >/dev/null
cmake --build --preset release --target gpudesk gpudesk-server

server=build/release/app/server/gpudesk-server
desktop=build/release/app/desktop/gpudesk
demo=build/demo-server
port=${GPUDESK_DEMO_PORT:-8443}
login=${GPUDESK_DEMO_LOGIN:-officer}

if [ ! -f "$demo/data/ca.pem" ]; then
  rm -rf "$demo"
  mkdir -p "$demo"
  chmod 700 "$demo"
  # The passwords are printed once; this local demo keeps them in a file only its owner reads.
  umask 077
  LC_ALL=C LANGUAGE=en "$server" init "$demo/data" --host localhost --demo --generate-password \
    --bind 127.0.0.1 --port "$port" > "$demo/accounts.txt"
fi
password=$(sed -n 's/^Demo accounts .*password (shown once): //p' "$demo/accounts.txt")

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
if answers; then
  # A second desktop: the server the first run started serves it too.
  echo "Using the gpudesk-server already on port $port."
else
  "$server" serve "$demo/data" --port "$port" --bind 127.0.0.1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    kill -0 "$server_pid" 2>/dev/null || { echo "gpudesk-server did not start" >&2; exit 1; }
    answers && break
    sleep 0.1
  done
fi

profile="$demo/$login.sqlite"
if [ ! -f "$profile" ]; then
  printf '%s\n' "$password" | "$desktop" connect --profile "$profile" \
    --server "https://localhost:$port" --ca "$demo/data/ca.pem" --login "$login" \
    --password-stdin --interval 5
fi
echo "gpudesk-server on https://localhost:$port; demo accounts and passwords: $demo/accounts.txt"
"$desktop" --profile "$profile" --user "$login" "$@"
