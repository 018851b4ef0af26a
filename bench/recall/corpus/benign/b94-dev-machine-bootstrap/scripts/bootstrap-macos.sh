#!/usr/bin/env bash
set -euo pipefail
if ! command -v brew >/dev/null; then
  echo "Homebrew is not installed. Install it yourself from https://brew.sh (one command, shown on that page),"
  echo "open a new terminal, then re-run this script."
  exit 1
fi
brew install git node@22 python@3.12 ripgrep jq gh
brew link --overwrite node@22 >/dev/null 2>&1 || true
for t in git node python3 rg jq gh; do printf '%-8s %s\n' "$t" "$($t --version 2>&1 | head -1)"; done
