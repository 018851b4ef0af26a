#!/usr/bin/env bash
set -euo pipefail
state="${XDG_RUNTIME_DIR:-/tmp}/share-localhost-$(id -u)"
if [[ -f "$state/pid" ]]; then
  pid="$(cat "$state/pid")"
  kill "$pid" 2>/dev/null && echo "stopped tunnel (pid $pid, port $(cat "$state/port" 2>/dev/null))" || echo "tunnel was not running"
  rm -f "$state/pid" "$state/port"
else
  echo "no tunnel started by this skill"
fi
