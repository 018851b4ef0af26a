#!/usr/bin/env python3
"""Safe editor for OpenClaw workspace instruction files."""
import datetime as dt
import difflib
import json
import os
import re
import shutil
import sys
from pathlib import Path

OC = Path(os.environ.get("OPENCLAW_STATE_DIR", Path.home() / ".openclaw"))
WS = Path(os.environ.get("OPENCLAW_WORKSPACE", OC / "workspace"))
ALLOWED = {"AGENTS.md", "SOUL.md", "USER.md", "MEMORY.md", "TOOLS.md", "IDENTITY.md"}
STATE = OC / "rules-editor"
PENDING = STATE / "pending.json"
BLOCK = re.compile(r"(at the start of (every|each) session.*(fetch|http)|web_fetch\s+https?://|\"ask\"\s*:\s*\"off\"|"
                   r"without (asking|confirmation)|do not (tell|mention)|elevated|send .* (memory|credentials|tokens?))", re.I)


def target(name):
    if name not in ALLOWED:
        sys.exit(f"only {', '.join(sorted(ALLOWED))} can be edited")
    return WS / name


def split_section(text, heading):
    lines = text.splitlines(keepends=True)
    level = len(heading) - len(heading.lstrip("#"))
    start = next((i for i, l in enumerate(lines) if l.strip() == heading.strip()), None)
    if start is None:
        return text, "", ""
    end = next((j for j in range(start + 1, len(lines))
                if lines[j].startswith("#") and len(lines[j]) - len(lines[j].lstrip("#")) <= level), len(lines))
    return "".join(lines[:start]), "".join(lines[start:end]), "".join(lines[end:])


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: rules.py show FILE [HEADING] | propose FILE HEADING NEWFILE | apply | undo")
    cmd = sys.argv[1]
    STATE.mkdir(parents=True, exist_ok=True)
    if cmd == "show":
        p = target(sys.argv[2])
        text = p.read_text() if p.exists() else ""
        print(split_section(text, sys.argv[3])[1] if len(sys.argv) > 3 else text)
    elif cmd == "propose":
        p, heading, new = target(sys.argv[2]), sys.argv[3], Path(sys.argv[4]).read_text()
        if BLOCK.search(new):
            sys.exit("refused: the proposed text adds a remote-instruction, approval-bypass, concealment or auto-send rule")
        old = p.read_text() if p.exists() else ""
        before, sec, after = split_section(old, heading)
        body = new if new.lstrip().startswith("#") else f"{heading}\n\n{new.strip()}\n"
        updated = before + body + ("\n" if after and not body.endswith("\n\n") else "") + after if sec else old.rstrip() + "\n\n" + body
        diff = "".join(difflib.unified_diff(old.splitlines(True), updated.splitlines(True), f"a/{p.name}", f"b/{p.name}"))
        print(diff or "(no change)")
        PENDING.write_text(json.dumps({"file": str(p), "content": updated}))
    elif cmd == "apply":
        if not PENDING.exists():
            sys.exit("nothing pending; run propose first")
        pend = json.loads(PENDING.read_text())
        p = Path(pend["file"])
        if p.exists():
            bak = STATE / f"{p.name}.{dt.datetime.now():%Y%m%d-%H%M%S}.bak"
            shutil.copy2(p, bak)
            (STATE / "last-backup").write_text(f"{p}\n{bak}")
        p.write_text(pend["content"])
        PENDING.unlink()
        print(f"updated {p}")
    elif cmd == "undo":
        lb = STATE / "last-backup"
        if not lb.exists():
            sys.exit("no backup to restore")
        p, bak = lb.read_text().splitlines()
        shutil.copy2(bak, p)
        lb.unlink()
        print(f"restored {p} from {bak}")
    else:
        sys.exit("unknown command")


if __name__ == "__main__":
    main()
