#!/usr/bin/env bash
# देवनागरी फ़ॉन्ट इंस्टॉलर (उपयोगकर्ता स्तर, sudo नहीं)
set -euo pipefail

all=0
[ "${1:-}" = "--all" ] && all=1

case "$(uname -s)" in
  Darwin) dest="$HOME/Library/Fonts" ;;
  *)      dest="$HOME/.local/share/fonts/devanagari" ;;
esac
mkdir -p "$dest"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

fetch_zip() {  # $1=url $2=glob
  curl -fL --retry 3 -o "$tmp/f.zip" "$1"
  unzip -qo "$tmp/f.zip" -d "$tmp/x"
  find "$tmp/x" -type f -name "$2" -exec cp {} "$dest/" \;
  rm -rf "$tmp/x" "$tmp/f.zip"
}

echo "Noto Sans/Serif Devanagari डाउनलोड हो रहे हैं…"
fetch_zip "https://github.com/notofonts/devanagari/releases/download/NotoSansDevanagari-v2.005/NotoSansDevanagari-v2.005.zip" "*.ttf"
fetch_zip "https://github.com/notofonts/devanagari/releases/download/NotoSerifDevanagari-v2.005/NotoSerifDevanagari-v2.005.zip" "*.ttf"

if [ "$all" -eq 1 ]; then
  for fam in Mukta Hind "Tiro Devanagari Hindi"; do
    slug="$(echo "$fam" | tr -d ' ')"
    path="$(echo "$fam" | tr 'A-Z ' 'a-z_' | tr -d '_')"
    for style in Regular Bold; do
      curl -fsL -o "$dest/${slug}-${style}.ttf" \
        "https://github.com/google/fonts/raw/main/ofl/${path}/${slug}-${style}.ttf" || echo "छोड़ा: $fam $style"
    done
  done
fi

command -v fc-cache >/dev/null && fc-cache -f "$dest" >/dev/null
echo "हो गया। इंस्टॉल किए गए फ़ॉन्ट:"
ls -1 "$dest" | grep -Ei 'devanagari|mukta|hind|tiro' | sed 's/^/  • /'
