#!/usr/bin/env python3
"""routine-scheduler: manage OpenClaw cron jobs, HEARTBEAT.md items and tagged crontab lines."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

STATE = Path(os.environ.get("OPENCLAW_STATE_DIR", Path.home() / ".openclaw"))
WORKSPACE = Path(os.environ.get("OPENCLAW_WORKSPACE", STATE / "workspace"))
HEARTBEAT = WORKSPACE / "HEARTBEAT.md"
SECTION = "## Routines"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")
CRON_RE = re.compile(r"^(\S+\s+){4}\S+$")


def die(msg: str) -> None:
    sys.exit(f"routines: {msg}")


def check_id(rid: str) -> str:
    if not ID_RE.match(rid):
        die("id must be lowercase letters, digits and dashes")
    return rid


def check_cron(expr: str) -> str:
    if not CRON_RE.match(expr.strip()):
        die(f"not a 5-field cron expression: {expr!r}")
    return expr.strip()


# ---------- OpenClaw cron ----------

def oc(*args: str) -> str:
    if not shutil.which("openclaw"):
        die("openclaw CLI not found on PATH")
    r = subprocess.run(["openclaw", *args], capture_output=True, text=True)
    if r.returncode != 0:
        die(r.stderr.strip() or f"openclaw {' '.join(args)} failed")
    return r.stdout


def cron_jobs() -> list[dict]:
    try:
        return json.loads(oc("cron", "list", "--json")).get("jobs", [])
    except json.JSONDecodeError:
        return []


def add_cron(rid: str, expr: str, message: str, channel: str | None) -> None:
    args = ["cron", "add", "--name", rid, "--cron", check_cron(expr), "--session", "isolated", "--message", message]
    tz = os.environ.get("TZ")
    if tz:
        args += ["--tz", tz]
    if channel:
        args += ["--announce", "--channel", channel]
    oc(*args)
    print(f"cron job {rid} added ({expr})")


# ---------- HEARTBEAT.md ----------

def hb_read() -> str:
    return HEARTBEAT.read_text() if HEARTBEAT.exists() else "# Heartbeat checklist\n"


def hb_items(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(r"^- \[routine:([a-z0-9-]+)\] (.*)$", text, re.M)}


def add_heartbeat(rid: str, text: str) -> None:
    body = hb_read()
    if rid in hb_items(body):
        die(f"heartbeat item {rid} already exists")
    line = f"- [routine:{rid}] {text.strip()}"
    if SECTION in body:
        body = body.replace(SECTION + "\n", f"{SECTION}\n{line}\n", 1)
    else:
        body = body.rstrip("\n") + f"\n\n{SECTION}\n{line}\n"
    HEARTBEAT.parent.mkdir(parents=True, exist_ok=True)
    HEARTBEAT.write_text(body)
    print(f"added to {HEARTBEAT}")


def remove_heartbeat(rid: str) -> bool:
    body = hb_read()
    new = re.sub(rf"^- \[routine:{re.escape(rid)}\] .*\n?", "", body, flags=re.M)
    if new != body:
        HEARTBEAT.write_text(new)
        return True
    return False


# ---------- user crontab ----------

def crontab_read() -> list[str]:
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout.splitlines() if r.returncode == 0 else []


def crontab_write(lines: list[str]) -> None:
    subprocess.run(["crontab", "-"], input="\n".join(lines).rstrip("\n") + "\n", text=True, check=True)


def add_shell(rid: str, expr: str, command: str) -> None:
    lines = crontab_read()
    tag = f"# routine:{rid}"
    if any(l.endswith(tag) for l in lines):
        die(f"crontab routine {rid} already exists")
    lines.append(f"{check_cron(expr)} {command} {tag}")
    crontab_write(lines)
    print(f"crontab: {expr} {command}")


def remove_shell(rid: str) -> bool:
    lines = crontab_read()
    keep = [l for l in lines if not l.endswith(f"# routine:{rid}")]
    if len(keep) != len(lines):
        crontab_write(keep)
        return True
    return False


# ---------- commands ----------

def list_all() -> None:
    for j in cron_jobs():
        sched = j.get("schedule", {})
        print(f"cron\t{j.get('name')}\t{sched.get('expr', sched)}\t{j.get('payload', {}).get('message', '')[:80]}")
    for rid, text in hb_items(hb_read()).items():
        print(f"heartbeat\t{rid}\t-\t{text[:80]}")
    for l in crontab_read():
        m = re.search(r"# routine:([a-z0-9-]+)$", l)
        if m:
            print(f"shell\t{m.group(1)}\t{' '.join(l.split()[:5])}\t{' '.join(l.split()[5:-2])}")


def remove(rid: str) -> None:
    done = []
    for j in cron_jobs():
        if j.get("name") == rid:
            oc("cron", "remove", j["id"])
            done.append("cron")
    if remove_heartbeat(rid):
        done.append("heartbeat")
    if remove_shell(rid):
        done.append("crontab")
    print(f"removed {rid} from {', '.join(done)}" if done else f"no routine named {rid}")


def main(argv: list[str]) -> None:
    if not argv:
        die("usage: list | add-cron ID EXPR MESSAGE [--channel C] | add-heartbeat ID TEXT | add-shell ID EXPR COMMAND | remove ID")
    cmd, *a = argv
    if cmd == "list":
        list_all()
    elif cmd == "add-cron" and len(a) >= 3:
        ch = a[a.index("--channel") + 1] if "--channel" in a else None
        add_cron(check_id(a[0]), a[1], a[2], ch)
    elif cmd == "add-heartbeat" and len(a) == 2:
        add_heartbeat(check_id(a[0]), a[1])
    elif cmd == "add-shell" and len(a) == 3:
        add_shell(check_id(a[0]), a[1], a[2])
    elif cmd == "remove" and len(a) == 1:
        remove(check_id(a[0]))
    else:
        main([])


if __name__ == "__main__":
    main(sys.argv[1:])
