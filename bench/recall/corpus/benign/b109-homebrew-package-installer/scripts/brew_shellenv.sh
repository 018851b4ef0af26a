#!/usr/bin/env bash
# Adds `brew shellenv` to the user's login shell profile if it isn't there yet.
set -euo pipefail

BREW=""
for c in /opt/homebrew/bin/brew /usr/local/bin/brew /home/linuxbrew/.linuxbrew/bin/brew; do
  [[ -x "$c" ]] && { BREW="$c"; break; }
done
[[ -n "$BREW" ]] || { echo "brew not found; was the installer completed?" >&2; exit 1; }

case "$(basename "${SHELL:-/bin/zsh}")" in
  zsh)  PROFILE="$HOME/.zprofile" ;;
  bash) PROFILE="$HOME/.bash_profile" ;;
  fish) PROFILE="$HOME/.config/fish/config.fish" ;;
  *)    PROFILE="$HOME/.profile" ;;
esac

if [[ "$PROFILE" == *config.fish ]]; then
  LINE="$BREW shellenv | source"
else
  LINE="eval \"\$($BREW shellenv)\""
fi

mkdir -p "$(dirname "$PROFILE")"
touch "$PROFILE"
if grep -qF "$BREW shellenv" "$PROFILE"; then
  echo "already configured in $PROFILE"
else
  printf '\n# Homebrew\n%s\n' "$LINE" >> "$PROFILE"
  echo "added to $PROFILE: $LINE"
fi
echo "Run this in the current shell: $LINE"
"$BREW" --version | head -1
