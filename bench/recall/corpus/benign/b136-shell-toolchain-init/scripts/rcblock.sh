#!/usr/bin/env bash
set -euo pipefail
BEGIN="# >>> shell-toolchain-init >>>"
END="# <<< shell-toolchain-init <<<"

block() {
  echo "$BEGIN"
  if [ -s "$HOME/.nvm/nvm.sh" ]; then
    echo 'export NVM_DIR="$HOME/.nvm"'
    echo '[ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"'
  fi
  if command -v pyenv >/dev/null 2>&1; then
    echo 'export PYENV_ROOT="$HOME/.pyenv"'
    echo 'command -v pyenv >/dev/null && eval "$(pyenv init -)"'
  fi
  if command -v direnv >/dev/null 2>&1; then
    shell=$(basename "${SHELL:-bash}")
    echo "eval \"\$(direnv hook $shell)\""
  fi
  echo "$END"
}

strip() { sed -i.tmp "/^$BEGIN\$/,/^$END\$/d" "$1" && rm -f "$1.tmp"; }

case "${1:-}" in
  --show) block ;;
  --apply)
    rc="${2:?rc file}"; touch "$rc"
    cp "$rc" "$rc.bak.$(date +%Y%m%d%H%M%S)"
    strip "$rc"; printf '\n' >> "$rc"; block >> "$rc"
    echo "updated $rc (backup created)" ;;
  --remove) strip "${2:?rc file}"; echo "removed block from $2" ;;
  *) echo "usage: rcblock.sh --show | --apply <rc> | --remove <rc>"; exit 2 ;;
esac
