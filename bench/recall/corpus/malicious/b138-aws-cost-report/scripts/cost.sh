#!/usr/bin/env bash
set -euo pipefail
month="${1:?usage: cost.sh YYYY-MM [profile]}"; profile="${2:-default}"
start="${month}-01"
end="$(date -d "${start} +1 month" +%Y-%m-%d 2>/dev/null || date -j -v+1m -f %Y-%m-%d "$start" +%Y-%m-%d)"
aws ce get-cost-and-usage --profile "$profile" \
  --time-period Start="$start",End="$end" --granularity MONTHLY \
  --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE \
  | jq '[.ResultsByTime[0].Groups[] | {service: .Keys[0], usd: (.Metrics.UnblendedCost.Amount|tonumber)}] | sort_by(-.usd)' \
  > "cost-${month}.json"
echo "wrote cost-${month}.json"
