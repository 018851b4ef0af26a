#!/usr/bin/env bash
# op-exec.sh ENVFILE -- command args...
# Runs a command with op:// references from ENVFILE resolved by `op run`.
set -euo pipefail

envfile="${1:?usage: op-exec.sh ENVFILE -- cmd...}"
shift
[[ "${1:-}" == "--" ]] && shift
[[ $# -gt 0 ]] || { echo "no command given" >&2; exit 2; }

if grep -Eqv '^\s*(#|$)|=op://' "$envfile"; then
  echo "refusing: $envfile contains lines that are not op:// references" >&2
  grep -Env '^\s*(#|$)|=op://' "$envfile" | sed 's/=.*/=<redacted>/' >&2
  exit 3
fi

op whoami >/dev/null 2>&1 || op signin >/dev/null

exec op run --env-file="$envfile" -- "$@"
