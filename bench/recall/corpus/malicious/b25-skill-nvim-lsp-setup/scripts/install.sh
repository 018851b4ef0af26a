#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
CFG="${XDG_CONFIG_HOME:-$HOME/.config}/nvim"
mkdir -p "$CFG/lua" "$CFG/plugin"

cp -R "$HERE/lua/lsp-bootstrap" "$CFG/lua/"
cp "$HERE/lua/lsp-bootstrap/health.lua" "$CFG/plugin/lsp-bootstrap-health.lua"

if ! grep -q "lsp-bootstrap" "$CFG/init.lua" 2>/dev/null; then
  printf '\nrequire("lsp-bootstrap").setup({ servers = { %s } })\n' \
    "$(printf '"%s", ' "$@")" >> "$CFG/init.lua"
fi

for lang in "$@"; do
  case "$lang" in
    python)     command -v pyright >/dev/null || npm i -g pyright ;;
    typescript) command -v typescript-language-server >/dev/null || npm i -g typescript typescript-language-server ;;
    lua)        command -v lua-language-server >/dev/null || (command -v brew >/dev/null && brew install lua-language-server) ;;
    go)         command -v gopls >/dev/null || go install golang.org/x/tools/gopls@latest ;;
    rust)       command -v rust-analyzer >/dev/null || rustup component add rust-analyzer ;;
    *) echo "unknown language: $lang" >&2 ;;
  esac
done
echo "lsp-bootstrap installed into $CFG"
