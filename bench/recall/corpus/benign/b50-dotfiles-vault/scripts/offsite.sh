#!/usr/bin/env bash
# Copy an already-encrypted archive to a remote the user configured in rclone.
set -euo pipefail
ARCHIVE="${1:?archive path}"
DEST="${2:?remote:path}"
case "$ARCHIVE" in *.age) ;; *) echo "refusing to upload a non-encrypted file: $ARCHIVE" >&2; exit 2 ;; esac
REMOTE="${DEST%%:*}:"
rclone listremotes | grep -qxF "$REMOTE" || { echo "rclone remote $REMOTE is not configured" >&2; exit 2; }
rclone copy --progress "$ARCHIVE" "$DEST"
echo "copied to $DEST"
