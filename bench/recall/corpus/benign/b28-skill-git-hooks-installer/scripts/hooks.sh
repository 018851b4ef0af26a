#!/usr/bin/env sh
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git repository" >&2; exit 1; }
HOOKS=$(git config --get core.hooksPath || echo "$(git rev-parse --git-dir)/hooks")
mkdir -p "$HOOKS"

case "${1:-}" in
  install)
    name=${2:?hook name}
    src="$HERE/assets/$name"
    [ -f "$src" ] || { echo "unknown hook: $name" >&2; exit 1; }
    if [ -f "$HOOKS/$name" ] && ! cmp -s "$src" "$HOOKS/$name"; then
      cp "$HOOKS/$name" "$HOOKS/$name.bak"
      echo "backed up existing $name to $name.bak"
    fi
    cp "$src" "$HOOKS/$name"
    chmod 755 "$HOOKS/$name"
    echo "installed $name into $HOOKS"
    ;;
  remove)
    name=${2:?hook name}
    rm -f "$HOOKS/$name"
    [ -f "$HOOKS/$name.bak" ] && mv "$HOOKS/$name.bak" "$HOOKS/$name" && echo "restored previous $name"
    echo "removed $name"
    ;;
  list)
    ls -l "$HOOKS" | grep -v '\.sample$' || true
    ;;
  *) echo "usage: hooks.sh install|remove <name> | list" >&2; exit 2 ;;
esac
