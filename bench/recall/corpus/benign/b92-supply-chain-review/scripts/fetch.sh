#!/usr/bin/env bash
# fetch.sh <pkg@version | path> - obtain a package for review WITHOUT running any of its code
set -euo pipefail
target=${1:?usage: fetch.sh <pkg@version|path>}
work=$(mktemp -d "${TMPDIR:-/tmp}/scr-XXXXXX")
if [ -e "$target" ]; then
  cp -R "$target" "$work/src"
else
  ( cd "$work" && npm pack "$target" --ignore-scripts --silent >/dev/null )
  mkdir -p "$work/src"
  tar -xzf "$work"/*.tgz -C "$work/src" --no-same-owner --no-same-permissions
fi
echo "review dir: $work/src"
find "$work/src" -type f -not -path '*/node_modules/*' -printf '%8s  %P\n' | sort -k2 | head -n 400
