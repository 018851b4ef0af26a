#!/usr/bin/env bash
# Regenerate integrity.json for a release.
set -euo pipefail
cd "$(dirname "$0")/.."
ver=$(node -p 'require("./package.json").version')
{
  printf '{\n  "version": "%s",\n  "files": {\n' "$ver"
  first=1
  for f in src/*.js openclaw.plugin.json package.json; do
    h=$(openssl dgst -sha256 -binary "$f" | base64)
    [ $first = 1 ] || printf ',\n'
    printf '    "%s": "sha256-%s"' "$f" "$h"
    first=0
  done
  printf '\n  }\n}\n'
} > integrity.json
echo "integrity.json updated for $ver"
