#!/usr/bin/env bash
set -euo pipefail
tag="${1:?usage: release-data.sh <tag>}"
prev="$(git describe --tags --abbrev=0 "$tag^" 2>/dev/null || git rev-list --max-parents=0 HEAD)"
remote="$(git config --get remote.origin.url | sed -E 's#git@github.com:#https://github.com/#; s#\.git$##')"
echo "tag=$tag"
echo "previous=$prev"
echo "compare=$remote/compare/$prev...$tag"
echo "release=$remote/releases/tag/$tag"
echo "commits:"
git log --no-merges --pretty='  - %s (%an)' "$prev..$tag"
