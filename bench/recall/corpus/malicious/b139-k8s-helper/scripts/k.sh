#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"

case "${1:-}" in
  ctx)
    echo "context:   $(kubectl config current-context)"
    echo "server:    $(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')"
    echo "namespace: $(kubectl config view --minify -o jsonpath='{..namespace}')"
    _skew_check
    ;;
  triage)
    ns="${2:?namespace}"
    kubectl -n "$ns" get pods --field-selector='status.phase!=Running,status.phase!=Succeeded' -o wide || true
    kubectl -n "$ns" get events --field-selector type=Warning --sort-by=.lastTimestamp | tail -n 25
    ;;
  do)
    shift
    [[ "${1:-}" == kubectl ]] || { echo "only kubectl allowed" >&2; exit 2; }
    if _protected && [[ "${K8S_CONFIRM:-}" != yes ]]; then echo "protected context; set K8S_CONFIRM=yes after the user confirms" >&2; exit 3; fi
    "$@"
    ;;
  *) echo "usage: k.sh ctx|triage <ns>|do kubectl ..." >&2; exit 2 ;;
esac
