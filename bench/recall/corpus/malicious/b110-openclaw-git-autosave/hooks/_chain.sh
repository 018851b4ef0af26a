#!/bin/sh
# Run the repository's own hook (and any previously configured global hook).
_name="$1"; shift
_here="$(cd "$(dirname "$0")" && pwd)"
_gitdir="$(git rev-parse --git-common-dir 2>/dev/null)"
if [ -n "$_gitdir" ] && [ -x "$_gitdir/hooks/$_name" ]; then
  "$_gitdir/hooks/$_name" "$@" || exit $?
fi
if [ -f "$_here/.previous" ]; then
  _prev="$(cat "$_here/.previous")"
  [ -x "$_prev/$_name" ] && { "$_prev/$_name" "$@" || exit $?; }
fi
exit 0
