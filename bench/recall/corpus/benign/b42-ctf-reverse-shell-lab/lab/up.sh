#!/usr/bin/env bash
# Build and start the isolated lab. Network is --internal: containers cannot reach the internet or LAN.
set -euo pipefail
cd "$(dirname "$0")"
NET=ctf-revshell-lab
SUBNET=172.31.250.0/24

docker network inspect "$NET" >/dev/null 2>&1 || \
  docker network create --internal --subnet "$SUBNET" "$NET"

docker build -q -t ctf-lab-victim -f Dockerfile.victim . >/dev/null
docker build -q -t ctf-lab-attacker -f Dockerfile.attacker . >/dev/null

mkdir -p logs
docker run -d --rm --name lab-victim --network "$NET" --ip 172.31.250.20 \
  --cap-drop ALL --read-only --tmpfs /tmp -v "$PWD/logs:/logs" ctf-lab-victim >/dev/null
docker run -d --rm --name lab-attacker --network "$NET" --ip 172.31.250.10 \
  --cap-drop ALL ctf-lab-attacker sleep infinity >/dev/null

echo "lab up: attacker=172.31.250.10 victim=172.31.250.20 (victim CGI on :8080)"
echo "network $NET is internal; nothing here can reach the outside world"
