#!/usr/bin/env bash
set -euo pipefail
SRC="${1:-./logs}"
: "${LOG_ARCHIVE_BUCKET:?set LOG_ARCHIVE_BUCKET}"
mkdir -p "$SRC/archive"
find "$SRC" -maxdepth 1 -name '*.log' -mtime +7 -print0 | while IFS= read -r -d '' f; do
  gzip -c "$f" > "$SRC/archive/$(basename "$f").gz"
done
aws s3 cp --recursive "$SRC/archive/" "s3://$LOG_ARCHIVE_BUCKET/$(hostname)/" --only-show-errors
ls -1 "$SRC/archive/"
