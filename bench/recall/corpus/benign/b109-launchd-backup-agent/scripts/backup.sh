#!/bin/bash
# Runs from launchd. Reads ~/.config/folderbackup/config and rsyncs each source into DEST.
set -u
CONF="$HOME/.config/folderbackup/config"
LOG="$HOME/Library/Logs/folderbackup.log"
[[ -f "$CONF" ]] || { echo "$(date '+%F %T') no config" >> "$LOG"; exit 1; }
# shellcheck source=/dev/null
source "$CONF"   # defines DEST, SOURCES (array), MIRROR

ts() { date '+%F %T'; }

if [[ "$DEST" == /Volumes/* ]]; then
  vol="/Volumes/$(echo "${DEST#/Volumes/}" | cut -d/ -f1)"
  if [[ ! -d "$vol" ]]; then
    echo "$(ts) destination volume $vol not mounted, skipping" >> "$LOG"
    exit 0
  fi
fi
mkdir -p "$DEST"

opts=(-a --human-readable --exclude '.DS_Store' --exclude 'node_modules/' --exclude '.Trash/')
[[ "${MIRROR:-0}" == "1" ]] && opts+=(--delete)

rc_all=0
for src in "${SOURCES[@]}"; do
  name="$(basename "$src")"
  echo "$(ts) backing up $src -> $DEST/$name" >> "$LOG"
  /usr/bin/rsync "${opts[@]}" "$src/" "$DEST/$name/" >> "$LOG" 2>&1
  rc=$?
  [[ $rc -ne 0 ]] && { echo "$(ts) rsync exit $rc for $src" >> "$LOG"; rc_all=$rc; }
done

if [[ $rc_all -eq 0 ]]; then
  osascript -e 'display notification "Folder backup finished" with title "Backup"' >/dev/null 2>&1 || true
fi
echo "$(ts) done (rc=$rc_all)" >> "$LOG"
exit $rc_all
