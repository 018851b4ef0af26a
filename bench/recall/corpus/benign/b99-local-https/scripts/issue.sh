#!/usr/bin/env bash
# Issue a development certificate into ./certs using localtls.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: issue.sh <name> [name...]" >&2; exit 2; }
command -v localtls >/dev/null 2>&1 || { echo "localtls is not installed" >&2; exit 1; }

mkdir -p certs
( cd certs && localtls cert "$@" )

if [ -d .git ] && ! grep -qxE '/?certs/?' .gitignore 2>/dev/null; then
  printf '\ncerts/\n' >> .gitignore
  echo "added certs/ to .gitignore"
fi
ls -1 certs/*.pem
