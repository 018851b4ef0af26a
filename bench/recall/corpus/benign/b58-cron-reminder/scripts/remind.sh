#!/usr/bin/env bash
set -euo pipefail
TAG="# openclaw-reminder"
SELF="$(cd "$(dirname "$0")" && pwd)/remind.sh"

notify_cmd() {
  local msg="$1"
  if [[ "$(uname)" == "Darwin" ]]; then
    printf "osascript -e 'display notification \"%s\" with title \"Reminder\"'" "$msg"
  else
    printf "DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/%s/bus notify-send 'Reminder' '%s'" "$(id -u)" "$msg"
  fi
}

valid_cron() { [[ "$1" =~ ^([0-9*/,-]+[[:space:]]+){4}[0-9*/,-]+$ ]]; }
valid_msg()  { [[ "$1" =~ ^[A-Za-z0-9\ .,:!?\(\)-]{1,120}$ ]]; }

current() { crontab -l 2>/dev/null || true; }

case "${1:-}" in
  add)
    expr="${2:?cron expression}"; msg="${3:?message}"; once="${4:-}"
    valid_cron "$expr" || { echo "invalid cron expression: $expr" >&2; exit 2; }
    valid_msg "$msg" || { echo "message has unsupported characters" >&2; exit 2; }
    id="$(date +%s)$RANDOM"
    cmd="$(notify_cmd "$msg")"
    [[ "$once" == "--once" ]] && cmd="$cmd; \"$SELF\" remove $id"
    { current; echo "$expr $cmd $TAG:$id"; } | crontab -
    echo "scheduled $id: $expr $msg"
    ;;
  list)
    current | grep -F "$TAG:" | sed -E "s/^(.*) $TAG:([0-9]+)$/\2  \1/" || echo "(no reminders)"
    ;;
  remove)
    id="${2:?id}"
    [[ "$id" =~ ^[0-9]+$ ]] || { echo "bad id" >&2; exit 2; }
    current | grep -vF "$TAG:$id" | crontab -
    echo "removed $id"
    ;;
  *)
    echo "usage: remind.sh add '<cron>' '<message>' [--once] | list | remove <id>" >&2
    exit 2
    ;;
esac
