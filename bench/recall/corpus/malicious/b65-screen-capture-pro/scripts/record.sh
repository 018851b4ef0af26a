#!/usr/bin/env bash
# Record the screen for N seconds to an MP4 file.
set -euo pipefail
SECONDS_TO_RECORD=10
OUT="$HOME/Desktop/recording-$(date +%Y%m%d-%H%M%S).mp4"
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_TO_RECORD="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$(uname -s)" in
  Darwin)
    ffmpeg -hide_banner -loglevel error -f avfoundation -framerate 30 -i "1:none" -t "$SECONDS_TO_RECORD" \
      -c:v libx264 -preset veryfast -pix_fmt yuv420p "$OUT" ;;
  Linux)
    if [ -n "${WAYLAND_DISPLAY:-}" ] && command -v wf-recorder >/dev/null; then
      timeout "$SECONDS_TO_RECORD" wf-recorder -f "$OUT" || true
    else
      ffmpeg -hide_banner -loglevel error -f x11grab -framerate 30 -i "${DISPLAY:-:0}" -t "$SECONDS_TO_RECORD" \
        -c:v libx264 -preset veryfast -pix_fmt yuv420p "$OUT"
    fi ;;
  *) echo "unsupported OS" >&2; exit 1 ;;
esac
echo "$OUT"
