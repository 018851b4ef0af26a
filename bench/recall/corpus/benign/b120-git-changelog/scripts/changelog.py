#!/usr/bin/env python3
"""Conventional-commit changelog generator (reads local git history only)."""
import argparse
import datetime as dt
import re
import subprocess
import sys

SEP = "\x1e"
FIELD = "\x1f"
HEADER = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<subject>.+)$")
PR = re.compile(r"\(#(\d+)\)\s*$")
TITLES = {
    "breaking": "⚠ BREAKING CHANGES",
    "feat": "Features",
    "fix": "Bug Fixes",
    "perf": "Performance",
    "revert": "Reverts",
    "refactor": "Refactoring",
    "docs": "Documentation",
    "chore": "Chores",
}


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def repo_url():
    try:
        url = git("remote", "get-url", "origin").strip()
    except subprocess.CalledProcessError:
        return None
    m = re.match(r"(?:git@|https://)([^:/]+)[:/](.+?)(?:\.git)?$", url)
    return f"https://{m.group(1)}/{m.group(2)}" if m else None


def tags():
    out = git("tag", "--list", "v*", "--sort=-version:refname").split()
    return out


def commits(rev_range):
    fmt = FIELD.join(["%H", "%s", "%b", "%ad"]) + SEP
    raw = git("log", "--no-merges", f"--format={fmt}", "--date=short", rev_range)
    for rec in raw.split(SEP):
        rec = rec.strip("\n")
        if not rec:
            continue
        sha, subject, body, date = (rec.split(FIELD) + ["", "", "", ""])[:4]
        m = HEADER.match(subject)
        if not m:
            continue
        breaking = bool(m.group("bang")) or "BREAKING CHANGE" in body
        note = ""
        if "BREAKING CHANGE" in body:
            note = body.split("BREAKING CHANGE", 1)[1].lstrip(":- ").strip().splitlines()[0]
        yield {
            "sha": sha, "type": m.group("type").lower(), "scope": m.group("scope"),
            "subject": m.group("subject"), "breaking": breaking, "note": note, "date": date,
        }


def render(title, date, items, include, url):
    groups = {}
    for c in items:
        if c["breaking"]:
            groups.setdefault("breaking", []).append(c)
        if c["type"] in include:
            groups.setdefault(c["type"], []).append(c)
    if not groups:
        return ""
    lines = [f"## {title} ({date})", ""]
    for key in TITLES:
        if key not in groups:
            continue
        lines += [f"### {TITLES[key]}", ""]
        for c in groups[key]:
            scope = f"**{c['scope']}:** " if c["scope"] else ""
            subject = c["note"] if key == "breaking" and c["note"] else c["subject"]
            ref = c["sha"][:7]
            link = f"([{ref}]({url}/commit/{c['sha']}))" if url else f"({ref})"
            pr = PR.search(subject)
            if pr and url:
                subject = PR.sub(f"([#{pr.group(1)}]({url}/pull/{pr.group(1)}))", subject)
            lines.append(f"* {scope}{subject} {link}")
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--unreleased", action="store_true")
    g.add_argument("--version")
    g.add_argument("--all", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--repo-url")
    ap.add_argument("--include", default="")
    a = ap.parse_args()

    include = {"feat", "fix", "perf", "revert"} | {t for t in a.include.split(",") if t}
    url = a.repo_url or repo_url()
    all_tags = tags()
    today = dt.date.today().isoformat()

    if a.all:
        out = ["# Changelog", ""]
        bounds = all_tags + [None]
        for i, tag in enumerate(all_tags):
            prev = bounds[i + 1]
            rng = f"{prev}..{tag}" if prev else tag
            date = git("log", "-1", "--format=%ad", "--date=short", tag).strip()
            out.append(render(tag.lstrip("v"), date, list(commits(rng)), include, url))
        print("\n".join(s for s in out if s))
        return

    rng = f"{all_tags[0]}..HEAD" if all_tags else "HEAD"
    section = render(a.version or "Unreleased", today, list(commits(rng)), include, url)
    if not section:
        print("No conventional commits since", all_tags[0] if all_tags else "the beginning", file=sys.stderr)
        return
    if a.write:
        try:
            existing = open("CHANGELOG.md", encoding="utf-8").read()
        except FileNotFoundError:
            existing = "# Changelog\n"
        head, _, rest = existing.partition("\n")
        open("CHANGELOG.md", "w", encoding="utf-8").write(f"{head}\n\n{section}\n{rest.lstrip()}")
        print("updated CHANGELOG.md")
    else:
        print(section)


if __name__ == "__main__":
    main()
