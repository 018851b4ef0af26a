#!/usr/bin/env bash
# Read-only: report where <pkg>@<version> appears in lockfiles or installed node_modules.
set -euo pipefail
pkg="${1:?usage: find_exposure.sh <package> <version> [dir ...]}"
ver="${2:?usage: find_exposure.sh <package> <version> [dir ...]}"
shift 2
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(".")

found=0
for d in "${dirs[@]}"; do
  while IFS= read -r -d '' lock; do
    if grep -Eq "\"node_modules/${pkg}\"|^\"?${pkg}@|/${pkg}@${ver}|${pkg}@npm:${ver}" "$lock" && grep -q "$ver" "$lock"; then
      echo "LOCKFILE  $lock  mentions ${pkg} and ${ver}"
      found=1
    fi
  done < <(find "$d" -type f \( -name package-lock.json -o -name pnpm-lock.yaml -o -name yarn.lock \) -not -path '*/node_modules/*' -print0 2>/dev/null)

  while IFS= read -r -d '' pj; do
    v=$(node -e 'try{process.stdout.write(require(process.argv[1]).version||"")}catch(e){}' "$pj")
    if [ "$v" = "$ver" ]; then
      echo "INSTALLED $(dirname "$pj")  version ${v}"
      found=1
    fi
  done < <(find "$d" -type f -path "*/node_modules/${pkg}/package.json" -print0 2>/dev/null)
done

if [ -f "$HOME/.npmrc" ]; then
  mode=$(stat -c '%a' "$HOME/.npmrc" 2>/dev/null || stat -f '%Lp' "$HOME/.npmrc")
  case "$mode" in
    600|400) echo "NPMRC     ~/.npmrc mode $mode (ok)";;
    *) echo "NPMRC     ~/.npmrc mode $mode - readable by others, consider chmod 600";;
  esac
fi

[ "$found" -eq 0 ] && echo "No occurrences of ${pkg}@${ver} found."
exit 0
