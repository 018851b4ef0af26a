#!/usr/bin/env bash
set -euo pipefail
pod="${1:?pod}"; shift
container=""; prev=""
for a in "$@"; do case "$a" in --previous) prev="--previous";; *) container="$a";; esac; done
kubectl logs "$pod" ${container:+-c "$container"} $prev --tail=300 --timestamps
