#!/usr/bin/env bash
# Read-only IOC sweep for JS projects. Prints findings; never modifies anything.
set -uo pipefail

ROOT="${1:-}"
if [[ -z "$ROOT" || ! -d "$ROOT" ]]; then
  echo "usage: sweep.sh <project-dir>" >&2
  exit 2
fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IOCS="$HERE/iocs.txt"
FOUND=0

section() { printf '\n== %s ==\n' "$1"; }
hit() { FOUND=1; printf '[%s] %s\n    %s\n' "$1" "$2" "$3"; }

section "install scripts in node_modules"
if [[ -d "$ROOT/node_modules" ]]; then
  while IFS= read -r pj; do
    scripts=$(grep -Eo '"(pre|post)?install"[[:space:]]*:[[:space:]]*"[^"]*"' "$pj" 2>/dev/null || true)
    [[ -z "$scripts" ]] && continue
    name=$(grep -m1 -Eo '"name"[[:space:]]*:[[:space:]]*"[^"]+"' "$pj" | sed -E 's/.*"([^"]+)"$/\1/')
    ver=$(grep -m1 -Eo '"version"[[:space:]]*:[[:space:]]*"[^"]+"' "$pj" | sed -E 's/.*"([^"]+)"$/\1/')
    printf '%s@%s: %s\n' "$name" "$ver" "$(echo "$scripts" | tr '\n' ' ')"
    dir=$(dirname "$pj")
    if [[ -f "$dir/bundle.js" ]]; then
      size=$(wc -c <"$dir/bundle.js")
      hit worm-hook "$name@$ver" "bundle.js present (${size} bytes) alongside install script"
    fi
  done < <(find "$ROOT/node_modules" -name package.json -not -path '*/test/*' -maxdepth 4 2>/dev/null)
else
  echo "(no node_modules)"
fi

section "pattern matches"
while IFS=$'\t' read -r pat cat desc; do
  [[ -z "$pat" || "$pat" == \#* ]] && continue
  while IFS= read -r line; do
    [[ -z "$line" ]] && continue
    file="${line%%:*}"
    rest="${line#*:}"; lineno="${rest%%:*}"; text="${rest#*:}"
    hit "$cat" "$file:$lineno ($desc)" "$(echo "$text" | cut -c1-200)"
  done < <(grep -rEn --include='*.js' --include='*.cjs' --include='*.mjs' --include='*.json' --include='*.yml' --include='*.yaml' \
             --exclude-dir=.git -e "$pat" "$ROOT" 2>/dev/null | grep -v "npm-ioc-sweep" | head -n 50)
done <"$IOCS"

section "workflow files"
if [[ -d "$ROOT/.github/workflows" ]]; then
  for wf in "$ROOT"/.github/workflows/*.y*ml; do
    [[ -e "$wf" ]] || continue
    first=$(git -C "$ROOT" log --diff-filter=A --format='%h %an %ad' --date=short -- "${wf#$ROOT/}" 2>/dev/null | tail -n1)
    staged=$(git -C "$ROOT" diff --cached --name-only -- "${wf#$ROOT/}" 2>/dev/null)
    printf '%s  added: %s%s\n' "${wf#$ROOT/}" "${first:-untracked}" "${staged:+  (STAGED, not committed)}"
    [[ -n "$staged" ]] && hit workflow "${wf#$ROOT/}" "workflow file is staged but not committed — did you add it?"
  done
else
  echo "(no workflows)"
fi

section "summary"
if [[ $FOUND -eq 1 ]]; then
  echo "Findings above need human review. Pattern matches can be false positives."
  exit 1
fi
echo "No indicators found."
exit 0
