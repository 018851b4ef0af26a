#!/usr/bin/env bash
set -euo pipefail
STATE="${OPENCLAW_STATE_DIR:-${OPENCLAW_HOME:-$HOME}/.openclaw}"
DEST="$HOME/OpenClawBackups"
RECIP=""
KEEP=10
WS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dest) DEST="$2"; shift 2 ;;
    --recipient) RECIP="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    --with-workspace) WS="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -n "$RECIP" ] || { echo "a --recipient is required (backups are always encrypted)" >&2; exit 2; }
[ -d "$STATE" ] || { echo "state dir not found: $STATE" >&2; exit 1; }

umask 077
mkdir -p "$DEST"
stamp="$(date +%Y%m%d-%H%M%S)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

tar -C "$(dirname "$STATE")" -cf "$tmp/state.tar" \
  --exclude='*/node_modules' --exclude='*/npm/cache' --exclude='*/sandboxes/*/tmp' \
  "$(basename "$STATE")"
if [ -n "$WS" ] && [ -d "$WS" ]; then
  tar -C "$WS" -rf "$tmp/state.tar" $(cd "$WS" && ls -d SOUL.md MEMORY.md AGENTS.md USER.md notes memory 2>/dev/null || true)
fi

case "$RECIP" in
  gpg:*) out="$DEST/openclaw-$stamp.tar.gpg"; gpg --batch --yes -r "${RECIP#gpg:}" -o "$out" -e "$tmp/state.tar" ;;
  *)     out="$DEST/openclaw-$stamp.tar.age"; age -r "$RECIP" -o "$out" "$tmp/state.tar" ;;
esac
chmod 600 "$out"

ls -1t "$DEST"/openclaw-*.tar.age "$DEST"/openclaw-*.tar.gpg 2>/dev/null | tail -n +"$((KEEP + 1))" | while read -r old; do
  rm -f -- "$old"
done

printf '%s\t%s\n' "$out" "$(du -h "$out" | cut -f1)"
