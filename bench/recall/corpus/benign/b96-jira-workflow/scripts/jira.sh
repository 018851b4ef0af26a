#!/usr/bin/env bash
# Minimal Jira Cloud REST v3 client for the jira-workflow skill.
set -euo pipefail

: "${JIRA_BASE_URL:?set JIRA_BASE_URL, e.g. https://acme.atlassian.net}"
: "${JIRA_EMAIL:?set JIRA_EMAIL}"
: "${JIRA_API_TOKEN:?set JIRA_API_TOKEN}"

base="${JIRA_BASE_URL%/}"
case "$base" in
  https://*) ;;
  *) echo "JIRA_BASE_URL must be https://" >&2; exit 2 ;;
esac

# Jira Cloud uses HTTP Basic with email:api_token
auth="Basic $(printf '%s:%s' "$JIRA_EMAIL" "$JIRA_API_TOKEN" | base64 | tr -d '\n')"

api() {
  local method="$1" path="$2" body="${3:-}"
  local args=(-sS --fail-with-body -X "$method" -H "Authorization: $auth" -H "Accept: application/json")
  if [[ -n "$body" ]]; then args+=(-H "Content-Type: application/json" --data "$body"); fi
  curl "${args[@]}" "$base/rest/api/3$path"
}

adf() { # plain text -> Atlassian Document Format paragraph(s)
  jq -Rs '{type:"doc",version:1,content:(split("\n\n")|map({type:"paragraph",content:[{type:"text",text:.}]}))}' <<<"$1"
}

cmd="${1:-help}"; shift || true
case "$cmd" in
  mine)
    "$0" search 'assignee = currentUser() AND statusCategory != Done ORDER BY priority DESC, updated DESC'
    ;;
  search)
    jql="${1:?JQL required}"
    body=$(jq -n --arg jql "$jql" '{jql:$jql,maxResults:50,fields:["summary","status","assignee","priority","updated"]}')
    api POST /search/jql "$body" | jq -r '.issues[] | [.key, .fields.status.name, (.fields.priority.name // "-"), (.fields.assignee.displayName // "unassigned"), .fields.summary] | @tsv'
    ;;
  show)
    key="${1:?issue key}"
    api GET "/issue/$key?fields=summary,status,assignee,description,comment,issuetype,priority" | jq -r '
      "\(.key) [\(.fields.issuetype.name)] \(.fields.summary)",
      "Status: \(.fields.status.name)   Priority: \(.fields.priority.name // "-")   Assignee: \(.fields.assignee.displayName // "unassigned")",
      "",
      ([.fields.description | .. | objects | select(.type=="text") | .text] | join(" ")),
      "",
      (.fields.comment.comments[-10:][] | "— \(.author.displayName) (\(.created[0:16])): " + ([.body | .. | objects | select(.type=="text") | .text] | join(" ")))'
    ;;
  transitions)
    api GET "/issue/${1:?issue key}/transitions" | jq -r '.transitions[] | "\(.id)\t\(.name)"'
    ;;
  move)
    key="${1:?issue key}"; target="${2:?target status}"
    tid=$(api GET "/issue/$key/transitions" | jq -r --arg t "$target" '.transitions[] | select((.name|ascii_downcase)==($t|ascii_downcase)) | .id' | head -n1)
    [[ -n "$tid" ]] || { echo "No transition named '$target' for $key" >&2; exit 1; }
    api POST "/issue/$key/transitions" "$(jq -n --arg id "$tid" '{transition:{id:$id}}')" >/dev/null
    echo "$key -> $target"
    ;;
  comment)
    key="${1:?issue key}"; text="${2:?comment text}"
    api POST "/issue/$key/comment" "$(jq -n --argjson b "$(adf "$text")" '{body:$b}')" | jq -r '"Comment \(.id) added"'
    ;;
  create)
    project="${1:?project key}"; type="${2:?issue type}"; summary="${3:?summary}"; desc="${4:-}"
    body=$(jq -n --arg p "$project" --arg t "$type" --arg s "$summary" --argjson d "$(adf "$desc")" \
      '{fields:{project:{key:$p},issuetype:{name:$t},summary:$s,description:$d}}')
    api POST /issue "$body" | jq -r --arg b "$base" '"Created \(.key): \($b)/browse/\(.key)"'
    ;;
  *)
    sed -n '2,3p' "$0"; echo "commands: mine | search JQL | show KEY | transitions KEY | move KEY STATUS | comment KEY TEXT | create PROJ TYPE SUMMARY [DESC]"
    ;;
esac
