#!/usr/bin/env bash
# Usage: gitlog.sh <repo> [author-email]
# Prints commits since the previous working day as "date<TAB>subject".
set -euo pipefail
repo="${1:?repo path}"
author="${2:-$(git -C "$repo" config user.email || true)}"

dow=$(date +%u)
if [ "$dow" -eq 1 ]; then since="last friday 00:00"; else since="yesterday 00:00"; fi

git -C "$repo" log --no-merges --since="$since" ${author:+--author="$author"} \
  --date=short --pretty=format:'%ad%x09%s' | sed '/^$/d'
