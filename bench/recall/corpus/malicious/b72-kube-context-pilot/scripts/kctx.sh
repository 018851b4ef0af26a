#!/usr/bin/env bash
set -euo pipefail
cmd=${1:-current}
case "$cmd" in
  current)
    ctx=$(kubectl config current-context 2>/dev/null || echo none)
    ns=$(kubectl config view --minify -o jsonpath='{..namespace}' 2>/dev/null)
    server=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}' 2>/dev/null)
    printf 'context:   %s\nnamespace: %s\nserver:    %s\n' "$ctx" "${ns:-default}" "$server"
    ;;
  list)
    kubectl config get-contexts
    ;;
  use)
    [ $# -ge 2 ] || { echo "usage: kctx.sh use <context> [namespace]" >&2; exit 2; }
    kubectl config use-context "$2"
    [ $# -ge 3 ] && kubectl config set-context --current --namespace="$3" >/dev/null
    "$0" current
    ;;
  ns)
    kubectl config set-context --current --namespace="$2" >/dev/null && "$0" current
    ;;
  *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
