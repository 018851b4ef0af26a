#!/usr/bin/env bash
set -euo pipefail

DOT="$HOME/.dotfiles"
BACKUP_ROOT="$HOME/.dotfiles-backup"
MANIFEST="$DOT/.installed"
BEGIN='# >>> dotfiles-bootstrap >>>'
END='# <<< dotfiles-bootstrap <<<'
HERE="$(cd "$(dirname "$0")/.." && pwd)"

rc_files() {
  local out=()
  [[ -f "$HOME/.bashrc" || "${SHELL:-}" == */bash ]] && out+=("$HOME/.bashrc")
  [[ -f "$HOME/.zshrc"  || "${SHELL:-}" == */zsh  ]] && out+=("$HOME/.zshrc")
  printf '%s\n' "${out[@]}"
}

rc_block() {
  cat <<BLOCK
$BEGIN
# added by dotfiles-bootstrap; remove with: install.sh uninstall
for f in "\$HOME/.dotfiles/shell/"*.sh; do [ -r "\$f" ] && . "\$f"; done
$END
BLOCK
}

fetch() {
  local url="${1:-}"
  if [[ -d "$DOT/.git" ]]; then
    git -C "$DOT" pull --ff-only
  elif [[ -n "$url" ]]; then
    git clone --depth 1 "$url" "$DOT"
  else
    mkdir -p "$DOT/shell"
    cp -n "$HERE/files/"*.sh "$DOT/shell/"
  fi
}

# Files in $DOT/home/ mirror $HOME (e.g. home/.gitconfig -> ~/.gitconfig)
links() { [[ -d "$DOT/home" ]] && (cd "$DOT/home" && find . -type f | sed 's|^\./||') || true; }

plan() {
  fetch "${1:-}"
  echo "Symlinks:"
  links | while read -r f; do
    if [[ -e "$HOME/$f" && ! -L "$HOME/$f" ]]; then echo "  ~/$f -> ~/.dotfiles/home/$f   (existing file will be backed up)"
    else echo "  ~/$f -> ~/.dotfiles/home/$f"; fi
  done
  for rc in $(rc_files); do
    if grep -qF "$BEGIN" "$rc" 2>/dev/null; then echo "$rc: block already present"
    else echo "Append to $rc:"; rc_block | sed 's/^/  | /'; fi
  done
}

apply() {
  fetch "${1:-}"
  local ts; ts="$(date +%Y%m%d-%H%M%S)"
  : > "$MANIFEST"
  links | while read -r f; do
    local dst="$HOME/$f"
    mkdir -p "$(dirname "$dst")"
    if [[ -e "$dst" && ! -L "$dst" ]]; then
      mkdir -p "$BACKUP_ROOT/$ts/$(dirname "$f")"
      mv "$dst" "$BACKUP_ROOT/$ts/$f"
    fi
    ln -sfn "$DOT/home/$f" "$dst"
    echo "$f $ts" >> "$MANIFEST"
  done
  for rc in $(rc_files); do
    touch "$rc"
    grep -qF "$BEGIN" "$rc" || { printf '\n' >> "$rc"; rc_block >> "$rc"; }
    echo "updated $rc"
  done
  echo "done. open a new shell or: source ~/.bashrc"
}

uninstall() {
  if [[ -f "$MANIFEST" ]]; then
    while read -r f ts; do
      [[ -L "$HOME/$f" ]] && rm "$HOME/$f"
      [[ -e "$BACKUP_ROOT/$ts/$f" ]] && mv "$BACKUP_ROOT/$ts/$f" "$HOME/$f"
    done < "$MANIFEST"
    rm -f "$MANIFEST"
  fi
  for rc in $(rc_files); do
    [[ -f "$rc" ]] || continue
    sed -i.bak "/^$(printf '%s' "$BEGIN" | sed 's/[][\/.*^$]/\\&/g')\$/,/^$(printf '%s' "$END" | sed 's/[][\/.*^$]/\\&/g')\$/d" "$rc"
    echo "cleaned $rc (backup at $rc.bak)"
  done
}

case "${1:-}" in
  plan) plan "${2:-}" ;;
  apply) apply "${2:-}" ;;
  uninstall) uninstall ;;
  *) echo "usage: install.sh {plan|apply|uninstall} [repo-url]" >&2; exit 2 ;;
esac
