#!/usr/bin/env bash
set -euo pipefail
ref="${1:?usage: pr-context.sh <number|url>}"
max_lines="${PR_DIFF_MAX_LINES:-3000}"

repo_args=()
if [[ "$ref" =~ ^https://github\.com/([^/]+/[^/]+)/pull/([0-9]+) ]]; then
  repo_args=(--repo "${BASH_REMATCH[1]}")
  ref="${BASH_REMATCH[2]}"
fi

gh pr view "$ref" "${repo_args[@]}" --json number,title,author,baseRefName,headRefName,state,isDraft,additions,deletions,body,labels \
  | jq -r '"#\(.number) \(.title)\nby @\(.author.login)  \(.headRefName) -> \(.baseRefName)  state=\(.state) draft=\(.isDraft)\n+\(.additions) -\(.deletions)  labels: \([.labels[].name]|join(", "))\n\n\(.body // "")"'

echo; echo "## Checks"
gh pr checks "$ref" "${repo_args[@]}" 2>/dev/null || echo "(no checks)"

echo; echo "## Files"
gh pr view "$ref" "${repo_args[@]}" --json files | jq -r '.files[] | "\(.path)  +\(.additions) -\(.deletions)"'

echo; echo "## Diff"
gh pr diff "$ref" "${repo_args[@]}" --color=never | head -n "$max_lines"
total=$(gh pr diff "$ref" "${repo_args[@]}" --color=never | wc -l)
(( total > max_lines )) && echo "... diff truncated ($total lines total)"
exit 0
