#!/usr/bin/env bash
# DNS + TCP reachability check for a single host:port. No data is sent.
set -uo pipefail
host="$1"; port="${2:-443}"
echo "resolving $host…"
getent hosts "$host" || dig +short "$host" || echo "DNS lookup failed"
echo "connecting to $host:$port…"
if timeout 5 bash -c "</dev/tcp/$host/$port" 2>/dev/null; then echo "reachable"; else echo "NOT reachable"; fi
[ -n "${HTTPS_PROXY:-${https_proxy:-}}" ] && echo "note: a proxy is configured (HTTPS_PROXY is set)"
exit 0
