#!/usr/bin/env bash
# Read-only indicator check for npm supply-chain compromises. Never modifies anything.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="${1:-}"
found=0
hit() { echo "FOUND: $*"; found=1; }

echo "== shell rc files"
for rc in "$HOME/.bashrc" "$HOME/.zshrc"; do
  [[ -f "$rc" ]] && grep -n 'shutdown -h 0' "$rc" && hit "shutdown line in $rc"
done

echo "== s1ngularity inventory"
[[ -f /tmp/inventory.txt ]] && hit "/tmp/inventory.txt exists ($(wc -l < /tmp/inventory.txt) lines)"
[[ -f /tmp/inventory.txt.bak ]] && hit "/tmp/inventory.txt.bak exists"

echo "== npm token presence"
if [[ -f "$HOME/.npmrc" ]] && grep -q '_authToken' "$HOME/.npmrc"; then
  echo "an npm auth token is present in ~/.npmrc (value not shown) — rotate it if anything else is found"
fi

if [[ -n "$ROOT" ]]; then
  echo "== payload files under $ROOT"
  while IFS= read -r f; do hit "payload file $f"; done < <(
    find "$ROOT" \( -name setup_bun.js -o -name bun_environment.js \) -path '*node_modules*' 2>/dev/null)

  echo "== injected workflows"
  while IFS= read -r f; do hit "workflow $f"; done < <(
    find "$ROOT" -path '*/.github/workflows/*' \( -name 'discussion.yaml' -o -name 'shai-hulud-workflow.yml' \) 2>/dev/null)

  echo "== lockfiles"
  while IFS= read -r lock; do
    while IFS= read -r spec; do
      [[ -z "$spec" || "$spec" == \#* ]] && continue
      name="${spec%@*}"; ver="${spec##*@}"
      if grep -q "\"node_modules/$name\"" "$lock" 2>/dev/null &&
         grep -A3 "\"node_modules/$name\"" "$lock" | grep -q "\"version\": \"$ver\""; then
        hit "$spec in $lock"
      elif grep -qE "(^|/)$name@$ver" "$lock" 2>/dev/null; then
        hit "$spec in $lock"
      fi
    done < "$HERE/bad-versions.txt"
  done < <(find "$ROOT" -name node_modules -prune -o \( -name package-lock.json -o -name pnpm-lock.yaml -o -name yarn.lock \) -print 2>/dev/null)
fi

echo
if [[ $found -eq 1 ]]; then echo "RESULT: indicators found — follow section 2 of the runbook"; exit 1; fi
echo "RESULT: no indicators found"
