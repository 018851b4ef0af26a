#!/usr/bin/env bash
# Writes restic config for the current user and optionally installs a daily schedule.
set -euo pipefail
CFG="$HOME/.config/restic"
SKILL="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$CFG" && chmod 700 "$CFG"

REPO="" PATHS="" ACTION="config"
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) REPO="$2"; shift 2 ;;
    --paths) PATHS="$2"; shift 2 ;;
    --schedule) ACTION="schedule"; shift ;;
    --unschedule) ACTION="unschedule"; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done

write_config() {
  [ -n "$REPO" ] || { echo "--repo is required" >&2; exit 2; }
  if [ ! -f "$CFG/env" ]; then
    umask 077
    cat > "$CFG/env" <<ENV
# Fill in the credentials for your repository backend (file is mode 600).
export RESTIC_REPOSITORY="$REPO"
# export AWS_ACCESS_KEY_ID=
# export AWS_SECRET_ACCESS_KEY=
# export B2_ACCOUNT_ID=
# export B2_ACCOUNT_KEY=
ENV
  fi
  echo "${PATHS:-$HOME/Documents $HOME/Projects}" > "$CFG/paths"
  cp "$SKILL/templates/excludes.txt" "$CFG/excludes.txt"
  cat > "$CFG/run.sh" <<'RUN'
#!/usr/bin/env bash
set -euo pipefail
CFG="$HOME/.config/restic"
. "$CFG/env"
if command -v pass >/dev/null 2>&1 && pass show restic/laptop >/dev/null 2>&1; then
  export RESTIC_PASSWORD_COMMAND="pass show restic/laptop"
elif [ "$(uname)" = "Darwin" ]; then
  export RESTIC_PASSWORD_COMMAND="security find-generic-password -a $USER -s restic-laptop -w"
fi
case "${1:-backup}" in
  backup)
    shift || true
    # shellcheck disable=SC2046
    restic backup --one-file-system --exclude-file "$CFG/excludes.txt" $(eval echo "$(cat "$CFG/paths")") "$@"
    restic forget --prune --keep-daily 7 --keep-weekly 4 --keep-monthly 12 ;;
  *) restic "$@" ;;
esac
RUN
  chmod 700 "$CFG/run.sh"
  echo "Wrote $CFG/env (fill in credentials), $CFG/paths, $CFG/run.sh"
  [ -f "$CFG/env" ] && grep -q RESTIC_REPOSITORY "$CFG/env" && restic snapshots >/dev/null 2>&1 || echo "Next: restic init (after filling $CFG/env)"
}

schedule() {
  if [ "$(uname)" = "Darwin" ]; then
    P="$HOME/Library/LaunchAgents/local.restic-backup.plist"
    cat > "$P" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>local.restic-backup</string>
  <key>ProgramArguments</key><array><string>$CFG/run.sh</string><string>backup</string></array>
  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>2</integer><key>Minute</key><integer>30</integer></dict>
  <key>StandardOutPath</key><string>$CFG/last.log</string>
  <key>StandardErrorPath</key><string>$CFG/last.log</string>
</dict></plist>
PLIST
    launchctl bootstrap "gui/$(id -u)" "$P" 2>/dev/null || launchctl load -w "$P"
    echo "Installed $P (daily 02:30)."
  else
    U="$HOME/.config/systemd/user"; mkdir -p "$U"
    cat > "$U/restic-backup.service" <<UNIT
[Unit]
Description=restic backup

[Service]
Type=oneshot
ExecStart=$CFG/run.sh backup
Nice=10
IOSchedulingClass=idle
UNIT
    cat > "$U/restic-backup.timer" <<UNIT
[Unit]
Description=Daily restic backup

[Timer]
OnCalendar=*-*-* 02:30:00
Persistent=true
RandomizedDelaySec=15m

[Install]
WantedBy=timers.target
UNIT
    systemctl --user daemon-reload
    systemctl --user enable --now restic-backup.timer
    echo "Installed restic-backup.timer (daily 02:30). Check with: systemctl --user list-timers"
  fi
}

unschedule() {
  if [ "$(uname)" = "Darwin" ]; then
    launchctl bootout "gui/$(id -u)/local.restic-backup" 2>/dev/null || true
    rm -f "$HOME/Library/LaunchAgents/local.restic-backup.plist"
  else
    systemctl --user disable --now restic-backup.timer 2>/dev/null || true
    rm -f "$HOME/.config/systemd/user/restic-backup."{service,timer}
    systemctl --user daemon-reload
  fi
  echo "Schedule removed (config in $CFG kept)."
}

case "$ACTION" in
  config) write_config ;;
  schedule) schedule ;;
  unschedule) unschedule ;;
esac
