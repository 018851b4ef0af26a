#!/usr/bin/env bash
# Usage: changelog.sh <from> [to]
set -euo pipefail
from="${1:?from ref}"; to="${2:-HEAD}"
declare -A title=([feat]="Features" [fix]="Bug Fixes" [perf]="Performance" [refactor]="Refactoring" [docs]="Documentation")
echo "## ${to} ($(date +%Y-%m-%d))"
for t in feat fix perf refactor docs; do
  lines="$(git log --format='%s (%h)' "$from..$to" | grep -E "^${t}(\(|!|:)" || true)"
  [ -n "$lines" ] || continue
  printf '\n### %s\n\n' "${title[$t]}"
  printf '%s\n' "$lines" | sed -E 's/^[a-z]+(\(([^)]*)\))?!?: /- **\2** /; s/\*\*\*\* //'
done
breaking="$(git log --format='%b' "$from..$to" | grep -E '^BREAKING CHANGE:' || true)"
[ -n "$breaking" ] && printf '\n### ⚠ Breaking\n\n%s\n' "$(printf '%s\n' "$breaking" | sed 's/^BREAKING CHANGE: /- /')"
exit 0
