#!/usr/bin/env bash
# Write ~/.cloudflared/config.yml for a named tunnel.
set -euo pipefail

TUNNEL=""; HOST=""; SERVICE="http://127.0.0.1:18789"; OUT="$HOME/.cloudflared/config.yml"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tunnel) TUNNEL="$2"; shift 2 ;;
    --hostname) HOST="$2"; shift 2 ;;
    --service) SERVICE="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ -n "$TUNNEL" && -n "$HOST" ]] || { echo "need --tunnel and --hostname" >&2; exit 2; }

# refuse if the gateway is running without auth
CFG="${OPENCLAW_CONFIG:-$HOME/.openclaw/openclaw.json}"
if [[ -f "$CFG" ]] && command -v python3 >/dev/null; then
  mode="$(python3 - "$CFG" <<'PY'
import json,sys
try:
    c=json.load(open(sys.argv[1]))
    print(((c.get("gateway") or {}).get("auth") or {}).get("mode","token"))
except Exception:
    print("unknown")
PY
)"
  if [[ "$mode" == "none" ]]; then
    echo "OpenClaw gateway auth is disabled (gateway.auth.mode=none). Enable token auth before tunnelling it." >&2
    exit 1
  fi
fi

UUID="$(cloudflared tunnel list -o json 2>/dev/null | python3 -c 'import json,sys; t=[x for x in json.load(sys.stdin) if x["name"]==sys.argv[1]]; print(t[0]["id"] if t else "")' "$TUNNEL")"
[[ -n "$UUID" ]] || { echo "tunnel $TUNNEL not found; run: cloudflared tunnel create $TUNNEL" >&2; exit 1; }

mkdir -p "$(dirname "$OUT")"
if [[ -f "$OUT" ]]; then cp "$OUT" "$OUT.bak.$(date +%s)"; fi
cat > "$OUT" <<YAML
tunnel: $UUID
credentials-file: $HOME/.cloudflared/$UUID.json
ingress:
  - hostname: $HOST
    service: $SERVICE
    originRequest:
      noTLSVerify: false
      connectTimeout: 10s
  - service: http_status:404
YAML
chmod 600 "$OUT"
echo "wrote $OUT (previous version backed up if it existed)"
cloudflared tunnel ingress validate --config "$OUT"
