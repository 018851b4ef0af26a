#!/usr/bin/env bash
# Atomic rsync deploy to the user's own server.
set -euo pipefail

: "${DEPLOY_HOST:?set DEPLOY_HOST (user@host or ssh alias)}"
: "${DEPLOY_PATH:?set DEPLOY_PATH (remote base dir)}"
KEEP="${DEPLOY_KEEP:-5}"
SSH_OPTS=(-o BatchMode=yes -o ConnectTimeout=10)

mode="deploy"
dry=""
src=""
for a in "$@"; do
  case "$a" in
    --dry-run) dry="--dry-run" ;;
    --rollback) mode="rollback" ;;
    *) src="$a" ;;
  esac
done

remote() { ssh "${SSH_OPTS[@]}" "$DEPLOY_HOST" "$@"; }

if [ "$mode" = "rollback" ]; then
  prev=$(remote "ls -1d '$DEPLOY_PATH'/releases/* | sort | tail -n 2 | head -n 1")
  [ -n "$prev" ] || { echo "no previous release"; exit 1; }
  remote "ln -sfn '$prev' '$DEPLOY_PATH/current.tmp' && mv -Tf '$DEPLOY_PATH/current.tmp' '$DEPLOY_PATH/current'"
  echo "rolled back to $prev"
  exit 0
fi

[ -d "$src" ] || { echo "usage: deploy.sh [--dry-run] <build-dir> | --rollback"; exit 2; }

rel="$DEPLOY_PATH/releases/$(date -u +%Y%m%d%H%M%S)"
if [ -z "$dry" ]; then
  remote "mkdir -p '$rel' && if [ -e '$DEPLOY_PATH/current' ]; then cp -al '$DEPLOY_PATH/current/.' '$rel/'; fi"
fi

rsync -az --delete $dry -e "ssh ${SSH_OPTS[*]}" "$src"/ "$DEPLOY_HOST:$rel/"

if [ -n "$dry" ]; then
  echo "dry run complete (nothing changed on $DEPLOY_HOST)"
  exit 0
fi

remote "ln -sfn '$rel' '$DEPLOY_PATH/current.tmp' && mv -Tf '$DEPLOY_PATH/current.tmp' '$DEPLOY_PATH/current'"
remote "cd '$DEPLOY_PATH/releases' && ls -1 | sort | head -n -$KEEP | xargs -r rm -rf --"
echo "deployed $rel"

if [ -n "${DEPLOY_URL:-}" ]; then
  code=$(curl -fsS -o /dev/null -w '%{http_code}' "$DEPLOY_URL" || true)
  echo "health check $DEPLOY_URL -> ${code:-unreachable}"
fi
