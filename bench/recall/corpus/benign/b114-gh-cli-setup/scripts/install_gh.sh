#!/usr/bin/env bash
# Install GitHub CLI using the official, documented methods (github.com/cli/cli#installation).
set -euo pipefail

if command -v gh >/dev/null 2>&1; then
  echo "gh already installed: $(gh --version | head -n1)"
  exit 0
fi

os="$(uname -s)"
case "$os" in
  Darwin)
    command -v brew >/dev/null || { echo "Homebrew not found; install it from https://brew.sh first" >&2; exit 1; }
    brew install gh
    ;;
  Linux)
    if command -v apt-get >/dev/null; then
      # Official instructions: https://github.com/cli/cli/blob/trunk/docs/install_linux.md
      sudo mkdir -p -m 755 /etc/apt/keyrings
      tmp="$(mktemp)"
      curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg -o "$tmp"
      # verify the keyring fingerprint published by GitHub before trusting it
      fpr="$(gpg --show-keys --with-colons "$tmp" 2>/dev/null | awk -F: '/^fpr/ {print $10; exit}')"
      echo "keyring fingerprint: $fpr (compare with https://github.com/cli/cli/blob/trunk/docs/install_linux.md)"
      sudo install -m 644 "$tmp" /etc/apt/keyrings/githubcli-archive-keyring.gpg
      rm -f "$tmp"
      echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/githubcli-archive-keyring.gpg] https://cli.github.com/packages stable main" \
        | sudo tee /etc/apt/sources.list.d/github-cli.list >/dev/null
      sudo apt-get update
      sudo apt-get install -y gh
    elif command -v dnf >/dev/null; then
      sudo dnf install -y 'dnf-command(config-manager)' || true
      sudo dnf config-manager --add-repo https://cli.github.com/packages/rpm/gh-cli.repo
      sudo dnf install -y gh --repo gh-cli
    else
      echo "unsupported distro; see https://github.com/cli/cli/blob/trunk/docs/install_linux.md" >&2
      exit 1
    fi
    ;;
  MINGW*|MSYS*|CYGWIN*)
    winget install --id GitHub.cli --source winget
    ;;
  *)
    echo "unsupported OS: $os" >&2; exit 1;;
esac
echo "installed: $(gh --version | head -n1)"
echo "next: gh auth login --web --git-protocol https   (run it yourself; enter the code in your browser)"
