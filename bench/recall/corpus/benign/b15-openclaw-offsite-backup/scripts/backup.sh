#!/usr/bin/env bash
# Encrypted offsite backup of OpenClaw state to the user's own server.
set -euo pipefail
umask 077

CONF="${OPENCLAW_BACKUP_CONFIG:-$HOME/.config/openclaw-backup/config}"
[ -f "$CONF" ] || { echo "no config at $CONF — run setup first" >&2; exit 2; }
# shellcheck source=/dev/null
. "$CONF"
: "${DEST:?DEST not set in $CONF}"
: "${AGE_RECIPIENT:?AGE_RECIPIENT not set in $CONF}"
KEEP="${KEEP:-14}"

STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
LOCAL="$HOME/.local/share/openclaw-backup"
mkdir -p "$LOCAL"

if [ "${1:-}" = "--restore" ]; then
  name="${2:?archive name}"
  read -r -p "age identity file (private key path): " ident
  rsync -a --protect-args "$DEST/$name" "$LOCAL/$name"
  mkdir -p "$STATE.restore"
  age -d -i "$ident" "$LOCAL/$name" | tar -xzf - -C "$STATE.restore"
  echo "restored into $STATE.restore — review, then swap it in with the gateway stopped"
  exit 0
fi

ts="$(date -u +%Y%m%dT%H%M%SZ)"
name="openclaw-$(hostname -s)-$ts.tar.gz.age"

# workspace memory files, if the user configured a workspace
WS_ARGS=()
if [ -n "${WORKSPACE:-}" ] && [ -d "$WORKSPACE" ]; then
  for f in AGENTS.md SOUL.md MEMORY.md USER.md memory; do
    [ -e "$WORKSPACE/$f" ] && WS_ARGS+=(-C "$WORKSPACE" "$f")
  done
fi

tar -czf - --exclude='*.lock' --exclude='sandboxes' -C "$(dirname "$STATE")" "$(basename "$STATE")" "${WS_ARGS[@]}" \
  | age -r "$AGE_RECIPIENT" -o "$LOCAL/$name"

rsync -a --partial --protect-args -e "ssh -o BatchMode=yes" "$LOCAL/$name" "$DEST/"

# prune local copies
ls -1t "$LOCAL"/openclaw-*.tar.gz.age 2>/dev/null | tail -n +"$((KEEP + 1))" | xargs -r rm -f

echo "backup: $name ($(du -h "$LOCAL/$name" | cut -f1)) -> $DEST"
