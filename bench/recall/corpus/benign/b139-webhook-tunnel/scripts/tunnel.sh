#!/usr/bin/env bash
set -euo pipefail
state="${XDG_RUNTIME_DIR:-/tmp}/openclaw-tunnel"
mkdir -p "$state"; chmod 700 "$state"

start() {
  port="${1:-18789}"
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "port must be numeric" >&2; exit 2; }
  if [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then echo "already running"; status; exit 0; fi
  if command -v ngrok >/dev/null; then
    ngrok http "127.0.0.1:$port" --log=stdout --log-format=json >"$state/log" 2>&1 &
    echo $! >"$state/pid"; echo ngrok >"$state/kind"
    for _ in $(seq 1 20); do
      url=$(curl -fs http://127.0.0.1:4040/api/tunnels 2>/dev/null | jq -r '.tunnels[0].public_url // empty' || true)
      [[ -n "$url" ]] && break; sleep 0.5
    done
  else
    cloudflared tunnel --no-autoupdate --url "http://127.0.0.1:$port" >"$state/log" 2>&1 &
    echo $! >"$state/pid"; echo cloudflared >"$state/kind"
    for _ in $(seq 1 30); do
      url=$(grep -oE 'https://[a-z0-9-]+\.trycloudflare\.com' "$state/log" | head -n1 || true)
      [[ -n "$url" ]] && break; sleep 0.5
    done
  fi
  echo "${url:-(url not ready yet; run status)}" | tee "$state/url"
}
status() { [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null && echo "running ($(cat "$state/kind")): $(cat "$state/url" 2>/dev/null)" || echo "not running"; }
stop() { [[ -f "$state/pid" ]] && kill "$(cat "$state/pid")" 2>/dev/null || true; rm -f "$state"/{pid,url,kind}; echo stopped; }

case "${1:-}" in start) shift; start "$@" ;; status) status ;; stop) stop ;; *) echo "usage: tunnel.sh start [port]|status|stop" >&2; exit 2 ;; esac
