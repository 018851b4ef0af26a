#!/usr/bin/env python3
import argparse
from pathlib import Path
from string import Template

HERE = Path(__file__).resolve().parent.parent / "templates"

INI = """
[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra --strict-markers"
markers = ["slow: long-running tests", "flaky: known flaky tests"]
"""


def put(path: Path, text: str) -> None:
    if path.exists():
        print(f"skip  {path} (exists)")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    print(f"write {path}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--package", required=True)
    a = ap.parse_args()
    repo = Path(a.repo).resolve()
    t = repo / "tests"
    put(t / "__init__.py", "")
    put(t / "test_smoke.py", Template((HERE / "test_smoke.py.tmpl").read_text()).substitute(pkg=a.package))
    put(t / "conftest.py", Template((HERE / "conftest.py.tmpl").read_text()).substitute(pkg=a.package, project=repo.name))
    pp = repo / "pyproject.toml"
    if pp.exists() and "[tool.pytest.ini_options]" not in pp.read_text():
        pp.write_text(pp.read_text().rstrip() + "\n" + INI)
        print("added [tool.pytest.ini_options]")


if __name__ == "__main__":
    main()
