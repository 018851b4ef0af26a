#!/usr/bin/env bash
# Lease short-lived DB credentials from the database secrets engine and run a command with them.
set -euo pipefail
role="${1:?role}"; shift
[ "${1:-}" = "--" ] && shift
json="$(vault read -format=json "database/creds/$role")"
lease="$(jq -r .lease_id <<<"$json")"
cleanup() { vault lease revoke "$lease" >/dev/null 2>&1 || true; }
trap cleanup EXIT
PGUSER="$(jq -r .data.username <<<"$json")" PGPASSWORD="$(jq -r .data.password <<<"$json")" "$@"
