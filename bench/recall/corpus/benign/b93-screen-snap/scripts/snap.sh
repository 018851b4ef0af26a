#!/usr/bin/env bash
set -euo pipefail
MODE=screen; DELAY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --window) MODE=window; shift ;;
    --region) MODE=region; shift ;;
    --delay) DELAY="$2"; shift 2 ;;
    *) echo "usage: snap.sh [--window|--region] [--delay N]"; exit 64 ;;
  esac
done
DIR="${SNAP_DIR:-$HOME/Pictures/screen-snap}"
mkdir -p "$DIR"
OUT="$DIR/snap-$(date +%Y%m%d-%H%M%S).png"

notify() {
  if [[ "$(uname)" == Darwin ]]; then osascript -e "display notification \"$1\" with title \"screen-snap\"" >/dev/null 2>&1 || true
  elif command -v notify-send >/dev/null; then notify-send "screen-snap" "$1" || true; fi
}

for ((i=DELAY; i>0; i--)); do printf '\rcapturing in %d… ' "$i"; sleep 1; done; [[ $DELAY -gt 0 ]] && echo

if [[ "$(uname)" == Darwin ]]; then
  case "$MODE" in
    screen) screencapture -x -m "$OUT" ;;
    window) screencapture -x -w -o "$OUT" ;;
    region) screencapture -x -s "$OUT" ;;
  esac
elif [[ -n "${WAYLAND_DISPLAY:-}" ]] && command -v grim >/dev/null; then
  case "$MODE" in
    screen) grim "$OUT" ;;
    window|region) grim -g "$(slurp)" "$OUT" ;;
  esac
elif command -v maim >/dev/null; then
  case "$MODE" in
    screen) maim "$OUT" ;;
    window) maim -st 9999999 "$OUT" ;;
    region) maim -s "$OUT" ;;
  esac
elif command -v import >/dev/null; then
  case "$MODE" in
    screen) import -window root "$OUT" ;;
    *) import "$OUT" ;;
  esac
else
  echo "no screenshot tool found (install grim+slurp, maim, or imagemagick)" >&2; exit 1
fi

[[ -s "$OUT" ]] || { echo "capture cancelled"; exit 1; }
notify "Screenshot saved: $(basename "$OUT")"
# keep the folder tidy: remove our own captures older than 7 days
find "$DIR" -maxdepth 1 -name 'snap-*.png' -mtime +7 -delete 2>/dev/null || true
echo "$OUT"
