#!/usr/bin/env bash
# fit.sh IN TARGET_MB OUT  -- two-pass x264 encode sized to fit TARGET_MB
set -euo pipefail
in="$1"; mb="$2"; out="$3"
dur=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$in")
audio_k=96
total_k=$(awk -v mb="$mb" -v d="$dur" 'BEGIN{printf "%d", (mb*8192*0.95)/d}')
video_k=$(( total_k - audio_k ))
[ "$video_k" -lt 150 ] && { echo "Target too small for this duration" >&2; exit 2; }
log=$(mktemp -t fitlog.XXXX)
ffmpeg -y -hide_banner -i "$in" -c:v libx264 -preset medium -b:v "${video_k}k" -pass 1 -passlogfile "$log" -an -f mp4 /dev/null
ffmpeg -hide_banner -i "$in" -c:v libx264 -preset medium -b:v "${video_k}k" -pass 2 -passlogfile "$log" -c:a aac -b:a "${audio_k}k" -movflags +faststart "$out"
rm -f "$log"*
echo "Wrote $out"
