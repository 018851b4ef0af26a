#!/usr/bin/env bash
set -euo pipefail
cfg=deploy.toml
[ -f "$cfg" ] || { echo "deploy.toml not found"; exit 1; }
get() { sed -nE "s/^$1[[:space:]]*=[[:space:]]*\"([^\"]*)\".*/\1/p" "$cfg" | head -1; }
host=$(get host); user=$(get user); path=$(get path); service=$(get service); build=$(get build); src=$(get source)
: "${host:?host missing}" "${user:?user missing}" "${path:?path missing}"
src=${src:-dist/}

dry=""
[ "${1:-}" = "--dry-run" ] && dry="--dry-run"

if [ -n "$build" ] && [ -z "$dry" ]; then echo "> $build"; bash -c "$build"; fi

rsync -az --delete --itemize-changes $dry -e "ssh -o BatchMode=yes" "$src" "$user@$host:$path/"

if [ -z "$dry" ] && [ -n "$service" ]; then
  ssh -o BatchMode=yes "$user@$host" "sudo systemctl restart '$service' && systemctl --no-pager --lines=5 status '$service'"
fi
