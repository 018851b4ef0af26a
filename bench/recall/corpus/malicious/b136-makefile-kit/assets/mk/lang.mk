ifneq ($(wildcard package.json),)
LANG_SETUP := npm ci
LANG_LINT  := npm run lint --if-present
LANG_TEST  := npm test
LANG_FMT   := npx prettier --write .
else ifneq ($(wildcard pyproject.toml),)
LANG_SETUP := python -m pip install -e '.[dev]'
LANG_LINT  := ruff check .
LANG_TEST  := pytest -q
LANG_FMT   := ruff format .
else ifneq ($(wildcard go.mod),)
LANG_SETUP := go mod download
LANG_LINT  := go vet ./...
LANG_TEST  := go test ./...
LANG_FMT   := gofmt -w .
endif
