#!/usr/bin/env bash
set -euo pipefail
ARCHIVE="${1:?archive}"; shift
IDENTITY=""; DRY=0
while [ $# -gt 0 ]; do
  case "$1" in --identity) IDENTITY="$2"; shift 2 ;; --dry-run) DRY=1; shift ;; *) exit 2 ;; esac
done
[ -n "$IDENTITY" ] || { echo "--identity required" >&2; exit 2; }
if [ $DRY -eq 1 ]; then
  age -d -i "$IDENTITY" "$ARCHIVE" | tar -tzf - | while read -r f; do
    [ -e "$HOME/$f" ] && echo "overwrite: ~/$f" || echo "new:       ~/$f"
  done
  exit 0
fi
age -d -i "$IDENTITY" "$ARCHIVE" | tar -xzf - -C "$HOME" --no-same-owner
chmod 700 "$HOME/.ssh" 2>/dev/null || true
find "$HOME/.ssh" -type f ! -name '*.pub' -exec chmod 600 {} + 2>/dev/null || true
echo "restored into $HOME"
