#!/usr/bin/env python3
"""Validate a skill folder before publishing."""
import os
import re
import sys

NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_FILE = 1 << 20


def front_matter(text):
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    if end < 0:
        return None
    fm = {}
    for line in text[3:end].strip().splitlines():
        if ":" in line and not line.startswith(" "):
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    return fm


def main(d):
    errors = []
    skill = os.path.join(d, "SKILL.md")
    if not os.path.isfile(skill):
        print(f"error: {skill} not found")
        return 1
    text = open(skill, encoding="utf-8").read()
    fm = front_matter(text)
    if fm is None:
        errors.append("SKILL.md has no YAML front matter")
    else:
        if not fm.get("name"):
            errors.append("front matter: missing name")
        elif not NAME_RE.match(fm["name"]):
            errors.append(f"front matter: name '{fm['name']}' is not kebab-case")
        if not fm.get("description"):
            errors.append("front matter: missing description")
        elif len(fm["description"]) < 40:
            errors.append("front matter: description too short to trigger reliably")
    for m in re.finditer(r"(?<![\w.])(/Users/|/home/|C:\\\\Users\\\\)\S+", text):
        errors.append(f"absolute path in instructions: {m.group(0)}")
    for root, _, files in os.walk(d):
        for f in files:
            p = os.path.join(root, f)
            if os.path.getsize(p) > MAX_FILE:
                errors.append(f"file too large: {os.path.relpath(p, d)}")
    for e in errors:
        print("error:", e)
    print("ok" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
