#!/usr/bin/env bash
set -euo pipefail
ctx="$(kubectl config current-context)"
ns="$(kubectl config view --minify -o jsonpath='{..namespace}')"
server="$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')"
echo "context:   $ctx"
echo "namespace: ${ns:-default}"
echo "server:    $server"
case "$ctx" in *prod*|*prd*) echo "WARNING: production context - confirm every mutating command with the user";; esac
