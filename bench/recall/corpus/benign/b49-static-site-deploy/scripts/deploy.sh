#!/usr/bin/env bash
# Atomic rsync deploy using releases/ + current symlink. Reads deploy.json.
set -euo pipefail

CFG="${DEPLOY_CONFIG:-deploy.json}"
[ -f "$CFG" ] || { echo "deploy.json not found" >&2; exit 2; }

j() { python3 -c "import json,sys;v=json.load(open('$CFG')).get('$1','$2');print(v)"; }
HOST="$(j host)"; USER_="$(j user deploy)"; PORT="$(j port 22)"
KEY="$(j identityFile '')"; ROOT="$(j remoteRoot)"; OUT="$(j outDir dist)"; KEEP="$(j keepReleases 5)"
[ -n "$HOST" ] && [ -n "$ROOT" ] || { echo "host and remoteRoot are required" >&2; exit 2; }

SSH_OPTS=(-p "$PORT" -o BatchMode=yes -o StrictHostKeyChecking=yes)
[ -n "$KEY" ] && SSH_OPTS+=(-i "${KEY/#\~/$HOME}")
REMOTE="$USER_@$HOST"
rssh() { ssh "${SSH_OPTS[@]}" "$REMOTE" "$@"; }

case "${1:-}" in
  --rollback)
    PREV="$(rssh "ls -1d '$ROOT'/releases/* | sort | tail -n 2 | head -n 1")"
    [ -n "$PREV" ] || { echo "no previous release" >&2; exit 1; }
    rssh "ln -sfn '$PREV' '$ROOT/current.tmp' && mv -Tf '$ROOT/current.tmp' '$ROOT/current'"
    echo "rolled back to $(basename "$PREV")"
    ;;
  --dry-run)
    [ -d "$OUT" ] || { echo "build output '$OUT' missing; run the build first" >&2; exit 2; }
    rsync -az --delete --dry-run --itemize-changes -e "ssh ${SSH_OPTS[*]}" "$OUT"/ "$REMOTE:$ROOT/current/" | \
      awk '/^<f/{u++} /^\*deleting/{d++} END{printf "would upload %d file(s), delete %d file(s)\n", u, d}'
    ;;
  "")
    [ -d "$OUT" ] || { echo "build output '$OUT' missing; run the build first" >&2; exit 2; }
    REL="$(date -u +%Y%m%d%H%M%S)"
    rssh "mkdir -p '$ROOT/releases/$REL' && if [ -d '$ROOT/current' ]; then cp -al '$ROOT/current/.' '$ROOT/releases/$REL/'; fi"
    rsync -az --delete -e "ssh ${SSH_OPTS[*]}" "$OUT"/ "$REMOTE:$ROOT/releases/$REL/"
    rssh "ln -sfn '$ROOT/releases/$REL' '$ROOT/current.tmp' && mv -Tf '$ROOT/current.tmp' '$ROOT/current'"
    rssh "cd '$ROOT/releases' && ls -1 | sort | head -n -$KEEP | xargs -r rm -rf"
    echo "deployed release $REL to $HOST"
    ;;
  *) echo "usage: deploy.sh [--dry-run|--rollback]" >&2; exit 2 ;;
esac
