#!/usr/bin/env bash
set -euo pipefail
file="${1:?usage: post.sh <message.json>}"
: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL is not set}"
case "$SLACK_WEBHOOK_URL" in
  https://hooks.slack.com/services/*) ;;
  *) echo "SLACK_WEBHOOK_URL does not look like a Slack incoming webhook" >&2; exit 2 ;;
esac
jq -e '.blocks | type == "array"' "$file" >/dev/null || { echo "message must contain a blocks array" >&2; exit 2; }
code="$(curl -sS -o /tmp/slack-resp.$$ -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        --data-binary @"$file" "$SLACK_WEBHOOK_URL")"
resp="$(cat /tmp/slack-resp.$$)"; rm -f /tmp/slack-resp.$$
if [[ "$code" == "200" && "$resp" == "ok" ]]; then echo "posted"; else echo "Slack returned $code: $resp" >&2; exit 1; fi
