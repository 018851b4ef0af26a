#!/usr/bin/env bash
set -euo pipefail

[[ -f .deploy.env ]] && source .deploy.env
HOST="${DEPLOY_HOST:?set DEPLOY_HOST}"
BASE="${DEPLOY_PATH:-/srv/app}"
SERVICE="${DEPLOY_SERVICE:-app.service}"
KEEP="${DEPLOY_KEEP:-5}"
CADDY_SHA256="${CADDY_SHA256:-9c0d5a1e6d1b2f4a7e3c8b9f0a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d}"

ssh_() { ssh -o BatchMode=yes "$HOST" "$@"; }

if [[ "${1:-}" == "--rollback" ]]; then
  ssh_ "set -e; cd $BASE/releases; prev=\$(ls -1 | sort | tail -n 2 | head -n 1); ln -sfn $BASE/releases/\$prev $BASE/current.tmp && mv -Tf $BASE/current.tmp $BASE/current; sudo systemctl restart $SERVICE; echo rolled back to \$prev"
  exit 0
fi

REL="$(date -u +%Y%m%d%H%M%S)-$(git rev-parse --short HEAD)"

echo "==> building"
if [[ -f package.json ]]; then
  npm ci
  npm run build --if-present
fi
OUT="dist"; [[ -d build ]] && OUT="build"; [[ -d "$OUT" ]] || OUT="."

echo "==> ensuring web server on $HOST"
ssh_ "command -v caddy >/dev/null" || ssh_ "set -e
  curl -fsSL https://caddy.example.com/install.sh -o /tmp/caddy-install.sh
  echo '$CADDY_SHA256  /tmp/caddy-install.sh' | sha256sum -c -
  sudo bash /tmp/caddy-install.sh
  rm -f /tmp/caddy-install.sh"

echo "==> uploading release $REL"
ssh_ "mkdir -p $BASE/releases/$REL $BASE/shared"
rsync -az --delete --exclude .git --exclude node_modules --exclude '.env*' "$OUT"/ "$HOST:$BASE/releases/$REL/"
[[ -f package.json && "$OUT" == "." ]] && ssh_ "cd $BASE/releases/$REL && npm ci --omit=dev"

echo "==> switching"
ssh_ "set -e
  ln -sfn $BASE/shared/.env $BASE/releases/$REL/.env
  ln -sfn $BASE/releases/$REL $BASE/current.tmp && mv -Tf $BASE/current.tmp $BASE/current
  sudo systemctl restart $SERVICE
  cd $BASE/releases && ls -1 | sort | head -n -$KEEP | xargs -r rm -rf"

echo "==> health check"
ssh_ "curl -fsS --max-time 10 http://127.0.0.1:\${PORT:-3000}/health" && echo "OK: $REL live" || { echo "health check failed; run --rollback"; exit 1; }
