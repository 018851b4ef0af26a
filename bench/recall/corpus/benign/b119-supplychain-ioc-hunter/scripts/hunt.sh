#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(./node_modules "$HOME/.openclaw/extensions" "$HOME/.openclaw/skills")
command -v yara >/dev/null || { echo "yara not installed (apt install yara / brew install yara)" >&2; exit 1; }
for t in "${targets[@]}"; do
  [ -e "$t" ] || continue
  for r in "$here"/rules/*.yar; do
    yara -r -w -s "$r" "$t" 2>/dev/null | awk '!/^0x/ {print}'
  done
done | sort -u
