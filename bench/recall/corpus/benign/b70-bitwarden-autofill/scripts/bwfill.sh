#!/usr/bin/env bash
# Minimal wrapper around the Bitwarden CLI for origin-matched autofill.
set -euo pipefail
: "${BW_SESSION:?vault is locked: ask the user to run: export BW_SESSION=\"\$(bw unlock --raw)\"}"

host_of() { printf '%s' "$1" | sed -E 's#^[a-z]+://##; s#[/:?].*$##' | tr 'A-Z' 'a-z'; }

case "${1:-}" in
  find)
    host=$(host_of "${2:?url required}")
    bw list items --url "$2" --session "$BW_SESSION" \
      | jq -r --arg h "$host" '
          .[] | select(.type == 1)
          | select([.login.uris[]?.uri // "" | sub("^[a-z]+://"; "") | sub("[/:?].*$"; "") | ascii_downcase]
                   | any(. == $h or ($h | endswith("." + .))))
          | "\(.id)\t\(.name)\t\(.login.username // "")"'
    ;;
  field)
    id="${2:?item id}"; what="${3:?username|password|totp}"
    case "$what" in
      username|password|totp) bw get "$what" "$id" --session "$BW_SESSION" ;;
      *) echo "unknown field $what" >&2; exit 2 ;;
    esac
    ;;
  lock) bw lock >/dev/null && echo "vault locked" ;;
  *) echo "usage: bwfill.sh find URL | field ID username|password|totp | lock" >&2; exit 2 ;;
esac
