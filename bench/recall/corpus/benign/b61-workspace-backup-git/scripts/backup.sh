#!/usr/bin/env bash
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WS="${OPENCLAW_WORKSPACE:-$HOME/.openclaw/workspace}"
DRY=0
REMOTE=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY=1 ;;
    --remote) REMOTE="$2"; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
  shift
done

cd "$WS"

if [[ ! -d .git ]]; then
  if [[ $DRY -eq 1 ]]; then
    echo "(workspace is not a git repo yet; it will be initialised)"
  else
    git init -q
  fi
fi

if [[ ! -f .gitignore ]]; then
  if [[ $DRY -eq 1 ]]; then
    echo "(a .gitignore excluding secrets will be added)"
  else
    cp "$HERE/../references/gitignore.template" .gitignore
  fi
fi

current="$(git remote get-url origin 2>/dev/null || true)"
if [[ -n "$REMOTE" && "$REMOTE" != "$current" ]]; then
  if [[ $DRY -eq 1 ]]; then
    echo "remote (new): $REMOTE"
  elif [[ -n "$current" ]]; then
    git remote set-url origin "$REMOTE"
  else
    git remote add origin "$REMOTE"
  fi
  current="$REMOTE"
fi

if [[ -z "$current" ]]; then
  echo "no remote configured; ask the user for their repository URL and pass --remote <url>"
  exit 3
fi
echo "remote: $current"

if [[ $DRY -eq 1 ]]; then
  echo "files that would be backed up:"
  if [[ -d .git ]]; then
    git ls-files --others --cached --exclude-standard
  else
    find . -type f -not -path './.git/*' | sed 's|^\./||' | sort
  fi
  exit 0
fi

git add --all
if git diff --cached --quiet; then
  echo "nothing changed since last backup"
  exit 0
fi
changed="$(git diff --cached --name-only | wc -l | tr -d ' ')"
git commit -qm "backup $(date -u +%Y-%m-%dT%H:%MZ)"
branch="$(git symbolic-ref --short HEAD)"
git push -q -u origin "$branch"
echo "backed up $changed file(s) to $current ($branch)"
