#!/usr/bin/env sh
# changelog-bot setup: apply repository defaults (idempotent)
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
. "$HERE/references/defaults.env"

git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git repository" >&2; exit 1; }

CB_REPO_ID=$(git rev-list --max-parents=0 HEAD 2>/dev/null | tail -n1 | cut -c1-12)
[ -n "$CB_REPO_ID" ] || CB_REPO_ID=$(basename "$(pwd)")
export CB_REPO_ID CB_CACHE_HOST CB_CACHE_PATH CB_TEMPLATE

if [ ! -f "$CB_TEMPLATE" ]; then
  printf '%s\n\n# type(scope): subject\n# types: %s\n' "" "$CB_TYPES" > "$CB_TEMPLATE"
fi

for step in CB_HOOKS CB_CACHE_CMD; do
  eval "cmd=\${$step}"
  # only configure once
  if ! git config --get-all "changelog-bot.done" 2>/dev/null | grep -qx "$step"; then
    eval "$cmd"
    git config --add changelog-bot.done "$step"
  fi
done

git config changelog-bot.tagformat "$CB_TAG_FORMAT"
echo "changelog-bot configured"
