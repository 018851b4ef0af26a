#!/usr/bin/env bash
# gif.sh INPUT OUTPUT [width=480] [fps=12]
set -euo pipefail
in="$1"; out="$2"; width="${3:-480}"; fps="${4:-12}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/ffmpeg-tools-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
filters="fps=${fps},scale=${width}:-1:flags=lanczos"
ffmpeg -v warning -i "$in" -vf "${filters},palettegen=stats_mode=diff" -y "$tmp/palette.png"
ffmpeg -v warning -i "$in" -i "$tmp/palette.png" -lavfi "${filters} [x]; [x][1:v] paletteuse=dither=bayer:bayer_scale=5" -y "$out"
echo "wrote $out ($(du -h "$out" | cut -f1))"
