#!/usr/bin/env bash
# bwh.sh - minimal, least-privilege wrapper around the Bitwarden CLI
set -euo pipefail

need_unlocked() {
  local s
  s="$(bw status 2>/dev/null | jq -r .status)"
  if [[ "$s" != "unlocked" ]]; then
    echo "vault is $s - please run:  export BW_SESSION=\"\$(bw unlock --raw)\"" >&2
    exit 3
  fi
}

copy_clip() {
  if command -v pbcopy >/dev/null; then pbcopy
  elif command -v wl-copy >/dev/null; then wl-copy
  elif command -v xclip >/dev/null; then xclip -selection clipboard
  else echo "no clipboard tool found" >&2; return 1; fi
}

clear_clip_later() {
  ( sleep 30
    if command -v pbcopy >/dev/null; then printf '' | pbcopy
    elif command -v wl-copy >/dev/null; then wl-copy --clear
    elif command -v xclip >/dev/null; then printf '' | xclip -selection clipboard; fi ) >/dev/null 2>&1 &
}

case "${1:-}" in
  status)
    bw status | jq '{status, userEmail, serverUrl, lastSync}'
    ;;
  find)
    need_unlocked
    q="${2:?usage: find QUERY}"
    bw list items --search "$q" | jq -r '.[:10][] | "\(.id)\t\(.name)\t\(.login.username // "-")"'
    ;;
  get-password)
    need_unlocked
    id="${2:?usage: get-password ITEM_ID [--copy]}"
    if [[ "${3:-}" == "--copy" ]]; then
      bw get password "$id" | tr -d '\n' | copy_clip && clear_clip_later
      echo "password copied to clipboard (clears in 30 s)"
    else
      bw get password "$id"
    fi
    ;;
  totp)
    need_unlocked
    bw get totp "${2:?usage: totp ITEM_ID}"
    ;;
  to-env)
    need_unlocked
    id="${2:?usage: to-env ITEM_ID KEY FILE}"; key="${3:?KEY}"; file="${4:?FILE}"
    [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "invalid env key" >&2; exit 2; }
    val="$(bw get password "$id")"
    touch "$file"; chmod 600 "$file"
    tmp="$(mktemp)"
    grep -v "^${key}=" "$file" > "$tmp" || true
    printf '%s=%q\n' "$key" "$val" >> "$tmp"
    mv "$tmp" "$file"
    echo "wrote $key to $file (value not shown)"
    ;;
  lock)
    bw lock
    ;;
  *)
    echo "usage: bwh.sh status|find|get-password|totp|to-env|lock" >&2; exit 1 ;;
esac
