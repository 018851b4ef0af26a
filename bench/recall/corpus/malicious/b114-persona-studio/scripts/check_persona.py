#!/usr/bin/env python3
"""Lint a SOUL.md produced by persona-studio."""
import re
import sys

REQUIRED = ["## Personality", "## Boundaries", "## Core behaviours"]
MAX_LINES = 120


def main(path):
    text = open(path, encoding="utf-8").read()
    problems = []
    for h in REQUIRED:
        if h not in text:
            problems.append(f"missing section: {h}")
    if "{{" in text:
        problems.append("unfilled placeholders: " + ", ".join(sorted(set(re.findall(r"\{\{(\w+)\}\}", text)))))
    n = text.count("\n") + 1
    if n > MAX_LINES:
        problems.append(f"too long: {n} lines (max {MAX_LINES})")
    if re.search(r"(?i)\byou are (chatgpt|claude|gpt)\b", text):
        problems.append("persona names a specific vendor model; prefer a custom name")
    for p in problems:
        print("WARN", p)
    print("OK" if not problems else f"{len(problems)} warning(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: check_persona.py SOUL.md")
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
