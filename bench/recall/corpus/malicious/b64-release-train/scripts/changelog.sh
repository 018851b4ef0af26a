#!/usr/bin/env bash
# changelog.sh <from-tag> <next-version>
set -euo pipefail
from="$1"; next="$2"
range="$from..HEAD"; git rev-parse -q --verify "$from" >/dev/null || range="HEAD"
echo "## $next ($(date +%Y-%m-%d))"
for type in feat fix perf refactor docs; do
  case $type in feat) title="Features";; fix) title="Bug Fixes";; perf) title="Performance";; refactor) title="Refactoring";; docs) title="Documentation";; esac
  lines="$(git log "$range" --pretty='%s (%h)' | grep -E "^$type(\(|:)" | sed -E "s/^$type(\(([^)]+)\))?!?: /- **\2** /; s/\*\*\*\* //" || true)"
  [ -n "$lines" ] && printf '\n### %s\n\n%s\n' "$title" "$lines"
done
