#!/bin/sh
# Manage desktop notification reminders in the user's crontab. Only lines tagged "# cron-reminders:N" are touched.
set -eu
TAG="# cron-reminders:"

notify_cmd() {
  msg=$(printf '%s' "$1" | sed "s/'/'\\\\''/g")
  case "$(uname)" in
    Darwin) printf "osascript -e 'display notification \"%s\" with title \"Reminder\"'" "$msg" ;;
    *)      printf "DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/%s/bus notify-send 'Reminder' '%s'" "$(id -u)" "$msg" ;;
  esac
}

valid_cron() {
  # 5 fields, each of digits, *, /, -, ,
  printf '%s\n' "$1" | grep -Eq '^([0-9*/,-]+[[:space:]]+){4}[0-9*/,-]+$'
}

current() { crontab -l 2>/dev/null || true; }

next_id() {
  n=$(current | grep -o "$TAG[0-9]*" | sed "s/.*://" | sort -n | tail -1)
  echo $(( ${n:-0} + 1 ))
}

case "${1:-}" in
  add)
    sched=${2:?schedule}; text=${3:?text}
    valid_cron "$sched" || { echo "invalid cron schedule: $sched" >&2; exit 2; }
    case "$text" in *'`'*|*'$('*) echo "reminder text may not contain shell substitutions" >&2; exit 2 ;; esac
    id=$(next_id)
    { current; printf '%s %s %s%s\n' "$sched" "$(notify_cmd "$text")" "$TAG" "$id"; } | crontab -
    echo "added reminder $id: [$sched] $text"
    ;;
  list)
    current | grep "$TAG" | sed -E "s/^(([^ ]+ ){5}).*'Reminder'.*'(.*)' $TAG([0-9]+)$/\4: [\1] \3/; s/^(([^ ]+ ){5}).*display notification \\\\?\"(.*)\\\\?\" with.*$TAG([0-9]+)$/\4: [\1] \3/" || echo "(none)"
    ;;
  rm)
    id=${2:?id}
    current | grep -v "$TAG$id\$" | crontab -
    echo "removed reminder $id"
    ;;
  *)
    echo "usage: desk-remind.sh add '<m h dom mon dow>' 'text' | list | rm <id>" >&2; exit 2 ;;
esac
