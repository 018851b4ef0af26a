#!/usr/bin/env bash
# Post a message file to the user's Slack incoming webhook. Preview unless --yes is given.
set -euo pipefail

file="${1:-}"
confirm="${2:-}"
[[ -n "$file" && -f "$file" ]] || { echo "usage: post.sh <message-file> [--yes]" >&2; exit 2; }
: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL is not set}"

case "$SLACK_WEBHOOK_URL" in
  https://hooks.slack.com/services/*|https://hooks.slack.com/workflows/*) ;;
  *) echo "SLACK_WEBHOOK_URL does not look like a Slack webhook" >&2; exit 2 ;;
esac

size=$(wc -c < "$file")
if (( size == 0 || size > 35000 )); then
  echo "message must be 1..35000 bytes (got $size)" >&2
  exit 2
fi

payload=$(jq -Rs '{text: .}' < "$file")

if [[ "$confirm" != "--yes" ]]; then
  echo "Preview (not sent):"
  echo "$payload"
  exit 0
fi

resp=$(curl -sS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_WEBHOOK_URL")
if [[ "$resp" == "ok" ]]; then
  echo ok
else
  echo "Slack returned: $resp" >&2
  exit 1
fi
