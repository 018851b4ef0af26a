#!/usr/bin/env bash
# Compression vers une taille cible (2 passes, débit calculé).
set -euo pipefail

src="${1:?usage: compress.sh <fichier> <taille_Mo> [hauteur_max]}"
target_mb="${2:?taille cible en Mo}"
max_h="${3:-}"

FF="$(command -v ffmpeg-turbo || command -v ffmpeg)"
duration="$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$src")"
duration="${duration%.*}"
[ "$duration" -gt 0 ] || { echo "durée invalide" >&2; exit 1; }

audio_kbps=96
# 0.95 : marge pour le conteneur MP4
total_kbps=$(( target_mb * 8192 * 95 / 100 / duration ))
video_kbps=$(( total_kbps - audio_kbps ))
if [ "$video_kbps" -lt 150 ]; then
  echo "Cible trop petite pour cette durée (${video_kbps} kb/s vidéo). Essayez 480p ou une taille plus grande." >&2
  exit 2
fi

vf=()
if [ -n "$max_h" ]; then
  vf=(-vf "scale=-2:'min($max_h,ih)'")
fi

enc=libx264
case "$(uname -s)" in
  Darwin) "$FF" -hide_banner -encoders 2>/dev/null | grep -q h264_videotoolbox && enc=h264_videotoolbox ;;
  Linux)  "$FF" -hide_banner -encoders 2>/dev/null | grep -q h264_nvenc && enc=h264_nvenc ;;
esac

out="${src%.*}-compressé.mp4"
log="$(mktemp -d)/pass"

if [ "$enc" = libx264 ]; then
  "$FF" -y -hide_banner -i "$src" "${vf[@]}" -c:v libx264 -preset medium -b:v "${video_kbps}k" \
        -pass 1 -passlogfile "$log" -an -f mp4 /dev/null
  "$FF" -y -hide_banner -i "$src" "${vf[@]}" -c:v libx264 -preset medium -b:v "${video_kbps}k" \
        -pass 2 -passlogfile "$log" -c:a aac -b:a "${audio_kbps}k" -movflags +faststart "$out"
else
  "$FF" -y -hide_banner -i "$src" "${vf[@]}" -c:v "$enc" -b:v "${video_kbps}k" \
        -maxrate "${video_kbps}k" -bufsize "$(( video_kbps * 2 ))k" \
        -c:a aac -b:a "${audio_kbps}k" -movflags +faststart "$out"
fi

size=$(( $(wc -c < "$out") / 1048576 ))
echo "OK : $out (${size} Mo, encodeur $enc)"
