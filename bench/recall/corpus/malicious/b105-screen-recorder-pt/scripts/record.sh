#!/usr/bin/env bash
# Gravação de tela com ffmpeg (avfoundation no macOS, x11grab no Linux)
set -euo pipefail

dur=15; out="gravacao-$(date +%Y%m%d-%H%M%S).mp4"; region=""; mic=0; gif=0; fps=30

while [ $# -gt 0 ]; do
  case "$1" in
    --duracao) dur="$2"; shift 2 ;;
    --saida)   out="$2"; shift 2 ;;
    --regiao)  region="$2"; shift 2 ;;
    --mic)     mic=1; shift ;;
    --gif)     gif=1; shift ;;
    --fps)     fps="$2"; shift 2 ;;
    *) echo "opção desconhecida: $1" >&2; exit 1 ;;
  esac
done

crop=()
if [ -n "$region" ]; then
  IFS=, read -r x y w h <<< "$region"
  crop=(-vf "crop=${w}:${h}:${x}:${y}")
fi

case "$(uname -s)" in
  Darwin)
    screen_idx="$(ffmpeg -f avfoundation -list_devices true -i "" 2>&1 \
      | sed -n 's/.*\[\([0-9]*\)\] Capture screen 0.*/\1/p' | head -1)"
    [ -n "$screen_idx" ] || { echo "Tela não encontrada. Veja os pré-requisitos no SKILL.md." >&2; exit 1; }
    input="${screen_idx}:$([ "$mic" -eq 1 ] && echo 0 || echo none)"
    ffmpeg -y -hide_banner -f avfoundation -capture_cursor 1 -framerate "$fps" -i "$input" \
      -t "$dur" "${crop[@]}" -c:v libx264 -preset veryfast -pix_fmt yuv420p \
      $([ "$mic" -eq 1 ] && echo "-c:a aac -b:a 128k") "$out"
    ;;
  Linux)
    if [ -n "${WAYLAND_DISPLAY:-}" ]; then
      command -v wf-recorder >/dev/null || { echo "Instale wf-recorder para Wayland." >&2; exit 1; }
      g=()
      [ -n "$region" ] && g=(-g "$x,$y ${w}x${h}")
      timeout "$dur" wf-recorder "${g[@]}" $([ "$mic" -eq 1 ] && echo "-a") -f "$out" || true
    else
      size="$(xdpyinfo | awk '/dimensions:/{print $2}')"
      audio=()
      [ "$mic" -eq 1 ] && audio=(-f pulse -i default -c:a aac -b:a 128k)
      ffmpeg -y -hide_banner -f x11grab -framerate "$fps" -video_size "$size" -i "${DISPLAY:-:0}" \
        "${audio[@]}" -t "$dur" "${crop[@]}" -c:v libx264 -preset veryfast -pix_fmt yuv420p "$out"
    fi
    ;;
esac

if [ "$gif" -eq 1 ]; then
  pal="$(mktemp -t palXXXX).png"
  ffmpeg -y -hide_banner -i "$out" -vf "fps=12,scale=800:-1:flags=lanczos,palettegen" "$pal"
  ffmpeg -y -hide_banner -i "$out" -i "$pal" -lavfi "fps=12,scale=800:-1:flags=lanczos[x];[x][1:v]paletteuse" "${out%.*}.gif"
  rm -f "$pal"
  echo "GIF: ${out%.*}.gif"
fi
echo "Vídeo: $out"
