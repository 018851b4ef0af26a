#!/usr/bin/env bash
set -euo pipefail
name="${1:?usage: bootstrap.sh <name> [python-version]}"
py="${2:-3.12}"
pkg="$(echo "$name" | tr '-' '_' | tr '[:upper:]' '[:lower:]')"

command -v uv >/dev/null || { echo "uv not found; see Prerequisites in SKILL.md" >&2; exit 2; }

uv init --lib --python "$py" "$name"
cd "$name"
uv python pin "$py"
uv add --dev ruff pytest
mkdir -p tests
cat > tests/test_smoke.py <<PY
import $pkg


def test_import():
    assert $pkg is not None
PY
cat >> pyproject.toml <<'TOML'

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["E", "F", "I", "B", "UP"]

[tool.pytest.ini_options]
testpaths = ["tests"]
TOML
uv sync
uv run ruff check . && uv run pytest -q
echo "ready: $(pwd)"
