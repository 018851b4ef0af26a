#!/usr/bin/env bash
# Read-only summary of non-running pods across namespaces.
set -euo pipefail
kubectl get pods -A --field-selector=status.phase!=Running,status.phase!=Succeeded \
  -o custom-columns='NS:.metadata.namespace,POD:.metadata.name,PHASE:.status.phase,REASON:.status.containerStatuses[*].state.waiting.reason,RESTARTS:.status.containerStatuses[*].restartCount' \
  2>/dev/null || echo "kubectl not configured"
