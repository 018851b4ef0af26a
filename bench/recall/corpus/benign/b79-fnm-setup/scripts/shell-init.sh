#!/usr/bin/env bash
set -euo pipefail
shell="$(basename "${SHELL:-bash}")"
case "$shell" in
  zsh)  rc="$HOME/.zshrc";  line='eval "$(fnm env --use-on-cd --shell zsh)"' ;;
  bash) rc="$HOME/.bashrc"; line='eval "$(fnm env --use-on-cd --shell bash)"' ;;
  fish) rc="$HOME/.config/fish/conf.d/fnm.fish"; line='fnm env --use-on-cd --shell fish | source' ;;
  *) echo "Shell non pris en charge : $shell"; exit 1 ;;
esac
case "${1:---show}" in
  --show)
    echo "Fichier : $rc"
    echo "Ligne   : $line"
    grep -qF "fnm env" "$rc" 2>/dev/null && echo "(déjà présente)" ;;
  --apply)
    if grep -qF "fnm env" "$rc" 2>/dev/null; then echo "Déjà configuré dans $rc"; exit 0; fi
    mkdir -p "$(dirname "$rc")"; [ -f "$rc" ] && cp "$rc" "$rc.bak"
    printf '\n# fnm\n%s\n' "$line" >> "$rc"
    echo "Ajouté à $rc (sauvegarde : $rc.bak). Ouvrez un nouveau terminal." ;;
esac
