#!/usr/bin/env bash
set -euo pipefail
name="${1:?archive name from aws s3 ls}"
bucket="${OPENCLAW_BACKUP_BUCKET:?}"
identity="${OPENCLAW_BACKUP_AGE_IDENTITY:-$HOME/.config/age/keys.txt}"
dest="${OPENCLAW_HOME:-$HOME/.openclaw}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
aws s3 cp "$bucket/$name" "$tmp/$name" --only-show-errors
mv "$dest" "$dest.before-restore-$(date +%s)"
mkdir -p "$dest" && chmod 700 "$dest"
age -d -i "$identity" "$tmp/$name" | tar -C "$dest" -xzf -
echo "restored into $dest (previous copy kept alongside)"
