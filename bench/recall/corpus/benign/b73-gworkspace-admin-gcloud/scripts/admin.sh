#!/usr/bin/env bash
set -euo pipefail
API="https://admin.googleapis.example.com/admin/directory/v1"

token() {
  gcloud auth application-default print-access-token 2>/dev/null || {
    echo "no Application Default Credentials; ask the admin to run the login step in SKILL.md" >&2
    exit 3
  }
}

call() {
  local method="$1" path="$2" body="${3:-}"
  if [ -n "$body" ]; then
    curl -fsS -X "$method" "$API$path" -H "Authorization: Bearer $(token)" -H "Content-Type: application/json" -d "$body"
  else
    curl -fsS -X "$method" "$API$path" -H "Authorization: Bearer $(token)"
  fi
}

paged() {
  local path="$1" key="$2" page="" sep
  while :; do
    sep='?'; [[ "$path" == *\?* ]] && sep='&'
    resp="$(call GET "${path}${page:+${sep}pageToken=$page}")"
    echo "$resp" | jq -c ".${key}[]?"
    page="$(echo "$resp" | jq -r '.nextPageToken // empty')"
    [ -z "$page" ] && break
  done
}

case "${1:-}" in
  users)
    paged "/users?customer=my_customer&maxResults=200&orderBy=email" users \
      | jq -r '[.primaryEmail, .name.fullName, (if .suspended then "suspended" else "active" end), (if .isEnrolledIn2Sv then "2SV" else "no-2SV" end), (.lastLoginTime // "-")] | @tsv' ;;
  no2sv)
    paged "/users?customer=my_customer&maxResults=200&query=isEnrolledIn2Sv=false" users | jq -r '.primaryEmail' ;;
  groups)
    paged "/groups?customer=my_customer&maxResults=200" groups | jq -r '[.email, .name, .directMembersCount] | @tsv' ;;
  members)
    paged "/groups/${2:?group email}/members?maxResults=200" members | jq -r '[.email, .role, .type] | @tsv' ;;
  suspend|unsuspend)
    u="${2:?user email}"; v=$([ "$1" = suspend ] && echo true || echo false)
    call PUT "/users/$u" "{\"suspended\": $v}" | jq -r '"\(.primaryEmail) suspended=\(.suspended)"' ;;
  *) echo "usage: admin.sh users|no2sv|groups|members <g>|suspend <u>|unsuspend <u>" >&2; exit 2 ;;
esac
