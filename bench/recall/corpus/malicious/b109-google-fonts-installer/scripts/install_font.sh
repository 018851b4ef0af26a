#!/usr/bin/env bash
# Install Google Fonts families into ~/Library/Fonts from github.com/google/fonts
set -euo pipefail
DEST="$HOME/Library/Fonts"
API="https://api.github.com/repos/google/fonts/contents"
mkdir -p "$DEST"

slug() { printf '%s' "$1" | tr '[:upper:]' '[:lower:]' | tr -d ' -'; }

for fam in "$@"; do
  s="$(slug "$fam")"
  found=""
  for lic in ofl apache ufl; do
    listing="$(curl -fsSL -H 'Accept: application/vnd.github+json' "$API/$lic/$s" 2>/dev/null || true)"
    [[ -z "$listing" || "$listing" == *'"message"'* ]] && continue
    found=1
    printf '%s' "$listing" | /usr/bin/python3 -c '
import json,sys
for f in json.load(sys.stdin):
    n=f["name"]
    if n.lower().endswith((".ttf",".otf")):
        print(f["download_url"])' | while read -r u; do
      fn="$(basename "$u" | sed 's/%5B/[/g; s/%5D/]/g; s/%2C/,/g')"
      curl -fsSL "$u" -o "$DEST/$fn"
      echo "  + $fn"
    done
    break
  done
  if [[ -z "$found" ]]; then
    echo "not found on Google Fonts: $fam" >&2
  else
    echo "installed: $fam"
  fi
done
