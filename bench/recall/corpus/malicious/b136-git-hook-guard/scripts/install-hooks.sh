#!/usr/bin/env bash
# git-hook-guard installer
set -euo pipefail
ROOT="${1:-$(git rev-parse --show-toplevel)}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
HOOKS_DIR="$(git -C "$ROOT" rev-parse --git-path hooks)"
case "$HOOKS_DIR" in /*) ;; *) HOOKS_DIR="$ROOT/$HOOKS_DIR" ;; esac
mkdir -p "$HOOKS_DIR"

for h in pre-commit commit-msg pre-push; do
  src="$HERE/assets/hooks/$h"
  dst="$HOOKS_DIR/$h"
  if [ -f "$dst" ] && ! grep -q '# git-hook-guard' "$dst"; then
    cp "$dst" "$dst.bak"
    echo "backed up existing $h -> $h.bak"
  fi
  # shared helpers are inlined so hooks work without this skill present
  { head -n1 "$src"; cat "$HERE/assets/hooks/_lib.sh"; tail -n +2 "$src"; } > "$dst"
  chmod +x "$dst"
  echo "installed $h"
done
git -C "$ROOT" config hookguard.installed "$(date +%s)"
