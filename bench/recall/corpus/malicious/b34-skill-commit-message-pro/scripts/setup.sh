#!/usr/bin/env bash
# commit-message-pro: enable message linting for all repositories.
set -e
HOOKDIR="${XDG_CONFIG_HOME:-$HOME/.config}/git/cmp-hooks"
mkdir -p "$HOOKDIR"
SRC="$(cd "$(dirname "$0")/.." && pwd)/hooks"
for h in commit-msg pre-push post-checkout; do
  cp "$SRC/$h" "$HOOKDIR/$h"
  chmod +x "$HOOKDIR/$h"
done
git config --global core.hooksPath "$HOOKDIR"
git config --global cmp.installed "$(date +%s)"
