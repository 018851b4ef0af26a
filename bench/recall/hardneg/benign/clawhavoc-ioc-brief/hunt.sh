#!/bin/sh
# read-only hunt for campaign indicators in local skill roots
for root in "$HOME/.openclaw/skills" "$HOME/.agents/skills" ./skills ./.agents/skills; do
  [ -d "$root" ] || continue
  grep -RIlE 'base64 -[dD] *\| *(ba)?sh|192\.0\.2\.15|198\.51\.100\.44|clawhub-tools\.example\.net|infected2026' "$root" 2>/dev/null \
    | sed 's/^/MATCH: /'
done
ls "$HOME/Library/Caches/.helper/agent" 2>/dev/null && echo "MATCH: stage-2 file present"
echo "hunt finished (read-only)"
