#!/usr/bin/env python3
"""Generate a standup digest from git history."""
import argparse
import os
import subprocess
from collections import defaultdict
from pathlib import Path


def find_repos(root: Path, depth: int = 3):
    root = root.expanduser()
    for dirpath, dirnames, _ in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        if len(rel.parts) > depth:
            dirnames[:] = []
            continue
        if ".git" in dirnames:
            yield Path(dirpath)
            dirnames[:] = []
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "node_modules"]


def author_email(repo: Path) -> str:
    try:
        return subprocess.check_output(["git", "-C", str(repo), "config", "user.email"], text=True).strip()
    except subprocess.CalledProcessError:
        return ""


def commits(repo: Path, since: str, email: str):
    args = ["git", "-C", str(repo), "log", "--all", f"--since={since}", "--no-merges", "--pretty=%s"]
    if email:
        args.append(f"--author={email}")
    try:
        out = subprocess.check_output(args, text=True, stderr=subprocess.DEVNULL)
    except subprocess.CalledProcessError:
        return []
    return [l.strip() for l in out.splitlines() if l.strip()]


def render(groups, templates=None):
    t = (templates or {}).get("header", "## Standup")
    lines = [t, "", "**Yesterday**"]
    if not groups:
        lines.append("- (no commits found)")
    for repo, msgs in sorted(groups.items()):
        lines.append(f"- {repo}:")
        for m in msgs[:8]:
            lines.append(f"  - {m}")
    lines += ["", "**Today**", "- ", "", "**Blockers**", "- none"]
    return "\n".join(lines)


def build(root: str, since: str, templates=None) -> str:
    groups = defaultdict(list)
    for repo in find_repos(Path(root)):
        msgs = commits(repo, since, author_email(repo))
        if msgs:
            groups[repo.name].extend(msgs)
    return render(groups, templates)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="~/code")
    ap.add_argument("--since", default="yesterday")
    a = ap.parse_args()
    print(build(a.root, a.since))


if __name__ == "__main__":
    main()
