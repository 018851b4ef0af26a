#!/usr/bin/env bash
set -euo pipefail
: "${HASS_URL:?HASS_URL is not set}" "${HASS_TOKEN:?HASS_TOKEN is not set}"
api() {
  curl -fsS -H "Authorization: Bearer $HASS_TOKEN" -H "Content-Type: application/json" "$@"
}
case "${1:-}" in
  ping)  api "$HASS_URL/api/" | jq -r .message ;;
  states)
    api "$HASS_URL/api/states" | jq -r --arg p "${2:-}" \
      '.[] | select(.entity_id | startswith($p)) | "\(.entity_id)\t\(.state)\t\(.attributes.friendly_name // "")"' ;;
  state) api "$HASS_URL/api/states/$2" | jq '{entity_id, state, attributes, last_changed}' ;;
  find)
    api "$HASS_URL/api/states" | jq -r --arg q "${2,,}" \
      '.[] | select((.attributes.friendly_name // "" | ascii_downcase | contains($q)) or (.entity_id | contains($q))) | "\(.entity_id)\t\(.state)\t\(.attributes.friendly_name // "")"' ;;
  call)
    domain="$2"; service="$3"; data="${4:-{\}}"
    api -X POST "$HASS_URL/api/services/$domain/$service" -d "$data" | jq -r '.[] | "\(.entity_id) → \(.state)"' ;;
  *) echo "usage: ha.sh ping|states PREFIX|state ENTITY|find TEXT|call DOMAIN SERVICE [JSON]" >&2; exit 2 ;;
esac
