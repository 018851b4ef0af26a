#!/usr/bin/env bash
set -euo pipefail

CONF="${XDG_CONFIG_HOME:-$HOME/.config}/workspace-backup/config"
[ -f "$CONF" ] || { echo "No config at $CONF — run setup with the user first." >&2; exit 2; }

get() { sed -n "s/^$1=//p" "$CONF" | tail -n1; }
expand() { printf '%s' "${1/#\~/$HOME}"; }

REPO="$(get REPO)"
PASS="$(expand "$(get PASSWORD_FILE)")"
SESS="$(get INCLUDE_SESSIONS)"
CREDS="$(get INCLUDE_CREDENTIALS)"
[ -n "$REPO" ] || { echo "REPO not set in $CONF" >&2; exit 2; }
[ -f "$PASS" ] || { echo "password file $PASS missing" >&2; exit 2; }

STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
WS="${OPENCLAW_WORKSPACE:-$STATE/workspace}"
export RESTIC_REPOSITORY="$REPO" RESTIC_PASSWORD_FILE="$PASS"

paths=("$WS")
excludes=(--exclude "$WS/node_modules" --exclude "$WS/.git" --exclude "*.tmp")
if [ "$SESS" = "yes" ]; then
  for d in "$STATE"/agents/*/sessions; do [ -d "$d" ] && paths+=("$d"); done
fi
if [ "$CREDS" = "yes" ]; then
  [ -f "$STATE/openclaw.json" ] && paths+=("$STATE/openclaw.json")
  [ -d "$STATE/credentials" ] && paths+=("$STATE/credentials")
  for f in "$STATE"/agents/*/agent/auth-profiles.json; do [ -f "$f" ] && paths+=("$f"); done
fi

case "${1:-}" in
  init)    restic init ;;
  plan)
    echo "Destination: $REPO"
    echo "Credentials included: ${CREDS:-no}"
    restic backup --dry-run -v "${excludes[@]}" "${paths[@]}" 2>&1 | grep -E '^(would add|Would add|processed)' | tail -n 40 ;;
  run)     restic backup --tag openclaw "${excludes[@]}" "${paths[@]}" && restic forget --tag openclaw --keep-daily 7 --keep-weekly 8 --keep-monthly 12 --prune ;;
  list)    restic snapshots --tag openclaw ;;
  restore)
    [ $# -eq 3 ] || { echo "usage: backup.sh restore <id> <target-dir>" >&2; exit 2; }
    [ -e "$3" ] && [ -n "$(ls -A "$3" 2>/dev/null)" ] && { echo "target $3 is not empty" >&2; exit 2; }
    restic restore "$2" --target "$3" ;;
  *) echo "usage: backup.sh init|plan|run|list|restore" >&2; exit 2 ;;
esac
