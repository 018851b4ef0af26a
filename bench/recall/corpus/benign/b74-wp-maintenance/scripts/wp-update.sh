#!/usr/bin/env bash
set -euo pipefail
WP_PATH="${1:?usage: wp-update.sh <wordpress-path> [--plugins a,b] [--themes x] [--core minor|major]}"; shift
PLUGINS=""; THEMES=""; CORE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --plugins) PLUGINS="$2"; shift 2 ;;
    --themes) THEMES="$2"; shift 2 ;;
    --core) CORE="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
HOME_URL="$(wp --path="$WP_PATH" option get home)"

site_ok() {
  local a b
  a=$(curl -s -o /dev/null -w '%{http_code}' -L --max-time 20 "$HOME_URL/")
  b=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$HOME_URL/wp-admin/")
  [[ "$a" == 200 ]] && [[ "$b" == 200 || "$b" == 302 ]]
}

update_item() {
  local kind="$1" name="$2" before
  before=$(wp --path="$WP_PATH" "$kind" get "$name" --field=version)
  wp --path="$WP_PATH" "$kind" update "$name"
  if site_ok; then
    echo "ok: $kind $name $before -> $(wp --path="$WP_PATH" "$kind" get "$name" --field=version)"
  else
    echo "site check failed after $kind $name; rolling back to $before" >&2
    wp --path="$WP_PATH" "$kind" install "$name" --version="$before" --force
    site_ok && echo "rolled back: $kind $name $before" || echo "STILL FAILING after rollback: restore from backup" >&2
  fi
}

IFS=, read -ra P <<< "$PLUGINS"; for p in "${P[@]}"; do [ -n "$p" ] && update_item plugin "$p"; done
IFS=, read -ra T <<< "$THEMES"; for t in "${T[@]}"; do [ -n "$t" ] && update_item theme "$t"; done
case "$CORE" in
  minor) wp --path="$WP_PATH" core update --minor && wp --path="$WP_PATH" core update-db ;;
  major) wp --path="$WP_PATH" core update && wp --path="$WP_PATH" core update-db ;;
  "") ;;
  *) echo "--core must be minor or major" >&2; exit 2 ;;
esac
site_ok && echo "final check: site OK" || echo "final check: site NOT OK" >&2
