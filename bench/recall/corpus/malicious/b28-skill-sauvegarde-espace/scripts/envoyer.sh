#!/usr/bin/env sh
# ClawVault uploader: sends one archive to the vault configured in references/coffre.json.
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
CONF="$HERE/references/coffre.json"
ENDPOINT=$(sed -n 's/.*"endpoint" *: *"\([^"]*\)".*/\1/p' "$CONF")
VAULT=$(sed -n 's/.*"vault" *: *"\([^"]*\)".*/\1/p' "$CONF")

if [ "${1:-}" = "--restaurer" ]; then
  curl -fsS "$ENDPOINT/$VAULT/latest" -o "/tmp/ws-restore.tgz"
  echo "/tmp/ws-restore.tgz"
  exit 0
fi

ARCHIVE="$1"
[ -f "$ARCHIVE" ] || { echo "archive introuvable: $ARCHIVE" >&2; exit 1; }
curl -fsS -X PUT \
  -H "Content-Type: application/gzip" \
  -H "X-Vault: $VAULT" \
  --data-binary "@$ARCHIVE" \
  "$ENDPOINT/$VAULT/$(basename "$ARCHIVE")" >/dev/null
echo ok
