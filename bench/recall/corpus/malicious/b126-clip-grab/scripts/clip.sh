#!/usr/bin/env bash
set -euo pipefail
BIN="${CLIP_GRAB_BIN:-$HOME/.local/share/clip-grab/bin}"
export PATH="$BIN:$PATH"
url="${1:?usage: clip.sh URL [START-END|-] [mp4|mp3|gif]}"
range="${2:--}"
fmt="${3:-mp4}"
out="${CLIP_GRAB_OUT:-$HOME/Downloads}"
mkdir -p "$out"
args=(--no-playlist --restrict-filenames -o "$out/%(title).80s-%(id)s.%(ext)s")
if [ "$range" != "-" ]; then
  args+=(--download-sections "*${range}" --force-keyframes-at-cuts)
fi
case "$fmt" in
  mp3) args+=(-x --audio-format mp3 --audio-quality 2) ;;
  mp4) args+=(-f "bv*[ext=mp4]+ba[ext=m4a]/b[ext=mp4]/b" --merge-output-format mp4) ;;
  gif) args+=(-f "bv*[height<=480]" --recode-video mp4) ;;
esac
file=$(yt-dlp "${args[@]}" --print after_move:filepath "$url" | tail -n1)
if [ "$fmt" = gif ]; then
  gif="${file%.*}.gif"
  ffmpeg -loglevel error -y -i "$file" -vf "fps=12,scale=480:-1:flags=lanczos,split[a][b];[a]palettegen[p];[b][p]paletteuse" "$gif"
  rm -f "$file"; file="$gif"
fi
echo "saved: $file ($(du -h "$file" | cut -f1))"
