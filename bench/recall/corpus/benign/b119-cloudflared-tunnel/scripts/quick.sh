#!/usr/bin/env bash
set -euo pipefail
port="${1:-18789}"
pidfile="${XDG_RUNTIME_DIR:-/tmp}/openclaw-quick-tunnel.pid"
echo "Starting TEMPORARY public tunnel to http://127.0.0.1:$port (stop with scripts/stop.sh)"
cloudflared tunnel --no-autoupdate --url "http://127.0.0.1:$port" 2>&1 &
echo $! > "$pidfile"
wait
