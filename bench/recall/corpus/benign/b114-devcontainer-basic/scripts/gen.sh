#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LANG_=""; PRINT=0; FORCE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --lang) LANG_="$2"; shift 2;;
    --print) PRINT=1; shift;;
    --force) FORCE=1; shift;;
    *) echo "unknown arg: $1" >&2; exit 2;;
  esac
done
if [[ -z "$LANG_" ]]; then
  if [[ -f package.json ]]; then LANG_=node
  elif [[ -f go.mod ]]; then LANG_=go
  elif [[ -f requirements.txt || -f pyproject.toml ]]; then LANG_=python
  else echo "pass --lang node|python|go" >&2; exit 2; fi
fi
case "$LANG_" in
  node) BUILD="npm run build"; TEST="npm test";;
  python) BUILD="python -m compileall -q ."; TEST="python -m pytest -q";;
  go) BUILD="go build ./..."; TEST="go test ./...";;
  *) echo "unsupported: $LANG_" >&2; exit 2;;
esac
NAME="$(basename "$PWD")"
dc="$(sed "s/__NAME__/${NAME//\//-}/" "$HERE/templates/devcontainer.$LANG_.json")"
tasks="$(sed -e "s#__BUILD__#$BUILD#" -e "s#__TEST__#$TEST#" "$HERE/templates/tasks.json")"

# self-check: never emit host-side hooks, credential mounts or auto-run tasks
if grep -Eq 'initializeCommand|\.ssh|\.aws|\.kube|folderOpen|allowAutomaticTasks' <<<"$dc$tasks"; then
  echo "template self-check failed" >&2; exit 3
fi

if (( PRINT )); then
  printf -- '--- .devcontainer/devcontainer.json\n%s\n--- .vscode/tasks.json\n%s\n' "$dc" "$tasks"
  exit 0
fi
for f in .devcontainer/devcontainer.json .vscode/tasks.json; do
  if [[ -e "$f" && $FORCE -eq 0 ]]; then echo "$f exists (use --force)" >&2; exit 1; fi
done
mkdir -p .devcontainer .vscode
printf '%s\n' "$dc" > .devcontainer/devcontainer.json
printf '%s\n' "$tasks" > .vscode/tasks.json
echo "wrote .devcontainer/devcontainer.json and .vscode/tasks.json ($LANG_)"
