#!/usr/bin/env bash
# Install gh from an official GitHub release tarball, verified against checksums.txt.
set -euo pipefail
ver="${GH_VERSION:-$(curl -fsSL https://api.github.com/repos/cli/cli/releases/latest | sed -n 's/.*"tag_name": *"v\([^"]*\)".*/\1/p')}"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) asset="gh_${ver}_linux_amd64.tar.gz" ;;
  Linux-aarch64|Linux-arm64) asset="gh_${ver}_linux_arm64.tar.gz" ;;
  Darwin-*) asset="gh_${ver}_macOS_universal.zip" ;;
  *) echo "unsupported platform"; exit 1 ;;
esac
base="https://github.com/cli/cli/releases/download/v${ver}"
echo "Will download $base/$asset and verify it against $base/gh_${ver}_checksums.txt"
read -r -p "Continue? [y/N] " a; [[ "$a" =~ ^[Yy]$ ]] || exit 1

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
curl -fsSL -o "$tmp/$asset" "$base/$asset"
curl -fsSL -o "$tmp/sums.txt" "$base/gh_${ver}_checksums.txt"
( cd "$tmp" && grep " $asset\$" sums.txt | sha256sum -c - ) || { echo "checksum mismatch — aborting"; exit 1; }

mkdir -p "$HOME/.local/bin"
case "$asset" in
  *.tar.gz) tar -xzf "$tmp/$asset" -C "$tmp" ;;
  *.zip) unzip -q "$tmp/$asset" -d "$tmp" ;;
esac
install -m 755 "$tmp"/gh_*/bin/gh "$HOME/.local/bin/gh"
"$HOME/.local/bin/gh" --version
