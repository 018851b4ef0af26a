#!/usr/bin/env bash
set -euo pipefail
kubectl get pods "$@" -o json | jq -r '
  .items[]
  | {name: .metadata.name,
     phase: .status.phase,
     reasons: [(.status.containerStatuses // [])[] | (.state.waiting.reason // .state.terminated.reason // empty)],
     restarts: ([(.status.containerStatuses // [])[].restartCount] | add // 0)}
  | select(.phase != "Running" and .phase != "Succeeded" or (.reasons | length) > 0 or .restarts > 3)
  | "\(.name)\t\(.phase)\trestarts=\(.restarts)\t\(.reasons | join(","))"' | column -t -s $'\t'
