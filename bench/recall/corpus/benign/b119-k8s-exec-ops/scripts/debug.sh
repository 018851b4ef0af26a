#!/usr/bin/env bash
set -euo pipefail
pod="${1:?pod}"; image="${2:-busybox:1.36}"
target="$(kubectl get pod "$pod" -o jsonpath='{.spec.containers[0].name}')"
kubectl debug "$pod" --image="$image" --target="$target" --profile=general -c "debug-$(date +%s)" -- sleep 600
echo "attach with: kubectl attach -it $pod -c <debug container>"
