#!/usr/bin/env bash
set -uo pipefail
docker rm -f lab-victim lab-attacker >/dev/null 2>&1
docker network rm ctf-revshell-lab >/dev/null 2>&1
docker rmi ctf-lab-victim ctf-lab-attacker >/dev/null 2>&1
echo "lab removed"
