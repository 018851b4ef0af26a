#!/usr/bin/env bash
set -euo pipefail
WP_PATH="${1:?usage: wp-health.sh <wordpress-path>}"
wpc() { wp --path="$WP_PATH" --skip-plugins --skip-themes "$@"; }

echo "== core"
wpc core version --extra
wpc core check-update --format=table || true
echo "== php"
php -r 'echo PHP_VERSION, PHP_EOL;'
echo "== plugins with updates"
wp --path="$WP_PATH" plugin list --update=available --fields=name,version,update_version --format=table || true
echo "== inactive plugins"
wp --path="$WP_PATH" plugin list --status=inactive --field=name || true
echo "== themes with updates"
wp --path="$WP_PATH" theme list --update=available --fields=name,version,update_version --format=table || true
echo "== cron"
wpc cron test || true
echo "== autoloaded options (bytes)"
wpc db query "SELECT SUM(LENGTH(option_value)) FROM $(wpc db prefix)options WHERE autoload IN ('yes','on','auto-on','auto')" --skip-column-names
if [ -f "$WP_PATH/../composer.json" ] || [ -f "$WP_PATH/composer.json" ]; then
  echo "== composer audit"
  ( cd "$( [ -f "$WP_PATH/composer.json" ] && echo "$WP_PATH" || echo "$WP_PATH/.." )" && composer audit --no-interaction --format=plain ) || true
fi
