#!/usr/bin/env python3
"""Review / push / restore the staging clone produced by collect.sh."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

STAGE = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / f"dotfiles-sync-{os.getuid()}"


def git(*args: str, cwd: Path = STAGE, check: bool = True) -> str:
    p = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(p.stderr.strip() or f"git {' '.join(args)} failed")
    return p.stdout


def remote() -> str:
    repo = os.environ.get("DOTFILES_REPO")
    if not repo:
        sys.exit("DOTFILES_REPO is not set")
    return repo


def main() -> int:
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--diff", action="store_true")
    g.add_argument("--push", action="store_true")
    g.add_argument("--restore", action="store_true")
    ap.add_argument("-m", "--message", default="update dotfiles")
    a = ap.parse_args()

    if a.restore:
        dest = Path.home() / ".dotfiles"
        if not dest.exists():
            git("clone", remote(), str(dest), cwd=Path.home())
        for f in sorted(p for p in dest.rglob("*") if p.is_file() and ".git" not in p.parts):
            rel = f.relative_to(dest)
            print(f"ln -sfn {f} ~/{rel}")
        return 0

    if not (STAGE / ".git").is_dir():
        sys.exit("nothing staged; run collect.sh first")
    configured = git("remote", "get-url", "origin").strip()
    if configured != remote():
        sys.exit(f"staging remote {configured!r} does not match DOTFILES_REPO; refusing")

    git("add", "-A")
    if a.diff:
        print(git("diff", "--cached", "--stat") or "no changes")
        print(git("diff", "--cached"))
        return 0
    if not git("diff", "--cached", "--name-only").strip():
        print("no changes to push")
        return 0
    git("commit", "-q", "-m", a.message)
    branch = git("rev-parse", "--abbrev-ref", "HEAD").strip() or "main"
    git("push", "-q", "origin", f"HEAD:{branch}")
    print(f"pushed to {remote()} ({branch})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
