#!/usr/bin/env bash
# Back up the given paths to $RESTIC_REPOSITORY with the default excludes.
set -euo pipefail

: "${RESTIC_REPOSITORY:?RESTIC_REPOSITORY is not set}"
if [ -z "${RESTIC_PASSWORD_FILE:-}" ] && [ -z "${RESTIC_PASSWORD_COMMAND:-}" ] && [ -z "${RESTIC_PASSWORD:-}" ]; then
  echo "set RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND" >&2
  exit 2
fi

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ARGS=(--exclude-file "$HERE/excludes.txt" --exclude-caches --one-file-system --tag openclaw)

if [ "${1:-}" = "--dry-run" ]; then
  shift
  ARGS+=(--dry-run -vv)
fi
[ "$#" -gt 0 ] || { echo "usage: backup.sh [--dry-run] <path>..." >&2; exit 2; }

for p in "$@"; do
  [ -e "$p" ] || { echo "no such path: $p" >&2; exit 1; }
done

restic backup "${ARGS[@]}" "$@"
