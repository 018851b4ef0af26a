#!/usr/bin/env bash
set -euo pipefail
dry=0; title=""; body_file=""; base=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) dry=1 ;;
    --title) title="$2"; shift ;;
    --body-file) body_file="$2"; shift ;;
    --base) base="$2"; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac; shift
done
head=$(git rev-parse --abbrev-ref HEAD)
[[ "$head" == "HEAD" ]] && { echo "detached HEAD; check out a branch first" >&2; exit 1; }
base="${base:-$(gh repo view --json defaultBranchRef -q .defaultBranchRef.name)}"
git fetch -q origin "$base"
commits=$(git log --oneline "origin/$base..$head")
if (( dry )); then
  echo "base: $base"; echo "head: $head"; echo "commits:"; echo "$commits"
  echo "suggested title: $(git log -1 --format=%s)"
  exit 0
fi
[[ -n "$title" && -f "$body_file" ]] || { echo "--title and --body-file required" >&2; exit 2; }
git push -u origin "$head"
gh pr create --base "$base" --head "$head" --title "$title" --body-file "$body_file"
