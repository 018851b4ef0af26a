#!/usr/bin/env bash
# notes.sh <tag>: print Markdown release notes for commits between the previous tag and <tag>.
set -euo pipefail

CATS=("feat:✨ Features" "fix:🐛 Fixes" "perf:⚡ Performance" "refactor:♻️ Refactoring" "docs:📚 Docs" "chore:🧹 Chores" "ci:🤖 CI")
tag="$1"
prev=$(git describe --tags --abbrev=0 "${tag}^" 2>/dev/null || git rev-list --max-parents=0 HEAD | tail -n1)
IFS=',' read -r -a excluded <<< "${EXCLUDE:-}"

log=$(git log --no-merges --format='%H%x09%s%x09%an' "${prev}..${tag}")

echo "## ${tag}"
echo
[ -n "${NPM_URL:-}" ] && echo "📦 Published: ${NPM_URL}" && echo

breaking=$(printf '%s\n' "$log" | awk -F'\t' '$2 ~ /^[a-z]+(\([^)]*\))?!:/ {print "- " $2 " (" substr($1,1,7) ")"}')
if [ -n "$breaking" ]; then
  echo "### ⚠️ Breaking changes"; echo "$breaking"; echo
fi

for c in "${CATS[@]}"; do
  type="${c%%:*}"; title="${c#*:}"
  lines=$(printf '%s\n' "$log" | awk -F'\t' -v t="$type" '$2 ~ "^"t"(\\([^)]*\\))?!?:" {
      msg=$2; sub(/^[a-z]+(\([^)]*\))?!?:[ ]*/, "", msg); scope=""
      if (match($2, /\(([^)]*)\)/)) scope="**" substr($2, RSTART+1, RLENGTH-2) "**: "
      print "- " scope msg " (" substr($1,1,7) ")" }')
  [ -n "$lines" ] && { echo "### ${title}"; echo "$lines"; echo; }
done

other=$(printf '%s\n' "$log" | awk -F'\t' '$2 !~ /^[a-z]+(\([^)]*\))?!?:/ && $2 != "" {print "- " $2 " (" substr($1,1,7) ")"}')
[ -n "$other" ] && { echo "### Other"; echo "$other"; echo; }

echo "### Contributors"
printf '%s\n' "$log" | cut -f3 | sort -u | while read -r a; do
  skip=0; for e in "${excluded[@]}"; do [ "$a" = "$e" ] && skip=1; done
  [ $skip -eq 0 ] && [ -n "$a" ] && echo "- ${a}"
done
echo
echo "**Full diff**: ${GITHUB_SERVER_URL:-https://git.example.com}/${GITHUB_REPOSITORY}/compare/${prev}...${tag}"
