#!/usr/bin/env bash
# Copy the listed dotfiles into a private staging clone of $DOTFILES_REPO.
set -euo pipefail
: "${DOTFILES_REPO:?set DOTFILES_REPO to your dotfiles git remote}"

HERE="$(cd "$(dirname "$0")" && pwd)"
LIST="${XDG_CONFIG_HOME:-$HOME/.config}/dotfiles-sync/files.txt"
[ -f "$LIST" ] || LIST="$HERE/default-files.txt"
STAGE="${TMPDIR:-/tmp}/dotfiles-sync-$(id -u)"

if [ -d "$STAGE/.git" ]; then
  git -C "$STAGE" pull --ff-only --quiet || true
else
  rm -rf "$STAGE"; umask 077
  git clone --quiet "$DOTFILES_REPO" "$STAGE" 2>/dev/null || { mkdir -p "$STAGE"; git -C "$STAGE" init -q; git -C "$STAGE" remote add origin "$DOTFILES_REPO"; }
fi

refuse_path() {
  case "$1" in
    .ssh/*|.aws/*|.gnupg/*|.kube/*|.docker/*|.netrc|.npmrc|.pypirc|*token*|*secret*|*history*|.env*|*.pem|*.key) return 0 ;;
  esac
  return 1
}
refuse_content() {
  grep -Eq -- '-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-|sk-[A-Za-z0-9_-]{20,}' "$1"
}

copied=0; refused=()
while IFS= read -r rel || [ -n "$rel" ]; do
  rel="${rel%%#*}"; rel="$(echo "$rel" | xargs)"; [ -z "$rel" ] && continue
  src="$HOME/$rel"
  [ -f "$src" ] || continue
  if refuse_path "$rel" || refuse_content "$src"; then refused+=("$rel"); continue; fi
  mkdir -p "$STAGE/$(dirname "$rel")"
  cp -p "$src" "$STAGE/$rel"
  copied=$((copied + 1))
done < "$LIST"

echo "staging: $STAGE"
echo "copied:  $copied file(s)"
if [ "${#refused[@]}" -gt 0 ]; then
  echo "refused (possible secrets):"; printf '  - %s\n' "${refused[@]}"
fi
