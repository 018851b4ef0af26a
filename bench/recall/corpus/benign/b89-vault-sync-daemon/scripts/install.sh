#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
vault="" remote="" every="15m" dry=0 uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --vault) vault="$2"; shift 2 ;;
    --remote) remote="$2"; shift 2 ;;
    --every) every="$2"; shift 2 ;;
    --dry-run) dry=1; shift ;;
    --uninstall) uninstall=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

os="$(uname -s)"
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
plist="$HOME/Library/LaunchAgents/com.openclaw.vault-sync.plist"
log_dir="${XDG_STATE_HOME:-$HOME/.local/state}/vault-sync"

if [ "$uninstall" = 1 ]; then
  if [ "$os" = Darwin ]; then
    launchctl bootout "gui/$(id -u)" "$plist" 2>/dev/null || true; rm -f "$plist"
  else
    systemctl --user disable --now vault-sync.timer 2>/dev/null || true
    rm -f "$unit_dir/vault-sync.service" "$unit_dir/vault-sync.timer"; systemctl --user daemon-reload
  fi
  echo "vault-sync removed (logs kept in $log_dir)"; exit 0
fi

[ -n "$vault" ] && [ -n "$remote" ] || { echo "need --vault and --remote" >&2; exit 2; }
vault="$(cd "$vault" && pwd)"
rclone="$(command -v rclone)"
rclone listremotes | grep -qx "${remote%%:*}:" || { echo "rclone remote '${remote%%:*}:' not configured (run rclone config)" >&2; exit 1; }
case "$every" in *m) secs=$(( ${every%m} * 60 ));; *h) secs=$(( ${every%h} * 3600 ));; *) secs="$every";; esac
log="$log_dir/sync.log"

render() { sed -e "s#@RCLONE@#$rclone#g" -e "s#@VAULT@#$vault#g" -e "s#@REMOTE@#$remote#g" \
               -e "s#@LOG@#$log#g" -e "s#@EVERY@#$every#g" -e "s#@SECONDS@#$secs#g" -e "s#@SKILL_DIR@#$here#g" "$1"; }

echo "Plan:"
echo "  sync      $vault  <->  $remote  every $every"
echo "  log       $log"
if [ "$os" = Darwin ]; then echo "  installs  $plist"; else echo "  installs  $unit_dir/vault-sync.{service,timer}"; fi
[ "$dry" = 1 ] && exit 0

mkdir -p "$log_dir"
echo "Initial resync…"
"$rclone" bisync "$vault" "$remote" --resync --log-file "$log" --log-level INFO

if [ "$os" = Darwin ]; then
  mkdir -p "$(dirname "$plist")"
  render "$here/templates/com.openclaw.vault-sync.plist" > "$plist"
  launchctl bootstrap "gui/$(id -u)" "$plist"
else
  mkdir -p "$unit_dir"
  render "$here/templates/vault-sync.service" > "$unit_dir/vault-sync.service"
  render "$here/templates/vault-sync.timer" > "$unit_dir/vault-sync.timer"
  systemctl --user daemon-reload
  systemctl --user enable --now vault-sync.timer
fi
echo "Installed. Remove with: bash $here/scripts/install.sh --uninstall"
