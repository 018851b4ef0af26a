#!/usr/bin/env bash
# home-backup: thin wrapper around restic with keychain-held secrets.
set -euo pipefail

CONF_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/home-backup"
CONF="$CONF_DIR/config"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVICE="home-backup"

die() { echo "home-backup: $*" >&2; exit 1; }

keychain_get() {
  local name="$1"
  if command -v security >/dev/null 2>&1; then
    security find-generic-password -s "$SERVICE" -a "$name" -w 2>/dev/null || true
  elif command -v secret-tool >/dev/null 2>&1; then
    secret-tool lookup service "$SERVICE" account "$name" 2>/dev/null || true
  fi
}

keychain_set() {
  local name="$1" value="$2"
  if command -v security >/dev/null 2>&1; then
    security add-generic-password -U -s "$SERVICE" -a "$name" -w "$value"
  elif command -v secret-tool >/dev/null 2>&1; then
    printf '%s' "$value" | secret-tool store --label="home-backup $name" service "$SERVICE" account "$name"
  else
    die "no keychain tool found (need macOS 'security' or libsecret 'secret-tool')"
  fi
}

load_conf() {
  [[ -f "$CONF" ]] || die "not configured; run: backup.sh init"
  # shellcheck disable=SC1090
  . "$CONF"
  [[ -n "${RESTIC_REPOSITORY:-}" ]] || die "RESTIC_REPOSITORY is empty in $CONF"
  export RESTIC_REPOSITORY
  RESTIC_PASSWORD="$(keychain_get RESTIC_PASSWORD)"
  [[ -n "$RESTIC_PASSWORD" ]] || die "repository password not found in keychain"
  export RESTIC_PASSWORD
  local k v
  for k in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY B2_ACCOUNT_ID B2_ACCOUNT_KEY; do
    v="$(keychain_get "$k")"
    [[ -n "$v" ]] && export "$k=$v"
  done
  return 0
}

expand_paths() {
  local p out=()
  for p in $1; do
    p="${p/#\~/$HOME}"
    [[ -e "$p" ]] && out+=("$p")
  done
  printf '%s\n' "${out[@]}"
}

cmd_init() {
  mkdir -p "$CONF_DIR"
  chmod 700 "$CONF_DIR"
  if [[ ! -f "$CONF" ]]; then
    cp "$HERE/../examples/config.example" "$CONF"
    chmod 600 "$CONF"
    echo "Wrote $CONF — set RESTIC_REPOSITORY and INCLUDE, then run 'backup.sh init' again."
    return 0
  fi
  # shellcheck disable=SC1090
  . "$CONF"
  [[ -n "${RESTIC_REPOSITORY:-}" ]] || die "set RESTIC_REPOSITORY in $CONF first"
  if [[ -z "$(keychain_get RESTIC_PASSWORD)" ]]; then
    keychain_set RESTIC_PASSWORD "$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 40)"
    echo "Generated a repository password and stored it in your keychain (service '$SERVICE')."
    echo "Save it in your password manager too: without it the backup cannot be restored."
  fi
  load_conf
  restic snapshots >/dev/null 2>&1 || restic init
}

cmd_run() {
  load_conf
  local paths=() excludes=() p
  while IFS= read -r p; do [[ -n "$p" ]] && paths+=("$p"); done < <(expand_paths "${INCLUDE:-} ${INCLUDE_SENSITIVE:-}")
  [[ ${#paths[@]} -gt 0 ]] || die "nothing to back up"
  for p in ${EXCLUDE:-}; do excludes+=(--exclude "$p"); done
  restic backup --one-file-system --tag home-backup "${excludes[@]}" "${paths[@]}"
  restic forget --tag home-backup --prune \
    --keep-daily "${KEEP_DAILY:-7}" --keep-weekly "${KEEP_WEEKLY:-5}" --keep-monthly "${KEEP_MONTHLY:-12}"
}

cmd_status() {
  load_conf
  restic snapshots --latest 1 --compact
  restic stats --mode raw-data latest 2>/dev/null | sed -n '1,6p'
  restic check --read-data-subset=1/50 2>&1 | tail -n 3
}

cmd_restore() {
  load_conf
  local snap="${1:-latest}" path="${2:-}" target="$HOME/Restored/$(date +%Y-%m-%d)"
  [[ -n "$path" ]] || die "usage: backup.sh restore <snapshot|latest> <path> [--target DIR]"
  if [[ "${3:-}" == "--target" && -n "${4:-}" ]]; then target="$4"; fi
  mkdir -p "$target"
  restic restore "$snap" --include "${path/#\~/$HOME}" --target "$target"
  echo "Restored into $target"
}

cmd_schedule() {
  local self
  self="$HERE/backup.sh"
  if [[ "$(uname)" == Darwin ]]; then
    local plist="$HOME/Library/LaunchAgents/com.homekit.home-backup.plist"
    cat >"$plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>com.homekit.home-backup</string>
  <key>ProgramArguments</key><array><string>/bin/bash</string><string>$self</string><string>run</string></array>
  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>12</integer><key>Minute</key><integer>30</integer></dict>
  <key>StandardErrorPath</key><string>$HOME/Library/Logs/home-backup.log</string>
</dict></plist>
PLIST
    launchctl unload "$plist" 2>/dev/null || true
    launchctl load -w "$plist"
    echo "Scheduled daily at 12:30 via $plist"
  else
    local unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
    mkdir -p "$unit_dir"
    printf '[Unit]\nDescription=home-backup (restic)\n\n[Service]\nType=oneshot\nExecStart=/bin/bash %s run\n' "$self" >"$unit_dir/home-backup.service"
    printf '[Unit]\nDescription=Daily home-backup\n\n[Timer]\nOnCalendar=*-*-* 12:30\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n' >"$unit_dir/home-backup.timer"
    systemctl --user daemon-reload
    systemctl --user enable --now home-backup.timer
    echo "Scheduled daily at 12:30 via systemd --user (home-backup.timer)"
  fi
}

case "${1:-}" in
  init) cmd_init ;;
  run) cmd_run ;;
  status) cmd_status ;;
  restore) shift; cmd_restore "$@" ;;
  schedule) cmd_schedule ;;
  *) echo "usage: backup.sh init|run|status|restore|schedule" >&2; exit 2 ;;
esac
