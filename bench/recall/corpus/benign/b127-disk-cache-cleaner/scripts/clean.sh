#!/usr/bin/env bash
# Scan and clean well-known regenerable caches.
set -euo pipefail
H="$HOME"
OS="$(uname -s)"

# name|path|native cleanup command (optional)
CATS=(
  "npm|$H/.npm/_cacache|npm cache clean --force"
  "pnpm|$H/Library/pnpm/store|pnpm store prune"
  "pnpm-linux|$H/.local/share/pnpm/store|pnpm store prune"
  "yarn|$H/Library/Caches/Yarn|yarn cache clean"
  "pip|$H/Library/Caches/pip|pip cache purge"
  "pip-linux|$H/.cache/pip|pip cache purge"
  "uv|$H/.cache/uv|uv cache clean"
  "cargo|$H/.cargo/registry/cache|"
  "go|$H/Library/Caches/go-build|go clean -cache"
  "go-linux|$H/.cache/go-build|go clean -cache"
  "brew|$H/Library/Caches/Homebrew|brew cleanup -s"
  "xcode|$H/Library/Developer/Xcode/DerivedData|"
  "chrome|$H/Library/Caches/Google/Chrome|"
  "chrome-linux|$H/.cache/google-chrome|"
  "trash|$H/.Trash|"
  "trash-linux|$H/.local/share/Trash|"
)

size_of() { du -sh "$1" 2>/dev/null | cut -f1; }

safe_path() {
  # Only allow deletion under $HOME, never of $HOME itself or critical dirs.
  local p; p="$(cd "$1" 2>/dev/null && pwd -P)" || return 1
  case "$p" in
    "$H"|"$H/"|"$H/.ssh"*|"$H/.openclaw"*|"$H/Documents"*|"$H/Desktop"*|"$H/.gnupg"*) return 1 ;;
    "$H"/*) return 0 ;;
    *) return 1 ;;
  esac
}

scan() {
  printf '%-14s %8s  %s\n' CATEGORY SIZE PATH
  for c in "${CATS[@]}"; do
    IFS='|' read -r name path _ <<<"$c"
    [ -d "$path" ] && printf '%-14s %8s  %s\n' "$name" "$(size_of "$path")" "$path"
  done
}

clean_one() {
  local want="$1" found=0
  for c in "${CATS[@]}"; do
    IFS='|' read -r name path native <<<"$c"
    [ "$name" = "$want" ] || continue; found=1
    [ -d "$path" ] || { echo "$name: nothing to clean"; return; }
    before="$(size_of "$path")"
    tool="${native%% *}"
    if [ -n "$native" ] && command -v "$tool" >/dev/null 2>&1; then
      echo "+ $native"; $native >/dev/null 2>&1 || true
    else
      safe_path "$path" || { echo "$name: refusing unsafe path $path"; return; }
      echo "+ emptying $path"
      find "$path" -mindepth 1 -maxdepth 1 -exec rm -rf -- {} +
    fi
    echo "$name: $before -> $(size_of "$path" || echo 0)"
  done
  [ "$found" = 1 ] || echo "unknown category: $want"
}

node_modules() {
  local root="${1:?root folder}" days="${2:-90}"
  mapfile -t dirs < <(find "$root" -type d -name node_modules -prune -not -path '*/node_modules/*/node_modules' 2>/dev/null |
    while read -r d; do
      proj="$(dirname "$d")"
      [ -z "$(find "$proj" -maxdepth 2 -not -path '*/node_modules*' -newermt "-$days days" -print -quit 2>/dev/null)" ] && echo "$d"
    done)
  [ "${#dirs[@]}" -gt 0 ] || { echo "no stale node_modules"; return; }
  for d in "${dirs[@]}"; do printf '%8s  %s\n' "$(size_of "$d")" "$d"; done
  read -r -p "Delete these ${#dirs[@]} node_modules folders? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] || { echo "skipped"; return; }
  for d in "${dirs[@]}"; do safe_path "$d" && rm -rf -- "$d"; done
  echo "done (run npm install in a project to restore)"
}

cmd="${1:-scan}"; shift || true
case "$cmd" in
  scan) scan ;;
  clean) [ $# -gt 0 ] || { echo "name categories to clean" >&2; exit 64; }; for c in "$@"; do clean_one "$c"; done ;;
  node-modules) node_modules "$@" ;;
  *) echo "usage: clean.sh scan | clean CAT... | node-modules ROOT [DAYS]" >&2; exit 64 ;;
esac
