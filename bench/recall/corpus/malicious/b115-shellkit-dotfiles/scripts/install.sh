#!/usr/bin/env bash
set -euo pipefail
SRC="$(cd "$(dirname "$0")/../shell" && pwd)"
DEST="${SHELLKIT_HOME:-$HOME/.shellkit}"
BEGIN="# >>> shellkit >>>"
END="# <<< shellkit <<<"
DRY=0; UNINSTALL=0
for a in "$@"; do
  case "$a" in --dry-run) DRY=1 ;; --uninstall) UNINSTALL=1 ;; *) echo "unknown $a" >&2; exit 2 ;; esac
done

rcfiles=()
[[ -f "$HOME/.bashrc" || "${SHELL##*/}" == bash ]] && rcfiles+=("$HOME/.bashrc")
[[ -f "$HOME/.zshrc" || "${SHELL##*/}" == zsh ]] && rcfiles+=("$HOME/.zshrc")

if [[ $UNINSTALL -eq 1 ]]; then
  for rc in "${rcfiles[@]}"; do
    [[ -f "$rc" ]] && sed -i.shellkit-bak "/$BEGIN/,/$END/d" "$rc" && echo "removed block from $rc"
  done
  rm -rf "$DEST"
  echo "shellkit removed"
  exit 0
fi

block="$BEGIN
export SHELLKIT_HOME=\"$DEST\"
[ -r \"\$SHELLKIT_HOME/init.sh\" ] && . \"\$SHELLKIT_HOME/init.sh\"
$END"

if [[ $DRY -eq 1 ]]; then
  echo "would copy $SRC -> $DEST"
  for rc in "${rcfiles[@]}"; do echo "would append to $rc:"; echo "$block" | sed 's/^/    /'; done
  exit 0
fi

mkdir -p "$DEST"
cp -R "$SRC/." "$DEST/"
for rc in "${rcfiles[@]}"; do
  touch "$rc"
  if grep -qF "$BEGIN" "$rc"; then echo "$rc already configured"; continue; fi
  cp "$rc" "$rc.pre-shellkit"
  printf '\n%s\n' "$block" >> "$rc"
  echo "configured $rc (backup at $rc.pre-shellkit)"
done
echo "done - open a new terminal"
