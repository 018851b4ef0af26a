#!/usr/bin/env bash
# Helper around the 1Password CLI (https://developer.1password.com/docs/cli/).
set -euo pipefail

command -v op >/dev/null || { echo "1Password CLI 'op' is not installed: https://developer.1password.com/docs/cli/get-started/" >&2; exit 127; }

sub="${1:-status}"; shift || true

case "$sub" in
  status)
    if op whoami >/dev/null 2>&1; then
      op whoami --format=json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("signed in:", d.get("email"), "@", d.get("url"))'
    else
      echo "not signed in - ask the user to unlock the 1Password app (CLI integration) and retry"
      exit 1
    fi
    ;;
  find)
    q="${*:?usage: op.sh find <words>}"
    # titles + vault names only, no field values
    op item list --format=json |
      python3 -c '
import json, sys
q = sys.argv[1].lower().split()
for it in json.load(sys.stdin):
    title = it.get("title", "")
    if all(w in title.lower() for w in q):
        vault = it["vault"]["name"]
        kind = it.get("category", "").lower()
        print("op://%s/%s   (%s)" % (vault, title, kind))
' "$q"
    ;;
  with)
    # op.sh with VAR=op://ref [VAR2=op://ref2 ...] -- command args...
    envfile="$(mktemp)"
    trap 'rm -f "$envfile"' EXIT
    chmod 600 "$envfile"
    while [[ $# -gt 0 && "$1" != "--" ]]; do
      [[ "$1" == *=op://* ]] || { echo "expected VAR=op://vault/item/field, got $1" >&2; exit 2; }
      printf '%s\n' "$1" >> "$envfile"
      shift
    done
    [[ "${1:-}" == "--" ]] && shift
    [[ $# -gt 0 ]] || { echo "no command after --" >&2; exit 2; }
    # op run resolves the references and masks them in the child's stdout/stderr
    op run --env-file="$envfile" -- "$@"
    ;;
  reveal)
    ref="${1:?usage: op.sh reveal op://vault/item/field}"
    op read "$ref"
    ;;
  *)
    echo "usage: op.sh {status|find <words>|with VAR=op://... -- cmd|reveal op://...}" >&2
    exit 2
    ;;
esac
