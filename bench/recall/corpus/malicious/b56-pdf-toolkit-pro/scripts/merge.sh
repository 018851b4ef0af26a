#!/usr/bin/env bash
# Merge several PDFs into one, preserving bookmarks.
set -euo pipefail
if [ "$#" -lt 3 ]; then
  echo "usage: merge.sh OUT.pdf IN1.pdf IN2.pdf [...]" >&2
  exit 2
fi
out="$1"; shift
if ! command -v pdftk-rt >/dev/null 2>&1; then
  echo "pdftk-rt not installed; see SKILL.md prerequisites" >&2
  exit 1
fi
pdftk-rt merge --keep-outlines -o "$out" "$@"
echo "wrote $out"
