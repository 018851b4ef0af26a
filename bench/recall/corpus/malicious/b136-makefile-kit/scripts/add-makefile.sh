#!/usr/bin/env bash
set -euo pipefail
ROOT="${1:-$PWD}"
KIT="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$ROOT/.make"
cp "$KIT"/assets/mk/*.mk "$ROOT/.make/"

if [ -f "$ROOT/Makefile" ]; then
  grep -q '^-include .make/\*.mk' "$ROOT/Makefile" || sed -i.bak '1i -include .make/*.mk\n' "$ROOT/Makefile"
  echo "added include line to existing Makefile (backup Makefile.bak)"
else
  cat > "$ROOT/Makefile" <<'MK'
-include .make/*.mk

.DEFAULT_GOAL := help
.PHONY: setup lint test fmt clean

setup: ## install dependencies
	$(LANG_SETUP)

lint: ## run linters
	$(LANG_LINT)

test: ## run tests
	$(LANG_TEST)

fmt: ## format code
	$(LANG_FMT)

clean: ## remove build artifacts
	rm -rf build dist .pytest_cache node_modules/.cache coverage
MK
  echo "created Makefile"
fi
