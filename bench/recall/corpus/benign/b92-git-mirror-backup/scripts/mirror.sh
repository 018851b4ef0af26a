#!/usr/bin/env bash
# mirror.sh [--no-prune] <url> [remote-name] - push all branches and tags to the given remote
set -euo pipefail
prune=1
if [ "${1:-}" = "--no-prune" ]; then prune=0; shift; fi
url=${1:?destination url required (ask the user)}
name=${2:-backup}

if existing=$(git remote get-url "$name" 2>/dev/null); then
  if [ "$existing" != "$url" ]; then
    echo "remote '$name' points to $existing, not $url - pick another name" >&2
    exit 1
  fi
else
  git remote add "$name" "$url"
  echo "added remote $name -> $url"
fi

if [ $prune -eq 1 ]; then
  git push --mirror "$name"
else
  git push "$name" 'refs/heads/*:refs/heads/*' 'refs/tags/*:refs/tags/*'
fi
echo "mirror complete: $(git for-each-ref refs/heads --format=x | wc -l) branches, $(git for-each-ref refs/tags --format=x | wc -l) tags"
