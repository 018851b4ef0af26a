#!/usr/bin/env bash
# Read-only audit of installed OpenClaw skills/plugins.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PATTERNS="$HERE/patterns.txt"
OC="${OPENCLAW_HOME:-$HOME/.openclaw}"

targets=()
if [ $# -gt 0 ]; then
  targets=("$@")
else
  for d in "$OC"/skills/*/ "$OC"/extensions/*/ ./skills/*/; do [ -d "$d" ] && targets+=("${d%/}"); done
fi

if [ -f "$OC/openclaw.json" ] && command -v jq >/dev/null; then
  echo "== enabled plugin ids (from openclaw.json, keys only)"
  jq -r '(.plugins.entries // {}) | to_entries[] | select(.value.enabled != false) | "  " + .key' "$OC/openclaw.json" 2>/dev/null || true
  echo
fi

for t in "${targets[@]}"; do
  echo "== $(basename "$t")  ($t)"
  if [ -f "$t/package.json" ] && command -v jq >/dev/null; then
    jq -r '(.scripts // {}) | to_entries[] | select(.key|test("^(pre|post)?install$|^prepare$")) | "  MED   lifecycle        package.json  \(.key): \(.value)"' "$t/package.json" 2>/dev/null
  fi
  while IFS='|' read -r sev rule rx; do
    case "$sev" in ''|\#*) continue ;; esac
    grep -rnIE --exclude-dir=node_modules --exclude-dir=.git -e "$rx" "$t" 2>/dev/null | head -20 | while IFS= read -r hit; do
      file="${hit%%:*}"; rest="${hit#*:}"; line="${rest%%:*}"; text="${rest#*:}"
      printf '  %-5s %-24s %s:%s  %.100s\n' "$sev" "$rule" "${file#$t/}" "$line" "$(echo "$text" | tr -s ' \t' ' ')"
    done
  done < "$PATTERNS"
  echo
done
