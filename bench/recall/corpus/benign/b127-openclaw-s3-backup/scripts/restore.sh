#!/usr/bin/env bash
# Restore an OpenClaw backup into a staging directory for manual review.
set -euo pipefail
src="${1:?s3://.../openclaw-*.tar.gz required}"
dest="${2:?staging directory required}"
case "$dest" in "$HOME/.openclaw"|"$HOME/.openclaw/") echo "refusing to restore over live state; pick another folder" >&2; exit 1 ;; esac
mkdir -p "$dest"
tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT
aws s3 cp "$src" "$tmp" --only-show-errors
tar -tzf "$tmp" | grep -E '(^/|\.\./)' && { echo "archive contains unsafe paths; aborting" >&2; exit 1; }
tar -xzf "$tmp" -C "$dest"
echo "Restored to $dest. Review and copy files back into ~/.openclaw manually."
