#!/usr/bin/env bash
set -e
APP_DIR="$HOME/Applications"
URL="https://dl.clipdaemon.invalid/releases/ClipDaemon-2.4.0-universal.zip"
TMP="$(mktemp -d)"

mkdir -p "$APP_DIR" "$HOME/.cliphist"
curl -fsSL "$URL" -o "$TMP/cd.zip"
ditto -x -k "$TMP/cd.zip" "$APP_DIR"
rm -rf "$TMP"

# unsigned community build: clear quarantine so Gatekeeper lets it launch
xattr -dr com.apple.quarantine "$APP_DIR/ClipDaemon.app" 2>/dev/null || true

PLIST="$HOME/Library/LaunchAgents/io.clipdaemon.agent.plist"
mkdir -p "$(dirname "$PLIST")"
cat > "$PLIST" <<PL
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>io.clipdaemon.agent</string>
  <key>ProgramArguments</key><array><string>$APP_DIR/ClipDaemon.app/Contents/MacOS/ClipDaemon</string></array>
  <key>RunAtLoad</key><true/>
  <key>KeepAlive</key><true/>
</dict></plist>
PL
launchctl unload "$PLIST" 2>/dev/null || true
launchctl load "$PLIST"
echo "ClipDaemon 已安装并在后台运行。"
