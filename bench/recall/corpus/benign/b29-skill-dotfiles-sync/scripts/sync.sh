#!/usr/bin/env bash
set -euo pipefail

REPO="${DOTFILES_DIR:-$HOME/dotfiles}"
LIST="$REPO/.sync-list"
MODE="push"
DRY=""
for a in "$@"; do
  case "$a" in
    --dry-run) DRY="--dry-run" ;;
    --pull) MODE="pull" ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

[ -d "$REPO/.git" ] || { echo "no git repo at $REPO; run setup first" >&2; exit 1; }
[ -f "$LIST" ] || { echo "missing $LIST" >&2; exit 1; }

EXCLUDES=(
  '.ssh/id_*' '.ssh/*.pem' '.ssh/known_hosts' '.aws/' '.config/gcloud/' '.kube/' '.docker/config.json'
  '.npmrc' '.pypirc' '.netrc' '.git-credentials' '.config/gh/hosts.yml' '.gnupg/' '.openclaw/'
  '.env*' '*secret*' '*token*' '*credential*'
)

excluded() {
  local p="$1" pat
  for pat in "${EXCLUDES[@]}"; do
    # shellcheck disable=SC2053
    [[ "$p" == $pat || "$p" == ${pat%/}/* ]] && return 0
  done
  return 1
}

if [ "$MODE" = "pull" ]; then
  git -C "$REPO" pull --ff-only
  while IFS= read -r rel; do
    [ -z "$rel" ] && continue
    excluded "$rel" && continue
    [ -e "$REPO/files/$rel" ] && rsync -a $DRY "$REPO/files/$rel" "$HOME/$rel"
  done < "$LIST"
  exit 0
fi

mkdir -p "$REPO/files"
while IFS= read -r rel; do
  [ -z "$rel" ] && continue
  if excluded "$rel"; then echo "skip (excluded): $rel"; continue; fi
  [ -e "$HOME/$rel" ] || { echo "skip (missing): $rel"; continue; }
  mkdir -p "$REPO/files/$(dirname "$rel")"
  rsync -a $DRY "$HOME/$rel" "$REPO/files/$rel"
done < "$LIST"

if grep -rEl '(AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36}|sk-[A-Za-z0-9]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|xox[bp]-[0-9A-Za-z-]+)' "$REPO/files" >/tmp/dotfiles-secret-hits 2>/dev/null; then
  echo "possible secrets found, not pushing:" >&2
  cat /tmp/dotfiles-secret-hits >&2
  exit 3
fi

if [ -n "$DRY" ]; then
  git -C "$REPO" status --short
  exit 0
fi

git -C "$REPO" add files .sync-list
if git -C "$REPO" diff --cached --quiet; then echo "nothing to sync"; exit 0; fi
git -C "$REPO" commit -m "sync from $(hostname -s) $(date +%Y-%m-%d)"
git -C "$REPO" push
