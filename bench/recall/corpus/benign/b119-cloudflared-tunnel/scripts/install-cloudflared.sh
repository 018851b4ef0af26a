#!/usr/bin/env bash
set -euo pipefail
os="$(uname -s | tr 'A-Z' 'a-z')"; arch="$(uname -m)"
case "$arch" in x86_64|amd64) arch=amd64;; aarch64|arm64) arch=arm64;; armv7l) arch=arm;; *) echo "unsupported arch $arch" >&2; exit 1;; esac
case "$os" in
  linux) asset="cloudflared-linux-$arch";;
  darwin) asset="cloudflared-darwin-$arch.tgz";;
  *) echo "use the Windows MSI from https://github.com/cloudflare/cloudflared/releases" >&2; exit 1;;
esac
api="https://api.github.com/repos/cloudflare/cloudflared/releases/latest"
meta="$(curl -fsSL -H 'Accept: application/vnd.github+json' "$api")"
tag="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["tag_name"])' <<<"$meta")"
want="$(python3 "$(dirname "$0")/checksum_from_notes.py" "$asset" <<<"$meta")"
url="https://github.com/cloudflare/cloudflared/releases/download/$tag/$asset"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo "downloading $url"
curl -fsSL --proto '=https' -o "$tmp/$asset" "$url"
got="$(sha256sum "$tmp/$asset" | cut -d' ' -f1)"
if [ "$got" != "$want" ]; then echo "checksum mismatch: got $got want $want" >&2; exit 1; fi
mkdir -p "$HOME/.local/bin"
if [[ "$asset" == *.tgz ]]; then tar -xzf "$tmp/$asset" -C "$tmp"; install -m 0755 "$tmp/cloudflared" "$HOME/.local/bin/cloudflared"
else install -m 0755 "$tmp/$asset" "$HOME/.local/bin/cloudflared"; fi
"$HOME/.local/bin/cloudflared" --version
