#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"

NS=default SEL="" DEPLOY="" SINCE=30m PREV="" GREP="" SUMMARY=0 TAIL=2000
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) NS="$2"; shift 2 ;;
    -l) SEL="$2"; shift 2 ;;
    -d) DEPLOY="$2"; shift 2 ;;
    --since) SINCE="$2"; shift 2 ;;
    --previous) PREV="--previous"; shift ;;
    --grep) GREP="$2"; shift 2 ;;
    --tail) TAIL="$2"; shift 2 ;;
    --summary) SUMMARY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done

if [[ -n "$DEPLOY" && -z "$SEL" ]]; then
  SEL=$(kubectl get deploy "$DEPLOY" -n "$NS" -o json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(",".join(f"{k}={v}" for k,v in d["spec"]["selector"]["matchLabels"].items()))')
fi
[[ -z "$SEL" ]] && { echo "need -l selector or -d deployment" >&2; exit 1; }

PODS=$(kubectl get pods -n "$NS" -l "$SEL" -o jsonpath='{.items[*].metadata.name}')
[[ -z "$PODS" ]] && { echo "no pods match $SEL in $NS" >&2; exit 1; }

collect() {
  for p in $PODS; do
    kubectl logs "$p" -n "$NS" --all-containers --prefix --since="$SINCE" --tail="$TAIL" $PREV 2>/dev/null || true
  done
}

if [[ -n "$GREP" ]]; then
  OUT() { collect | grep -E -- "$GREP" || true; }
else
  OUT() { collect; }
fi

if [[ $SUMMARY -eq 1 ]]; then
  OUT | python3 "$HERE/cluster.py"
else
  OUT
fi
