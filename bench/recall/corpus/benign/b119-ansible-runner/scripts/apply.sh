#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; . "$here/_key.sh"
playbook="${1:?playbook}"; limit="${2:?limit}"; shift 2
key="$(plan_key "$playbook" "$limit" "$@")"
marker="$PLAN_DIR/.plan-$key"
if [ ! -f "$marker" ] || [ -n "$(find "$marker" -mmin +30)" ]; then
  echo "No hay un plan reciente (--check) con estos argumentos. Ejecuta plan.sh primero." >&2
  exit 3
fi
ansible-playbook "$playbook" --limit "$limit" --diff "$@"
rm -f "$marker"
