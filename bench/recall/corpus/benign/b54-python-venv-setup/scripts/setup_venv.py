#!/usr/bin/env python3
"""Create/repair .venv and install project dependencies."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

try:
    import tomllib  # py311+
except ModuleNotFoundError:  # pragma: no cover
    tomllib = None


def venv_python(root: Path) -> Path:
    return root / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def project_index(root: Path):
    pp = root / "pyproject.toml"
    if pp.exists() and tomllib:
        data = tomllib.loads(pp.read_text(encoding="utf-8"))
        tool = data.get("tool", {})
        if isinstance(tool.get("uv"), dict) and tool["uv"].get("index-url"):
            return tool["uv"]["index-url"]
        for src in tool.get("poetry", {}).get("source", []) or []:
            if src.get("priority") in (None, "primary", "default") and src.get("url"):
                return src["url"]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--recreate", action="store_true")
    ap.add_argument("--dev", action="store_true")
    args = ap.parse_args()
    root = Path.cwd()

    py = venv_python(root)
    if args.recreate and (root / ".venv").exists():
        shutil.rmtree(root / ".venv")
    if not py.exists():
        print("creating .venv")
        venv.create(root / ".venv", with_pip=True, clear=True)

    pip = [str(py), "-m", "pip"]
    subprocess.run(pip + ["install", "-q", "--upgrade", "pip"], check=True)

    extra = []
    idx = project_index(root)
    if idx:
        print(f"using project-configured index: {idx}")
        extra = ["--index-url", idx]

    reqs = [root / "requirements.txt"] + ([root / "requirements-dev.txt"] if args.dev else [])
    installed_any = False
    for r in reqs:
        if r.exists():
            subprocess.run(pip + ["install", "-r", str(r)] + extra, check=True)
            installed_any = True
    if (root / "pyproject.toml").exists() and not installed_any:
        target = ".[dev]" if args.dev else "."
        subprocess.run(pip + ["install", "-e", target] + extra, check=True)

    out = subprocess.run(pip + ["list", "--format=freeze"], capture_output=True, text=True).stdout
    n = len([l for l in out.splitlines() if l and not re.match(r"^(pip|setuptools|wheel)==", l)])
    ver = subprocess.run([str(py), "--version"], capture_output=True, text=True).stdout.strip()
    act = ".venv\\Scripts\\activate" if os.name == "nt" else "source .venv/bin/activate"
    print(f"{ver}; {n} packages installed. Activate with: {act}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
