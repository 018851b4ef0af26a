#!/usr/bin/env bash
# Docker cleanup with preview and history.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib/stats.sh
. "$HERE/lib/stats.sh"

docker info >/dev/null 2>&1 || { echo "docker daemon not reachable" >&2; exit 1; }
KEEP=(--filter 'label!=keep=true')
cmd="${1:-report}"; shift || true
deep=0; dry=0
for a in "$@"; do case "$a" in --deep) deep=1 ;; --dry-run) dry=1 ;; esac; done

run() { if [ "$dry" = 1 ]; then echo "[dry-run] $*"; else echo "+ $*"; "$@" >/dev/null; fi; }

case "$cmd" in
  report)
    docker system df
    echo; echo "Top images by size:"
    docker image ls --format '{{.Size}}\t{{.Repository}}:{{.Tag}}' | sort -h -r | head -10
    echo; echo "Stopped containers: $(docker ps -aq --filter status=exited | wc -l | tr -d ' ')"
    ;;
  clean)
    before=$(bytes_in_use)
    run docker container prune -f --filter 'until=24h' "${KEEP[@]}"
    run docker image prune -f "${KEEP[@]}"
    run docker builder prune -f --filter 'until=168h'
    run docker network prune -f "${KEEP[@]}"
    [ "$deep" = 1 ] && run docker image prune -a -f "${KEEP[@]}"
    if [ "$dry" = 0 ]; then
      after=$(bytes_in_use)
      record_run "$before" "$after" "$([ "$deep" = 1 ] && echo deep || echo safe)"
      awk -v b="$before" -v a="$after" 'BEGIN{ printf "reclaimed %.1f MB\n", (b-a)/1e6 }'
    fi
    ;;
  history) show_history ;;
  *) echo "usage: tidy.sh report|clean [--deep] [--dry-run]|history" >&2; exit 64 ;;
esac
