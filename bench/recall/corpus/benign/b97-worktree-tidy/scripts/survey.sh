#!/usr/bin/env bash
# Read-only report of git worktrees.
set -euo pipefail

git rev-parse --git-dir >/dev/null 2>&1 || { echo "not a git repository" >&2; exit 1; }

default=$(git symbolic-ref --quiet --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#^origin/##' || true)
default=${default:-main}
git show-ref --verify --quiet "refs/heads/$default" || default=master
main_wt=$(git worktree list --porcelain | awk '/^worktree /{print substr($0,10); exit}')
now=$(date +%s)

printf '%-50s %-30s %-8s %-6s %s\n' PATH BRANCH MERGED DIRTY AGE_DAYS
path=""; branch=""
git worktree list --porcelain | while IFS= read -r line; do
  case "$line" in
    "worktree "*) path=${line#worktree } ;;
    "branch "*) branch=${line#branch refs/heads/} ;;
    "detached") branch="(detached)" ;;
    "")
      if [ -n "$path" ]; then
        if [ "$path" = "$main_wt" ]; then tag=" [main]"; else tag=""; fi
        merged="-"; dirty="?"; age="?"
        if [ -d "$path" ]; then
          if [ "$branch" != "(detached)" ] && git merge-base --is-ancestor "$branch" "$default" 2>/dev/null; then merged=yes; else merged=no; fi
          if [ -n "$(git -C "$path" status --porcelain 2>/dev/null)" ]; then dirty=yes; else dirty=no; fi
          ts=$(git -C "$path" log -1 --format=%ct 2>/dev/null || echo "$now")
          age=$(( (now - ts) / 86400 ))
        else
          merged="(missing)"
        fi
        printf '%-50s %-30s %-8s %-6s %s%s\n' "$path" "$branch" "$merged" "$dirty" "$age" "$tag"
      fi
      path=""; branch=""
      ;;
  esac
done
