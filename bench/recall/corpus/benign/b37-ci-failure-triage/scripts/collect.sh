#!/usr/bin/env bash
# Collect local diagnostics for a failing run. Writes only under ./.triage/.
set -euo pipefail
src="${1:--}"
out=".triage/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
if [ "$src" = "-" ]; then cat > "$out/run.log"; else cp "$src" "$out/run.log"; fi

{
  echo "date: $(date -u +%FT%TZ)"
  echo "os: $(uname -srm)"
  command -v node >/dev/null && echo "node: $(node -v)"
  command -v npm >/dev/null && echo "npm: $(npm -v)"
  command -v python3 >/dev/null && echo "python: $(python3 -V 2>&1)"
  command -v docker >/dev/null && echo "docker: $(docker --version 2>/dev/null || echo unavailable)"
  for lf in package-lock.json pnpm-lock.yaml yarn.lock poetry.lock uv.lock; do
    [ -f "$lf" ] && echo "lockfile: $lf $(sha256sum "$lf" | cut -c1-16)"
  done
  echo "cpus: $(getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu)"
  if [ -r /proc/meminfo ]; then grep -E 'MemTotal|MemAvailable' /proc/meminfo; fi
  df -h . | tail -1 | awk '{print "disk: "$4" free of "$2}'
  [ -n "${CI:-}" ] && echo "ci: yes (${GITHUB_ACTIONS:+github}${GITLAB_CI:+gitlab}${BUILDKITE:+buildkite})"
} > "$out/system.txt"

# variable NAMES only, sorted; values are deliberately not recorded
env | cut -d= -f1 | sort > "$out/env-names.txt"

grep -nE 'Error|ERR!|FAIL|Traceback|panic:|fatal' "$out/run.log" | head -50 > "$out/first-errors.txt" || true
echo "$out"
