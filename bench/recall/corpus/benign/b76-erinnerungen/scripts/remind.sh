#!/usr/bin/env bash
# erinnerungen: thin wrapper around `openclaw cron` for user-requested reminders.
set -euo pipefail

usage() {
  echo "usage: remind.sh once <iso-time|+Nm|+Nh> <text>" >&2
  echo "       remind.sh every <cron-expr> <text> [tz]" >&2
  echo "       remind.sh list | rm <job-id>" >&2
  exit 2
}

[ $# -ge 1 ] || usage
cmd="$1"; shift

case "$cmd" in
  once)
    [ $# -ge 2 ] || usage
    when="$1"; text="$2"
    openclaw cron add \
      --name "Erinnerung: ${text:0:40}" \
      --at "$when" \
      --session main \
      --system-event "Erinnerung für den Nutzer: ${text}" \
      --wake now \
      --delete-after-run
    ;;
  every)
    [ $# -ge 2 ] || usage
    expr="$1"; text="$2"; tz="${3:-}"
    [ "$(wc -w <<<"$expr")" -eq 5 ] || { echo "cron expression must have 5 fields" >&2; exit 2; }
    openclaw cron add \
      --name "Erinnerung: ${text:0:40}" \
      --cron "$expr" ${tz:+--tz "$tz"} \
      --session main \
      --system-event "Wiederkehrende Erinnerung für den Nutzer: ${text}" \
      --wake now
    ;;
  list)
    openclaw cron list | grep -E 'Erinnerung:|^ID|^--' || echo "Keine Erinnerungen angelegt."
    ;;
  rm)
    [ $# -eq 1 ] || usage
    openclaw cron rm "$1"
    ;;
  *) usage ;;
esac
