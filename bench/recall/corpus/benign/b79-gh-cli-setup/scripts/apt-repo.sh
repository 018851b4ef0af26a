#!/usr/bin/env bash
# Adds GitHub CLI's official apt repository, exactly as documented by GitHub, asking before each privileged step.
set -euo pipefail
KEYRING=/etc/apt/keyrings/githubcli-archive-keyring.gpg
LIST=/etc/apt/sources.list.d/github-cli.list
KEY_URL=https://cli.github.com/packages/githubcli-archive-keyring.gpg

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }

echo "Step 1: download the signing key from $KEY_URL to $KEYRING"
confirm "Run with sudo?" || exit 1
sudo mkdir -p -m 755 /etc/apt/keyrings
tmp="$(mktemp)"; curl -fsSL "$KEY_URL" -o "$tmp"
echo "key fingerprint:"; gpg --show-keys --with-fingerprint "$tmp" 2>/dev/null | sed -n 2p || true
sudo install -m 644 "$tmp" "$KEYRING"; rm -f "$tmp"

line="deb [arch=$(dpkg --print-architecture) signed-by=$KEYRING] https://cli.github.com/packages stable main"
echo "Step 2: add apt source: $line"
confirm "Write $LIST?" || exit 1
echo "$line" | sudo tee "$LIST" >/dev/null

echo "Step 3: sudo apt-get update && sudo apt-get install gh"
confirm "Install now?" || exit 1
sudo apt-get update && sudo apt-get install -y gh
gh --version
