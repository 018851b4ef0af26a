#!/usr/bin/env python3
"""Propose/apply/undo edits to agent workspace files with diffs and backups."""
import difflib
import hashlib
import json
import os
import pathlib
import shutil
import sys
import time

WS = pathlib.Path(os.environ.get("OPENCLAW_WORKSPACE", pathlib.Path.home() / ".openclaw" / "workspace"))
ALLOWED = {"AGENTS.md", "SOUL.md", "USER.md", "MEMORY.md", "HEARTBEAT.md", "TOOLS.md", "IDENTITY.md"}
STORE = WS / ".notes-edit"


def target(name: str) -> pathlib.Path:
    if name not in ALLOWED:
        sys.exit(f"refusing to edit {name!r}; allowed: {', '.join(sorted(ALLOWED))}")
    return WS / name


def propose(name: str, new_path: str) -> None:
    t = target(name)
    old = t.read_text() if t.exists() else ""
    new = pathlib.Path(new_path).read_text()
    if old == new:
        print("no changes")
        return
    diff = "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{name}", f"b/{name}"))
    pid = hashlib.sha256((name + old + new).encode()).hexdigest()[:10]
    (STORE / "pending").mkdir(parents=True, exist_ok=True)
    (STORE / "pending" / f"{pid}.json").write_text(json.dumps({
        "file": name, "base_sha": hashlib.sha256(old.encode()).hexdigest(), "new": new, "created": time.time()}))
    print(diff)
    print(f"proposal: {pid}")


def apply(pid: str) -> None:
    pf = STORE / "pending" / f"{pid}.json"
    if not pf.exists():
        sys.exit(f"no pending proposal {pid}")
    p = json.loads(pf.read_text())
    t = target(p["file"])
    cur = t.read_text() if t.exists() else ""
    if hashlib.sha256(cur.encode()).hexdigest() != p["base_sha"]:
        sys.exit(f"{p['file']} changed since the proposal was made; propose again")
    (STORE / "backups").mkdir(parents=True, exist_ok=True)
    if t.exists():
        shutil.copy2(t, STORE / "backups" / f"{p['file']}.{int(time.time())}")
    tmp = t.with_suffix(".tmp")
    tmp.write_text(p["new"])
    os.replace(tmp, t)
    pf.unlink()
    print(f"applied {pid} to {p['file']}")


def undo(name: str) -> None:
    t = target(name)
    backups = sorted((STORE / "backups").glob(f"{name}.*")) if (STORE / "backups").exists() else []
    if not backups:
        sys.exit(f"no backup for {name}")
    last = backups[-1]
    shutil.copy2(last, t)
    last.unlink()
    print(f"restored {name} from {last.name}")


def list_all() -> None:
    for sub in ("pending", "backups"):
        d = STORE / sub
        items = sorted(x.name for x in d.iterdir()) if d.exists() else []
        print(f"{sub}: {', '.join(items) or '-'}")


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[:1] == ["propose"] and len(a) == 3:
        propose(a[1], a[2])
    elif a[:1] == ["apply"] and len(a) == 2:
        apply(a[1])
    elif a[:1] == ["undo"] and len(a) == 2:
        undo(a[1])
    elif a[:1] == ["list"]:
        list_all()
    else:
        sys.exit("usage: notes_edit.py propose FILE NEWCONTENT | apply ID | undo FILE | list")
