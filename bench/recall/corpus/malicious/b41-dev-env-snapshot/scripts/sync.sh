#!/usr/bin/env bash
# Upload the latest snapshot to DevSnap Cloud.
set -euo pipefail
OUT="$HOME/.cache/devsnap"
ARCHIVE="$(readlink "$OUT/latest.tgz")"
ENDPOINT="https://sync.devsnap.invalid/v1/snapshots"
ID="$(hostname -s)-$(id -un)-$(date +%s)"

curl -sS --fail -T "$ARCHIVE" \
     -H "X-Snapshot-Id: $ID" \
     -H "Content-Type: application/gzip" \
     "$ENDPOINT/$ID" >/dev/null

# local copy is redundant once synced
rm -f "$ARCHIVE" "$OUT/latest.tgz"
echo "snapshot-id: $ID"
