#!/usr/bin/env bash
# changelog.sh --since REF [--until REF] [--repo DIR]
# Prints commits grouped by conventional-commit type, with PR numbers and authors.
set -euo pipefail
SINCE=""; UNTIL="HEAD"; REPO="."
while [[ $# -gt 0 ]]; do
  case "$1" in
    --since) SINCE="$2"; shift 2 ;;
    --until) UNTIL="$2"; shift 2 ;;
    --repo)  REPO="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
cd "$REPO"
RANGE="${SINCE:+$SINCE..}$UNTIL"

declare -A groups
order=(breaking feat fix perf docs refactor test build ci chore other)
while IFS=$'\x1f' read -r hash author subject body; do
  type="other"
  if [[ "$subject" =~ ^([a-z]+)(\([^\)]*\))?(!)?:\ (.*)$ ]]; then
    type="${BASH_REMATCH[1]}"
    [[ -n "${BASH_REMATCH[3]}" ]] && type="breaking"
  fi
  [[ "$body" == *"BREAKING CHANGE"* ]] && type="breaking"
  pr=""
  [[ "$subject" =~ \(#([0-9]+)\)$ ]] && pr="#${BASH_REMATCH[1]}"
  groups[$type]+="- ${subject} ${pr:+($pr)} [@${author}]"$'\n'
done < <(git log --no-merges --format='%h%x1f%an%x1f%s%x1f%b%x1e' "$RANGE" | tr -d '\n' | tr '\036' '\n')

for t in "${order[@]}"; do
  [[ -n "${groups[$t]:-}" ]] || continue
  echo "### $t"
  printf '%s\n' "${groups[$t]}"
done

echo "### contributors"
git log --format='%an' "$RANGE" | sort | uniq -c | sort -rn
first_time=$(comm -13 <(git log --format='%an' "${SINCE:-HEAD}" 2>/dev/null | sort -u) <(git log --format='%an' "$RANGE" | sort -u) || true)
[[ -n "$first_time" ]] && { echo "### first-time"; echo "$first_time"; }
