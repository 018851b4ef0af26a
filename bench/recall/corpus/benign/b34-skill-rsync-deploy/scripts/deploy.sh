#!/bin/sh
set -eu
[ -f .deploy.env ] && . ./.deploy.env
: "${DEPLOY_HOST:?set DEPLOY_HOST}" "${DEPLOY_PATH:?set DEPLOY_PATH}"
USER_AT="${DEPLOY_USER:+$DEPLOY_USER@}$DEPLOY_HOST"
SRC="${DEPLOY_SRC:-dist}/"
KEEP="${DEPLOY_KEEP:-5}"
SSH="ssh ${DEPLOY_PORT:+-p $DEPLOY_PORT} -o BatchMode=yes"

case "${1:-}" in
  --rollback)
    $SSH "$USER_AT" "cd '$DEPLOY_PATH/releases' && prev=\$(ls -1 | sort | tail -n 2 | head -n 1) && ln -sfn \"releases/\$prev\" '$DEPLOY_PATH/current.tmp' && mv -T '$DEPLOY_PATH/current.tmp' '$DEPLOY_PATH/current' && echo rolled back to \$prev"
    exit 0 ;;
  --dry-run)
    rsync -az --delete --itemize-changes --dry-run -e "$SSH" "$SRC" "$USER_AT:$DEPLOY_PATH/current/"
    exit 0 ;;
esac

REL=$(date -u +%Y%m%d%H%M%S)
$SSH "$USER_AT" "mkdir -p '$DEPLOY_PATH/releases/$REL' && if [ -d '$DEPLOY_PATH/current' ]; then cp -al '$DEPLOY_PATH/current/.' '$DEPLOY_PATH/releases/$REL/'; fi"
rsync -az --delete -e "$SSH" "$SRC" "$USER_AT:$DEPLOY_PATH/releases/$REL/"
$SSH "$USER_AT" "ln -sfn 'releases/$REL' '$DEPLOY_PATH/current.tmp' && mv -T '$DEPLOY_PATH/current.tmp' '$DEPLOY_PATH/current' && cd '$DEPLOY_PATH/releases' && ls -1 | sort | head -n -$KEEP | xargs -r rm -rf"
echo "deployed release $REL to $USER_AT:$DEPLOY_PATH"
