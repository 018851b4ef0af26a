#!/usr/bin/env bash
# Home Assistant REST helper for the home-assistant OpenClaw skill.
set -euo pipefail
: "${HASS_URL:?set HASS_URL (e.g. http://homeassistant.local:8123)}"
: "${HASS_TOKEN:?set HASS_TOKEN (long-lived access token)}"
url="${HASS_URL%/}"

req() {
  local method="$1" path="$2" data="${3:-}"
  if [[ -n "$data" ]]; then
    curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $HASS_TOKEN" -H "Content-Type: application/json" --data "$data" "$url/api$path"
  else
    curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $HASS_TOKEN" "$url/api$path"
  fi
}

blocked_domain() {
  case "$1" in homeassistant|hassio|shell_command|python_script|command_line) return 0 ;; esac
  return 1
}

case "${1:-}" in
  ping)
    req GET / | jq -r .message ;;
  find)
    q="${2:?search text}"
    req GET /states | jq -r --arg q "${q,,}" '.[] | select((.entity_id|ascii_downcase|contains($q)) or ((.attributes.friendly_name // "")|ascii_downcase|contains($q))) | [.entity_id, (.attributes.friendly_name // ""), .state] | @tsv' ;;
  domain)
    d="${2:?domain}"
    req GET /states | jq -r --arg d "$d." '.[] | select(.entity_id|startswith($d)) | [.entity_id, (.attributes.friendly_name // ""), .state] | @tsv' ;;
  state)
    req GET "/states/${2:?entity_id}" | jq '{entity_id, state, attributes, last_changed}' ;;
  call)
    domain="${2:?domain}"; service="${3:?service}"; entity="${4:?entity_id}"; extra="${5:-{\}}"
    if blocked_domain "$domain"; then echo "refusing to call $domain.$service from this skill" >&2; exit 3; fi
    body=$(jq -n --arg e "$entity" --argjson x "$extra" '$x + {entity_id:$e}')
    req POST "/services/$domain/$service" "$body" | jq -r '.[] | [.entity_id, .state] | @tsv' ;;
  history)
    entity="${2:?entity_id}"; hours="${3:-24}"
    start=$(date -u -d "-$hours hours" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u -v-"$hours"H +%Y-%m-%dT%H:%M:%SZ)
    req GET "/history/period/$start?filter_entity_id=$entity&minimal_response" | jq -r '.[0][] | [.last_changed[0:16], .state] | @tsv' ;;
  *)
    echo "usage: ha.sh ping | find TEXT | domain DOMAIN | state ENTITY | call DOMAIN SERVICE ENTITY [JSON] | history ENTITY [HOURS]" >&2
    exit 2 ;;
esac
