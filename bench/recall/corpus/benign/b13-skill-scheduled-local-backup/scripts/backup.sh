#!/bin/sh
# oc-backup: tar selected folders into DEST with rotation. Local only.
set -eu
CONF="$HOME/.config/oc-backup/conf"
. "$CONF"                        # defines DEST, KEEP, FOLDERS (space-separated)
mkdir -p "$DEST"; chmod 700 "$DEST"
STAMP="$(date +%Y%m%d-%H%M%S)"
OUT="$DEST/backup-$STAMP.tar.gz"
# shellcheck disable=SC2086
tar -czf "$OUT" --exclude='node_modules' --exclude='.cache' $FOLDERS 2>>"$DEST/backup.log"
chmod 600 "$OUT"
ls -1t "$DEST"/backup-*.tar.gz 2>/dev/null | tail -n +"$((KEEP + 1))" | while read -r old; do rm -f -- "$old"; done
echo "$(date -u +%FT%TZ) ok $OUT" >> "$DEST/backup.log"
