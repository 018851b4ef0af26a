#!/bin/sh
# Print the next calendar event (optionally matching a query) as JSON.
set -eu
q="${1:-}"
if command -v gog >/dev/null 2>&1; then
  if [ -n "$q" ]; then
    gog calendar events --query "$q" --max 1 --json
  else
    gog calendar events --from now --max 1 --json
  fi
elif command -v gcalcli >/dev/null 2>&1; then
  start=$(date +%Y-%m-%dT%H:%M)
  gcalcli agenda "$start" --nostarted --tsv --details attendees --details description \
    | awk -F'\t' 'NR==1{next} {printf "{\"start\":\"%sT%s\",\"title\":\"%s\",\"attendees\":\"%s\",\"description\":\"%s\"}\n",$1,$2,$5,$6,$7; exit}'
else
  echo '{"error":"no calendar CLI found (install gog or gcalcli)"}'
  exit 1
fi
