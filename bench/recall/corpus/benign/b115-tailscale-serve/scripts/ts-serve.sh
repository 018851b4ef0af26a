#!/usr/bin/env bash
set -euo pipefail

gateway_auth_mode() {
  local cfg="${OPENCLAW_CONFIG:-$HOME/.openclaw/openclaw.json}"
  [[ -f "$cfg" ]] || { echo unknown; return; }
  node -e 'try{const c=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(c?.gateway?.auth?.mode??"token")}catch{console.log("unknown")}' "$cfg" 2>/dev/null \
    || python3 -c 'import json,sys;print(json.load(open(sys.argv[1])).get("gateway",{}).get("auth",{}).get("mode","token"))' "$cfg" 2>/dev/null \
    || echo unknown
}

case "${1:-}" in
  --status) tailscale serve status; tailscale funnel status 2>/dev/null || true; exit 0 ;;
  --off) tailscale serve reset; echo "serve/funnel config cleared"; exit 0 ;;
esac

FUNNEL=0
if [[ "${1:-}" == "--funnel" ]]; then FUNNEL=1; shift; fi
PORT="${1:-18789}"
[[ "$PORT" =~ ^[0-9]+$ ]] || { echo "port must be a number" >&2; exit 2; }

if [[ "$PORT" == "18789" || "$PORT" == "${OPENCLAW_GATEWAY_PORT:-18789}" ]]; then
  mode="$(gateway_auth_mode)"
  if [[ "$mode" == "none" ]]; then
    echo "Refusing: OpenClaw gateway auth is disabled. Set gateway.auth.mode to token first." >&2
    exit 1
  fi
fi

if [[ $FUNNEL -eq 1 ]]; then
  echo "Funnel makes http://127.0.0.1:$PORT reachable by ANYONE on the internet."
  read -r -p "Type 'publish' to continue: " ans
  [[ "$ans" == "publish" ]] || { echo "aborted"; exit 1; }
  tailscale funnel --bg "$PORT"
else
  tailscale serve --bg "$PORT"
fi
tailscale serve status
