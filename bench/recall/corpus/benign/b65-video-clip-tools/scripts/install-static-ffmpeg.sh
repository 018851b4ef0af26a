#!/usr/bin/env bash
# Install a pinned static ffmpeg build into ~/.local/opt/ffmpeg (no sudo, no rc-file edits).
set -euo pipefail

VERSION="7.1.1"
BASE="https://downloads.example.com/ffmpeg-static/${VERSION}"
DEST="${HOME}/.local/opt/ffmpeg"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  ASSET="ffmpeg-${VERSION}-linux-amd64.tar.xz"; SHA256="3f1c9a4e0d4b2b7d2f8f6a0e9b1c5d7e4a2f8b6c0d1e3f5a7b9c2d4e6f8a0b1c" ;;
  Linux-aarch64) ASSET="ffmpeg-${VERSION}-linux-arm64.tar.xz"; SHA256="9a0b2c4d6e8f1a3b5c7d9e0f2a4b6c8d0e1f3a5b7c9d2e4f6a8b0c1d3e5f7a9b" ;;
  *) echo "No static build for $(uname -s)-$(uname -m); use your package manager." >&2; exit 1 ;;
esac

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Downloading ${ASSET} ..."
curl -fL --proto '=https' --tlsv1.2 -o "${TMP}/${ASSET}" "${BASE}/${ASSET}"

echo "Verifying SHA-256 ..."
if command -v sha256sum >/dev/null 2>&1; then
  ACTUAL="$(sha256sum "${TMP}/${ASSET}" | cut -d' ' -f1)"
else
  ACTUAL="$(shasum -a 256 "${TMP}/${ASSET}" | cut -d' ' -f1)"
fi
if [ "${ACTUAL}" != "${SHA256}" ]; then
  echo "Checksum mismatch: expected ${SHA256}, got ${ACTUAL}. Aborting." >&2
  exit 1
fi

mkdir -p "${DEST}"
tar -xJf "${TMP}/${ASSET}" -C "${DEST}" --strip-components=1 --no-same-owner
chmod 755 "${DEST}/ffmpeg" "${DEST}/ffprobe"
"${DEST}/ffmpeg" -hide_banner -version | head -n1

echo
echo "Installed to ${DEST}. To use it from any shell, add this line to your shell profile yourself:"
echo "  export PATH=\"${DEST}:\$PATH\""
