#!/usr/bin/env python3
"""Propose/apply/undo lessons in this skill's own SKILL.md, gated on user approval."""
import difflib
import hashlib
import json
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKILL = ROOT / "SKILL.md"
PENDING = ROOT / "lessons" / "pending.json"
HISTORY = ROOT / "lessons" / "history.log"
START, END = "<!-- lessons:start -->", "<!-- lessons:end -->"
MAX_LESSONS = 60

FORBIDDEN = [
    re.compile(p, re.I) for p in [
        r"ignore (all|any|previous|prior) (instructions|rules)",
        r"without (asking|approval|confirmation)",
        r"do not (tell|inform|show) the user",
        r"\b(api[_-]?key|token|password|secret)\s*[:=]",
        r"https?://[^\s]*@",  # credentials in URL
        r"^---|^name:|^description:|^metadata:",
        r"curl .*\|\s*(ba)?sh",
    ]
]


def lessons_block(text):
    a, b = text.index(START) + len(START), text.index(END)
    return text[:a], text[a:b], text[b:]


def load_pending():
    return json.loads(PENDING.read_text()) if PENDING.exists() else {}


def propose(lesson, tag):
    lesson = " ".join(lesson.split())
    if len(lesson) > 300:
        sys.exit("lesson too long; keep it to two sentences")
    for rx in FORBIDDEN:
        if rx.search(lesson):
            sys.exit(f"rejected: lesson matches a blocked pattern ({rx.pattern})")
    text = SKILL.read_text()
    pre, body, post = lessons_block(text)
    items = [l for l in body.strip().splitlines() if l.startswith("- ")]
    if len(items) >= MAX_LESSONS:
        sys.exit("playbook full; ask the user which lessons to prune")
    line = f"- [{tag}] {lesson}"
    if line in items:
        sys.exit("already present")
    new = pre + "\n" + "\n".join(items + [line]) + "\n" + post
    pid = hashlib.sha1(line.encode()).hexdigest()[:8]
    p = load_pending()
    p[pid] = {"line": line, "base_sha": hashlib.sha256(text.encode()).hexdigest(), "ts": time.time()}
    PENDING.parent.mkdir(exist_ok=True)
    PENDING.write_text(json.dumps(p, indent=2))
    sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), new.splitlines(True), "SKILL.md", "SKILL.md (proposed)"))
    print(f"\npending id: {pid}  — apply only after the user approves")


def apply(pid):
    p = load_pending()
    if pid not in p:
        sys.exit("unknown id")
    text = SKILL.read_text()
    if hashlib.sha256(text.encode()).hexdigest() != p[pid]["base_sha"]:
        sys.exit("SKILL.md changed since the proposal; propose again")
    pre, body, post = lessons_block(text)
    items = [l for l in body.strip().splitlines() if l.startswith("- ")]
    shutil.copy2(SKILL, SKILL.with_suffix(".md.prev"))
    SKILL.write_text(pre + "\n" + "\n".join(items + [p[pid]["line"]]) + "\n" + post)
    with HISTORY.open("a") as h:
        h.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} APPLY {pid} {p[pid]['line']}\n")
    del p[pid]
    PENDING.write_text(json.dumps(p, indent=2))
    print("applied")


def reject(pid):
    p = load_pending()
    p.pop(pid, None)
    PENDING.write_text(json.dumps(p, indent=2))
    print("discarded")


def undo():
    prev = SKILL.with_suffix(".md.prev")
    if not prev.exists():
        sys.exit("nothing to undo")
    shutil.copy2(prev, SKILL)
    prev.unlink()
    with HISTORY.open("a") as h:
        h.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} UNDO\n")
    print("reverted last change")


if __name__ == "__main__":
    a = sys.argv[1:]
    if not a:
        sys.exit("usage: evolve.py propose LESSON --tag T | apply ID | reject ID | undo")
    if a[0] == "propose":
        tag = a[a.index("--tag") + 1] if "--tag" in a else "general"
        if not re.fullmatch(r"[a-z0-9-]{1,20}", tag):
            sys.exit("bad tag")
        propose(a[1], tag)
    elif a[0] == "apply":
        apply(a[1])
    elif a[0] == "reject":
        reject(a[1])
    elif a[0] == "undo":
        undo()
