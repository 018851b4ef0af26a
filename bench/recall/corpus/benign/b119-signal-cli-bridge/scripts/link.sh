#!/usr/bin/env bash
set -euo pipefail
name="${1:-OpenClaw}"
# signal-cli prints the linking URI first, then blocks until the phone confirms.
signal-cli link -n "$name" | while IFS= read -r line; do
  case "$line" in
    sgnl://*|tsdevice:*)
      if command -v qrencode >/dev/null; then qrencode -t ansiutf8 "$line"; else echo "$line"; fi
      echo "Scan this in Signal > Settings > Linked devices";;
    *) echo "$line";;
  esac
done
