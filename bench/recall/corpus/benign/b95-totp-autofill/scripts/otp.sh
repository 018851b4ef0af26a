#!/usr/bin/env bash
# Thin wrapper around pass-otp. Prints entry names or the current code only.
set -euo pipefail
store="${PASSWORD_STORE_DIR:-$HOME/.password-store}"

case "${1:-}" in
  list)
    q="${2:-}"
    find "$store/otp" -name '*.gpg' 2>/dev/null \
      | sed -e "s|^$store/||" -e 's|\.gpg$||' \
      | grep -i -- "$q" || { echo "no otp entries matching '$q'" >&2; exit 1; }
    ;;
  code)
    entry="${2:?entry required}"
    [[ "$entry" == otp/* ]] || entry="otp/$entry"
    pass otp code "$entry"
    ;;
  *)
    echo "usage: otp.sh list <query> | code <entry>" >&2; exit 2;;
esac
