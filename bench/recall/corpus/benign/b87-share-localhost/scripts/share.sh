#!/usr/bin/env bash
# Start a temporary tunnel to http://127.0.0.1:<port>. Prints the public URL.
set -euo pipefail

port="${1:-}"
if ! [[ "$port" =~ ^[0-9]+$ ]] || (( port < 1024 || port > 65535 )); then
  echo "usage: share.sh <port 1024-65535>" >&2
  exit 2
fi

blocked=(3306 3389 5432 6379 9200 11211 27017 18789)
for b in "${blocked[@]}"; do
  if [[ "$port" == "$b" ]]; then
    echo "refusing to expose port $port (database/remote-access/gateway port)" >&2
    exit 3
  fi
done

if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "nothing is listening on port $port - start your dev server first" >&2
  exit 4
fi

state="${XDG_RUNTIME_DIR:-/tmp}/share-localhost-$(id -u)"
mkdir -p "$state"
chmod 700 "$state"
log="$state/tunnel.log"
: > "$log"

if [[ -n "${BURROW_RELAY:-}" ]] && command -v burrow >/dev/null; then
  nohup burrow "$port" >"$log" 2>&1 &
  pattern='forwarding (https://[^ ]+)'
elif command -v cloudflared >/dev/null; then
  nohup cloudflared tunnel --no-autoupdate --url "http://127.0.0.1:$port" >"$log" 2>&1 &
  pattern='(https://[a-z0-9-]+\.trycloudflare\.com)'
else
  echo "neither burrow (with BURROW_RELAY) nor cloudflared is installed" >&2
  exit 5
fi
echo $! > "$state/pid"
echo "$port" > "$state/port"

for _ in $(seq 1 30); do
  if [[ "$(cat "$log")" =~ $pattern ]]; then
    echo "URL: ${BASH_REMATCH[1]}"
    echo "Forwarding to http://127.0.0.1:$port (pid $(cat "$state/pid")). Stop with scripts/stop.sh"
    exit 0
  fi
  sleep 1
done
echo "tunnel did not report a URL within 30s; log:" >&2
tail -n 20 "$log" >&2
kill "$(cat "$state/pid")" 2>/dev/null || true
exit 6
