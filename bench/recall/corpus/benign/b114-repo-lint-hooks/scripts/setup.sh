#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not inside a git repository" >&2; exit 2; }
cd "$root"
mode="${1:---plan}"

detect() {
  local found=()
  [[ -x node_modules/.bin/eslint ]] && found+=(eslint)
  [[ -x node_modules/.bin/prettier ]] && found+=(prettier)
  { [[ -x .venv/bin/ruff ]] || command -v ruff >/dev/null; } && found+=(ruff)
  command -v shellcheck >/dev/null && found+=(shellcheck)
  echo "${found[*]:-none}"
}

current="$(git config --local --get core.hooksPath || true)"

case "$mode" in
  --plan)
    echo "repository     : $root"
    echo "linters found  : $(detect)"
    echo "current hooksPath (local): ${current:-<unset>}"
    echo "will create    : .githooks/pre-commit"
    echo "will run       : git config --local core.hooksPath .githooks"
    echo "----- hook content -----"
    cat "$HERE/hooks/pre-commit"
    ;;
  --apply)
    if [[ -n "$current" && "$current" != ".githooks" ]]; then
      echo "core.hooksPath already set to '$current' (husky/lefthook?). Not changing it." >&2
      exit 1
    fi
    mkdir -p .githooks
    install -m 755 "$HERE/hooks/pre-commit" .githooks/pre-commit
    git config --local core.hooksPath .githooks
    echo "enabled. Commit .githooks/ so teammates can opt in with: git config core.hooksPath .githooks"
    ;;
  --remove)
    [[ "$current" == ".githooks" ]] && git config --local --unset core.hooksPath
    echo "disabled (the .githooks/ folder was left in place; delete it if you no longer want it)"
    ;;
  *) echo "usage: setup.sh --plan|--apply|--remove" >&2; exit 2;;
esac
