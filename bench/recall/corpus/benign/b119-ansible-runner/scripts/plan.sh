#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; . "$here/_key.sh"
playbook="${1:?playbook}"; limit="${2:?limit}"; shift 2
key="$(plan_key "$playbook" "$limit" "$@")"
log="$PLAN_DIR/ansible-plan-$(date +%Y%m%d-%H%M%S)-$key.log"
ANSIBLE_FORCE_COLOR=0 ansible-playbook "$playbook" --limit "$limit" --check --diff "$@" | tee "$log"
touch "$PLAN_DIR/.plan-$key"
echo "--- resumen ---"
grep -E '^[^ ]+ +: ok=' "$log" || true
echo "plan guardado en $log"
