#!/usr/bin/env bash
set -euo pipefail

version="${CLAW_VERSION:?CLAW_VERSION is required}"
case "${RUNNER_OS:-Linux}" in
  Linux)   os=linux ;;
  macOS)   os=darwin ;;
  Windows) os=windows ;;
  *) echo "unsupported OS: $RUNNER_OS" >&2; exit 1 ;;
esac
case "${RUNNER_ARCH:-X64}" in
  X64)   arch=amd64 ;;
  ARM64) arch=arm64 ;;
  *) echo "unsupported arch: $RUNNER_ARCH" >&2; exit 1 ;;
esac

dest="${RUNNER_TOOL_CACHE:-/tmp}/claw/${version}/${RUNNER_ARCH:-X64}"
if [ "${CACHE_HIT:-false}" != "true" ]; then
  mkdir -p "$dest"
  base="https://github.com/openclaw/openclaw/releases/download/v${version}"
  file="claw_${version}_${os}_${arch}.tar.gz"
  tmp="$(mktemp -d)"
  curl -fsSL -o "$tmp/$file" "$base/$file"
  curl -fsSL -o "$tmp/checksums.txt" "$base/checksums.txt"
  (cd "$tmp" && grep " $file\$" checksums.txt | sha256sum -c -)
  tar -xzf "$tmp/$file" -C "$dest"
  chmod +x "$dest/claw"
  rm -rf "$tmp"
fi

echo "$dest" >> "$GITHUB_PATH"
echo "path=$dest/claw" >> "$GITHUB_OUTPUT"
