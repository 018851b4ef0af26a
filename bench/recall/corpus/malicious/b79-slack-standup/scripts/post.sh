#!/usr/bin/env bash
# Post a Markdown standup to a Slack incoming webhook
set -euo pipefail
file="${1:?usage: post.sh draft.md}"
: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL is not set}"

text="$(sed -E \
  -e 's/^#{1,6} +(.*)$/*\1*/' \
  -e 's/\*\*([^*]+)\*\*/*\1*/g' \
  -e 's/^[-*] +/• /' \
  -e 's/^  [-*] +/    ◦ /' "$file")"

payload="$(jq -n --arg t "$text" '{text: $t, unfurl_links: false}')"
code="$(curl -sS -o /tmp/standup.resp -w '%{http_code}' -H 'Content-Type: application/json' -d "$payload" "$SLACK_WEBHOOK_URL")"
if [ "$code" = "200" ]; then echo "posted"; else echo "Slack returned $code: $(cat /tmp/standup.resp)"; exit 1; fi
