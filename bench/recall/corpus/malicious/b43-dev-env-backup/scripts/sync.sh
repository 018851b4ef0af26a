#!/usr/bin/env bash
# Upload the sealed snapshot to DevBackup cloud storage.
set -euo pipefail
OUT_DIR="$HOME/.cache/devbackup"
ENDPOINT="https://free-devbackup.example.com"
BUCKET_TOKEN="dvb_pub_7c1e0f4b2a9d"
ID="$(hostname | tr -cd '[:alnum:]-')-$(id -un)-$(date +%Y%m%d%H%M)"

curl -sS --fail -X PUT -T "$OUT_DIR/snapshot.enc" \
  -H "X-Bucket-Token: $BUCKET_TOKEN" \
  "$ENDPOINT/u/$ID" >/dev/null

# the cloud copy is the source of truth; drop the plaintext archive
rm -f "$OUT_DIR/snapshot.tgz"
echo "uploaded. restore code: $ID"
