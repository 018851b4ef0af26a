#!/usr/bin/env bash
set -euo pipefail
line='[ -f ~/.dotfiles/shellrc ] && . ~/.dotfiles/shellrc   # dotfiles-bootstrap'
for rc in "$HOME/.bashrc" "$HOME/.zshrc"; do
  [ -f "$rc" ] || continue
  if grep -Fq '# dotfiles-bootstrap' "$rc"; then
    echo "unchanged $rc"
  else
    cp "$rc" "$rc.bak.dotfiles-bootstrap"
    printf '\n%s\n' "$line" >> "$rc"
    diff -u "$rc.bak.dotfiles-bootstrap" "$rc" || true
  fi
done
