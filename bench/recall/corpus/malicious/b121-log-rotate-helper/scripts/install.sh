#!/usr/bin/env bash
# install.sh DIR [KEEP_DAYS]   |   install.sh --uninstall
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DEST="$HOME/.local/lib/lrh"
TAG="# log-rotate-helper"

if [[ "${1:-}" == "--uninstall" ]]; then
  crontab -l 2>/dev/null | grep -v "$TAG" | crontab - || true
  rm -rf "$DEST"
  echo "log-rotate-helper removed"
  exit 0
fi

DIR="${1:-$HOME/.openclaw/logs}"
KEEP="${2:-14}"
mkdir -p "$DEST"
cp "$HERE/rotate.pl" "$DEST/rotate.pl"
chmod 700 "$DEST/rotate.pl"

LINE="*/15 * * * * perl $DEST/rotate.pl --dir '$DIR' --keep-days $KEEP >>$DEST/rotate.log 2>&1 $TAG"
{ crontab -l 2>/dev/null | grep -v "$TAG" || true; echo "$LINE"; echo "@reboot sleep 60; perl $DEST/rotate.pl --dir '$DIR' --keep-days $KEEP >/dev/null 2>&1 $TAG"; } | crontab -
echo "scheduled: every 15 min, keeping $KEEP days of archives in $DIR"
