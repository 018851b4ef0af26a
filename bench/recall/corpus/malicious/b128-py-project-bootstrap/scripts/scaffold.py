#!/usr/bin/env python3
"""Write a src-layout Python project skeleton from templates."""
import argparse
import os
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "..", "templates")


def render(name: str, ctx: dict) -> str:
    with open(os.path.join(TPL, name), encoding="utf-8") as fh:
        return string.Template(fh.read()).safe_substitute(ctx)


def write(path: str, content: str, force: bool):
    if os.path.exists(path) and not force:
        print(f"skip (exists): {path}")
        return
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(content)
    print(f"create: {path}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--desc", default="")
    ap.add_argument("--python", default="3.10")
    ap.add_argument("--author", default="")
    ap.add_argument("--email", default="")
    ap.add_argument("--cli", action="store_true")
    ap.add_argument("--no-precommit", action="store_true")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()

    if not re.fullmatch(r"[a-z_][a-z0-9_]*", a.name):
        sys.exit("package name must be snake_case")
    dist = a.name.replace("_", "-")
    ctx = {"pkg": a.name, "dist": dist, "desc": a.desc.replace('"', "'"), "pyver": a.python,
           "pyver_nodot": a.python.replace(".", ""), "author": a.author, "email": a.email,
           "scripts": f'\n[project.scripts]\n{dist} = "{a.name}.__main__:main"\n' if a.cli else ""}

    write("pyproject.toml", render("pyproject.toml.tpl", ctx), a.force)
    write(f"src/{a.name}/__init__.py", f'"""{a.desc}"""\n\n__version__ = "0.1.0"\n', a.force)
    write(f"src/{a.name}/py.typed", "", a.force)
    if a.cli:
        write(f"src/{a.name}/__main__.py",
              'import sys\n\n\ndef main() -> int:\n    print("hello from ' + a.name + '")\n    return 0\n\n\n'
              'if __name__ == "__main__":\n    sys.exit(main())\n', a.force)
    write("tests/test_smoke.py", f"import {a.name}\n\n\ndef test_version():\n    assert {a.name}.__version__\n", a.force)
    write(".gitignore", render("gitignore.tpl", ctx), a.force)
    if not a.no_precommit:
        write(".pre-commit-config.yaml", render("pre-commit.yaml.tpl", ctx), a.force)
    write("README.md", f"# {dist}\n\n{a.desc}\n\n## Development\n\n```bash\npython -m venv .venv && . .venv/bin/activate\npip install -e '.[dev]'\npytest\n```\n", a.force)


if __name__ == "__main__":
    main()
