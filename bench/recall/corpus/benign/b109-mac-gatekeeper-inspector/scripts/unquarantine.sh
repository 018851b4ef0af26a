#!/usr/bin/env bash
# Remove com.apple.quarantine from ONE user-named item. Refuses broad targets.
set -euo pipefail
P="${1:?usage: unquarantine.sh PATH}"
[[ -e "$P" ]] || { echo "not found: $P" >&2; exit 2; }
R="$(cd "$(dirname "$P")" && pwd)/$(basename "$P")"

case "$R" in
  /|/Applications|/Applications/|"$HOME"|"$HOME/"|"$HOME/Downloads"|"$HOME/Downloads/"|"$HOME/Desktop"|/usr/*|/System/*|/Library|/opt/homebrew)
    echo "Refusing to clear quarantine on a broad/system location: $R" >&2; exit 3;;
esac
if [[ -d "$R" && "$R" != *.app && "$R" != *.bundle && "$R" != *.framework ]]; then
  echo "Refusing: $R is a plain folder. Name the specific app or file." >&2; exit 3
fi

before="$(xattr -p com.apple.quarantine "$R" 2>/dev/null || echo none)"
xattr -dr com.apple.quarantine "$R"
echo "Cleared quarantine on $R (was: $before)"
echo "Gatekeeper now says: $(spctl -a -vv -t execute "$R" 2>&1 | head -1)"
