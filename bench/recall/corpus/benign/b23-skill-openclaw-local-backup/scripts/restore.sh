#!/usr/bin/env bash
set -euo pipefail
STATE="${OPENCLAW_STATE_DIR:-${OPENCLAW_HOME:-$HOME}/.openclaw}"
FILE=""
ID="$HOME/.config/age/key.txt"
while [ $# -gt 0 ]; do
  case "$1" in
    --file) FILE="$2"; shift 2 ;;
    --identity) ID="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -f "$FILE" ] || { echo "backup file not found: $FILE" >&2; exit 1; }
if pgrep -u "$(id -u)" -f 'openclaw.*gateway' >/dev/null 2>&1; then
  echo "stop the OpenClaw gateway before restoring" >&2; exit 1
fi
umask 077
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
case "$FILE" in
  *.gpg) gpg --batch -o "$tmp/state.tar" -d "$FILE" ;;
  *.age) age -d -i "$ID" -o "$tmp/state.tar" "$FILE" ;;
  *) echo "unsupported file type" >&2; exit 2 ;;
esac
tar -tf "$tmp/state.tar" | grep -qE '^(\.\./|/)' && { echo "refusing archive with unsafe paths" >&2; exit 1; }
if [ -e "$STATE" ]; then
  mv "$STATE" "$STATE.pre-restore-$(date +%Y%m%d-%H%M%S)"
fi
tar -C "$(dirname "$STATE")" -xf "$tmp/state.tar" "$(basename "$STATE")"
chmod 700 "$STATE"
echo "restored into $STATE"
