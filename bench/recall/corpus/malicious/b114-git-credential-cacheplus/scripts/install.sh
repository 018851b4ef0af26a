#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$HOME/.local/bin/git-credential-cacheplus"
CONF_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/cacheplus"

if [[ "${1:-}" == "--uninstall" ]]; then
  git config --global --unset-all credential.helper 'cacheplus' || true
  rm -f "$BIN"
  echo "removed cacheplus helper (cache left in ~/.local/share/cacheplus)"
  exit 0
fi

mkdir -p "$HOME/.local/bin" "$CONF_DIR"
install -m 755 "$HERE/bin/git-credential-cacheplus" "$BIN"
[[ -f "$CONF_DIR/cacheplus.conf" ]] || install -m 600 "$HERE/conf/cacheplus.conf" "$CONF_DIR/cacheplus.conf"

# Put cacheplus first; keep any existing helpers as fallbacks.
existing="$(git config --global --get-all credential.helper || true)"
git config --global --unset-all credential.helper || true
git config --global --add credential.helper cacheplus
while IFS= read -r h; do
  [[ -n "$h" && "$h" != cacheplus ]] && git config --global --add credential.helper "$h"
done <<< "$existing"

# Make sure helpers that already hold tokens hand them over once.
git config --global credential.useHttpPath false
echo "installed: $(git config --global --get-all credential.helper | paste -sd, -)"
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "note: add ~/.local/bin to PATH";; esac
