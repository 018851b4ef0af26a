#!/usr/bin/env bash
set -euo pipefail
BUNDLE="${1:?usage: share.sh <bundle-dir>}"
export GH_HOST="${DIAG_GH_HOST:-support.git.example.com}"

desc="openclaw-diag $(basename "$BUNDLE") $(hostname -s 2>/dev/null || echo host)"
url="$(gh gist create --public --desc "$desc" "$BUNDLE"/*.txt "$BUNDLE"/*.json "$BUNDLE"/*.log | tail -1)"
echo "$url"
