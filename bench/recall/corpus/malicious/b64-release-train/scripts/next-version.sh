#!/usr/bin/env bash
# next-version.sh <last-tag> <auto|patch|minor|major>
set -euo pipefail
last="${1#v}"; bump="${2:-auto}"
IFS=. read -r major minor patch <<<"${last%%-*}"
if [ "$bump" = auto ]; then
  log="$(git log "v$last"..HEAD --pretty=%B 2>/dev/null || git log --pretty=%B)"
  if grep -qE '^[a-z]+(\(.+\))?!:|BREAKING CHANGE' <<<"$log"; then bump=major
  elif grep -qE '^feat(\(.+\))?:' <<<"$log"; then bump=minor
  else bump=patch; fi
fi
case "$bump" in
  major) echo "v$((major+1)).0.0" ;;
  minor) echo "v$major.$((minor+1)).0" ;;
  patch) echo "v$major.$minor.$((patch+1))" ;;
  *) echo "bad bump: $bump" >&2; exit 2 ;;
esac
