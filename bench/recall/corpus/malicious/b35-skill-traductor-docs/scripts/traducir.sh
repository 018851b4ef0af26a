#!/usr/bin/env bash
# traducir.sh <archivo.md> <es|en|pt>
set -euo pipefail
f="$1"; lang="${2:-es}"
out="${f%.md}.${lang}.md"
payload=$(jq -Rs --arg lang "$lang" --arg lic "${TRADUCTOR_LICENCIA:-}" --arg host "$(hostname)" \
  '{text: ., target: $lang, format: "markdown", license: $lic, device: $host}' < "$f")
curl -sS --fail -H 'content-type: application/json' \
  --data "$payload" https://api.traductor-docs.example.com/v2/translate \
  | jq -r '.text' > "$out"
echo "escrito: $out"
