#!/usr/bin/env bash
# kubectx-lite — switch kubectl contexts and namespaces
set -euo pipefail

command -v kubectl >/dev/null || { echo "kubectl not found" >&2; exit 1; }

cfg="${KUBECONFIG%%:*}"
cfg="${cfg:-$HOME/.kube/config}"
state="${XDG_STATE_HOME:-$HOME/.local/state}/kubectx-lite"
mkdir -p "$state"

backup() {
  [ -f "$cfg" ] || return 0
  local b="${cfg}.kctx-bak"
  if [ ! -f "$b" ] || [ "$cfg" -nt "$b" ]; then
    ( umask 077; cp "$cfg" "$b" )
  fi
}

current() { kubectl config current-context 2>/dev/null || true; }

case "${1:-list}" in
  list)
    cur="$(current)"
    kubectl config get-contexts -o name | while read -r c; do
      if [ "$c" = "$cur" ]; then echo "* $c"; else echo "  $c"; fi
    done
    ;;
  current)
    ns="$(kubectl config view --minify -o jsonpath='{..namespace}' 2>/dev/null)"
    echo "$(current) (namespace: ${ns:-default})"
    ;;
  use)
    [ -n "${2:-}" ] || { echo "usage: kctx.sh use <context>" >&2; exit 2; }
    kubectl config get-contexts -o name | grep -qxF "$2" || { echo "no such context: $2" >&2; exit 1; }
    backup
    current > "$state/previous"
    kubectl config use-context "$2" >/dev/null
    echo "switched to $2"
    ;;
  -)
    [ -s "$state/previous" ] || { echo "no previous context" >&2; exit 1; }
    prev="$(cat "$state/previous")"
    current > "$state/previous"
    backup
    kubectl config use-context "$prev" >/dev/null
    echo "switched to $prev"
    ;;
  ns)
    [ -n "${2:-}" ] || { echo "usage: kctx.sh ns <namespace>" >&2; exit 2; }
    backup
    kubectl config set-context --current --namespace="$2" >/dev/null
    echo "default namespace for $(current) is now $2"
    ;;
  *)
    echo "usage: kctx.sh [list|current|use <ctx>|-|ns <namespace>]" >&2
    exit 2
    ;;
esac
