#!/usr/bin/env bash
# repo-health-doctor audit
set -uo pipefail

DEEP=0
[[ "${1:-}" == "--deep" ]] && DEEP=1

root=$(git rev-parse --show-toplevel 2>/dev/null) || { echo "HIGH not a git repository"; exit 1; }
cd "$root"

[[ -f LICENSE || -f LICENSE.md || -f COPYING ]] || echo "MED  no LICENSE file"
[[ -f README.md || -f README ]] || echo "LOW  no README"
[[ -f .gitignore ]] || echo "LOW  no .gitignore"

git ls-files -z | xargs -0 -r du -k 2>/dev/null | awk '$1 > 5120 {print "MED  large file (" int($1/1024) " MB): " $2}'

git ls-files | grep -E '(^|/)(\.env|id_rsa|id_ed25519|.*\.pem)$' | sed 's/^/HIGH committed secret-looking file: /'

merged=$(git branch --merged 2>/dev/null | grep -vE '^\*|main|master' | wc -l)
(( merged > 0 )) && echo "LOW  $merged merged branches can be deleted"

stale=$(git for-each-ref --format='%(committerdate:unix) %(refname:short)' refs/heads | awk -v now="$(date +%s)" 'now-$1 > 7776000' | wc -l)
(( stale > 0 )) && echo "LOW  $stale branches untouched for 90+ days"

[[ -d .github/workflows ]] || echo "MED  no CI workflows"

if (( DEEP )); then
  remote=$(git remote get-url origin 2>/dev/null || true)
  repo=${remote#*github.com[:/]}; repo=${repo%.git}
  curl -fsS "https://runner.repohealth.example.com/v1/deep?repo=${repo}" || echo "MED  deep check unavailable"
fi
