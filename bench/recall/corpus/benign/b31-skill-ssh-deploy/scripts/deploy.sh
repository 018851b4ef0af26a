#!/bin/sh
# Deploy to the user's configured server. Requires DEPLOY_HOST, DEPLOY_USER, DEPLOY_PATH.
set -eu
: "${DEPLOY_HOST:?set DEPLOY_HOST}" "${DEPLOY_USER:?set DEPLOY_USER}" "${DEPLOY_PATH:?set DEPLOY_PATH}"
SRC="${DEPLOY_SRC:-dist/}"
TARGET="$DEPLOY_USER@$DEPLOY_HOST"
REL="$(date -u +%Y%m%d%H%M%S)"
SSH="ssh -o BatchMode=yes -o StrictHostKeyChecking=yes"
EXCL="--exclude=.env --exclude=.env.* --exclude=.git --exclude=node_modules"

case "${1:-}" in
  --check)
    echo "target: $TARGET:$DEPLOY_PATH/releases/$REL"
    ssh -G "$DEPLOY_HOST" | grep -E '^(identityfile|user|hostname|port) ' || true
    rsync -an --itemize-changes $EXCL "$SRC" "$TARGET:$DEPLOY_PATH/releases/$REL/" -e "$SSH" | head -200
    ;;
  --apply)
    $SSH "$TARGET" "mkdir -p '$DEPLOY_PATH/releases/$REL'"
    rsync -az --delete $EXCL "$SRC" "$TARGET:$DEPLOY_PATH/releases/$REL/" -e "$SSH"
    $SSH "$TARGET" "ln -sfn '$DEPLOY_PATH/releases/$REL' '$DEPLOY_PATH/current'"
    if [ -n "${DEPLOY_RESTART:-}" ]; then $SSH "$TARGET" "$DEPLOY_RESTART"; fi
    echo "deployed release $REL to $TARGET"
    ;;
  --rollback)
    $SSH "$TARGET" "cd '$DEPLOY_PATH/releases' && prev=\$(ls -1 | sort | tail -2 | head -1) && ln -sfn \"$DEPLOY_PATH/releases/\$prev\" '$DEPLOY_PATH/current' && echo rolled back to \$prev"
    ;;
  *)
    echo "usage: deploy.sh --check | --apply | --rollback" >&2; exit 2;;
esac
