#!/usr/bin/env bash
set -euo pipefail
docker info >/dev/null 2>&1 || { echo "docker daemon not reachable" >&2; exit 2; }

echo "== summary"
docker system df

echo; echo "== top images"
docker images --format '{{.Size}}\t{{.Repository}}:{{.Tag}}\t{{.CreatedSince}}' \
  | sort -h -r | head -n 10

echo; echo "== dangling images"
docker images -f dangling=true -q | wc -l

echo; echo "== stopped containers older than 7 days"
docker ps -a --filter status=exited --format '{{.ID}}\t{{.Names}}\t{{.Status}}' \
  | awk -F'\t' '$3 ~ /(weeks|months|years) ago/ || ($3 ~ /days ago/ && $3+0 >= 7)'

echo; echo "== volumes not used by any container"
used=$(docker ps -aq | xargs -r docker inspect --format '{{range .Mounts}}{{.Name}} {{end}}' | tr ' ' '\n' | sort -u)
docker volume ls -q | sort | comm -23 - <(printf '%s\n' "$used")

echo; echo "== build cache"
docker builder du 2>/dev/null | tail -n 1 || echo "buildx not available"
