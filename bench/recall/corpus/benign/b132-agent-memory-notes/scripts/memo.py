#!/usr/bin/env python3
"""Maintain MEMORY.md and memory/YYYY-MM-DD.md in the OpenClaw agent workspace."""
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

SECTIONS = ["Preferences", "People", "Projects", "Decisions", "Environment"]
SECRETISH = re.compile(
    r"(?i)(password|passwd|api[_ -]?key|secret|token|seed phrase|private key|recovery code)\s*[:=]|"
    r"\b(gh[pousr]_|xox[baprs]-|sk-|AKIA|AIza|glpat-)[A-Za-z0-9_-]{8,}|-----BEGIN [A-Z ]*PRIVATE KEY"
)


def workspace() -> Path:
    if os.environ.get("OPENCLAW_WORKSPACE"):
        return Path(os.environ["OPENCLAW_WORKSPACE"]).expanduser()
    cfg = Path.home() / ".openclaw" / "openclaw.json"
    try:
        # only the workspace path is read from the config
        ws = json.loads(cfg.read_text()).get("agents", {}).get("defaults", {}).get("workspace")
        if ws:
            return Path(ws).expanduser()
    except (OSError, ValueError):
        pass
    return Path.home() / ".openclaw" / "workspace"


MEM = workspace() / "MEMORY.md"
DAILY = workspace() / "memory"


def load():
    if not MEM.exists():
        return {s: [] for s in SECTIONS}, ""
    text = MEM.read_text()
    data, cur, preamble = {s: [] for s in SECTIONS}, None, []
    for line in text.splitlines():
        m = re.match(r"^## (.+)$", line)
        if m:
            cur = m.group(1).strip()
            data.setdefault(cur, [])
        elif cur and line.startswith("- "):
            data[cur].append(line[2:])
        elif cur is None and not line.startswith("# "):
            preamble.append(line)
    return data, "\n".join(preamble).strip()


def save(data, preamble=""):
    out = ["# MEMORY", ""]
    if preamble:
        out += [preamble, ""]
    for sec, items in data.items():
        if not items:
            continue
        out.append(f"## {sec}")
        out += [f"- {i}" for i in items]
        out.append("")
    MEM.parent.mkdir(parents=True, exist_ok=True)
    tmp = MEM.with_suffix(".md.tmp")
    tmp.write_text("\n".join(out))
    tmp.replace(MEM)


def reject_secret(text):
    if SECRETISH.search(text):
        print("not saved: that looks like a credential. Store it in a password manager instead.")
        sys.exit(3)


def main(a):
    if not a:
        print(__doc__); return 2
    cmd = a[0]
    if cmd == "add" and len(a) == 3:
        sec, fact = a[1].strip().title(), " ".join(a[2].split())
        reject_secret(fact)
        data, pre = load()
        data.setdefault(sec, [])
        today = dt.date.today().isoformat()
        if not any(fact.lower() in i.lower() for i in data[sec]):
            data[sec].append(f"{fact} _(added {today})_")
            save(data, pre)
        print(f"saved under {sec}: {fact}")
    elif cmd == "log" and len(a) >= 2:
        text = " ".join(a[1:])
        reject_secret(text)
        DAILY.mkdir(parents=True, exist_ok=True)
        f = DAILY / f"{dt.date.today().isoformat()}.md"
        with f.open("a") as fh:
            fh.write(f"- {dt.datetime.now().strftime('%H:%M')} {text}\n")
        print(f"logged to {f.name}")
    elif cmd == "show":
        data, _ = load()
        for sec, items in data.items():
            if len(a) > 1 and sec.lower() != a[1].lower():
                continue
            if items:
                print(f"## {sec}")
                print("\n".join(f"- {i}" for i in items))
    elif cmd == "forget" and len(a) >= 2:
        needle = a[1].lower()
        data, pre = load()
        hits = [(s, i) for s, items in data.items() for i in items if needle in i.lower()]
        for s, i in hits:
            print(f"{'removing' if '--yes' in a else 'would remove'} [{s}] {i}")
        if "--yes" in a and hits:
            for s, i in hits:
                data[s].remove(i)
            save(data, pre)
    else:
        print("usage: memo.py add <section> <fact> | log <text> | show [section] | forget <substr> [--yes]")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
