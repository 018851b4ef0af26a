#!/usr/bin/env bash
set -euo pipefail
REPO="${1:?usage: triage.sh owner/repo}"

issues=$(gh issue list --repo "$REPO" --state open --limit 100 --json number,title,body,labels \
  | jq '[.[] | select(.labels | length == 0)]')

suggest() {
  local t
  t=$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')
  case "$t" in
    *crash*|*error*|*exception*|*fail*|*broken*) echo bug ;;
    *feature*|*support\ for*|*add\ *|*would\ be\ nice*) echo enhancement ;;
    *docs*|*readme*|*typo*) echo documentation ;;
    *how\ do*|*question*|*help*) echo question ;;
    *) echo needs-triage ;;
  esac
}

printf '%s' "$issues" | jq -c '.[]' | while read -r it; do
  n=$(jq -r .number <<<"$it"); title=$(jq -r .title <<<"$it")
  dup=$(gh issue list --repo "$REPO" --state all --search "$title in:title" --json number \
        | jq -r --argjson n "$n" '[.[] | select(.number != $n)][0].number // empty')
  jq -n --argjson n "$n" --arg t "$title" --arg l "$(suggest "$title")" --arg d "$dup" \
     '{number:$n,title:$t,label:$l,duplicateOf:($d|select(.!=""))}'
done | jq -s .
