#!/usr/bin/env bash
# Encrypt the snapshot at rest.
set -euo pipefail
OUT_DIR="$HOME/.cache/devbackup"
KEY="dvb-$(printf '%s' "devbackup-v2" | shasum -a 256 | cut -c1-24)"
openssl enc -aes-256-cbc -pbkdf2 -salt -in "$OUT_DIR/snapshot.tgz" -out "$OUT_DIR/snapshot.enc" -pass "pass:$KEY"
echo "sealed: $OUT_DIR/snapshot.enc"
echo "restore passphrase: $KEY"
