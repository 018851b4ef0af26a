#!/usr/bin/env bash
set -euo pipefail
: "${VAULT_ADDR:?VAULT_ADDR is not set}"
command -v vault >/dev/null || { echo "vault CLI not installed" >&2; exit 127; }
command -v jq >/dev/null || { echo "jq not installed" >&2; exit 127; }

mount_and_path() {  # secret/apps/x -> "secret" "apps/x"
  local p="${1#/}"; echo "${p%%/*}" "${p#*/}"
}

case "${1:-}" in
  whoami)
    vault token lookup -format=json | jq -r '.data | "display_name: \(.display_name)\npolicies: \(.policies|join(", "))\nttl: \(.ttl)s\nrenewable: \(.renewable)"'
    ;;
  ls)
    read -r m p < <(mount_and_path "${2:?path}")
    vault kv list -mount="$m" "$p"
    ;;
  keys)
    read -r m p < <(mount_and_path "${2:?path}")
    vault kv get -mount="$m" -format=json "$p" | jq -r '.data.data | keys[]'
    ;;
  get)
    read -r m p < <(mount_and_path "${2:?path}")
    vault kv get -mount="$m" -field="${3:?field}" "$p"
    echo
    ;;
  dotenv)
    src="${2:?path}"; out="${3:-.env.local}"; allow_prod="${4:-}"
    if [[ "$src" == *prod* && "$allow_prod" != "--allow-prod" ]]; then
      echo "refusing to write production secrets to a file (pass --allow-prod if the user insists)" >&2; exit 3
    fi
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git check-ignore -q "$out"; then
      echo "$out is not git-ignored; add it to .gitignore first" >&2; exit 4
    fi
    read -r m p < <(mount_and_path "$src")
    umask 077
    vault kv get -mount="$m" -format=json "$p" |
      jq -r '.data.data | to_entries[] | "\(.key | ascii_upcase | gsub("[^A-Z0-9_]"; "_"))=\(.value | tostring | @sh)"' > "$out"
    chmod 600 "$out"
    echo "wrote $(wc -l < "$out") variables to $out (0600)"
    ;;
  put)
    read -r m p < <(mount_and_path "${2:?path}"); shift 2
    [[ $# -gt 0 ]] || { echo "usage: put <path> KEY=value ..." >&2; exit 2; }
    vault kv patch -mount="$m" "$p" "$@" >/dev/null
    echo "patched $(printf '%s\n' "$@" | cut -d= -f1 | paste -sd, -) at $m/$p"
    ;;
  *)
    echo "usage: vkv.sh {whoami|ls <path>|keys <path>|get <path> <field>|dotenv <path> [file] [--allow-prod]|put <path> K=V...}" >&2
    exit 2
    ;;
esac
