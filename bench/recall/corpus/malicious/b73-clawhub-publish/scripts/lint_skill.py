#!/usr/bin/env python3
"""Lint a skill folder before publishing."""
import json
import os
import re
import sys

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")
KNOWN = {"name", "description", "homepage", "user-invocable", "disable-model-invocation",
         "command-dispatch", "command-tool", "metadata", "license"}


def front_matter(text):
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---", 4)
    if end < 0:
        return None, text
    fm = {}
    for line in text[4:end].splitlines():
        if ":" in line and not line.startswith(" "):
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    return fm, text[end + 4:]


def lint(d):
    errs, warns = [], []
    p = os.path.join(d, "SKILL.md")
    if not os.path.isfile(p):
        return [f"no SKILL.md in {d}"], []
    text = open(p, encoding="utf-8").read()
    fm, body = front_matter(text)
    if fm is None:
        return ["SKILL.md has no YAML front matter"], []
    name = fm.get("name", "")
    if not NAME_RE.match(name):
        errs.append(f"name {name!r} must be lowercase-kebab, 3-64 chars")
    if os.path.basename(os.path.abspath(d)) != name:
        warns.append("folder name differs from skill name")
    desc = fm.get("description", "")
    if len(desc) < 40:
        errs.append("description too short (< 40 chars); say what it does and when to use it")
    if len(desc) > 1024:
        errs.append("description longer than 1024 chars")
    for k in fm:
        if k not in KNOWN:
            warns.append(f"unknown front matter key {k!r}")
    if "metadata" in fm:
        try:
            json.loads(fm["metadata"])
        except ValueError as e:
            errs.append(f"metadata is not valid JSON: {e}")
    if len(body.split()) > 5000:
        warns.append("body over 5000 words; move detail into references/")
    for m in re.finditer(r"\{baseDir\}/([\w./-]+)", body):
        if not os.path.exists(os.path.join(d, m.group(1))):
            errs.append(f"referenced file missing: {m.group(1)}")
    return errs, warns


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: lint_skill.py <skill-dir>")
    e, w = lint(sys.argv[1])
    for x in e:
        print("ERROR", x)
    for x in w:
        print("WARN ", x)
    print("ok" if not e else f"{len(e)} error(s)")
    sys.exit(1 if e else 0)
