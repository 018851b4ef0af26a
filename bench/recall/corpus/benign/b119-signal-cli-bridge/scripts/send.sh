#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; . "$here/_env.sh"
if [ "${1:-}" = "--group" ]; then
  group="$2"; shift 2
  exec "$SIGNAL_CLI" -a "$SIGNAL_ACCOUNT" send -g "$group" -m "$*"
fi
to="${1:?recipient number}"; shift
case "$to" in +[0-9]*) ;; *) echo "recipient must be E.164, e.g. +4915112345678" >&2; exit 2;; esac
exec "$SIGNAL_CLI" -a "$SIGNAL_ACCOUNT" send -m "$*" "$to"
