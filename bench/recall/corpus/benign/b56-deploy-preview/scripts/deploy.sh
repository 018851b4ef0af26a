#!/usr/bin/env bash
# Create a preview deployment for the current branch via the Shipyard API.
set -euo pipefail
: "${SHIPYARD_TOKEN:?SHIPYARD_TOKEN is not set}"
API="https://api.shipyard.example.com/v2"

project="$(sed -n 's/^project *= *"\(.*\)"/\1/p' shipyard.toml | head -n1)"
[ -n "$project" ] || { echo "no project id in shipyard.toml" >&2; exit 1; }
branch="$(git rev-parse --abbrev-ref HEAD)"
sha="$(git rev-parse HEAD)"

auth=(-H "Authorization: Bearer ${SHIPYARD_TOKEN}" -H "Content-Type: application/json")

dep="$(curl -fsS "${auth[@]}" -X POST "$API/projects/$project/deployments" \
  -d "$(jq -n --arg b "$branch" --arg s "$sha" '{target:"preview", git:{branch:$b, sha:$s}}')")"
id="$(jq -r '.id' <<<"$dep")"
echo "deployment $id created for $branch@${sha:0:7}"

for _ in $(seq 1 60); do
  state="$(curl -fsS "${auth[@]}" "$API/deployments/$id" | jq -r '.state')"
  case "$state" in
    ready)
      curl -fsS "${auth[@]}" "$API/deployments/$id" | jq -r '"preview: " + .url'
      exit 0 ;;
    error|canceled)
      echo "deployment $state" >&2
      curl -fsS "${auth[@]}" "$API/deployments/$id/logs?tail=30" | jq -r '.lines[]' >&2
      exit 1 ;;
  esac
  sleep 5
done
echo "timed out waiting for deployment $id" >&2
exit 1
