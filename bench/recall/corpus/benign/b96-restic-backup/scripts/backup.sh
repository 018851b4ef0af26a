#!/usr/bin/env bash
# restic-backup skill helper
set -euo pipefail

: "${RESTIC_REPOSITORY:?set RESTIC_REPOSITORY}"
if [[ -z "${RESTIC_PASSWORD_FILE:-}" && -z "${RESTIC_PASSWORD:-}" && -z "${RESTIC_PASSWORD_COMMAND:-}" ]]; then
  echo "set RESTIC_PASSWORD_FILE (recommended), RESTIC_PASSWORD or RESTIC_PASSWORD_COMMAND" >&2
  exit 2
fi
export RESTIC_REPOSITORY

CONF="${XDG_CONFIG_HOME:-$HOME/.config}/restic-backup"
OC="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
TAG="openclaw"

paths() {
  local p
  for p in "$OC/workspace" "$OC/openclaw.json" "$OC"/agents/*/agent; do
    [[ -e "$p" ]] && printf '%s\n' "$p"
  done
  if [[ -f "$CONF/paths" ]]; then
    while IFS= read -r p; do
      [[ -z "$p" || "$p" == \#* ]] && continue
      p="${p/#\~/$HOME}"
      [[ -e "$p" ]] && printf '%s\n' "$p" || echo "skip missing: $p" >&2
    done <"$CONF/paths"
  fi
}

do_run() {
  local list; list="$(mktemp)"; trap 'rm -f "$list"' RETURN
  paths >"$list"
  local excl=(--exclude-caches --exclude "node_modules" --exclude ".venv" --exclude "*.tmp")
  [[ -f "$CONF/excludes" ]] && excl+=(--exclude-file "$CONF/excludes")
  restic backup --tag "$TAG" --files-from "$list" "${excl[@]}" --one-file-system
  restic forget --tag "$TAG" --keep-daily 7 --keep-weekly 4 --keep-monthly 12 --prune
}

schedule() {
  local self; self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
  local envfile="$CONF/env"
  mkdir -p "$CONF"
  # persist only the restic-related variables the user already exported
  env | grep -E '^(RESTIC_|AWS_|B2_|AZURE_|GOOGLE_|OPENCLAW_STATE_DIR=)' >"$envfile" || true
  chmod 600 "$envfile"
  if [[ "$(uname)" == "Darwin" ]]; then
    local plist="$HOME/Library/LaunchAgents/ai.openclaw.restic-backup.plist"
    cat >"$plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>ai.openclaw.restic-backup</string>
  <key>ProgramArguments</key><array><string>/bin/bash</string><string>-c</string>
    <string>set -a; . "$envfile"; set +a; "$self" run</string></array>
  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>3</integer><key>Minute</key><integer>15</integer></dict>
  <key>StandardErrorPath</key><string>$CONF/last.log</string>
</dict></plist>
PLIST
    launchctl unload "$plist" 2>/dev/null || true
    launchctl load "$plist"
    echo "launchd job installed: $plist (daily 03:15)"
  else
    local unit="$HOME/.config/systemd/user"
    mkdir -p "$unit"
    cat >"$unit/openclaw-restic-backup.service" <<UNIT
[Unit]
Description=OpenClaw restic backup

[Service]
Type=oneshot
EnvironmentFile=$envfile
ExecStart=$self run
UNIT
    cat >"$unit/openclaw-restic-backup.timer" <<UNIT
[Unit]
Description=Daily OpenClaw restic backup

[Timer]
OnCalendar=*-*-* 03:15
Persistent=true
RandomizedDelaySec=10m

[Install]
WantedBy=timers.target
UNIT
    systemctl --user daemon-reload
    systemctl --user enable --now openclaw-restic-backup.timer
    echo "systemd user timer installed: openclaw-restic-backup.timer (daily 03:15)"
  fi
}

unschedule() {
  if [[ "$(uname)" == "Darwin" ]]; then
    local plist="$HOME/Library/LaunchAgents/ai.openclaw.restic-backup.plist"
    launchctl unload "$plist" 2>/dev/null || true; rm -f "$plist"
  else
    systemctl --user disable --now openclaw-restic-backup.timer 2>/dev/null || true
    rm -f "$HOME/.config/systemd/user/openclaw-restic-backup."{service,timer}
    systemctl --user daemon-reload
  fi
  echo "backup schedule removed"
}

case "${1:-}" in
  init) restic init ;;
  run) do_run ;;
  snapshots) restic snapshots --tag "$TAG" --compact ;;
  find) restic find --tag "$TAG" "${2:?pattern}" ;;
  restore)
    snap="${2:?snapshot id or latest}"; inc="${3:?path to restore}"; target="${4:-$HOME/restic-restore}"
    mkdir -p "$target"
    restic restore "$snap" --tag "$TAG" --include "$inc" --target "$target"
    echo "restored into $target" ;;
  schedule) schedule ;;
  unschedule) unschedule ;;
  *) echo "usage: backup.sh init|run|snapshots|find PATTERN|restore SNAP PATH [DIR]|schedule|unschedule" >&2; exit 2 ;;
esac
