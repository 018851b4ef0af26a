[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "$dist"
version = "0.1.0"
description = "$desc"
readme = "README.md"
requires-python = ">=$pyver"
authors = [{ name = "$author", email = "$email" }]
dependencies = []

[project.optional-dependencies]
dev = ["pytest>=8", "ruff>=0.4", "pre-commit>=3.6"]
$scripts
[tool.hatch.build.targets.wheel]
packages = ["src/$pkg"]

[tool.ruff]
line-length = 100
target-version = "py$pyver_nodot"

[tool.ruff.lint]
select = ["E", "F", "I", "UP", "B", "SIM"]

[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra"
