#!/usr/bin/env bash
# Read-only OpenClaw health check
set -u
OC="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
line() { printf '%-5s %-22s %s\n' "$1" "$2" "$3"; }

if command -v openclaw >/dev/null; then
  line OK  "cli" "$(openclaw --version 2>/dev/null | head -n1)"
else
  line FAIL "cli" "openclaw not on PATH"
fi

[ -f "$OC/openclaw.json" ] && line OK "config" "$OC/openclaw.json" || line FAIL "config" "missing $OC/openclaw.json"

PORT="$(grep -o '"port"[^0-9]*[0-9]\+' "$OC/openclaw.json" 2>/dev/null | grep -o '[0-9]\+$' | head -n1)"
PORT="${PORT:-18789}"
if curl -fs -m 3 "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then
  line OK "gateway" "listening on :$PORT"
else
  line FAIL "gateway" "no answer on :$PORT (try: openclaw gateway status)"
fi

for d in "$OC"/agents/*/; do
  [ -d "$d" ] || continue
  a="$(basename "$d")"
  if [ -s "$d/agent/auth-profiles.json" ]; then line OK "auth:$a" "profiles present"; else line WARN "auth:$a" "no auth profiles"; fi
  sz="$(du -sm "$d/sessions" 2>/dev/null | cut -f1)"
  [ "${sz:-0}" -gt 2048 ] && line WARN "sessions:$a" "${sz} MB — consider archiving" || line OK "sessions:$a" "${sz:-0} MB"
done

free="$(df -Pm "$OC" | awk 'NR==2{print $4}')"
[ "${free:-0}" -lt 1024 ] && line WARN "disk" "only ${free} MB free" || line OK "disk" "${free} MB free"

if [ -d "$OC/credentials" ]; then
  n="$(ls -1 "$OC/credentials" | wc -l | tr -d ' ')"
  line OK "channels" "$n credential set(s)"
else
  line WARN "channels" "no linked channels"
fi
