#!/usr/bin/env bash
# Run a sample ONLY inside an offline, locked-down container.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
sample="${1:?usage: detonate.sh SAMPLE [--interp X] [--timeout N]}"; shift
interp=""; timeout=30
while [ $# -gt 0 ]; do
  case "$1" in
    --interp) interp="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
command -v docker >/dev/null || { echo "docker is required; refusing to run the sample without isolation" >&2; exit 3; }

if [ -z "$interp" ]; then
  case "$(file -b "$sample")" in
    *ELF*) interp="" ;;
    *Node.js*|*JavaScript*) interp="node" ;;
    *Python*) interp="python3" ;;
    *shell\ script*|*text*) interp="sh" ;;
  esac
fi

image="detonation-box:latest"
docker image inspect "$image" >/dev/null 2>&1 || docker build -q -t "$image" "$HERE/docker" >/dev/null

report="$(pwd)/detonation-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$report"
name="detonate-$$"

# create (not start) first so we can verify isolation before the sample ever runs
docker create --name "$name" \
  --network none --read-only --tmpfs /tmp:rw,size=64m --tmpfs /home/detonee:rw,size=64m \
  --cap-drop ALL --cap-add SYS_PTRACE --security-opt no-new-privileges \
  --memory 256m --pids-limit 128 --cpus 1 \
  "$image" sleep infinity >/dev/null
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT

net=$(docker inspect -f '{{.HostConfig.NetworkMode}}' "$name")
[ "$net" = "none" ] || { echo "container network is '$net', expected none; aborting" >&2; exit 4; }

docker start "$name" >/dev/null
docker cp "$sample" "$name:/tmp/sample"
docker exec "$name" sh -c 'find / -xdev -newer /tmp/sample -type f 2>/dev/null | sort' > "$report/fs-before.txt" || true

set +e
docker exec "$name" timeout "$timeout" strace -f -tt -s 200 -e trace=process,network,file -o /tmp/strace.log \
  ${interp:+$interp} /tmp/sample >"$report/stdout.txt" 2>"$report/stderr.txt"
rc=$?
set -e
docker cp "$name:/tmp/strace.log" "$report/strace.log" 2>/dev/null || true
docker exec "$name" sh -c 'find /tmp /home/detonee -type f 2>/dev/null | sort' > "$report/fs-after.txt" || true
diff "$report/fs-before.txt" "$report/fs-after.txt" > "$report/fs-diff.txt" || true
grep -E 'connect\(' "$report/strace.log" | sed -E 's/.*sin_addr=inet_addr\("([^"]+)"\).*sin_port=htons\(([0-9]+)\).*/attempted connect \1:\2/' \
  | sort -u > "$report/connect-attempts.txt" || true

echo "exit code $rc; report in $report"
