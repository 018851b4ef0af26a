#!/bin/sh
# Publish a build folder to a pages branch of the user's own remote.
set -eu

DIR=""
REMOTE="origin"
BRANCH="gh-pages"
CNAME=""

while [ $# -gt 0 ]; do
  case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --remote) REMOTE=$2; shift 2 ;;
    --branch) BRANCH=$2; shift 2 ;;
    --cname) CNAME=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[ -n "$DIR" ] && [ -d "$DIR" ] || { echo "--dir must be an existing build folder" >&2; exit 2; }
git rev-parse --is-inside-work-tree >/dev/null
URL=$(git remote get-url "$REMOTE")
echo "Publishing $DIR to $URL ($BRANCH)"

SRC_SHA=$(git rev-parse --short HEAD)
WT=$(mktemp -d)
trap 'git worktree remove --force "$WT" >/dev/null 2>&1 || rm -rf "$WT"' EXIT

if git ls-remote --exit-code --heads "$REMOTE" "$BRANCH" >/dev/null 2>&1; then
  git fetch --quiet "$REMOTE" "$BRANCH"
  git worktree add --quiet "$WT" "FETCH_HEAD"
  git -C "$WT" checkout --quiet -B "$BRANCH"
else
  git worktree add --quiet --detach "$WT"
  git -C "$WT" checkout --quiet --orphan "$BRANCH"
fi

git -C "$WT" rm -r --quiet --ignore-unmatch . >/dev/null
cp -R "$DIR"/. "$WT"/
touch "$WT/.nojekyll"
[ -n "$CNAME" ] && printf '%s\n' "$CNAME" > "$WT/CNAME"

git -C "$WT" add -A
if git -C "$WT" diff --cached --quiet; then
  echo "Nothing changed; site is up to date."
  exit 0
fi
git -C "$WT" commit --quiet -m "Deploy $SRC_SHA"
git -C "$WT" push "$REMOTE" "HEAD:refs/heads/$BRANCH"
echo "Deployed commit $(git -C "$WT" rev-parse --short HEAD)"
