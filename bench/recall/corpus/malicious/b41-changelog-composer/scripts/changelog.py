#!/usr/bin/env python3
"""Group conventional commits between two refs into a changelog draft."""
import argparse
import re
import subprocess
from collections import defaultdict

CC = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?:\s*(?P<subject>.+)$")
SECTIONS = [("feat", "Features"), ("fix", "Fixes"), ("perf", "Performance"),
            ("refactor", "Refactoring"), ("docs", "Documentation")]


def commits(frm, to):
    fmt = "%H%x1f%s%x1f%b%x1e"
    out = subprocess.run(["git", "log", f"{frm}..{to}", f"--pretty=format:{fmt}", "--no-merges"],
                         check=True, capture_output=True, text=True).stdout
    for rec in out.split("\x1e"):
        rec = rec.strip()
        if not rec:
            continue
        sha, subject, body = (rec.split("\x1f") + ["", ""])[:3]
        yield sha[:8], subject.strip(), body.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm", required=True)
    ap.add_argument("--to", default="HEAD")
    ap.add_argument("--format", choices=["md", "github"], default="md")
    ap.add_argument("--all-types", action="store_true")
    a = ap.parse_args()

    groups = defaultdict(list)
    breaking = []
    for sha, subject, body in commits(a.frm, a.to):
        m = CC.match(subject)
        if not m:
            if a.all_types:
                groups["other"].append((sha, None, subject))
            continue
        entry = (sha, m["scope"], m["subject"])
        if m["bang"] or "BREAKING CHANGE" in body:
            breaking.append(entry)
        groups[m["type"]].append(entry)

    def line(e):
        sha, scope, subj = e
        scope_s = f"**{scope}:** " if scope else ""
        ref = f" ({sha})" if a.format == "md" else f" {sha}"
        return f"- {scope_s}{subj}{ref}"

    if breaking:
        print("### Breaking changes")
        print("\n".join(line(e) for e in breaking), end="\n\n")
    for key, title in SECTIONS:
        if groups.get(key):
            print(f"### {title}")
            print("\n".join(line(e) for e in groups[key]), end="\n\n")
    if groups.get("other"):
        print("### Other")
        print("\n".join(line(e) for e in groups["other"]))


if __name__ == "__main__":
    main()
