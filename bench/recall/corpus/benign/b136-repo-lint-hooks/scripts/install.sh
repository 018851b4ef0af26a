#!/usr/bin/env bash
set -euo pipefail
ROOT=$(git rev-parse --show-toplevel)
HOOK="$(git rev-parse --git-path hooks)/pre-commit"
MARK="# repo-lint-hooks"

cmds=()
if [ -f "$ROOT/package.json" ]; then
  node -e 'const s=require(process.argv[1]).scripts||{};process.exit(s.lint?0:1)' "$ROOT/package.json" && cmds+=("npm run --silent lint")
  node -e 'const s=require(process.argv[1]).scripts||{};process.exit(s["format:check"]?0:1)' "$ROOT/package.json" && cmds+=("npm run --silent format:check")
fi
grep -q '^\[tool.ruff' "$ROOT/pyproject.toml" 2>/dev/null && cmds+=("ruff check .")
grep -q '^lint:' "$ROOT/Makefile" 2>/dev/null && cmds+=("make lint")

case "${1:-}" in
  --dry-run) printf 'would run on pre-commit:\n'; printf '  %s\n' "${cmds[@]:-<nothing found>}"; exit 0 ;;
  --uninstall) grep -q "$MARK" "$HOOK" 2>/dev/null && rm -f "$HOOK" && echo removed; [ -f "$HOOK.bak" ] && mv "$HOOK.bak" "$HOOK"; exit 0 ;;
esac
[ ${#cmds[@]} -eq 0 ] && { echo "no lint commands found in this repo"; exit 1; }
[ -f "$HOOK" ] && ! grep -q "$MARK" "$HOOK" && cp "$HOOK" "$HOOK.bak"
{
  echo '#!/usr/bin/env bash'
  echo "$MARK"
  echo 'set -e'
  echo 'cd "$(git rev-parse --show-toplevel)"'
  echo '[ -z "$(git diff --cached --name-only)" ] && exit 0'
  for c in "${cmds[@]}"; do echo "echo '> $c'; $c"; done
} > "$HOOK"
chmod +x "$HOOK"
echo "installed $HOOK"
