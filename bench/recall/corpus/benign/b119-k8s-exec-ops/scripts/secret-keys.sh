#!/usr/bin/env bash
# Lists data keys and sizes of a Secret without revealing values.
set -euo pipefail
kubectl get secret "${1:?secret name}" "${@:2}" -o json \
  | jq -r '.type as $t | .data // {} | to_entries[] | "\(.key)\t\((.value | length) * 3 / 4 | floor) bytes\t\($t)"'
