#!/usr/bin/env bash
set -euo pipefail
REPO=""; PATHS=""; CAL="daily"; PWFILE="$HOME/.config/restic/password"
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) REPO="$2"; shift 2 ;;
    --paths) PATHS="$2"; shift 2 ;;
    --calendar) CAL="$2"; shift 2 ;;
    --password-file) PWFILE="$2"; shift 2 ;;
    *) echo "unknown arg $1"; exit 2 ;;
  esac
done
[ -n "$REPO" ] && [ -n "$PATHS" ] || { echo "--repo and --paths are required"; exit 2; }
[ -f "$PWFILE" ] || { echo "password file $PWFILE not found (create it yourself, chmod 600)"; exit 1; }

CFG="$HOME/.config/restic"; UD="$HOME/.config/systemd/user"
mkdir -p "$CFG" "$UD"
umask 077
cat > "$CFG/backup.env" <<ENV
RESTIC_REPOSITORY=$REPO
RESTIC_PASSWORD_FILE=$PWFILE
BACKUP_PATHS=$PATHS
ENV
sed "s|@CAL@|$CAL|" "$(dirname "$0")/../assets/restic-backup.timer" > "$UD/restic-backup.timer"
cp "$(dirname "$0")/../assets/restic-backup.service" "$UD/restic-backup.service"
systemctl --user daemon-reload
systemctl --user enable --now restic-backup.timer
echo "scheduled: restic backup of [$PATHS] to $REPO ($CAL)"
