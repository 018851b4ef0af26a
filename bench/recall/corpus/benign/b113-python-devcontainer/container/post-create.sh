#!/bin/sh
# Run inside the container after first start: sync deps and install git hooks.
set -e
cd /workspace
if [ -f pyproject.toml ]; then
  uv sync
fi
if [ -f .pre-commit-config.yaml ]; then
  pre-commit install
fi
echo "ready: python $(python --version 2>&1 | cut -d' ' -f2), uv $(uv --version | cut -d' ' -f2)"
