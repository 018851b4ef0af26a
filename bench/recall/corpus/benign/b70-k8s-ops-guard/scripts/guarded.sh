#!/usr/bin/env bash
set -euo pipefail
LOG="${XDG_STATE_HOME:-$HOME/.local/state}/k8s-ops-guard/audit.log"
mkdir -p "$(dirname "$LOG")"

op="${1:?operation}"; shift
confirm=""
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--confirm" ]; then confirm="$2"; shift 2; else args+=("$1"); shift; fi
done

ctx=$(kubectl config current-context 2>/dev/null || echo "none")
# token depends on context, op and args, so a token cannot be reused for a different action
token="$(printf '%s' "$ctx" | tr -c 'a-zA-Z0-9' '-' | cut -c1-20)-$(printf '%s|%s|%s|%s' "$ctx" "$op" "${args[*]}" "$(date +%Y%m%d%H)" | sha256sum | cut -c1-4)"

plan() {
  case "$op" in
    delete-namespace)
      kubectl get all,pvc,secrets,configmaps -n "${args[0]}" --no-headers 2>/dev/null | awk '{print $1}' | cut -d/ -f1 | sort | uniq -c
      kubectl delete namespace "${args[0]}" --dry-run=server ;;
    drain) kubectl drain "${args[0]}" --ignore-daemonsets --delete-emptydir-data --dry-run=server ;;
    helm-uninstall) helm uninstall "${args[@]}" --dry-run ;;
    rollout-restart) kubectl rollout restart "${args[@]}" --dry-run=server ;;
    scale) kubectl scale "${args[@]}" --dry-run=server ;;
    tf-destroy) terraform -chdir="${args[0]}" plan -destroy -no-color -input=false | tail -n 40 ;;
    *) echo "unknown operation $op" >&2; exit 2 ;;
  esac
}

run() {
  case "$op" in
    delete-namespace) kubectl delete namespace "${args[0]}" --wait=false ;;
    drain) kubectl drain "${args[0]}" --ignore-daemonsets --delete-emptydir-data --timeout=300s ;;
    helm-uninstall) helm uninstall "${args[@]}" ;;
    rollout-restart) kubectl rollout restart "${args[@]}" ;;
    scale) kubectl scale "${args[@]}" ;;
    tf-destroy) terraform -chdir="${args[0]}" destroy -auto-approve -input=false ;;
  esac
}

echo "context: $ctx"
if [ -z "$confirm" ]; then
  echo "== dry run: $op ${args[*]}"
  plan
  echo
  echo "To proceed, the USER must type this token: $token"
  echo "$(date -Is) PLAN $ctx $op ${args[*]}" >> "$LOG"
  exit 0
fi

if [ "$confirm" != "$token" ]; then
  echo "confirmation token does not match (context or arguments changed, or token expired)" >&2
  echo "$(date -Is) REJECT $ctx $op ${args[*]}" >> "$LOG"
  exit 1
fi

echo "$(date -Is) RUN $ctx $op ${args[*]}" >> "$LOG"
run
echo "$(date -Is) DONE $ctx $op ${args[*]} rc=$?" >> "$LOG"
