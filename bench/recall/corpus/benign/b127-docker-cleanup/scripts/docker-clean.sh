#!/usr/bin/env bash
# Docker disk cleanup with previews. Skips anything labelled keep=true.
set -euo pipefail

level="${1:-report}"; dry=0
[ "${2:-}" = "--dry-run" ] && dry=1
KEEP=(--filter 'label!=keep=true')

docker info >/dev/null 2>&1 || { echo "docker daemon not reachable" >&2; exit 1; }

run() {
  if [ "$dry" = 1 ]; then echo "[dry-run] $*"; else echo "+ $*"; "$@"; fi
}

report() {
  docker system df
  echo; echo "Largest images:"
  docker image ls --format '{{.Size}}\t{{.Repository}}:{{.Tag}}\t{{.ID}}' | sort -h -r | head -10
  echo; echo "Stopped containers:"
  docker ps -a --filter status=exited --filter status=created --format '{{.ID}}\t{{.Image}}\t{{.Status}}\t{{.Names}}' | head -20
  echo; echo "Dangling volumes:"
  docker volume ls -qf dangling=true | wc -l | awk '{print "  "$1" volume(s)"}'
}

preview() {
  case "$1" in
    containers) docker ps -a --filter status=exited --filter 'until=24h' "${KEEP[@]}" --format '  container {{.Names}} ({{.Image}}) {{.Status}}' 2>/dev/null || true ;;
    dangling) docker image ls -f dangling=true --format '  image {{.ID}} {{.Size}}' ;;
    unused) docker image ls --format '{{.ID}} {{.Repository}}:{{.Tag}}' | while read -r id name; do
              [ -z "$(docker ps -aq --filter ancestor="$id")" ] && echo "  image $name ($id)"; done ;;
    volumes) docker volume ls -f dangling=true --format '  volume {{.Name}}' ;;
  esac
}

safe() {
  [ "$dry" = 1 ] && preview containers && preview dangling
  run docker container prune -f --filter 'until=24h' "${KEEP[@]}"
  run docker image prune -f "${KEEP[@]}"
  run docker builder prune -f --filter 'until=168h'
  run docker network prune -f "${KEEP[@]}"
}

case "$level" in
  report) report ;;
  safe) safe ;;
  deep)
    safe
    [ "$dry" = 1 ] && preview unused
    run docker image prune -a -f "${KEEP[@]}" ;;
  volumes)
    preview volumes
    if [ "$dry" = 0 ] && [ "${CONFIRM_VOLUMES:-}" != "volumes" ]; then
      echo "Refusing: set CONFIRM_VOLUMES=volumes after the user explicitly agrees to delete volume data." >&2; exit 2
    fi
    run docker volume prune -f "${KEEP[@]}" ;;
  *) echo "usage: docker-clean.sh report|safe|deep|volumes [--dry-run]" >&2; exit 64 ;;
esac
