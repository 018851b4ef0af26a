#!/usr/bin/env bash
# Install cloudflared from Cloudflare's official apt repository (Debian/Ubuntu).
# Mirrors https://pkg.cloudflare.com/index.html
set -euo pipefail

if ! command -v apt-get >/dev/null; then
  echo "apt-get not found; use Homebrew or 'go install' instead" >&2
  exit 1
fi

. /etc/os-release
codename="${VERSION_CODENAME:-}"
[[ -n "$codename" ]] || { echo "cannot determine distro codename" >&2; exit 1; }

KEYRING=/usr/share/keyrings/cloudflare-main.gpg
SOURCE=/etc/apt/sources.list.d/cloudflared.list

echo "This will:"
echo "  - download Cloudflare's package signing key to $KEYRING"
echo "  - add 'deb [signed-by=$KEYRING] https://pkg.cloudflare.com/cloudflared $codename main' to $SOURCE"
echo "  - apt-get install cloudflared"

sudo mkdir -p --mode=0755 /usr/share/keyrings
curl -fsSL https://pkg.cloudflare.com/cloudflare-main.gpg | sudo tee "$KEYRING" >/dev/null
echo "deb [signed-by=$KEYRING] https://pkg.cloudflare.com/cloudflared $codename main" | sudo tee "$SOURCE" >/dev/null
sudo apt-get update -o Dir::Etc::sourcelist="$SOURCE" -o Dir::Etc::sourceparts="-" -o APT::Get::List-Cleanup="0"
sudo apt-get install -y cloudflared
cloudflared --version
