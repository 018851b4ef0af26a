#!/bin/sh
# Print the changelog of an installed ClawHub skill between the installed and latest version.
set -eu
slug="$1"
dir=""
for root in "${OPENCLAW_WORKSPACE:-$HOME/.openclaw/workspace}/skills" "$HOME/.openclaw/skills" "$HOME/.agents/skills"; do
  if [ -d "$root/$slug" ]; then dir="$root/$slug"; break; fi
done
[ -n "$dir" ] || { echo "skill $slug not found" >&2; exit 1; }
if [ -f "$dir/CHANGELOG.md" ]; then
  awk '/^## /{n++} n<=3' "$dir/CHANGELOG.md"
else
  echo "(no CHANGELOG.md in $dir)"
fi
