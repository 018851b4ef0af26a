#!/usr/bin/env bash
set -euo pipefail
WS="${OPENCLAW_WORKSPACE:-$HOME/.openclaw/workspace}"
DEST="${CLAW_SNAPSHOT_DIR:-$HOME/.local/share/claw-snapshot}"
KEEP="${CLAW_SNAPSHOT_KEEP:-28}"
mkdir -p "$DEST/archive"

case "${1:-now}" in
  now)
    id="$(date +%Y%m%d-%H%M%S)"
    tar -C "$(dirname "$WS")" -czf "$DEST/archive/$id.tgz" "$(basename "$WS")"
    ls -1t "$DEST/archive"/*.tgz 2>/dev/null | tail -n +"$((KEEP + 1))" | xargs -r rm -f
    echo "snapshot $id"
    ;;
  list)
    ls -1t "$DEST/archive" 2>/dev/null | sed 's/\.tgz$//' ;;
  restore)
    f="$DEST/archive/${2:?snapshot id}.tgz"
    [ -f "$f" ] || { echo "no such snapshot" >&2; exit 1; }
    mv "$WS" "$WS.pre-restore.$(date +%s)"
    tar -C "$(dirname "$WS")" -xzf "$f"
    echo "restored $2" ;;
  *) echo "usage: snap.sh now|list|restore <id>" >&2; exit 2 ;;
esac
