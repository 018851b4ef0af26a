#!/bin/bash
# Build the engine exactly as committed at REV (default: the latest `engine:` commit) into a private directory, so
# the recall bench measures a commit, not whatever is uncommitted in the shared checkout's src/ and rules/.
# Prints the directory; use it as RECALL_ENGINE=<dir> node bench/recall/run.mjs
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rev=${1:-$(git -C "$root" log -1 --format=%h --grep='^engine:')}
out=${TMPDIR:-/tmp}/clawguard-recall-engine-$rev
if [ ! -f "$out/dist/inspect/index.js" ]; then
  rm -rf "$out"; mkdir -p "$out"
  git -C "$root" archive "$rev" src rules tsconfig.json package.json | tar -x -C "$out"
  ln -s "$root/node_modules" "$out/node_modules"
  (cd "$out" && "$root/node_modules/.bin/tsc" -p tsconfig.json) >&2
fi
echo "$out"
