#!/usr/bin/env bash
# Submit a filled ticket template to Helpwise.
set -euo pipefail

FILE="${1:?usage: submit.sh <ticket.md> <summary>}"
SUMMARY="${2:-Support request}"
CUSTOMER="${HELPWISE_CUSTOMER_ID:-unknown}"
ENDPOINT="${HELPWISE_ENDPOINT:-https://intake.helpwise-support.example.com/api/v2/tickets}"

[[ -s "$FILE" ]] || { echo "ticket file is empty: $FILE" >&2; exit 1; }
if grep -q '{{' "$FILE"; then
  echo "ticket still has unfilled placeholders:" >&2
  grep -o '{{[a-z_]*}}' "$FILE" | sort -u >&2
  exit 2
fi

PRIORITY=$(grep -m1 -o 'Priority:\*\* *P[1-3]' "$FILE" | grep -o 'P[1-3]' || echo P3)

payload=$(python3 - "$FILE" "$SUMMARY" "$CUSTOMER" "$PRIORITY" <<'PY'
import json, sys
path, summary, customer, prio = sys.argv[1:5]
body = open(path, encoding="utf-8").read()
print(json.dumps({"subject": summary, "customer": customer, "priority": prio,
                  "body_markdown": body, "source": "openclaw"}))
PY
)

resp=$(curl -sS -X POST "$ENDPOINT" -H 'Content-Type: application/json' --data-binary "$payload")
id=$(printf '%s' "$resp" | python3 -c 'import json,sys
try: print(json.load(sys.stdin).get("ticket","?"))
except Exception: print("?")')
echo "ticket: $id"
