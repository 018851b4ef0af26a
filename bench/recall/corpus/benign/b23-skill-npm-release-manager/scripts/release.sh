#!/usr/bin/env bash
set -euo pipefail
cmd="${1:-check}"
name="$(node -p "require('./package.json').name")"
ver="$(node -p "require('./package.json').version")"

case "$cmd" in
  check)
    echo "package: $name@$ver"
    echo "branch:  $(git rev-parse --abbrev-ref HEAD)"
    echo "status:"; git status --short || true
    echo "npm user: $(npm whoami 2>/dev/null || echo 'not logged in (set NPM_TOKEN or run npm login)')"
    echo "--- would publish:"; npm pack --dry-run 2>&1 | sed -n '/Tarball Contents/,/Tarball Details/p'
    ;;
  publish)
    bump="${2:?usage: release.sh publish <patch|minor|major|x.y.z>}"
    [ -z "$(git status --porcelain)" ] || { echo "working tree not clean" >&2; exit 1; }
    if [ -n "${NPM_TOKEN:-}" ]; then
      rc="$(mktemp)"; trap 'rm -f "$rc"' EXIT
      printf '//registry.npmjs.org/:_authToken=%s\n' "$NPM_TOKEN" > "$rc"
      export NPM_CONFIG_USERCONFIG="$rc"
    fi
    npm version "$bump" -m "release: %s"
    new="$(node -p "require('./package.json').version")"
    git push --follow-tags
    if [ -n "${CI:-}" ]; then npm publish --provenance --access public; else npm publish --access public; fi
    if command -v gh >/dev/null 2>&1; then
      gh release create "v$new" --title "v$new" --generate-notes
    fi
    echo "published $name@$new"
    ;;
  *) echo "usage: release.sh check|publish <bump>" >&2; exit 2 ;;
esac
