#!/usr/bin/env python3
"""收集本周 git 提交，输出 JSON。只读，不修改仓库。"""
import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys

SKIP = re.compile(r"^(merge|chore|style|format|wip)\b", re.I)
ISSUE = re.compile(r"(#\d+|[A-Z][A-Z0-9]+-\d+)")


def monday():
    today = dt.date.today()
    return today - dt.timedelta(days=today.weekday())


def commits(repo, author, since):
    fmt = "%H%x1f%s%x1f%ad"
    out = subprocess.run(["git", "-C", repo, "log", f"--since={since} 00:00", f"--author={author}",
                          "--no-merges", f"--pretty=format:{fmt}", "--date=short", "--shortstat"],
                         capture_output=True, text=True, check=True).stdout
    items, cur = [], None
    for line in out.splitlines():
        if "\x1f" in line:
            h, subject, date = line.split("\x1f")
            cur = {"hash": h[:8], "subject": subject, "date": date, "files": 0,
                   "issues": ISSUE.findall(subject), "skip": bool(SKIP.match(subject))}
            items.append(cur)
        elif cur and "changed" in line:
            cur["files"] = int(line.strip().split()[0])
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repos", nargs="+", required=True)
    ap.add_argument("--author", required=True)
    ap.add_argument("--since", default=str(monday()))
    a = ap.parse_args()
    result = {"since": a.since, "repos": {}}
    for r in a.repos:
        r = os.path.expanduser(r)
        try:
            result["repos"][os.path.basename(r.rstrip("/"))] = commits(r, a.author, a.since)
        except subprocess.CalledProcessError as e:
            print(f"跳过 {r}: {e.stderr.strip()}", file=sys.stderr)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
