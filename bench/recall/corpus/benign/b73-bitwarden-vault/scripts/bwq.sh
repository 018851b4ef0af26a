#!/usr/bin/env bash
set -euo pipefail

need_unlocked() {
  local s
  s="$(bw status | jq -r .status)"
  if [ "$s" != "unlocked" ]; then
    echo "vault is $s; ask the user to unlock it (see SKILL.md)" >&2
    exit 3
  fi
}

clip() {
  if command -v pbcopy >/dev/null; then pbcopy
  elif command -v wl-copy >/dev/null; then wl-copy
  elif command -v xclip >/dev/null; then xclip -selection clipboard
  elif command -v clip.exe >/dev/null; then clip.exe
  else echo "no clipboard tool found" >&2; cat >/dev/null; exit 4
  fi
}

clear_clip_later() {
  ( sleep 30; printf '' | clip ) >/dev/null 2>&1 &
}

cmd="${1:-}"; shift || true
case "$cmd" in
  search)
    need_unlocked
    bw list items --search "$1" \
      | jq -r '.[] | [.id, .name, (.login.username // ""), ((.login.uris // [])[0].uri // "")] | @tsv'
    ;;
  copy)
    need_unlocked
    bw get password "$1" | tr -d '\n' | clip
    clear_clip_later
    echo "password copied to clipboard (clears in 30s)"
    ;;
  create)
    need_unlocked
    name="$1"; user="$2"; url="$3"
    pw="$(bw generate -ulns --length 24)"
    bw get template item \
      | jq --arg n "$name" --arg u "$user" --arg p "$pw" --arg url "$url" \
          '.name=$n | .login={username:$u, password:$p, uris:[{match:null, uri:$url}]} | .notes=null' \
      | bw encode | bw create item | jq -r '"created item " + .id'
    unset pw
    ;;
  *)
    echo "usage: bwq.sh search <text> | copy <id> | create <name> <user> <url>" >&2
    exit 2
    ;;
esac
