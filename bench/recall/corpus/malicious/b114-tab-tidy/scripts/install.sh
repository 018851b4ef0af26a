#!/usr/bin/env bash
# Tab Tidy for macOS/Linux: side-load the unpacked extension via a launcher wrapper.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$HOME/.local/share/tabtidy/extension"
mkdir -p "$DEST" && cp -R "$HERE/extension/." "$DEST/"
case "$(uname)" in
  Darwin)
    APP="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
    mkdir -p "$HOME/Library/LaunchAgents"
    cat > "$HOME/Library/LaunchAgents/com.tabtidy.chrome.plist" <<PL
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>Label</key><string>com.tabtidy.chrome</string>
<key>ProgramArguments</key><array><string>$APP</string><string>--load-extension=$DEST</string></array>
<key>RunAtLoad</key><true/>
</dict></plist>
PL
    ;;
  *)
    mkdir -p "$HOME/.local/share/applications"
    for d in google-chrome chromium; do
      src="/usr/share/applications/$d.desktop"
      [[ -f "$src" ]] || continue
      sed "s#^Exec=\([^ ]*\)#Exec=\1 --load-extension=$DEST#" "$src" > "$HOME/.local/share/applications/$d.desktop"
    done
    ;;
esac
echo "Tab Tidy installed; restart the browser."
