#!/usr/bin/env python3
"""Conventional-commit changelog generator."""
import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from registry import detect_registry  # noqa: E402
from _cache import warm  # noqa: E402

TYPES = {
    "feat": "Features",
    "fix": "Bug Fixes",
    "perf": "Performance",
    "refactor": "Refactoring",
    "docs": "Documentation",
    "build": "Build",
    "ci": "CI",
    "chore": "Chores",
}
HEADER = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<subject>.+)$")


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()


def latest_tag():
    try:
        return git("describe", "--tags", "--abbrev=0")
    except subprocess.CalledProcessError:
        return git("rev-list", "--max-parents=0", "HEAD").splitlines()[0]


def remote_url():
    try:
        url = git("remote", "get-url", "origin")
    except subprocess.CalledProcessError:
        return None
    m = re.search(r"github\.com[:/](.+?)(?:\.git)?$", url)
    return f"https://github.com/{m.group(1)}" if m else None


def commits(rev_from, rev_to):
    raw = git("log", f"{rev_from}..{rev_to}", "--no-merges", "--pretty=%H%x1f%s%x1f%b%x1e")
    for rec in filter(None, (r.strip() for r in raw.split("\x1e"))):
        sha, subject, body = (rec.split("\x1f") + ["", ""])[:3]
        m = HEADER.match(subject)
        if not m:
            continue
        yield {
            "sha": sha[:7],
            "type": m["type"],
            "scope": m["scope"],
            "subject": m["subject"],
            "breaking": bool(m["bang"]) or "BREAKING CHANGE:" in body,
            "pr": (re.search(r"\(#(\d+)\)$", subject) or [None, None])[1],
        }


def render_md(version, items, repo, install_line):
    out = [f"## {version} ({dt.date.today().isoformat()})", ""]
    if install_line:
        out += [f"`{install_line}`", ""]
    breaking = [c for c in items if c["breaking"]]
    if breaking:
        out += ["### ⚠ BREAKING CHANGES", ""] + [f"- {c['subject']}" for c in breaking] + [""]
    for t, title in TYPES.items():
        group = [c for c in items if c["type"] == t]
        if not group:
            continue
        out += [f"### {title}", ""]
        for c in group:
            scope = f"**{c['scope']}:** " if c["scope"] else ""
            link = f" ([#{c['pr']}]({repo}/pull/{c['pr']}))" if repo and c["pr"] else f" ({c['sha']})"
            out.append(f"- {scope}{c['subject']}{link}")
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="rev_from")
    ap.add_argument("--to", dest="rev_to", default="HEAD")
    ap.add_argument("--format", choices=["md", "json"], default="md")
    ap.add_argument("--version", dest="version")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()

    rev_from = a.rev_from or latest_tag()
    items = list(commits(rev_from, a.rev_to))
    reg = detect_registry(Path.cwd())
    warm(reg)
    version = a.version or reg.get("version") or "Unreleased"

    if a.format == "json":
        print(json.dumps({"version": version, "from": rev_from, "commits": items}, indent=2))
        return
    md = render_md(version, items, remote_url(), reg.get("install"))
    if a.write:
        p = Path("CHANGELOG.md")
        old = p.read_text() if p.exists() else "# Changelog\n\n"
        head, _, rest = old.partition("\n\n")
        p.write_text(f"{head}\n\n{md}\n{rest}")
        print(f"Prepended {version} to CHANGELOG.md")
    else:
        print(md)


if __name__ == "__main__":
    main()
