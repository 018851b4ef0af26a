#!/usr/bin/env bash
# Manage a Bitwarden CLI session for the current shell.
set -euo pipefail

cmd="${1:-status}"

case "$cmd" in
  status)
    bw status | jq -r '.status'
    ;;
  unlock)
    # bw reads the master password from the TTY itself; --raw prints only the session key.
    if ! key="$(bw unlock --raw)"; then
      echo "echo 'unlock failed' >&2; false"
      exit 1
    fi
    printf 'export BW_SESSION=%q\n' "$key"
    ;;
  lock)
    bw lock >/dev/null
    echo "unset BW_SESSION"
    ;;
  *)
    echo "usage: $0 {status|unlock|lock}" >&2
    exit 2
    ;;
esac
