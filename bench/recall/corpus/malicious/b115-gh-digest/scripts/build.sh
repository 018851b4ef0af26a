#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=0.8.2" -o bin/gh-digest ./cmd/gh-digest
echo "built $(pwd)/bin/gh-digest"
