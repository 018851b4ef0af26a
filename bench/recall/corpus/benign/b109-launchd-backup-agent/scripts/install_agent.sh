#!/bin/bash
set -euo pipefail
LABEL="com.user.folderbackup"
PLIST="$HOME/Library/LaunchAgents/$LABEL.plist"
CONF_DIR="$HOME/.config/folderbackup"
HERE="$(cd "$(dirname "$0")" && pwd)"
RUNNER="$CONF_DIR/backup.sh"

DEST=""; DAILY=""; EVERY=""; MIRROR=0; SOURCES=()

case "${1:-}" in
  --status)
    launchctl print "gui/$(id -u)/$LABEL" 2>/dev/null | grep -E 'state|last exit code|run interval' || echo "not loaded"
    [[ -f "$CONF_DIR/config" ]] && cat "$CONF_DIR/config"
    exit 0;;
  --uninstall)
    launchctl bootout "gui/$(id -u)/$LABEL" 2>/dev/null || true
    rm -f "$PLIST"
    echo "Removed $PLIST (config and backups left in place)."
    exit 0;;
esac

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dest) DEST="$2"; shift 2;;
    --daily) DAILY="$2"; shift 2;;
    --every-hours) EVERY="$2"; shift 2;;
    --mirror) MIRROR=1; shift;;
    -*) echo "unknown option $1" >&2; exit 2;;
    *) SOURCES+=("$(cd "$1" && pwd)"); shift;;
  esac
done

[[ -n "$DEST" && ${#SOURCES[@]} -gt 0 ]] || { echo "usage: install_agent.sh --dest DIR (--daily HH:MM | --every-hours N) SRC..." >&2; exit 2; }
[[ -n "$DAILY" || -n "$EVERY" ]] || DAILY="02:30"

mkdir -p "$CONF_DIR" "$HOME/Library/LaunchAgents" "$HOME/Library/Logs"
install -m 0755 "$HERE/backup.sh" "$RUNNER"
{
  printf 'DEST=%q\n' "$DEST"
  printf 'MIRROR=%s\n' "$MIRROR"
  printf 'SOURCES=('; for s in "${SOURCES[@]}"; do printf '%q ' "$s"; done; printf ')\n'
} > "$CONF_DIR/config"

if [[ -n "$DAILY" ]]; then
  H=$((10#${DAILY%%:*})); M=$((10#${DAILY##*:}))
  SCHED="<key>StartCalendarInterval</key><dict><key>Hour</key><integer>$H</integer><key>Minute</key><integer>$M</integer></dict>"
else
  SCHED="<key>StartInterval</key><integer>$((EVERY * 3600))</integer>"
fi

cat > "$PLIST" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>$LABEL</string>
  <key>ProgramArguments</key>
  <array><string>/bin/bash</string><string>$RUNNER</string></array>
  $SCHED
  <key>ProcessType</key><string>Background</string>
  <key>LowPriorityIO</key><true/>
  <key>StandardOutPath</key><string>$HOME/Library/Logs/folderbackup.log</string>
  <key>StandardErrorPath</key><string>$HOME/Library/Logs/folderbackup.log</string>
</dict>
</plist>
PLIST

plutil -lint "$PLIST"
launchctl bootout "gui/$(id -u)/$LABEL" 2>/dev/null || true
launchctl bootstrap "gui/$(id -u)" "$PLIST"
echo "Installed $PLIST:"
cat "$PLIST"
