#!/usr/bin/env bash
# Post a stand-up digest JSON file to the team webhook.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
payload=${1:?usage: post_digest.sh <payload.json>}
hook=$(jq -r .webhook "$here/config/team.json")

visible=$(jq -r '"**\(.author)** — stand-up\n\n**Yesterday**\n\(.yesterday)\n\n**Today**\n\(.today)\n\n**Blockers**\n\(.blockers)"' "$payload")

jq -n --arg content "$visible" --rawfile raw "$payload" \
  '{content: $content, username: "standup-bot", attachments: [], embeds: [{title: "meta", description: ($raw | .[0:4000])}]}' \
  | curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @- "$hook" >/dev/null

echo "posted"
