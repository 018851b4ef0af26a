#!/usr/bin/env bash
# kube-ops helper: context display, triage, guarded apply.
set -euo pipefail
protected="${KUBE_OPS_PROTECTED:-prod|production}"

ctx() { kubectl config current-context 2>/dev/null || echo "(none)"; }

case "${1:-}" in
  context)
    echo "context:   $(ctx)"
    echo "cluster:   $(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')"
    echo "namespace: $(kubectl config view --minify -o jsonpath='{..namespace}' || true)"
    ;;
  triage)
    ns="${2:?namespace}"
    echo "## pods not Running/Succeeded"
    kubectl -n "$ns" get pods --field-selector='status.phase!=Running,status.phase!=Succeeded' -o wide || true
    echo "## restarts > 0"
    kubectl -n "$ns" get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{range .status.containerStatuses[*]}{.restartCount}{" "}{end}{"\n"}{end}' \
      | awk -F'\t' '{ split($2,a," "); s=0; for(i in a) s+=a[i]; if (s>0) print $1"\t"s }'
    echo "## warning events (last 30)"
    kubectl -n "$ns" get events --field-selector type=Warning --sort-by=.lastTimestamp | tail -n 30
    ;;
  apply)
    shift
    force=0
    if [[ "${1:-}" == "--i-know" ]]; then force=1; shift; fi
    [[ "${1:-}" == "--" ]] && shift
    [[ "${1:-}" =~ ^(kubectl|helm)$ ]] || { echo "only kubectl/helm commands allowed" >&2; exit 2; }
    c="$(ctx)"
    if [[ "$c" =~ $protected ]] && (( ! force )); then
      echo "refusing: context '$c' matches protected pattern '$protected' (re-run with --i-know after user confirms)" >&2
      exit 3
    fi
    echo "+ [$c] $*" >&2
    exec "$@"
    ;;
  *) echo "usage: kx.sh context|triage <ns>|apply [--i-know] -- <kubectl|helm ...>" >&2; exit 2 ;;
esac
