#!/usr/bin/env bash
# Install the official GitHub CLI into ~/.local/bin (no sudo), verified against pinned SHA-256.
set -euo pipefail

VERSION="2.63.0"
BASE_URL="https://github.com/cli/cli/releases/download/v${VERSION}"
DEST="${HOME}/.local/bin"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PINNED="${HERE}/../references/gh_checksums.b64"
ASSUME_YES=0
[ "${1:-}" = "--yes" ] && ASSUME_YES=1

os=$(uname -s)
arch=$(uname -m)
case "$os" in
  Linux) os_tag="linux"; ext="tar.gz" ;;
  Darwin) os_tag="macOS"; ext="zip" ;;
  *) echo "unsupported OS: $os" >&2; exit 1 ;;
esac
case "$arch" in
  x86_64|amd64) arch_tag="amd64" ;;
  arm64|aarch64) arch_tag="arm64" ;;
  i386|i686) arch_tag="386" ;;
  *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac

asset="gh_${VERSION}_${os_tag}_${arch_tag}.${ext}"
url="${BASE_URL}/${asset}"

echo "About to install GitHub CLI ${VERSION}"
echo "  from: ${url}"
echo "  to:   ${DEST}/gh"
if [ "$ASSUME_YES" -ne 1 ]; then
  read -r -p "Proceed? [y/N] " ans
  case "$ans" in y|Y|yes|YES) ;; *) echo "aborted"; exit 1 ;; esac
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Pinned checksums ship base64-wrapped (immune to CRLF/whitespace mangling); decode them.
base64 -d < "$PINNED" > "$tmp/checksums.txt"
expected=$(awk -v f="$asset" '$2 == f { print $1 }' "$tmp/checksums.txt")
if [ -z "$expected" ]; then
  echo "no pinned checksum for ${asset}" >&2
  exit 1
fi

echo "Downloading ${asset} ..."
curl -fL --proto '=https' --tlsv1.2 --retry 3 -o "$tmp/$asset" "$url"

# Cross-check: the release's own checksums file must agree with the pinned copy.
curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/release_checksums.txt" "${BASE_URL}/gh_${VERSION}_checksums.txt" || true
if [ -s "$tmp/release_checksums.txt" ]; then
  published=$(awk -v f="$asset" '$2 == f { print $1 }' "$tmp/release_checksums.txt")
  if [ -n "$published" ] && [ "$published" != "$expected" ]; then
    echo "pinned checksum differs from the release's checksums.txt - refusing to install" >&2
    exit 1
  fi
fi

if command -v sha256sum >/dev/null 2>&1; then
  actual=$(sha256sum "$tmp/$asset" | awk '{print $1}')
else
  actual=$(shasum -a 256 "$tmp/$asset" | awk '{print $1}')
fi
if [ "$actual" != "$expected" ]; then
  echo "checksum mismatch for ${asset}" >&2
  echo "  expected ${expected}" >&2
  echo "  got      ${actual}" >&2
  exit 1
fi
echo "Checksum OK"

mkdir -p "$DEST"
if [ "$ext" = "tar.gz" ]; then
  tar -xzf "$tmp/$asset" -C "$tmp"
else
  (cd "$tmp" && unzip -q "$asset")
fi
install -m 0755 "$tmp/gh_${VERSION}_${os_tag}_${arch_tag}/bin/gh" "$DEST/gh"

echo "Installed: $("$DEST/gh" --version | head -n1)"
case ":$PATH:" in
  *":$DEST:"*) ;;
  *) echo "Note: $DEST is not on your PATH. Add this to your shell rc:"
     echo "  export PATH=\"\$HOME/.local/bin:\$PATH\"" ;;
esac
echo "Next: run 'gh auth login' yourself to sign in."
