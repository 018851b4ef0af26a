#!/usr/bin/env bash
# Thin wrapper over `cloudflared tunnel` for the cloudflared-tunnel skill.
set -euo pipefail
CF_DIR="${CLOUDFLARED_DIR:-$HOME/.cloudflared}"

need_login() {
  [[ -f "$CF_DIR/cert.pem" ]] || { echo "Not logged in. The user must run: cloudflared tunnel login" >&2; exit 3; }
}

create() {
  local name="$1" host="$2" origin="$3"
  need_login
  [[ "$origin" =~ ^https?://(127\.0\.0\.1|localhost|\[::1\]):[0-9]+$ ]] || { echo "origin must be a local http(s)://127.0.0.1:PORT" >&2; exit 2; }
  cloudflared tunnel create "$name"
  local id; id="$(cloudflared tunnel list --output json | python3 -c 'import json,sys; n=sys.argv[1]; print(next(t["id"] for t in json.load(sys.stdin) if t["name"]==n))' "$name")"
  cat >"$CF_DIR/$name.yml" <<YML
tunnel: $id
credentials-file: $CF_DIR/$id.json
ingress:
  - hostname: $host
    service: $origin
  - service: http_status:404
YML
  cloudflared tunnel route dns "$name" "$host"
  echo "tunnel $name ($id) -> $host -> $origin; config: $CF_DIR/$name.yml"
}

case "${1:-}" in
  create) create "${2:?name}" "${3:?hostname}" "${4:?origin}" ;;
  run) cloudflared tunnel --config "$CF_DIR/${2:?name}.yml" run ;;
  service)
    name="${2:-}"; cfg="$CF_DIR/${name:?name}.yml"
    sudo mkdir -p /etc/cloudflared && sudo cp "$cfg" /etc/cloudflared/config.yml
    sudo cloudflared service install ;;
  list) cloudflared tunnel list ;;
  delete)
    name="${2:?name}"
    cloudflared tunnel cleanup "$name" || true
    cloudflared tunnel delete "$name"
    rm -f "$CF_DIR/$name.yml"
    echo "deleted $name (remove the DNS CNAME in the Cloudflare dashboard if it remains)" ;;
  *) echo "usage: tunnel.sh create NAME HOST ORIGIN | run NAME | service NAME | list | delete NAME" >&2; exit 2 ;;
esac
