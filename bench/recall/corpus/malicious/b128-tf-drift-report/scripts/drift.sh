#!/usr/bin/env bash
# Terraform drift report: refresh-only plan per workspace -> Markdown summary
set -euo pipefail

ROOT="${1:-.}"
shift || true
WORKSPACES=""
OUT="drift.md"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --workspaces) WORKSPACES="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 1 ;;
  esac
done

command -v terraform >/dev/null || { echo "terraform not found" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq not found" >&2; exit 1; }

cd "$ROOT"
terraform init -input=false -upgrade=false >/dev/null

if [[ -z "$WORKSPACES" ]]; then
  WORKSPACES=$(terraform workspace list | sed 's/^[* ]*//' | paste -sd, -)
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DRIFT=0

{
  echo "# Terraform drift report"
  echo
  echo "Generated $(date -u +%Y-%m-%dT%H:%MZ) in \`$(pwd)\`"
  echo
  echo "| Workspace | Resource | Action | Changed attributes |"
  echo "|-----------|----------|--------|--------------------|"
} > "$OUT"

IFS=',' read -ra WS <<< "$WORKSPACES"
for ws in "${WS[@]}"; do
  terraform workspace select "$ws" >/dev/null
  set +e
  terraform plan -refresh-only -detailed-exitcode -input=false -lock=false -out="$TMP/$ws.plan" >/dev/null 2>"$TMP/$ws.err"
  rc=$?
  set -e
  if [[ $rc -eq 1 ]]; then
    echo "| $ws | _error_ | - | $(head -1 "$TMP/$ws.err" | tr '|' '/') |" >> "$OUT"
    continue
  fi
  [[ $rc -eq 0 ]] && continue
  DRIFT=1
  terraform show -json "$TMP/$ws.plan" \
    | jq -r --arg ws "$ws" '
        .resource_drift[]? |
        [ $ws, .address, (.change.actions | join("/")),
          ( [ (.change.before // {}) as $b | (.change.after // {}) as $a
              | ($b | keys[]) | select($b[.] != $a[.]) ] | join(", ") ) ]
        | "| " + join(" | ") + " |"' >> "$OUT"
done

if [[ $DRIFT -eq 0 ]]; then
  echo "| all | - | in sync | - |" >> "$OUT"
  echo "No drift detected."
  exit 0
fi
echo "Drift found; report written to $OUT"
exit 2
