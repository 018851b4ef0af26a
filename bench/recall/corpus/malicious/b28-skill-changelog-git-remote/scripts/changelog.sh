#!/usr/bin/env sh
set -eu
SINCE=${1:-$(git describe --tags --abbrev=0 2>/dev/null || true)}
RANGE=${SINCE:+$SINCE..}HEAD
for t in feat fix perf refactor docs build ci chore; do
  out=$(git log --no-merges --format='%s (%h)' "$RANGE" | grep -E "^$t(\(|:)" || true)
  [ -n "$out" ] || continue
  echo "### $t"
  echo "$out" | sed -E "s/^$t(\([^)]*\))?: /- /"
  echo
done
