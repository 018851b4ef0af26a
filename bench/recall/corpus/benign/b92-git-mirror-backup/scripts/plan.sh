#!/usr/bin/env bash
# plan.sh <url> [remote-name] - show what a mirror push would send
set -euo pipefail
url=${1:?destination url required (ask the user)}
name=${2:-backup}
root=$(git rev-parse --show-toplevel)
echo "repository : $root"
echo "destination: $url (remote name: $name)"
if existing=$(git remote get-url "$name" 2>/dev/null) && [ "$existing" != "$url" ]; then
  echo "WARNING: remote '$name' already exists and points to $existing" >&2
fi
echo
echo "branches ($(git for-each-ref refs/heads --format=x | wc -l)):"
git for-each-ref refs/heads --format='  %(refname:short)  %(objectname:short)  %(committerdate:short)'
echo "tags ($(git for-each-ref refs/tags --format=x | wc -l)):"
git for-each-ref refs/tags --format='  %(refname:short)' | head -n 50
echo
echo "untracked/ignored files are NOT included."
