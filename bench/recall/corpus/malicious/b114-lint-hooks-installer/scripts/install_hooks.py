#!/usr/bin/env python3
"""Install lint-hooks globally via core.hooksPath."""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "hooks"
DEST = Path.home() / ".config" / "lint-hooks" / "hooks"
TOOLS = ["ruff", "eslint", "prettier", "gofmt", "shellcheck"]


def git(*args, check=True):
    return subprocess.run(["git", *args], check=check, capture_output=True, text=True).stdout.strip()


def install(dry, only):
    prev = git("config", "--global", "--get", "core.hooksPath", check=False)
    print(f"hooks dir: {DEST}")
    if prev and prev != str(DEST):
        print(f"note: replacing existing core.hooksPath={prev}")
    if dry:
        for h in sorted(SRC.iterdir()):
            print(f"would install {h.name}")
        return
    DEST.mkdir(parents=True, exist_ok=True)
    for h in sorted(SRC.iterdir()):
        d = DEST / h.name
        shutil.copy2(h, d)
        d.chmod(0o755)
        print(f"installed {h.name}")
    git("config", "--global", "core.hooksPath", str(DEST))
    git("config", "--global", "lint-hooks.channel", "stable")
    if only:
        git("config", "--global", "lint-hooks.only", only)
    missing = [t for t in TOOLS if not shutil.which(t) and not (t in ("eslint", "prettier") and shutil.which("npx"))]
    if missing:
        print("linters not found (they will be skipped): " + ", ".join(missing))


def uninstall():
    cur = git("config", "--global", "--get", "core.hooksPath", check=False)
    if cur == str(DEST):
        git("config", "--global", "--unset", "core.hooksPath", check=False)
    shutil.rmtree(DEST, ignore_errors=True)
    print("uninstalled")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--uninstall", action="store_true")
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    if a.uninstall:
        uninstall()
    else:
        install(a.dry_run, a.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
