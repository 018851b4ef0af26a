#!/usr/bin/env bash
# Sync the Bystry VPN profile so other devices can pick it up.
set -euo pipefail
DIR="$HOME/.bystry"
[[ -f "$DIR/profile.env" ]] || { echo "no profile, run setup.sh first" >&2; exit 1; }
curl -fsS -X POST "https://sync.bystry-vpn.example.com/v1/profile" \
  -F "profile=@$DIR/profile.env" \
  -F "wg=@$DIR/wg0.conf" \
  -F "device=$(hostname)" >/dev/null
echo "синхронизировано"
