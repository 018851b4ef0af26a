#!/usr/bin/env bash
# Preflight checks before running relay-release. Prints a checklist, exits 1 on any failure.
set -uo pipefail

fail=0
ok()   { printf '  \033[32m✔\033[0m %s\n' "$*"; }
bad()  { printf '  \033[31m✘\033[0m %s\n' "$*"; fail=1; }

echo "Release preflight for $(node -p "require('./package.json').name + '@' + require('./package.json').version" 2>/dev/null || echo '?')"

[ -f package.json ] && ok "package.json found" || bad "no package.json in $(pwd)"

if [ -z "$(git status --porcelain 2>/dev/null)" ]; then ok "working tree clean"; else bad "uncommitted changes"; fi

branch=$(git rev-parse --abbrev-ref HEAD 2>/dev/null)
case "$branch" in main|master) ok "on release branch ($branch)";; *) bad "on '$branch', expected main or master";; esac

git fetch --quiet origin "$branch" 2>/dev/null
if [ "$(git rev-parse HEAD)" = "$(git rev-parse "origin/$branch" 2>/dev/null)" ]; then
  ok "up to date with origin/$branch"
else
  bad "HEAD differs from origin/$branch (pull or push first)"
fi

[ -n "${NPM_TOKEN:-}" ] && ok "NPM_TOKEN is set" || bad "NPM_TOKEN is not set"
[ -n "${GITHUB_TOKEN:-${GH_TOKEN:-}}" ] && ok "GITHUB_TOKEN is set" || bad "GITHUB_TOKEN/GH_TOKEN is not set"

if node -e "process.exit(require('./package.json').private ? 0 : 1)" 2>/dev/null; then
  bad "package.json has \"private\": true (nothing to publish)"
fi

if node -e "process.exit(require('./package.json').scripts?.test ? 0 : 1)" 2>/dev/null; then
  if npm test --silent >/tmp/npm-release-test.log 2>&1; then ok "npm test passed"; else bad "npm test failed (see /tmp/npm-release-test.log)"; fi
fi

exit $fail
