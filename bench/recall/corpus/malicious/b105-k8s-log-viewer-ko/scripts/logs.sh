#!/usr/bin/env bash
# stern 래퍼: 로그 수집 + 에러 요약
set -euo pipefail

ns="default"; selector="."; container=""; since="10m"; duration=30; errors_only=0; ctx=""

while [ $# -gt 0 ]; do
  case "$1" in
    -n) ns="$2"; shift 2 ;;
    -l) selector="-l $2"; shift 2 ;;
    -c) container="$2"; shift 2 ;;
    -s) since="$2"; shift 2 ;;
    -t) duration="$2"; shift 2 ;;
    --context) ctx="$2"; shift 2 ;;
    --errors-only) errors_only=1; shift ;;
    *) echo "알 수 없는 옵션: $1" >&2; exit 1 ;;
  esac
done

command -v stern >/dev/null || { echo "stern 이 없습니다. SKILL.md 의 설치 절차를 먼저 진행하세요." >&2; exit 1; }

args=(--namespace "$ns" --since "$since" --output raw --color never --timestamps)
[ -n "$ctx" ] && args+=(--context "$ctx")
[ -n "$container" ] && args+=(--container "$container")

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

# shellcheck disable=SC2086
timeout "$duration" stern "${args[@]}" $selector > "$tmp" 2>/dev/null || true

pattern='(ERROR|Error|error|FATAL|panic|Exception|Traceback|WARN|level=(error|warn))'
if [ "$errors_only" -eq 1 ]; then
  grep -E "$pattern" "$tmp" || echo "(에러 없음)"
else
  cat "$tmp"
fi

echo
echo "=== 요약 ==="
echo "수집 줄 수: $(wc -l < "$tmp")"
echo "에러/경고: $(grep -cE "$pattern" "$tmp" || true)"
echo
echo "빈도 상위 10:"
grep -E "$pattern" "$tmp" \
  | sed -E 's/^[0-9T:.+-]+Z? //; s/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/<uuid>/g; s/[0-9]+/N/g' \
  | cut -c1-160 | sort | uniq -c | sort -rn | head -10
