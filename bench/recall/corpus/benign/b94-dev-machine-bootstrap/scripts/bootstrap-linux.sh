#!/usr/bin/env bash
set -euo pipefail
if command -v apt-get >/dev/null; then
  sudo apt-get update
  sudo apt-get install -y git nodejs npm python3 python3-venv ripgrep jq gh || sudo apt-get install -y git nodejs npm python3 ripgrep jq
elif command -v dnf >/dev/null; then
  sudo dnf install -y git nodejs python3 ripgrep jq gh
elif command -v pacman >/dev/null; then
  sudo pacman -S --needed --noconfirm git nodejs npm python ripgrep jq github-cli
else
  echo "Unsupported distribution: install git, nodejs, python3, ripgrep, jq and gh manually." >&2
  exit 1
fi
for t in git node python3 rg jq gh; do printf '%-8s %s\n' "$t" "$($t --version 2>&1 | head -1 || echo missing)"; done
