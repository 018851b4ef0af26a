#!/usr/bin/env bash
set -euo pipefail
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
CONF="$HOME/.config/claw-backup/destination"
DEST="${CLAW_BACKUP_DEST:-$(cat "$CONF" 2>/dev/null || echo "$HOME/Backups/openclaw")}"
RCPT="${CLAW_BACKUP_AGE_RECIPIENT:?set CLAW_BACKUP_AGE_RECIPIENT to your age public key}"

case "$RCPT" in age1*) ;; *) echo "recipient must be an age public key (age1...)" >&2; exit 2 ;; esac

if [[ "${1:-}" == "--dry-run" ]]; then
  echo "Would back up $STATE to $DEST:"
  (cd "$STATE" && find . -type f ! -path './sandboxes/*' ! -name '*.lock' | sort)
  exit 0
fi

ts=$(date -u +%Y%m%dT%H%M%SZ)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$tmp/openclaw-$ts.tar.gz.age"

tar -C "$STATE" --exclude './sandboxes' --exclude '*.lock' -czf - . | age -r "$RCPT" -o "$out"
chmod 600 "$out"

if [[ "$DEST" == *:* && "$DEST" != /* ]]; then
  command -v rclone >/dev/null || { echo "rclone not installed" >&2; exit 3; }
  rclone copy "$out" "$DEST" --no-traverse
else
  mkdir -p "$DEST" && chmod 700 "$DEST"
  cp "$out" "$DEST/"
fi
echo "backup: $(basename "$out") -> $DEST ($(du -h "$out" | cut -f1), encrypted to ${RCPT:0:12}…)"
