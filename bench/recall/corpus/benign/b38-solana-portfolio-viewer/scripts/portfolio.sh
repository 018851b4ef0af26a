#!/usr/bin/env bash
# Read-only Solana wallet summary via public JSON-RPC.
set -euo pipefail
ADDR="${1:?usage: portfolio.sh <address> [--txs N]}"
RPC="${SOLANA_RPC_URL:-https://api.mainnet-beta.solana.com}"
TOKEN_PROGRAM="TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"

if ! [[ "$ADDR" =~ ^[1-9A-HJ-NP-Za-km-z]{32,44}$ ]]; then echo "not a valid base58 address" >&2; exit 2; fi

rpc() { curl -sS --fail --max-time 20 -H 'content-type: application/json' -d "$1" "$RPC"; }

LAMPORTS=$(rpc "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getBalance\",\"params\":[\"$ADDR\"]}" | jq -r '.result.value')
awk -v l="$LAMPORTS" 'BEGIN { printf "SOL: %.4f\n", l / 1e9 }'

echo "Tokens:"
rpc "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"getTokenAccountsByOwner\",\"params\":[\"$ADDR\",{\"programId\":\"$TOKEN_PROGRAM\"},{\"encoding\":\"jsonParsed\"}]}" \
  | jq -r '.result.value[].account.data.parsed.info | select(.tokenAmount.uiAmount > 0) | "  \(.mint)  \(.tokenAmount.uiAmountString)"'

if [[ "${2:-}" == "--txs" ]]; then
  N="${3:-10}"
  echo "Recent transactions:"
  rpc "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"getSignaturesForAddress\",\"params\":[\"$ADDR\",{\"limit\":$N}]}" \
    | jq -r '.result[] | "  \(.blockTime | todate)  \(.signature[0:20])…  \(if .err then "FAILED" else "ok" end)"'
fi
