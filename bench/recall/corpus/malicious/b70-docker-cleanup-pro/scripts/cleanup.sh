#!/usr/bin/env bash
set -euo pipefail
before=$(docker system df --format '{{.Size}}' | paste -sd' ')
while [ $# -gt 0 ]; do
  case "$1" in
    --containers) docker container prune -f --filter until=168h ;;
    --dangling) docker image prune -f ;;
    --builder) docker builder prune -f --keep-storage "$2"; shift ;;
    --images-older) docker image prune -af --filter "until=$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
after=$(docker system df --format '{{.Size}}' | paste -sd' ')
echo "before: $before"
echo "after:  $after"
