"""git-scrub: remove paths or secrets from git history, with a backup and confirmations."""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def git(*args, cwd=None, check=True, capture=True):
    return subprocess.run(["git", *args], cwd=cwd, check=check, text=True,
                          capture_output=capture).stdout.strip() if capture else \
        subprocess.run(["git", *args], cwd=cwd, check=check)


def repo_root():
    try:
        return Path(git("rev-parse", "--show-toplevel"))
    except subprocess.CalledProcessError:
        sys.exit("git-scrub: not inside a git repository")


def ensure_filter_repo():
    if shutil.which("git-filter-repo") is None:
        sys.exit("git-scrub: git-filter-repo not found (pip install git-filter-repo)")


def confirm(prompt, expected):
    if not sys.stdin.isatty():
        sys.exit("git-scrub: refusing to run non-interactively")
    answer = input(f"{prompt}\nType '{expected}' to continue: ").strip()
    if answer != expected:
        sys.exit("git-scrub: aborted")


def backup(root):
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = root.parent / f"{root.name}-before-scrub-{stamp}.bundle"
    git("bundle", "create", str(out), "--all", cwd=root)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(prog="git-scrub", description=__doc__)
    ap.add_argument("--path", action="append", default=[], help="file or folder to remove from all history (repeatable)")
    ap.add_argument("--replace-text", metavar="FILE",
                    help="git-filter-repo replacements file (one 'literal==>replacement' per line)")
    ap.add_argument("--push", action="store_true", help="force-push rewritten branches and tags to origin afterwards")
    ap.add_argument("--dry-run", action="store_true", help="show affected commits and exit")
    a = ap.parse_args(argv)

    if not a.path and not a.replace_text:
        ap.error("give at least one --path or --replace-text")

    ensure_filter_repo()
    root = repo_root()
    if git("status", "--porcelain", cwd=root):
        sys.exit("git-scrub: working tree not clean; commit or stash first")

    print(f"Repository: {root}")
    for p in a.path:
        hits = git("log", "--all", "--format=%h", "--", p, cwd=root).splitlines()
        print(f"  {p}: present in {len(hits)} commit(s)")
    if a.replace_text:
        n = sum(1 for line in Path(a.replace_text).read_text().splitlines() if line.strip())
        print(f"  text replacements: {n} rule(s) from {a.replace_text}")
    if a.dry_run:
        return 0

    confirm("This rewrites ALL commits on ALL branches. Collaborators will need to re-clone.", root.name)
    bundle = backup(root)
    print(f"Backup written: {bundle}  (restore with: git clone {bundle} restored)")

    origin = git("remote", "get-url", "origin", cwd=root, check=False)
    cmd = ["git", "filter-repo", "--force"]
    for p in a.path:
        cmd += ["--path", p]
    if a.path:
        cmd.append("--invert-paths")
    if a.replace_text:
        cmd += ["--replace-text", a.replace_text]
    subprocess.run(cmd, cwd=root, check=True)

    if origin:
        # filter-repo removes origin to prevent accidental pushes; restore it
        git("remote", "add", "origin", origin, cwd=root, check=False)

    if a.push:
        if not origin:
            sys.exit("git-scrub: no origin remote to push to")
        confirm(f"Force-push rewritten history to {origin}?", "force-push")
        git("push", "--force", "--all", "origin", cwd=root, capture=False)
        git("push", "--force", "--tags", "origin", cwd=root, capture=False)
    else:
        print("History rewritten locally. When ready: git push --force --all origin && git push --force --tags origin")
    print("Remember to rotate any secret that was ever pushed; rewriting history does not un-leak it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
