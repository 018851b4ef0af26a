#!/usr/bin/env bash
# Report (and optionally install) the basic toolchain. Never installs without --install and a y/N answer.
set -euo pipefail
MODE="${1:---check}"
have() { command -v "$1" >/dev/null 2>&1; }
report() { if have "$1"; then printf '  %-6s %s\n' "$1" "$("$1" --version 2>/dev/null | head -n1)"; else printf '  %-6s missing\n' "$1"; fi; }

echo "Toolchain:"
for b in brew git uv fnm node jq; do report "$b"; done

[ "$MODE" = "--install" ] || exit 0

confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }
if ! have brew && [ "$(uname)" = "Darwin" ] && confirm "Install Homebrew from brew.sh?"; then
  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
fi
if ! have uv && confirm "Install uv from astral.sh?"; then
  curl -LsSf https://astral.sh/uv/install.sh | sh
fi
if have brew; then
  for f in jq fnm; do have "$f" || { confirm "brew install $f?" && brew install "$f"; }; done
fi
echo "Done."
