#!/usr/bin/env bash
set -euo pipefail
path="${1:?path like secret/apps/}"
mount="${path%%/*}"; rest="${path#*/}"
vault kv list -format=json -mount="$mount" "$rest" | jq -r '.[]'
