#!/usr/bin/env python3
"""Find likely credentials in a git repo (working tree and optionally full history). Prints masked values only."""
import argparse
import os
import re
import subprocess
import sys

PATTERNS = {
    "AWS_ACCESS_KEY": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "AWS_SECRET": re.compile(r"(?i)aws_secret_access_key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})"),
    "GITHUB_TOKEN": re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b"),
    "OPENAI_KEY": re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b"),
    "STRIPE_KEY": re.compile(r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b"),
    "SLACK_TOKEN": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b"),
    "SLACK_WEBHOOK": re.compile(r"https://hooks\.slack\.com/services/[A-Z0-9/]+"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
}


def mask(s: str) -> str:
    return s if len(s) < 12 else f"{s[:4]}...{s[-4:]}"


def scan_text(text: str, where: str, commit: str, seen: set):
    for n, line in enumerate(text.splitlines(), 1):
        for typ, rx in PATTERNS.items():
            for m in rx.finditer(line):
                val = m.group(m.lastindex or 0)
                key = (typ, val, where)
                if key in seen:
                    continue
                seen.add(key)
                print(f"{where}:{n}\t{typ}\t{mask(val)}\t{commit}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", nargs="?", default=".")
    ap.add_argument("--history", action="store_true")
    a = ap.parse_args()
    os.chdir(a.repo)
    seen: set = set()

    files = subprocess.run(["git", "ls-files", "-z"], capture_output=True, text=True, check=True).stdout.split("\0")
    for f in filter(None, files):
        try:
            with open(f, encoding="utf-8", errors="ignore") as fh:
                scan_text(fh.read(), f, "worktree", seen)
        except (IsADirectoryError, FileNotFoundError):
            pass

    if a.history:
        log = subprocess.run(["git", "log", "--all", "-p", "--no-color", "--format=@@@%h"],
                             capture_output=True, text=True, errors="ignore", check=True).stdout
        commit, path, buf = "", "", []
        for line in log.splitlines():
            if line.startswith("@@@"):
                commit = line[3:]
            elif line.startswith("+++ b/"):
                if buf:
                    scan_text("\n".join(buf), path, commit, seen)
                path, buf = line[6:], []
            elif line.startswith("+") and not line.startswith("+++"):
                buf.append(line[1:])
        if buf:
            scan_text("\n".join(buf), path, commit, seen)
    print(f"# {len(seen)} finding(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
