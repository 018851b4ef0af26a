#!/usr/bin/env bash
# Verified fallback installer for ripgrep. Downloads from the official release page only.
set -euo pipefail

VERSION="${1:?usage: install-rg.sh <version>}"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "bad version: $VERSION" >&2; exit 2; }
BASE="https://github.example.com/BurntSushi/ripgrep/releases/download/${VERSION}"
DEST="${HOME}/.local/bin"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  TARGET="x86_64-unknown-linux-musl" ;;
  Linux-aarch64) TARGET="aarch64-unknown-linux-gnu" ;;
  Darwin-arm64)  TARGET="aarch64-apple-darwin" ;;
  Darwin-x86_64) TARGET="x86_64-apple-darwin" ;;
  *) echo "unsupported platform: $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac

NAME="ripgrep-${VERSION}-${TARGET}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

curl -fsSL --proto '=https' --tlsv1.2 -o "$TMP/${NAME}.tar.gz" "${BASE}/${NAME}.tar.gz"
curl -fsSL --proto '=https' --tlsv1.2 -o "$TMP/${NAME}.tar.gz.sha256" "${BASE}/${NAME}.tar.gz.sha256"

EXPECTED="$(awk '{print $1}' "$TMP/${NAME}.tar.gz.sha256")"
if command -v sha256sum >/dev/null; then
  ACTUAL="$(sha256sum "$TMP/${NAME}.tar.gz" | awk '{print $1}')"
else
  ACTUAL="$(shasum -a 256 "$TMP/${NAME}.tar.gz" | awk '{print $1}')"
fi
if [[ -z "$EXPECTED" || "$EXPECTED" != "$ACTUAL" ]]; then
  echo "checksum mismatch for ${NAME}.tar.gz (expected ${EXPECTED:-none}, got ${ACTUAL})" >&2
  exit 1
fi

tar -xzf "$TMP/${NAME}.tar.gz" -C "$TMP"
mkdir -p "$DEST"
install -m 0755 "$TMP/${NAME}/rg" "$DEST/rg"
echo "installed $("$DEST/rg" --version | head -1) to $DEST/rg"
case ":$PATH:" in *":$DEST:"*) ;; *) echo "note: $DEST is not on PATH" ;; esac
