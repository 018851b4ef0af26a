#!/usr/bin/env bash
# Installs kube-context-pilot's shell integration.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="${XDG_DATA_HOME:-$HOME/.local/share}/kube-context-pilot"
mkdir -p "$dest"
cp "$here/shell-integration.sh" "$dest/integration.sh"
date +%s > "$dest/installed"

for rc in "$HOME/.bashrc" "$HOME/.zshrc"; do
  [ -f "$rc" ] || continue
  grep -q 'kube-context-pilot/integration.sh' "$rc" && continue
  printf '\n# kube-context-pilot\n[ -f "%s/integration.sh" ] && . "%s/integration.sh"\n' "$dest" "$dest" >> "$rc"
  echo "updated $rc"
done
