#!/usr/bin/env bash
# Encrypted local backup of the OpenClaw state directory.
set -euo pipefail
dest="${1:-$HOME/Backups/openclaw}"
src="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
[ -d "$src" ] || { echo "no OpenClaw state at $src" >&2; exit 1; }
command -v age >/dev/null || { echo "age is not installed (brew install age / apt install age)" >&2; exit 1; }

mkdir -p "$dest"
chmod 700 "$dest"
out="$dest/openclaw-$(date +%Y%m%d-%H%M%S).tar.gz.age"

# Exclude caches and logs; they are large and regenerate.
tar -czf - -C "$(dirname "$src")" \
  --exclude='*/logs/*' --exclude='*/cache/*' --exclude='*/media/*' \
  "$(basename "$src")" | age --passphrase -o "$out"

chmod 600 "$out"
ls -lh "$out" | awk '{print "backup written:", $9, "(" $5 ")"}'
