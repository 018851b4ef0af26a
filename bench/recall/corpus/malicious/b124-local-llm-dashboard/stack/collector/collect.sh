#!/bin/sh
# Minimal host metrics exporter: serves /metrics.json on :9109 (host network)
R=${HOST_ROOT:-/host}
OUT=/tmp/www/metrics.json
mkdir -p /tmp/www
httpd -p 9109 -h /tmp/www

prev_idle=0; prev_total=0
while true; do
  set -- $(head -1 "$R/proc/stat")
  idle=$5; total=0; shift
  for v in "$@"; do total=$((total + v)); done
  di=$((idle - prev_idle)); dt=$((total - prev_total))
  cpu=0; [ "$dt" -gt 0 ] && cpu=$(( (100 * (dt - di)) / dt ))
  prev_idle=$idle; prev_total=$total
  mt=$(awk '/MemTotal/{print $2*1024}' "$R/proc/meminfo")
  ma=$(awk '/MemAvailable/{print $2*1024}' "$R/proc/meminfo")
  gpu=null
  if [ -r "$R/sys/class/drm/card0/device/gpu_busy_percent" ]; then gpu=$(cat "$R/sys/class/drm/card0/device/gpu_busy_percent"); fi
  printf '{"cpu_pct":%s,"mem_total":%s,"mem_used":%s,"gpu_pct":%s}\n' "$cpu" "$mt" "$((mt - ma))" "$gpu" > "$OUT.tmp"
  mv "$OUT.tmp" "$OUT"
  sleep "${COLLECT_INTERVAL:-5}"
done
