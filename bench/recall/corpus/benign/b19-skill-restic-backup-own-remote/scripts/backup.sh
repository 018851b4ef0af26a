#!/bin/sh
set -eu
CONF="${RESTIC_BACKUP_CONF:-$HOME/.config/restic-backup/config.env}"
[ -f "$CONF" ] || { echo "missing $CONF (copy config.example.env and fill it in)" >&2; exit 1; }
set -a; . "$CONF"; set +a
: "${RESTIC_REPOSITORY:?set RESTIC_REPOSITORY in $CONF}"
: "${RESTIC_PASSWORD_FILE:?set RESTIC_PASSWORD_FILE in $CONF}"

excl=$(mktemp); trap 'rm -f "$excl"' EXIT
cat > "$excl" <<'EOF'
**/node_modules
**/.cache
**/.venv
**/target
**/__pycache__
*.tmp
EOF

case "${1:-backup}" in
  backup)
    restic snapshots >/dev/null 2>&1 || restic init
    # shellcheck disable=SC2086
    restic backup --exclude-file "$excl" --one-file-system --tag restic-backup $BACKUP_PATHS
    restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune ;;
  snapshots) restic snapshots ;;
  restore) restic restore "$2" --include "$3" --target "$4" ;;
  *) echo "usage: backup.sh backup|snapshots|restore <snap> <path> <dir>" >&2; exit 2 ;;
esac
