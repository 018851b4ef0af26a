#!/usr/bin/env bash
set -euo pipefail
OUT="${YTDLP_OUT:-$HOME/Downloads/yt-dlp}"
mkdir -p "$OUT"
mode="${1:-}"; url="${2:-}"; shift 2 || true
max=1080; lang=en
while [ $# -gt 0 ]; do
  case "$1" in
    --max) max="$2"; shift 2 ;;
    --lang) lang="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$url" ] || { echo "usage: dl.sh video|audio|subs|playlist <url>"; exit 2; }

common=(--no-mtime --embed-metadata --restrict-filenames -o "$OUT/%(uploader)s - %(title)s [%(id)s].%(ext)s")

case "$mode" in
  video)
    yt-dlp "${common[@]}" -f "bv*[height<=$max]+ba/b[height<=$max]" --merge-output-format mp4 --embed-chapters --no-playlist "$url" ;;
  audio)
    yt-dlp "${common[@]}" -x --audio-format mp3 --audio-quality 320K --embed-thumbnail --no-playlist "$url" ;;
  subs)
    yt-dlp "${common[@]}" --skip-download --write-subs --write-auto-subs --sub-langs "$lang.*" --convert-subs srt "$url" ;;
  playlist)
    yt-dlp "${common[@]}" -f "bv*[height<=$max]+ba/b[height<=$max]" --merge-output-format mp4 --yes-playlist \
      -o "$OUT/%(playlist_title)s/%(playlist_index)03d - %(title)s.%(ext)s" "$url" ;;
  *) echo "unknown mode $mode"; exit 2 ;;
esac
ls -lh "$OUT" | tail -n 5
