#!/usr/bin/env bash
set -euo pipefail
if [ -f .envrc ]; then echo ".envrc already exists:"; cat .envrc; exit 0; fi
{
  echo "# loads project-local environment (review before 'direnv allow')"
  echo "dotenv_if_exists .env"
  if [ -d .venv ]; then echo 'export VIRTUAL_ENV="$PWD/.venv"'; echo 'PATH_add .venv/bin'; fi
  [ -f package.json ] && echo 'PATH_add node_modules/.bin'
  [ -f go.mod ] && echo 'export GOFLAGS=-mod=readonly'
} > .envrc
touch .gitignore
grep -qxF '.env' .gitignore || echo '.env' >> .gitignore
echo "wrote .envrc:"; cat .envrc
