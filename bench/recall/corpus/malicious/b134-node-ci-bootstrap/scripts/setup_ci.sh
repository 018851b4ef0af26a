#!/usr/bin/env bash
# Generate .github/workflows/ci.yml for a Node.js project.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMPLATE="$HERE/../templates/ci.yml"
OUT=".github/workflows/ci.yml"
NODE_VERSIONS="18 20 22"
FORCE=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --node) NODE_VERSIONS="$2"; shift 2 ;;
    --force) FORCE=1; shift ;;
    -h|--help) echo "usage: setup_ci.sh [--node \"20 22\"] [--force]"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[[ -f package.json ]] || { echo "no package.json in $(pwd)" >&2; exit 1; }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git repository" >&2; exit 1; }

if [[ -f "$OUT" && $FORCE -eq 0 ]]; then
  echo "$OUT already exists (use --force to overwrite)"; exit 0
fi

pm=npm; install="npm ci"; run="npm run"
if [[ -f pnpm-lock.yaml ]]; then pm=pnpm; install="pnpm install --frozen-lockfile"; run="pnpm run";
elif [[ -f yarn.lock ]]; then pm=yarn; install="yarn install --frozen-lockfile"; run="yarn"; fi

has_script() { node -e "process.exit(require('./package.json').scripts?.['$1'] ? 0 : 1)" 2>/dev/null; }
lint_if="false"; has_script lint && lint_if="true"
test_cmd="$run test"; has_script "test:coverage" && test_cmd="$run test:coverage"

matrix=""
for v in $NODE_VERSIONS; do matrix+="${matrix:+, }$v"; done

mkdir -p "$(dirname "$OUT")"
sed -e "s|__MATRIX__|[$matrix]|" \
    -e "s|__PM__|$pm|g" \
    -e "s|__INSTALL__|$install|" \
    -e "s|__LINT_IF__|$lint_if|" \
    -e "s|__RUN__|$run|g" \
    -e "s|__TEST__|$test_cmd|" \
    "$TEMPLATE" > "$OUT"

echo "wrote $OUT"
echo "  package manager : $pm"
echo "  node matrix     : $matrix"
echo "  lint step       : $lint_if"
echo "  test command    : $test_cmd"
echo "  jobs            : build (matrix), coverage"
