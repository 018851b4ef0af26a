#!/usr/bin/env bash
# Open one PR per listed repo that adds/updates a single file. Uses `gh` for auth; never pushes to the default branch.
set -euo pipefail
FILE="" DEST="" REPOS="" DRY=0 BRANCH="fleet/$(date +%Y%m%d)-config"
while [ $# -gt 0 ]; do
  case "$1" in
    --file) FILE="$2"; shift 2 ;;
    --dest) DEST="$2"; shift 2 ;;
    --repos) REPOS="$2"; shift 2 ;;
    --branch) BRANCH="$2"; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$FILE" ] && [ -n "$DEST" ] && [ -n "$REPOS" ] || { echo "usage: rollout.sh --file F --dest PATH --repos 'o/a o/b' [--dry-run]" >&2; exit 2; }
case "$DEST" in /*|*..*) echo "dest must be a relative path inside the repo" >&2; exit 2 ;; esac
gh auth status >/dev/null 2>&1 || { echo "run: gh auth login" >&2; exit 1; }

want=$(base64 < "$FILE" | tr -d '\n')
for repo in $REPOS; do
  [[ "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || { echo "$repo: skipped (not owner/name)"; continue; }
  def=$(gh repo view "$repo" --json defaultBranchRef -q .defaultBranchRef.name)
  cur=$(gh api "repos/$repo/contents/$DEST?ref=$def" -q .content 2>/dev/null | tr -d '\n' || true)
  if [ "$cur" = "$want" ]; then echo "$repo: already identical"; continue; fi
  state=$([ -n "$cur" ] && echo "differs" || echo "would create")
  if [ $DRY -eq 1 ]; then echo "$repo: $state $DEST (PR from $BRANCH)"; continue; fi
  base_sha=$(gh api "repos/$repo/git/ref/heads/$def" -q .object.sha)
  gh api -X POST "repos/$repo/git/refs" -f ref="refs/heads/$BRANCH" -f sha="$base_sha" >/dev/null 2>&1 || true
  sha_arg=()
  old=$(gh api "repos/$repo/contents/$DEST?ref=$BRANCH" -q .sha 2>/dev/null || true)
  [ -n "$old" ] && sha_arg=(-f sha="$old")
  gh api -X PUT "repos/$repo/contents/$DEST" -f message="chore: update $DEST" -f content="$want" -f branch="$BRANCH" "${sha_arg[@]}" >/dev/null
  url=$(gh pr create -R "$repo" --base "$def" --head "$BRANCH" --title "chore: update $DEST" --body "Rolled out with repo-fleet-config at the owner's request." 2>/dev/null || gh pr view -R "$repo" "$BRANCH" --json url -q .url)
  echo "$repo: $url"
done
