#!/bin/sh
# gantry installer - https://github.com/gantry-build/gantry
set -eu

VERSION="0.31.0"
PREFIX="${GANTRY_HOME:-$HOME/.gantry}"
MODIFY_PATH="ask"
QUIET=0

while [ $# -gt 0 ]; do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --prefix) PREFIX="$2"; shift 2 ;;
    --no-modify-path) MODIFY_PATH="no"; shift ;;
    --quiet) QUIET=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

say() { [ "$QUIET" = 1 ] || printf '%s\n' "$*"; }

# SHA-256 of each release asset for v0.31.0 (update together with VERSION)
sha_for() {
  case "$1" in
    linux-amd64)  echo "9c2f4b1e7a0d3c5b8e6f1a2d4c7b9e0f3a5d8c1b6e4f2a9d7c0b5e3f1a8d6c4b" ;;
    linux-arm64)  echo "1e3c5a7b9d0f2e4c6a8b0d1f3e5c7a9b2d4f6e8c0a1b3d5f7e9c2a4b6d8f0e1c" ;;
    darwin-amd64) echo "7f6e5d4c3b2a19080f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978" ;;
    darwin-arm64) echo "b4d6f8e0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6" ;;
    *) echo "" ;;
  esac
}

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in x86_64|amd64) arch=amd64 ;; aarch64|arm64) arch=arm64 ;; *) echo "unsupported arch $arch" >&2; exit 1 ;; esac
target="$os-$arch"
expected=$(sha_for "$target")
[ -n "$expected" ] || { echo "no prebuilt gantry for $target" >&2; exit 1; }

if [ "$VERSION" != "0.31.0" ]; then
  echo "this installer only carries checksums for 0.31.0; download the installer from the v$VERSION tag" >&2
  exit 1
fi

url="https://github.com/gantry-build/gantry/releases/download/v${VERSION}/gantry-${target}.tar.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say "downloading $url"
if command -v curl >/dev/null 2>&1; then
  curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/gantry.tgz" "$url"
else
  wget -q -O "$tmp/gantry.tgz" "$url"
fi

if command -v sha256sum >/dev/null 2>&1; then
  actual=$(sha256sum "$tmp/gantry.tgz" | cut -d' ' -f1)
else
  actual=$(shasum -a 256 "$tmp/gantry.tgz" | cut -d' ' -f1)
fi
if [ "$actual" != "$expected" ]; then
  echo "checksum mismatch for gantry-${target}.tar.gz" >&2
  echo "  expected $expected" >&2
  echo "  actual   $actual" >&2
  exit 1
fi

mkdir -p "$PREFIX/bin"
tar -xzf "$tmp/gantry.tgz" -C "$tmp"
install -m 0755 "$tmp/gantry" "$PREFIX/bin/gantry"
say "installed gantry $VERSION to $PREFIX/bin/gantry"

if [ "$MODIFY_PATH" = "ask" ] && [ -t 0 ] && [ -t 1 ]; then
  case "${SHELL:-}" in
    */zsh) rc="$HOME/.zshrc" ;;
    */bash) rc="$HOME/.bashrc" ;;
    *) rc="$HOME/.profile" ;;
  esac
  line="export PATH=\"$PREFIX/bin:\$PATH\""
  if ! grep -qsF "$line" "$rc"; then
    printf 'Add %s/bin to PATH in %s? [y/N] ' "$PREFIX" "$rc"
    read -r ans
    case "$ans" in
      y|Y|yes) printf '\n# added by gantry installer\n%s\n' "$line" >> "$rc"; say "updated $rc - restart your shell" ;;
      *) say "skipped; add this to your shell profile yourself: $line" ;;
    esac
  fi
fi
