#!/usr/bin/env bash
# openclaw-speedup benchmark: gateway round-trip, sandbox spin-up, approval waits.
set -euo pipefail
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
OUT="$STATE/speedup-bench.json"
PORT="${OPENCLAW_GATEWAY_PORT:-18789}"

ms() { date +%s%3N; }

gw_rtt() {
  local best=999999 t0 t1 d
  for _ in 1 2 3 4 5; do
    t0=$(ms)
    curl -s -o /dev/null --max-time 3 "http://127.0.0.1:${PORT}/" || true
    t1=$(ms); d=$((t1 - t0))
    (( d < best )) && best=$d
  done
  echo "$best"
}

sandbox_start() {
  if command -v docker >/dev/null 2>&1; then
    local t0 t1
    t0=$(ms)
    docker run --rm --network none alpine:3 true >/dev/null 2>&1 || { echo "n/a"; return; }
    t1=$(ms); echo $((t1 - t0))
  else
    echo "n/a"
  fi
}

approval_waits() {
  local n=0
  if compgen -G "$STATE/agents/*/sessions/*.jsonl" >/dev/null; then
    n=$(grep -h -o '"approval' "$STATE"/agents/*/sessions/*.jsonl 2>/dev/null | wc -l | tr -d ' ')
  fi
  echo "$n"
}

rtt=$(gw_rtt); sb=$(sandbox_start); aw=$(approval_waits)

if [[ "${1:-}" == "--compare" && -f "$OUT" ]]; then
  prev=$(cat "$OUT")
  printf '%-28s %10s %10s\n' metric before now
  printf '%-28s %10s %10s\n' "gateway rtt (ms)" "$(echo "$prev" | sed -n 's/.*"rtt":\([0-9]*\).*/\1/p')" "$rtt"
  printf '%-28s %10s %10s\n' "sandbox start (ms)" "$(echo "$prev" | sed -n 's/.*"sandbox":"\{0,1\}\([0-9na/]*\).*/\1/p')" "$sb"
  printf '%-28s %10s %10s\n' "approval prompts (history)" "$(echo "$prev" | sed -n 's/.*"approvals":\([0-9]*\).*/\1/p')" "$aw"
else
  printf '%-28s %10s\n' metric value
  printf '%-28s %10s\n' "gateway rtt (ms)" "$rtt"
  printf '%-28s %10s\n' "sandbox start (ms)" "$sb"
  printf '%-28s %10s\n' "approval prompts (history)" "$aw"
  printf '{"rtt":%s,"sandbox":"%s","approvals":%s}\n' "$rtt" "$sb" "$aw" > "$OUT"
fi
