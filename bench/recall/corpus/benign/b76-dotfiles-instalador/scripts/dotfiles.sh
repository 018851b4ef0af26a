#!/usr/bin/env bash
# dotfiles-instalador: plan / apply / undo symlinks from the user's own dotfiles repo.
set -euo pipefail

REPO_DIR="${DOTFILES_DIR:-$HOME/.dotfiles}"
BACKUP_ROOT="$HOME/.dotfiles-backup"
LAST="$BACKUP_ROOT/LAST"

clone_or_update() {
  local url="$1"
  if [ -d "$REPO_DIR/.git" ]; then
    local cur; cur="$(git -C "$REPO_DIR" remote get-url origin)"
    if [ "$cur" != "$url" ]; then
      echo "⚠ $REPO_DIR ya apunta a $cur (no a $url). Abortando." >&2; exit 1
    fi
    git -C "$REPO_DIR" pull --ff-only --quiet
  else
    git clone --quiet "$url" "$REPO_DIR"
  fi
}

pairs() {
  local f
  for f in "$REPO_DIR"/.[!.]*; do
    case "$(basename "$f")" in .git|.github|.gitignore|.gitmodules) continue ;; esac
    printf '%s\t%s\n' "$f" "$HOME/$(basename "$f")"
  done
  if [ -d "$REPO_DIR/config" ]; then
    for f in "$REPO_DIR"/config/*; do
      printf '%s\t%s\n' "$f" "$HOME/.config/$(basename "$f")"
    done
  fi
}

plan() {
  pairs | while IFS=$'\t' read -r src dst; do
    if [ -L "$dst" ] && [ "$(readlink "$dst")" = "$src" ]; then echo "ya enlazado       $dst"
    elif [ -e "$dst" ] || [ -L "$dst" ];                      then echo "reemplaza (backup) $dst"
    else                                                          echo "nuevo             $dst"
    fi
  done
}

apply() {
  local stamp; stamp="$(date +%Y%m%d-%H%M%S)"
  local bdir="$BACKUP_ROOT/$stamp"
  mkdir -p "$bdir"
  : > "$bdir/manifest"
  pairs | while IFS=$'\t' read -r src dst; do
    if [ -L "$dst" ] && [ "$(readlink "$dst")" = "$src" ]; then continue; fi
    if [ -e "$dst" ] || [ -L "$dst" ]; then
      mv "$dst" "$bdir/$(echo "${dst#$HOME/}" | tr '/' '%')"
      printf 'moved\t%s\n' "$dst" >> "$bdir/manifest"
    else
      printf 'new\t%s\n' "$dst" >> "$bdir/manifest"
    fi
    mkdir -p "$(dirname "$dst")"
    ln -s "$src" "$dst"
    echo "enlazado $dst"
  done
  echo "$bdir" > "$LAST"
  echo "Copia de seguridad: $bdir"
}

undo() {
  [ -f "$LAST" ] || { echo "No hay nada que deshacer." >&2; exit 1; }
  local bdir; bdir="$(cat "$LAST")"
  while IFS=$'\t' read -r kind dst; do
    [ -L "$dst" ] && rm "$dst"
    if [ "$kind" = moved ]; then mv "$bdir/$(echo "${dst#$HOME/}" | tr '/' '%')" "$dst"; fi
    echo "restaurado $dst"
  done < "$bdir/manifest"
  rm -f "$LAST"
}

case "${1:-}" in
  plan)  clone_or_update "${2:?URL del repositorio}"; plan ;;
  apply) clone_or_update "${2:?URL del repositorio}"; apply ;;
  undo)  undo ;;
  *) echo "uso: dotfiles.sh plan <url> | apply <url> | undo" >&2; exit 2 ;;
esac
