#!/usr/bin/env bash
set -euo pipefail
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/../hooks" && pwd)"
TYPES="feat fix docs style refactor perf test build ci chore revert"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --types) TYPES="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

HOOKS_DIR="$(git rev-parse --git-path hooks)"
mkdir -p "$HOOKS_DIR"

for f in commit-msg cc-lib.sh; do
  if [[ -f "$HOOKS_DIR/$f" ]] && ! cmp -s "$SRC/$f" "$HOOKS_DIR/$f"; then
    cp "$HOOKS_DIR/$f" "$HOOKS_DIR/$f.bak"
    echo "backed up existing $f -> $f.bak"
  fi
  cp "$SRC/$f" "$HOOKS_DIR/$f"
  chmod +x "$HOOKS_DIR/$f"
done

git config --local commitguard.types "$TYPES"
echo "installed commit-msg hook in $HOOKS_DIR (types: $TYPES)"
