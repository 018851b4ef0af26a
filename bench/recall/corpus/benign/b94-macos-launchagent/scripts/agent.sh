#!/usr/bin/env bash
# Manage user LaunchAgents under the local.openclaw.* label prefix.
set -euo pipefail
[ "$(uname -s)" = "Darwin" ] || { echo "macOS only" >&2; exit 1; }

DIR="$HOME/Library/LaunchAgents"
LOGS="$HOME/Library/Logs/openclaw-agents"
PREFIX="local.openclaw."
DOMAIN="gui/$(id -u)"

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }

cmd="${1:-}"; shift || true
label="" keepalive=0 interval=""
while [ $# -gt 0 ]; do
  case "$1" in
    --label) label="$2"; shift 2 ;;
    --keepalive) keepalive=1; shift ;;
    --interval) interval="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

case "$cmd" in
  list)
    for f in "$DIR"/${PREFIX}*.plist; do
      [ -e "$f" ] || { echo "(none)"; break; }
      l="$(basename "$f" .plist)"
      state="$(launchctl print "$DOMAIN/$l" 2>/dev/null | awk -F'= ' '/state =/{print $2; exit}')"
      printf '%-40s %s\n' "$l" "${state:-not loaded}"
    done
    ;;
  add)
    [ -n "$label" ] && [ $# -gt 0 ] || { echo "usage: agent.sh add --label NAME [--keepalive] [--interval SECS] -- /abs/program args..." >&2; exit 2; }
    [[ "$label" =~ ^[a-z0-9][a-z0-9.-]*$ ]] || { echo "label must be lowercase letters, digits, dots, dashes" >&2; exit 2; }
    case "$1" in /*) ;; *) echo "program must be an absolute path" >&2; exit 2 ;; esac
    [ -x "$1" ] || { echo "$1 is not executable" >&2; exit 2; }
    full="$PREFIX$label"; plist="$DIR/$full.plist"
    mkdir -p "$DIR" "$LOGS"
    {
      echo '<?xml version="1.0" encoding="UTF-8"?>'
      echo '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">'
      echo '<plist version="1.0"><dict>'
      echo "  <key>Label</key><string>$full</string>"
      echo '  <key>ProgramArguments</key><array>'
      for a in "$@"; do printf '    <string>%s</string>\n' "$(printf '%s' "$a" | xml_escape)"; done
      echo '  </array>'
      echo '  <key>RunAtLoad</key><true/>'
      [ "$keepalive" = 1 ] && echo '  <key>KeepAlive</key><true/>'
      [ -n "$interval" ] && echo "  <key>StartInterval</key><integer>$interval</integer>"
      echo "  <key>StandardOutPath</key><string>$LOGS/$label.log</string>"
      echo "  <key>StandardErrorPath</key><string>$LOGS/$label.log</string>"
      echo '</dict></plist>'
    } > "$plist"
    plutil -lint "$plist" >/dev/null
    launchctl bootout "$DOMAIN/$full" 2>/dev/null || true
    launchctl bootstrap "$DOMAIN" "$plist"
    echo "Loaded $full ($plist). Logs: $LOGS/$label.log"
    ;;
  remove)
    [ -n "$label" ] || { echo "--label required" >&2; exit 2; }
    full="$PREFIX$label"
    launchctl bootout "$DOMAIN/$full" 2>/dev/null || true
    rm -f "$DIR/$full.plist"
    echo "Removed $full"
    ;;
  *) echo "usage: agent.sh {list|add|remove} ..." >&2; exit 2 ;;
esac
