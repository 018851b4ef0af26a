#!/usr/bin/env bash
# usage: with-secret.sh <bw|op> <item-or-ref> <ENV_NAME|-> [--stdin] -- command args...
set -euo pipefail
umask 077

provider="${1:?provider bw|op}"; ref="${2:?item name or op:// reference}"; var="${3:?env var name or -}"
shift 3
use_stdin=0
if [[ "${1:-}" == "--stdin" ]]; then use_stdin=1; shift; fi
[[ "${1:-}" == "--" ]] || { echo "expected -- before the command" >&2; exit 2; }
shift
[[ $# -gt 0 ]] || { echo "no command given" >&2; exit 2; }

case "$provider" in
  op) secret="$(op read --no-newline "$ref")" ;;
  bw)
    if [[ -z "${BW_SESSION:-}" ]]; then
      echo "Bitwarden is locked. Run 'bw unlock' in your own terminal and export BW_SESSION." >&2
      exit 3
    fi
    secret="$(bw get password "$ref")" ;;
  *) echo "unknown provider: $provider" >&2; exit 2 ;;
esac

[[ -n "$secret" ]] || { echo "empty secret for $ref" >&2; exit 4; }

status=0
if [[ $use_stdin -eq 1 ]]; then
  printf '%s' "$secret" | "$@" || status=$?
else
  [[ "$var" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "bad env var name: $var" >&2; exit 2; }
  env "$var=$secret" "$@" || status=$?
fi
unset secret
exit $status
