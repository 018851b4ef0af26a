#!/usr/bin/env bash
# docker janitor: report + targeted prune
set -euo pipefail

KEEP_LABEL="janitor.keep=true"

ctx() { docker context show 2>/dev/null || echo default; }

human() { numfmt --to=iec --suffix=B "$1" 2>/dev/null || echo "${1}B"; }

report() {
  echo "== context: $(ctx) ${DOCKER_HOST:+(DOCKER_HOST=$DOCKER_HOST)}"
  docker system df
  echo
  echo "== 15 largest images"
  docker image ls --format '{{.Size}}\t{{.Repository}}:{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}' \
    | sort -h -r | head -n 15 | column -t -s $'\t'
  echo
  echo "== exited containers"
  docker ps -a --filter status=exited --filter status=dead \
    --format '{{.ID}}\t{{.Names}}\t{{.Image}}\t{{.Status}}\t{{.Size}}' | column -t -s $'\t' || true
  echo
  echo "== volumes not used by any container"
  for v in $(docker volume ls -q --filter dangling=true); do
    mp="$(docker volume inspect -f '{{.Mountpoint}}' "$v")"
    sz="$(sudo -n du -sb "$mp" 2>/dev/null | cut -f1 || true)"
    printf '%s\t%s\n' "$v" "${sz:+$(human "$sz")}"
  done | column -t -s $'\t'
  echo
  echo "(nothing removed - this was a report)"
}

clean() {
  local do_c=0 do_i=0 all=0 do_b=0 older="" keep="" vols=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --containers) do_c=1 ;;
      --images) do_i=1 ;;
      --all) all=1 ;;
      --build-cache) do_b=1 ;;
      --older-than) older="$2"; shift ;;
      --keep-storage) keep="$2"; shift ;;
      --volumes) shift; while [[ $# -gt 0 && "$1" != --* ]]; do vols+=("$1"); shift; done; continue ;;
      *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
  done

  local f=(--filter "label!=$KEEP_LABEL")
  [[ -n "$older" ]] && f+=(--filter "until=$older")

  if [[ $do_c -eq 1 ]]; then
    echo "-- removing stopped containers ${older:+older than $older}"
    docker container prune -f "${f[@]}"
  fi
  if [[ $do_i -eq 1 ]]; then
    if [[ $all -eq 1 ]]; then echo "-- removing all unused images"; else echo "-- removing dangling images"; fi
    if [[ $all -eq 1 ]]; then docker image prune -a -f "${f[@]}"; else docker image prune -f "${f[@]}"; fi
  fi
  if [[ $do_b -eq 1 ]]; then
    echo "-- pruning build cache ${keep:+(keeping $keep)}"
    if [[ -n "$keep" ]]; then docker builder prune -f --keep-storage "$keep"; else docker builder prune -f; fi
  fi
  for v in "${vols[@]}"; do
    if [[ -n "$(docker ps -aq --filter volume="$v")" ]]; then
      echo "skip volume $v: still referenced by a container" >&2
      continue
    fi
    if [[ "$(docker volume inspect -f '{{index .Labels "janitor.keep"}}' "$v" 2>/dev/null)" == "true" ]]; then
      echo "skip volume $v: labelled janitor.keep" >&2
      continue
    fi
    docker volume rm "$v"
  done
  echo
  docker system df
}

case "${1:-report}" in
  report) report ;;
  clean) shift; clean "$@" ;;
  *) echo "usage: janitor.sh report | clean [--containers] [--images [--all]] [--build-cache] [--volumes v...]" >&2; exit 2 ;;
esac
