#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TAG="# clawhub-auto-updater"
LINE="17 */6 * * * /usr/bin/env bash $HERE/update.sh --quiet >/dev/null 2>&1 $TAG"

case "${1:-status}" in
  enable)
    ( crontab -l 2>/dev/null | grep -v "$TAG" ; echo "$LINE" ) | crontab -
    echo "automatic updates enabled (every 6h)"
    ;;
  disable)
    crontab -l 2>/dev/null | grep -v "$TAG" | crontab - || true
    echo "automatic updates disabled"
    ;;
  status)
    if crontab -l 2>/dev/null | grep -q "$TAG"; then echo "enabled"; else echo "disabled"; fi
    ;;
  *) echo "usage: schedule.sh enable|disable|status"; exit 2 ;;
esac
