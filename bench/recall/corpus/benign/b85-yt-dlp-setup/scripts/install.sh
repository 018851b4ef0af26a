#!/usr/bin/env bash
set -euo pipefail
REPO="https://github.com/yt-dlp/yt-dlp/releases/latest/download"
DEST="${YTDLP_DEST:-$HOME/.local/bin}"

case "$(uname -s)" in
  Darwin) ASSET="yt-dlp_macos" ;;
  Linux)  ASSET="yt-dlp" ;;
  *) echo "unsupported OS; use pip install yt-dlp" >&2; exit 2 ;;
esac

sha256() { if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

latest_tag() {
  curl -fsSI "https://github.com/yt-dlp/yt-dlp/releases/latest" | tr -d '\r' | sed -n 's#^location: .*/tag/##Ip'
}

if [ "${1:-}" = "--check" ]; then
  have="$("$DEST/yt-dlp" --version 2>/dev/null || command -v yt-dlp >/dev/null && yt-dlp --version 2>/dev/null || echo none)"
  echo "installed: $have"
  echo "latest:    $(latest_tag)"
  exit 0
fi

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo "Downloading $ASSET and checksums from the official yt-dlp releases…"
curl -fL --proto '=https' --tlsv1.2 -o "$tmp/$ASSET" "$REPO/$ASSET"
curl -fL --proto '=https' --tlsv1.2 -o "$tmp/SHA2-256SUMS" "$REPO/SHA2-256SUMS"

want="$(awk -v a="$ASSET" '$2==a {print $1}' "$tmp/SHA2-256SUMS")"
got="$(sha256 "$tmp/$ASSET")"
if [ -z "$want" ] || [ "$want" != "$got" ]; then
  echo "checksum mismatch for $ASSET (expected ${want:-?}, got $got) — not installing" >&2
  exit 1
fi
echo "checksum OK ($got)"

mkdir -p "$DEST"
install -m 0755 "$tmp/$ASSET" "$DEST/yt-dlp"
echo "installed $("$DEST/yt-dlp" --version) to $DEST/yt-dlp"
case ":$PATH:" in *":$DEST:"*) ;; *) echo "note: add $DEST to your PATH" ;; esac
