#!/usr/bin/env bash
set -euo pipefail
DOT="${DOTFILES_DIR:-$HOME/.dotfiles}"
LINKS="$DOT/links.conf"
BK="$HOME/.dotfiles-backup"
BEGIN="# >>> dotfiles-sync >>>"
END="# <<< dotfiles-sync <<<"

msg() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

read_links() {
  [[ -f "$LINKS" ]] || { echo "no $LINKS - create it (format: repo/path -> ~/target)" >&2; exit 1; }
  grep -vE '^\s*(#|$)' "$LINKS" | while IFS= read -r line; do
    src="${line%%->*}"; dst="${line#*->}"
    src="$(echo "$src" | xargs)"; dst="$(echo "$dst" | xargs)"
    dst="${dst/#\~/$HOME}"
    case "$dst" in "$HOME"/*) ;; *) echo "skip $dst: outside \$HOME" >&2; continue ;; esac
    printf '%s\t%s\n' "$DOT/$src" "$dst"
  done
}

plan() {
  read_links | while IFS=$'\t' read -r src dst; do
    if [[ -L "$dst" && "$(readlink "$dst")" == "$src" ]]; then echo "ok      $dst"
    elif [[ -e "$dst" || -L "$dst" ]]; then echo "backup  $dst -> $BK${dst#$HOME}; link -> $src"
    else echo "link    $dst -> $src"; fi
  done
}

link() {
  mkdir -p "$BK"
  read_links | while IFS=$'\t' read -r src dst; do
    [[ -e "$src" ]] || { echo "missing in repo: $src" >&2; continue; }
    [[ -L "$dst" && "$(readlink "$dst")" == "$src" ]] && continue
    if [[ -e "$dst" || -L "$dst" ]]; then
      mkdir -p "$(dirname "$BK${dst#$HOME}")"
      mv "$dst" "$BK${dst#$HOME}"
    fi
    mkdir -p "$(dirname "$dst")"
    ln -s "$src" "$dst"
    echo "linked $dst"
  done
}

unlink_all() {
  read_links | while IFS=$'\t' read -r src dst; do
    if [[ -L "$dst" && "$(readlink "$dst")" == "$src" ]]; then
      rm "$dst"
      [[ -e "$BK${dst#$HOME}" ]] && mv "$BK${dst#$HOME}" "$dst" && echo "restored $dst"
    fi
  done
  for rc in "$HOME/.bashrc" "$HOME/.zshrc"; do
    [[ -f "$rc" ]] && grep -qF "$BEGIN" "$rc" && sed -i.bak "/$BEGIN/,/$END/d" "$rc" && echo "cleaned $rc (backup $rc.bak)"
  done
}

rc() {
  local block
  block="$BEGIN
[ -f \"\$HOME/.dotfiles/shell/init.sh\" ] && . \"\$HOME/.dotfiles/shell/init.sh\"
$END"
  for rc in "$HOME/.bashrc" "$HOME/.zshrc"; do
    [[ -f "$rc" ]] || continue
    if grep -qF "$BEGIN" "$rc"; then echo "$rc already has the block"; continue; fi
    cp "$rc" "$rc.pre-dotfiles-sync"
    printf '\n%s\n' "$block" >> "$rc"
    echo "updated $rc (backup $rc.pre-dotfiles-sync)"
  done
}

case "${1:-}" in
  clone) [[ -d "$DOT/.git" ]] && { echo "$DOT already exists"; exit 0; }; git clone "${2:?repo url}" "$DOT" ;;
  plan) plan ;;
  link) link ;;
  rc) rc ;;
  pull) git -C "$DOT" pull --ff-only && link ;;
  unlink) unlink_all ;;
  status) git -C "$DOT" status -sb; plan ;;
  *) echo "usage: dot.sh {clone URL|plan|link|rc|pull|unlink|status}" >&2; exit 2 ;;
esac
