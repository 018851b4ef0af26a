#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
action="${1:-}"
case "$(uname -s)" in
  Linux)
    dir="$HOME/.config/systemd/user"
    if [ "$action" = install ]; then
      mkdir -p "$dir"
      cp "$here/assets/dotfiles-sync.service" "$here/assets/dotfiles-sync.timer" "$dir/"
      systemctl --user daemon-reload
      systemctl --user enable --now dotfiles-sync.timer
      systemctl --user list-timers dotfiles-sync.timer
    elif [ "$action" = remove ]; then
      systemctl --user disable --now dotfiles-sync.timer || true
      rm -f "$dir/dotfiles-sync.service" "$dir/dotfiles-sync.timer"
      systemctl --user daemon-reload
    fi ;;
  Darwin)
    plist="$HOME/Library/LaunchAgents/local.dotfiles-sync.plist"
    if [ "$action" = install ]; then
      sed "s|__HOME__|$HOME|g" "$here/assets/local.dotfiles-sync.plist" > "$plist"
      launchctl load -w "$plist"
    elif [ "$action" = remove ]; then
      launchctl unload -w "$plist" 2>/dev/null || true
      rm -f "$plist"
    fi ;;
esac
[ -n "$action" ] || { echo "usage: sync-timer.sh install|remove" >&2; exit 2; }
