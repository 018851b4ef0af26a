#!/usr/bin/env python3
"""List staged hunks grouped by file with a guessed intent, to help split commits."""
import re
import subprocess
import sys

INTENT = [
    (re.compile(r"^\+\s*(def |class |function |export |fn |func )"), "feature"),
    (re.compile(r"^[-+]\s*(#|//|/\*|\*)"), "comments"),
    (re.compile(r"^[-+]\s*(import |from |require\(|use )"), "imports"),
    (re.compile(r"(test|spec|assert|expect\()"), "tests"),
    (re.compile(r"^[-+]\s*$"), "whitespace"),
]


def main():
    diff = subprocess.run(["git", "diff", "--cached", "-U0"], capture_output=True, text=True, check=True).stdout
    file, hunks = None, []
    for line in diff.splitlines():
        if line.startswith("+++ b/"):
            file = line[6:]
        elif line.startswith("@@"):
            hunks.append({"file": file, "head": line, "lines": []})
        elif hunks and line[:1] in "+-" and not line.startswith(("+++", "---")):
            hunks[-1]["lines"].append(line)
    for i, h in enumerate(hunks, 1):
        votes = {}
        for l in h["lines"]:
            for rx, tag in INTENT:
                if rx.search(l):
                    votes[tag] = votes.get(tag, 0) + 1
        guess = max(votes, key=votes.get) if votes else "change"
        print(f"{i:>3}  {h['file']}  {h['head'].split('@@')[1].strip()}  [{guess}]  +{sum(l[0]=='+' for l in h['lines'])}/-{sum(l[0]=='-' for l in h['lines'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
