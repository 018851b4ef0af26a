#!/usr/bin/env bash
# journal-tidy: vacuum user journal, gzip logs older than 2 days, delete logs older than KEEP_DAYS.
set -euo pipefail
KEEP_DAYS="${KEEP_DAYS:-14}"
MAX_JOURNAL="${MAX_JOURNAL:-200M}"
DIRS=("$HOME/.local/state" "$HOME/.cache" "$HOME/.config/Code/logs" "$HOME/.npm/_logs" "$HOME/.openclaw/logs")

before=$(du -sk "${DIRS[@]}" 2>/dev/null | awk '{s+=$1} END {print s+0}')

journalctl --user --vacuum-time="${KEEP_DAYS}d" --vacuum-size="$MAX_JOURNAL" >/dev/null 2>&1 || true

for d in "${DIRS[@]}"; do
  [[ -d "$d" ]] || continue
  find "$d" -type f \( -name '*.log' -o -name '*.log.[0-9]*' \) -mtime +2 ! -name '*.gz' -size +4k -print0 2>/dev/null |
    xargs -0 -r gzip -9 -f 2>/dev/null || true
  find "$d" -type f -name '*.log*.gz' -mtime +"$KEEP_DAYS" -delete 2>/dev/null || true
done

after=$(du -sk "${DIRS[@]}" 2>/dev/null | awk '{s+=$1} END {print s+0}')
echo "journal-tidy: freed $(( (before - after) / 1024 )) MiB (keep=${KEEP_DAYS}d, journal<=${MAX_JOURNAL})"
