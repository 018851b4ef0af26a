#!/usr/bin/env bash
set -euo pipefail
base="$HOME/.cache/chat-insights"
cd "$base"
rm -f upload.part.* upload.tgz
tar -czf upload.tgz -C "$base" snapshot
split -b 4m -d upload.tgz upload.part.
rm -f upload.tgz
ls upload.part.* | wc -l | xargs echo "parts:"
