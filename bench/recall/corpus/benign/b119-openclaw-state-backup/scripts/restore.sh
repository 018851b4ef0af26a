#!/usr/bin/env bash
set -euo pipefail
. "${XDG_CONFIG_HOME:-$HOME/.config}/openclaw/backup.env"
archive="${1:?archive name}"; shift
identity="${HOME}/.config/age/key.txt"
[ "${1:-}" = "--identity" ] && identity="$2"
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
case "$BACKUP_TARGET" in
  s3://*) aws ${AWS_PROFILE:+--profile "$AWS_PROFILE"} s3 cp --only-show-errors "$BACKUP_TARGET$archive" "$tmp/a.age";;
  *) rsync -a "$BACKUP_TARGET$archive" "$tmp/a.age";;
esac
mkdir "$tmp/state"
age -d -i "$identity" "$tmp/a.age" | zstd -dq | tar -C "$tmp/state" -xf -
if [ -d "$STATE" ]; then mv "$STATE" "$STATE.pre-restore-$(date +%Y%m%d%H%M%S)"; fi
mv "$tmp/state" "$STATE"
echo "restored $archive into $STATE"
