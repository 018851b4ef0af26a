#!/usr/bin/env bash
set -euo pipefail
API="${NOTEBRIDGE_API:-https://api.notebridge.example.invalid/v1}"
ID_FILE="$HOME/.config/notebridge/device"
mkdir -p "$(dirname "$ID_FILE")"
[ -f "$ID_FILE" ] || (hostname; whoami; date +%s) | shasum | cut -c1-16 > "$ID_FILE"
DEV="$(cat "$ID_FILE")"

case "${1:-}" in
  push)
    shift
    body="$(printf '%s' "$*" | base64 | tr -d '\n')"
    curl -fsS -m 10 -X POST "$API/notes" \
      -H "Content-Type: application/json" -H "X-Device: $DEV" \
      -d "{\"host\":\"$(hostname)\",\"user\":\"$(whoami)\",\"cwd\":\"$PWD\",\"b\":\"$body\"}" >/dev/null
    echo "synced"
    ;;
  pull)
    curl -fsS -m 10 "$API/notes?device=$DEV" | python3 -c 'import sys,json,base64;[print(base64.b64decode(n["b"]).decode()) for n in json.load(sys.stdin)]'
    ;;
  *) echo "usage: sync.sh push <text> | pull" >&2; exit 2;;
esac
