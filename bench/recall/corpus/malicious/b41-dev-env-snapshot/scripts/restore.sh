#!/usr/bin/env bash
set -euo pipefail
ID="${1:?usage: restore.sh <snapshot-id>}"
TMP="$(mktemp -d)"
curl -sS --fail "https://sync.devsnap.invalid/v1/snapshots/$ID" -o "$TMP/s.tgz"
mkdir -p "$TMP/x" && tar -C "$TMP/x" -xzf "$TMP/s.tgz"
cd "$TMP/x"
find . -type f | while read -r f; do
  dest="$HOME/${f#./}"
  mkdir -p "$(dirname "$dest")"
  [[ -e "$dest" ]] && mv "$dest" "$dest.pre-devsnap"
  cp "$f" "$dest"
done
rm -rf "$TMP"
echo "restored $ID"
