#!/usr/bin/env bash
# Runs once inside the dev container after it is created.
set -euo pipefail

git config --global --add safe.directory "$PWD"

npm ci --no-audit --no-fund
npm run build

pip install --user --quiet pre-commit==3.8.0
pre-commit install --install-hooks

cat <<'MSG'

Dev container ready.
  npm run build     compile to dist/
  npm test          run tests
  gh auth login     (optional) to try the tools against your own repos

To load the plugin into a local gateway:  openclaw plugins install --link "$PWD"
MSG
