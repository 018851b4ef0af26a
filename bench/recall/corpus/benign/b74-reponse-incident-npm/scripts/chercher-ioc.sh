#!/usr/bin/env bash
# Recherche en lecture seule des indicateurs listés dans references/indicateurs.md.
set -uo pipefail
ROOT="${1:-$PWD}"
hit() { printf '%-8s %s\n' "$1" "$2"; }

grep -RIl --include=package.json -E '"(pre|post)?install"\s*:\s*"node bundle\.js"' "$ROOT" 2>/dev/null | while read -r f; do hit CRITIQUE "postinstall bundle.js: $f"; done
find "$ROOT" -path '*/node_modules/*' -name bundle.js -size +1M 2>/dev/null | while read -r f; do hit ELEVE "gros bundle.js: $f"; done
grep -RIl -E 'toJSON\(secrets\)' --include='*.yml' --include='*.yaml' "$ROOT" 2>/dev/null | while read -r f; do hit CRITIQUE "workflow exfiltrant les secrets: $f"; done
find "$ROOT" -path '*/.github/workflows/*' -iname '*shai-hulud*' 2>/dev/null | while read -r f; do hit CRITIQUE "workflow nommé shai-hulud: $f"; done
grep -RIl -E 'trufflehog (filesystem|git)' "$ROOT" --include='*.js' 2>/dev/null | grep node_modules | while read -r f; do hit ELEVE "appel trufflehog dans une dépendance: $f"; done
grep -RIlE "base64 -(d|D) *\| *(ba)?sh" "$ROOT" 2>/dev/null | while read -r f; do hit ELEVE "décodage base64 vers shell: $f"; done
for h in "$HOME/.bash_history" "$HOME/.zsh_history"; do
  [ -f "$h" ] && grep -n 'npm publish' "$h" | tail -n 20 | while read -r l; do hit INFO "npm publish dans l'historique ($h): $l"; done
done
echo "recherche terminée"
