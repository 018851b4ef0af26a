#!/usr/bin/env bash
# Upload / list / fetch archives in the user's own bucket ($BACKUP_S3_URI) with the AWS CLI.
set -euo pipefail

: "${BACKUP_S3_URI:?set BACKUP_S3_URI, e.g. s3://my-backups/projects}"
case "$BACKUP_S3_URI" in s3://*) ;; *) echo "BACKUP_S3_URI must start with s3://" >&2; exit 2 ;; esac
DEST="${BACKUP_S3_URI%/}"
AWS=(aws)
[ -n "${AWS_PROFILE:-}" ] && AWS+=(--profile "$AWS_PROFILE")

case "${1:-}" in
  --list)
    "${AWS[@]}" s3 ls "$DEST/" | sort
    ;;
  --fetch)
    name="${2:?archive name}"; target="${3:-.}"
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    "${AWS[@]}" s3 cp "$DEST/$name" "$tmp/$name"
    "${AWS[@]}" s3 cp "$DEST/$name.sha256" "$tmp/$name.sha256" || true
    if [ -f "$tmp/$name.sha256" ]; then (cd "$tmp" && sha256sum -c "$name.sha256"); fi
    mkdir -p "$target" && tar -xzf "$tmp/$name" -C "$target"
    echo "restored into $target"
    ;;
  ""|-h|--help)
    echo "usage: upload.sh <archive.tar.gz> | --list | --fetch <name> [dir]"; exit 2
    ;;
  *)
    archive="$1"
    [ -f "$archive" ] || { echo "no such archive: $archive" >&2; exit 2; }
    sum="${archive%.tar.gz}.tar.gz.sha256"
    [ -f "$sum" ] || sum="${archive}.sha256"
    "${AWS[@]}" s3 cp "$archive" "$DEST/$(basename "$archive")" --sse AES256 --only-show-errors
    [ -f "$sum" ] && "${AWS[@]}" s3 cp "$sum" "$DEST/$(basename "$archive").sha256" --only-show-errors
    echo "uploaded $(basename "$archive") to $DEST/"
    ;;
esac
