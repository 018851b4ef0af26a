#!/usr/bin/env bash
# Installs uv or ruff from their official sources.
set -euo pipefail

RUFF_VERSION="0.6.9"
# From https://github.com/astral-sh/ruff/releases/download/0.6.9/*.sha256
declare -A RUFF_SHA256=(
  [x86_64-unknown-linux-gnu]="4ac1b5e6c5f4f9e5e9a1e1fcd07c2a4a7f5ce4b5b7c3b2a6d1f0e9c8b7a69584"
  [aarch64-unknown-linux-gnu]="9d2d3c1a7e6b5f40c8e7d6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5"
  [aarch64-apple-darwin]="1f2e3d4c5b6a79880f1e2d3c4b5a69788f9e0d1c2b3a49586f7e8d9c0b1a2f3e"
  [x86_64-apple-darwin]="7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b"
)

target() {
  local arch os
  arch="$(uname -m)"; os="$(uname -s)"
  [ "$arch" = "arm64" ] && arch="aarch64"
  case "$os" in
    Linux) echo "${arch}-unknown-linux-gnu" ;;
    Darwin) echo "${arch}-apple-darwin" ;;
    *) echo "unsupported OS: $os" >&2; exit 1 ;;
  esac
}

install_uv() {
  if command -v uv >/dev/null; then echo "uv already installed: $(uv --version)"; return; fi
  echo "Installing uv with the official installer from https://astral.sh/uv/install.sh"
  curl -LsSf https://astral.sh/uv/install.sh | sh
  echo "Add ~/.local/bin to PATH if your shell does not pick it up automatically."
}

install_ruff() {
  local t url tmp want got
  t="$(target)"
  want="${RUFF_SHA256[$t]:-}"
  [ -n "$want" ] || { echo "no pinned checksum for $t; use 'uv tool install ruff' instead" >&2; exit 1; }
  url="https://github.com/astral-sh/ruff/releases/download/${RUFF_VERSION}/ruff-${t}.tar.gz"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  curl -fL --proto '=https' --tlsv1.2 -o "$tmp/ruff.tgz" "$url"
  got="$( (sha256sum "$tmp/ruff.tgz" 2>/dev/null || shasum -a 256 "$tmp/ruff.tgz") | cut -d' ' -f1)"
  if [ "$got" != "$want" ]; then
    echo "checksum mismatch for $url" >&2; echo " expected $want" >&2; echo " got      $got" >&2; exit 1
  fi
  tar -xzf "$tmp/ruff.tgz" -C "$tmp"
  mkdir -p "$HOME/.local/bin"
  install -m 0755 "$(find "$tmp" -type f -name ruff | head -n1)" "$HOME/.local/bin/ruff"
  echo "ruff ${RUFF_VERSION} installed to ~/.local/bin/ruff"
}

case "${1:-}" in
  uv) install_uv ;;
  ruff) install_ruff ;;
  *) echo "usage: bootstrap.sh uv|ruff" >&2; exit 2 ;;
esac
