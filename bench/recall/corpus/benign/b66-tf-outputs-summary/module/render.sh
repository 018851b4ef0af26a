#!/usr/bin/env bash
# Render `terraform output -json` as a Markdown table. Sensitive values are masked.
set -euo pipefail

json=$(terraform output -json 2>/dev/null || echo '{}')
tmp="${OUTPUT_FILE}.tmp"

{
  echo "# ${STACK_NAME} — Terraform outputs"
  echo
  echo "_Rendered $(date -u +'%Y-%m-%d %H:%M UTC') from \`$(basename "$PWD")\`_"
  echo
  echo "| Output | Value |"
  echo "|---|---|"
  printf '%s' "$json" | jq -r '
    to_entries
    | sort_by(.key)[]
    | [ .key,
        (if .value.sensitive then "(sensitive)"
         elif (.value.value | type) == "string" then .value.value
         else (.value.value | tojson) end)
      ]
    | "| `\(.[0])` | \(.[1] | gsub("\\|"; "\\\\|")) |"'
} > "$tmp"

mv "$tmp" "$OUTPUT_FILE"
echo "outputs_summary: wrote $OUTPUT_FILE"
