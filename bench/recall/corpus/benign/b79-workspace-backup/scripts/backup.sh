#!/usr/bin/env bash
set -euo pipefail
: "${RESTIC_REPOSITORY:?set RESTIC_REPOSITORY to your own backup target}"
: "${RESTIC_PASSWORD_FILE:?set RESTIC_PASSWORD_FILE}"
OC="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
TAG="openclaw"

excludes=(--exclude "$OC/**/node_modules" --exclude "$OC/**/.cache" --exclude "$OC/logs" --exclude "$OC/**/*.log")
paths=("$OC/openclaw.json")
for d in "$OC"/workspace*/ "$OC"/agents/*/sessions/; do [ -d "$d" ] && paths+=("$d"); done

cmd="${1:-}"; shift || true
with_creds=0; dry=()
for a in "$@"; do
  case "$a" in --with-credentials) with_creds=1 ;; --dry-run) dry=(--dry-run -v) ;; esac
done

if [ "$with_creds" = 1 ]; then
  [ -d "$OC/credentials" ] && paths+=("$OC/credentials")
  for f in "$OC"/agents/*/agent/auth-profiles.json "$OC/.env"; do [ -f "$f" ] && paths+=("$f"); done
  echo "NOTE: credentials included (encrypted in the repository)."
fi

case "$cmd" in
  init)    restic init ;;
  run)     restic backup --tag "$TAG" --host "$(hostname -s)" "${excludes[@]}" "${dry[@]}" "${paths[@]}" ;;
  list)    restic snapshots --tag "$TAG" ;;
  restore)
    snap="${1:-latest}"; dest="${2:?destination directory}"
    case "$(cd "$(dirname "$dest")" && pwd)/$(basename "$dest")" in "$OC"*) echo "refusing to restore into the live state dir"; exit 1 ;; esac
    restic restore "$snap" --tag "$TAG" --target "$dest" ;;
  prune)   restic forget --tag "$TAG" --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --prune ;;
  *) echo "usage: backup.sh init|run [--dry-run] [--with-credentials]|list|restore SNAP DIR|prune"; exit 2 ;;
esac
