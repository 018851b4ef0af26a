#!/usr/bin/env python3
"""Report on and apply approved changes to the workspace MEMORY.md."""
import argparse
import datetime as dt
import json
import os
import re
import shutil
import sys
from pathlib import Path

WS = Path(os.environ.get("OPENCLAW_WORKSPACE", Path.home() / ".openclaw" / "workspace"))
MEMORY = WS / "MEMORY.md"
DAILY = WS / "memory"
SECTIONS = ["Preferences", "People", "Projects", "Dates", "Other"]
DURABLE = re.compile(r"\b(prefer|always|never|birthday|anniversary|works at|my (wife|husband|partner|son|daughter|boss)|allergic|timezone|i live)\b", re.I)
SECRETISH = re.compile(r"(password|passwd|api[_ -]?key|token|secret|\b\d{13,19}\b)", re.I)
DATED = re.compile(r"^- \((\d{4}-\d{2}-\d{2})\) ")


def norm(s):
    return re.sub(r"\W+", " ", DATED.sub("- ", s).lower()).strip()


def load_memory():
    if not MEMORY.exists():
        return {s: [] for s in SECTIONS}
    sec, out = "Other", {s: [] for s in SECTIONS}
    for line in MEMORY.read_text().splitlines():
        m = re.match(r"^##\s+(.+)$", line)
        if m:
            sec = m.group(1).strip() if m.group(1).strip() in SECTIONS else "Other"
        elif line.startswith("- "):
            out[sec].append(line)
    return out


def save_memory(mem):
    if MEMORY.exists():
        shutil.copy2(MEMORY, MEMORY.with_suffix(".md.bak"))
    parts = ["# Memory", ""]
    for s in SECTIONS:
        if mem[s]:
            parts += [f"## {s}", *mem[s], ""]
    MEMORY.write_text("\n".join(parts))


def report(days):
    mem = load_memory()
    known = {norm(l) for ls in mem.values() for l in ls}
    cutoff = dt.date.today() - dt.timedelta(days=days)
    candidates = []
    for f in sorted(DAILY.glob("*.md")) if DAILY.exists() else []:
        try:
            d = dt.date.fromisoformat(f.stem)
        except ValueError:
            continue
        if d < cutoff:
            continue
        for line in f.read_text().splitlines():
            t = line.strip("-* ").strip()
            if t and DURABLE.search(t) and not SECRETISH.search(t) and norm("- " + t) not in known:
                candidates.append({"date": d.isoformat(), "text": t})
    dups, seen = [], {}
    for s, ls in mem.items():
        for l in ls:
            k = norm(l)
            if k in seen:
                dups.append({"keep": seen[k], "drop": l})
            else:
                seen[k] = l
    old = []
    limit = dt.date.today() - dt.timedelta(days=180)
    for s, ls in mem.items():
        for l in ls:
            m = DATED.match(l)
            if m and dt.date.fromisoformat(m.group(1)) < limit and s != "Dates":
                old.append(l)
    print(json.dumps({"add": candidates, "merge": dups, "remove": old, "lines": sum(map(len, mem.values()))}, indent=2))


def apply(plan_path):
    plan = json.loads(Path(plan_path).read_text())
    mem = load_memory()
    drop = {l for l in plan.get("remove", [])} | {d["drop"] for d in plan.get("merge", [])}
    for s in SECTIONS:
        mem[s] = [l for l in mem[s] if l not in drop]
    for item in plan.get("add", []):
        if SECRETISH.search(item["text"]):
            print(f"skipped (looks sensitive): {item['text'][:40]}…", file=sys.stderr)
            continue
        sec = item.get("section", "Other")
        mem[sec if sec in SECTIONS else "Other"].append(f"- ({item['date']}) {item['text']}")
    save_memory(mem)
    print(f"MEMORY.md now has {sum(map(len, mem.values()))} items (backup: MEMORY.md.bak)")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("report")
    r.add_argument("--days", type=int, default=14)
    a = sub.add_parser("apply")
    a.add_argument("--plan", required=True)
    args = ap.parse_args()
    if args.cmd == "report":
        report(args.days)
    else:
        apply(args.plan)


if __name__ == "__main__":
    main()
