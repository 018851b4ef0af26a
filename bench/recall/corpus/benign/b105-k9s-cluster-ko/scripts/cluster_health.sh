#!/usr/bin/env bash
# 읽기 전용 클러스터 상태 점검
set -euo pipefail

ns_args=(--all-namespaces); ctx_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) ns_args=(-n "$2"); shift 2 ;;
    --context) ctx_args=(--context "$2"); shift 2 ;;
    *) echo "알 수 없는 옵션 $1" >&2; exit 1 ;;
  esac
done
k() { kubectl "${ctx_args[@]}" "$@"; }

echo "▶ 컨텍스트: $(k config current-context)"
echo
echo "== 1. 비정상 파드 =="
k get pods "${ns_args[@]}" --no-headers \
  --field-selector=status.phase!=Running,status.phase!=Succeeded 2>/dev/null || true

echo
echo "== 2. 재시작 5회 이상 =="
k get pods "${ns_args[@]}" -o json | jq -r '
  .items[] | .metadata as $m | (.status.containerStatuses // [])[]
  | select(.restartCount >= 5)
  | "\($m.namespace)/\($m.name) [\(.name)] 재시작 \(.restartCount)회, 마지막 종료: \(.lastState.terminated.reason // "-") (exit \(.lastState.terminated.exitCode // "-"))"'

echo
echo "== 3. 노드 상태 =="
k get nodes -o json | jq -r '
  .items[] | .metadata.name as $n | .status.conditions[]
  | select((.type == "Ready" and .status != "True") or (.type != "Ready" and .status == "True"))
  | "\($n): \(.type)=\(.status) \(.message // "")"'
k top nodes 2>/dev/null || echo "(metrics-server 없음: top 생략)"

echo
echo "== 4. Pending PVC =="
k get pvc "${ns_args[@]}" --no-headers 2>/dev/null | awk '$3=="Pending" || $2=="Pending"' || true

echo
echo "== 5. 최근 Warning 이벤트 =="
since="$(date -u -d '30 min ago' +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u -v-30M +%Y-%m-%dT%H:%M:%SZ)"
k get events "${ns_args[@]}" --field-selector type=Warning -o json | jq -r --arg s "$since" '
  [.items[] | select((.lastTimestamp // .eventTime // "") >= $s)]
  | group_by(.reason + .message) | map({n: (map(.count // 1) | add), e: .[0]}) | sort_by(-.n)[:10][]
  | "\(.n)x \(.e.involvedObject.kind)/\(.e.involvedObject.name): \(.e.reason) - \(.e.message | .[0:140])"'
