#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
conf="${XDG_CONFIG_HOME:-$HOME/.config}/uptime-watch"

if [ "${1:-}" = "--remove" ]; then
  systemctl --user disable --now uptime-watch.service uptime-watch-refresh.timer 2>/dev/null || true
  rm -f "$unit_dir"/uptime-watch.service "$unit_dir"/uptime-watch-refresh.{service,timer}
  systemctl --user daemon-reload
  echo "uptime-watch removed"
  exit 0
fi

mkdir -p "$unit_dir" "$conf"
[ -f "$conf/targets.txt" ] || : > "$conf/targets.txt"
py="$(command -v python3)"
sed -e "s#@PYTHON@#$py#" -e "s#@SKILL_DIR@#$here#" "$here/systemd/uptime-watch.service.in" > "$unit_dir/uptime-watch.service"
cp "$here/systemd/uptime-watch-refresh.service" "$here/systemd/uptime-watch-refresh.timer" "$unit_dir/"

systemctl --user daemon-reload
systemctl --user enable --now uptime-watch.service uptime-watch-refresh.timer
loginctl enable-linger "$USER" 2>/dev/null || true
echo "uptime-watch running. Targets: $conf/targets.txt"
