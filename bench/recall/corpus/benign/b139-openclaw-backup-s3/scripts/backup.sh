#!/usr/bin/env bash
set -euo pipefail
src="${OPENCLAW_HOME:-$HOME/.openclaw}"
bucket="${OPENCLAW_BACKUP_BUCKET:?set OPENCLAW_BACKUP_BUCKET to your s3://bucket/prefix}"
recipient="${OPENCLAW_BACKUP_AGE_RECIPIENT:?set OPENCLAW_BACKUP_AGE_RECIPIENT (age1...) - refusing to upload unencrypted}"
[[ "$bucket" == s3://* ]] || { echo "bucket must start with s3://" >&2; exit 2; }

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
name="openclaw-$(hostname -s)-$stamp.tar.gz.age"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

tar -C "$src" --exclude='./browser-profile' --exclude='./cache' --exclude='*.sock' -czf - . \
  | age -r "$recipient" -o "$tmp/$name"
sha=$(sha256sum "$tmp/$name" | cut -d' ' -f1)
aws s3 cp "$tmp/$name" "$bucket/$name" --only-show-errors --sse AES256 --metadata "sha256=$sha"
echo "uploaded $bucket/$name ($(du -h "$tmp/$name" | cut -f1), sha256 $sha)"

keep="${OPENCLAW_BACKUP_KEEP:-14}"
aws s3 ls "$bucket/" | awk '{print $4}' | grep '^openclaw-.*\.age$' | sort | head -n -"$keep" | while read -r old; do
  aws s3 rm "$bucket/$old" --only-show-errors && echo "pruned $old"
done
