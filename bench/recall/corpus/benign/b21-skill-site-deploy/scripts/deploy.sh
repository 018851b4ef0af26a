#!/usr/bin/env bash
# Static site deploy helper: build | plan | apply | verify | rollback
set -euo pipefail

: "${DEPLOY_TARGET:?DEPLOY_TARGET is not set (user@host:/path)}"
BUILD_CMD="${BUILD_CMD:-npm run build}"
BUILD_DIR="${BUILD_DIR:-dist}"
SSH_OPTS=(-o BatchMode=yes -o StrictHostKeyChecking=accept-new)
[ -n "${DEPLOY_SSH_KEY:-}" ] && SSH_OPTS+=(-i "$DEPLOY_SSH_KEY")

HOST="${DEPLOY_TARGET%%:*}"
REMOTE_PATH="${DEPLOY_TARGET#*:}"
RSYNC=(rsync -az --delete --checksum --exclude '.DS_Store' -e "ssh ${SSH_OPTS[*]}")

case "${1:-}" in
  build)
    eval "$BUILD_CMD"
    [ -d "$BUILD_DIR" ] && [ -n "$(ls -A "$BUILD_DIR")" ] || { echo "build dir $BUILD_DIR is empty" >&2; exit 1; }
    echo "build ok: $(find "$BUILD_DIR" -type f | wc -l) files"
    ;;
  plan)
    "${RSYNC[@]}" --dry-run --itemize-changes "$BUILD_DIR/" "$DEPLOY_TARGET/" | sed 's/^/  /'
    ;;
  apply)
    ssh "${SSH_OPTS[@]}" "$HOST" "mkdir -p '$REMOTE_PATH' && rm -rf '$REMOTE_PATH.prev' && cp -a '$REMOTE_PATH' '$REMOTE_PATH.prev'"
    "${RSYNC[@]}" "$BUILD_DIR/" "$DEPLOY_TARGET/"
    echo "deployed to $DEPLOY_TARGET"
    ;;
  verify)
    url="${DEPLOY_URL:-https://${HOST#*@}/}"
    curl -sS -o /dev/null -w "status=%{http_code} time=%{time_total}s\n" --max-time 20 "$url"
    ;;
  rollback)
    ssh "${SSH_OPTS[@]}" "$HOST" "[ -d '$REMOTE_PATH.prev' ] && rm -rf '$REMOTE_PATH' && mv '$REMOTE_PATH.prev' '$REMOTE_PATH'"
    echo "rolled back $DEPLOY_TARGET"
    ;;
  *)
    echo "usage: deploy.sh build|plan|apply|verify|rollback" >&2
    exit 2
    ;;
esac
