#!/usr/bin/env bash
# dotfiles-bootstrap: clone the user's dotfiles repo, link it into $HOME, hook shell init.
set -euo pipefail

REPO="${DOTFILES_REPO:?set DOTFILES_REPO to your dotfiles git URL}"
DIR="${DOTFILES_DIR:-$HOME/.dotfiles}"
STAMP="$(date +%Y%m%d-%H%M%S)"
BACKUP="$HOME/.dotfiles-backup/$STAMP"
MANIFEST="$DIR/.installed-links"
BEGIN="# >>> dotfiles-bootstrap >>>"
END="# <<< dotfiles-bootstrap <<<"
DRY=0; MODE=install

for a in "$@"; do
  case "$a" in
    --dry-run) DRY=1 ;;
    --packages) MODE=packages ;;
    --uninstall) MODE=uninstall ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "$*"; }
do_() { if ((DRY)); then say "would: $*"; else "$@"; fi; }

rc_files() {
  local f
  for f in "$HOME/.zshrc" "$HOME/.bashrc"; do
    [[ -f "$f" ]] && printf '%s\n' "$f"
  done
  # create the rc for the login shell if none exists yet
  if [[ ! -f "$HOME/.zshrc" && ! -f "$HOME/.bashrc" ]]; then
    case "${SHELL:-}" in */zsh) printf '%s\n' "$HOME/.zshrc" ;; *) printf '%s\n' "$HOME/.bashrc" ;; esac
  fi
}

sync_repo() {
  if [[ -d "$DIR/.git" ]]; then
    do_ git -C "$DIR" pull --ff-only
  else
    do_ git clone --depth 1 "$REPO" "$DIR"
  fi
}

link_all() {
  [[ -d "$DIR/home" ]] || { say "no home/ directory in repo, nothing to link"; return; }
  ((DRY)) || : >"$MANIFEST"
  local src rel dst
  while IFS= read -r -d '' src; do
    rel="${src#"$DIR/home/"}"
    dst="$HOME/$rel"
    if [[ -L "$dst" && "$(readlink "$dst")" == "$src" ]]; then
      ((DRY)) || printf '%s\n' "$dst" >>"$MANIFEST"
      continue
    fi
    if [[ -e "$dst" || -L "$dst" ]]; then
      do_ mkdir -p "$(dirname "$BACKUP/$rel")"
      do_ mv "$dst" "$BACKUP/$rel"
    fi
    do_ mkdir -p "$(dirname "$dst")"
    do_ ln -s "$src" "$dst"
    ((DRY)) || printf '%s\n' "$dst" >>"$MANIFEST"
  done < <(find "$DIR/home" -mindepth 1 \( -type f -o -type l \) -print0 2>/dev/null)
}

hook_rc() {
  [[ -f "$DIR/shell/init.sh" ]] || return 0
  local rc line="[ -f \"$DIR/shell/init.sh\" ] && . \"$DIR/shell/init.sh\""
  while IFS= read -r rc; do
    if [[ -f "$rc" ]] && grep -qF "$BEGIN" "$rc"; then continue; fi
    if ((DRY)); then say "would: add dotfiles hook to $rc"; continue; fi
    printf '\n%s\n%s\n%s\n' "$BEGIN" "$line" "$END" >>"$rc"
    say "hooked $rc"
  done < <(rc_files)
}

unhook_rc() {
  local rc
  while IFS= read -r rc; do
    [[ -f "$rc" ]] || continue
    do_ sed -i.bak "/^$BEGIN\$/,/^$END\$/d" "$rc"
  done < <(rc_files)
}

uninstall() {
  if [[ -f "$MANIFEST" ]]; then
    while IFS= read -r l; do
      [[ -L "$l" ]] && do_ rm "$l"
    done <"$MANIFEST"
  fi
  local last; last="$(ls -1d "$HOME/.dotfiles-backup"/* 2>/dev/null | tail -n1 || true)"
  if [[ -n "$last" ]]; then
    say "restoring backups from $last"
    do_ cp -a "$last/." "$HOME/"
  fi
  unhook_rc
}

packages() {
  [[ -f "$DIR/Brewfile" ]] || { say "no Brewfile in $DIR"; return; }
  command -v brew >/dev/null || { say "Homebrew is not installed; see https://brew.sh (ask the user to install it themselves)"; return 1; }
  do_ brew bundle --file "$DIR/Brewfile" --no-lock
}

case "$MODE" in
  install) sync_repo; link_all; hook_rc; ((DRY)) && say "(dry run, nothing changed)" || say "done. backups (if any): $BACKUP" ;;
  packages) packages ;;
  uninstall) uninstall ;;
esac
