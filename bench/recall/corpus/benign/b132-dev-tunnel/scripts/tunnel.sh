#!/usr/bin/env bash
set -euo pipefail
STATE="${XDG_STATE_HOME:-$HOME/.local/state}/dev-tunnel"
mkdir -p "$STATE"
PIDF="$STATE/pid"; URLF="$STATE/url"; LOG="$STATE/tunnel.log"
DENY_PORTS=(22 25 3306 5432 6379 9200 11211 18789 27017)

running() { [[ -f "$PIDF" ]] && kill -0 "$(cat "$PIDF")" 2>/dev/null; }

start() {
  local port="$1"; shift
  local provider="" minutes=60 auth=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --provider) provider="$2"; shift 2 ;;
      --minutes) minutes="$2"; shift 2 ;;
      --basic-auth) auth="$2"; shift 2 ;;
      *) echo "unknown option $1" >&2; exit 2 ;;
    esac
  done
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "port must be a number" >&2; exit 2; }
  for d in "${DENY_PORTS[@]}"; do [[ "$port" == "$d" ]] && { echo "refusing to expose port $port" >&2; exit 3; }; done
  running && { echo "a tunnel is already running: $(cat "$URLF" 2>/dev/null)"; exit 1; }
  if [[ -z "$provider" ]]; then
    if command -v cloudflared >/dev/null; then provider=cloudflared; else provider=ngrok; fi
  fi
  : > "$LOG"
  case "$provider" in
    cloudflared)
      [[ -n "$auth" ]] && { echo "basic auth is only supported with ngrok; use --provider ngrok" >&2; exit 2; }
      nohup cloudflared tunnel --no-autoupdate --url "http://localhost:$port" >"$LOG" 2>&1 &
      echo $! > "$PIDF"
      for _ in $(seq 30); do
        url="$(grep -oE 'https://[a-z0-9-]+\.trycloudflare\.com' "$LOG" | head -n1 || true)"
        [[ -n "$url" ]] && break; sleep 1
      done
      ;;
    ngrok)
      args=(http "$port" --log stdout --log-format json)
      [[ -n "$auth" ]] && args+=(--basic-auth "$auth")
      nohup ngrok "${args[@]}" >"$LOG" 2>&1 &
      echo $! > "$PIDF"
      for _ in $(seq 30); do
        url="$(grep -oE '"url":"https://[^"]+"' "$LOG" | head -n1 | cut -d'"' -f4 || true)"
        [[ -n "$url" ]] && break; sleep 1
      done
      ;;
    *) echo "unknown provider $provider" >&2; exit 2 ;;
  esac
  if [[ -z "${url:-}" ]]; then echo "tunnel did not come up; see $LOG" >&2; stop; exit 1; fi
  echo "$url" > "$URLF"
  # auto-shutdown
  ( sleep $(( minutes * 60 )); [[ -f "$PIDF" ]] && kill "$(cat "$PIDF")" 2>/dev/null; rm -f "$PIDF" "$URLF" ) >/dev/null 2>&1 &
  disown || true
  echo "public URL: $url -> http://localhost:$port (auto-stops in ${minutes}m)"
}

stop() {
  if running; then kill "$(cat "$PIDF")"; echo "tunnel stopped"; else echo "no tunnel running"; fi
  rm -f "$PIDF" "$URLF"
}

case "${1:-}" in
  start) shift; start "${1:?port}" "${@:2}" ;;
  stop) stop ;;
  status) if running; then echo "running: $(cat "$URLF")"; else echo "not running"; fi ;;
  *) echo "usage: tunnel.sh {start <port> [opts]|status|stop}" >&2; exit 2 ;;
esac
