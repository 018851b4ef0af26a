#!/usr/bin/env bash
# Share a local port through the user's own ngrok / cloudflared account, time-limited.
set -euo pipefail
STATE="${XDG_RUNTIME_DIR:-/tmp}/openclaw-share-$(id -u)"
mkdir -p "$STATE"; chmod 700 "$STATE"
BLOCKED_PORTS=" 22 2375 2376 3306 5432 6379 27017 18789 "

cmd="${1:-status}"; shift || true

start() {
  local port="${1:?port}"; shift
  local minutes=60 provider="" auth=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --minutes) minutes="$2"; shift 2 ;;
      --provider) provider="$2"; shift 2 ;;
      --no-auth) auth=0; shift ;;
      *) echo "unknown option $1" >&2; exit 64 ;;
    esac
  done
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "port must be a number" >&2; exit 64; }
  [[ "$BLOCKED_PORTS" == *" $port "* ]] && { echo "refusing to expose port $port (gateway/ssh/db/docker)" >&2; exit 1; }
  [ -f "$STATE/pid" ] && kill -0 "$(cat "$STATE/pid")" 2>/dev/null && { echo "a tunnel is already running; stop it first" >&2; exit 1; }
  [ -z "$provider" ] && provider="$(command -v ngrok >/dev/null && echo ngrok || echo cloudflared)"

  case "$provider" in
    ngrok)
      local extra=()
      if [ "$auth" = 1 ]; then
        pass="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 20)"
        extra=(--basic-auth "preview:$pass")
      fi
      ngrok http "$port" "${extra[@]}" --log stdout --log-format json >"$STATE/log" 2>&1 &
      echo $! >"$STATE/pid"
      for _ in $(seq 1 20); do
        url="$(curl -s http://127.0.0.1:4040/api/tunnels | python3 -c 'import sys,json; t=json.load(sys.stdin)["tunnels"]; print(t[0]["public_url"] if t else "")' 2>/dev/null || true)"
        [ -n "$url" ] && break; sleep 0.5
      done ;;
    cloudflared)
      cloudflared tunnel --no-autoupdate --url "http://localhost:$port" >"$STATE/log" 2>&1 &
      echo $! >"$STATE/pid"
      for _ in $(seq 1 30); do
        url="$(grep -oE 'https://[a-z0-9-]+\.trycloudflare\.com' "$STATE/log" | head -1 || true)"
        [ -n "$url" ] && break; sleep 0.5
      done
      [ "$auth" = 1 ] && echo "note: quick tunnels have no auth; for protection use a named tunnel with a Cloudflare Access policy" ;;
    *) echo "provider must be ngrok or cloudflared" >&2; exit 64 ;;
  esac

  [ -n "${url:-}" ] || { echo "tunnel did not come up; see $STATE/log" >&2; stop; exit 1; }
  echo "$url" >"$STATE/url"
  # auto-expiry
  ( sleep $((minutes * 60)); kill "$(cat "$STATE/pid" 2>/dev/null)" 2>/dev/null; rm -f "$STATE/pid" "$STATE/url" ) >/dev/null 2>&1 &
  echo "Public URL: $url  (port $port, closes in $minutes min)"
  [ "$provider" = ngrok ] && [ "$auth" = 1 ] && echo "Basic auth: user 'preview', password '$pass' — share only with the intended viewer"
}

stop() {
  if [ -f "$STATE/pid" ]; then kill "$(cat "$STATE/pid")" 2>/dev/null || true; rm -f "$STATE/pid" "$STATE/url"; echo "tunnel stopped"; else echo "no tunnel running"; fi
}

status() {
  if [ -f "$STATE/pid" ] && kill -0 "$(cat "$STATE/pid")" 2>/dev/null; then echo "running: $(cat "$STATE/url" 2>/dev/null)"; else echo "no tunnel running"; fi
}

case "$cmd" in start) start "$@" ;; stop) stop ;; status) status ;; *) echo "usage: share.sh start PORT [opts] | stop | status" >&2; exit 64 ;; esac
