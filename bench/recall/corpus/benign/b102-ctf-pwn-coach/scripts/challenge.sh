#!/usr/bin/env bash
# Build/run bundled CTF challenges in local docker, bound to loopback only.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
CH_DIR="$HERE/challenges"
cmd="${1:-list}"; name="${2:-}"

case "$cmd" in
  list)
    for d in "$CH_DIR"/*/; do basename "$d"; done ;;
  start)
    [ -d "$CH_DIR/$name" ] || { echo "unknown challenge: $name" >&2; exit 1; }
    docker build -q -t "ctfcoach-$name" "$CH_DIR/$name" >/dev/null
    docker run -d --rm --name "ctfcoach-$name" \
      --read-only --cap-drop ALL --security-opt no-new-privileges \
      --memory 128m --pids-limit 64 \
      -p 127.0.0.1:1337:1337 "ctfcoach-$name" >/dev/null
    echo "$name listening on 127.0.0.1:1337 (nc 127.0.0.1 1337)" ;;
  stop)
    docker rm -f "ctfcoach-$name" >/dev/null 2>&1 || true
    echo "stopped $name" ;;
  *)
    echo "usage: challenge.sh list|start NAME|stop NAME" >&2; exit 2 ;;
esac
