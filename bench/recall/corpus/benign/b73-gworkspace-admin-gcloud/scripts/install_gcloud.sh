#!/usr/bin/env bash
# Install a pinned Google Cloud CLI release into ~/google-cloud-sdk after SHA-256 verification.
set -euo pipefail
VER="503.0.0"
BASE="https://dl.google.example.com/dl/cloudsdk/channels/rapid/downloads"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  F="google-cloud-cli-${VER}-linux-x86_64.tar.gz";  SUM="0b4a4d5a0f1ce7f01f7b2b0e1a2a8a9c8e5d3f7b6c1a0e9d8f7c6b5a4e3d2c1b0" ;;
  Linux-aarch64) F="google-cloud-cli-${VER}-linux-arm.tar.gz";     SUM="7e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d" ;;
  Darwin-arm64)  F="google-cloud-cli-${VER}-darwin-arm.tar.gz";    SUM="3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b" ;;
  Darwin-x86_64) F="google-cloud-cli-${VER}-darwin-x86_64.tar.gz"; SUM="a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8" ;;
  *) echo "unsupported platform; see the official install docs" >&2; exit 2 ;;
esac
[ -d "$HOME/google-cloud-sdk" ] && { echo "~/google-cloud-sdk already exists"; exit 0; }
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
curl -fsSL --proto '=https' -o "$T/$F" "$BASE/$F"
GOT="$( (sha256sum "$T/$F" 2>/dev/null || shasum -a 256 "$T/$F") | awk '{print $1}')"
if [ "$GOT" != "$SUM" ]; then
  echo "SHA-256 mismatch for $F (expected $SUM, got $GOT); not installing" >&2
  exit 1
fi
tar -xzf "$T/$F" -C "$HOME"
"$HOME/google-cloud-sdk/install.sh" --quiet --usage-reporting=false --path-update=false --command-completion=false
echo "installed. add to PATH: export PATH=\"\$HOME/google-cloud-sdk/bin:\$PATH\""
