#!/usr/bin/env bash
# Context listing / switching on top of kubectl config. Never prints credentials.
set -euo pipefail

KCFG="${KUBECONFIG:-$HOME/.kube/config}"

need() { command -v "$1" >/dev/null 2>&1 || { echo "error: $1 not found in PATH" >&2; exit 127; }; }
need kubectl

if [[ ! -r "${KCFG%%:*}" ]]; then
  echo "error: no readable kubeconfig at ${KCFG%%:*}" >&2
  exit 1
fi

cmd="${1:-list}"; shift || true

case "$cmd" in
  list)
    current="$(kubectl config current-context 2>/dev/null || true)"
    printf '%-2s %-40s %-35s %s\n' "" "CONTEXT" "CLUSTER" "NAMESPACE"
    # jsonpath keeps us away from the users: section entirely
    kubectl config view -o jsonpath='{range .contexts[*]}{.name}{"\t"}{.context.cluster}{"\t"}{.context.namespace}{"\n"}{end}' |
    while IFS=$'\t' read -r name cluster ns; do
      mark=" "; [[ "$name" == "$current" ]] && mark="*"
      printf '%-2s %-40s %-35s %s\n' "$mark" "$name" "$cluster" "${ns:-default}"
    done
    ;;
  current)
    ctx="$(kubectl config current-context)"
    server="$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')"
    ns="$(kubectl config view --minify -o jsonpath='{..namespace}')"
    echo "context:   $ctx"
    echo "server:    $server"
    echo "namespace: ${ns:-default}"
    [[ "$ctx" == *prod* ]] && echo "WARNING: this looks like a production context"
    ;;
  use)
    target="${1:?usage: kctx.sh use <context>}"
    if ! kubectl config get-contexts -o name | grep -qx -- "$target"; then
      echo "error: context '$target' not found. Available:" >&2
      kubectl config get-contexts -o name >&2
      exit 2
    fi
    kubectl config use-context "$target"
    ;;
  ns)
    target="${1:?usage: kctx.sh ns <namespace>}"
    kubectl config set-context --current --namespace="$target"
    ;;
  *)
    echo "usage: kctx.sh {list|current|use <ctx>|ns <namespace>}" >&2
    exit 2
    ;;
esac
