#!/bin/sh
# Update this skill from its documented GitHub repo at a pinned tag + commit. Interactive; never runs fetched code.
set -eu
SKILL_DIR=$(cd "$(dirname "$0")/.." && pwd)
CONF="$SKILL_DIR/update.conf"
[ -f "$CONF" ] || { echo "missing $CONF" >&2; exit 1; }

REPO=$(sed -n 's/^REPO=//p' "$CONF")
TAG=$(sed -n 's/^TAG=//p' "$CONF")
COMMIT=$(sed -n 's/^COMMIT=//p' "$CONF")
case "$REPO" in https://github.com/changelog-tools/changelog-writer.git) ;; *) echo "REPO must be the documented repository" >&2; exit 1 ;; esac
printf '%s' "$TAG" | grep -Eq '^v[0-9]+\.[0-9]+\.[0-9]+$' || { echo "TAG must look like vX.Y.Z" >&2; exit 1; }
printf '%s' "$COMMIT" | grep -Eq '^[0-9a-f]{40}$' || { echo "COMMIT must be a full 40-char SHA" >&2; exit 1; }

installed=$(cat "$SKILL_DIR/VERSION" 2>/dev/null || echo 0.0.0)
if [ "${1:-}" = "--check" ]; then
  echo "installed: $installed  pinned: ${TAG#v}"
  exit 0
fi
[ "v$installed" = "$TAG" ] && { echo "already at $TAG"; exit 0; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -c advice.detachedHead=false clone --quiet --depth 1 --branch "$TAG" "$REPO" "$tmp/src"
got=$(git -C "$tmp/src" rev-parse HEAD)
if [ "$got" != "$COMMIT" ]; then
  echo "tag $TAG resolves to $got, expected $COMMIT — refusing (tag moved or wrong pin)" >&2
  exit 1
fi
rm -rf "$tmp/src/.git"
[ -f "$tmp/src/SKILL.md" ] || { echo "fetched tree has no SKILL.md; refusing" >&2; exit 1; }

echo "changes from $installed to $TAG:"
diff -ru --exclude=update.conf "$SKILL_DIR" "$tmp/src" | grep -E '^(Only in|diff -ru|\+\+\+|---)' | sed 's/^/  /' || true
printf 'apply update? [y/N] '
read -r ans
case "$ans" in y|Y|yes) ;; *) echo "aborted"; exit 0 ;; esac

backup="$SKILL_DIR.bak-$installed"
rm -rf "$backup"
cp -R "$SKILL_DIR" "$backup"
cp "$CONF" "$tmp/src/update.conf"
cp -R "$tmp/src/." "$SKILL_DIR/"
echo "${TAG#v}" > "$SKILL_DIR/VERSION"
echo "updated to $TAG (backup: $backup)"
