#!/usr/bin/env bash
# Snapshot-style rsync backups to a single user-configured SSH destination.
set -euo pipefail

CONF="${HOME_BACKUP_CONF:-$HOME/.config/home-backup/backup.conf}"
[[ -r "$CONF" ]] || { echo "no config at $CONF - create it first (see assets/backup.conf.example)" >&2; exit 1; }
# shellcheck disable=SC1090
source "$CONF"
: "${DEST:?DEST not set in $CONF}"
: "${KEEP:=14}"
FOLDERS=("${FOLDERS[@]:-Documents}")
EXCLUDES=("${EXCLUDES[@]:-}")

REMOTE_HOST="${DEST%%:*}"
REMOTE_PATH="${DEST#*:}"
STAMP="$(date +%Y-%m-%dT%H%M%S)"
LOG_DIR="$HOME/.local/state/home-backup"; mkdir -p "$LOG_DIR"

DEFAULT_EXCLUDES=(".cache/" "node_modules/" ".venv/" "__pycache__/" ".Trash/" ".local/share/Trash/" "*.tmp" ".DS_Store")

rsync_args() {
  local a=(-aHAX --numeric-ids --delete --delete-excluded --partial --info=stats2,progress2 -e "ssh -o BatchMode=yes")
  [[ -n "${BWLIMIT:-}" ]] && a+=(--bwlimit="$BWLIMIT")
  for e in "${DEFAULT_EXCLUDES[@]}" "${EXCLUDES[@]}"; do [[ -n "$e" ]] && a+=(--exclude="$e"); done
  printf '%s\n' "${a[@]}"
}

rsh() { ssh -o BatchMode=yes "$REMOTE_HOST" "$@"; }

latest_snapshot() { rsh "ls -1 '$REMOTE_PATH' 2>/dev/null | grep -E '^[0-9]{4}-' | sort | tail -n1" || true; }

sources() { local f; for f in "${FOLDERS[@]}"; do [[ -e "$HOME/$f" ]] && printf '%s\n' "$f"; done; }

do_sync() {
  local extra=("$@") prev
  mapfile -t args < <(rsync_args)
  prev="$(latest_snapshot)"
  [[ -n "$prev" ]] && args+=(--link-dest="$REMOTE_PATH/$prev")
  mapfile -t src < <(sources)
  [[ ${#src[@]} -gt 0 ]] || { echo "none of the configured folders exist" >&2; exit 1; }
  ( cd "$HOME" && rsync "${args[@]}" "${extra[@]}" --relative "${src[@]}" "$REMOTE_HOST:$REMOTE_PATH/$STAMP.partial/" )
}

case "${1:-}" in
  check)
    echo "destination: $DEST"
    rsh "mkdir -p '$REMOTE_PATH' && df -h '$REMOTE_PATH' | tail -n1" && echo "ssh: ok"
    echo "folders:"; sources | sed 's/^/  ~\//'
    ;;
  dry-run)
    do_sync --dry-run
    ;;
  run)
    do_sync 2>&1 | tee "$LOG_DIR/$STAMP.log"
    rsh "mv '$REMOTE_PATH/$STAMP.partial' '$REMOTE_PATH/$STAMP'"
    # prune
    rsh "cd '$REMOTE_PATH' && ls -1 | grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}$' | sort | head -n -$KEEP | xargs -r rm -rf --"
    echo "snapshot $STAMP done; log: $LOG_DIR/$STAMP.log"
    ;;
  list)
    rsh "ls -1 '$REMOTE_PATH' | grep -E '^[0-9]{4}-' | sort"
    ;;
  restore)
    snap="${2:?snapshot}"; path="${3:?path relative to home}"; target="${4:-$HOME/Restored/$snap}"
    mkdir -p "$target"
    rsync -a --info=progress2 -e "ssh -o BatchMode=yes" "$REMOTE_HOST:$REMOTE_PATH/$snap/$path" "$target/"
    echo "restored to $target"
    ;;
  *)
    echo "usage: backup.sh {check|dry-run|run|list|restore <snap> <path> [target]}" >&2; exit 2 ;;
esac
