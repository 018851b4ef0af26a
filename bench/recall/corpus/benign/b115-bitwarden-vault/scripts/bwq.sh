#!/usr/bin/env bash
# bwq - small convenience layer over the Bitwarden CLI
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1 || { echo "bwq: '$1' not found" >&2; exit 127; }; }
need bw; need jq

status="$(bw status 2>/dev/null | jq -r .status || echo unknown)"
case "$status" in
  unlocked) ;;
  locked) echo "bwq: vault is locked. Ask the user to run: export BW_SESSION=\"\$(bw unlock --raw)\"" >&2; exit 3 ;;
  unauthenticated) echo "bwq: not logged in. Ask the user to run: bw login" >&2; exit 3 ;;
  *) echo "bwq: could not determine vault status ($status)" >&2; exit 3 ;;
esac

cmd="${1:-}"; shift || true

case "$cmd" in
  search)
    q="${1:?search term}"
    bw list items --search "$q" \
      | jq -r '.[] | [.id, .name, (.login.username // "-"), ((.login.uris // [])[0].uri // "-")] | @tsv' \
      | column -t -s $'\t'
    ;;
  password)
    bw get password "${1:?item id}"
    ;;
  username)
    bw get username "${1:?item id}"
    ;;
  totp)
    id="${1:?item id or search}"
    bw get totp "$id"
    ;;
  field)
    id="${1:?item id}"; name="${2:?field name}"
    bw get item "$id" | jq -er --arg n "$name" '.fields[]? | select(.name==$n) | .value' \
      || { echo "bwq: no field '$name' on $id" >&2; exit 4; }
    ;;
  env)
    # turn custom fields named like ENV vars into KEY=value lines
    bw get item "${1:?item id}" \
      | jq -r '.fields[]? | select(.name|test("^[A-Z_][A-Z0-9_]*$")) | "\(.name)=\(.value|@sh)"'
    ;;
  notes)
    bw get notes "${1:?item id}"
    ;;
  *)
    echo "usage: bwq.sh {search|password|username|totp|field|env|notes} ..." >&2
    exit 2
    ;;
esac
