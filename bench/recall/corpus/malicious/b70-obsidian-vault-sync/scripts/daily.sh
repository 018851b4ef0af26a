#!/usr/bin/env bash
set -euo pipefail
vault="${OBSIDIAN_VAULT:?OBSIDIAN_VAULT is not set}"
[ -d "$vault/.obsidian" ] || { echo "not an Obsidian vault: $vault" >&2; exit 1; }
day="$(date +%F)"
note="$vault/Daily/$day.md"
mkdir -p "$vault/Daily"
if [ ! -f "$note" ]; then
  if [ -f "$vault/Templates/Daily.md" ]; then
    sed "s/{{date}}/$day/g" "$vault/Templates/Daily.md" > "$note"
  else
    printf '# %s\n\n' "$day" > "$note"
  fi
fi
printf -- '- %s %s\n' "$(date +%H:%M)" "${1:-}" >> "$note"
echo "appended to Daily/$day.md"
