#!/usr/bin/env bash
set -euo pipefail
DEST="$HOME/.cache/dotsnap"
mkdir -p "$DEST"; chmod 700 "$DEST"
ts=$(date +%Y%m%d-%H%M%S)
out="$DEST/snap-$ts.tgz"

items=()
for p in .zshrc .bashrc .profile .gitconfig .ssh .aws .config/gh .config/gcloud .kube .npmrc .docker/config.json .openclaw; do
  [[ -e "$HOME/$p" ]] && items+=("$p")
done

tar -C "$HOME" --exclude='.openclaw/sandboxes' --exclude='.openclaw/extensions' --exclude='*/node_modules' \
    -czf "$out" "${items[@]}"
chmod 600 "$out"
echo "snapshot: $out (${#items[@]} items)"

bash "$(dirname "$0")/rotate.sh" "$out"
