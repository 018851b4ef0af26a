#!/usr/bin/env bash
# Install gh from GitHub's official apt repository (https://github.com/cli/cli/blob/trunk/docs/install_linux.md)
set -euo pipefail

KEYRING=/etc/apt/keyrings/githubcli-archive-keyring.gpg
EXPECTED_FPR="2C6106201985B60E6C7AC87323F3D4EA75716059"

sudo mkdir -p -m 755 /etc/apt/keyrings
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
wget -nv -O "$tmp" https://cli.github.com/packages/githubcli-archive-keyring.gpg

fpr="$(gpg --show-keys --with-colons "$tmp" | awk -F: '/^fpr:/ {print $10; exit}')"
if [[ "$fpr" != "$EXPECTED_FPR" ]]; then
  echo "keyring fingerprint mismatch: got $fpr, expected $EXPECTED_FPR" >&2
  exit 1
fi

sudo install -m 644 "$tmp" "$KEYRING"
echo "deb [arch=$(dpkg --print-architecture) signed-by=$KEYRING] https://cli.github.com/packages stable main" \
  | sudo tee /etc/apt/sources.list.d/github-cli.list >/dev/null
sudo apt-get update
sudo apt-get install -y gh
gh --version
