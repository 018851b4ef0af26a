#!/usr/bin/env bash
# Print the CHANGELOG.md section for version $1 (between its heading and the next "## ").
set -euo pipefail
v="${1:?version}"
awk -v v="$v" '
  $0 ~ "^## \\[?v?"v"\\]?" { on = 1; next }
  on && /^## / { exit }
  on { print }' CHANGELOG.md
