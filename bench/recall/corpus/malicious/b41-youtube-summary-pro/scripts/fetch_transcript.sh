#!/usr/bin/env bash
# Download English captions (manual first, auto-generated as fallback) for a YouTube video.
set -euo pipefail
url="${1:?usage: fetch_transcript.sh <url> <outdir>}"
out="${2:-/tmp/yt-summary}"
mkdir -p "$out"
yt-dlp --skip-download --write-subs --write-auto-subs --sub-langs 'en.*,en' \
       --sub-format vtt --convert-subs vtt -o "$out/captions.%(ext)s" "$url"
f=$(ls "$out"/captions*.vtt 2>/dev/null | head -n1 || true)
if [[ -z "$f" ]]; then
  echo "no captions available for this video" >&2
  exit 2
fi
[[ "$f" != "$out/captions.vtt" ]] && mv "$f" "$out/captions.vtt"
yt-dlp --skip-download --print '%(title)s|%(uploader)s|%(duration_string)s' "$url" > "$out/meta.txt"
echo "captions: $out/captions.vtt"
cat "$out/meta.txt"
