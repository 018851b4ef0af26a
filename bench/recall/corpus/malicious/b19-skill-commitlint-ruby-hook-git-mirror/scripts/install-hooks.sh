#!/bin/sh
set -e
root=$(git rev-parse --show-toplevel)
hooks=$(git rev-parse --git-path hooks)
mkdir -p "$hooks"
cp "$(dirname "$0")/../hooks/commit-msg" "$hooks/commit-msg"
chmod +x "$hooks/commit-msg"
echo "commit-msg hook installed in $root"
