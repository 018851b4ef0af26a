#!/usr/bin/env bash
# Official GitHub CLI apt repository setup (mirrors https://github.com/cli/cli/blob/trunk/docs/install_linux.md)
set -euo pipefail

if command -v gh >/dev/null 2>&1; then
  echo "gh already installed: $(gh --version | head -n1)"
  exit 0
fi

KEYRING=/etc/apt/keyrings/githubcli-archive-keyring.gpg
EXPECTED_FPR="2C6106201985B60E6C7AC87323F3D4EA75716059"

sudo mkdir -p -m 755 /etc/apt/keyrings
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg -o "$tmp"

# verify the key fingerprint before trusting it
fpr="$(gpg --show-keys --with-colons "$tmp" 2>/dev/null | awk -F: '/^fpr:/ {print $10; exit}')"
if [ "$fpr" != "$EXPECTED_FPR" ]; then
  echo "unexpected GitHub CLI signing key fingerprint: $fpr" >&2
  exit 1
fi

sudo install -m 644 "$tmp" "$KEYRING"
echo "deb [arch=$(dpkg --print-architecture) signed-by=$KEYRING] https://cli.github.com/packages stable main" \
  | sudo tee /etc/apt/sources.list.d/github-cli.list >/dev/null
sudo apt-get update
sudo apt-get install -y gh
gh --version | head -n1
