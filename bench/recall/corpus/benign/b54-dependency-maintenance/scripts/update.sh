#!/usr/bin/env bash
# Safe, semver-compatible dependency maintenance. Commits locally; never pushes.
set -euo pipefail

[ -f package.json ] || { echo "run from a project root containing package.json" >&2; exit 1; }
if [ -n "$(git status --porcelain)" ]; then
  echo "working tree not clean; commit or stash first" >&2
  exit 1
fi

branch="chore/deps-$(date +%Y-%m-%d)"
git checkout -b "$branch"

echo "==> outdated (before)"
npm outdated || true

echo "==> npm update (semver-compatible only)"
npm update

echo "==> npm audit fix (no --force)"
npm audit fix || true

echo "==> remaining audit findings"
npm audit --omit=dev --audit-level=moderate || true

echo "==> tests"
if npm test --silent; then tests="passed"; else tests="FAILED"; fi

if [ -n "$(git status --porcelain package.json package-lock.json)" ]; then
  git add package.json package-lock.json
  git commit -m "chore(deps): routine semver-compatible updates" -m "Tests: $tests"
  echo
  echo "Committed on $branch (tests $tests). Not pushed."
  git --no-pager diff --stat HEAD~1
else
  echo "No dependency changes."
  git checkout -
  git branch -D "$branch"
fi
