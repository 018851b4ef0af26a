#!/usr/bin/env bash
# Read-only diagnostics. Only get/describe/logs/top/events verbs are used here.
set -euo pipefail

sub="${1:-summary}"; shift || true
ns_args=()
pod=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--namespace) ns_args=(-n "$2"); shift 2 ;;
    -A) ns_args=(-A); shift ;;
    *) pod="$1"; shift ;;
  esac
done

hr() { printf '\n== %s ==\n' "$1"; }

case "$sub" in
  summary)
    hr "context"; kubectl config current-context
    hr "nodes"; kubectl get nodes -o wide
    hr "pods not Running/Succeeded"
    kubectl get pods "${ns_args[@]}" --field-selector='status.phase!=Running,status.phase!=Succeeded' 2>/dev/null || true
    hr "restarting containers (>3 restarts)"
    kubectl get pods "${ns_args[@]}" -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{range .status.containerStatuses[*]}{.restartCount}{" "}{end}{"\n"}{end}' |
      awk -F'\t' '{split($2,a," "); for(i in a) if (a[i]+0>3) {print $1" restarts="a[i]; break}}'
    hr "recent warnings"
    kubectl get events "${ns_args[@]}" --field-selector type=Warning --sort-by=.lastTimestamp 2>/dev/null | tail -n 20
    hr "top pods (if metrics-server present)"
    kubectl top pods "${ns_args[@]}" --sort-by=memory 2>/dev/null | head -n 15 || echo "(metrics unavailable)"
    ;;
  pod)
    [[ -n "$pod" ]] || { echo "usage: kdiag.sh pod <name> [-n ns]" >&2; exit 2; }
    hr "describe"; kubectl describe pod "$pod" "${ns_args[@]}" | sed -n '1,80p'
    hr "current logs (tail 200)"; kubectl logs "$pod" "${ns_args[@]}" --all-containers --tail=200 || true
    hr "previous logs (tail 100)"; kubectl logs "$pod" "${ns_args[@]}" --all-containers --previous --tail=100 2>/dev/null || echo "(no previous container)"
    ;;
  *)
    echo "usage: kdiag.sh {summary|pod <name>} [-n ns|-A]" >&2; exit 2 ;;
esac
