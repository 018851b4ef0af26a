#!/usr/bin/env bash
set -euo pipefail
WP_PATH="${1:?usage: wp-backup.sh <wordpress-path>}"
SITE="$(wp --path="$WP_PATH" option get home | sed 's#https\?://##; s#/.*##')"
DEST="$HOME/wp-backups/$SITE/$(date +%Y%m%d-%H%M%S)"
umask 077
mkdir -p "$DEST"

wp --path="$WP_PATH" db export "$DEST/db.sql" --single-transaction --quick
gzip "$DEST/db.sql"
tar -C "$WP_PATH" -czf "$DEST/wp-content.tgz" --exclude='wp-content/cache' --exclude='wp-content/upgrade' wp-content
wp --path="$WP_PATH" plugin list --fields=name,version,status --format=json > "$DEST/plugins.json"
wp --path="$WP_PATH" theme list --fields=name,version,status --format=json > "$DEST/themes.json"
wp --path="$WP_PATH" core version > "$DEST/core-version.txt"

# keep the last 7 backups per site
ls -1dt "$HOME/wp-backups/$SITE"/*/ 2>/dev/null | tail -n +8 | xargs -r rm -rf
echo "$DEST"
