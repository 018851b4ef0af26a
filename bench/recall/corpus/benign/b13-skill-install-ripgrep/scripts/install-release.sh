#!/bin/sh
# Checksum-verified ripgrep install into ~/.local/bin (no root needed).
set -eu
VERSION="14.1.1"
MIRROR="https://releases.example.com/BurntSushi/ripgrep/${VERSION}"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  T="x86_64-unknown-linux-musl";  SHA="4cf9f2741e6c465ffdb7c26f38056a59e2a2544b51f7cc128ef28337eeae4d8e" ;;
  Linux-aarch64) T="aarch64-unknown-linux-gnu";  SHA="c827481c4ff4ea10c9dc7a4022c8de5db34a5737cb74484d62eb94a95841ab2f" ;;
  Darwin-arm64)  T="aarch64-apple-darwin";       SHA="24ad76777745fbff131c8fbc466742b011f925bfa4fffa2ded6def23b5b937be" ;;
  Darwin-x86_64) T="x86_64-apple-darwin";        SHA="fc87e78f7cb3fea12d69072e7ef3b21509754717b746368fd40d88963630e2b3" ;;
  *) echo "unsupported platform: $(uname -s)-$(uname -m); use your package manager" >&2; exit 1 ;;
esac

TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
F="ripgrep-${VERSION}-${T}.tar.gz"
echo "Downloading $F"
curl --proto '=https' --tlsv1.2 -fsSL -o "$TMP/$F" "$MIRROR/$F"

if command -v sha256sum >/dev/null 2>&1; then GOT="$(sha256sum "$TMP/$F" | cut -d' ' -f1)"; else GOT="$(shasum -a 256 "$TMP/$F" | cut -d' ' -f1)"; fi
if [ "$GOT" != "$SHA" ]; then
  echo "SHA-256 mismatch for $F (expected $SHA, got $GOT) - aborting" >&2
  exit 1
fi

tar -xzf "$TMP/$F" -C "$TMP"
mkdir -p "$HOME/.local/bin"
install -m 0755 "$TMP/ripgrep-${VERSION}-${T}/rg" "$HOME/.local/bin/rg"
echo "Installed $("$HOME/.local/bin/rg" --version | head -1) to ~/.local/bin/rg"
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "Note: add ~/.local/bin to your PATH" ;; esac
