#!/usr/bin/env bash
# Read-only triage for macOS infostealer indicators. Changes nothing.
set -u
hr() { printf '\n==== %s ====\n' "$1"; }

SUSPICIOUS_ARGS='(/Users/Shared/|/tmp/|/private/tmp/|\.local-|/\.[A-Za-z0-9_-]+$|osascript|curl |base64)'
APPLE_PREFIX='^com\.apple\.'

hr "Host"
sw_vers 2>/dev/null; echo "user: $USER  uid: $(id -u)"; date

hr "LaunchAgents / LaunchDaemons (non-Apple)"
for dir in "$HOME/Library/LaunchAgents" /Library/LaunchAgents /Library/LaunchDaemons; do
  [ -d "$dir" ] || continue
  for plist in "$dir"/*.plist; do
    [ -e "$plist" ] || continue
    label=$(plutil -extract Label raw -o - "$plist" 2>/dev/null || echo "?")
    [[ "$label" =~ $APPLE_PREFIX ]] && continue
    prog=$(plutil -extract ProgramArguments xml1 -o - "$plist" 2>/dev/null | grep -o '<string>[^<]*' | sed 's/<string>//' | tr '\n' ' ')
    [ -z "$prog" ] && prog=$(plutil -extract Program raw -o - "$plist" 2>/dev/null)
    mtime=$(stat -f '%Sm' -t '%Y-%m-%d %H:%M' "$plist" 2>/dev/null)
    flag=""
    if echo "$prog" | grep -Eq "$SUSPICIOUS_ARGS"; then flag="  <-- SUSPICIOUS"; fi
    printf '%s\n  label: %s\n  modified: %s\n  runs: %s%s\n' "$plist" "$label" "$mtime" "$prog" "$flag"
    if [ -n "$flag" ]; then
      target=$(echo "$prog" | awk '{print $1}')
      [ -f "$target" ] && { echo "  target sha256: $(shasum -a 256 "$target" | awk '{print $1}')"; \
                             echo "  codesign: $(codesign -dv "$target" 2>&1 | grep -E 'Authority|not signed' | head -1)"; }
    fi
  done
done

hr "Known dropper artefacts"
for f in "$HOME/.pass" "$HOME/.username" "$HOME/.agent" "$HOME/.helper" /Users/Shared/.agent; do
  [ -e "$f" ] && echo "PRESENT: $f ($(stat -f '%Sm' "$f"))"
done

hr "Staging folders in /tmp and home (numeric names, last 14 days)"
find /tmp /private/tmp "$HOME" -maxdepth 1 -type d -regex '.*/[0-9]\{3,8\}$' -mtime -14 2>/dev/null | while read -r d; do
  echo "$d"; ls -la "$d" 2>/dev/null | head -20
done

hr "Recently created zip archives (last 14 days, top level of /tmp and home)"
find /tmp /private/tmp "$HOME" -maxdepth 2 -name '*.zip' -mtime -14 2>/dev/null | head -50

hr "Recent osascript / dscl usage in unified log (last 24h)"
log show --last 24h --style compact --predicate 'process == "osascript" OR (process == "dscl" AND eventMessage CONTAINS "authonly")' 2>/dev/null | tail -40

hr "Apps launched from quarantined DMGs (last 14 days)"
sqlite3 "$HOME/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2" \
  "select datetime(LSQuarantineTimeStamp + 978307200,'unixepoch'), LSQuarantineAgentName, LSQuarantineDataURLString from LSQuarantineEvent where LSQuarantineTimeStamp > (strftime('%s','now') - 978307200 - 1209600) order by 1 desc limit 40;" 2>/dev/null

hr "Outbound connections right now"
lsof -nP -iTCP -sTCP:ESTABLISHED 2>/dev/null | awk 'NR==1 || $9 ~ /->[0-9]/' | head -40

echo; echo "Triage complete. Nothing was modified."
