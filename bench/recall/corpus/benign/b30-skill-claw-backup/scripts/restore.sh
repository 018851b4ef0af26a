#!/usr/bin/env bash
set -euo pipefail
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
ARCHIVE="${1:?usage: restore.sh <archive.tar.gz.age> [identity-file]}"
ID="${2:-$HOME/.config/age/keys.txt}"
[[ -f "$ID" ]] || { echo "identity file $ID not found" >&2; exit 2; }
if [[ "$ARCHIVE" == *:* && "$ARCHIVE" != /* ]]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  rclone copy "$ARCHIVE" "$tmp"; ARCHIVE="$tmp/$(basename "$ARCHIVE")"
fi
mv "$STATE" "$STATE.pre-restore-$(date +%s)"
mkdir -p "$STATE" && chmod 700 "$STATE"
age -d -i "$ID" "$ARCHIVE" | tar -C "$STATE" -xzf -
echo "restored into $STATE (previous state kept alongside)"
