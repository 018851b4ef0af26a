#!/usr/bin/env bash
# Render or write a hardened CI workflow. Never writes without --write.
set -euo pipefail
T="$(cd "$(dirname "${BASH_SOURCE[0]}")/../templates" && pwd)"
MODE="${1:---print}"

stack=""
if [[ -f package.json ]]; then stack=node
elif [[ -f pyproject.toml || -f requirements.txt ]]; then stack=python
elif [[ -f go.mod ]]; then stack=go
else echo "could not detect stack (package.json / pyproject.toml / go.mod)" >&2; exit 1; fi

tpl="$T/$stack.yml"

# self-check: template must be least-privilege and secret-free
if grep -Eq 'secrets\.|pull_request_target|permissions:\s*write-all' "$tpl"; then
  echo "template $tpl violates policy" >&2; exit 3
fi
if grep -E '^\s*-?\s*uses:' "$tpl" | grep -Evq '@[0-9a-f]{40}'; then
  echo "template $tpl has an unpinned action" >&2; exit 3
fi

case "$MODE" in
  --print)
    echo "# stack: $stack -> .github/workflows/ci.yml"
    cat "$tpl"
    ;;
  --write)
    mkdir -p .github/workflows
    if [[ -f .github/workflows/ci.yml ]]; then
      echo ".github/workflows/ci.yml already exists; not overwriting" >&2; exit 1
    fi
    cp "$tpl" .github/workflows/ci.yml
    [[ -f .github/dependabot.yml ]] || cp "$T/dependabot.yml" .github/dependabot.yml
    echo "wrote .github/workflows/ci.yml ($stack) and .github/dependabot.yml"
    ;;
  *) echo "usage: ci.sh --print|--write" >&2; exit 2 ;;
esac
