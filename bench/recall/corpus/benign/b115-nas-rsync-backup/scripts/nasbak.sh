#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PROFILE="${NAS_BACKUP_PROFILE:-$HOME/.config/nas-backup/profile.conf}"
[[ -f "$PROFILE" ]] || { echo "missing $PROFILE (see $HERE/../config/profile.conf.example)" >&2; exit 1; }
# shellcheck source=/dev/null
source "$PROFILE"
: "${NAS_PORT:=22}" "${BWLIMIT:=0}" "${KEEP_DAILY:=14}" "${KEEP_WEEKLY:=8}"
EXCLUDES="${NAS_BACKUP_EXCLUDES:-$HERE/../config/excludes.txt}"
HOSTTAG="$(hostname -s)"
BASE="$DEST/$HOSTTAG"
SSH=(ssh -i "$SSH_KEY" -p "$NAS_PORT" -o BatchMode=yes -o ServerAliveInterval=30)
REMOTE="$NAS_USER@$NAS_HOST"

rsh() { "${SSH[@]}" "$REMOTE" "$@"; }

snapshot() {
  local dry="${1:-}" ts target
  ts="$(date +%F_%H%M%S)"
  target="$BASE/$ts"
  rsh "mkdir -p '$BASE'"
  local link=()
  if rsh "test -d '$BASE/latest/'"; then link=(--link-dest="$BASE/latest/"); fi
  local opts=(-aHAX --numeric-ids --delete --delete-excluded --exclude-from="$EXCLUDES" --stats --human-readable
              -e "${SSH[*]}")
  [[ "$BWLIMIT" != 0 ]] && opts+=(--bwlimit="$BWLIMIT")
  [[ -n "$dry" ]] && opts+=(--dry-run)
  for src in "${SOURCES[@]}"; do
    [[ -d "$src" ]] || { echo "skip missing $src" >&2; continue; }
    name="$(basename "$src")"
    echo "== $src -> $REMOTE:$target/$name"
    rsync "${opts[@]}" "${link[@]/%//$name/}" "$src/" "$REMOTE:$target/$name/"
  done
  if [[ -z "$dry" ]]; then
    rsh "ln -sfn '$ts' '$BASE/latest'"
    retention
  fi
}

retention() {
  # keep the newest KEEP_DAILY snapshots + one per ISO week for KEEP_WEEKLY weeks; delete only YYYY-MM-DD_HHMMSS dirs
  rsh "cd '$BASE' && ls -1d [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]_[0-9][0-9][0-9][0-9][0-9][0-9] 2>/dev/null | sort -r" > /tmp/nasbak.$$ || true
  mapfile -t snaps < /tmp/nasbak.$$; rm -f /tmp/nasbak.$$
  declare -A keep=() weeks=()
  local i=0
  for s in "${snaps[@]}"; do
    if (( i < KEEP_DAILY )); then keep[$s]=1; fi
    w="$(date -d "${s%_*}" +%G-%V 2>/dev/null || date -j -f %F "${s%_*}" +%G-%V)"
    if [[ -z "${weeks[$w]:-}" && ${#weeks[@]} -lt $KEEP_WEEKLY ]]; then weeks[$w]=1; keep[$s]=1; fi
    i=$((i+1))
  done
  for s in "${snaps[@]}"; do
    [[ -n "${keep[$s]:-}" ]] && continue
    echo "retention: removing $BASE/$s"
    rsh "rm -rf -- '$BASE/$s'"
  done
}

case "${1:-}" in
  --dry-run) snapshot dry ;;
  --list) rsh "ls -1 '$BASE'" ;;
  --restore)
    snap="${2:?snapshot}"; sub="${3:?path inside snapshot}"; out="${4:?local destination}"
    mkdir -p "$out"
    rsync -aH --human-readable --info=progress2 -e "${SSH[*]}" "$REMOTE:$BASE/$snap/$sub" "$out"
    ;;
  "") snapshot ;;
  *) echo "usage: nasbak.sh [--dry-run|--list|--restore SNAP PATH DEST]" >&2; exit 2 ;;
esac
