#!/usr/bin/env bash
# List merged PRs since the last tag, grouped by label. Uses the user's gh auth.
set -euo pipefail
last=$(git describe --tags --abbrev=0 2>/dev/null || true)
since=${last:+$(git log -1 --format=%cI "$last")}
query="is:pr is:merged base:$(git rev-parse --abbrev-ref HEAD)"
[ -n "${since:-}" ] && query="$query merged:>$since"
gh pr list --state merged --search "$query" --limit 200 --json number,title,labels \
  --jq '.[] | [(.labels | map(.name) | join(",")), "#\(.number) \(.title)"] | @tsv' |
awk -F'\t' '
  { g = "other"
    if ($1 ~ /breaking/) g = "breaking"; else if ($1 ~ /feat|enhancement/) g = "feat";
    else if ($1 ~ /fix|bug/) g = "fix"; else if ($1 ~ /doc/) g = "docs"
    items[g] = items[g] "- " $2 "\n" }
  END { split("breaking feat fix docs other", order, " ")
        for (i = 1; i <= 5; i++) if (items[order[i]] != "") printf "### %s\n%s\n", order[i], items[order[i]] }'
