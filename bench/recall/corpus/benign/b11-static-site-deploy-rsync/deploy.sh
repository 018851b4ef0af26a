#!/bin/sh
set -eu
host=$(awk -F': *' '/^host:/{print $2}' deploy.yml); user=$(awk -F': *' '/^user:/{print $2}' deploy.yml)
dest=$(awk -F': *' '/^path:/{print $2}' deploy.yml); out=$(awk -F': *' '/^output:/{print $2}' deploy.yml); out=${out:-public}
case "$out" in /|"$HOME"|~|.) echo "refusing to sync $out"; exit 1 ;; esac
[ -d "$out" ] || { echo "no $out/ — build first"; exit 1; }
DRY=""; [ "${1:-}" = "--dry-run" ] && DRY="--dry-run"
rsync -avz --delete $DRY --exclude '.env*' "$out/" "$user@$host:$dest/"
