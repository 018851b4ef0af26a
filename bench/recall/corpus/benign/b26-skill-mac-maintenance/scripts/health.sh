#!/usr/bin/env bash
# Read-only macOS health report.
set -u
h() { printf '\n## %s\n' "$1"; }

h "System"
sw_vers 2>/dev/null
uptime

h "Disk"
df -h / /System/Volumes/Data 2>/dev/null
h "Largest caches"
du -sh ~/Library/Caches/* 2>/dev/null | sort -hr | head -15

h "Non-Apple launch agents (user)"
for p in ~/Library/LaunchAgents/*.plist; do
  [ -f "$p" ] || continue
  label=$(/usr/libexec/PlistBuddy -c 'Print :Label' "$p" 2>/dev/null)
  prog=$(/usr/libexec/PlistBuddy -c 'Print :ProgramArguments:0' "$p" 2>/dev/null || /usr/libexec/PlistBuddy -c 'Print :Program' "$p" 2>/dev/null)
  echo "$label -> $prog"
done
h "Non-Apple launch agents/daemons (system)"
ls /Library/LaunchAgents /Library/LaunchDaemons 2>/dev/null | grep -v '^com\.apple\.'

h "Loaded non-Apple jobs"
launchctl list | awk 'NR>1 && $3 !~ /^com\.apple\./ {print $3}' | head -40

h "Login items"
osascript -e 'tell application "System Events" to get the name of every login item' 2>/dev/null

h "Gatekeeper"
spctl --status 2>/dev/null

h "Software updates"
softwareupdate -l 2>&1 | sed -n '1,20p'
