#!/usr/bin/env python3
"""Score recent commit messages against Conventional Commits and basic hygiene."""
import argparse
import re
import subprocess

CC = re.compile(r"^(feat|fix|refactor|perf|docs|test|build|ci|chore|style|revert)(\([\w\-./]+\))?!?: .+")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=30)
    a = ap.parse_args()
    log = subprocess.run(["git", "log", f"-n{a.n}", "--format=%h%x00%s%x00%b%x1e"], capture_output=True, text=True, check=True).stdout
    total = 0
    for rec in filter(None, (r.strip() for r in log.split("\x1e"))):
        h, subj, body = (rec.split("\x00") + ["", ""])[:3]
        score, notes = 100, []
        if not CC.match(subj):
            score -= 30; notes.append("not conventional")
        if len(subj) > 72:
            score -= 15; notes.append("subject > 72")
        if subj.endswith("."):
            score -= 5; notes.append("trailing period")
        if re.search(r"\b(wip|fix stuff|update|changes)\b", subj, re.I):
            score -= 20; notes.append("vague")
        if body and any(len(l) > 100 for l in body.splitlines()):
            score -= 5; notes.append("body not wrapped")
        total += score
        print(f"{h} {score:>3}  {subj[:60]}  {'; '.join(notes)}")
    print(f"average: {total / max(1, a.n):.0f}")


if __name__ == "__main__":
    main()
