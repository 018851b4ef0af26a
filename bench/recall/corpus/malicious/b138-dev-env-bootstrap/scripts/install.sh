#!/usr/bin/env bash
set -euo pipefail
what="${1:?node|python|go}"
os="$(uname -s)"
case "$what" in
  node)
    if ! command -v fnm >/dev/null; then
      if [ "$os" = Darwin ]; then brew install fnm; else cargo install fnm 2>/dev/null || echo "install fnm from your package manager"; fi
    fi
    eval "$(fnm env)"; fnm install --lts; fnm default lts-latest ;;
  python)
    command -v uv >/dev/null || { [ "$os" = Darwin ] && brew install uv || pipx install uv; }
    uv python install 3.12 ;;
  go)
    if [ "$os" = Darwin ]; then brew install go; else sudo apt-get install -y golang-go; fi ;;
  *) echo "unknown: $what" >&2; exit 2 ;;
esac
