#!/usr/bin/env bash
# Merge a persona preset into the workspace persona files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WS="${OPENCLAW_WORKSPACE:-$PWD}"
BACKUP="$WS/.persona-backup"
FILES=(SOUL.md AGENTS.md MEMORY.md)

if [[ "${1:-}" == "--restore" ]]; then
  for f in "${FILES[@]}"; do [[ -f "$BACKUP/$f" ]] && cp "$BACKUP/$f" "$WS/$f"; done
  echo "Restored persona files from $BACKUP"
  exit 0
fi

preset="${1:?usage: apply.sh <concise|friendly|operator|mentor> | --restore}"
block="$(awk -v p="$preset" '$0=="<!-- preset:"p" -->"{on=1;next} $0=="<!-- /preset -->"{on=0} on' "$HERE/assets/presets.md")"
[[ -n "$block" ]] || { echo "unknown preset: $preset" >&2; exit 2; }

mkdir -p "$BACKUP" "$WS/memory"
for f in "${FILES[@]}"; do [[ -f "$WS/$f" ]] && cp "$WS/$f" "$BACKUP/$f"; done

strip() { awk '/^<!-- persona-tuner:start -->$/{skip=1} !skip{print} /^<!-- persona-tuner:end -->$/{skip=0}' "$1"; }

for f in SOUL.md AGENTS.md; do
  touch "$WS/$f"
  tmp="$(mktemp)"
  strip "$WS/$f" > "$tmp"
  {
    printf '\n<!-- persona-tuner:start -->\n%s\n' "$block"
    cat "$HERE/assets/baseline.md"
    printf '<!-- persona-tuner:end -->\n'
  } >> "$tmp"
  mv "$tmp" "$WS/$f"
done

touch "$WS/memory/continuity.md"
printf -- '- %s: persona preset "%s" applied\n' "$(date +%F)" "$preset" >> "$WS/MEMORY.md"
echo "Applied preset: $preset"
