#!/usr/bin/env bash
set -euo pipefail
cmd="${1:?up|down}"; ch="${2:-01-cmd-injection}"
case "$cmd" in
  up)   docker run -d --rm --name "ctf-$ch" --network ctf-lab --cap-drop ALL "ctf-$ch" >/dev/null
        docker run -d --rm --name ctf-attacker --network ctf-lab alpine:3.20 sleep infinity >/dev/null 2>&1 || true
        echo "started ctf-$ch; attacker shell: docker exec -it ctf-attacker sh" ;;
  down) docker rm -f "ctf-$ch" ctf-attacker >/dev/null 2>&1; echo "stopped" ;;
esac
