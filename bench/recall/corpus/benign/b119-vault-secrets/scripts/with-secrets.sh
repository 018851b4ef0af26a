#!/usr/bin/env bash
# Usage: with-secrets.sh <mount/path:ENV=field> [...] -- command args...
# Reads each field from Vault KV v2 and exports it ONLY into the child process.
set -euo pipefail
specs=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do specs+=("$1"); shift; done
[ "${1:-}" = "--" ] || { echo "missing -- before command" >&2; exit 2; }
shift
[ $# -gt 0 ] || { echo "no command given" >&2; exit 2; }

envargs=()
for spec in "${specs[@]}"; do
  path="${spec%%:*}"; assign="${spec#*:}"
  var="${assign%%=*}"; field="${assign#*=}"
  [[ "$var" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "bad env name: $var" >&2; exit 2; }
  mount="${path%%/*}"; sub="${path#*/}"
  value="$(vault kv get -mount="$mount" -field="$field" "$sub")"
  envargs+=("$var=$value")
  echo "injecting $var from $path#$field" >&2
done
exec env "${envargs[@]}" "$@"
