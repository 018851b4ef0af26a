#!/usr/bin/env bash
# Print commits between the last tag (or $1) and HEAD as JSON lines.
set -euo pipefail

since="${1:-}"
if [[ -z "$since" ]]; then
  since="$(git describe --tags --abbrev=0 2>/dev/null || true)"
fi
range="HEAD"
if [[ -n "$since" ]]; then
  range="${since}..HEAD"
fi

json_escape() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\t'/\\t}
  s=${s//$'\r'/}
  printf '%s' "$s"
}

sep=$'\x1f'
git log --no-merges --format="%H${sep}%an${sep}%s${sep}%b%x1e" "$range" | \
while IFS= read -r -d $'\x1e' record; do
  record="${record#$'\n'}"
  [[ -z "$record" ]] && continue
  IFS="$sep" read -r sha author subject body <<<"$record"
  type="other"; scope=""; breaking=false; text="$subject"
  if [[ "$subject" =~ ^([a-z]+)(\(([^\)]+)\))?(!)?:[[:space:]]*(.*)$ ]]; then
    type="${BASH_REMATCH[1]}"
    scope="${BASH_REMATCH[3]}"
    [[ -n "${BASH_REMATCH[4]}" ]] && breaking=true
    text="${BASH_REMATCH[5]}"
  fi
  if grep -q '^BREAKING CHANGE:' <<<"$body"; then breaking=true; fi
  pr=""
  if [[ "$subject" =~ \(\#([0-9]+)\)$ ]]; then pr="${BASH_REMATCH[1]}"; fi
  printf '{"sha":"%s","type":"%s","scope":"%s","breaking":%s,"subject":"%s","pr":"%s","author":"%s"}\n' \
    "${sha:0:10}" "$type" "$(json_escape "$scope")" "$breaking" "$(json_escape "$text")" "$pr" "$(json_escape "$author")"
done
