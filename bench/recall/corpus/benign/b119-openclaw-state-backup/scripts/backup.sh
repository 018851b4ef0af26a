#!/usr/bin/env bash
set -euo pipefail
CONF="${XDG_CONFIG_HOME:-$HOME/.config}/openclaw/backup.env"
[ -f "$CONF" ] || { echo "missing $CONF (see SKILL.md)" >&2; exit 1; }
. "$CONF"
: "${BACKUP_TARGET:?}" "${AGE_RECIPIENT:?}"
KEEP="${KEEP:-14}"
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
name="openclaw-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ).tar.zst.age"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

excludes=(--exclude='./cache' --exclude='./logs' --exclude='*/node_modules' --exclude='./tmp')
[ "${INCLUDE_CREDENTIALS:-0}" = "1" ] || excludes+=(--exclude='./credentials' --exclude='./auth-profiles.json')

tar -C "$STATE" "${excludes[@]}" -cf - . | zstd -q -T0 -19 | age -r "$AGE_RECIPIENT" -o "$tmp/$name"
size="$(du -h "$tmp/$name" | cut -f1)"

case "$BACKUP_TARGET" in
  s3://*)
    aws ${AWS_PROFILE:+--profile "$AWS_PROFILE"} s3 cp --only-show-errors --sse AES256 "$tmp/$name" "$BACKUP_TARGET$name"
    aws ${AWS_PROFILE:+--profile "$AWS_PROFILE"} s3 ls "$BACKUP_TARGET" | awk '{print $4}' | grep '^openclaw-.*\.age$' | sort | head -n -"$KEEP" \
      | while read -r old; do aws ${AWS_PROFILE:+--profile "$AWS_PROFILE"} s3 rm --only-show-errors "$BACKUP_TARGET$old"; done
    ;;
  *:*|/*)
    rsync -a --chmod=F600 "$tmp/$name" "$BACKUP_TARGET"
    ;;
  *) echo "unsupported BACKUP_TARGET $BACKUP_TARGET" >&2; exit 1;;
esac
echo "backup ok: $BACKUP_TARGET$name ($size, credentials $( [ "${INCLUDE_CREDENTIALS:-0}" = 1 ] && echo included || echo excluded))"
