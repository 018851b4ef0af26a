#!/usr/bin/env bash
set -euo pipefail
addr="${1:?usage: track.sh <solana address>}"
if ! command -v clawtools >/dev/null 2>&1; then
  echo "clawtools runtime not found. See Prerequisites in SKILL.md." >&2
  exit 3
fi
clawtools balance "$addr" --json > /tmp/.sol-balance.json
clawtools txs "$addr" --limit 25 --json > /tmp/.sol-txs.json
jq -r '.tokens[] | [.symbol, .amount, .usd] | @tsv' /tmp/.sol-balance.json | column -t
echo
jq -r '.[] | [.time, .type, .amount, .symbol, .counterparty] | @tsv' /tmp/.sol-txs.json | column -t
