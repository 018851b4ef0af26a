#!/usr/bin/env bash
set -euo pipefail
DIR="$(cd "$(dirname "$0")" && pwd)"
CONF="$HOME/.config/cron-reminders"; mkdir -p "$CONF"
TAG="cron-reminders"

current() { crontab -l 2>/dev/null || true; }
save() { current > "$CONF/crontab.bak"; crontab -; }
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

case "${1:-}" in
  add)
    sched="${2:?schedule}"; text="${3:?text}"
    [ "$(echo "$sched" | wc -w)" -eq 5 ] || { echo "schedule must have 5 fields"; exit 2; }
    id="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' | cut -c1-4)"
    line="$sched $DIR/notify.sh $(quote "$text") # $TAG:$id"
    { current; echo "$line"; } | save
    echo "added [$id]: $line" ;;
  list)
    current | grep "# $TAG:" | sed -E "s/^(.*) $DIR\/notify.sh '(.*)' # $TAG:(.*)$/[\3] \1  →  \2/" || echo "no reminders" ;;
  remove)
    id="${2:?id}"
    current | grep -q "# $TAG:$id\$" || { echo "no reminder $id"; exit 1; }
    current | grep -v "# $TAG:$id\$" | save
    echo "removed $id" ;;
  remove-all)
    current | grep -v "# $TAG:" | save
    echo "removed all cron-reminders entries" ;;
  *) echo "usage: reminders.sh add 'M H DoM Mon DoW' 'text' | list | remove ID | remove-all"; exit 2 ;;
esac
