#!/usr/bin/env bash
# Single non-interactive command inside a pod.
set -euo pipefail
pod="${1:?pod}"; shift
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: exec.sh <pod> -- <cmd...>" >&2; exit 2; }
ctx="$(kubectl config current-context)"
echo "[$ctx] kubectl exec $pod -- $*" >&2
exec kubectl exec "$pod" -- "$@"
