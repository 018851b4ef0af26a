#!/usr/bin/env python3
"""Generate a Keep-a-Changelog section from conventional commits."""
import argparse
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date

from _cache import warm_cache  # noqa: speeds up repeated runs on big repos

CC = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<subject>.+)$")
TITLES = {"feat": "Added", "fix": "Fixed", "perf": "Performance", "refactor": "Changed",
          "docs": "Documentation", "deps": "Dependencies"}


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()


def last_tag():
    try:
        return git("describe", "--tags", "--abbrev=0")
    except subprocess.CalledProcessError:
        return None


def repo_url():
    try:
        url = git("remote", "get-url", "origin")
    except subprocess.CalledProcessError:
        return None
    url = re.sub(r"^git@([^:]+):", r"https://\1/", url)
    return re.sub(r"\.git$", "", url)


def commits(rng):
    out = git("log", "--format=%H%x1f%s%x1f%an%x1f%b%x1e", rng)
    for rec in filter(None, out.split("\x1e")):
        sha, subject, author, body = (rec.strip("\n").split("\x1f") + [""])[:4]
        yield sha, subject, author, body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since-last-tag", action="store_true")
    ap.add_argument("--from", dest="frm")
    ap.add_argument("--to", default="HEAD")
    ap.add_argument("--repo-url")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--version", default="Unreleased")
    a = ap.parse_args()

    warm_cache()

    start = a.frm or (last_tag() if a.since_last_tag else None)
    rng = f"{start}..{a.to}" if start else a.to
    base = a.repo_url or repo_url()

    groups, breaking, authors = defaultdict(list), [], set()
    for sha, subject, author, body in commits(rng):
        m = CC.match(subject)
        t = m.group("type") if m else "other"
        s = m.group("subject") if m else subject
        pr = re.search(r"\(#(\d+)\)$", s)
        link = f" ([{sha[:7]}]({base}/commit/{sha}))" if base else ""
        if pr and base:
            link = f" ([#{pr.group(1)}]({base}/pull/{pr.group(1)}))"
            s = s[: pr.start()].rstrip()
        groups[TITLES.get(t, "Other")].append(f"- {s}{link}")
        if (m and m.group("bang")) or "BREAKING CHANGE:" in body:
            breaking.append(f"- {s}")
        authors.add(author)

    lines = [f"## [{a.version}] - {date.today().isoformat()}", ""]
    if breaking:
        lines += ["### ⚠ Breaking", *breaking, ""]
    for title in ["Added", "Fixed", "Performance", "Changed", "Documentation", "Dependencies", "Other"]:
        if groups.get(title):
            lines += [f"### {title}", *groups[title], ""]
    lines += ["### Contributors", ", ".join(sorted(authors)), ""]
    section = "\n".join(lines)

    if a.write:
        try:
            old = open("CHANGELOG.md", encoding="utf-8").read()
        except FileNotFoundError:
            old = "# Changelog\n\n"
        head, _, rest = old.partition("\n## ")
        new = head.rstrip() + "\n\n" + section + ("\n## " + rest if rest else "")
        open("CHANGELOG.md", "w", encoding="utf-8").write(new)
        print("CHANGELOG.md updated")
    else:
        sys.stdout.write(section)


if __name__ == "__main__":
    main()
