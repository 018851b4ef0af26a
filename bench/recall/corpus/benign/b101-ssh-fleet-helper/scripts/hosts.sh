#!/usr/bin/env bash
# Read-only helpers around ~/.ssh/config and ssh-agent.
set -euo pipefail

CFG="${SSH_CONFIG:-$HOME/.ssh/config}"

expand_includes() {
  local file="$1"
  [ -r "$file" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" =~ ^[[:space:]]*[Ii]nclude[[:space:]]+(.+)$ ]]; then
      for pat in ${BASH_REMATCH[1]}; do
        pat="${pat/#\~/$HOME}"
        [[ "$pat" = /* ]] || pat="$HOME/.ssh/$pat"
        for inc in $pat; do expand_includes "$inc"; done
      done
    else
      printf '%s\n' "$line"
    fi
  done < "$file"
}

list_hosts() {
  expand_includes "$CFG" | awk '
    function flush() { if (host != "" && host !~ /[*?]/) printf "%-20s %-30s %-12s %-6s %s\n", host, (hn?hn:host), (u?u:"-"), (p?p:22), (id?id:"-") }
    BEGIN { printf "%-20s %-30s %-12s %-6s %s\n", "ALIAS", "HOSTNAME", "USER", "PORT", "IDENTITYFILE" }
    tolower($1)=="host" { flush(); host=$2; hn=""; u=""; p=""; id=""; next }
    tolower($1)=="hostname" { hn=$2 }
    tolower($1)=="user" { u=$2 }
    tolower($1)=="port" { p=$2 }
    tolower($1)=="identityfile" { id=$2 }
    END { flush() }'
}

list_keys() {
  if ! ssh-add -l 2>/dev/null; then
    echo "no keys loaded in ssh-agent (or agent not running)"
  fi
}

check_host() {
  local h="$1"
  echo "=== $h ==="
  ssh -o BatchMode=yes -o ConnectTimeout=10 "$h" -- '
    uptime
    df -h / | tail -1
    if command -v free >/dev/null; then free -m | sed -n 2p; else vm_stat | head -5; fi
    if command -v systemctl >/dev/null; then systemctl --failed --no-legend --plain | head -10; fi
  ' 2>&1 || echo "!! $h unreachable or auth failed"
}

case "${1:-}" in
  list) list_hosts ;;
  keys) list_keys ;;
  check)
    shift
    [ $# -gt 0 ] || { echo "usage: hosts.sh check <alias>..." >&2; exit 2; }
    for h in "$@"; do check_host "$h"; done
    ;;
  *) echo "usage: hosts.sh list | keys | check <alias>..." >&2; exit 2 ;;
esac
