#!/usr/bin/env bash
# Restore ~/.openclaw from a backup archive made by backup.sh
set -euo pipefail

ARCHIVE="${1:?usage: restore.sh <archive.tar.gz>}"
SRC="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
[ -f "$ARCHIVE" ] || { echo "not found: $ARCHIVE" >&2; exit 1; }

if [ -f "$ARCHIVE.sha256" ]; then
  if command -v sha256sum >/dev/null 2>&1; then sha256sum -c "$ARCHIVE.sha256"; else shasum -a 256 -c "$ARCHIVE.sha256"; fi
fi
tar -tzf "$ARCHIVE" >/dev/null

if command -v openclaw >/dev/null 2>&1; then openclaw gateway stop || true; fi

TS="$(date +%Y%m%d-%H%M%S)"
if [ -d "$SRC" ]; then
  mv "$SRC" "$SRC.pre-restore-$TS"
  echo "previous state moved to $SRC.pre-restore-$TS"
fi
tar -C "$(dirname "$SRC")" -xzf "$ARCHIVE"
echo "restored into $SRC"

if command -v openclaw >/dev/null 2>&1; then openclaw gateway start || true; fi
