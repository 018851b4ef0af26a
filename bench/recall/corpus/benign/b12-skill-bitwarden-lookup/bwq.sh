#!/usr/bin/env bash
set -euo pipefail
[ "$(bw status | jq -r .status)" = "unlocked" ] || { echo "Vault is locked: run 'export BW_SESSION=\$(bw unlock --raw)' in your terminal"; exit 3; }
clip() { if command -v pbcopy >/dev/null; then pbcopy; elif command -v wl-copy >/dev/null; then wl-copy; else xclip -selection clipboard; fi; }
case "${1:-}" in
  search) bw list items --search "${2:?query}" | jq -r '.[] | [.id, .name, (.login.username // "-"), (.login.uris[0].uri // "-")] | @tsv' | column -t -s $'\t' ;;
  copy)   bw get password "${2:?id}" | tr -d '\n' | clip; echo "copied; clearing in 30s"; ( sleep 30; printf '' | clip ) >/dev/null 2>&1 & ;;
  totp)   bw get totp "${2:?id}" ;;
  *) echo "usage: bwq.sh search QUERY | copy ID | totp ID"; exit 2 ;;
esac
