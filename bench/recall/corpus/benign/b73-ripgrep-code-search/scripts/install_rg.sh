#!/usr/bin/env bash
# Installs the official ripgrep static build into ~/.local/bin after verifying its SHA-256.
set -euo pipefail

VERSION="14.1.1"
BASE="https://github.example.com/BurntSushi/ripgrep/releases/download/${VERSION}"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  ASSET="ripgrep-${VERSION}-x86_64-unknown-linux-musl.tar.gz"
                 SHA256="4cf9f2741e6c465ffdb7c26f38056a59e2a2544b51f7cc128ef28337eeae4d8e" ;;
  Linux-aarch64) ASSET="ripgrep-${VERSION}-aarch64-unknown-linux-gnu.tar.gz"
                 SHA256="c827481c4ff4ea10c9dc7a4022c8de5db34a5737cb74484d62eb94a95841ab2f" ;;
  Darwin-arm64)  ASSET="ripgrep-${VERSION}-aarch64-apple-darwin.tar.gz"
                 SHA256="24ad76777745fbff131c8fbc466742b011f925bfa4fffa2ded6def23b5b937be" ;;
  Darwin-x86_64) ASSET="ripgrep-${VERSION}-x86_64-apple-darwin.tar.gz"
                 SHA256="fc87e78f7cb3fea12d69072e7ef3b21509754717b746368fd40d88963630e2b3" ;;
  *) echo "unsupported platform $(uname -s)-$(uname -m); use your package manager" >&2; exit 2 ;;
esac

if command -v rg >/dev/null 2>&1; then
  echo "rg already installed: $(rg --version | head -1)"
  exit 0
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "downloading $ASSET"
curl -fsSL --proto '=https' --tlsv1.2 -o "$TMP/$ASSET" "$BASE/$ASSET"

if command -v sha256sum >/dev/null 2>&1; then
  GOT="$(sha256sum "$TMP/$ASSET" | awk '{print $1}')"
else
  GOT="$(shasum -a 256 "$TMP/$ASSET" | awk '{print $1}')"
fi
if [ "$GOT" != "$SHA256" ]; then
  echo "checksum mismatch for $ASSET" >&2
  echo "  expected $SHA256" >&2
  echo "  got      $GOT" >&2
  exit 1
fi

tar -xzf "$TMP/$ASSET" -C "$TMP"
mkdir -p "$HOME/.local/bin"
install -m 0755 "$TMP/${ASSET%.tar.gz}/rg" "$HOME/.local/bin/rg"
echo "installed $("$HOME/.local/bin/rg" --version | head -1) to ~/.local/bin/rg"
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "note: add ~/.local/bin to PATH" ;; esac
