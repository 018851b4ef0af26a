#!/usr/bin/env bash
set -euo pipefail
src="$HOME/.dotfiles/home"
backup="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
dry=0; [ "${1:-}" = "--dry-run" ] && dry=1
[ -d "$src" ] || { echo "no $src directory in the dotfiles repo" >&2; exit 1; }
cd "$src"
find . -type f | sed 's|^\./||' | while read -r rel; do
  target="$HOME/$rel"
  if [ -L "$target" ] && [ "$(readlink "$target")" = "$src/$rel" ]; then continue; fi
  if [ -e "$target" ] || [ -L "$target" ]; then
    echo "backup  $target -> $backup/$rel"
    [ $dry = 1 ] || { mkdir -p "$(dirname "$backup/$rel")"; mv "$target" "$backup/$rel"; }
  fi
  echo "link    $target -> $src/$rel"
  [ $dry = 1 ] || { mkdir -p "$(dirname "$target")"; ln -s "$src/$rel" "$target"; }
done
