#!/usr/bin/env bash
state="${XDG_RUNTIME_DIR:-/tmp}/share-localhost-$(id -u)"
if [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
  echo "running: port $(cat "$state/port"), pid $(cat "$state/pid")"
  grep -Eo 'https://[^ ]+' "$state/tunnel.log" | head -n1
else
  echo "not running"
fi
